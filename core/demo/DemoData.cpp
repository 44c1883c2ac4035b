#include "DemoData.h"

#include "DemoTemplates.h"
#include "dashboard/AgencyDashboard.h"
#include "security/Passwords.h"
#include "storage/CommitteeRepository.h"
#include "storage/Database.h"
#include "storage/DirectoryRepositories.h"
#include "storage/HouseholdRecordRepositories.h"
#include "storage/HouseholdRepository.h"
#include "storage/OrganisationRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

// The demo database: an invented landlord, « Habitat Garonne Solidaire », running the seed
// programmes of DOMAIN.md (LAAVA, the 2018 call, today's partnership and network). Every name
// and address is invented. The data is what CESF advisors would type: French, factual, never
// judgemental.

using namespace Qt::Literals::StringLiterals;

namespace Passerelle::Demo {
namespace {

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(Demo)
};

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList codes(const char *pipeSeparated)
{
    const QString text = s(pipeSeparated);
    QStringList list = text.isEmpty() ? QStringList() : text.split(u'|');
    std::sort(list.begin(), list.end());
    return list;
}

// --- the seed households -----------------------------------------------------------------

// In the order seedActions() creates them.
enum ActionIndex {
    Laava = 0,          ///< 2015 call: LAAVA with UCRM, 10 new entrants (2015-2017)
    FirstHome = 1,      ///< 2018 call: young people's first home, 5 new entrants
    AfterViolence = 2,  ///< 2018 call: women leaving violence, 5 new entrants
    Prevention = 3,     ///< 2018 call: preventing evictions, 15 existing tenants
    HabitatHumanisme = 4,
    Network = 5,
};

/// Access actions house new entrants; the others support existing tenants (maintien).
bool housesNewEntrants(ActionIndex action)
{
    return action != Prevention && action != Network;
}

/// The demo's first names borne by women (a contract says « née » or « né »).
bool isFemaleName(const QString &firstName)
{
    static const QStringList female = {u"Aminata"_s, u"Ana"_s, u"Aurore"_s, u"Aurélie"_s, u"Aïssatou"_s, u"Catherine"_s, u"Christine"_s, u"Céline"_s, u"Emma"_s, u"Fatima"_s, u"Hélène"_s, u"Jade"_s, u"Jessica"_s, u"Josiane"_s, u"Laura"_s, u"Léa"_s, u"Maria"_s, u"Marine"_s, u"Martine"_s, u"Monique"_s, u"Nadia"_s, u"Nadège"_s, u"Samira"_s, u"Sandrine"_s, u"Sarah"_s, u"Sylvie"_s, u"Thi Lan"_s, u"Valérie"_s, u"Vanessa"_s, u"Yasmina"_s, u"Yvette"_s, u"Élodie"_s, u"Chloé"_s, u"Inès"_s, u"Lilou"_s, u"Lina"_s, u"Lucie"_s, u"Luna"_s, u"Manon"_s, u"Mariam"_s, u"Nina"_s, u"Sofia"_s, u"Yasmine"_s, u"Zoé"_s};
    return female.contains(firstName);
}

struct MemberSeed
{
    const char *firstName;
    const char *role;
    QDate birthDate;
};

struct HouseholdSeed
{
    const char *reference;
    ActionIndex action;
    int agency; ///< index in agencies
    const char *lastName;
    QList<MemberSeed> members; ///< the first is the titulaire
    const char *composition;
    const char *publics;
    int resourcesEuros;
    const char *mainSource;
    const char *sources;
    const char *prior;
    const char *referringPartner;
    const char *supportingPartner;
    QDate start;
    QDate end; ///< invalid while the support goes on
    const char *outcome;
    const char *address;
    const char *commune;
    const char *postalCode;
    const char *typology;
    int rentEuros;
    bool qpv;
    QDate leaseStart;        ///< for existing tenants: years before the support
    int contractMonths;      ///< duration of the initial contract
    int contactEveryDays;    ///< rhythm of contacts
    int lastContactDaysAgo;  ///< for ongoing supports: days since the last contact
    /// Set when the household left its dwelling at the end of support: the lease ends then.
    const char *leaseEndReason = nullptr;
};

struct Context
{
    Database &db;
    Scope scope;
    QDate today;
    QRandomGenerator rng{20150901};
    QList<Agency> agencies;
    QHash<QString, Partner> partners;
    QList<Action> actions;
    QList<User> cesf; ///< by agency index
    User head;        ///< responsable du pôle social
    User officer;     ///< chargé de mission

    QSet<QString> dwellingReferences;

    int between(int low, int high) { return int(rng.bounded(low, high + 1)); }
    template <typename T>
    const T &pick(const QList<T> &list) { return list.at(int(rng.bounded(qsizetype(list.size())))); }

