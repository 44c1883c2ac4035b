#include "DemoTemplates.h"

using namespace Qt::Literals::StringLiterals;

namespace Passerelle::DemoTemplates {

QList<Objective> objectives(const QStringList &publics, bool newEntrant, bool children)
{
    QList<Objective> list;
    if (newEntrant) {
        list << Objective{"installation_logement",
                          "Ouvrir les compteurs et souscrire l'assurance habitation",
                          "Rendez-vous fournisseurs, attestation d'assurance remise."};
        list << Objective{"acces_droits", "Ouvrir les droits APL auprès de la CAF",
                          "Constitution du dossier avec la CESF."};
    }
    list << Objective{"budget_loyer", "Mettre en place le prélèvement automatique du loyer",
                      "Budget mensuel établi avec le ménage ; mandat de prélèvement."};
    if (publics.contains(u"menace_expulsion"_s) || publics.contains(u"difficultes_economiques"_s))
        list << Objective{"budget_loyer", "Résorber la dette locative (plan d'apurement)",
                          "Plan d'apurement signé ; dossier FSL maintien."};
    if (publics.contains(u"troubles_psychiques"_s) || publics.contains(u"addiction"_s))
        list << Objective{"sante_soins", "Maintenir un suivi de soins régulier",
                          "Lien avec le CMP et la coordinatrice santé."};
    if (publics.contains(u"senior_isole"_s) || publics.contains(u"handicap"_s))
        list << Objective{"acces_droits", "Mettre en place une aide à domicile",
                          "Dossier APA ou PCH ; visite d'évaluation."};
    if (publics.contains(u"jeune"_s) || publics.contains(u"jeune_ase"_s)
        || publics.contains(u"sortant_detention"_s) || publics.contains(u"refugie"_s))
        list << Objective{"insertion_pro",
                          "Construire un projet d'insertion professionnelle",
                          "Inscription à la Mission locale ou à France Travail."};
    if (children)
        list << Objective{"parentalite", "Soutenir l'organisation de la vie familiale",
                          "Scolarité, modes de garde, activités des enfants."};
    list << Objective{"entretien_logement", "Assurer l'entretien courant du logement",
                      "Visites à domicile régulières, conseils pratiques."};
    list << Objective{"voisinage_mediation", "Apaiser les relations de voisinage",
                      "Rencontre avec le gardien ; médiation si nécessaire."};
    list << Objective{"insertion_quartier",
                      "Repérer les services et associations du quartier",
                      "Visite du centre social et de la maison de quartier."};
    return list;
}

} // namespace Passerelle::DemoTemplates
