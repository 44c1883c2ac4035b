#include "ReferenceLists.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace Passerelle::ReferenceLists {
namespace {

// Built-in entries: code, English source label (translated through the "ReferenceList"
// context), French label of DOMAIN.md. The French translation in passerelle_fr.ts is the French
// label; a test checks that the two agree.
struct Entry
{
    const char *code;
    const char *source;
    const char *french;
};

struct ListDef
{
    ReferenceList list;
    const char *key;
    const char *title;
    bool extensible;
    QList<Entry> entries;
};

#define RL(code, en, fr) Entry{code, QT_TRANSLATE_NOOP("ReferenceList", en), fr}

const QList<ListDef> &definitions()
{
    static const QList<ListDef> defs = {
        {ReferenceList::Public, "publics", QT_TRANSLATE_NOOP("ReferenceList", "Publics"), true,
         {RL("sans_domicile", "Homeless person / street pathway",
             "Personne sans domicile / parcours de rue"),
          RL("sortant_hebergement", "Leaving shelter accommodation (CHRS, hotel, ALT)",
             "Sortant d'hébergement (CHRS, hôtel, ALT)"),
          RL("heberge_tiers", "Staying with a third party", "Hébergé chez un tiers"),
          RL("victime_violences", "Woman victim of domestic or family violence",
             "Femme victime de violences conjugales ou intrafamiliales"),
          RL("jeune_ase", "Young person leaving child welfare (ASE / MECS)",
             "Jeune sortant ASE / MECS"),
          RL("jeune", "Young person under 30 in integration",
             "Jeune de moins de 30 ans en insertion"),
          RL("sortant_detention", "Leaving prison", "Sortant de détention"),
          RL("troubles_psychiques", "Person with mental health disorders",
             "Personne souffrant de troubles psychiques"),
          RL("addiction", "Person facing an addiction", "Personne confrontée à une addiction"),
          RL("handicap", "Person with a disability", "Personne en situation de handicap"),
          RL("senior_isole", "Isolated senior / loss of autonomy",
             "Senior isolé / perte d'autonomie"),
          RL("refugie", "Refugee / leaving the asylum system",
             "Réfugié / sortant du dispositif d'asile"),
          RL("menace_expulsion", "Household threatened with eviction",
             "Ménage menacé d'expulsion"),
          RL("dalo", "DALO priority household", "Ménage prioritaire DALO"),
          RL("difficultes_economiques", "Household in economic difficulty",
             "Ménage en difficulté économique"),
          RL("autre", "Other", "Autre")}},
        {ReferenceList::Composition, "composition",
         QT_TRANSLATE_NOOP("ReferenceList", "Household composition"), true,
         {RL("personne_seule", "Single person", "Personne seule"),
          RL("couple_sans_enfant", "Couple without children", "Couple sans enfant"),
          RL("couple_avec_enfants", "Couple with children", "Couple avec enfants"),
          RL("famille_monoparentale", "Single-parent family", "Famille monoparentale"),
          RL("autre", "Other", "Autre")}},
        {ReferenceList::PriorSituation, "situation_anterieure",
         QT_TRANSLATE_NOOP("ReferenceList", "Situation before entry"), true,
         {RL("rue", "Street", "Rue"),
          RL("detention", "Prison", "Détention"),
          RL("hebergement_urgence", "Emergency shelter", "Hébergement d'urgence"),
          RL("chrs", "CHRS", "CHRS"),
          RL("residence_sociale", "Social residence", "Résidence sociale"),
          RL("ase_mecs", "Child welfare (ASE / MECS)", "ASE / MECS"),
          RL("heberge_tiers", "Staying with a third party", "Hébergé chez un tiers"),
          RL("parc_prive", "Private rental housing", "Parc privé"),
          RL("parc_social", "Social housing", "Parc social"),
          RL("hopital", "Hospital", "Hôpital"),
          RL("autre", "Other", "Autre")}},
        {ReferenceList::ResourceSource, "source_ressources",
         QT_TRANSLATE_NOOP("ReferenceList", "Main source of income"), true,
         {RL("salaire", "Wages", "Salaire"),
          RL("rsa", "RSA", "RSA"),
          RL("aah", "AAH", "AAH"),
          RL("are", "Unemployment benefit (ARE)", "ARE"),
          RL("retraite", "Pension / retirement", "Pension / retraite"),
          RL("prestations_familiales", "Family benefits", "Prestations familiales"),
          RL("aucune", "No income", "Aucune"),
          RL("autre", "Other", "Autre")}},
        {ReferenceList::LeaseType, "type_bail", QT_TRANSLATE_NOOP("ReferenceList", "Lease type"),
         true,
         {RL("bail_direct", "Direct lease", "Bail direct"),
          RL("bail_glissant", "Sub-letting with sliding lease",
             "Sous-location avec bail glissant"),
          RL("sous_location", "Simple sub-letting / rental intermediation",
             "Sous-location simple / intermédiation locative"),
          RL("residence_sociale", "Social residence / boarding house (fee)",
             "Résidence sociale / pension de famille (redevance)")}},
        {ReferenceList::Typology, "typologie", QT_TRANSLATE_NOOP("ReferenceList", "Typology"),
         false,
         {RL("t1", "T1", "T1"), RL("t1bis", "T1bis", "T1bis"), RL("t2", "T2", "T2"),
          RL("t3", "T3", "T3"), RL("t4", "T4", "T4"), RL("t5", "T5", "T5"),
          RL("t6_plus", "T6+", "T6+")}},
        {ReferenceList::ReferralOutcome, "issue_orientation",
         QT_TRANSLATE_NOOP("ReferenceList", "Referral outcome"), false,
         {RL("acceptee", "Accepted", "Acceptée"),
          RL("refus_menage", "Refused by the household", "Refus du ménage"),
          RL("refus_bailleur", "Refused by the landlord", "Refus du bailleur"),
          RL("refus_cal", "Refused by the CAL", "Refus de la CAL"),
          RL("non_lieu", "No grounds for support", "Non lieu à mesure"),
          RL("en_cours", "Pending", "En cours")}},
        {ReferenceList::CalDecision, "decision_cal",
         QT_TRANSLATE_NOOP("ReferenceList", "CAL decision"), false,
         {RL("attribution", "Allocation", "Attribution"),
          RL("attribution_sous_condition", "Allocation under condition",
             "Attribution sous condition"),
          RL("refus", "Refusal", "Refus"),
          RL("ajournement", "Adjourned", "Ajournement")}},
        {ReferenceList::DiagnosticDomain, "domaine_diagnostic",
         QT_TRANSLATE_NOOP("ReferenceList", "Diagnostic domain"), true,
         {RL("acces_droits",
             "Access to rights (CAF/APL, RSA, AAH, residence permit, health insurance)",
             "Accès aux droits (CAF/APL, RSA, AAH, titre de séjour, assurance maladie)"),
          RL("ressources_budget", "Income and budget", "Ressources et budget"),
          RL("dettes_impayes", "Debts and arrears", "Dettes et impayés"),
          RL("sante", "Health", "Santé"),
          RL("sante_mentale", "Mental health", "Santé mentale"),
          RL("addictions", "Addictions", "Addictions"),
          RL("justice", "Judicial follow-up (obligations relevant to housing only)",
             "Suivi judiciaire (obligations utiles au logement seulement)"),
          RL("emploi_formation", "Employment and training", "Emploi et formation"),
          RL("isolement", "Isolation and social ties", "Isolement et liens sociaux"),
          RL("parentalite", "Parenting", "Parentalité"),
          RL("capacite_habiter", "Ability to live in a dwelling (upkeep, equipment, utilities)",
             "Capacité à habiter (entretien, équipements, fluides)"),
          RL("voisinage", "Neighbours and surroundings", "Voisinage et environnement"),
          RL("mobilite", "Mobility", "Mobilité")}},
        {ReferenceList::DiagnosticKind, "type_diagnostic",
         QT_TRANSLATE_NOOP("ReferenceList", "Diagnostic kind"), false,
         {RL("entree", "Entry diagnostic", "Diagnostic d'entrée"),
          RL("revision", "Interim diagnostic", "Diagnostic d'étape"),
          RL("sortie", "Exit diagnostic", "Diagnostic de sortie")}},
        {ReferenceList::PlanAxis, "axe_plan", QT_TRANSLATE_NOOP("ReferenceList", "Plan axis"),
         true,
         {RL("budget_loyer", "Budget management and rent payment",
             "Gestion budgétaire et paiement du loyer"),
          RL("acces_droits", "Access to rights and procedures", "Accès aux droits et démarches"),
          RL("installation_logement", "Moving in and making the dwelling one's own",
             "Installation et appropriation du logement"),
          RL("entretien_logement", "Upkeep and proper use of the dwelling",
             "Entretien et bon usage du logement"),
          RL("voisinage_mediation", "Neighbours and mediation", "Voisinage et médiation"),
          RL("insertion_quartier", "Integration in the neighbourhood",
             "Insertion dans le quartier"),
          RL("sante_soins", "Access to care", "Accès aux soins"),
          RL("insertion_pro", "Professional integration", "Insertion professionnelle"),
          RL("parentalite", "Parenting support", "Soutien à la parentalité"),
          RL("preparation_glissement", "Preparing the lease glissement",
             "Préparation du glissement du bail"),
          RL("relogement", "Rehousing / transfer", "Relogement / mutation")}},
        {ReferenceList::ObjectiveStatus, "statut_objectif",
         QT_TRANSLATE_NOOP("ReferenceList", "Objective status"), false,
         {RL("a_faire", "To do", "À faire"),
          RL("en_cours", "In progress", "En cours"),
          RL("atteint", "Achieved", "Atteint"),
          RL("partiellement_atteint", "Partly achieved", "Partiellement atteint"),
          RL("abandonne", "Dropped", "Abandonné")}},
        {ReferenceList::ContactType, "type_contact",
         QT_TRANSLATE_NOOP("ReferenceList", "Contact type"), true,
         {RL("visite_domicile", "Home visit", "Visite à domicile"),
          RL("visite_sans_reponse", "Home visit, no answer", "Visite à domicile sans réponse"),
          RL("entretien_bureau", "Office interview", "Entretien au bureau"),
          RL("telephone", "Phone interview", "Entretien téléphonique"),
          RL("accompagnement_physique", "Accompaniment to an appointment",
             "Accompagnement physique"),
          RL("atelier_collectif", "Group workshop", "Atelier collectif"),
          RL("rdv_tripartite", "Tripartite meeting", "Rendez-vous tripartite"),
          RL("commission_suivi", "Follow-up committee", "Commission de suivi"),
          RL("echange_partenaire", "Exchange with a partner", "Échange avec un partenaire"),
          RL("courrier", "Letter / email / text message", "Courrier / courriel / SMS")}},
        {ReferenceList::SupportOutcome, "issue_accompagnement",
         QT_TRANSLATE_NOOP("ReferenceList", "End-of-support outcome"), true,
         {RL("autonomie", "Kept the dwelling, autonomy reached",
             "Maintien dans le logement, autonomie atteinte"),
          RL("glissement", "Lease glissement done", "Glissement du bail effectué"),
          RL("relogement_parc_social", "Rehoused in social housing",
             "Relogement dans le parc social"),
          RL("relogement_parc_prive", "Rehoused in private housing",
             "Relogement dans le parc privé"),
          RL("orientation_hebergement", "Referred to adapted housing or a shelter",
             "Orientation vers un logement adapté ou un hébergement"),
          RL("depart_volontaire", "Left voluntarily", "Départ volontaire"),
          RL("abandon", "Support broken off or refused", "Rupture ou refus de l'accompagnement"),
          RL("expulsion", "Lease terminated / eviction", "Résiliation du bail / expulsion"),
          RL("incarceration", "Imprisonment", "Incarcération"),
          RL("hospitalisation_longue", "Long hospital stay", "Hospitalisation longue"),
          RL("deces", "Death", "Décès"),
          RL("relais_dispositif", "Handed over to another scheme (ASLL, AVDL, MASP)",
             "Relais vers un autre dispositif (ASLL, AVDL, MASP)"),
          RL("autre", "Other", "Autre")}},
        {ReferenceList::FundingSource, "financement",
         QT_TRANSLATE_NOOP("ReferenceList", "Funding source"), true,
         {RL("fnavdl_hlm_accompagnes", "FNAVDL – 10,000 supported Hlm dwellings",
             "FNAVDL – 10 000 logements Hlm accompagnés"),
          RL("fnavdl_avdl", "FNAVDL – AVDL", "FNAVDL – AVDL"),
          RL("etat", "State aid / DIHAL", "Aide de l'État / DIHAL"),
          RL("fsl_asll", "FSL / ASLL (Département)", "FSL / ASLL (Département)"),
          RL("fonds_propres", "Landlord's own funds", "Fonds propres du bailleur"),
          RL("collectivite", "Local authority", "Collectivité"),
          RL("caf", "CAF", "CAF"),
          RL("ars", "ARS", "ARS"),
          RL("fondation", "Foundation", "Fondation"),
          RL("autre", "Other", "Autre")}},
        {ReferenceList::HouseholdKind, "type_menage",
         QT_TRANSLATE_NOOP("ReferenceList", "Household kind"), false,
         {RL("nouvel_entrant", "New entrant", "Nouvel entrant"),
          RL("locataire_en_place", "Existing tenant", "Locataire en place")}},
        {ReferenceList::MemberRole, "role_membre",
         QT_TRANSLATE_NOOP("ReferenceList", "Role in the household"), false,
         {RL("titulaire", "Main tenant", "Titulaire"),
          RL("co_titulaire", "Joint tenant", "Co-titulaire"),
          RL("enfant", "Child", "Enfant"),
          RL("autre", "Other", "Autre")}},
        {ReferenceList::UserRole, "role_utilisateur",
         QT_TRANSLATE_NOOP("ReferenceList", "User role"), false,
         {RL("cesf", "CESF advisor", "CESF"),
          RL("responsable_pole_social", "Head of the social unit", "Responsable du pôle social"),
          RL("charge_mission", "Innovation & partnerships officer",
             "Chargé(e) de mission Innovations & Partenariats"),
          RL("referent_partenaire", "Partner association referent",
             "Référent de l'association partenaire"),
          RL("administrateur", "Administrator", "Administrateur")}},
        {ReferenceList::PartnerKind, "type_partenaire",
         QT_TRANSLATE_NOOP("ReferenceList", "Partner kind"), true,
         {RL("association", "Association", "Association"),
          RL("service_etat", "State service", "Service de l'État"),
          RL("collectivite", "Local authority", "Collectivité"),
          RL("etablissement_sante", "Health establishment", "Établissement de santé"),
          RL("organisme_social", "Social body (CCAS, CAF, Mission locale)",
             "Organisme social (CCAS, CAF, Mission locale)"),
          RL("autre", "Other", "Autre")}},
        {ReferenceList::PartnerField, "champ_action",
         QT_TRANSLATE_NOOP("ReferenceList", "Field of action"), true,
         {RL("mediation", "Mediation", "Médiation"),
          RL("acces_maintien", "Access and keeping housing", "Accès et maintien"),
          RL("parentalite", "Parenting", "Parentalité"),
          RL("addictions", "Addictions", "Addictions"),
          RL("sante_mentale", "Mental health", "Santé mentale"),
          RL("insertion", "Integration", "Insertion"),
          RL("violences_femmes", "Violence against women", "Violences faites aux femmes")}},
        {ReferenceList::ActionCategory, "categorie_dispositif",
         QT_TRANSLATE_NOOP("ReferenceList", "Action category"), false,
         {RL("acces", "Access", "Accès"),
          RL("maintien", "Keeping housing", "Maintien"),
          RL("acces_maintien", "Access and keeping housing", "Accès et maintien")}},
        {ReferenceList::MeetingPurpose, "objet_rdv",
         QT_TRANSLATE_NOOP("ReferenceList", "Meeting purpose"), false,
         {RL("entree", "Before entry", "Avant l'entrée"),
          RL("mi_parcours", "Mid-term review", "Bilan à mi-parcours"),
          RL("renouvellement", "Renewal", "Renouvellement"),
          RL("fin", "End of support", "Fin d'accompagnement"),
          RL("autre", "Other", "Autre")}},
        {ReferenceList::MeetingOutcome, "issue_rdv",
         QT_TRANSLATE_NOOP("ReferenceList", "Meeting outcome"), false,
         {RL("favorable", "Favourable", "Favorable"),
          RL("reporte", "Postponed", "Reporté"),
          RL("defavorable", "Unfavourable", "Défavorable")}},
        {ReferenceList::MeetingParty, "partie_rdv",
         QT_TRANSLATE_NOOP("ReferenceList", "Party"), false,
         {RL("bailleur", "Landlord", "Bailleur"),
          RL("association", "Association", "Association"),
          RL("menage", "Household", "Ménage"),
          RL("autre", "Other", "Autre")}},
        {ReferenceList::AlertType, "type_alerte", QT_TRANSLATE_NOOP("ReferenceList", "Alert type"),
         true,
         {RL("impayes_loyer", "Unpaid rent", "Impayés de loyer"),
          RL("trouble_voisinage", "Neighbour conflict", "Trouble de voisinage"),
          RL("degradation", "Damage to the dwelling", "Dégradation du logement"),
          RL("absence_prolongee", "Prolonged absence", "Absence prolongée"),
          RL("autre", "Other", "Autre")}},
        {ReferenceList::CommitteeDecision, "decision_commission",
         QT_TRANSLATE_NOOP("ReferenceList", "Committee decision"), false,
         {RL("poursuite", "Continue support", "Poursuite de l'accompagnement"),
          RL("renforcement", "Strengthen support", "Renforcement de l'accompagnement"),
          RL("renouvellement_contrat", "Renew the contract", "Renouvellement du contrat"),
          RL("mobilisation_partenaire", "Mobilise a partner", "Mobilisation d'un partenaire"),
          RL("fin_accompagnement", "End support", "Fin de l'accompagnement"),
          RL("reexamen", "Review again at the next committee",
             "Réexamen à la prochaine commission")}},
        {ReferenceList::LeaseStartReason, "motif_debut_bail",
         QT_TRANSLATE_NOOP("ReferenceList", "Lease start reason"), false,
         {RL("entree", "Moving in", "Entrée dans les lieux"),
          RL("glissement", "Glissement", "Glissement du bail"),
          RL("relogement", "Rehousing / transfer", "Relogement / mutation")}},
        {ReferenceList::LeaseReviewOutcome, "issue_revision_bail",
         QT_TRANSLATE_NOOP("ReferenceList", "Lease review outcome"), false,
         {RL("poursuite_sous_location", "Sub-letting continues", "Poursuite de la sous-location"),
          RL("glissement_propose", "Glissement proposed", "Glissement proposé"),
          RL("glissement_differe", "Glissement deferred", "Glissement différé")}},
        {ReferenceList::SupportIntensity, "intensite",
         QT_TRANSLATE_NOOP("ReferenceList", "Support intensity"), false,
         {RL("legere", "Light", "Légère"),
          RL("soutenue", "Sustained", "Soutenue"),
          RL("renforcee", "Intensive", "Renforcée")}},
        {ReferenceList::ContractVersionKind, "type_version_contrat",
         QT_TRANSLATE_NOOP("ReferenceList", "Contract version kind"), false,
         {RL("initial", "Initial contract", "Contrat initial"),
          RL("avenant", "Amendment", "Avenant"),
          RL("renouvellement", "Renewal", "Renouvellement")}},
        {ReferenceList::MeetingFrequency, "frequence_rencontres",
         QT_TRANSLATE_NOOP("ReferenceList", "Meeting frequency"), false,
         {RL("hebdomadaire", "Weekly", "Hebdomadaire"),
          RL("bimensuelle", "Every two weeks", "Tous les quinze jours"),
          RL("mensuelle", "Monthly", "Mensuelle"),
          RL("trimestrielle", "Quarterly", "Trimestrielle")}},
        {ReferenceList::ExpenseCategory, "categorie_depense",
         QT_TRANSLATE_NOOP("ReferenceList", "Expense category"), true,
         {RL("accompagnement", "Social support", "Accompagnement social"),
          RL("ingenierie", "Project engineering", "Ingénierie"),
          RL("equipement", "Equipment of the dwelling", "Équipement du logement"),
          RL("formation", "Training", "Formation"),
          RL("autre", "Other", "Autre")}},
        {ReferenceList::HouseholdStatus, "statut_menage",
         QT_TRANSLATE_NOOP("ReferenceList", "Household status"), false,
         {RL("orientation", "Referred", "Orientation en cours"),
          RL("accompagnement", "In support", "En accompagnement"),
          RL("termine", "Support ended", "Accompagnement terminé"),
          RL("non_abouti", "Referral not pursued", "Orientation non aboutie")}},
    };
    return defs;
}

#undef RL

const ListDef &definition(ReferenceList list)
{
    const auto &defs = definitions();
    const int index = static_cast<int>(list);
    // Definitions are written in enum order; the fallback keeps lookups right if they drift.
    if (index < defs.size() && defs.at(index).list == list)
        return defs.at(index);
    for (const ListDef &def : defs) {
        if (def.list == list)
            return def;
    }
    Q_UNREACHABLE();
}

} // namespace