    /// A dwelling reference not given before.
    QString dwellingReference()
    {
        QString reference;
        do {
            reference = QStringLiteral("LOG-%1").arg(1000 + between(0, 8999));
        } while (dwellingReferences.contains(reference));
        dwellingReferences.insert(reference);
        return reference;
    }
};

/// A seed for one household's random details, from its reference alone (FNV-1a): adding or
/// changing a household leaves the others' details as they were.
quint32 seedOf(const char *reference)
{
    quint32 hash = 2166136261u;
    for (const char *c = reference; *c; ++c) {
        hash ^= quint8(*c);
        hash *= 16777619u;
    }
    return hash;
}

QString referentOf(const Context &ctx, const QString &partnerCode)
{
    const Partner &p = ctx.partners.value(partnerCode);
    return p.contacts.isEmpty() ? QString() : p.contacts.first().name;
}

// --- organisation, agencies, partners, users, actions ------------------------------------

QByteArray logoSvg()
{
    return QByteArrayLiteral(
        "<svg xmlns='http://www.w3.org/2000/svg' width='270' height='80' viewBox='0 0 270 80'>"
        "<rect x='4' y='20' width='44' height='52' fill='#1f6f8b'/>"
        "<polygon points='0,24 26,2 52,24' fill='#e07a1f'/>"
        "<rect x='18' y='44' width='16' height='28' fill='#ffffff'/>"
        "<text x='60' y='40' font-family='DejaVu Sans' font-size='20' font-weight='bold' "
        "fill='#1f6f8b'>Habitat Garonne</text>"
        "<text x='60' y='64' font-family='DejaVu Sans' font-size='16' fill='#e07a1f'>"
        "Solidaire</text></svg>");
}

Status seedOrganisation(Context &ctx)
{
    OrganisationRepository repo(ctx.db);
    PASSERELLE_CHECK(repo.save(ctx.scope, organisation()));
    for (const auto &[key, value] : settings()) {
        if (key != isDemoKey()) // set once the accounts exist (populate())
            PASSERELLE_CHECK(repo.setSetting(ctx.scope, key, value));
    }
    return {};
}

Status seedAgencies(Context &ctx)
{
    AgencyRepository repo(ctx.db);
    for (Agency a : agencies()) {
        PASSERELLE_CHECK(repo.save(ctx.scope, a));
        ctx.agencies << a;
    }
    return {};
}

Status seedPartners(Context &ctx)
{
    PartnerRepository repo(ctx.db);
    for (Partner p : partners()) {
        PASSERELLE_CHECK(repo.save(ctx.scope, p));
        ctx.partners.insert(p.code, p);
    }
    return {};
}

Status seedUsers(Context &ctx)
{
    UserRepository repo(ctx.db);
    PASSERELLE_TRY(hash, passwordHash());
    for (const Account &account : accounts()) {
        User u;
        u.login = account.login;
        u.displayName = account.name;
        u.role = account.role;
        u.agencyId = account.agency >= 0 ? ctx.agencies.at(account.agency).id : 0;
        u.partnerId = account.partner.isEmpty() ? 0 : ctx.partners.value(account.partner).id;
        u.email = u.login + s("@habitat-garonne.example");
        u.createdAt = QDateTime(QDate(2015, 6, 1), QTime(9, 0), Qt::UTC);
        u.passwordHash = hash;
        u.passwordChangedAt = u.createdAt;
        PASSERELLE_CHECK(repo.save(ctx.scope, u));
        if (u.role == u"cesf")
            ctx.cesf << u;
        else if (u.role == u"responsable_pole_social")
            ctx.head = u;
        else if (u.role == u"charge_mission")
            ctx.officer = u;
    }
    return {};
}

Status seedActions(Context &ctx)
{
    ActionRepository repo(ctx.db);
    auto funding = [](const char *source, const char *funder, Cents granted, QDate grantedOn,
                      QDate receivedOn) {
        FundingLine f;
        f.source = s(source);
        f.funder = s(funder);
        f.amountGranted = granted;
        f.amountReceived = receivedOn.isValid() ? granted : 0;
        f.grantedDate = grantedOn;
        f.receivedDate = receivedOn;
        return f;
    };
    auto expense = [](QDate date, const char *category, const char *label, Cents amount,
                      Id partner) {
        Expense e;
        e.date = date;
        e.category = s(category);
        e.label = s(label);
        e.amount = amount;
        e.partnerId = partner;
        return e;
    };
    const Id ucrm = ctx.partners.value(s("UCRM")).id;
    const Id hh = ctx.partners.value(s("HH")).id;
    const Id educair = ctx.partners.value(s("EDUCAIR")).id;
    const Id clemence = ctx.partners.value(s("CLEMENCE")).id;
    const Id amandier = ctx.partners.value(s("AMANDIER")).id;
    const Id missionLocale = ctx.partners.value(s("MISSION-LOCALE")).id;

    Action laava;
    laava.code = s("LAAVA");
    laava.name = s("LAAVA « Logement Accompagné Adapté Vers l'Autonomie »");
    laava.description = s("Accès direct au logement de personnes sortant de la rue ou de "
                          "détention, avec un accompagnement social renforcé par l'UCRM.");
    laava.callForProjects = s("10 000 logements Hlm accompagnés");
    laava.callYear = 2015;
    laava.category = s("acces");
    laava.publics = codes("sans_domicile|sortant_detention");
    laava.leadPartnerId = ucrm;
    laava.territory = s("Toulouse Métropole");
    laava.startDate = QDate(2015, 9, 1);
    laava.endDate = QDate(2017, 12, 31);
    laava.targetNewEntrants = 10;
    laava.budget = 4950000;
    laava.fundingLines = {
        funding("fnavdl_hlm_accompagnes", "FNAVDL – USH", 3000000, QDate(2015, 12, 10),
                QDate(2016, 3, 15)),
        funding("fonds_propres", "Habitat Garonne Solidaire", 1950000, QDate(2015, 9, 1),
                QDate(2015, 9, 1))};
    laava.expenses = {
        expense(QDate(2015, 12, 15), "ingenierie", "Ingénierie du projet et comité de pilotage",
                450000, 0),
        expense(QDate(2016, 6, 30), "accompagnement", "Accompagnement UCRM, premier semestre 2016",
                1500000, ucrm),
        expense(QDate(2016, 12, 31), "accompagnement", "Accompagnement UCRM, second semestre 2016",
                1500000, ucrm),
        expense(QDate(2017, 12, 15), "accompagnement", "Accompagnement UCRM, année 2017", 1500000,
                ucrm)};

    Action partnership;
    partnership.code = s("HH-SORTIE-RS");
    partnership.name = s("Partenariat Habitat et Humanisme — sortie de résidence sociale");
    partnership.description = s("Accès au logement de jeunes et de femmes sortant des "
                                "résidences sociales temporaires d'Habitat et Humanisme, en bail "
                                "direct ou en sous-location avec bail glissant.");
    partnership.callForProjects = s("10 000 logements Hlm accompagnés");
    partnership.callYear = 2022;
    partnership.category = s("acces");
    partnership.publics = codes("jeune|victime_violences|sortant_hebergement");
    partnership.leadPartnerId = hh;
    partnership.territory = s("Toulouse Métropole et Muretain");
    partnership.startDate = QDate(2022, 1, 1);
    partnership.targetNewEntrants = 4;
    partnership.budget = 2680000;
    partnership.fundingLines = {
        funding("fnavdl_hlm_accompagnes", "FNAVDL – USH", 1200000, QDate(2022, 3, 1),
                QDate(2022, 4, 20)),
        funding("etat", "DDETS de la Haute-Garonne", 1480000, QDate(2023, 4, 3),
                QDate(2023, 5, 10))};
    partnership.expenses = {
        expense(QDate(2022, 12, 20), "accompagnement", "Accompagnement Habitat et Humanisme 2022",
                800000, hh),
        expense(QDate(2023, 12, 20), "accompagnement", "Accompagnement Habitat et Humanisme 2023",
                900000, hh),
        expense(QDate(2024, 12, 20), "accompagnement", "Accompagnement Habitat et Humanisme 2024",
                700000, hh),
        expense(QDate(2023, 3, 1), "equipement", "Équipement de logements (mobilier de base)",
                120000, 0)};

    Action network;
    network.code = s("RESEAU-MAINTIEN");
    network.name = s("Réseau de partenaires pour le maintien des locataires en place");
    network.description = s("Accompagnement de locataires en place fragilisés (impayés, "
                            "troubles psychiques, addictions, isolement) par un réseau de "
                            "partenaires spécialisés mobilisés par les CESF des agences.");
    network.callForProjects = s("10 000 logements Hlm accompagnés");
    network.callYear = 2023;
    network.category = s("maintien");
    network.publics = codes("menace_expulsion|troubles_psychiques|addiction|senior_isole|"
                            "difficultes_economiques");
    network.territory = s("Les trois agences");
    network.startDate = QDate(2023, 1, 1);
    network.targetExistingTenants = 15;
    network.budget = 3400000;
    network.fundingLines = {
        funding("etat", "DDETS de la Haute-Garonne", 2400000, QDate(2023, 4, 3),
                QDate(2023, 5, 10)),
        funding("fonds_propres", "Habitat Garonne Solidaire", 1000000, QDate(2023, 1, 1),
                QDate(2023, 1, 1))};
    network.expenses = {
        expense(QDate(2023, 12, 15), "accompagnement", "Médiation Educ'Air 2023", 600000, educair),
        expense(QDate(2023, 12, 15), "accompagnement", "Coordination santé Clémence Isaure 2023",
                650000, clemence),
        expense(QDate(2024, 12, 15), "accompagnement", "Médiation Educ'Air 2024", 650000, educair),
        expense(QDate(2024, 12, 15), "accompagnement", "Coordination santé Clémence Isaure 2024",
                700000, clemence),
        expense(QDate(2025, 6, 30), "formation", "Formation des CESF au repérage des troubles "
                                                 "psychiques", 180000, clemence)};

    // The 2018 call: State aid of 37 000 € for three actions, to support 10 new households
    // and 15 existing tenants (DOMAIN.md, « Real figures »).
    Action firstHome;
    firstHome.code = s("PREMIER-LOGEMENT");
    firstHome.name = s("Premier logement des jeunes");
    firstHome.description = s("Accès à un premier logement autonome de jeunes de moins de 30 ans "
                              "sortant de l'Aide sociale à l'enfance ou hébergés chez des tiers, "
                              "accompagnés par la Mission locale.");
    firstHome.callForProjects = s("10 000 logements Hlm accompagnés");
    firstHome.callYear = 2018;
    firstHome.category = s("acces");
    firstHome.publics = codes("jeune|jeune_ase|heberge_tiers");
    firstHome.leadPartnerId = missionLocale;
    firstHome.territory = s("Toulouse Métropole et Muretain");
    firstHome.startDate = QDate(2018, 1, 1);
    firstHome.endDate = QDate(2019, 12, 31);
    firstHome.targetNewEntrants = 5;
    firstHome.budget = 1300000;
    firstHome.fundingLines = {
        funding("etat", "DDCS de la Haute-Garonne", 1000000, QDate(2018, 3, 20),
                QDate(2018, 6, 12)),
        funding("fonds_propres", "Habitat Garonne Solidaire", 300000, QDate(2018, 1, 1),
                QDate(2018, 1, 1))};
    firstHome.expenses = {
        expense(QDate(2018, 5, 15), "equipement", "Équipement de premiers logements", 200000, 0),
        expense(QDate(2018, 12, 14), "accompagnement", "Accompagnement Mission locale 2018",
                650000, missionLocale),
        expense(QDate(2019, 10, 31), "accompagnement", "Accompagnement Mission locale 2019",
                450000, missionLocale)};

    Action afterViolence;
    afterViolence.code = s("APRES-VIOLENCES");
    afterViolence.name = s("Un logement après les violences");
    afterViolence.description = s("Accès au logement de femmes victimes de violences conjugales "
                                  "ou intrafamiliales sortant d'hébergement, et de leurs enfants, "
                                  "accompagnées par L'Amandier.");
    afterViolence.callForProjects = s("10 000 logements Hlm accompagnés");
    afterViolence.callYear = 2018;
    afterViolence.category = s("acces");
    afterViolence.publics = codes("victime_violences|sortant_hebergement");
    afterViolence.leadPartnerId = amandier;
    afterViolence.territory = s("Les trois agences");
    afterViolence.startDate = QDate(2018, 1, 1);
    afterViolence.endDate = QDate(2019, 12, 31);
    afterViolence.targetNewEntrants = 5;
    afterViolence.budget = 1600000;
    afterViolence.fundingLines = {
        funding("etat", "DDCS de la Haute-Garonne", 1200000, QDate(2018, 3, 20),
                QDate(2018, 6, 12)),
        funding("fonds_propres", "Habitat Garonne Solidaire", 400000, QDate(2018, 1, 1),
                QDate(2018, 1, 1))};
    afterViolence.expenses = {
        expense(QDate(2018, 4, 20), "equipement", "Mobilier et sécurisation des logements",
                150000, 0),
        expense(QDate(2018, 12, 14), "accompagnement", "Accompagnement L'Amandier 2018", 800000,
                amandier),
        expense(QDate(2019, 10, 31), "accompagnement", "Accompagnement L'Amandier 2019", 650000,
                amandier)};

    Action prevention;
    prevention.code = s("PREVENTION-EXPULSIONS");
    prevention.name = s("Prévenir les expulsions des locataires en place");
    prevention.description = s("Accompagnement de locataires en place en impayés ou fragilisés "
                               "(troubles psychiques, addictions, isolement) pour éviter la "
                               "résiliation du bail ; première action de maintien, que le réseau "
                               "de partenaires de 2023 a prolongée.");
    prevention.callForProjects = s("10 000 logements Hlm accompagnés");
    prevention.callYear = 2018;
    prevention.category = s("maintien");
    prevention.publics = codes("menace_expulsion|difficultes_economiques|troubles_psychiques|"
                               "addiction|senior_isole");
    prevention.leadPartnerId = educair;
    prevention.territory = s("Les trois agences");
    prevention.startDate = QDate(2018, 1, 1);
    prevention.endDate = QDate(2019, 12, 31);
    prevention.targetExistingTenants = 15;
    prevention.budget = 2100000;
    prevention.fundingLines = {
        funding("etat", "DDCS de la Haute-Garonne", 1500000, QDate(2018, 3, 20),
                QDate(2018, 6, 12)),
        funding("fonds_propres", "Habitat Garonne Solidaire", 600000, QDate(2018, 1, 1),
                QDate(2018, 1, 1))};
    prevention.expenses = {
        expense(QDate(2018, 12, 14), "accompagnement", "Médiation Educ'Air 2018", 700000, educair),
        expense(QDate(2018, 12, 14), "accompagnement", "Coordination santé Clémence Isaure 2018",
                600000, clemence),
        expense(QDate(2019, 11, 29), "accompagnement", "Médiation Educ'Air 2019", 450000, educair),
        expense(QDate(2019, 11, 29), "accompagnement", "Coordination santé Clémence Isaure 2019",
                350000, clemence)};

    for (Action *a : {&laava, &firstHome, &afterViolence, &prevention, &partnership, &network}) {
        PASSERELLE_CHECK(repo.save(ctx.scope, *a));
        ctx.actions << *a;
    }
    return {};
}

// --- one household's path ----------------------------------------------------------------

QList<HouseholdSeed> householdSeeds(const QDate &t)
{
    auto ago = [&t](int days) { return t.addDays(-days); };
    using M = MemberSeed;
    // reference, action, agency, last name, members, composition, publics, resources €,
    // main source, sources, prior situation, referring partner, supporting partner,
    // start, end, outcome, address, commune, postal code, typology, rent €, QPV, lease start,
    // contract months, contact rhythm (days), days since last contact[, why the lease ended].
    return {
        // LAAVA (2015 call, with UCRM): ten households housed from November 2015 to December
        // 2016, supported about a year each; all but one still housed two years after entry.
        {"LAAVA-2015-01", Laava, 0, "BERTRAND", {M{"Hugo", "titulaire", QDate(1978, 3, 14)}},
         "personne_seule", "sans_domicile", 545, "rsa", "rsa", "rue", "UCRM", "UCRM",
         QDate(2015, 11, 2), QDate(2016, 10, 28), "autonomie", "14 rue des Chalets", "Toulouse",
         "31200", "t1bis", 298, true, {}, 12, 8, 0},
        {"LAAVA-2015-02", Laava, 1, "NAVARRO", {M{"Sylvie", "titulaire", QDate(1969, 7, 2)}},
         "personne_seule", "sortant_detention", 0, "aucune", "", "detention", "SPIP", "UCRM",
         QDate(2015, 12, 14), QDate(2016, 11, 30), "autonomie", "3 allée des Tilleuls",
         "Ramonville-Saint-Agne", "31520", "t2", 352, false, {}, 12, 9, 0},
        // The one household that did not stay: sub-let by UCRM (the action's single bail
        // glissant), the sub-lease ended after unpaid rent before any glissement.
        {"LAAVA-2016-03", Laava, 0, "KONATÉ", {M{"Moussa", "titulaire", QDate(1985, 11, 21)}},
         "personne_seule", "sans_domicile|addiction", 560, "rsa", "rsa", "hebergement_urgence",
         "UCRM", "UCRM", QDate(2016, 2, 1), QDate(2017, 3, 31), "expulsion",
         "27 rue Henri-Dunant", "Toulouse", "31200", "t1", 276, true, {}, 12, 8, 0,
         "Résiliation de la sous-location après impayés"},
        {"LAAVA-2016-04", Laava, 2, "LEFEBVRE",
         {M{"Marine", "titulaire", QDate(1990, 5, 9)}, M{"Noah", "enfant", QDate(2012, 9, 30)}},
         "famille_monoparentale", "sans_domicile", 890, "rsa", "rsa|prestations_familiales",
         "chrs", "UCRM", "UCRM", QDate(2016, 4, 11), QDate(2017, 5, 12),
         "relogement_parc_social", "6 impasse des Vignes", "Muret", "31600", "t2", 368, false, {},
         12, 9, 0},
        {"LAAVA-2016-05", Laava, 1, "ROCHE", {M{"Damien", "titulaire", QDate(1975, 1, 27)}},
         "personne_seule", "sortant_detention", 0, "aucune", "", "detention", "SPIP", "UCRM",
         QDate(2016, 6, 6), QDate(2017, 5, 31), "autonomie", "41 avenue de Rangueil",
         "Toulouse", "31400", "t1bis", 305, true, {}, 12, 8, 0},
        {"LAAVA-2016-06", Laava, 1, "CAMARA",
         {M{"Aminata", "titulaire", QDate(1987, 2, 8)}, M{"Mariam", "enfant", QDate(2009, 6, 17)},
          M{"Ibrahima", "enfant", QDate(2013, 12, 2)}},
         "famille_monoparentale", "sans_domicile", 930, "rsa", "rsa|prestations_familiales",
         "hebergement_urgence", "UCRM", "UCRM", QDate(2016, 7, 4), QDate(2017, 6, 16),
         "autonomie", "23 rue de Gironis", "Toulouse", "31100", "t3", 455, true, {}, 12, 9, 0},
        {"LAAVA-2016-07", Laava, 0, "TAVARES",
         {M{"Ana", "titulaire", QDate(1981, 4, 18)}, M{"Paulo", "co_titulaire", QDate(1979, 8, 3)}},
         "couple_sans_enfant", "sans_domicile", 1120, "are", "are|rsa", "rue", "UCRM", "UCRM",
         QDate(2016, 9, 12), QDate(2017, 8, 31), "autonomie", "9 rue Gaston-Doumergue",
         "Blagnac", "31700", "t2", 389, false, {}, 12, 10, 0},
        {"LAAVA-2016-08", Laava, 2, "GUÉRIN", {M{"Stéphane", "titulaire", QDate(1971, 10, 26)}},
         "personne_seule", "sans_domicile|troubles_psychiques", 808, "aah", "aah", "rue", "UCRM",
         "UCRM", QDate(2016, 10, 3), QDate(2017, 10, 31), "autonomie", "8 rue du Vignemale",
         "Portet-sur-Garonne", "31120", "t1bis", 291, false, {}, 12, 8, 0},
        {"LAAVA-2016-09", Laava, 0, "PEREIRA", {M{"Jonathan", "titulaire", QDate(1994, 8, 11)}},
         "personne_seule", "sans_domicile|jeune", 640, "are", "are", "heberge_tiers", "CCAS",
         "UCRM", QDate(2016, 11, 7), QDate(2017, 8, 31), "autonomie", "11 chemin de Vacquiers",
         "Aucamville", "31140", "t1", 268, false, {}, 12, 10, 0},
        {"LAAVA-2016-10", Laava, 0, "RIVIÈRE", {M{"Patrick", "titulaire", QDate(1962, 3, 5)}},
         "personne_seule", "sortant_detention", 470, "rsa", "rsa", "detention", "SPIP", "UCRM",
         QDate(2016, 12, 5), QDate(2017, 11, 30), "autonomie", "38 rue de Négreneys", "Toulouse",
         "31200", "t1bis", 301, true, {}, 12, 9, 0},

        // The 2018 call: three actions for 10 new entrants and 15 existing tenants, all
        // entered in 2018 and supported about a year.
        {"JEUNES-2018-01", FirstHome, 1, "MERCIER", {M{"Dylan", "titulaire", QDate(1998, 2, 14)}},
         "personne_seule", "jeune|jeune_ase", 480, "autre", "autre", "ase_mecs", "MISSION-LOCALE",
         "MISSION-LOCALE", QDate(2018, 2, 5), QDate(2019, 1, 31), "autonomie",
         "16 rue des Fontaines", "Toulouse", "31300", "t1", 275, false, {}, 12, 10, 0},
        {"JEUNES-2018-02", FirstHome, 0, "LEROY", {M{"Sarah", "titulaire", QDate(1997, 6, 30)}},
         "personne_seule", "jeune|heberge_tiers", 1050, "salaire", "salaire", "heberge_tiers",
         "MISSION-LOCALE", "MISSION-LOCALE", QDate(2018, 3, 12), QDate(2019, 2, 28), "autonomie",
         "3 allée des Cèdres", "Blagnac", "31700", "t1bis", 305, false, {}, 12, 12, 0},
        {"JEUNES-2018-03", FirstHome, 2, "DIAS", {M{"Mathis", "titulaire", QDate(1999, 9, 9)}},
         "personne_seule", "jeune|jeune_ase", 497, "autre", "autre", "hebergement_urgence",
         "MISSION-LOCALE", "MISSION-LOCALE", QDate(2018, 4, 16), QDate(2019, 6, 28),
         "relais_dispositif", "9 rue Marcel-Pagnol", "Muret", "31600", "t1", 262, true, {}, 12,
         10, 0},
        {"JEUNES-2018-04", FirstHome, 1, "BOYER", {M{"Jade", "titulaire", QDate(2000, 1, 22)}},
         "personne_seule", "jeune", 720, "are", "are", "residence_sociale", "HH", "MISSION-LOCALE",
         QDate(2018, 6, 4), QDate(2019, 5, 31), "autonomie", "14 avenue de Toulouse",
         "Castanet-Tolosan", "31320", "t1bis", 318, false, {}, 12, 12, 0},
        {"JEUNES-2018-05", FirstHome, 0, "TRAORÉ", {M{"Ousmane", "titulaire", QDate(1996, 11, 3)}},
         "personne_seule", "jeune|refugie", 900, "salaire", "salaire", "hebergement_urgence",
         "CCAS", "MISSION-LOCALE", QDate(2018, 9, 3), QDate(2019, 7, 31), "depart_volontaire",
         "45 avenue de Fronton", "Toulouse", "31200", "t1", 270, true, {}, 12, 10, 0,
         "Départ pour un emploi en Gironde"},

        {"FEMMES-2018-01", AfterViolence, 0, "ROBIN",
         {M{"Nadège", "titulaire", QDate(1984, 5, 12)}, M{"Enzo", "enfant", QDate(2010, 3, 8)},
          M{"Lilou", "enfant", QDate(2014, 7, 19)}},
         "famille_monoparentale", "victime_violences|sortant_hebergement", 1290, "salaire",
         "salaire|prestations_familiales", "chrs", "AMANDIER", "AMANDIER", QDate(2018, 2, 19),
         QDate(2019, 2, 28), "autonomie", "12 rue Léon-Jouhaux", "Toulouse", "31200", "t3", 470,
         false, {}, 12, 10, 0},
        {"FEMMES-2018-02", AfterViolence, 1, "KHELIFI",
         {M{"Yasmina", "titulaire", QDate(1990, 10, 2)}, M{"Rayan", "enfant", QDate(2016, 4, 4)}},
         "famille_monoparentale", "victime_violences", 980, "rsa", "rsa|prestations_familiales",
         "hebergement_urgence", "CCAS", "AMANDIER", QDate(2018, 4, 9), QDate(2019, 4, 30),
         "autonomie", "8 rue Saint-Roch", "Toulouse", "31400", "t2", 395, true, {}, 12, 10, 0},
        {"FEMMES-2018-03", AfterViolence, 2, "MOULIN",
         {M{"Catherine", "titulaire", QDate(1972, 12, 15)}}, "personne_seule", "victime_violences",
         1150, "salaire", "salaire", "heberge_tiers", "AMANDIER", "AMANDIER", QDate(2018, 5, 22),
         QDate(2019, 3, 29), "autonomie", "5 chemin de la Saudrune", "Seysses", "31600", "t2", 360,
         false, {}, 12, 12, 0},
        {"FEMMES-2018-04", AfterViolence, 1, "LOPES",
         {M{"Vanessa", "titulaire", QDate(1988, 8, 27)}, M{"Tiago", "enfant", QDate(2012, 1, 10)},
          M{"Luna", "enfant", QDate(2015, 11, 23)}, M{"Nina", "enfant", QDate(2017, 9, 5)}},
         "famille_monoparentale", "victime_violences|sortant_hebergement", 1480,
         "prestations_familiales", "prestations_familiales|rsa", "chrs", "AMANDIER", "AMANDIER",
         QDate(2018, 7, 2), QDate(2019, 9, 30), "autonomie", "2 rue des Pyrénées",
         "Ramonville-Saint-Agne", "31520", "t4", 520, true, {}, 12, 10, 0},
        {"FEMMES-2018-05", AfterViolence, 0, "CHEVALIER",
         {M{"Aurore", "titulaire", QDate(1995, 3, 17)}}, "personne_seule", "victime_violences|jeune",
         890, "salaire", "salaire", "residence_sociale", "HH", "AMANDIER", QDate(2018, 10, 15),
         QDate(2019, 10, 31), "autonomie", "21 rue des Écoles", "Aucamville", "31140", "t1bis",
         310, false, {}, 12, 12, 0},

        {"MAINTIEN-2018-01", Prevention, 0, "BONNET", {M{"Jacques", "titulaire", QDate(1950, 6, 11)}},
         "personne_seule", "senior_isole|menace_expulsion", 980, "retraite", "retraite",
         "parc_social", "CCAS", "CCAS", QDate(2018, 1, 22), QDate(2019, 1, 31), "autonomie",
         "18 rue du Général-Bourbaki", "Toulouse", "31200", "t2", 335, true, QDate(1991, 3, 1), 12,
         14, 0},
        {"MAINTIEN-2018-02", Prevention, 1, "MOREL",
         {M{"Sandrine", "titulaire", QDate(1976, 2, 3)}, M{"Maxime", "enfant", QDate(2005, 6, 15)}},
         "famille_monoparentale", "menace_expulsion", 1380, "salaire",
         "salaire|prestations_familiales", "parc_social", "EDUCAIR", "EDUCAIR", QDate(2018, 2, 12),
         QDate(2019, 3, 29), "autonomie", "4 allée Henri-Sellier", "Toulouse", "31100", "t3", 470,
         true, QDate(2009, 10, 1), 12, 12, 0},
        {"MAINTIEN-2018-03", Prevention, 2, "GAILLARD", {M{"Pascal", "titulaire", QDate(1968, 9, 25)}},
         "personne_seule", "troubles_psychiques", 819, "aah", "aah", "parc_social", "CLEMENCE",
         "CLEMENCE", QDate(2018, 3, 5), QDate(2019, 4, 30), "relais_dispositif",
         "6 avenue d'Europe", "Muret", "31600", "t2", 350, false, QDate(2012, 5, 1), 12, 14, 0},
        {"MAINTIEN-2018-04", Prevention, 0, "HENRY", {M{"Monique", "titulaire", QDate(1941, 4, 30)}},
         "personne_seule", "senior_isole|handicap", 1120, "retraite", "retraite", "parc_social",
         "CCAS", "CCAS", QDate(2018, 3, 19), QDate(2019, 5, 31), "orientation_hebergement",
         "15 rue Pasteur", "Blagnac", "31700", "t2", 340, false, QDate(1992, 9, 1), 12, 14, 0,
         "Entrée en résidence autonomie"},
        {"MAINTIEN-2018-05", Prevention, 1, "BRUN",
         {M{"David", "titulaire", QDate(1982, 12, 8)}, M{"Céline", "co_titulaire", QDate(1984, 3, 21)},
          M{"Théo", "enfant", QDate(2008, 2, 2)}, M{"Zoé", "enfant", QDate(2011, 10, 10)}},
         "couple_avec_enfants", "menace_expulsion|difficultes_economiques", 1950, "salaire",
         "salaire|prestations_familiales", "parc_social", "EDUCAIR", "EDUCAIR", QDate(2018, 4, 3),
         QDate(2019, 4, 30), "autonomie", "33 chemin de Pouvourville", "Toulouse", "31400", "t4",
         560, false, QDate(2010, 6, 1), 12, 12, 0},
        {"MAINTIEN-2018-06", Prevention, 0, "SCHMITT", {M{"Alain", "titulaire", QDate(1964, 7, 7)}},
         "personne_seule", "addiction", 545, "rsa", "rsa", "parc_social", "CLEMENCE", "CLEMENCE",
         QDate(2018, 4, 23), QDate(2019, 2, 28), "abandon", "9 rue des Izards", "Toulouse",
         "31200", "t1bis", 300, true, QDate(2014, 2, 1), 12, 12, 0},
        {"MAINTIEN-2018-07", Prevention, 2, "DUPUY", {M{"Martine", "titulaire", QDate(1958, 11, 19)}},
         "personne_seule", "difficultes_economiques", 890, "are", "are", "parc_social", "CCAS",
         "CCAS", QDate(2018, 5, 14), QDate(2019, 5, 31), "autonomie", "4 rue du Maréchal-Foch",
         "Portet-sur-Garonne", "31120", "t2", 345, false, QDate(2001, 1, 1), 12, 14, 0},
        {"MAINTIEN-2018-08", Prevention, 1, "ZIANI",
         {M{"Mohamed", "titulaire", QDate(1970, 1, 15)}, M{"Fatima", "co_titulaire", QDate(1974, 5, 5)},
          M{"Yasmine", "enfant", QDate(2002, 3, 14)}, M{"Ilyes", "enfant", QDate(2006, 8, 8)}},
         "couple_avec_enfants", "menace_expulsion", 1720, "salaire",
         "salaire|prestations_familiales", "parc_social", "EDUCAIR", "EDUCAIR", QDate(2018, 6, 11),
         QDate(2019, 7, 31), "autonomie", "12 place de la Reynerie", "Toulouse", "31100", "t4",
         585, true, QDate(2003, 4, 1), 12, 12, 0},
        {"MAINTIEN-2018-09", Prevention, 0, "FOURNIER",
         {M{"Anthony", "titulaire", QDate(1987, 3, 3)}}, "personne_seule", "troubles_psychiques",
         819, "aah", "aah", "parc_social", "CLEMENCE", "CLEMENCE", QDate(2018, 6, 25),
         QDate(2019, 6, 28), "autonomie", "22 rue Edmond-Rostand", "Toulouse", "31200", "t1bis",
         305, false, QDate(2015, 9, 1), 12, 14, 0},
        {"MAINTIEN-2018-10", Prevention, 2, "LEGRAND", {M{"Yvette", "titulaire", QDate(1939, 12, 24)}},
         "personne_seule", "senior_isole", 860, "retraite", "retraite", "parc_social", "CCAS",
         "CCAS", QDate(2018, 7, 9), QDate(2019, 7, 31), "autonomie", "3 rue de la République",
         "Roques", "31120", "t1bis", 290, false, QDate(1990, 5, 1), 12, 14, 0},
        {"MAINTIEN-2018-11", Prevention, 1, "PERRIN",
         {M{"Sébastien", "titulaire", QDate(1979, 10, 30)},
          M{"Aurélie", "co_titulaire", QDate(1981, 1, 12)}, M{"Noé", "enfant", QDate(2013, 5, 20)}},
         "couple_avec_enfants", "difficultes_economiques", 2100, "salaire",
         "salaire|prestations_familiales", "parc_social", "AMANDIER", "AMANDIER",
         QDate(2018, 8, 27), QDate(2019, 8, 30), "autonomie", "7 rue du Lauragais",
         "Castanet-Tolosan", "31320", "t3", 480, false, QDate(2016, 3, 1), 12, 14, 0},
        {"MAINTIEN-2018-12", Prevention, 2, "MAILLARD", {M{"Gilles", "titulaire", QDate(1962, 5, 5)}},
         "personne_seule", "addiction|menace_expulsion", 545, "rsa", "rsa", "parc_social",
         "CLEMENCE", "CLEMENCE", QDate(2018, 9, 10), QDate(2019, 9, 30), "relais_dispositif",
         "17 rue Saint-Germier", "Muret", "31600", "t2", 340, true, QDate(2008, 11, 1), 12, 12, 0},
        {"MAINTIEN-2018-13", Prevention, 0, "COLIN",
         {M{"Valérie", "titulaire", QDate(1969, 8, 18)}, M{"Mathéo", "enfant", QDate(2004, 12, 12)}},
         "famille_monoparentale", "menace_expulsion|troubles_psychiques", 1130, "aah",
         "aah|prestations_familiales", "parc_social", "CLEMENCE", "CLEMENCE", QDate(2018, 10, 1),
         QDate(2019, 10, 31), "autonomie", "5 rue du Canal", "Toulouse", "31200", "t3", 450, true,
         QDate(2007, 7, 1), 12, 12, 0},
        {"MAINTIEN-2018-14", Prevention, 1, "MARCHETTI",
         {M{"Antoine", "titulaire", QDate(1955, 2, 28)}}, "personne_seule",
         "senior_isole|difficultes_economiques", 740, "retraite", "retraite", "parc_social", "CCAS",
         "CCAS", QDate(2018, 11, 5), QDate(2019, 11, 29), "depart_volontaire", "11 rue de l'Aude",
         "Toulouse", "31400", "t2", 330, false, QDate(1999, 2, 1), 12, 14, 0,
         "Départ près de sa fille, hors du département"},
        {"MAINTIEN-2018-15", Prevention, 2, "HOARAU",
         {M{"Jessica", "titulaire", QDate(1992, 7, 14)}, M{"Kylian", "enfant", QDate(2014, 3, 30)}},
         "famille_monoparentale", "difficultes_economiques|menace_expulsion", 1010, "rsa",
         "rsa|prestations_familiales", "parc_social", "EDUCAIR", "EDUCAIR", QDate(2018, 11, 26),
         QDate(2019, 11, 29), "autonomie", "2 rue des Lilas", "Seysses", "31600", "t3", 455, false,
         QDate(2017, 1, 1), 12, 12, 0},
        {"HH-2022-01", HabitatHumanisme, 1, "DIALLO", {M{"Aïssatou", "titulaire", QDate(2001, 6, 5)}},
         "personne_seule", "jeune|sortant_hebergement", 980, "salaire", "salaire",
         "residence_sociale", "HH", "HH", QDate(2022, 5, 2), QDate(2023, 6, 30), "autonomie",
         "12 rue Paul-Bert", "Castanet-Tolosan", "31320", "t1bis", 331, false, {}, 12, 12, 0},
        {"HH-2023-02", HabitatHumanisme, 0, "MOREAU",
         {M{"Laura", "titulaire", QDate(1992, 2, 11)}, M{"Inès", "enfant", QDate(2015, 10, 1)},
          M{"Sacha", "enfant", QDate(2018, 12, 24)}},
         "famille_monoparentale", "victime_violences|sortant_hebergement", 1430, "salaire",
         "salaire|prestations_familiales", "chrs", "HH", "HH", QDate(2023, 3, 1),
         QDate(2024, 12, 31), "glissement", "5 rue des Roses", "Aucamville", "31140", "t3", 512,
         true, {}, 12, 10, 0},
        {"HH-2025-03", HabitatHumanisme, 2, "GIRAUD", {M{"Léa", "titulaire", QDate(2005, 1, 16)}},
         "personne_seule", "jeune|jeune_ase", 690, "salaire", "salaire", "ase_mecs",
         "MISSION-LOCALE", "HH", ago(420), {}, "", "18 rue de la Paix", "Portet-sur-Garonne",
         "31120", "t1", 287, false, {}, 12, 12, 9},
        {"HH-2026-04", HabitatHumanisme, 1, "HAMIDI",
         {M{"Samira", "titulaire", QDate(1988, 9, 3)}, M{"Yanis", "enfant", QDate(2019, 3, 12)}},
         "famille_monoparentale", "victime_violences", 1080, "rsa", "rsa|prestations_familiales",
         "chrs", "AMANDIER", "HH", ago(160), {}, "", "33 rue de Périole", "Toulouse", "31500",
         "t2", 402, true, {}, 6, 7, 4},

        {"RES-2023-01", Network, 0, "PETIT", {M{"Gérard", "titulaire", QDate(1946, 12, 2)}},
         "personne_seule", "senior_isole", 1040, "retraite", "retraite", "parc_social", "CCAS",
         "CCAS", QDate(2023, 2, 6), QDate(2024, 3, 29), "relais_dispositif",
         "2 rue des Acacias", "Toulouse", "31200", "t2", 341, true, QDate(1998, 4, 1), 12, 14, 0},
        {"RES-2023-02", Network, 1, "OUALI",
         {M{"Rachid", "titulaire", QDate(1980, 10, 14)}, M{"Nadia", "co_titulaire", QDate(1983, 2, 25)},
          M{"Sofia", "enfant", QDate(2008, 6, 1)}, M{"Adam", "enfant", QDate(2011, 4, 19)},
          M{"Lina", "enfant", QDate(2016, 1, 30)}},
         "couple_avec_enfants", "menace_expulsion|difficultes_economiques", 2150, "salaire",
         "salaire|prestations_familiales", "parc_social", "EDUCAIR", "EDUCAIR", QDate(2023, 3, 13),
         QDate(2024, 6, 28), "autonomie", "8 rue Vestrepain", "Toulouse", "31100", "t4", 598,
         true, QDate(2012, 9, 1), 12, 12, 0},
        {"RES-2023-03", Network, 2, "FAURE", {M{"Bernard", "titulaire", QDate(1966, 4, 8)}},
         "personne_seule", "troubles_psychiques", 971, "aah", "aah", "parc_social", "CLEMENCE",
         "CLEMENCE", QDate(2023, 5, 22), {}, "", "11 avenue de Saubens", "Muret", "31600", "t2",
         356, false, QDate(2009, 2, 15), 12, 14, 12},
        {"RES-2023-04", Network, 0, "NGUYEN", {M{"Thi Lan", "titulaire", QDate(1958, 7, 21)}},
         "personne_seule", "senior_isole|handicap", 1190, "retraite", "retraite|aah",
         "parc_social", "CCAS", "CCAS", QDate(2023, 9, 4), QDate(2025, 2, 28), "autonomie",
         "24 chemin de Lapujade", "Toulouse", "31200", "t2", 333, true, QDate(2004, 11, 1), 12,
         14, 0},
        {"RES-2023-05", Network, 1, "CARPENTIER", {M{"Kevin", "titulaire", QDate(1991, 3, 30)}},
         "personne_seule", "addiction", 820, "are", "are", "parc_social", "CLEMENCE", "CLEMENCE",
         QDate(2023, 10, 16), QDate(2024, 9, 30), "abandon", "7 rue Saint-Exupéry",
         "Ramonville-Saint-Agne", "31520", "t1bis", 312, false, QDate(2019, 6, 1), 12, 12, 0},
        {"RES-2024-06", Network, 0, "DUBOIS",
         {M{"Hélène", "titulaire", QDate(1979, 5, 13)}, M{"Chloé", "enfant", QDate(2010, 8, 8)},
          M{"Jules", "enfant", QDate(2014, 2, 17)}},
         "famille_monoparentale", "menace_expulsion", 1620, "salaire",
         "salaire|prestations_familiales", "parc_social", "EDUCAIR", "EDUCAIR", ago(700), {}, "",
         "19 rue de Fenouillet", "Toulouse", "31200", "t3", 487, true, QDate(2011, 3, 1), 12, 12,
         6},
        {"RES-2024-07", Network, 2, "BENSALEM", {M{"Farid", "titulaire", QDate(1972, 9, 9)}},
         "personne_seule", "troubles_psychiques", 971, "aah", "aah", "parc_social", "CLEMENCE",
         "CLEMENCE", ago(600), {}, "", "3 rue du Barry", "Roques", "31120", "t1bis", 298, false,
         QDate(2016, 10, 1), 12, 14, 45},
        {"RES-2024-08", Network, 2, "LAMBERT", {M{"Josiane", "titulaire", QDate(1944, 1, 5)}},
         "personne_seule", "senior_isole", 1060, "retraite", "retraite", "parc_social", "CCAS",
         "CCAS", QDate(2024, 1, 15), QDate(2025, 7, 31), "depart_volontaire",
         "30 avenue Jacques-Douzans", "Muret", "31600", "t2", 344, false, QDate(1995, 5, 1), 12,
         14, 0, "Départ chez un membre de la famille"},
        {"RES-2025-09", Network, 1, "ROUSSEL",
         {M{"Thomas", "titulaire", QDate(1989, 12, 1)}, M{"Emma", "co_titulaire", QDate(1991, 7, 7)},
          M{"Léo", "enfant", QDate(2020, 5, 5)}},
         "couple_avec_enfants", "difficultes_economiques", 1980, "salaire", "salaire",
         "parc_social", "EDUCAIR", "EDUCAIR", ago(500), {}, "", "15 rue de Cugnaux", "Toulouse",
         "31300", "t3", 505, false, QDate(2018, 9, 1), 12, 14, 8},
        {"RES-2025-10", Network, 0, "MEYER", {M{"Christine", "titulaire", QDate(1963, 11, 28)}},
         "personne_seule", "addiction|troubles_psychiques", 607, "rsa", "rsa", "parc_social",
         "CLEMENCE", "CLEMENCE", ago(450), {}, "", "4 place du Marché", "Blagnac", "31700", "t1",
         281, true, QDate(2013, 1, 1), 12, 12, 38},
        {"RES-2025-11", Network, 2, "AMRANI", {M{"Youssef", "titulaire", QDate(1983, 6, 22)}},
         "personne_seule", "menace_expulsion", 607, "rsa", "rsa", "parc_social", "AMANDIER",
         "AMANDIER", ago(380), {}, "", "21 rue Clément-Ader", "Seysses", "31600", "t2", 349,
         false, QDate(2017, 4, 1), 12, 12, 11},
        {"RES-2025-12", Network, 1, "COSTA",
         {M{"Maria", "titulaire", QDate(1970, 3, 3)}, M{"Rui", "autre", QDate(2001, 10, 10)}},
         "autre", "difficultes_economiques", 1310, "salaire", "salaire|are", "parc_social",
         "AMANDIER", "AMANDIER", ago(300), {}, "", "10 allée de Bellefontaine", "Toulouse",
         "31100", "t3", 462, true, QDate(2006, 7, 1), 12, 14, 5},
        {"RES-2026-13", Network, 0, "GARNIER", {M{"Paul", "titulaire", QDate(1955, 8, 15)}},
         "personne_seule", "handicap|senior_isole", 1016, "aah", "aah|retraite", "parc_social",
         "CCAS", "CCAS", ago(240), {}, "", "6 rue des Jumeaux", "Toulouse", "31200", "t2", 338,
         false, QDate(2002, 2, 1), 8, 14, 10},
        {"RES-2026-14", Network, 2, "SIMON",
         {M{"Élodie", "titulaire", QDate(1987, 4, 29)}, M{"Lucie", "enfant", QDate(2012, 11, 3)},
          M{"Nathan", "enfant", QDate(2015, 6, 14)}, M{"Manon", "enfant", QDate(2021, 2, 2)}},
         "famille_monoparentale", "menace_expulsion", 1540, "prestations_familiales",
         "prestations_familiales|salaire", "parc_social", "EDUCAIR", "EDUCAIR", ago(120), {}, "",
         "2 chemin de la Fontaine", "Muret", "31600", "t4", 541, true, QDate(2014, 8, 1), 12, 10,
         3},
        {"RES-2026-15", Network, 1, "BLANC", {M{"Lucas", "titulaire", QDate(1996, 10, 6)}},
         "personne_seule", "troubles_psychiques|jeune", 971, "aah", "aah", "parc_social",
         "CLEMENCE", "CLEMENCE", ago(60), {}, "", "52 avenue de l'URSS", "Toulouse", "31400",
         "t1bis", 309, false, QDate(2021, 1, 1), 12, 7, 2},
    };
}

bool hasChildren(const HouseholdSeed &seed)
{
    const QString composition = s(seed.composition);
    return composition == u"couple_avec_enfants" || composition == u"famille_monoparentale";
}

QList<DiagnosticDomainAssessment> assessDomains(Context &ctx, const HouseholdSeed &seed,
                                                int improvement)
{
    const QStringList publics = codes(seed.publics);
    auto emphasis = [&](const QString &domain) {
        if (domain == u"justice")
            return publics.contains(u"sortant_detention"_s) ? 1 : -1;
        if (domain == u"sante_mentale" && publics.contains(u"troubles_psychiques"_s))
            return 3;
        if (domain == u"addictions" && publics.contains(u"addiction"_s))
            return 3;
        if (domain == u"dettes_impayes" && publics.contains(u"menace_expulsion"_s))
            return 3;
        if (domain == u"isolement" && publics.contains(u"senior_isole"_s))
            return 2;
        if (domain == u"parentalite")
            return hasChildren(seed) ? 1 : -1;
        if (domain == u"capacite_habiter" && housesNewEntrants(seed.action))
            return 2;
        return 0;
    };
    QList<DiagnosticDomainAssessment> domains;
    for (const QString &domain : ReferenceLists::builtInCodes(ReferenceList::DiagnosticDomain)) {
        int level = emphasis(domain);
        if (level == -1) {
            domains.append({domain, DiagnosticLevel::NotEvaluated, QString()});
            continue;
        }
        if (level == 0)
            level = ctx.between(0, 2);
        level = std::max(0, level - improvement - (improvement > 0 ? ctx.between(0, 1) : 0));
        domains.append({domain, DiagnosticLevel(level), observation(domain, level)});
    }
    return domains;
}

/// Partners mobilised for specific needs, from the household's publics.
QList<std::pair<QString, QString>> partnersFor(const HouseholdSeed &seed)
{
    const QStringList publics = codes(seed.publics);
    QList<std::pair<QString, QString>> list;
    if (publics.contains(u"troubles_psychiques"_s))
        list.append({s("CLEMENCE"), s("sante_mentale")});
    if (publics.contains(u"addiction"_s))
        list.append({s("CLEMENCE"), s("addictions")});
    if (publics.contains(u"victime_violences"_s))
        list.append({s("AMANDIER"), s("violences_femmes")});
    if (publics.contains(u"menace_expulsion"_s))
        list.append({s("EDUCAIR"), s("mediation")});
    if (publics.contains(u"jeune"_s) || publics.contains(u"jeune_ase"_s))
        list.append({s("MISSION-LOCALE"), s("insertion")});
    while (list.size() > 2)
        list.removeLast();
    return list;
}

class HouseholdBuilder
{
public:
    HouseholdBuilder(Context &ctx, const HouseholdSeed &seed)
        : m_ctx(ctx), m_seed(seed), m_action(ctx.actions.at(seed.action)),
          m_agency(ctx.agencies.at(seed.agency)), m_cesf(ctx.cesf.at(seed.agency)),
          m_partner(ctx.partners.value(s(seed.supportingPartner)))
    {
    }

