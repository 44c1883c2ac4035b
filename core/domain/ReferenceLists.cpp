#include "ReferenceLists.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

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

const QList<ListDef> &definitions()
{
    static const QList<ListDef> defs = {
            {ReferenceList::Public,
             "publics",
             QT_TRANSLATE_NOOP("ReferenceList", "Publics"),
             true,
             {Entry{"sans_domicile",
                    QT_TRANSLATE_NOOP("ReferenceList", "Homeless person / street pathway"),
                    "Personne sans domicile / parcours de rue"},
              Entry{"sortant_hebergement",
                    QT_TRANSLATE_NOOP("ReferenceList",
                                      "Leaving shelter accommodation (CHRS, hotel, ALT)"),
                    "Sortant d'hébergement (CHRS, hôtel, ALT)"},
              Entry{"heberge_tiers",
                    QT_TRANSLATE_NOOP("ReferenceList", "Staying with a third party"),
                    "Hébergé chez un tiers"},
              Entry{"victime_violences",
                    QT_TRANSLATE_NOOP("ReferenceList",
                                      "Woman victim of domestic or family violence"),
                    "Femme victime de violences conjugales ou intrafamiliales"},
              Entry{"jeune_ase",
                    QT_TRANSLATE_NOOP("ReferenceList",
                                      "Young person leaving child welfare (ASE / MECS)"),
                    "Jeune sortant ASE / MECS"},
              Entry{"jeune",
                    QT_TRANSLATE_NOOP("ReferenceList", "Young person under 30 in integration"),
                    "Jeune de moins de 30 ans en insertion"},
              Entry{"sortant_detention", QT_TRANSLATE_NOOP("ReferenceList", "Leaving prison"),
                    "Sortant de détention"},
              Entry{"troubles_psychiques",
                    QT_TRANSLATE_NOOP("ReferenceList", "Person with mental health disorders"),
                    "Personne souffrant de troubles psychiques"},
              Entry{"addiction", QT_TRANSLATE_NOOP("ReferenceList", "Person facing an addiction"),
                    "Personne confrontée à une addiction"},
              Entry{"handicap", QT_TRANSLATE_NOOP("ReferenceList", "Person with a disability"),
                    "Personne en situation de handicap"},
              Entry{"senior_isole",
                    QT_TRANSLATE_NOOP("ReferenceList", "Isolated senior / loss of autonomy"),
                    "Senior isolé / perte d'autonomie"},
              Entry{"refugie",
                    QT_TRANSLATE_NOOP("ReferenceList", "Refugee / leaving the asylum system"),
                    "Réfugié / sortant du dispositif d'asile"},
              Entry{"menace_expulsion",
                    QT_TRANSLATE_NOOP("ReferenceList", "Household threatened with eviction"),
                    "Ménage menacé d'expulsion"},
              Entry{"dalo", QT_TRANSLATE_NOOP("ReferenceList", "DALO priority household"),
                    "Ménage prioritaire DALO"},
              Entry{"difficultes_economiques",
                    QT_TRANSLATE_NOOP("ReferenceList", "Household in economic difficulty"),
                    "Ménage en difficulté économique"},
              Entry{"autre", QT_TRANSLATE_NOOP("ReferenceList", "Other"), "Autre"}}},
            {ReferenceList::Composition,
             "composition",
             QT_TRANSLATE_NOOP("ReferenceList", "Household composition"),
             true,
             {Entry{"personne_seule", QT_TRANSLATE_NOOP("ReferenceList", "Single person"),
                    "Personne seule"},
              Entry{"couple_sans_enfant",
                    QT_TRANSLATE_NOOP("ReferenceList", "Couple without children"),
                    "Couple sans enfant"},
              Entry{"couple_avec_enfants",
                    QT_TRANSLATE_NOOP("ReferenceList", "Couple with children"),
                    "Couple avec enfants"},
              Entry{"famille_monoparentale",
                    QT_TRANSLATE_NOOP("ReferenceList", "Single-parent family"),
                    "Famille monoparentale"},
              Entry{"autre", QT_TRANSLATE_NOOP("ReferenceList", "Other"), "Autre"}}},
            {ReferenceList::PriorSituation,
             "situation_anterieure",
             QT_TRANSLATE_NOOP("ReferenceList", "Situation before entry"),
             true,
             {Entry{"rue", QT_TRANSLATE_NOOP("ReferenceList", "Street"), "Rue"},
              Entry{"detention", QT_TRANSLATE_NOOP("ReferenceList", "Prison"), "Détention"},
              Entry{"hebergement_urgence", QT_TRANSLATE_NOOP("ReferenceList", "Emergency shelter"),
                    "Hébergement d'urgence"},
              Entry{"chrs", QT_TRANSLATE_NOOP("ReferenceList", "CHRS"), "CHRS"},
              Entry{"residence_sociale", QT_TRANSLATE_NOOP("ReferenceList", "Social residence"),
                    "Résidence sociale"},
              Entry{"ase_mecs", QT_TRANSLATE_NOOP("ReferenceList", "Child welfare (ASE / MECS)"),
                    "ASE / MECS"},
              Entry{"heberge_tiers",
                    QT_TRANSLATE_NOOP("ReferenceList", "Staying with a third party"),
                    "Hébergé chez un tiers"},
              Entry{"parc_prive", QT_TRANSLATE_NOOP("ReferenceList", "Private rental housing"),
                    "Parc privé"},
              Entry{"parc_social", QT_TRANSLATE_NOOP("ReferenceList", "Social housing"),
                    "Parc social"},
              Entry{"hopital", QT_TRANSLATE_NOOP("ReferenceList", "Hospital"), "Hôpital"},
              Entry{"autre", QT_TRANSLATE_NOOP("ReferenceList", "Other"), "Autre"}}},
            {ReferenceList::ResourceSource,
             "source_ressources",
             QT_TRANSLATE_NOOP("ReferenceList", "Main source of income"),
             true,
             {Entry{"salaire", QT_TRANSLATE_NOOP("ReferenceList", "Wages"), "Salaire"},
              Entry{"rsa", QT_TRANSLATE_NOOP("ReferenceList", "RSA"), "RSA"},
              Entry{"aah", QT_TRANSLATE_NOOP("ReferenceList", "AAH"), "AAH"},
              Entry{"are", QT_TRANSLATE_NOOP("ReferenceList", "Unemployment benefit (ARE)"), "ARE"},
              Entry{"retraite", QT_TRANSLATE_NOOP("ReferenceList", "Pension / retirement"),
                    "Pension / retraite"},
              Entry{"prestations_familiales", QT_TRANSLATE_NOOP("ReferenceList", "Family benefits"),
                    "Prestations familiales"},
              Entry{"aucune", QT_TRANSLATE_NOOP("ReferenceList", "No income"), "Aucune"},
              Entry{"autre", QT_TRANSLATE_NOOP("ReferenceList", "Other"), "Autre"}}},
            {ReferenceList::LeaseType,
             "type_bail",
             QT_TRANSLATE_NOOP("ReferenceList", "Lease type"),
             true,
             {Entry{"bail_direct", QT_TRANSLATE_NOOP("ReferenceList", "Direct lease"),
                    "Bail direct"},
              Entry{"bail_glissant",
                    QT_TRANSLATE_NOOP("ReferenceList", "Sub-letting with sliding lease"),
                    "Sous-location avec bail glissant"},
              Entry{"sous_location",
                    QT_TRANSLATE_NOOP("ReferenceList",
                                      "Simple sub-letting / rental intermediation"),
                    "Sous-location simple / intermédiation locative"},
              Entry{"residence_sociale",
                    QT_TRANSLATE_NOOP("ReferenceList", "Social residence / boarding house (fee)"),
                    "Résidence sociale / pension de famille (redevance)"}}},
            {ReferenceList::Typology,
             "typologie",
             QT_TRANSLATE_NOOP("ReferenceList", "Typology"),
             false,
             {Entry{"t1", QT_TRANSLATE_NOOP("ReferenceList", "T1"), "T1"},
              Entry{"t1bis", QT_TRANSLATE_NOOP("ReferenceList", "T1bis"), "T1bis"},
              Entry{"t2", QT_TRANSLATE_NOOP("ReferenceList", "T2"), "T2"},
              Entry{"t3", QT_TRANSLATE_NOOP("ReferenceList", "T3"), "T3"},
              Entry{"t4", QT_TRANSLATE_NOOP("ReferenceList", "T4"), "T4"},
              Entry{"t5", QT_TRANSLATE_NOOP("ReferenceList", "T5"), "T5"},
              Entry{"t6_plus", QT_TRANSLATE_NOOP("ReferenceList", "T6+"), "T6+"}}},
            {ReferenceList::ReferralOutcome,
             "issue_orientation",
             QT_TRANSLATE_NOOP("ReferenceList", "Referral outcome"),
             false,
             {Entry{"acceptee", QT_TRANSLATE_NOOP("ReferenceList", "Accepted"), "Acceptée"},
              Entry{"refus_menage", QT_TRANSLATE_NOOP("ReferenceList", "Refused by the household"),
                    "Refus du ménage"},
              Entry{"refus_bailleur", QT_TRANSLATE_NOOP("ReferenceList", "Refused by the landlord"),
                    "Refus du bailleur"},
              Entry{"refus_cal", QT_TRANSLATE_NOOP("ReferenceList", "Refused by the CAL"),
                    "Refus de la CAL"},
              Entry{"non_lieu", QT_TRANSLATE_NOOP("ReferenceList", "No grounds for support"),
                    "Non lieu à mesure"},
              Entry{"en_cours", QT_TRANSLATE_NOOP("ReferenceList", "Pending"), "En cours"}}},
            {ReferenceList::CalDecision,
             "decision_cal",
             QT_TRANSLATE_NOOP("ReferenceList", "CAL decision"),
             false,
             {Entry{"attribution", QT_TRANSLATE_NOOP("ReferenceList", "Allocation"), "Attribution"},
              Entry{"attribution_sous_condition",
                    QT_TRANSLATE_NOOP("ReferenceList", "Allocation under condition"),
                    "Attribution sous condition"},
              Entry{"refus", QT_TRANSLATE_NOOP("ReferenceList", "Refusal"), "Refus"},
              Entry{"ajournement", QT_TRANSLATE_NOOP("ReferenceList", "Adjourned"),
                    "Ajournement"}}},
            {ReferenceList::DiagnosticDomain,
             "domaine_diagnostic",
             QT_TRANSLATE_NOOP("ReferenceList", "Diagnostic domain"),
             true,
             {Entry{"acces_droits",
                    QT_TRANSLATE_NOOP("ReferenceList", "Access to rights (CAF/APL, RSA, AAH, "
                                                       "residence permit, health insurance)"),
                    "Accès aux droits (CAF/APL, RSA, AAH, titre de séjour, assurance maladie)"},
              Entry{"ressources_budget", QT_TRANSLATE_NOOP("ReferenceList", "Income and budget"),
                    "Ressources et budget"},
              Entry{"dettes_impayes", QT_TRANSLATE_NOOP("ReferenceList", "Debts and arrears"),
                    "Dettes et impayés"},
              Entry{"sante", QT_TRANSLATE_NOOP("ReferenceList", "Health"), "Santé"},
              Entry{"sante_mentale", QT_TRANSLATE_NOOP("ReferenceList", "Mental health"),
                    "Santé mentale"},
              Entry{"addictions", QT_TRANSLATE_NOOP("ReferenceList", "Addictions"), "Addictions"},
              Entry{"justice",
                    QT_TRANSLATE_NOOP("ReferenceList",
                                      "Judicial follow-up (obligations relevant to housing only)"),
                    "Suivi judiciaire (obligations utiles au logement seulement)"},
              Entry{"emploi_formation",
                    QT_TRANSLATE_NOOP("ReferenceList", "Employment and training"),
                    "Emploi et formation"},
              Entry{"isolement", QT_TRANSLATE_NOOP("ReferenceList", "Isolation and social ties"),
                    "Isolement et liens sociaux"},
              Entry{"parentalite", QT_TRANSLATE_NOOP("ReferenceList", "Parenting"), "Parentalité"},
              Entry{"capacite_habiter",
                    QT_TRANSLATE_NOOP(
                            "ReferenceList",
                            "Ability to live in a dwelling (upkeep, equipment, utilities)"),
                    "Capacité à habiter (entretien, équipements, fluides)"},
              Entry{"voisinage", QT_TRANSLATE_NOOP("ReferenceList", "Neighbours and surroundings"),
                    "Voisinage et environnement"},
              Entry{"mobilite", QT_TRANSLATE_NOOP("ReferenceList", "Mobility"), "Mobilité"}}},
            {ReferenceList::DiagnosticKind,
             "type_diagnostic",
             QT_TRANSLATE_NOOP("ReferenceList", "Diagnostic kind"),
             false,
             {Entry{"entree", QT_TRANSLATE_NOOP("ReferenceList", "Entry diagnostic"),
                    "Diagnostic d'entrée"},
              Entry{"revision", QT_TRANSLATE_NOOP("ReferenceList", "Interim diagnostic"),
                    "Diagnostic d'étape"},
              Entry{"sortie", QT_TRANSLATE_NOOP("ReferenceList", "Exit diagnostic"),
                    "Diagnostic de sortie"}}},
            {ReferenceList::PlanAxis,
             "axe_plan",
             QT_TRANSLATE_NOOP("ReferenceList", "Plan axis"),
             true,
             {Entry{"budget_loyer",
                    QT_TRANSLATE_NOOP("ReferenceList", "Budget management and rent payment"),
                    "Gestion budgétaire et paiement du loyer"},
              Entry{"acces_droits",
                    QT_TRANSLATE_NOOP("ReferenceList", "Access to rights and procedures"),
                    "Accès aux droits et démarches"},
              Entry{"installation_logement",
                    QT_TRANSLATE_NOOP("ReferenceList",
                                      "Moving in and making the dwelling one's own"),
                    "Installation et appropriation du logement"},
              Entry{"entretien_logement",
                    QT_TRANSLATE_NOOP("ReferenceList", "Upkeep and proper use of the dwelling"),
                    "Entretien et bon usage du logement"},
              Entry{"voisinage_mediation",
                    QT_TRANSLATE_NOOP("ReferenceList", "Neighbours and mediation"),
                    "Voisinage et médiation"},
              Entry{"insertion_quartier",
                    QT_TRANSLATE_NOOP("ReferenceList", "Integration in the neighbourhood"),
                    "Insertion dans le quartier"},
              Entry{"sante_soins", QT_TRANSLATE_NOOP("ReferenceList", "Access to care"),
                    "Accès aux soins"},
              Entry{"insertion_pro", QT_TRANSLATE_NOOP("ReferenceList", "Professional integration"),
                    "Insertion professionnelle"},
              Entry{"parentalite", QT_TRANSLATE_NOOP("ReferenceList", "Parenting support"),
                    "Soutien à la parentalité"},
              Entry{"preparation_glissement",
                    QT_TRANSLATE_NOOP("ReferenceList", "Preparing the lease glissement"),
                    "Préparation du glissement du bail"},
              Entry{"relogement", QT_TRANSLATE_NOOP("ReferenceList", "Rehousing / transfer"),
                    "Relogement / mutation"}}},
            {ReferenceList::ObjectiveStatus,
             "statut_objectif",
             QT_TRANSLATE_NOOP("ReferenceList", "Objective status"),
             false,
             {Entry{"a_faire", QT_TRANSLATE_NOOP("ReferenceList", "To do"), "À faire"},
              Entry{"en_cours", QT_TRANSLATE_NOOP("ReferenceList", "In progress"), "En cours"},
              Entry{"atteint", QT_TRANSLATE_NOOP("ReferenceList", "Achieved"), "Atteint"},
              Entry{"partiellement_atteint", QT_TRANSLATE_NOOP("ReferenceList", "Partly achieved"),
                    "Partiellement atteint"},
              Entry{"abandonne", QT_TRANSLATE_NOOP("ReferenceList", "Dropped"), "Abandonné"}}},
            {ReferenceList::ContactType,
             "type_contact",
             QT_TRANSLATE_NOOP("ReferenceList", "Contact type"),
             true,
             {Entry{"visite_domicile", QT_TRANSLATE_NOOP("ReferenceList", "Home visit"),
                    "Visite à domicile"},
              Entry{"visite_sans_reponse",
                    QT_TRANSLATE_NOOP("ReferenceList", "Home visit, no answer"),
                    "Visite à domicile sans réponse"},
              Entry{"entretien_bureau", QT_TRANSLATE_NOOP("ReferenceList", "Office interview"),
                    "Entretien au bureau"},
              Entry{"telephone", QT_TRANSLATE_NOOP("ReferenceList", "Phone interview"),
                    "Entretien téléphonique"},
              Entry{"accompagnement_physique",
                    QT_TRANSLATE_NOOP("ReferenceList", "Accompaniment to an appointment"),
                    "Accompagnement physique"},
              Entry{"atelier_collectif", QT_TRANSLATE_NOOP("ReferenceList", "Group workshop"),
                    "Atelier collectif"},
              Entry{"rdv_tripartite", QT_TRANSLATE_NOOP("ReferenceList", "Tripartite meeting"),
                    "Rendez-vous tripartite"},
              Entry{"commission_suivi", QT_TRANSLATE_NOOP("ReferenceList", "Follow-up committee"),
                    "Commission de suivi"},
              Entry{"echange_partenaire",
                    QT_TRANSLATE_NOOP("ReferenceList", "Exchange with a partner"),
                    "Échange avec un partenaire"},
              Entry{"courrier", QT_TRANSLATE_NOOP("ReferenceList", "Letter / email / text message"),
                    "Courrier / courriel / SMS"}}},
            {ReferenceList::SupportOutcome,
             "issue_accompagnement",
             QT_TRANSLATE_NOOP("ReferenceList", "End-of-support outcome"),
             true,
             {Entry{"autonomie",
                    QT_TRANSLATE_NOOP("ReferenceList", "Kept the dwelling, autonomy reached"),
                    "Maintien dans le logement, autonomie atteinte"},
              Entry{"glissement", QT_TRANSLATE_NOOP("ReferenceList", "Lease glissement done"),
                    "Glissement du bail effectué"},
              Entry{"relogement_parc_social",
                    QT_TRANSLATE_NOOP("ReferenceList", "Rehoused in social housing"),
                    "Relogement dans le parc social"},
              Entry{"relogement_parc_prive",
                    QT_TRANSLATE_NOOP("ReferenceList", "Rehoused in private housing"),
                    "Relogement dans le parc privé"},
              Entry{"orientation_hebergement",
                    QT_TRANSLATE_NOOP("ReferenceList", "Referred to adapted housing or a shelter"),
                    "Orientation vers un logement adapté ou un hébergement"},
              Entry{"depart_volontaire", QT_TRANSLATE_NOOP("ReferenceList", "Left voluntarily"),
                    "Départ volontaire"},
              Entry{"abandon", QT_TRANSLATE_NOOP("ReferenceList", "Support broken off or refused"),
                    "Rupture ou refus de l'accompagnement"},
              Entry{"expulsion", QT_TRANSLATE_NOOP("ReferenceList", "Lease terminated / eviction"),
                    "Résiliation du bail / expulsion"},
              Entry{"incarceration", QT_TRANSLATE_NOOP("ReferenceList", "Imprisonment"),
                    "Incarcération"},
              Entry{"hospitalisation_longue",
                    QT_TRANSLATE_NOOP("ReferenceList", "Long hospital stay"),
                    "Hospitalisation longue"},
              Entry{"deces", QT_TRANSLATE_NOOP("ReferenceList", "Death"), "Décès"},
              Entry{"relais_dispositif",
                    QT_TRANSLATE_NOOP("ReferenceList",
                                      "Handed over to another scheme (ASLL, AVDL, MASP)"),
                    "Relais vers un autre dispositif (ASLL, AVDL, MASP)"},
              Entry{"autre", QT_TRANSLATE_NOOP("ReferenceList", "Other"), "Autre"}}},
            {ReferenceList::FundingSource,
             "financement",
             QT_TRANSLATE_NOOP("ReferenceList", "Funding source"),
             true,
             {Entry{"fnavdl_hlm_accompagnes",
                    QT_TRANSLATE_NOOP("ReferenceList", "FNAVDL – 10,000 supported Hlm dwellings"),
                    "FNAVDL – 10 000 logements Hlm accompagnés"},
              Entry{"fnavdl_avdl", QT_TRANSLATE_NOOP("ReferenceList", "FNAVDL – AVDL"),
                    "FNAVDL – AVDL"},
              Entry{"etat", QT_TRANSLATE_NOOP("ReferenceList", "State aid / DIHAL"),
                    "Aide de l'État / DIHAL"},
              Entry{"fsl_asll", QT_TRANSLATE_NOOP("ReferenceList", "FSL / ASLL (Département)"),
                    "FSL / ASLL (Département)"},
              Entry{"fonds_propres", QT_TRANSLATE_NOOP("ReferenceList", "Landlord's own funds"),
                    "Fonds propres du bailleur"},
              Entry{"collectivite", QT_TRANSLATE_NOOP("ReferenceList", "Local authority"),
                    "Collectivité"},
              Entry{"caf", QT_TRANSLATE_NOOP("ReferenceList", "CAF"), "CAF"},
              Entry{"ars", QT_TRANSLATE_NOOP("ReferenceList", "ARS"), "ARS"},
              Entry{"fondation", QT_TRANSLATE_NOOP("ReferenceList", "Foundation"), "Fondation"},
              Entry{"autre", QT_TRANSLATE_NOOP("ReferenceList", "Other"), "Autre"}}},
            {ReferenceList::HouseholdKind,
             "type_menage",
             QT_TRANSLATE_NOOP("ReferenceList", "Household kind"),
             false,
             {Entry{"nouvel_entrant", QT_TRANSLATE_NOOP("ReferenceList", "New entrant"),
                    "Nouvel entrant"},
              Entry{"locataire_en_place", QT_TRANSLATE_NOOP("ReferenceList", "Existing tenant"),
                    "Locataire en place"}}},
            {ReferenceList::MemberRole,
             "role_membre",
             QT_TRANSLATE_NOOP("ReferenceList", "Role in the household"),
             false,
             {Entry{"titulaire", QT_TRANSLATE_NOOP("ReferenceList", "Main tenant"), "Titulaire"},
              Entry{"co_titulaire", QT_TRANSLATE_NOOP("ReferenceList", "Joint tenant"),
                    "Co-titulaire"},
              Entry{"enfant", QT_TRANSLATE_NOOP("ReferenceList", "Child"), "Enfant"},
              Entry{"autre", QT_TRANSLATE_NOOP("ReferenceList", "Other"), "Autre"}}},
            {ReferenceList::UserRole,
             "role_utilisateur",
             QT_TRANSLATE_NOOP("ReferenceList", "User role"),
             false,
             {Entry{"cesf", QT_TRANSLATE_NOOP("ReferenceList", "CESF advisor"), "CESF"},
              Entry{"responsable_pole_social",
                    QT_TRANSLATE_NOOP("ReferenceList", "Head of the social unit"),
                    "Responsable du pôle social"},
              Entry{"charge_mission",
                    QT_TRANSLATE_NOOP("ReferenceList", "Innovation & partnerships officer"),
                    "Chargé(e) de mission Innovations & Partenariats"},
              Entry{"referent_partenaire",
                    QT_TRANSLATE_NOOP("ReferenceList", "Partner association referent"),
                    "Référent de l'association partenaire"},
              Entry{"administrateur", QT_TRANSLATE_NOOP("ReferenceList", "Administrator"),
                    "Administrateur"}}},
            {ReferenceList::PartnerKind,
             "type_partenaire",
             QT_TRANSLATE_NOOP("ReferenceList", "Partner kind"),
             true,
             {Entry{"association", QT_TRANSLATE_NOOP("ReferenceList", "Association"),
                    "Association"},
              Entry{"service_etat", QT_TRANSLATE_NOOP("ReferenceList", "State service"),
                    "Service de l'État"},
              Entry{"collectivite", QT_TRANSLATE_NOOP("ReferenceList", "Local authority"),
                    "Collectivité"},
              Entry{"etablissement_sante",
                    QT_TRANSLATE_NOOP("ReferenceList", "Health establishment"),
                    "Établissement de santé"},
              Entry{"organisme_social",
                    QT_TRANSLATE_NOOP("ReferenceList", "Social body (CCAS, CAF, Mission locale)"),
                    "Organisme social (CCAS, CAF, Mission locale)"},
              Entry{"autre", QT_TRANSLATE_NOOP("ReferenceList", "Other"), "Autre"}}},
            {ReferenceList::PartnerField,
             "champ_action",
             QT_TRANSLATE_NOOP("ReferenceList", "Field of action"),
             true,
             {Entry{"mediation", QT_TRANSLATE_NOOP("ReferenceList", "Mediation"), "Médiation"},
              Entry{"acces_maintien",
                    QT_TRANSLATE_NOOP("ReferenceList", "Access and keeping housing"),
                    "Accès et maintien"},
              Entry{"parentalite", QT_TRANSLATE_NOOP("ReferenceList", "Parenting"), "Parentalité"},
              Entry{"addictions", QT_TRANSLATE_NOOP("ReferenceList", "Addictions"), "Addictions"},
              Entry{"sante_mentale", QT_TRANSLATE_NOOP("ReferenceList", "Mental health"),
                    "Santé mentale"},
              Entry{"insertion", QT_TRANSLATE_NOOP("ReferenceList", "Integration"), "Insertion"},
              Entry{"violences_femmes",
                    QT_TRANSLATE_NOOP("ReferenceList", "Violence against women"),
                    "Violences faites aux femmes"}}},
            {ReferenceList::ActionCategory,
             "categorie_dispositif",
             QT_TRANSLATE_NOOP("ReferenceList", "Action category"),
             false,
             {Entry{"acces", QT_TRANSLATE_NOOP("ReferenceList", "Access"), "Accès"},
              Entry{"maintien", QT_TRANSLATE_NOOP("ReferenceList", "Keeping housing"), "Maintien"},
              Entry{"acces_maintien",
                    QT_TRANSLATE_NOOP("ReferenceList", "Access and keeping housing"),
                    "Accès et maintien"}}},
            {ReferenceList::MeetingPurpose,
             "objet_rdv",
             QT_TRANSLATE_NOOP("ReferenceList", "Meeting purpose"),
             false,
             {Entry{"entree", QT_TRANSLATE_NOOP("ReferenceList", "Before entry"),
                     "Avant l'entrée"},
              Entry{"mi_parcours", QT_TRANSLATE_NOOP("ReferenceList", "Mid-term review"),
                    "Bilan à mi-parcours"},
              Entry{"renouvellement", QT_TRANSLATE_NOOP("ReferenceList", "Renewal"),
                    "Renouvellement"},
              Entry{"fin", QT_TRANSLATE_NOOP("ReferenceList", "End of support"),
                    "Fin d'accompagnement"},
              Entry{"autre", QT_TRANSLATE_NOOP("ReferenceList", "Other"), "Autre"}}},
            {ReferenceList::MeetingOutcome,
             "issue_rdv",
             QT_TRANSLATE_NOOP("ReferenceList", "Meeting outcome"),
             false,
             {Entry{"favorable", QT_TRANSLATE_NOOP("ReferenceList", "Favourable"), "Favorable"},
              Entry{"reporte", QT_TRANSLATE_NOOP("ReferenceList", "Postponed"), "Reporté"},
              Entry{"defavorable", QT_TRANSLATE_NOOP("ReferenceList", "Unfavourable"),
                    "Défavorable"}}},
            {ReferenceList::MeetingParty,
             "partie_rdv",
             QT_TRANSLATE_NOOP("ReferenceList", "Party"),
             false,
             {Entry{"bailleur", QT_TRANSLATE_NOOP("ReferenceList", "Landlord"), "Bailleur"},
              Entry{"association", QT_TRANSLATE_NOOP("ReferenceList", "Association"),
                    "Association"},
              Entry{"menage", QT_TRANSLATE_NOOP("ReferenceList", "Household"), "Ménage"},
              Entry{"autre", QT_TRANSLATE_NOOP("ReferenceList", "Other"), "Autre"}}},
            {ReferenceList::AlertType,
             "type_alerte",
             QT_TRANSLATE_NOOP("ReferenceList", "Alert type"),
             true,
             {Entry{"impayes_loyer", QT_TRANSLATE_NOOP("ReferenceList", "Unpaid rent"),
                    "Impayés de loyer"},
              Entry{"trouble_voisinage", QT_TRANSLATE_NOOP("ReferenceList", "Neighbour conflict"),
                    "Trouble de voisinage"},
              Entry{"degradation", QT_TRANSLATE_NOOP("ReferenceList", "Damage to the dwelling"),
                    "Dégradation du logement"},
              Entry{"absence_prolongee", QT_TRANSLATE_NOOP("ReferenceList", "Prolonged absence"),
                    "Absence prolongée"},
              Entry{"autre", QT_TRANSLATE_NOOP("ReferenceList", "Other"), "Autre"}}},
            {ReferenceList::CommitteeDecision,
             "decision_commission",
             QT_TRANSLATE_NOOP("ReferenceList", "Committee decision"),
             false,
             {Entry{"poursuite", QT_TRANSLATE_NOOP("ReferenceList", "Continue support"),
                    "Poursuite de l'accompagnement"},
              Entry{"renforcement", QT_TRANSLATE_NOOP("ReferenceList", "Strengthen support"),
                    "Renforcement de l'accompagnement"},
              Entry{"renouvellement_contrat",
                    QT_TRANSLATE_NOOP("ReferenceList", "Renew the contract"),
                    "Renouvellement du contrat"},
              Entry{"mobilisation_partenaire",
                    QT_TRANSLATE_NOOP("ReferenceList", "Mobilise a partner"),
                    "Mobilisation d'un partenaire"},
              Entry{"fin_accompagnement", QT_TRANSLATE_NOOP("ReferenceList", "End support"),
                    "Fin de l'accompagnement"},
              Entry{"reexamen",
                    QT_TRANSLATE_NOOP("ReferenceList", "Review again at the next committee"),
                    "Réexamen à la prochaine commission"}}},
            {ReferenceList::LeaseStartReason,
             "motif_debut_bail",
             QT_TRANSLATE_NOOP("ReferenceList", "Lease start reason"),
             false,
             {Entry{"entree", QT_TRANSLATE_NOOP("ReferenceList", "Moving in"),
                    "Entrée dans les lieux"},
              Entry{"glissement", QT_TRANSLATE_NOOP("ReferenceList", "Glissement"),
                    "Glissement du bail"},
              Entry{"relogement", QT_TRANSLATE_NOOP("ReferenceList", "Rehousing / transfer"),
                    "Relogement / mutation"}}},
            {ReferenceList::LeaseReviewOutcome,
             "issue_revision_bail",
             QT_TRANSLATE_NOOP("ReferenceList", "Lease review outcome"),
             false,
             {Entry{"poursuite_sous_location",
                    QT_TRANSLATE_NOOP("ReferenceList", "Sub-letting continues"),
                    "Poursuite de la sous-location"},
              Entry{"glissement_propose", QT_TRANSLATE_NOOP("ReferenceList", "Glissement proposed"),
                    "Glissement proposé"},
              Entry{"glissement_differe", QT_TRANSLATE_NOOP("ReferenceList", "Glissement deferred"),
                    "Glissement différé"}}},
            {ReferenceList::SupportIntensity,
             "intensite",
             QT_TRANSLATE_NOOP("ReferenceList", "Support intensity"),
             false,
             {Entry{"legere", QT_TRANSLATE_NOOP("ReferenceList", "Light"), "Légère"},
              Entry{"soutenue", QT_TRANSLATE_NOOP("ReferenceList", "Sustained"), "Soutenue"},
              Entry{"renforcee", QT_TRANSLATE_NOOP("ReferenceList", "Intensive"), "Renforcée"}}},
            {ReferenceList::ContractVersionKind,
             "type_version_contrat",
             QT_TRANSLATE_NOOP("ReferenceList", "Contract version kind"),
             false,
             {Entry{"initial", QT_TRANSLATE_NOOP("ReferenceList", "Initial contract"),
                    "Contrat initial"},
              Entry{"avenant", QT_TRANSLATE_NOOP("ReferenceList", "Amendment"), "Avenant"},
              Entry{"renouvellement", QT_TRANSLATE_NOOP("ReferenceList", "Renewal"),
                    "Renouvellement"}}},
            {ReferenceList::MeetingFrequency,
             "frequence_rencontres",
             QT_TRANSLATE_NOOP("ReferenceList", "Meeting frequency"),
             false,
             {Entry{"hebdomadaire", QT_TRANSLATE_NOOP("ReferenceList", "Weekly"), "Hebdomadaire"},
              Entry{"bimensuelle", QT_TRANSLATE_NOOP("ReferenceList", "Every two weeks"),
                    "Tous les quinze jours"},
              Entry{"mensuelle", QT_TRANSLATE_NOOP("ReferenceList", "Monthly"), "Mensuelle"},
              Entry{"trimestrielle", QT_TRANSLATE_NOOP("ReferenceList", "Quarterly"),
                    "Trimestrielle"}}},
            {ReferenceList::ExpenseCategory,
             "categorie_depense",
             QT_TRANSLATE_NOOP("ReferenceList", "Expense category"),
             true,
             {Entry{"accompagnement", QT_TRANSLATE_NOOP("ReferenceList", "Social support"),
                    "Accompagnement social"},
              Entry{"ingenierie", QT_TRANSLATE_NOOP("ReferenceList", "Project engineering"),
                    "Ingénierie"},
              Entry{"equipement", QT_TRANSLATE_NOOP("ReferenceList", "Equipment of the dwelling"),
                    "Équipement du logement"},
              Entry{"formation", QT_TRANSLATE_NOOP("ReferenceList", "Training"), "Formation"},
              Entry{"autre", QT_TRANSLATE_NOOP("ReferenceList", "Other"), "Autre"}}},
            {ReferenceList::HouseholdStatus,
             "statut_menage",
             QT_TRANSLATE_NOOP("ReferenceList", "Household status"),
             false,
             {Entry{"orientation", QT_TRANSLATE_NOOP("ReferenceList", "Referred"),
                    "Orientation en cours"},
              Entry{"accompagnement", QT_TRANSLATE_NOOP("ReferenceList", "In support"),
                    "En accompagnement"},
              Entry{"termine", QT_TRANSLATE_NOOP("ReferenceList", "Support ended"),
                    "Accompagnement terminé"},
              Entry{"non_abouti", QT_TRANSLATE_NOOP("ReferenceList", "Referral not pursued"),
                    "Orientation non aboutie"}}},
            // How a member is addressed, so that a contract says « née » or « né ».
            {ReferenceList::Civility,
             "civilite",
             QT_TRANSLATE_NOOP("ReferenceList", "Civility"),
             false,
             {Entry{"madame", QT_TRANSLATE_NOOP("ReferenceList", "Mrs"), "Madame"},
              Entry{"monsieur", QT_TRANSLATE_NOOP("ReferenceList", "Mr"), "Monsieur"}}},
    };
    return defs;
}

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
    // Every code read from the database is checked here (see StoredCodes): one hash look-up,
    // the sets being built once (codes are not translated).
    static const QHash<int, QSet<QString>> codesByList = [] {
        QHash<int, QSet<QString>> sets;
        for (const ListDef &def : definitions()) {
            QSet<QString> &codes = sets[int(def.list)];
            for (const Entry &e : def.entries)
                codes.insert(QString::fromLatin1(e.code));
        }
        return sets;
    }();
    const auto found = codesByList.constFind(int(list));
    return found != codesByList.cend() && found->contains(code);
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