QList<ReferenceList> all()
{
    QList<ReferenceList> lists;
    for (const ListDef &def : definitions())
        lists << def.list;
    return lists;
}

QString key(ReferenceList list)
{
    return QString::fromLatin1(definition(list).key);
}

bool fromKey(const QString &k, ReferenceList *list)
{
    for (const ListDef &def : definitions()) {
        if (k == QLatin1StringView(def.key)) {
            *list = def.list;
            return true;
        }
    }
    return false;
}

QString title(ReferenceList list)
{
    return QCoreApplication::translate("ReferenceList", definition(list).title);
}

bool isExtensible(ReferenceList list)
{
    return definition(list).extensible;
}

QList<ReferenceItem> builtIn(ReferenceList list)
{
    QList<ReferenceItem> items;
    const ListDef &def = definition(list);
    items.reserve(def.entries.size());
    for (const Entry &e : def.entries) {
        items.append({QString::fromLatin1(e.code),
                      QCoreApplication::translate("ReferenceList", e.source),
                      QString::fromUtf8(e.french), true});
    }
    return items;
}

QStringList builtInCodes(ReferenceList list)
{
    QStringList codes;
    for (const Entry &e : definition(list).entries)
        codes << QString::fromLatin1(e.code);
    return codes;
}

bool isBuiltIn(ReferenceList list, const QString &code)
{
    for (const Entry &e : definition(list).entries) {
        if (code == QLatin1StringView(e.code))
            return true;
    }
    return false;
}

QString label(ReferenceList list, const QString &code)
{
    for (const Entry &e : definition(list).entries) {
        if (code == QLatin1StringView(e.code))
            return QCoreApplication::translate("ReferenceList", e.source);
    }
    return code;
}

QString labels(ReferenceList list, const QStringList &codes)
{
    QStringList out;
    out.reserve(codes.size());
    for (const QString &code : codes)
        out << label(list, code);
    return out.join(u", ");
}

QString normalizedKey(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace() || c == u'_' || c == u'-') {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += u' ';
            pendingSpace = false;
        }
        switch (c.unicode()) {
        case 0x0153: // œ
        case 0x0152:
            out += u"oe";
            break;
        case 0x00E6: // æ
        case 0x00C6:
            out += u"ae";
            break;
        case 0x2019: // ’
        case 0x2018:
            out += u'\'';
            break;
        default:
            out += c.toLower();
        }
    }
    return out;
}

bool isValidCode(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]+(_[a-z0-9]+)*$"));
    return code.size() <= 40 && re.match(code).hasMatch();
}

} // namespace Passerelle::ReferenceLists