    Status build()
    {
        PASSERELLE_CHECK(household());
        PASSERELLE_CHECK(referrals());
        PASSERELLE_CHECK(diagnostics());
        PASSERELLE_CHECK(housing());
        PASSERELLE_CHECK(support());
        PASSERELLE_CHECK(meetings());
        PASSERELLE_CHECK(contract());
        PASSERELLE_CHECK(plan());
        PASSERELLE_CHECK(contacts());
        PASSERELLE_CHECK(alerts());
        return checks();
    }

    Id householdId() const { return m_household.id; }
    const Support &supportRecord() const { return m_support; }

private:
    bool isNewEntrant() const { return housesNewEntrants(m_seed.action); }
    /// The two households housed with a bail glissant (sub-let by their association).
    bool isSubLet() const
    {
        const QString reference = s(m_seed.reference);
        return reference == u"HH-2023-02" || reference == u"LAAVA-2016-03";
    }
    QDate today() const { return m_ctx.today; }
    /// Last day the household was followed (end of support, or today).
    QDate followedUntil() const { return m_seed.end.isValid() ? m_seed.end : today(); }

    Status household()
    {
        Household &h = m_household;
        h.reference = s(m_seed.reference);
        h.agencyId = m_agency.id;
        h.cesfUserId = m_cesf.id;
        h.composition = s(m_seed.composition);
        h.publics = codes(m_seed.publics);
        h.monthlyResources = Cents(m_seed.resourcesEuros) * 100;
        h.resourcesKnown = true;
        h.mainResourceSource = s(m_seed.mainSource);
        h.resourceSources = codes(m_seed.sources);
        h.priorSituation = s(m_seed.prior);
        h.consentDate = m_seed.start.addDays(isNewEntrant() ? -45 : -20);
        h.phone = QStringLiteral("06 %1 %2 %3 %4")
                      .arg(m_ctx.between(10, 99))
                      .arg(m_ctx.between(10, 99))
                      .arg(m_ctx.between(10, 99))
                      .arg(m_ctx.between(10, 99));
        h.notes = isNewEntrant() ? s("Entrée dans le logement préparée avec l'association "
                                     "référente.")
                                 : s("Locataire en place, accompagné pour sécuriser le maintien "
                                     "dans le logement.");
        for (const MemberSeed &ms : m_seed.members) {
            Member m;
            m.lastName = s(m_seed.lastName);
            m.firstName = s(ms.firstName);
            m.role = s(ms.role);
            m.civility = isFemaleName(m.firstName) ? s("madame") : s("monsieur");
            m.birthDate = ms.birthDate;
            m.signsContract = m.role == u"titulaire" || m.role == u"co_titulaire";
            h.members << m;
        }
        h.createdAt = QDateTime(m_seed.start.addDays(-60), QTime(9, 30), Qt::UTC);
        return HouseholdRepository(m_ctx.db).save(m_ctx.scope, h);
    }

    Status referrals()
    {
        ReferralRepository repo(m_ctx.db);
        const Partner referring = m_ctx.partners.value(s(m_seed.referringPartner));
        if (s(m_seed.reference) == u"HH-2025-03") {
            // First referred in the spring before, refused by the CAL (no suitable dwelling),
            // then referred again once a T1 was free.
            Referral earlier;
            earlier.householdId = m_household.id;
            earlier.actionId = m_action.id;
            earlier.date = m_seed.start.addDays(-200);
            earlier.partnerId = referring.id;
            earlier.referrerName = referentOf(m_ctx, referring.code);
            earlier.reason = s("Sortie de MECS à la majorité ; demande d'un premier logement "
                               "autonome.");
            earlier.outcome = s("refus_cal");
            earlier.outcomeDate = m_seed.start.addDays(-170);
            PASSERELLE_CHECK(repo.save(m_ctx.scope, earlier));
            CalDecision refusal;
            refusal.householdId = m_household.id;
            refusal.actionId = m_action.id;
            refusal.date = earlier.outcomeDate;
            refusal.decision = s("refus");
            refusal.notes = s("Pas de T1 adapté disponible sur le secteur demandé ; nouvelle "
                              "présentation possible.");
            PASSERELLE_CHECK(CalDecisionRepository(m_ctx.db).save(m_ctx.scope, refusal));
        }
        Referral r;
        r.householdId = m_household.id;
        r.actionId = m_action.id;
        r.date = m_seed.start.addDays(isNewEntrant() ? -75 : -35);
        r.partnerId = referring.id;
        r.referrerName = referentOf(m_ctx, referring.code);
        r.reason = isNewEntrant()
                       ? s("Projet de logement autonome travaillé avec la structure "
                           "d'hébergement ; besoin d'un accompagnement à l'installation.")
                       : s("Situation locative fragilisée repérée par l'agence ; accompagnement "
                           "proposé pour sécuriser le maintien dans le logement.");
        r.outcome = s("acceptee");
        r.outcomeDate = m_seed.start.addDays(isNewEntrant() ? -50 : -25);
        return repo.save(m_ctx.scope, r);
    }

    Status diagnostics()
    {
        DiagnosticRepository repo(m_ctx.db);
        Diagnostic entry;
        entry.householdId = m_household.id;
        entry.actionId = m_action.id;
        entry.date = m_seed.start.addDays(isNewEntrant() ? -45 : -20);
        entry.kind = s("entree");
        entry.author = referentOf(m_ctx, m_partner.code);
        entry.partnerId = m_partner.id;
        entry.recommendedIntensity = isNewEntrant() ? s("renforcee") : s("soutenue");
        entry.recommendedLeaseType = isSubLet() ? s("bail_glissant") : s("bail_direct");
        entry.recommendation = isNewEntrant()
                                   ? s("Accompagnement renforcé les trois premiers mois, puis "
                                       "visites régulières ; relais vers le droit commun à "
                                       "préparer.")
                                   : s("Accompagnement soutenu centré sur le budget et le lien "
                                       "avec les partenaires spécialisés.");
        for (const auto &[partner, need] : partnersFor(m_seed)) {
            Q_UNUSED(partner);
            if (!entry.partnersToMobilise.contains(need))
                entry.partnersToMobilise << need;
        }
        std::sort(entry.partnersToMobilise.begin(), entry.partnersToMobilise.end());
        entry.domains = assessDomains(m_ctx, m_seed, 0);
        PASSERELLE_CHECK(repo.save(m_ctx.scope, entry));

        // A later diagnostic shows the change per domain: at exit, or at mid-term.
        const int days = int(m_seed.start.daysTo(followedUntil()));
        if (days < 150)
            return {};
        Diagnostic later = entry;
        later.id = 0;
        later.kind = m_seed.end.isValid() ? s("sortie") : s("revision");
        later.date = m_seed.end.isValid() ? m_seed.end.addDays(-10) : m_seed.start.addDays(150);
        later.recommendation = m_seed.end.isValid()
                                   ? s("Fin d'accompagnement ; vérifications à +6, +12 et +24 "
                                       "mois.")
                                   : s("Poursuivre l'accompagnement ; alléger le rythme des "
                                       "visites.");
        const bool hard = s(m_seed.outcome) == u"expulsion" || s(m_seed.outcome) == u"abandon";
        later.domains = assessDomains(m_ctx, m_seed, hard ? 0 : 1);
        return repo.save(m_ctx.scope, later);
    }

    Status housing()
    {
        DwellingRepository dwellings(m_ctx.db);
        Dwelling d;
        d.reference = m_ctx.dwellingReference();
        d.address = s(m_seed.address);
        d.postalCode = s(m_seed.postalCode);
        d.commune = s(m_seed.commune);
        d.typology = s(m_seed.typology);
        d.rent = Cents(m_seed.rentEuros) * 100;
        d.charges = Cents(m_ctx.between(35, 95)) * 100;
        d.qpv = m_seed.qpv;
        d.agencyId = m_agency.id;
        PASSERELLE_CHECK(dwellings.save(m_ctx.scope, d));
        m_dwelling = d;

        if (isNewEntrant()) {
            CalDecision cal;
            cal.householdId = m_household.id;
            cal.actionId = m_action.id;
            cal.date = m_seed.start.addDays(-15);
            cal.dwellingId = d.id;
            const bool conditional = s(m_seed.reference) == u"LAAVA-2016-03";
            cal.decision = conditional ? s("attribution_sous_condition") : s("attribution");
            cal.conditions = conditional ? s("Attribution sous réserve de la signature du contrat "
                                             "d'accompagnement tripartite avec l'UCRM.")
                                         : QString();
            PASSERELLE_CHECK(CalDecisionRepository(m_ctx.db).save(m_ctx.scope, cal));
        }

        LeaseRepository leases(m_ctx.db);
        Lease lease;
        lease.householdId = m_household.id;
        lease.dwellingId = d.id;
        lease.startReason = s("entree");
        lease.startDate = isNewEntrant() ? m_seed.start : m_seed.leaseStart;
        if (m_seed.leaseEndReason) {
            lease.endDate = m_seed.end;
            lease.endReason = s(m_seed.leaseEndReason);
        }
        const QString reference = s(m_seed.reference);
        if (reference == u"HH-2023-02") {
            lease.type = s("bail_glissant");
            lease.subletterPartnerId = m_partner.id;
            lease.expectedGlissementDate = QDate(2024, 9, 1);
            lease.glissementConditions =
                s("Glissement du bail au profit de Mme MOREAU lorsque sont constatés, lors de la "
                  "révision semestrielle, le paiement régulier du loyer, le bon entretien du "
                  "logement et l'autonomie dans les démarches (art. L.442-8-3 du CCH).");
            PASSERELLE_CHECK(leases.save(m_ctx.scope, lease));
            PASSERELLE_CHECK(leaseReviews(leases, lease.id,
                                          {{QDate(2023, 9, 4), "poursuite_sous_location",
                                            "Loyer réglé chaque mois ; installation réussie ; "
                                            "poursuite de la sous-location."},
                                           {QDate(2024, 3, 4), "poursuite_sous_location",
                                            "Démarches de plus en plus autonomes ; objectif de "
                                            "glissement à six mois."},
                                           {QDate(2024, 9, 2), "glissement_propose",
                                            "Conditions réunies : glissement proposé au 1er "
                                            "octobre 2024."}}));
            PASSERELLE_TRY(direct, leases.recordGlissement(m_ctx.scope, lease.id,
                                                           QDate(2024, 10, 1)));
            Q_UNUSED(direct);
            return {};
        }
        if (reference == u"LAAVA-2016-03") {
            // LAAVA's single bail glissant: UCRM sub-lets; the glissement, first planned after a
            // year, was deferred, and the sub-lease ended (lease end set from the seed).
            lease.type = s("bail_glissant");
            lease.subletterPartnerId = m_partner.id;
            lease.expectedGlissementDate = QDate(2017, 2, 1);
            lease.glissementConditions =
                s("Glissement du bail au profit de M. KONATÉ après un an de sous-location, "
                  "lorsque sont constatés le paiement régulier du loyer et le bon usage du "
                  "logement (art. L.442-8-3 du CCH).");
            PASSERELLE_CHECK(leases.save(m_ctx.scope, lease));
            return leaseReviews(leases, lease.id,
                                {{QDate(2016, 8, 1), "poursuite_sous_location",
                                  "Installation faite ; loyer réglé avec retard ; poursuite de la "
                                  "sous-location."},
                                 {QDate(2017, 2, 1), "glissement_differe",
                                  "Dette de loyer et plaintes de voisins : glissement différé, "
                                  "plan d'apurement proposé."}});
        }
        lease.type = s("bail_direct");
        if (reference == u"LAAVA-2016-04") {
            // Relogement in a larger dwelling of the stock at the end of support.
            lease.endDate = QDate(2017, 5, 14);
            lease.endReason = s("Mutation vers un T3");
            PASSERELLE_CHECK(leases.save(m_ctx.scope, lease));
            Dwelling larger = d;
            larger.id = 0;
            larger.reference = m_ctx.dwellingReference();
            larger.address = s("12 rue Castelvielh");
            larger.typology = s("t3");
            larger.rent = 44100;
            PASSERELLE_CHECK(dwellings.save(m_ctx.scope, larger));
            Lease next;
            next.householdId = m_household.id;
            next.dwellingId = larger.id;
            next.type = s("bail_direct");
            next.startReason = s("relogement");
            next.startDate = QDate(2017, 5, 15);
            return leases.save(m_ctx.scope, next);
        }
        return leases.save(m_ctx.scope, lease);
    }

    struct ReviewSeed
    {
        QDate date;
        const char *outcome;
        const char *notes;
    };

    Status leaseReviews(LeaseRepository &leases, Id leaseId, const QList<ReviewSeed> &reviews)
    {
        for (const ReviewSeed &r : reviews) {
            LeaseReview review;
            review.leaseId = leaseId;
            review.date = r.date;
            review.outcome = s(r.outcome);
            review.notes = s(r.notes);
            PASSERELLE_CHECK(leases.saveReview(m_ctx.scope, review));
        }
        return {};
    }

    Status support()
    {
        Support &sp = m_support;
        sp.householdId = m_household.id;
        sp.actionId = m_action.id;
        sp.householdKind = isNewEntrant() ? s("nouvel_entrant") : s("locataire_en_place");
        sp.partnerId = m_partner.id;
        sp.partnerReferent = referentOf(m_ctx, m_partner.code);
        sp.startDate = m_seed.start;
        sp.endDate = m_seed.end;
        sp.outcome = s(m_seed.outcome);
        sp.intensity = isNewEntrant() ? s("renforcee") : s("soutenue");
        if (sp.endDate.isValid()) {
            static const QHash<QString, const char *> notes = {
                {s("expulsion"), "Résiliation du bail prononcée malgré le plan d'apurement ; "
                                 "orientation vers l'hébergement proposée."},
                {s("abandon"), "Le ménage ne souhaite plus être accompagné ; la CESF reste "
                               "joignable en cas de difficulté."},
                {s("depart_volontaire"), "Départ du logement à l'initiative du ménage ; état "
                                         "des lieux sans difficulté."},
                {s("orientation_hebergement"), "Entrée dans un logement adapté, préparée avec "
                                               "le ménage et sa famille."},
                {s("relais_dispositif"), "Relais vers un accompagnement de droit commun "
                                         "(ASLL ou MASP) pour poursuivre le travail engagé."},
            };
            sp.endNotes = s(notes.value(sp.outcome, "Objectifs principaux atteints ; relais vers "
                                                    "le droit commun."));
        }
        return SupportRepository(m_ctx.db).save(m_ctx.scope, sp);
    }

    MeetingParticipant participant(const char *party, const QString &name, const QString &fn)
    {
        MeetingParticipant p;
        p.party = s(party);
        p.name = name;
        p.function = fn;
        return p;
    }

    Status meeting(const QDate &date, const char *purpose, bool held, const QString &minutes)
    {
        TripartiteMeeting m;
        m.householdId = m_household.id;
        m.actionId = m_action.id;
        m.date = date;
        m.time = QTime(m_ctx.between(9, 16), m_ctx.between(0, 1) * 30);
        m.place = m_agency.name;
        m.purpose = s(purpose);
        m.outcome = held ? s("favorable") : QString();
        m.minutes = held ? minutes : QString();
        m.participants << participant("bailleur", m_cesf.displayName, s("CESF"));
        if (s(purpose) == u"entree")
            m.participants << participant("bailleur", m_ctx.head.displayName,
                                          s("Responsable du pôle social"));
        m.participants << participant("association", referentOf(m_ctx, m_partner.code),
                                      m_partner.name);
        const Member *main = m_household.mainMember();
        m.participants << participant("menage", main ? main->fullName() : QString(),
                                      s("Titulaire"));
        return MeetingRepository(m_ctx.db).save(m_ctx.scope, m);
    }

    Status meetings()
    {
        PASSERELLE_CHECK(meeting(m_seed.start.addDays(-30), "entree", true,
                                 s("Présentation du dispositif et du contrat ; le ménage "
                                   "adhère à l'accompagnement. Avis favorable.")));
        const QDate midTerm = m_seed.start.addDays(180);
        if (!m_seed.end.isValid() || midTerm < m_seed.end) {
            const bool held = midTerm < today();
            PASSERELLE_CHECK(meeting(midTerm, "mi_parcours", held,
                                     s("Bilan à mi-parcours : progrès sur le budget et les "
                                       "démarches ; objectifs ajustés.")));
        }
        if (m_seed.end.isValid())
            return meeting(m_seed.end.addDays(-7), "fin", true,
                           s("Bilan de fin d'accompagnement ; vérifications à +6, +12 et "
                             "+24 mois expliquées au ménage."));
        return {};
    }

    Status contract()
    {
        SupportContract c;
        c.householdId = m_household.id;
        c.actionId = m_action.id;
        c.place = s(m_seed.commune);
        c.durationMonths = m_seed.contractMonths;
        c.meetingFrequency = isNewEntrant() ? s("hebdomadaire") : s("bimensuelle");
        c.householdCommitments =
            s("Recevoir les intervenants à domicile aux rendez-vous fixés ; payer le loyer et "
              "les charges ; prévenir en cas de difficulté ; participer aux bilans.");
        c.associationCommitments =
            s("Accompagner le ménage dans ses démarches selon le plan ; rendre compte en "
              "commission de suivi ; alerter le bailleur en cas de difficulté.");
        c.landlordCommitments =
            s("Désigner une CESF référente ; réunir les rendez-vous tripartites ; étudier avec "
              "bienveillance toute difficulté de paiement signalée.");
        c.consentDate = m_household.consentDate;
        c.landlordSignatory = m_ctx.head.displayName;
        c.associationSignatory = referentOf(m_ctx, m_partner.code);
        ContractVersion v;
        v.number = 1;
        v.kind = s("initial");
        v.date = m_seed.start;
        v.startDate = m_seed.start;
        v.endDate = m_seed.start.addMonths(m_seed.contractMonths).addDays(-1);
        c.versions << v;
        const QDate until = followedUntil();
        while (c.versions.last().endDate < until) {
            ContractVersion next;
            next.number = int(c.versions.size()) + 1;
            next.kind = s("renouvellement");
            next.startDate = c.versions.last().endDate.addDays(1);
            next.date = next.startDate.addDays(-3);
            next.endDate = next.startDate.addMonths(6).addDays(-1);
            next.notes = s("Renouvellement décidé en rendez-vous tripartite.");
            c.versions << next;
        }
        if (m_seed.end.isValid() && c.versions.last().endDate > m_seed.end) {
            ContractVersion &last = c.versions.last();
            last.endDate = m_seed.end;
            if (last.number > 1)
                last.notes = s("Contrat clos à la fin de l'accompagnement.");
        }
        return ContractRepository(m_ctx.db).save(m_ctx.scope, c);
    }

    Status plan()
    {
        SupportPlan p;
        p.householdId = m_household.id;
        p.actionId = m_action.id;
        p.date = m_seed.start;
        p.notes = s("Plan établi avec le ménage à partir du diagnostic d'entrée.");
        const QList<DemoTemplates::Objective> templates = DemoTemplates::objectives(
            codes(m_seed.publics), housesNewEntrants(m_seed.action), hasChildren(m_seed));
        const int count = std::min<int>(int(templates.size()), m_ctx.between(3, 6));
        const qint64 span = std::max<qint64>(60, m_seed.start.daysTo(followedUntil()));
        for (int i = 0; i < count; ++i) {
            const DemoTemplates::Objective &t = templates.at(i);
            Objective o;
            o.axis = s(t.axis);
            o.title = s(t.title);
            o.actions = s(t.actions);
            o.targetDate = m_seed.start.addDays(qint64(60 + (i * span) / std::max(1, count)));
            if (m_seed.end.isValid()) {
                const int roll = m_ctx.between(0, 9);
                o.status = roll < 7 ? s("atteint") : roll < 9 ? s("partiellement_atteint")
                                                              : s("abandonne");
                if (s(m_seed.outcome) == u"expulsion" || s(m_seed.outcome) == u"abandon")
                    o.status = i == 0 ? s("atteint") : s("abandonne");
            } else if (o.targetDate < today().addDays(-60)) {
                o.status = m_ctx.between(0, 3) == 0 ? s("en_cours") : s("atteint");
            } else {
                o.status = m_ctx.between(0, 1) == 0 ? s("en_cours") : s("a_faire");
            }
            if (o.status == u"atteint")
                o.doneDate = std::min(o.targetDate.addDays(-m_ctx.between(0, 20)), today());
            p.objectives << o;
        }
        if (s(m_seed.reference) == u"HH-2023-02") {
            Objective o;
            o.axis = s("preparation_glissement");
            o.title = s("Réunir les conditions du glissement du bail");
            o.actions = s("Révisions semestrielles avec Habitat et Humanisme.");
            o.status = s("atteint");
            o.targetDate = QDate(2024, 9, 30);
            o.doneDate = QDate(2024, 9, 2);
            p.objectives << o;
        }
        if (s(m_seed.reference) == u"LAAVA-2016-03") {
            Objective o;
            o.axis = s("preparation_glissement");
            o.title = s("Réunir les conditions du glissement du bail");
            o.actions = s("Révisions semestrielles avec l'UCRM.");
            o.status = s("abandonne");
            o.targetDate = QDate(2017, 2, 1);
            p.objectives << o;
        }
        if (s(m_seed.reference) == u"RES-2025-11") {
            // Two objectives overdue, to be discussed at the next committee.
            for (Objective &o : p.objectives) {
                if (o.axis == u"budget_loyer") {
                    o.status = s("en_cours");
                    o.doneDate = QDate();
                    o.targetDate = today().addDays(-30);
                }
            }
        }
        for (const auto &[code, need] : partnersFor(m_seed)) {
            MobilisedPartner mp;
            mp.partnerId = m_ctx.partners.value(code).id;
            mp.need = need;
            mp.startDate = m_seed.start.addDays(30);
            mp.endDate = m_seed.end;
            mp.notes = s("Orientation faite par la CESF avec l'accord du ménage.");
            p.partners << mp;
        }
        return PlanRepository(m_ctx.db).save(m_ctx.scope, p);
    }

    Status contacts()
    {
        ContactRepository repo(m_ctx.db);
        const QDate last = m_seed.end.isValid() ? m_seed.end
                                                : today().addDays(-m_seed.lastContactDaysAgo);
        QDate date = m_seed.start;
        int n = 0;
        while (date <= last) {
            Contact c;
            c.householdId = m_household.id;
            c.actionId = m_action.id;
            c.date = date;
            // Systematic home visit at entry, then a mix with visits most frequent.
            const ContactTemplate &t = n == 0 ? contactTemplates().first()
                                              : m_ctx.pick(contactTemplates());
            c.type = s(t.type);
            if (t.minutes > 0)
                c.durationMinutes = t.minutes;
            c.author = m_cesf.displayName;
            c.authorUserId = m_cesf.id;
            c.notes = s(t.note);
            PASSERELLE_CHECK(repo.save(m_ctx.scope, c));
            ++n;
            // Weekly for the first three months of a new entrant, then the seed's rhythm.
            const int every = isNewEntrant() && m_seed.start.daysTo(date) < 90
                                  ? 7
                                  : m_seed.contactEveryDays;
            date = date.addDays(every + m_ctx.between(-2, 2));
            if (date > last && date.addDays(-every) < last && last != c.date)
                date = last;
        }
        return {};
    }

    Status alert(const QDate &date, const char *type, std::optional<Cents> amount,
                 const char *description, const QDate &closed, const char *resolution)
    {
        Alert a;
        a.householdId = m_household.id;
        a.date = date;
        a.type = s(type);
        a.amount = amount;
        a.description = s(description);
        a.closedDate = closed;
        a.resolution = s(resolution);
        return AlertRepository(m_ctx.db).save(m_ctx.scope, a);
    }

    Status alerts()
    {
        const QString ref = s(m_seed.reference);
        const QDate t = today();
        if (ref == u"LAAVA-2015-01")
            return alert(QDate(2016, 3, 7), "impayes_loyer", 29800, "Un mois de loyer impayé.",
                         QDate(2016, 4, 12), "Régularisé après ouverture des droits APL.");
        if (ref == u"LAAVA-2016-03") {
            PASSERELLE_CHECK(alert(QDate(2016, 9, 15), "impayes_loyer", 98000,
                                   "Trois mois de loyer impayés.", QDate(2017, 3, 31),
                                   "Résiliation du bail."));
            return alert(QDate(2016, 11, 2), "trouble_voisinage", std::nullopt,
                         "Plaintes de voisins pour du bruit en soirée.", QDate(2017, 1, 10),
                         "Médiation réalisée.");
        }
        if (ref == u"RES-2023-02")
            return alert(QDate(2023, 3, 1), "impayes_loyer", 185000,
                         "Dette locative de plusieurs mois à l'entrée dans le dispositif.",
                         QDate(2024, 1, 15), "Plan d'apurement respecté ; dette soldée.");
        if (ref == u"RES-2023-03")
            return alert(t.addDays(-40), "trouble_voisinage", std::nullopt,
                         "Signalement de voisins : bruit la nuit ; médiation à organiser.", {},
                         "");
        if (ref == u"RES-2024-06")
            return alert(t.addDays(-75), "impayes_loyer", 124050,
                         "Reprise d'impayés depuis deux mois (baisse de revenus).", {}, "");
        if (ref == u"RES-2025-12")
            return alert(t.addDays(-200), "absence_prolongee", std::nullopt,
                         "Logement inoccupé depuis plusieurs semaines.", t.addDays(-170),
                         "Séjour familial à l'étranger ; retour confirmé.");
        if (ref == u"HH-2025-03")
            return alert(t.addDays(-20), "absence_prolongee", std::nullopt,
                         "Pas de réponse aux visites depuis trois semaines.", {}, "");
        return {};
    }

    Status checks()
    {
        if (!m_support.endDate.isValid())
            return {};
        SupportRepository repo(m_ctx.db);
        PASSERELLE_CHECK(repo.planChecks(m_ctx.scope, m_support));
        PASSERELLE_TRY(planned, repo.checks(m_ctx.scope, m_support.id));
        PASSERELLE_TRY(leases, LeaseRepository(m_ctx.db).forHousehold(m_ctx.scope, m_household.id));
        for (PostSupportCheck &c : planned) {
            const QDate done = c.dueDate.addDays(m_ctx.between(2, 12));
            if (done > today())
                continue;
            c.doneDate = done;
            const bool housed = std::any_of(leases.cbegin(), leases.cend(), [&c](const Lease &l) {
                return l.isRunningOn(c.dueDate);
            });
            c.stillHoused = housed;
            c.notes = housed ? s("Ménage toujours locataire ; loyer à jour.")
                             : s("Ménage parti du logement.");
            PASSERELLE_CHECK(repo.saveCheck(m_ctx.scope, c));
        }
        return {};
    }

    Context &m_ctx;
    const HouseholdSeed &m_seed;
    const Action &m_action;
    const Agency &m_agency;
    const User &m_cesf;
    const Partner m_partner;
    Household m_household;
    Dwelling m_dwelling;
    Support m_support;
};

// --- follow-up committees ----------------------------------------------------------------

struct Followed
{
    Id householdId;
    int agency;
    QDate start;
    QDate end;
};

Status seedCommittees(Context &ctx, const QList<Followed> &followed)
{
    static const char *decisions[] = {"poursuite", "poursuite", "poursuite", "renforcement",
                                      "renouvellement_contrat", "mobilisation_partenaire"};
    CommitteeRepository repo(ctx.db);
    for (int agency = 0; agency < ctx.agencies.size(); ++agency) {
        const QString participants =
            ctx.cesf.at(agency).displayName + s(" (CESF)\n") + ctx.head.displayName
            + s(" (responsable du pôle social)\nRéférents des associations partenaires");
        for (int quarter = 8; quarter >= 0; --quarter) {
            const bool upcoming = quarter == 0;
            const QDate date = upcoming ? ctx.today.addDays(14 + 7 * agency)
                                        : ctx.today.addDays(-91 * quarter + 10 * agency - 5);
            FollowUpCommittee c;
            c.agencyId = ctx.agencies.at(agency).id;
            c.date = date;
            c.time = QTime(14, 0);
            c.place = ctx.agencies.at(agency).name + s(", salle de réunion");
            c.participants = participants;
            for (const Followed &f : followed) {
                const bool running = f.start <= date && (!f.end.isValid() || f.end >= date);
                if (f.agency != agency || !running || c.reviews.size() >= 5)
                    continue;
                if (!upcoming && ctx.between(0, 2) == 0)
                    continue;
                CommitteeReview r;
                r.householdId = f.householdId;
                r.reason = upcoming ? s("Point d'étape") : s("Suivi régulier");
                if (!upcoming) {
                    r.decision = s(decisions[ctx.between(0, 5)]);
                    r.decisionNotes = s("Décision partagée avec le référent de l'association.");
                }
                c.reviews << r;
            }
            if (c.reviews.isEmpty())
                continue;
            if (!upcoming)
                c.minutes = s("Situations examinées avec les partenaires ; décisions notées "
                              "ménage par ménage. Prochaine commission dans trois mois.");
            PASSERELLE_CHECK(repo.save(ctx.scope, c));
        }
    }
    return {};
}

} // namespace

QString isDemoKey()
{
    return QStringLiteral("demo_base");
}

Organisation organisation()
{
    Organisation o;
    o.name = s("Habitat Garonne Solidaire");
    o.address = s("8 rue du Pont-Vieux");
    o.postalCode = s("31000");
    o.city = s("Toulouse");
    o.phone = s("05 61 12 34 56");
    o.email = s("contact@habitat-garonne.example");
    o.website = s("https://www.habitat-garonne.example");
    o.signatoryName = s("Nathalie ROUX");
    o.signatoryTitle = s("Responsable du pôle social");
    o.dpoContact = s("Délégué à la protection des données, Habitat Garonne Solidaire, 8 rue du "
                     "Pont-Vieux, 31000 Toulouse — dpo@habitat-garonne.example");
    o.logo = logoSvg();
    o.logoMimeType = s("image/svg+xml");
    return o;
}

QList<std::pair<QString, QString>> settings()
{
    return {{Dashboard::silentDaysKey(), s("30")}, {isDemoKey(), s("1")}};
}

QList<Agency> agencies()
{
    struct Seed
    {
        const char *code, *name, *territory, *address, *phone;
    };
    const Seed seeds[] = {
        {"TLS-NORD", "Agence Toulouse Nord", "Toulouse (quartiers nord), Blagnac, Aucamville",
         "21 avenue des Minimes, 31200 Toulouse", "05 61 12 40 10"},
        {"TLS-SUD", "Agence Toulouse Sud", "Toulouse (quartiers sud), Ramonville, Castanet-Tolosan",
         "4 place de l'Ormeau, 31400 Toulouse", "05 61 12 40 20"},
        {"MURET", "Agence du Muretain", "Muret, Portet-sur-Garonne, Roques, Seysses",
         "15 allée Niel, 31600 Muret", "05 61 12 40 30"},
    };
    QList<Agency> list;
    for (const Seed &seed : seeds) {
        Agency a;
        a.code = s(seed.code);
        a.name = s(seed.name);
        a.territory = s(seed.territory);
        a.address = s(seed.address);
        a.phone = s(seed.phone);
        list << a;
    }
    return list;
}

QList<Partner> partners()
{
    struct Seed
    {
        const char *code, *name, *kind, *fields, *address, *phone, *email, *contact, *function;
    };
    const Seed seeds[] = {
        {"UCRM", "UCRM", "association", "acces_maintien|insertion",
         "10 rue Jean-Rieux, 31500 Toulouse", "05 61 20 00 01", "accompagnement@ucrm.example",
         "Karim HADDAD", "Référent du dispositif LAAVA"},
        {"HH", "Habitat et Humanisme", "association", "acces_maintien|insertion",
         "3 rue des Amidonniers, 31000 Toulouse", "05 61 20 00 02", "toulouse@hh.example",
         "Claire VIDAL", "Référente logement accompagné"},
        {"EDUCAIR", "Educ'Air", "association", "mediation|parentalite",
         "27 chemin du Sang-de-Serp, 31200 Toulouse", "05 61 20 00 03", "contact@educair.example",
         "Mehdi BOUZID", "Médiateur"},
        {"CLEMENCE", "Clémence Isaure", "association", "addictions|sante_mentale",
         "9 rue de la Pomme, 31000 Toulouse", "05 61 20 00 04", "accueil@clemence.example",
         "Docteur Anne MARCHAND", "Coordinatrice santé"},
        {"AMANDIER", "L'Amandier", "association", "insertion|violences_femmes",
         "52 route de Seysses, 31100 Toulouse", "05 61 20 00 05", "contact@amandier.example",
         "Isabelle FERRAND", "Conseillère en insertion"},
        {"SPIP", "SPIP de la Haute-Garonne", "service_etat", "insertion",
         "40 allées Jules-Guesde, 31000 Toulouse", "05 61 20 00 06", "spip31@justice.example",
         "Olivier RENAUD", "Conseiller pénitentiaire d'insertion et de probation"},
        {"CCAS", "CCAS de Toulouse", "organisme_social", "acces_maintien",
         "17 place de la Daurade, 31000 Toulouse", "05 61 20 00 07", "ccas@toulouse.example",
         "Sophie LAURENT", "Travailleuse sociale"},
        {"MISSION-LOCALE", "Mission locale de Toulouse", "organisme_social", "insertion",
         "22 rue Bayard, 31000 Toulouse", "05 61 20 00 08", "contact@ml.example",
         "Julien PONS", "Conseiller emploi"},
    };
    QList<Partner> list;
    for (const Seed &seed : seeds) {
        Partner p;
        p.code = s(seed.code);
        p.name = s(seed.name);
        p.kind = s(seed.kind);
        p.fields = codes(seed.fields);
        p.address = s(seed.address);
        p.phone = s(seed.phone);
        p.email = s(seed.email);
        PartnerContact c;
        c.name = s(seed.contact);
        c.function = s(seed.function);
        c.phone = p.phone;
        c.email = p.email;
        p.contacts << c;
        if (p.code == u"UCRM") {
            PartnerAgreement a;
            a.reference = s("CONV-2015-UCRM");
            a.subject = s("Convention de partenariat LAAVA : accompagnement social renforcé "
                          "des ménages orientés");
            a.startDate = QDate(2015, 9, 1);
            a.endDate = QDate(2018, 12, 31);
            a.dwellingsReserved = 10;
            a.amount = 4500000;
            p.agreements << a;
        } else if (p.code == u"HH") {
            PartnerAgreement a;
            a.reference = s("CONV-2022-HH");
            a.subject = s("Accès au logement des jeunes et des femmes sortant de résidence sociale, "
                          "sous-location avec bail glissant");
            a.startDate = QDate(2022, 1, 1);
            a.endDate = QDate(2027, 12, 31);
            a.dwellingsReserved = 4;
            a.amount = 1200000;
            p.agreements << a;
            PartnerContact second;
            second.name = s("Paul AUBERT");
            second.function = s("Responsable de la gestion locative adaptée");
            second.phone = s("05 61 20 00 12");
            p.contacts << second;
        }
        list << p;
    }
    return list;
}

QList<Account> accounts()
{
    return {{s("cfabre"), s("Claire FABRE"), s("cesf"), 0, {}},
            {s("sbenali"), s("Sonia BENALI"), s("cesf"), 1, {}},
            {s("jmarty"), s("Julie MARTY"), s("cesf"), 2, {}},
            {s("nroux"), s("Nathalie ROUX"), s("responsable_pole_social"), -1, {}},
            {s("mdelmas"), s("Marc DELMAS"), s("charge_mission"), -1, {}},
            {s("admin"), s("Pierre LACOSTE"), s("administrateur"), -1, {}},
            {s("khaddad"), s("Karim HADDAD"), s("referent_partenaire"), -1, s("UCRM")}};
}

Result<QString> passwordHash()
{
    // The demo accounts' password is simpler than the password policy allows
    // (PasswordPolicy), so the demo builders store its hash directly; a base with real data
    // gets its accounts from `passerelle user add` or Administration › Utilisateurs, which
    // apply the policy. Hashed once per process (the same salt for every demo account: they
    // share a password anyway, and building a demo stays quick).
    static const Result<QString> hash = Passwords::hash(QString::fromLatin1(Password));
    return hash;
}

/// Observations a referent would write, by domain, for a level of difficulty 1-3.
QString observation(const QString &domain, int level)
{
    static const QHash<QString, const char *> texts = {
        {s("acces_droits"), "Droits à actualiser (CAF, assurance maladie) ; démarches à "
                            "accompagner."},
        {s("ressources_budget"), "Budget serré ; aide à la gestion et à la priorisation des "
                                 "dépenses."},
        {s("dettes_impayes"), "Dettes en cours ; dossier de surendettement ou plan d'apurement à "
                              "étudier."},
        {s("sante"), "Suivi médical irrégulier ; orientation vers un médecin traitant."},
        {s("sante_mentale"), "Suivi psychiatrique à maintenir en lien avec le CMP."},
        {s("addictions"), "Consommations à accompagner ; lien avec une structure spécialisée."},
        {s("justice"), "Obligations de suivi compatibles avec le logement (rendez-vous SPIP)."},
        {s("emploi_formation"), "Sans emploi ; projet d'insertion à construire."},
        {s("isolement"), "Peu de liens sociaux ; risque de repli à domicile."},
        {s("parentalite"), "Organisation familiale à soutenir (scolarité, modes de garde)."},
        {s("capacite_habiter"), "Entretien du logement et gestion des fluides à accompagner."},
        {s("voisinage"), "Relations de voisinage tendues ; médiation envisagée."},
        {s("mobilite"), "Pas de moyen de transport ; déplacements à organiser."},
    };
    if (level <= 0)
        return level == 0 ? s("Pas de difficulté repérée.") : QString();
    const QString base = s(texts.value(domain, "Difficulté repérée."));
    return level == 1 ? s("Fragilité légère. ") + base : base;
}

const QList<ContactTemplate> &contactTemplates()
{
    static const QList<ContactTemplate> list = {
        {"visite_domicile", 60, "Visite à domicile : point sur le budget et les factures."},
        {"visite_domicile", 45, "Visite à domicile : logement bien entretenu, échanges sur "
                                "l'installation."},
        {"visite_domicile", 60, "Visite à domicile : préparation des démarches du mois."},
        {"entretien_bureau", 45, "Entretien à l'agence : suivi des objectifs du plan."},
        {"telephone", 15, "Appel : confirmation du prochain rendez-vous."},
        {"telephone", 10, "Appel : point sur le paiement du loyer."},
        {"accompagnement_physique", 120, "Accompagnement à la CAF pour actualiser le dossier."},
        {"echange_partenaire", 30, "Échange avec le référent de l'association sur la situation."},
        {"visite_sans_reponse", 20, "Visite à domicile sans réponse ; avis de passage déposé."},
        {"courrier", 0, "Courrier : rappel du rendez-vous et des pièces à apporter."},
        {"atelier_collectif", 120, "Atelier collectif « maîtriser ses consommations d'énergie »."},
    };
    return list;
}

Counts expectedCounts()
{
    Counts c;
    c.agencies = 3;
    c.partners = 8;
    c.actions = 6;
    c.households = 54;
    c.newEntrants = 24;
    c.existingTenants = 30;
    c.slidingLeases = 2;
    return c;
}

Status populate(Database &db, const QDate &today)
{
    if (!today.isValid() || today < QDate(2026, 1, 1)) {
        return Error::validation(Msg::tr("The demo is anchored on a date from 2026 on (its "
                                         "histories run until then)."));
    }
    Context ctx{db, Scope::everything(QStringLiteral("demo")), today};
    Transaction tx(db);
    PASSERELLE_CHECK(tx.status());
    PASSERELLE_CHECK(seedOrganisation(ctx));
    PASSERELLE_CHECK(seedAgencies(ctx));
    PASSERELLE_CHECK(seedPartners(ctx));
    PASSERELLE_CHECK(seedUsers(ctx));
    // The login dialog then lists the demo accounts and their password.
    PASSERELLE_CHECK(OrganisationRepository(db).setSetting(ctx.scope, isDemoKey(),
                                                           QStringLiteral("1")));
    PASSERELLE_CHECK(seedActions(ctx));
    QList<Followed> followed;
    const QList<HouseholdSeed> seeds = householdSeeds(today);
    for (const HouseholdSeed &seed : seeds) {
        ctx.rng.seed(seedOf(seed.reference));
        HouseholdBuilder builder(ctx, seed);
        PASSERELLE_CHECK(builder.build());
        followed.append({builder.householdId(), seed.agency, seed.start, seed.end});
    }
    ctx.rng.seed(20150901);
    PASSERELLE_CHECK(seedCommittees(ctx, followed));
    return tx.commit();
}

Status create(const QString &path, const QDate &today)
{
    if (Database::isServerLocation(path)) {
        // A server database must be empty: the demo never mixes with real records.
        PASSERELLE_TRY(db, Database::open(path));
        PASSERELLE_TRY(households, HouseholdRepository(*db).list(Scope::everything(QStringLiteral("demo"))));
        PASSERELLE_TRY(agencies, AgencyRepository(*db).list());
        if (!households.isEmpty() || !agencies.isEmpty()) {
            return Error::validation(Msg::tr("The database “%1” already holds data: the demo is "
                                             "only written to an empty database.")
                                         .arg(db->displayName()));
        }
        return populate(*db, today);
    }
    if (QFileInfo::exists(path)) {
        return Error::validation(Msg::tr("The file “%1” already exists: the demo is only written "
                                         "to a new file.")
                                     .arg(path));
    }
    {
        PASSERELLE_TRY(db, Database::open(path));
        const Status filled = populate(*db, today);
        if (filled)
            return {};
        db.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return filled;
    }
}

} // namespace Passerelle::Demo
