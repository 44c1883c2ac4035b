// Repositories: every field of every record survives a save and a reopening of the file,
// children keep their ids, scopes hide other agencies, the audit journal records who did what,
// concurrent edits and duplicates are refused, transactions roll back, the households list
// searches and filters, and the reference lists accept the administrator's additions.
// Every test builds what it needs in a fresh database.

#include "TestChecks.h"
#include "TestDatabase.h"
#include "storage/CommitteeRepository.h"
#include "storage/DirectoryRepositories.h"
#include "storage/HouseholdRecordRepositories.h"
#include "storage/HouseholdRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/ReferenceRepository.h"

#include <QHash>
#include <QTest>

#include <algorithm>
#include <memory>
#include <utility>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using Passerelle::Testing::TestDatabase;
using Passerelle::Testing::describe;

namespace {

/// The columns whose stored value differs from the expected one, for a readable failure.
template <typename T>
QByteArray differences(const Sql::Table<T> &table, const T &stored, const T &expected)
{
    QStringList changed = table.changes(expected, stored);
    if (changed.isEmpty())
        changed << u"id, row version or child records"_s;
    return QByteArray("stored value differs from the expected one (expected → stored): "
                      + changed.join(u"; ").toUtf8());
}

/// Text that a careless storage layer would damage: accents, quotes, markup, a newline.
QString trickyText()
{
    return u"Hélène a dit « d'accord » puis \"oui\" ; <b>loyer</b> & charges\nLigne 2 : Zoë, "
           u"Noël, œuvre"_s;
}

Member makeMember(const QString &lastName, const QString &firstName, const QString &role,
                  const QDate &birthDate = {}, bool signsContract = false)
{
    Member m;
    m.lastName = lastName;
    m.firstName = firstName;
    m.role = role;
    m.birthDate = birthDate;
    m.signsContract = signsContract;
    return m;
}

Household sampleHousehold(const QString &reference, Id agency)
{
    Household h;
    h.reference = reference;
    h.agencyId = agency;
    h.composition = u"famille_monoparentale"_s;
    h.members = {makeMember(u"Dupont"_s, u"Hélène"_s, u"titulaire"_s, QDate(1985, 4, 12), true),
                 makeMember(u"Dupont"_s, u"Léo"_s, u"enfant"_s, QDate(2015, 9, 1))};
    return h;
}

QStringList referencesOf(const QList<HouseholdRow> &rows)
{
    QStringList out;
    for (const HouseholdRow &r : rows)
        out << r.reference;
    return out;
}

QList<Id> idsOf(const auto &rows)
{
    QList<Id> out;
    for (const auto &r : rows)
        out << r.id;
    return out;
}

Result<int> countRows(Database &db, const QString &table)
{
    PASSERELLE_TRY(value, db.scalar(u"SELECT COUNT(*) FROM "_s + table));
    return value.toInt();
}

} // namespace

/// Compares two records of a mapped table, naming the columns that differ on failure.
#define COMPARE_ROW(table, stored, expected)                                                   \
    do {                                                                                       \
        if (!((stored) == (expected)))                                                         \
            QFAIL(differences(table, stored, expected).constData());                           \
    } while (false)

/// Compares two lists of child records: same size, same ids in the same order, same values.
#define COMPARE_ROWS(table, stored, expected)                                                  \
    do {                                                                                       \
        QCOMPARE((stored).size(), (expected).size());                                          \
        for (qsizetype i_ = 0; i_ < (stored).size(); ++i_) {                                   \
            QCOMPARE((stored)[i_].id, (expected)[i_].id);                                      \
            COMPARE_ROW(table, (stored)[i_], (expected)[i_]);                                  \
        }                                                                                      \
    } while (false)

/// Runs a checking helper and stops the test when it failed.
#define CHECKED(call)                                                                          \
    do {                                                                                       \
        call;                                                                                  \
        if (QTest::currentTestFailed())                                                        \
            return;                                                                            \
    } while (false)

/// Closes the database file and opens it again, so that what follows reads from the file.
#define REOPEN()                                                                               \
    do {                                                                                       \
        m_tdb->close();                                                                        \
        QVERIFY2(m_tdb->reopen(), "the test database could not be reopened");                  \
    } while (false)

#define ADD_HOUSEHOLD(var, reference, agency)                                                  \
    const Id var = addHousehold(reference, agency);                                            \
    QVERIFY2(var > 0, "the test household could not be saved")

namespace {

/// Scope checks shared by every repository of household records: `record`, filed in a
/// household that `inside` sees and `outside` does not, exists only for `inside`.
template <typename Repo, typename T>
void checkHiddenRecords(Database &db, T record, const Scope &inside, const Scope &outside)
{
    QVERIFY_OK(Repo(db).save(TestDatabase::all(), record));
    {
        TAKE(visible, Repo(db).forHousehold(inside, record.householdId));
        QCOMPARE(idsOf(visible), QList<Id>{record.id});
        TAKE(one, Repo(db).get(inside, record.id));
        QCOMPARE(one.id, record.id);
    }
    QVERIFY_ERROR(Repo(db).forHousehold(outside, record.householdId), Error::Kind::NotFound);
    QVERIFY_ERROR(Repo(db).get(outside, record.id), Error::Kind::NotFound);
    QVERIFY_ERROR(Repo(db).save(outside, record), Error::Kind::NotFound);
    T another = record;
    another.id = 0;
    QVERIFY_ERROR(Repo(db).save(outside, another), Error::Kind::NotFound);
    QVERIFY_ERROR(Repo(db).remove(outside, record.id), Error::Kind::NotFound);
    TAKE(after, Repo(db).forHousehold(inside, record.householdId));
    QCOMPARE(idsOf(after), QList<Id>{record.id});
}

/// Directory records: a second record with the code of the first is refused, on insert and
/// on update, and nothing is written.
template <typename Repo, typename T>
void checkDuplicateCode(Database &db, const QString &table, T first, T second,
                        QString T::*code)
{
    const Scope all = TestDatabase::all();
    QVERIFY_OK(Repo(db).save(all, first));
    TAKE(before, countRows(db, table));
    second.*code = first.*code;
    QVERIFY_ERROR(Repo(db).save(all, second), Error::Kind::Validation);
    QCOMPARE(second.id, Id(0));
    TAKE(afterInsert, countRows(db, table));
    QCOMPARE(afterInsert, before);

    second.*code = u"AUTRE-CODE"_s;
    QVERIFY_OK(Repo(db).save(all, second));
    second.*code = first.*code;
    QVERIFY_ERROR(Repo(db).save(all, second), Error::Kind::Validation);
    TAKE(stored, Repo(db).get(second.id));
    QCOMPARE(stored.*code, u"AUTRE-CODE"_s);
}

} // namespace

class TestRepositories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // Round trips of every field of every repository.
    void organisationRoundTrip();
    void settingsRoundTrip();
    void agencyRoundTrip();
    void userRoundTrip();
    void partnerRoundTrip();
    void actionRoundTrip();
    void householdRoundTrip();
    void supportRoundTrip();
    void postSupportChecksRoundTrip();
    void planChecks_data();
    void planChecks();
    void dwellingRoundTrip_data();
    void dwellingRoundTrip();
    void leaseRoundTrip();
    void leaseReviewsRoundTrip();
    void recordGlissement_data();
    void recordGlissement();
    void recordGlissementRefused_data();
    void recordGlissementRefused();
    void referralRoundTrip();
    void diagnosticRoundTrip();
    void meetingRoundTrip();
    void calDecisionRoundTrip();
    void contractRoundTrip();
    void planRoundTrip();
    void contactRoundTrip_data();
    void contactRoundTrip();
    void alertRoundTrip_data();
    void alertRoundTrip();
    void committeeRoundTrip();

    // Optional values.
    void householdWithoutCesfReadsBackZero();
    void emptyOptionalValuesStoredAsNull_data();
    void emptyOptionalValuesStoredAsNull();

    // Scopes.
    void scopeHidesOtherAgency_data();
    void scopeHidesOtherAgency();
    void scopeListShowsOwnAgencyOnly();
    void scopeRefusesSavingIntoOtherAgency();
    void scopeCommittees();

    // Audit journal and optimistic locking.
    void auditJournal();
    void optimisticLocking();

    // Uniqueness and consistency.
    void duplicateHouseholdReferenceRefused();
    void secondSupportInSameActionRefused();
    void overlappingLeases_data();
    void overlappingLeases();
    void duplicateDirectoryCodeRefused_data();
    void duplicateDirectoryCodeRefused();

    // Transactions.
    void transactionWithoutCommitLeavesNothing();
    void nestedTransactionRollsBackInnerOnly();
    void innerCommitRolledBackWithOuter();

    // Households list.
    void listSearch_data();
    void listSearch();
    void listFilters_data();
    void listFilters();
    void listRowContents();

    // Reference lists.
    void referenceAddItem();
    void referenceAddItemRefused_data();
    void referenceAddItemRefused();
    void householdPublicCodes_data();
    void householdPublicCodes();

private:
    Database &db() { return m_tdb->db(); }
    static Scope all() { return TestDatabase::all(); }

    Id addHousehold(const QString &reference, Id agency);
    void buildListDataset();

    Referral sampleReferral(Id household) const;
    Support sampleSupport(Id household) const;
    Contact sampleContact(Id household, const QDate &date) const;
    Alert sampleAlert(Id household) const;
    CalDecision sampleCalDecision(Id household) const;
    Diagnostic sampleDiagnostic(Id household) const;
    TripartiteMeeting sampleMeeting(Id household) const;
    SupportContract sampleContract(Id household) const;
    SupportPlan samplePlan(Id household) const;
    Lease sampleLease(Id household) const;

    std::unique_ptr<TestDatabase> m_tdb;
    Id m_agencyA = 0;
    Id m_agencyB = 0;
    Id m_partner = 0;
    Id m_partner2 = 0;
    Id m_action = 0;
    Id m_action2 = 0;
    Id m_user = 0;
    Id m_user2 = 0;
    Id m_dwelling = 0;
    Id m_dwelling2 = 0;
};

// --- fixture ---------------------------------------------------------------------------------

void TestRepositories::initTestCase()
{
    PASSERELLE_REQUIRE_BACKEND();
}

void TestRepositories::init()
{
    m_tdb = std::make_unique<TestDatabase>();
    QVERIFY2(m_tdb->isValid(), "the test database could not be created");

    Agency north;
    north.code = u"TLS-NORD"_s;
    north.name = u"Agence Toulouse Nord"_s;
    QVERIFY_OK(AgencyRepository(db()).save(all(), north));
    m_agencyA = north.id;
    Agency south;
    south.code = u"TLS-SUD"_s;
    south.name = u"Agence Toulouse Sud"_s;
    QVERIFY_OK(AgencyRepository(db()).save(all(), south));
    m_agencyB = south.id;

    Partner ucrm;
    ucrm.code = u"UCRM"_s;
    ucrm.name = u"UCRM"_s;
    ucrm.kind = u"association"_s;
    QVERIFY_OK(PartnerRepository(db()).save(all(), ucrm));
    m_partner = ucrm.id;
    Partner heh;
    heh.code = u"HEH"_s;
    heh.name = u"Habitat et Humanisme"_s;
    heh.kind = u"association"_s;
    QVERIFY_OK(PartnerRepository(db()).save(all(), heh));
    m_partner2 = heh.id;

    Action laava;
    laava.code = u"LAAVA"_s;
    laava.name = u"Logement Accompagné Adapté Vers l'Autonomie"_s;
    laava.category = u"acces"_s;
    QVERIFY_OK(ActionRepository(db()).save(all(), laava));
    m_action = laava.id;
    Action asr;
    asr.code = u"ASR"_s;
    asr.name = u"Accompagnement Social Renforcé"_s;
    asr.category = u"maintien"_s;
    QVERIFY_OK(ActionRepository(db()).save(all(), asr));
    m_action2 = asr.id;

    User marie;
    marie.login = u"m.martin"_s;
    marie.displayName = u"Marie Martin"_s;
    marie.role = u"cesf"_s;
    marie.agencyId = m_agencyA;
    QVERIFY_OK(UserRepository(db()).save(all(), marie));
    m_user = marie.id;
    User sophie;
    sophie.login = u"s.bernard"_s;
    sophie.displayName = u"Sophie Bernard"_s;
    sophie.role = u"cesf"_s;
    sophie.agencyId = m_agencyB;
    QVERIFY_OK(UserRepository(db()).save(all(), sophie));
    m_user2 = sophie.id;

    Dwelling d1;
    d1.reference = u"LGT-0001"_s;
    d1.address = u"12 rue des Écoles"_s;
    d1.postalCode = u"31200"_s;
    d1.commune = u"Toulouse"_s;
    d1.typology = u"t3"_s;
    d1.agencyId = m_agencyA;
    QVERIFY_OK(DwellingRepository(db()).save(all(), d1));
    m_dwelling = d1.id;
    Dwelling d2;
    d2.reference = u"LGT-0002"_s;
    d2.address = u"3 allée des Tilleuls"_s;
    d2.postalCode = u"31600"_s;
    d2.commune = u"Muret"_s;
    d2.typology = u"t2"_s;
    d2.agencyId = m_agencyB;
    QVERIFY_OK(DwellingRepository(db()).save(all(), d2));
    m_dwelling2 = d2.id;
}

void TestRepositories::cleanup()
{
    m_tdb.reset();
}

Id TestRepositories::addHousehold(const QString &reference, Id agency)
{
    Household h = sampleHousehold(reference, agency);
    const Status saved = HouseholdRepository(db()).save(all(), h);
    if (!saved) {
        qWarning("%s", describe(saved.error()).constData());
        return 0;
    }
    return h.id;
}

Referral TestRepositories::sampleReferral(Id household) const
{
    Referral r;
    r.householdId = household;
    r.actionId = m_action;
    r.date = QDate(2023, 1, 10);
    r.partnerId = m_partner;
    r.referrerName = u"M. Garcia (SPIP)"_s;
    r.reason = u"Sortie de détention préparée"_s;
    r.outcome = u"acceptee"_s;
    r.outcomeDate = QDate(2023, 2, 1);
    return r;
}

Support TestRepositories::sampleSupport(Id household) const
{
    Support s;
    s.householdId = household;
    s.actionId = m_action;
    s.householdKind = u"nouvel_entrant"_s;
    s.partnerId = m_partner;
    s.partnerReferent = u"Anne Rousseau"_s;
    s.startDate = QDate(2023, 2, 1);
    s.intensity = u"soutenue"_s;
    return s;
}

Contact TestRepositories::sampleContact(Id household, const QDate &date) const
{
    Contact c;
    c.householdId = household;
    c.actionId = m_action;
    c.date = date;
    c.type = u"visite_domicile"_s;
    c.durationMinutes = 60;
    c.author = u"Marie Martin"_s;
    c.authorUserId = m_user;
    c.notes = u"Visite à domicile"_s;
    return c;
}

Alert TestRepositories::sampleAlert(Id household) const
{
    Alert a;
    a.householdId = household;
    a.date = QDate(2024, 2, 5);
    a.type = u"impayes_loyer"_s;
    a.amount = 45000;
    a.description = u"Deux mois de loyer impayés"_s;
    return a;
}

CalDecision TestRepositories::sampleCalDecision(Id household) const
{
    CalDecision d;
    d.householdId = household;
    d.actionId = m_action;
    d.date = QDate(2023, 2, 20);
    d.decision = u"attribution"_s;
    d.dwellingId = m_dwelling;
    return d;
}

Diagnostic TestRepositories::sampleDiagnostic(Id household) const
{
    Diagnostic d;
    d.householdId = household;
    d.actionId = m_action;
    d.date = QDate(2023, 1, 20);
    d.kind = u"entree"_s;
    d.author = u"Anne Rousseau"_s;
    d.partnerId = m_partner;
    d.domains = {{u"acces_droits"_s, DiagnosticLevel::Important, u"Titre de séjour"_s}};
    return d;
}

TripartiteMeeting TestRepositories::sampleMeeting(Id household) const
{
    TripartiteMeeting m;
    m.householdId = household;
    m.actionId = m_action;
    m.date = QDate(2023, 1, 25);
    m.time = QTime(14, 30);
    m.purpose = u"entree"_s;
    MeetingParticipant p;
    p.party = u"bailleur"_s;
    p.name = u"Claire Rivière"_s;
    m.participants = {p};
    return m;
}

SupportContract TestRepositories::sampleContract(Id household) const
{
    SupportContract k;
    k.householdId = household;
    k.actionId = m_action;
    k.durationMonths = 12;
    ContractVersion v;
    v.number = 1;
    v.kind = u"initial"_s;
    v.startDate = QDate(2023, 3, 1);
    v.endDate = QDate(2024, 2, 29);
    k.versions = {v};
    return k;
}

SupportPlan TestRepositories::samplePlan(Id household) const
{
    SupportPlan p;
    p.householdId = household;
    p.actionId = m_action;
    p.date = QDate(2023, 3, 15);
    Objective o;
    o.axis = u"budget_loyer"_s;
    o.title = u"Payer le loyer chaque mois"_s;
    o.status = u"en_cours"_s;
    p.objectives = {o};
    return p;
}

Lease TestRepositories::sampleLease(Id household) const
{
    Lease l;
    l.householdId = household;
    l.dwellingId = m_dwelling;
    l.type = u"bail_glissant"_s;
    l.startReason = u"entree"_s;
    l.startDate = QDate(2023, 3, 1);
    l.subletterPartnerId = m_partner;
    return l;
}

// --- round trips -----------------------------------------------------------------------------

namespace {

void compareOrganisation(const Organisation &stored, const Organisation &expected)
{
    QCOMPARE(stored.name, expected.name);
    QCOMPARE(stored.address, expected.address);
    QCOMPARE(stored.postalCode, expected.postalCode);
    QCOMPARE(stored.city, expected.city);
    QCOMPARE(stored.phone, expected.phone);
    QCOMPARE(stored.email, expected.email);
    QCOMPARE(stored.website, expected.website);
    QCOMPARE(stored.signatoryName, expected.signatoryName);
    QCOMPARE(stored.signatoryTitle, expected.signatoryTitle);
    QCOMPARE(stored.dpoContact, expected.dpoContact);
    QCOMPARE(stored.logo, expected.logo);
    QCOMPARE(stored.logoMimeType, expected.logoMimeType);
    QVERIFY(stored == expected);
}

void compareHousehold(const Household &stored, const Household &expected)
{
    QCOMPARE(stored.id, expected.id);
    QCOMPARE(stored.rowVersion, expected.rowVersion);
    QCOMPARE(stored.notes, expected.notes);
    QCOMPARE(stored.publics, expected.publics);
    QCOMPARE(stored.resourceSources, expected.resourceSources);
    QCOMPARE(stored.createdAt, expected.createdAt);
    QCOMPARE(stored.updatedAt, expected.updatedAt);
    COMPARE_ROWS(Tables::members(), stored.members, expected.members);
    COMPARE_ROW(Tables::households(), stored, expected);
}

void compareDiagnostic(const Diagnostic &stored, const Diagnostic &expected)
{
    QCOMPARE(stored.domains.size(), expected.domains.size());
    for (qsizetype i = 0; i < stored.domains.size(); ++i) {
        QCOMPARE(stored.domains[i].domain, expected.domains[i].domain);
        QCOMPARE(int(stored.domains[i].level), int(expected.domains[i].level));
        QCOMPARE(stored.domains[i].observation, expected.domains[i].observation);
    }
    COMPARE_ROW(Tables::diagnostics(), stored, expected);
}

} // namespace

void TestRepositories::organisationRoundTrip()
{
    {
        TAKE(empty, OrganisationRepository(db()).get());
        QVERIFY(empty == Organisation());
    }
    Organisation o;
    o.name = u"Toulouse Métropole Habitat"_s;
    o.address = u"5 rue du Pont-Montaudran\nBP 1234"_s;
    o.postalCode = u"31000"_s;
    o.city = u"Toulouse"_s;
    o.phone = u"05 61 00 00 00"_s;
    o.email = u"contact@tmh.example"_s;
    o.website = u"https://tmh.example"_s;
    o.signatoryName = u"Claire Rivière"_s;
    o.signatoryTitle = u"Responsable du pôle social"_s;
    o.dpoContact = u"dpo@tmh.example – 5 rue « RGPD »"_s;
    // PNG signature, a NUL byte and bytes that are not UTF-8.
    o.logo = QByteArray("\x89PNG\r\n\x1a\n\x00\x01\xfe\xff", 12);
    o.logoMimeType = u"image/png"_s;
    QVERIFY_OK(OrganisationRepository(db()).save(all(), o));
    REOPEN();
    {
        TAKE(stored, OrganisationRepository(db()).get());
        CHECKED(compareOrganisation(stored, o));
    }

    o.name = u"Habitat Toulousain"_s;
    o.address = u"1 place du Capitole"_s;
    o.postalCode = u"31300"_s;
    o.city = u"Colomiers"_s;
    o.phone = u"05 62 11 11 11"_s;
    o.email = u"accueil@ht.example"_s;
    o.website = u"https://ht.example/bailleur"_s;
    o.signatoryName = u"Jean Lefèvre"_s;
    o.signatoryTitle = u"Directeur général"_s;
    o.dpoContact = u"Délégué à la protection des données"_s;
    o.logo = QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    o.logoMimeType = u"image/svg+xml"_s;
    QVERIFY_OK(OrganisationRepository(db()).save(all(), o));
    REOPEN();
    {
        TAKE(stored, OrganisationRepository(db()).get());
        CHECKED(compareOrganisation(stored, o));
    }

    // Removing the logo stores none; a nameless landlord is refused.
    o.logo.clear();
    o.logoMimeType.clear();
    QVERIFY_OK(OrganisationRepository(db()).save(all(), o));
    Organisation nameless = o;
    nameless.name = u"  "_s;
    QVERIFY_ERROR(OrganisationRepository(db()).save(all(), nameless), Error::Kind::Validation);
    REOPEN();
    TAKE(stored, OrganisationRepository(db()).get());
    CHECKED(compareOrganisation(stored, o));
    TAKE(rows, countRows(db(), u"organisation"_s));
    QCOMPARE(rows, 1);
}

void TestRepositories::settingsRoundTrip()
{
    {
        TAKE(fallback, OrganisationRepository(db()).setting(u"retention_years"_s, u"5"_s));
        QCOMPARE(fallback, u"5"_s);
    }
    QVERIFY_OK(OrganisationRepository(db()).setSetting(all(), u"retention_years"_s, u"8"_s));
    QVERIFY_OK(OrganisationRepository(db()).setSetting(all(), u"footer"_s, trickyText()));
    REOPEN();
    {
        TAKE(years, OrganisationRepository(db()).setting(u"retention_years"_s, u"5"_s));
        QCOMPARE(years, u"8"_s);
        TAKE(footer, OrganisationRepository(db()).setting(u"footer"_s));
        QCOMPARE(footer, trickyText());
    }
    QVERIFY_OK(OrganisationRepository(db()).setSetting(all(), u"retention_years"_s, u"10"_s));
    QVERIFY_OK(OrganisationRepository(db()).setSetting(all(), u"footer"_s, QString()));
    REOPEN();
    TAKE(years, OrganisationRepository(db()).setting(u"retention_years"_s, u"5"_s));
    QCOMPARE(years, u"10"_s);
    TAKE(footer, OrganisationRepository(db()).setting(u"footer"_s, u"fallback"_s));
    QCOMPARE(footer, QString());
    TAKE(rows, countRows(db(), u"settings"_s));
    QCOMPARE(rows, 2);
}

void TestRepositories::agencyRoundTrip()
{
    Agency a;
    a.code = u"MURET"_s;
    a.name = u"Agence de Muret"_s;
    a.territory = u"Muret, Portet-sur-Garonne\nSaint-Lys"_s;
    a.address = u"2 avenue « Vincent Auriol »"_s;
    a.phone = u"05 61 51 00 00"_s;
    a.active = false;
    QVERIFY_OK(AgencyRepository(db()).save(all(), a));
    QVERIFY(a.id > 0);
    REOPEN();
    {
        TAKE(stored, AgencyRepository(db()).get(a.id));
        QCOMPARE(stored.id, a.id);
        COMPARE_ROW(Tables::agencies(), stored, a);
    }

    a.code = u"MURET-2"_s;
    a.name = u"Agence du Muretain"_s;
    a.territory = u"Le Muretain"_s;
    a.address = u"4 place de la République"_s;
    a.phone = u"05 61 51 99 99"_s;
    a.active = true;
    QVERIFY_OK(AgencyRepository(db()).save(all(), a));
    REOPEN();
    TAKE(stored, AgencyRepository(db()).get(a.id));
    COMPARE_ROW(Tables::agencies(), stored, a);
    TAKE(byCode, AgencyRepository(db()).findByCode(u"MURET-2"_s));
    QVERIFY(byCode.has_value());
    COMPARE_ROW(Tables::agencies(), *byCode, a);
    TAKE(oldCode, AgencyRepository(db()).findByCode(u"MURET"_s));
    QVERIFY(!oldCode.has_value());
}

void TestRepositories::userRoundTrip()
{
    User u;
    u.login = u"c.riviere"_s;
    u.displayName = u"Claire Rivière"_s;
    u.role = u"cesf"_s;
    u.agencyId = m_agencyA;
    u.partnerId = m_partner;
    u.email = u"claire.riviere@tmh.example"_s;
    u.phone = u"06 00 00 00 01"_s;
    u.active = false;
    u.passwordHash = u"pbkdf2$sha256$100000$c2VsCg==$aGFzaA=="_s;
    u.createdAt = QDateTime(QDate(2023, 9, 1), QTime(8, 45, 10), Qt::UTC);
    QVERIFY_OK(UserRepository(db()).save(all(), u));
    REOPEN();
    {
        TAKE(stored, UserRepository(db()).get(u.id));
        QCOMPARE(stored.createdAt, u.createdAt);
        COMPARE_ROW(Tables::users(), stored, u);
    }

    u.login = u"claire.riviere"_s;
    u.displayName = u"Claire Rivière-Durand"_s;
    u.role = u"referent_partenaire"_s;
    u.agencyId = m_agencyB;
    u.partnerId = m_partner2;
    u.email = u"c.riviere@heh.example"_s;
    u.phone = u"06 00 00 00 02"_s;
    u.active = true;
    u.passwordHash = u"pbkdf2$sha256$200000$bmV3Cg==$bmV3"_s;
    u.createdAt = QDateTime(QDate(2024, 1, 2), QTime(17, 5, 59), Qt::UTC);
    QVERIFY_OK(UserRepository(db()).save(all(), u));
    REOPEN();
    TAKE(stored, UserRepository(db()).get(u.id));
    QCOMPARE(stored.createdAt, u.createdAt);
    COMPARE_ROW(Tables::users(), stored, u);
}

void TestRepositories::partnerRoundTrip()
{
    Partner p;
    p.code = u"EDUCAIR"_s;
    p.name = u"Educ'Air"_s;
    p.kind = u"association"_s;
    p.fields = {u"acces_maintien"_s, u"mediation"_s};
    p.address = u"7 rue « des Lilas »"_s;
    p.phone = u"05 34 00 00 00"_s;
    p.email = u"contact@educair.example"_s;
    p.notes = trickyText();
    p.active = false;
    PartnerContact anne;
    anne.name = u"Anne Rousseau"_s;
    anne.function = u"Référente du dispositif"_s;
    anne.phone = u"06 11 11 11 11"_s;
    anne.email = u"anne@educair.example"_s;
    PartnerContact paul;
    paul.name = u"Paul Girard"_s;
    paul.function = u"Directeur"_s;
    PartnerAgreement conv2023;
    conv2023.reference = u"CONV-2023-01"_s;
    conv2023.subject = u"Accompagnement de 10 ménages"_s;
    conv2023.startDate = QDate(2023, 1, 1);
    conv2023.endDate = QDate(2025, 12, 31);
    conv2023.dwellingsReserved = 5;
    conv2023.amount = 4950000;
    conv2023.notes = u"Signée « en l'état »\n& reconduite"_s;
    PartnerAgreement conv2024;
    conv2024.reference = u"CONV-2024-02"_s;
    conv2024.startDate = QDate(2024, 1, 1);
    p.contacts = {anne, paul};
    p.agreements = {conv2023, conv2024};
    QVERIFY_OK(PartnerRepository(db()).save(all(), p));
    for (const PartnerContact &c : std::as_const(p.contacts)) {
        QVERIFY(c.id > 0);
        QCOMPARE(c.partnerId, p.id);
    }
    for (const PartnerAgreement &a : std::as_const(p.agreements)) {
        QVERIFY(a.id > 0);
        QCOMPARE(a.partnerId, p.id);
    }
    REOPEN();
    {
        TAKE(stored, PartnerRepository(db()).get(p.id));
        COMPARE_ROWS(Tables::partnerContacts(), stored.contacts, p.contacts);
        COMPARE_ROWS(Tables::partnerAgreements(), stored.agreements, p.agreements);
        COMPARE_ROW(Tables::partners(), stored, p);
    }

    // Change every field; change one child, remove one and add one of each kind.
    const Id anneId = p.contacts[0].id;
    const Id paulId = p.contacts[1].id;
    const Id conv2023Id = p.agreements[0].id;
    const Id conv2024Id = p.agreements[1].id;
    p.code = u"EDUCAIR-31"_s;
    p.name = u"Éduc'Air Occitanie"_s;
    p.kind = u"organisme_social"_s;
    p.fields = {u"parentalite"_s};
    p.address = u"9 impasse des Roses"_s;
    p.phone = u"05 34 99 99 99"_s;
    p.email = u"accueil@educair.example"_s;
    p.notes = u"Nouvelle convention à prévoir"_s;
    p.active = true;
    p.contacts[0].name = u"Anne Rousseau-Martin"_s;
    p.contacts[0].function = u"Cheffe de service"_s;
    p.contacts[0].phone = u"06 22 22 22 22"_s;
    p.contacts[0].email = u"a.rousseau@educair.example"_s;
    PartnerContact lea;
    lea.name = u"Léa Moreau"_s;
    lea.function = u"Éducatrice"_s;
    p.contacts = {p.contacts[0], lea};
    PartnerAgreement conv2022;
    conv2022.reference = u"CONV-2022-07"_s;
    conv2022.subject = u"Médiation"_s;
    conv2022.startDate = QDate(2022, 7, 1);
    conv2022.endDate = QDate(2022, 12, 31);
    conv2022.amount = 1;
    p.agreements[0].reference = u"CONV-2023-01-A"_s;
    p.agreements[0].subject = u"Avenant"_s;
    p.agreements[0].startDate = QDate(2023, 2, 1);
    p.agreements[0].endDate = QDate(2026, 1, 31);
    p.agreements[0].dwellingsReserved = std::nullopt;
    p.agreements[0].amount = 0;
    p.agreements[0].notes = QString();
    // Agreements are read back by start date: the new one first, then the kept one.
    p.agreements = {conv2022, p.agreements[0]};
    QVERIFY_OK(PartnerRepository(db()).save(all(), p));
    REOPEN();
    TAKE(stored, PartnerRepository(db()).get(p.id));
    QCOMPARE(stored.contacts[0].id, anneId);
    QCOMPARE(stored.agreements[1].id, conv2023Id);
    QVERIFY(!idsOf(stored.contacts).contains(paulId));
    QVERIFY(!idsOf(stored.agreements).contains(conv2024Id));
    COMPARE_ROWS(Tables::partnerContacts(), stored.contacts, p.contacts);
    COMPARE_ROWS(Tables::partnerAgreements(), stored.agreements, p.agreements);
    COMPARE_ROW(Tables::partners(), stored, p);
    TAKE(orphans, db().scalar(u"SELECT COUNT(*) FROM partner_contacts WHERE id = ?"_s, {paulId}));
    QCOMPARE(orphans.toInt(), 0);
}

void TestRepositories::actionRoundTrip()
{
    Action a;
    a.code = u"ASR-2019"_s;
    a.name = u"Accompagnement Social Renforcé 2019"_s;
    a.description = trickyText();
    a.callForProjects = u"10 000 logements Hlm accompagnés"_s;
    a.callYear = 2019;
    a.category = u"acces_maintien"_s;
    a.publics = {u"menace_expulsion"_s, u"sans_domicile"_s};
    a.leadPartnerId = m_partner;
    a.territory = u"Toulouse Métropole"_s;
    a.startDate = QDate(2019, 5, 1);
    a.endDate = QDate(2019, 12, 31);
    a.targetNewEntrants = 10;
    a.targetExistingTenants = 15;
    a.budget = 4950000;
    FundingLine fnavdl;
    fnavdl.source = u"fnavdl_hlm_accompagnes"_s;
    fnavdl.funder = u"DDETS Haute-Garonne"_s;
    fnavdl.amountGranted = 3700000;
    fnavdl.amountReceived = 1850000;
    fnavdl.grantedDate = QDate(2019, 4, 1);
    fnavdl.receivedDate = QDate(2019, 6, 15);
    fnavdl.notes = u"Premier versement « 50 % »"_s;
    FundingLine own;
    own.source = u"fonds_propres"_s;
    own.amountGranted = 1250000;
    Expense engineering;
    engineering.date = QDate(2019, 6, 30);
    engineering.category = u"ingenierie"_s;
    engineering.label = u"Ingénierie de projet"_s;
    engineering.amount = 500000;
    engineering.partnerId = m_partner;
    Expense equipment;
    equipment.date = QDate(2019, 9, 1);
    equipment.category = u"equipement"_s;
    equipment.label = u"Électroménager"_s;
    equipment.amount = 45099;
    a.fundingLines = {fnavdl, own};
    a.expenses = {engineering, equipment};
    QVERIFY_OK(ActionRepository(db()).save(all(), a));
    REOPEN();
    {
        TAKE(stored, ActionRepository(db()).get(a.id));
        COMPARE_ROWS(Tables::fundingLines(), stored.fundingLines, a.fundingLines);
        COMPARE_ROWS(Tables::expenses(), stored.expenses, a.expenses);
        COMPARE_ROW(Tables::actions(), stored, a);
    }

    const Id fnavdlId = a.fundingLines[0].id;
    const Id ownId = a.fundingLines[1].id;
    const Id engineeringId = a.expenses[0].id;
    const Id equipmentId = a.expenses[1].id;
    a.code = u"ASR-2020"_s;
    a.name = u"Accompagnement Social Renforcé 2020"_s;
    a.description = u"Reconduction"_s;
    a.callForProjects = u"AVDL"_s;
    a.callYear = std::nullopt;
    a.category = u"maintien"_s;
    a.publics = {u"dalo"_s};
    a.leadPartnerId = m_partner2;
    a.territory = u"Muretain"_s;
    a.startDate = QDate(2020, 1, 1);
    a.endDate = QDate(2020, 12, 31);
    a.targetNewEntrants = 3;
    a.targetExistingTenants = 0;
    a.budget = 3700000;
    a.fundingLines[1].source = u"collectivite"_s;
    a.fundingLines[1].funder = u"Toulouse Métropole"_s;
    a.fundingLines[1].amountGranted = 1000000;
    a.fundingLines[1].amountReceived = 1000000;
    a.fundingLines[1].grantedDate = QDate(2020, 2, 1);
    a.fundingLines[1].receivedDate = QDate(2020, 3, 1);
    a.fundingLines[1].notes = u"Versé"_s;
    FundingLine state;
    state.source = u"etat"_s;
    state.amountGranted = 2700000;
    a.fundingLines = {a.fundingLines[1], state};
    a.expenses[1].date = QDate(2020, 3, 15);
    a.expenses[1].category = u"autre"_s;
    a.expenses[1].label = u"Frais « divers »"_s;
    a.expenses[1].amount = 1;
    a.expenses[1].partnerId = m_partner2;
    Expense training;
    training.date = QDate(2020, 1, 20);
    training.category = u"formation"_s;
    training.label = u"Formation des CESF"_s;
    training.amount = 120000;
    // Expenses are read back by date.
    a.expenses = {training, a.expenses[1]};
    QVERIFY_OK(ActionRepository(db()).save(all(), a));
    REOPEN();
    TAKE(stored, ActionRepository(db()).get(a.id));
    QCOMPARE(stored.fundingLines[0].id, ownId);
    QCOMPARE(stored.expenses[1].id, equipmentId);
    QVERIFY(!idsOf(stored.fundingLines).contains(fnavdlId));
    QVERIFY(!idsOf(stored.expenses).contains(engineeringId));
    COMPARE_ROWS(Tables::fundingLines(), stored.fundingLines, a.fundingLines);
    COMPARE_ROWS(Tables::expenses(), stored.expenses, a.expenses);
    COMPARE_ROW(Tables::actions(), stored, a);
    QVERIFY(!stored.callYear.has_value());
}

void TestRepositories::householdRoundTrip()
{
    Household h;
    h.reference = u"LAAVA-2024-007"_s;
    h.agencyId = m_agencyA;
    h.cesfUserId = m_user;
    h.composition = u"famille_monoparentale"_s;
    h.publics = {u"sortant_hebergement"_s, u"jeune"_s}; // unsorted on purpose
    h.monthlyResources = 123456;
    h.resourcesKnown = true;
    h.mainResourceSource = u"rsa"_s;
    h.resourceSources = {u"rsa"_s, u"prestations_familiales"_s};
    h.priorSituation = u"chrs"_s;
    h.consentDate = QDate(2024, 1, 15);
    h.phone = u"06 12 34 56 78"_s;
    h.email = u"helene.dupont@example.org"_s;
    h.notes = trickyText();
    h.members = {makeMember(u"Dupont"_s, u"Hélène"_s, u"titulaire"_s, QDate(1985, 4, 12), true),
                 makeMember(u"Dupont"_s, u"Léo"_s, u"enfant"_s, QDate(2015, 9, 1)),
                 makeMember(u"N'Diaye"_s, u"Awa"_s, u"autre"_s)};
    h.createdAt = QDateTime(QDate(2024, 1, 15), QTime(9, 30, 15), Qt::UTC);

    const QDateTime beforeSave = QDateTime::currentDateTimeUtc().addSecs(-1);
    QVERIFY_OK(HouseholdRepository(db()).save(all(), h));
    QVERIFY(h.id > 0);
    QCOMPARE(h.rowVersion, 1);
    QCOMPARE(h.publics, (QStringList{u"jeune"_s, u"sortant_hebergement"_s}));
    QCOMPARE(h.resourceSources, (QStringList{u"prestations_familiales"_s, u"rsa"_s}));
    QVERIFY(h.updatedAt >= beforeSave);
    for (qsizetype i = 0; i < h.members.size(); ++i) {
        QVERIFY(h.members[i].id > 0);
        QCOMPARE(h.members[i].householdId, h.id);
        QCOMPARE(h.members[i].position, int(i));
    }
    REOPEN();
    {
        TAKE(stored, HouseholdRepository(db()).get(all(), h.id,
                                                   HouseholdRepository::Trace::Silent));
        CHECKED(compareHousehold(stored, h));
        TAKE(shown, db().scalar(u"SELECT display_name FROM households WHERE id = ?"_s, {h.id}));
        QCOMPARE(shown.toString(), u"DUPONT Hélène"_s);
    }

    // Change every field. Members: Awa moves first and changes, Hélène changes, Léo leaves,
    // Inès arrives.
    TAKE(edit, HouseholdRepository(db()).get(all(), h.id, HouseholdRepository::Trace::Silent));
    const Id helene = edit.members[0].id;
    const Id leo = edit.members[1].id;
    const Id awa = edit.members[2].id;
    edit.reference = u"LAAVA-2024-008"_s;
    edit.agencyId = m_agencyB;
    edit.cesfUserId = m_user2;
    edit.composition = u"couple_avec_enfants"_s;
    edit.publics = {u"victime_violences"_s};
    edit.monthlyResources = 98765;
    edit.resourcesKnown = false;
    edit.mainResourceSource = u"salaire"_s;
    edit.resourceSources = {u"salaire"_s, u"are"_s};
    edit.priorSituation = u"heberge_tiers"_s;
    edit.consentDate = QDate(2024, 2, 1);
    edit.phone = u"07 98 76 54 32"_s;
    edit.email = u"famille.ndiaye@example.org"_s;
    edit.notes = u"Deuxième « note » : <i>changée</i> & 'citée'\r\nfin"_s;
    edit.createdAt = QDateTime(QDate(2023, 12, 1), QTime(8, 0), Qt::UTC);
    Member awaMember = edit.members[2];
    awaMember.lastName = u"Ndiaye"_s;
    awaMember.firstName = u"Awa Fatou"_s;
    awaMember.birthDate = QDate(1979, 11, 30);
    awaMember.role = u"co_titulaire"_s;
    awaMember.signsContract = true;
    Member heleneMember = edit.members[0];
    heleneMember.lastName = u"Dupont-Ndiaye"_s;
    heleneMember.firstName = u"Hélène-Marie"_s;
    heleneMember.birthDate = QDate(1985, 4, 13);
    heleneMember.signsContract = false;
    edit.members = {awaMember, heleneMember,
                    makeMember(u"Ndiaye"_s, u"Inès"_s, u"enfant"_s, QDate(2020, 5, 5))};
    QVERIFY_OK(HouseholdRepository(db()).save(all(), edit));
    QCOMPARE(edit.rowVersion, 2);
    QCOMPARE(edit.resourceSources, (QStringList{u"are"_s, u"salaire"_s}));
    REOPEN();
    TAKE(stored, HouseholdRepository(db()).get(all(), edit.id,
                                               HouseholdRepository::Trace::Silent));
    QCOMPARE(idsOf(stored.members).mid(0, 2), (QList<Id>{awa, helene}));
    QVERIFY(!idsOf(stored.members).contains(leo));
    CHECKED(compareHousehold(stored, edit));
    TAKE(leoRows, db().scalar(u"SELECT COUNT(*) FROM members WHERE id = ?"_s, {leo}));
    QCOMPARE(leoRows.toInt(), 0);
    {
        // The list's name and search key follow the members.
        HouseholdFilter filter;
        filter.text = u"ines"_s;
        TAKE(found, HouseholdRepository(db()).list(all(), filter));
        QCOMPARE(referencesOf(found), QStringList{u"LAAVA-2024-008"_s});
        QCOMPARE(found[0].displayName, u"DUPONT-NDIAYE Hélène-Marie"_s);
        filter.text = u"leo"_s;
        TAKE(gone, HouseholdRepository(db()).list(all(), filter));
        QVERIFY(gone.isEmpty());
        filter.text = u"LAAVA-2024-007"_s;
        TAKE(oldReference, HouseholdRepository(db()).list(all(), filter));
        QVERIFY(oldReference.isEmpty());
    }

    // Reordering alone is kept too.
    std::reverse(edit.members.begin(), edit.members.end());
    const QList<Id> reversed = idsOf(edit.members);
    QVERIFY_OK(HouseholdRepository(db()).save(all(), edit));
    REOPEN();
    TAKE(reordered, HouseholdRepository(db()).get(all(), edit.id,
                                                  HouseholdRepository::Trace::Silent));
    QCOMPARE(idsOf(reordered.members), reversed);
    CHECKED(compareHousehold(reordered, edit));
}

void TestRepositories::supportRoundTrip()
{
    ADD_HOUSEHOLD(household, u"LAAVA-2024-010"_s, m_agencyA);
    Support s;
    s.householdId = household;
    s.actionId = m_action;
    s.householdKind = u"nouvel_entrant"_s;
    s.partnerId = m_partner;
    s.partnerReferent = u"Anne Rousseau"_s;
    s.startDate = QDate(2023, 2, 1);
    s.endDate = QDate(2024, 1, 31);
    s.outcome = u"autonomie"_s;
    s.endNotes = trickyText();
    s.intensity = u"soutenue"_s;
    QVERIFY_OK(SupportRepository(db()).save(all(), s));
    QCOMPARE(s.rowVersion, 1);
    REOPEN();
    {
        TAKE(stored, SupportRepository(db()).get(all(), s.id));
        QCOMPARE(stored.rowVersion, 1);
        COMPARE_ROW(Tables::supports(), stored, s);
        TAKE(found, SupportRepository(db()).find(all(), household, m_action));
        QVERIFY(found.has_value());
        COMPARE_ROW(Tables::supports(), *found, s);
    }

    s.actionId = m_action2;
    s.householdKind = u"locataire_en_place"_s;
    s.partnerId = m_partner2;
    s.partnerReferent = u"Paul Girard"_s;
    s.startDate = QDate(2023, 3, 1);
    s.endDate = QDate();
    s.outcome = QString();
    s.endNotes = u"Reprise"_s;
    s.intensity = u"renforcee"_s;
    QVERIFY_OK(SupportRepository(db()).save(all(), s));
    QCOMPARE(s.rowVersion, 2);
    REOPEN();
    {
        TAKE(stored, SupportRepository(db()).forHousehold(all(), household));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0].rowVersion, 2);
        COMPARE_ROW(Tables::supports(), stored[0], s);
    }

    // A support belongs to its household for good.
    ADD_HOUSEHOLD(other, u"LAAVA-2024-011"_s, m_agencyA);
    Support moved = s;
    moved.householdId = other;
    QVERIFY_ERROR(SupportRepository(db()).save(all(), moved), Error::Kind::Validation);
    TAKE(stored, SupportRepository(db()).get(all(), s.id));
    QCOMPARE(stored.householdId, household);
}

void TestRepositories::postSupportChecksRoundTrip()
{
    ADD_HOUSEHOLD(household, u"LAAVA-2024-012"_s, m_agencyA);
    Support s = sampleSupport(household);
    s.endDate = QDate(2023, 8, 31);
    s.outcome = u"autonomie"_s;
    QVERIFY_OK(SupportRepository(db()).save(all(), s));

    // A check saved by hand, then planChecks adds only the missing ones.
    PostSupportCheck six;
    six.supportId = s.id;
    six.offsetMonths = 6;
    six.dueDate = QDate(2024, 2, 29);
    six.doneDate = QDate(2024, 3, 4);
    six.stillHoused = true;
    six.notes = trickyText();
    QVERIFY_OK(SupportRepository(db()).saveCheck(all(), six));
    QVERIFY(six.id > 0);
    QVERIFY_OK(SupportRepository(db()).planChecks(all(), s));
    REOPEN();
    {
        TAKE(checks, SupportRepository(db()).checks(all(), s.id));
        QCOMPARE(checks.size(), 3);
        COMPARE_ROW(Tables::postSupportChecks(), checks[0], six);
        QCOMPARE(checks[1].offsetMonths, 12);
        QCOMPARE(checks[1].dueDate, QDate(2024, 8, 31));
        QCOMPARE(checks[2].offsetMonths, 24);
        QCOMPARE(checks[2].dueDate, QDate(2025, 8, 31));
        for (const PostSupportCheck &c : std::as_const(checks)) {
            QCOMPARE(c.supportId, s.id);
            if (c.id != six.id) {
                QVERIFY(!c.doneDate.isValid());
                QVERIFY(!c.stillHoused.has_value());
            }
        }
    }

    // Every field changes; "no longer housed" is an answer, not a missing one.
    six.offsetMonths = 12;
    QVERIFY_ERROR(SupportRepository(db()).saveCheck(all(), six), Error::Kind::Validation);
    six.offsetMonths = 6;
    six.dueDate = QDate(2024, 3, 1);
    six.doneDate = QDate(2024, 3, 10);
    six.stillHoused = false;
    six.notes = u"Parti chez un proche"_s;
    QVERIFY_OK(SupportRepository(db()).saveCheck(all(), six));
    REOPEN();
    {
        TAKE(checks, SupportRepository(db()).checks(all(), s.id));
        COMPARE_ROW(Tables::postSupportChecks(), checks[0], six);
        QVERIFY(checks[0].stillHoused.has_value());
        QCOMPARE(*checks[0].stillHoused, false);
    }
    six.doneDate = QDate();
    six.stillHoused = std::nullopt;
    QVERIFY_OK(SupportRepository(db()).saveCheck(all(), six));
    REOPEN();
    TAKE(checks, SupportRepository(db()).checks(all(), s.id));
    COMPARE_ROW(Tables::postSupportChecks(), checks[0], six);
    QVERIFY(!checks[0].stillHoused.has_value());

    // An answer needs the date of the check; offsets are 6, 12 or 24.
    PostSupportCheck bad = checks[1];
    bad.stillHoused = true;
    QVERIFY_ERROR(SupportRepository(db()).saveCheck(all(), bad), Error::Kind::Validation);
    bad = checks[1];
    bad.offsetMonths = 18;
    QVERIFY_ERROR(SupportRepository(db()).saveCheck(all(), bad), Error::Kind::Validation);
}

void TestRepositories::planChecks_data()
{
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QDate>("due6");
    QTest::addColumn<QDate>("due12");
    QTest::addColumn<QDate>("due24");
    QTest::newRow("mid-month") << QDate(2023, 1, 15) << QDate(2023, 7, 15) << QDate(2024, 1, 15)
                               << QDate(2025, 1, 15);
    QTest::newRow("end of August into leap February")
        << QDate(2023, 8, 31) << QDate(2024, 2, 29) << QDate(2024, 8, 31) << QDate(2025, 8, 31);
    QTest::newRow("leap day") << QDate(2024, 2, 29) << QDate(2024, 8, 29) << QDate(2025, 2, 28)
                              << QDate(2026, 2, 28);
}

void TestRepositories::planChecks()
{
    QFETCH(QDate, end);
    QFETCH(QDate, due6);
    QFETCH(QDate, due12);
    QFETCH(QDate, due24);
    ADD_HOUSEHOLD(household, u"LAAVA-2024-013"_s, m_agencyA);
    Support s = sampleSupport(household);
    s.startDate = QDate(2022, 6, 1);

    // A running support has no checks yet.
    QVERIFY_OK(SupportRepository(db()).save(all(), s));
    QVERIFY_ERROR(SupportRepository(db()).planChecks(all(), s), Error::Kind::Validation);

    s.endDate = end;
    s.outcome = u"glissement"_s;
    QVERIFY_OK(SupportRepository(db()).save(all(), s));
    QVERIFY_OK(SupportRepository(db()).planChecks(all(), s));
    // Planning again adds nothing.
    QVERIFY_OK(SupportRepository(db()).planChecks(all(), s));
    REOPEN();
    TAKE(checks, SupportRepository(db()).checks(all(), s.id));
    QCOMPARE(checks.size(), 3);
    QCOMPARE(checks[0].offsetMonths, 6);
    QCOMPARE(checks[1].offsetMonths, 12);
    QCOMPARE(checks[2].offsetMonths, 24);
    QCOMPARE(checks[0].dueDate, due6);
    QCOMPARE(checks[1].dueDate, due12);
    QCOMPARE(checks[2].dueDate, due24);
    QCOMPARE(checks[0].dueDate, end.addMonths(6));
    QCOMPARE(checks[1].dueDate, end.addMonths(12));
    QCOMPARE(checks[2].dueDate, end.addMonths(24));
}

void TestRepositories::dwellingRoundTrip_data()
{
    QTest::addColumn<bool>("hasRent");
    QTest::addColumn<qint64>("rent");
    QTest::addColumn<bool>("hasCharges");
    QTest::addColumn<qint64>("charges");
    QTest::newRow("rent and charges") << true << qint64(52050) << true << qint64(8000);
    QTest::newRow("neither") << false << qint64(0) << false << qint64(0);
    QTest::newRow("rent only") << true << qint64(41999) << false << qint64(0);
    QTest::newRow("charges only") << false << qint64(0) << true << qint64(6500);
    QTest::newRow("zero is a value") << true << qint64(0) << true << qint64(0);
}

void TestRepositories::dwellingRoundTrip()
{
    QFETCH(bool, hasRent);
    QFETCH(qint64, rent);
    QFETCH(bool, hasCharges);
    QFETCH(qint64, charges);
    Dwelling d;
    d.reference = u"LGT-0815"_s;
    d.address = u"18 chemin de « la Flânerie », bât. B"_s;
    d.postalCode = u"31100"_s;
    d.commune = u"Toulouse"_s;
    d.typology = u"t1bis"_s;
    d.rent = hasRent ? std::optional<Cents>(rent) : std::nullopt;
    d.charges = hasCharges ? std::optional<Cents>(charges) : std::nullopt;
    d.furnished = true;
    d.qpv = true;
    d.agencyId = m_agencyA;
    QVERIFY_OK(DwellingRepository(db()).save(all(), d));
    REOPEN();
    {
        TAKE(stored, DwellingRepository(db()).get(d.id));
        QCOMPARE(stored.rent.has_value(), hasRent);
        QCOMPARE(stored.charges.has_value(), hasCharges);
        COMPARE_ROW(Tables::dwellings(), stored, d);
        TAKE(byAddress, DwellingRepository(db()).findByAddress(
                            u"18 CHEMIN DE « LA FLANERIE », BAT. B"_s, u"toulouse"_s));
        QVERIFY(byAddress.has_value());
        QCOMPARE(byAddress->id, d.id);
    }

    // Every field changes, including whether rent and charges are known.
    d.reference = u"LGT-0816"_s;
    d.address = u"1 rue Neuve"_s;
    d.postalCode = u"31600"_s;
    d.commune = u"Muret"_s;
    d.typology = u"t6_plus"_s;
    d.rent = hasRent ? std::nullopt : std::optional<Cents>(61000);
    d.charges = hasCharges ? std::nullopt : std::optional<Cents>(12345);
    d.furnished = false;
    d.qpv = false;
    d.agencyId = m_agencyB;
    QVERIFY_OK(DwellingRepository(db()).save(all(), d));
    REOPEN();
    TAKE(stored, DwellingRepository(db()).get(d.id));
    QCOMPARE(stored.rent.has_value(), !hasRent);
    QCOMPARE(stored.charges.has_value(), !hasCharges);
    COMPARE_ROW(Tables::dwellings(), stored, d);
}

void TestRepositories::leaseRoundTrip()
{
    ADD_HOUSEHOLD(household, u"LAAVA-2024-020"_s, m_agencyA);
    Lease l;
    l.householdId = household;
    l.dwellingId = m_dwelling;
    l.type = u"bail_glissant"_s;
    l.startReason = u"entree"_s;
    l.startDate = QDate(2023, 3, 1);
    l.endDate = QDate(2024, 2, 29);
    l.endReason = u"relogement"_s;
    l.subletterPartnerId = m_partner;
    l.expectedGlissementDate = QDate(2024, 3, 1);
    l.glissementConditions = u"Paiement régulier du loyer pendant 6 mois\n& entretien"_s;
    l.notes = trickyText();
    QVERIFY_OK(LeaseRepository(db()).save(all(), l));
    REOPEN();
    {
        TAKE(stored, LeaseRepository(db()).get(all(), l.id));
        COMPARE_ROW(Tables::leases(), stored, l);
    }

    l.dwellingId = m_dwelling2;
    l.type = u"sous_location"_s;
    l.startReason = u"relogement"_s;
    l.startDate = QDate(2023, 4, 1);
    l.endDate = QDate(2025, 3, 31);
    l.endReason = u"fin"_s;
    l.subletterPartnerId = m_partner2;
    l.expectedGlissementDate = QDate(2024, 10, 1);
    l.glissementConditions = u"Aucune"_s;
    l.notes = u"Changement de logement"_s;
    QVERIFY_OK(LeaseRepository(db()).save(all(), l));
    REOPEN();
    TAKE(stored, LeaseRepository(db()).forHousehold(all(), household));
    QCOMPARE(stored.size(), 1);
    COMPARE_ROW(Tables::leases(), stored[0], l);
}

void TestRepositories::leaseReviewsRoundTrip()
{
    ADD_HOUSEHOLD(household, u"LAAVA-2024-021"_s, m_agencyA);
    Lease l = sampleLease(household);
    QVERIFY_OK(LeaseRepository(db()).save(all(), l));
    LeaseReview first;
    first.leaseId = l.id;
    first.date = QDate(2023, 9, 1);
    first.outcome = u"poursuite_sous_location"_s;
    first.notes = trickyText();
    QVERIFY_OK(LeaseRepository(db()).saveReview(all(), first));
    QVERIFY(first.id > 0);
    REOPEN();
    {
        TAKE(reviews, LeaseRepository(db()).reviews(all(), l.id));
        QCOMPARE(reviews.size(), 1);
        COMPARE_ROW(Tables::leaseReviews(), reviews[0], first);
    }

    first.date = QDate(2023, 9, 15);
    first.outcome = u"glissement_differe"_s;
    first.notes = u"Dette locative à apurer"_s;
    QVERIFY_OK(LeaseRepository(db()).saveReview(all(), first));
    LeaseReview second;
    second.leaseId = l.id;
    second.date = QDate(2024, 3, 1);
    second.outcome = u"glissement_propose"_s;
    QVERIFY_OK(LeaseRepository(db()).saveReview(all(), second));
    REOPEN();
    {
        TAKE(reviews, LeaseRepository(db()).reviews(all(), l.id));
        QCOMPARE(reviews.size(), 2);
        COMPARE_ROW(Tables::leaseReviews(), reviews[0], first);
        COMPARE_ROW(Tables::leaseReviews(), reviews[1], second);
    }

    QVERIFY_OK(LeaseRepository(db()).removeReview(all(), first.id));
    REOPEN();
    TAKE(reviews, LeaseRepository(db()).reviews(all(), l.id));
    QCOMPARE(reviews.size(), 1);
    COMPARE_ROW(Tables::leaseReviews(), reviews[0], second);
}

void TestRepositories::recordGlissement_data()
{
    QTest::addColumn<QDate>("glissantEnd");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("directEnd");
    QTest::newRow("running bail glissant") << QDate() << QDate(2024, 3, 1) << QDate();
    QTest::newRow("bail glissant with a planned end")
        << QDate(2024, 12, 31) << QDate(2024, 3, 1) << QDate(2024, 12, 31);
    QTest::newRow("the day after the end")
        << QDate(2024, 2, 29) << QDate(2024, 3, 1) << QDate();
}

void TestRepositories::recordGlissement()
{
    QFETCH(QDate, glissantEnd);
    QFETCH(QDate, date);
    QFETCH(QDate, directEnd);
    ADD_HOUSEHOLD(household, u"LAAVA-2024-022"_s, m_agencyA);
    Lease glissant = sampleLease(household);
    glissant.endDate = glissantEnd;
    glissant.expectedGlissementDate = QDate(2024, 3, 1);
    glissant.glissementConditions = u"Six mois sans impayé"_s;
    QVERIFY_OK(LeaseRepository(db()).save(all(), glissant));

    TAKE(direct, LeaseRepository(db()).recordGlissement(all(), glissant.id, date));
    QVERIFY(direct.id > 0);
    REOPEN();
    TAKE(leases, LeaseRepository(db()).forHousehold(all(), household));
    QCOMPARE(leases.size(), 2);
    const Lease &ended = leases[0];
    const Lease &started = leases[1];
    QCOMPARE(ended.id, glissant.id);
    QCOMPARE(ended.type, u"bail_glissant"_s);
    QCOMPARE(ended.endDate, date.addDays(-1));
    QCOMPARE(ended.endReason, u"glissement"_s);
    QCOMPARE(ended.startDate, glissant.startDate);
    QCOMPARE(ended.subletterPartnerId, m_partner);
    QCOMPARE(started.id, direct.id);
    QCOMPARE(started.type, u"bail_direct"_s);
    QCOMPARE(started.startReason, u"glissement"_s);
    QCOMPARE(started.startDate, date);
    QCOMPARE(started.endDate, directEnd);
    QCOMPARE(started.dwellingId, glissant.dwellingId);
    QCOMPARE(started.householdId, household);
    QCOMPARE(started.subletterPartnerId, Id(0));
    COMPARE_ROW(Tables::leases(), started, direct);
    QVERIFY(!started.isRunningOn(date.addDays(-1)));
    QVERIFY(ended.isRunningOn(date.addDays(-1)));
    QVERIFY(started.isRunningOn(date));
    QVERIFY(!ended.isRunningOn(date));
}

void TestRepositories::recordGlissementRefused_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QDate>("date");
    const QDate none;
    QTest::newRow("bail direct") << u"bail_direct"_s << none << QDate(2024, 3, 1);
    QTest::newRow("on the first day") << u"bail_glissant"_s << none << QDate(2023, 3, 1);
    QTest::newRow("before the start") << u"bail_glissant"_s << none << QDate(2023, 1, 1);
    QTest::newRow("two days after the end")
        << u"bail_glissant"_s << QDate(2024, 2, 28) << QDate(2024, 3, 1);
    QTest::newRow("no date") << u"bail_glissant"_s << none << QDate();
}

void TestRepositories::recordGlissementRefused()
{
    QFETCH(QString, type);
    QFETCH(QDate, end);
    QFETCH(QDate, date);
    ADD_HOUSEHOLD(household, u"LAAVA-2024-023"_s, m_agencyA);
    Lease lease = sampleLease(household);
    lease.type = type;
    lease.endDate = end;
    if (type != u"bail_glissant")
        lease.subletterPartnerId = 0;
    QVERIFY_OK(LeaseRepository(db()).save(all(), lease));
    QVERIFY_ERROR(LeaseRepository(db()).recordGlissement(all(), lease.id, date),
                  Error::Kind::Validation);
    TAKE(leases, LeaseRepository(db()).forHousehold(all(), household));
    QCOMPARE(leases.size(), 1);
    COMPARE_ROW(Tables::leases(), leases[0], lease);
}

void TestRepositories::referralRoundTrip()
{
    ADD_HOUSEHOLD(household, u"LAAVA-2024-030"_s, m_agencyA);
    Referral r;
    r.householdId = household;
    r.actionId = m_action;
    r.date = QDate(2023, 1, 10);
    r.partnerId = m_partner;
    r.referrerName = u"M. García (SPIP)"_s;
    r.reason = trickyText();
    r.outcome = u"acceptee"_s;
    r.outcomeDate = QDate(2023, 2, 1);
    QVERIFY_OK(ReferralRepository(db()).save(all(), r));
    REOPEN();
    {
        TAKE(stored, ReferralRepository(db()).get(all(), r.id));
        COMPARE_ROW(Tables::referrals(), stored, r);
    }

    r.actionId = m_action2;
    r.date = QDate(2023, 5, 2);
    r.partnerId = m_partner2;
    r.referrerName = u"Mme Petit (CCAS)"_s;
    r.reason = u"Menace d'expulsion"_s;
    r.outcome = u"refus_menage"_s;
    r.outcomeDate = QDate(2023, 6, 30);
    QVERIFY_OK(ReferralRepository(db()).save(all(), r));
    REOPEN();
    TAKE(stored, ReferralRepository(db()).forHousehold(all(), household));
    QCOMPARE(stored.size(), 1);
    COMPARE_ROW(Tables::referrals(), stored[0], r);
    TAKE(between, ReferralRepository(db()).between(all(), QDate(2023, 5, 1),
                                                   QDate(2023, 5, 31)));
    QCOMPARE(idsOf(between), QList<Id>{r.id});
}

void TestRepositories::diagnosticRoundTrip()
{
    ADD_HOUSEHOLD(household, u"LAAVA-2024-040"_s, m_agencyA);
    Diagnostic d;
    d.householdId = household;
    d.actionId = m_action;
    d.date = QDate(2023, 1, 20);
    d.kind = u"entree"_s;
    d.author = u"Anne Rousseau"_s;
    d.partnerId = m_partner;
    d.recommendedIntensity = u"soutenue"_s;
    d.recommendedLeaseType = u"bail_glissant"_s;
    d.recommendation = trickyText();
    d.partnersToMobilise = {u"addictions"_s, u"mediation"_s};
    d.domains = {
        {u"acces_droits"_s, DiagnosticLevel::Important, u"Titre de séjour à renouveler"_s},
        {u"ressources_budget"_s, DiagnosticLevel::None, QString()},
        {u"sante"_s, DiagnosticLevel::NotEvaluated, u"Le ménage n'a pas souhaité en parler"_s},
        {u"dettes_impayes"_s, DiagnosticLevel::Major, u"Dette < 2 000 € & plan FSL"_s},
        {u"mobilite"_s, DiagnosticLevel::Light, u"Pas de permis"_s},
    };
    QVERIFY_OK(DiagnosticRepository(db()).save(all(), d));
    REOPEN();
    {
        TAKE(stored, DiagnosticRepository(db()).get(all(), d.id));
        CHECKED(compareDiagnostic(stored, d));
        // "Not evaluated" is an answer; a domain that was not filled in has none.
        const DiagnosticDomainAssessment *health = stored.assessment(u"sante"_s);
        QVERIFY(health != nullptr);
        QCOMPARE(int(health->level), int(DiagnosticLevel::NotEvaluated));
        QVERIFY(stored.assessment(u"justice"_s) == nullptr);
        TAKE(level, db().scalar(u"SELECT level FROM diagnostic_domains WHERE domain = ?"_s,
                                {u"sante"_s}));
        QCOMPARE(level.toInt(), -1);
    }

    d.actionId = m_action2;
    d.date = QDate(2023, 7, 20);
    d.kind = u"revision"_s;
    d.author = u"Paul Girard"_s;
    d.partnerId = m_partner2;
    d.recommendedIntensity = u"legere"_s;
    d.recommendedLeaseType = u"bail_direct"_s;
    d.recommendation = u"Glissement envisageable"_s;
    d.partnersToMobilise = {u"parentalite"_s};
    // Health is now assessed, justice is added as "not evaluated", the budget and debts are
    // dropped, and the order changes.
    d.domains = {
        {u"sante"_s, DiagnosticLevel::Light, u"Suivi médical en place"_s},
        {u"justice"_s, DiagnosticLevel::NotEvaluated, QString()},
        {u"mobilite"_s, DiagnosticLevel::None, u"Abonnement Tisséo"_s},
        {u"acces_droits"_s, DiagnosticLevel::Major, u"Droits suspendus"_s},
    };
    QVERIFY_OK(DiagnosticRepository(db()).save(all(), d));
    REOPEN();
    TAKE(stored, DiagnosticRepository(db()).forHousehold(all(), household));
    QCOMPARE(stored.size(), 1);
    CHECKED(compareDiagnostic(stored[0], d));
    QVERIFY(stored[0].assessment(u"ressources_budget"_s) == nullptr);
    QVERIFY(stored[0].assessment(u"justice"_s) != nullptr);
    QCOMPARE(int(stored[0].assessment(u"justice"_s)->level), int(DiagnosticLevel::NotEvaluated));
    TAKE(rows, countRows(db(), u"diagnostic_domains"_s));
    QCOMPARE(rows, 4);

    // A domain assessed twice is refused.
    d.domains.append({u"sante"_s, DiagnosticLevel::Major, QString()});
    QVERIFY_ERROR(DiagnosticRepository(db()).save(all(), d), Error::Kind::Validation);
}

void TestRepositories::meetingRoundTrip()
{
    ADD_HOUSEHOLD(household, u"LAAVA-2024-050"_s, m_agencyA);
    TripartiteMeeting m;
    m.householdId = household;
    m.actionId = m_action;
    m.date = QDate(2023, 1, 25);
    m.time = QTime(14, 30);
    m.place = u"Agence Nord, salle « Garonne »"_s;
    m.purpose = u"entree"_s;
    m.outcome = u"favorable"_s;
    m.minutes = trickyText();
    MeetingParticipant landlord;
    landlord.party = u"bailleur"_s;
    landlord.name = u"Claire Rivière"_s;
    landlord.function = u"Responsable du pôle social"_s;
    MeetingParticipant association;
    association.party = u"association"_s;
    association.name = u"Anne Rousseau"_s;
    association.function = u"Référente du dispositif"_s;
    MeetingParticipant menage;
    menage.party = u"menage"_s;
    menage.name = u"Hélène Dupont"_s;
    menage.present = false;
    m.participants = {landlord, association, menage};
    QVERIFY_OK(MeetingRepository(db()).save(all(), m));
    REOPEN();
    {
        TAKE(stored, MeetingRepository(db()).get(all(), m.id));
        QCOMPARE(stored.time, QTime(14, 30));
        COMPARE_ROWS(Tables::meetingParticipants(), stored.participants, m.participants);
        COMPARE_ROW(Tables::meetings(), stored, m);
    }

    const Id landlordId = m.participants[0].id;
    const Id associationId = m.participants[1].id;
    const Id householdId = m.participants[2].id;
    m.actionId = m_action2;
    m.date = QDate(2023, 7, 3);
    m.time = QTime(9, 5);
    m.place = u"Au domicile"_s;
    m.purpose = u"mi_parcours"_s;
    m.outcome = u"reporte"_s;
    m.minutes = u"Reporté à la demande du ménage"_s;
    m.participants[0].party = u"autre"_s;
    m.participants[0].name = u"Jean Lefèvre"_s;
    m.participants[0].function = u"Médiateur"_s;
    m.participants[0].present = false;
    m.participants[2].present = true;
    MeetingParticipant cesf;
    cesf.party = u"bailleur"_s;
    cesf.name = u"Marie Martin"_s;
    cesf.function = u"CESF"_s;
    // Participants are read back in the order they were first recorded.
    m.participants = {m.participants[0], m.participants[2], cesf};
    QVERIFY_OK(MeetingRepository(db()).save(all(), m));
    REOPEN();
    TAKE(stored, MeetingRepository(db()).get(all(), m.id));
    QCOMPARE(stored.participants[0].id, landlordId);
    QCOMPARE(stored.participants[1].id, householdId);
    QVERIFY(!idsOf(stored.participants).contains(associationId));
    COMPARE_ROWS(Tables::meetingParticipants(), stored.participants, m.participants);
    COMPARE_ROW(Tables::meetings(), stored, m);
}

void TestRepositories::calDecisionRoundTrip()
{
    ADD_HOUSEHOLD(household, u"LAAVA-2024-060"_s, m_agencyA);
    CalDecision c;
    c.householdId = household;
    c.actionId = m_action;
    c.date = QDate(2023, 2, 20);
    c.decision = u"attribution_sous_condition"_s;
    c.dwellingId = m_dwelling;
    c.conditions = u"Signature du contrat d'accompagnement « avant » l'entrée"_s;
    c.notes = trickyText();
    QVERIFY_OK(CalDecisionRepository(db()).save(all(), c));
    REOPEN();
    {
        TAKE(stored, CalDecisionRepository(db()).get(all(), c.id));
        COMPARE_ROW(Tables::calDecisions(), stored, c);
    }

    c.actionId = m_action2;
    c.date = QDate(2023, 3, 20);
    c.decision = u"refus"_s;
    c.dwellingId = m_dwelling2;
    c.conditions = u"Sans objet"_s;
    c.notes = u"Logement inadapté"_s;
    QVERIFY_OK(CalDecisionRepository(db()).save(all(), c));
    REOPEN();
    TAKE(stored, CalDecisionRepository(db()).forHousehold(all(), household));
    QCOMPARE(stored.size(), 1);
    COMPARE_ROW(Tables::calDecisions(), stored[0], c);
}

void TestRepositories::contractRoundTrip()
{
    ADD_HOUSEHOLD(household, u"LAAVA-2024-070"_s, m_agencyA);
    SupportContract k;
    k.householdId = household;
    k.actionId = m_action;
    k.place = u"Toulouse"_s;
    k.durationMonths = 6;
    k.meetingFrequency = u"hebdomadaire"_s;
    k.householdCommitments = trickyText();
    k.associationCommitments = u"Une visite par semaine"_s;
    k.landlordCommitments = u"Rencontre à l'entrée"_s;
    k.consentDate = QDate(2023, 3, 1);
    k.landlordSignatory = u"Claire Rivière"_s;
    k.associationSignatory = u"Anne Rousseau"_s;
    ContractVersion initial;
    initial.number = 1;
    initial.kind = u"initial"_s;
    initial.date = QDate(2023, 3, 1);
    initial.startDate = QDate(2023, 3, 1);
    initial.endDate = QDate(2023, 8, 31);
    initial.notes = u"Signé « sur place »"_s;
    ContractVersion amendment;
    amendment.number = 2;
    amendment.kind = u"avenant"_s;
    amendment.date = QDate(2023, 6, 1);
    amendment.startDate = QDate(2023, 6, 1);
    amendment.endDate = QDate(2023, 8, 31);
    k.versions = {initial, amendment};
    QVERIFY_OK(ContractRepository(db()).save(all(), k));
    REOPEN();
    {
        TAKE(stored, ContractRepository(db()).get(all(), k.id));
        COMPARE_ROWS(Tables::contractVersions(), stored.versions, k.versions);
        COMPARE_ROW(Tables::contracts(), stored, k);
        QCOMPARE(stored.currentVersion()->id, k.versions[1].id);
    }

    // Every field changes; the two versions swap numbers and a renewal is added.
    const Id initialId = k.versions[0].id;
    const Id amendmentId = k.versions[1].id;
    k.actionId = m_action2;
    k.place = u"Muret"_s;
    k.durationMonths = 12;
    k.meetingFrequency = u"mensuelle"_s;
    k.householdCommitments = u"Recevoir la CESF"_s;
    k.associationCommitments = u"Deux visites par mois"_s;
    k.landlordCommitments = u"Commission de suivi trimestrielle"_s;
    k.consentDate = QDate(2023, 3, 2);
    k.landlordSignatory = u"Jean Lefèvre"_s;
    k.associationSignatory = u"Paul Girard"_s;
    ContractVersion first = k.versions[1];
    first.number = 1;
    first.notes = u"Renuméroté"_s;
    ContractVersion second = k.versions[0];
    second.number = 2;
    second.kind = u"avenant"_s;
    second.date = QDate(2023, 3, 2);
    second.startDate = QDate(2023, 3, 2);
    second.endDate = QDate(2023, 9, 1);
    second.notes = QString();
    ContractVersion renewal;
    renewal.number = 3;
    renewal.kind = u"renouvellement"_s;
    renewal.date = QDate(2023, 9, 1);
    renewal.startDate = QDate(2023, 9, 1);
    renewal.endDate = QDate(2024, 8, 31);
    k.versions = {first, second, renewal};
    QVERIFY_OK(ContractRepository(db()).save(all(), k));
    REOPEN();
    {
        TAKE(stored, ContractRepository(db()).get(all(), k.id));
        QCOMPARE(idsOf(stored.versions).mid(0, 2), (QList<Id>{amendmentId, initialId}));
        COMPARE_ROWS(Tables::contractVersions(), stored.versions, k.versions);
        COMPARE_ROW(Tables::contracts(), stored, k);
    }

    // The first version is removed and the others renumbered.
    k.versions.removeFirst();
    for (qsizetype i = 0; i < k.versions.size(); ++i)
        k.versions[i].number = int(i) + 1;
    QVERIFY_OK(ContractRepository(db()).save(all(), k));
    REOPEN();
    TAKE(stored, ContractRepository(db()).find(all(), household, m_action2));
    QVERIFY(stored.has_value());
    QCOMPARE(idsOf(stored->versions), (QList<Id>{initialId, k.versions[1].id}));
    COMPARE_ROWS(Tables::contractVersions(), stored->versions, k.versions);
    COMPARE_ROW(Tables::contracts(), *stored, k);

    // One contract per household and action.
    SupportContract duplicate = sampleContract(household);
    duplicate.actionId = m_action2;
    QVERIFY_ERROR(ContractRepository(db()).save(all(), duplicate), Error::Kind::Validation);
}

void TestRepositories::planRoundTrip()
{
    ADD_HOUSEHOLD(household, u"LAAVA-2024-080"_s, m_agencyA);
    SupportPlan p;
    p.householdId = household;
    p.actionId = m_action;
    p.date = QDate(2023, 3, 15);
    p.notes = trickyText();
    Objective rent;
    rent.axis = u"budget_loyer"_s;
    rent.title = u"Payer le loyer chaque mois"_s;
    rent.actions = u"Mise en place d'un prélèvement"_s;
    rent.status = u"en_cours"_s;
    rent.targetDate = QDate(2023, 6, 30);
    Objective rights;
    rights.axis = u"acces_droits"_s;
    rights.title = u"Ouvrir les droits APL"_s;
    rights.status = u"atteint"_s;
    rights.targetDate = QDate(2023, 4, 30);
    rights.doneDate = QDate(2023, 4, 12);
    Objective glissement;
    glissement.axis = u"preparation_glissement"_s;
    glissement.title = u"Préparer le glissement du bail"_s;
    glissement.status = u"a_faire"_s;
    MobilisedPartner mediation;
    mediation.partnerId = m_partner;
    mediation.need = u"mediation"_s;
    mediation.startDate = QDate(2023, 4, 1);
    mediation.endDate = QDate(2023, 6, 30);
    mediation.notes = u"Conflit « de palier »"_s;
    p.objectives = {rent, rights, glissement};
    p.partners = {mediation};
    QVERIFY_OK(PlanRepository(db()).save(all(), p));
    for (qsizetype i = 0; i < p.objectives.size(); ++i) {
        QCOMPARE(p.objectives[i].position, int(i));
        QCOMPARE(p.objectives[i].planId, p.id);
    }
    REOPEN();
    {
        TAKE(stored, PlanRepository(db()).get(all(), p.id));
        COMPARE_ROWS(Tables::objectives(), stored.objectives, p.objectives);
        COMPARE_ROWS(Tables::mobilisedPartners(), stored.partners, p.partners);
        COMPARE_ROW(Tables::plans(), stored, p);
    }

    // Reorder and change objectives, drop one, add one; change the partner, add another.
    const Id rentId = p.objectives[0].id;
    const Id rightsId = p.objectives[1].id;
    const Id glissementId = p.objectives[2].id;
    const Id mediationId = p.partners[0].id;
    p.actionId = m_action2;
    p.date = QDate(2023, 9, 1);
    p.notes = u"Plan révisé"_s;
    Objective changedRent = p.objectives[0];
    changedRent.axis = u"entretien_logement"_s;
    changedRent.title = u"Entretenir le logement"_s;
    changedRent.actions = u"Visites mensuelles"_s;
    changedRent.status = u"partiellement_atteint"_s;
    changedRent.targetDate = QDate(2023, 12, 31);
    changedRent.doneDate = QDate(2023, 11, 2);
    Objective neighbours;
    neighbours.axis = u"voisinage_mediation"_s;
    neighbours.title = u"Apaiser les relations de voisinage"_s;
    neighbours.status = u"a_faire"_s;
    p.objectives = {p.objectives[2], changedRent, neighbours};
    p.partners[0].partnerId = m_partner2;
    p.partners[0].need = u"addictions"_s;
    p.partners[0].startDate = QDate(2023, 9, 1);
    p.partners[0].endDate = QDate();
    p.partners[0].notes = u"Orientation CSAPA"_s;
    MobilisedPartner parenting;
    parenting.partnerId = m_partner;
    parenting.need = u"parentalite"_s;
    p.partners.append(parenting);
    QVERIFY_OK(PlanRepository(db()).save(all(), p));
    REOPEN();
    TAKE(stored, PlanRepository(db()).find(all(), household, m_action2));
    QVERIFY(stored.has_value());
    QCOMPARE(idsOf(stored->objectives).mid(0, 2), (QList<Id>{glissementId, rentId}));
    QVERIFY(!idsOf(stored->objectives).contains(rightsId));
    QCOMPARE(stored->partners[0].id, mediationId);
    for (qsizetype i = 0; i < stored->objectives.size(); ++i)
        QCOMPARE(stored->objectives[i].position, int(i));
    COMPARE_ROWS(Tables::objectives(), stored->objectives, p.objectives);
    COMPARE_ROWS(Tables::mobilisedPartners(), stored->partners, p.partners);
    COMPARE_ROW(Tables::plans(), *stored, p);

    // One plan per household and action.
    SupportPlan duplicate = samplePlan(household);
    duplicate.actionId = m_action2;
    QVERIFY_ERROR(PlanRepository(db()).save(all(), duplicate), Error::Kind::Validation);
}

void TestRepositories::contactRoundTrip_data()
{
    QTest::addColumn<bool>("hasDuration");
    QTest::addColumn<int>("duration");
    QTest::newRow("with a duration") << true << 45;
    QTest::newRow("without a duration") << false << 0;
    QTest::newRow("zero minutes is a duration") << true << 0;
}

void TestRepositories::contactRoundTrip()
{
    QFETCH(bool, hasDuration);
    QFETCH(int, duration);
    ADD_HOUSEHOLD(household, u"LAAVA-2024-090"_s, m_agencyA);
    Contact c;
    c.householdId = household;
    c.actionId = m_action;
    c.date = QDate(2024, 2, 12);
    c.type = u"visite_domicile"_s;
    c.durationMinutes = hasDuration ? std::optional<int>(duration) : std::nullopt;
    c.author = u"Marie Martin"_s;
    c.authorUserId = m_user;
    c.notes = trickyText();
    QVERIFY_OK(ContactRepository(db()).save(all(), c));
    REOPEN();
    {
        TAKE(stored, ContactRepository(db()).get(all(), c.id));
        QCOMPARE(stored.durationMinutes.has_value(), hasDuration);
        COMPARE_ROW(Tables::contacts(), stored, c);
    }

    c.actionId = m_action2;
    c.date = QDate(2024, 2, 13);
    c.type = u"telephone"_s;
    c.durationMinutes = hasDuration ? std::nullopt : std::optional<int>(1440);
    c.author = u"Sophie Bernard"_s;
    c.authorUserId = m_user2;
    c.notes = u"Appel de suivi"_s;
    QVERIFY_OK(ContactRepository(db()).save(all(), c));
    REOPEN();
    TAKE(stored, ContactRepository(db()).forHousehold(all(), household));
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored[0].durationMinutes.has_value(), !hasDuration);
    COMPARE_ROW(Tables::contacts(), stored[0], c);
}

void TestRepositories::alertRoundTrip_data()
{
    QTest::addColumn<bool>("hasAmount");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<bool>("closed");
    QTest::newRow("unpaid rent, open") << true << qint64(123450) << false;
    QTest::newRow("no amount, closed") << false << qint64(0) << true;
    QTest::newRow("zero arrears, closed") << true << qint64(0) << true;
    QTest::newRow("no amount, open") << false << qint64(0) << false;
}

void TestRepositories::alertRoundTrip()
{
    QFETCH(bool, hasAmount);
    QFETCH(qint64, amount);
    QFETCH(bool, closed);
    ADD_HOUSEHOLD(household, u"LAAVA-2024-100"_s, m_agencyA);
    Alert a;
    a.householdId = household;
    a.date = QDate(2024, 2, 5);
    a.type = hasAmount ? u"impayes_loyer"_s : u"trouble_voisinage"_s;
    a.amount = hasAmount ? std::optional<Cents>(amount) : std::nullopt;
    a.description = trickyText();
    a.closedDate = closed ? QDate(2024, 3, 1) : QDate();
    a.resolution = closed ? u"Plan d'apurement signé"_s : QString();
    QVERIFY_OK(AlertRepository(db()).save(all(), a));
    REOPEN();
    {
        TAKE(stored, AlertRepository(db()).get(all(), a.id));
        QCOMPARE(stored.amount.has_value(), hasAmount);
        QCOMPARE(stored.isOpen(), !closed);
        COMPARE_ROW(Tables::alerts(), stored, a);
    }

    a.date = QDate(2024, 2, 6);
    a.type = u"degradation"_s;
    a.amount = hasAmount ? std::nullopt : std::optional<Cents>(99);
    a.description = u"Porte d'entrée abîmée"_s;
    a.closedDate = closed ? QDate() : QDate(2024, 4, 2);
    a.resolution = closed ? QString() : u"Réparée"_s;
    QVERIFY_OK(AlertRepository(db()).save(all(), a));
    REOPEN();
    TAKE(stored, AlertRepository(db()).forHousehold(all(), household));
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored[0].amount.has_value(), !hasAmount);
    QCOMPARE(stored[0].isOpen(), closed);
    COMPARE_ROW(Tables::alerts(), stored[0], a);
}

void TestRepositories::committeeRoundTrip()
{
    ADD_HOUSEHOLD(first, u"LAAVA-2024-110"_s, m_agencyA);
    ADD_HOUSEHOLD(second, u"LAAVA-2024-111"_s, m_agencyA);
    ADD_HOUSEHOLD(third, u"LAAVA-2024-112"_s, m_agencyA);
    FollowUpCommittee c;
    c.agencyId = m_agencyA;
    c.actionId = m_action;
    c.date = QDate(2024, 3, 14);
    c.time = QTime(9, 30);
    c.place = u"Agence Nord"_s;
    c.participants = u"Claire Rivière\nAnne Rousseau (UCRM)"_s;
    c.minutes = trickyText();
    CommitteeReview r1;
    r1.householdId = first;
    r1.reason = u"Alerte impayés"_s;
    r1.decision = u"poursuite"_s;
    r1.decisionNotes = u"Point « dans un mois »"_s;
    CommitteeReview r2;
    r2.householdId = second;
    r2.reason = u"Objectif en retard"_s;
    c.reviews = {r1, r2};
    QVERIFY_OK(CommitteeRepository(db()).save(all(), c));
    for (qsizetype i = 0; i < c.reviews.size(); ++i) {
        QVERIFY(c.reviews[i].id > 0);
        QCOMPARE(c.reviews[i].committeeId, c.id);
        QCOMPARE(c.reviews[i].position, int(i));
    }
    REOPEN();
    {
        TAKE(stored, CommitteeRepository(db()).get(all(), c.id));
        QCOMPARE(stored.time, QTime(9, 30));
        COMPARE_ROWS(Tables::committeeReviews(), stored.reviews, c.reviews);
        COMPARE_ROW(Tables::committees(), stored, c);
    }

    const Id r1Id = c.reviews[0].id;
    const Id r2Id = c.reviews[1].id;
    c.agencyId = m_agencyB;
    c.actionId = m_action2;
    c.date = QDate(2024, 6, 13);
    c.time = QTime(14, 0);
    c.place = u"Agence Sud"_s;
    c.participants = u"Marie Martin"_s;
    c.minutes = u"Compte rendu"_s;
    c.reviews[1].reason = u"Renouvellement"_s;
    c.reviews[1].decision = u"renforcement"_s;
    c.reviews[1].decisionNotes = u"Deux visites par semaine"_s;
    c.reviews[0].reason = u"Suivi"_s;
    c.reviews[0].decision = u"fin_accompagnement"_s;
    c.reviews[0].decisionNotes = QString();
    CommitteeReview r3;
    r3.householdId = third;
    r3.reason = u"Nouvelle entrée"_s;
    r3.decision = u"reexamen"_s;
    c.reviews = {c.reviews[1], r3, c.reviews[0]};
    QVERIFY_OK(CommitteeRepository(db()).save(all(), c));
    REOPEN();
    {
        TAKE(stored, CommitteeRepository(db()).get(all(), c.id));
        QCOMPARE(stored.reviews[0].id, r2Id);
        QCOMPARE(stored.reviews[2].id, r1Id);
        COMPARE_ROWS(Tables::committeeReviews(), stored.reviews, c.reviews);
        COMPARE_ROW(Tables::committees(), stored, c);
    }

    // Removing a review; the household's history lists its remaining reviews.
    c.reviews.removeLast();
    QVERIFY_OK(CommitteeRepository(db()).save(all(), c));
    REOPEN();
    TAKE(stored, CommitteeRepository(db()).get(all(), c.id));
    COMPARE_ROWS(Tables::committeeReviews(), stored.reviews, c.reviews);
    TAKE(ofFirst, CommitteeRepository(db()).reviewsOf(all(), first));
    QVERIFY(ofFirst.isEmpty());
    TAKE(ofSecond, CommitteeRepository(db()).reviewsOf(all(), second));
    QCOMPARE(ofSecond.size(), 1);
    QCOMPARE(ofSecond[0].first.id, c.id);
    COMPARE_ROW(Tables::committeeReviews(), ofSecond[0].second, c.reviews[0]);
}

// --- optional values -------------------------------------------------------------------------

void TestRepositories::householdWithoutCesfReadsBackZero()
{
    Household h = sampleHousehold(u"LAAVA-2024-120"_s, m_agencyA);
    h.cesfUserId = 0;
    QVERIFY_OK(HouseholdRepository(db()).save(all(), h));
    REOPEN();
    TAKE(isNull, db().scalar(u"SELECT cesf_user_id IS NULL FROM households WHERE id = ?"_s,
                             {h.id}));
    QCOMPARE(isNull.toInt(), 1);
    TAKE(stored, HouseholdRepository(db()).get(all(), h.id, HouseholdRepository::Trace::Silent));
    QCOMPARE(stored.cesfUserId, Id(0));
    TAKE(rows, HouseholdRepository(db()).list(all()));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].cesfUserId, Id(0));

    // And back to a referent, then none again.
    stored.cesfUserId = m_user;
    QVERIFY_OK(HouseholdRepository(db()).save(all(), stored));
    stored.cesfUserId = 0;
    QVERIFY_OK(HouseholdRepository(db()).save(all(), stored));
    REOPEN();
    TAKE(again, HouseholdRepository(db()).get(all(), h.id, HouseholdRepository::Trace::Silent));
    QCOMPARE(again.cesfUserId, Id(0));
}

void TestRepositories::emptyOptionalValuesStoredAsNull_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    const QList<std::pair<const char *, const char *>> columns = {
        {"households", "cesf_user_id"},       {"households", "consent_date"},
        {"members", "birth_date"},            {"users", "agency_id"},
        {"users", "partner_id"},              {"users", "created_at"},
        {"actions", "call_year"},             {"actions", "lead_partner_id"},
        {"actions", "start_date"},            {"expenses", "partner_id"},
        {"partner_agreements", "dwellings_reserved"},
        {"partner_agreements", "end_date"},   {"dwellings", "rent"},
        {"dwellings", "charges"},             {"dwellings", "agency_id"},
        {"supports", "partner_id"},           {"supports", "start_date"},
        {"supports", "end_date"},             {"post_support_checks", "done_date"},
        {"post_support_checks", "still_housed"},
        {"leases", "end_date"},               {"leases", "subletter_partner_id"},
        {"leases", "expected_glissement_date"},
        {"referrals", "date"},                {"referrals", "partner_id"},
        {"referrals", "outcome_date"},        {"diagnostics", "action_id"},
        {"diagnostics", "partner_id"},        {"tripartite_meetings", "action_id"},
        {"tripartite_meetings", "time"},      {"cal_decisions", "action_id"},
        {"cal_decisions", "dwelling_id"},     {"contracts", "consent_date"},
        {"contract_versions", "date"},        {"objectives", "target_date"},
        {"contacts", "action_id"},            {"contacts", "duration_minutes"},
        {"contacts", "author_user_id"},       {"alerts", "amount"},
        {"alerts", "closed_date"},            {"committees", "action_id"},
        {"committees", "time"},               {"organisation", "logo"},
    };
    for (const auto &[table, column] : columns) {
        QTest::addRow("%s.%s", table, column)
            << QString::fromLatin1(table) << QString::fromLatin1(column);
    }
}

void TestRepositories::emptyOptionalValuesStoredAsNull()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    // One record of every kind with nothing optional filled in.
    QHash<QString, Id> ids;
    Household h;
    h.reference = u"MIN-001"_s;
    h.agencyId = m_agencyA;
    h.members = {makeMember(u"Seul"_s, QString(), u"titulaire"_s)};
    QVERIFY_OK(HouseholdRepository(db()).save(all(), h));
    ids[u"households"_s] = h.id;
    ids[u"members"_s] = h.members[0].id;

    User u;
    u.login = u"direction"_s;
    u.displayName = u"Direction"_s;
    u.role = u"administrateur"_s;
    QVERIFY_OK(UserRepository(db()).save(all(), u));
    ids[u"users"_s] = u.id;
    Action a;
    a.code = u"MIN"_s;
    a.name = u"Action minimale"_s;
    Expense e;
    e.date = QDate(2024, 1, 1);
    e.amount = 100;
    a.expenses = {e};
    QVERIFY_OK(ActionRepository(db()).save(all(), a));
    ids[u"actions"_s] = a.id;
    ids[u"expenses"_s] = a.expenses[0].id;
    Partner p;
    p.code = u"MINP"_s;
    p.name = u"Partenaire minimal"_s;
    PartnerAgreement agreement;
    agreement.startDate = QDate(2024, 1, 1);
    p.agreements = {agreement};
    QVERIFY_OK(PartnerRepository(db()).save(all(), p));
    ids[u"partner_agreements"_s] = p.agreements[0].id;
    Dwelling d;
    d.address = u"1 rue Minimale"_s;
    QVERIFY_OK(DwellingRepository(db()).save(all(), d));
    ids[u"dwellings"_s] = d.id;

    Support s;
    s.householdId = h.id;
    s.actionId = m_action;
    s.householdKind = u"nouvel_entrant"_s;
    QVERIFY_OK(SupportRepository(db()).save(all(), s));
    ids[u"supports"_s] = s.id;
    PostSupportCheck check;
    check.supportId = s.id;
    QVERIFY_OK(SupportRepository(db()).saveCheck(all(), check));
    ids[u"post_support_checks"_s] = check.id;
    Lease l;
    l.householdId = h.id;
    l.dwellingId = m_dwelling;
    l.type = u"bail_direct"_s;
    l.startDate = QDate(2024, 1, 1);
    QVERIFY_OK(LeaseRepository(db()).save(all(), l));
    ids[u"leases"_s] = l.id;
    Referral r;
    r.householdId = h.id;
    r.actionId = m_action;
    QVERIFY_OK(ReferralRepository(db()).save(all(), r));
    ids[u"referrals"_s] = r.id;
    Diagnostic diagnostic;
    diagnostic.householdId = h.id;
    diagnostic.date = QDate(2024, 1, 2);
    diagnostic.kind = u"entree"_s;
    QVERIFY_OK(DiagnosticRepository(db()).save(all(), diagnostic));
    ids[u"diagnostics"_s] = diagnostic.id;
    TripartiteMeeting meeting;
    meeting.householdId = h.id;
    meeting.date = QDate(2024, 1, 3);
    QVERIFY_OK(MeetingRepository(db()).save(all(), meeting));
    ids[u"tripartite_meetings"_s] = meeting.id;
    CalDecision cal;
    cal.householdId = h.id;
    cal.date = QDate(2024, 1, 4);
    cal.decision = u"ajournement"_s;
    QVERIFY_OK(CalDecisionRepository(db()).save(all(), cal));
    ids[u"cal_decisions"_s] = cal.id;
    SupportContract contract;
    contract.householdId = h.id;
    contract.actionId = m_action;
    ContractVersion version;
    version.kind = u"initial"_s;
    contract.versions = {version};
    QVERIFY_OK(ContractRepository(db()).save(all(), contract));
    ids[u"contracts"_s] = contract.id;
    ids[u"contract_versions"_s] = contract.versions[0].id;
    SupportPlan plan;
    plan.householdId = h.id;
    plan.actionId = m_action;
    Objective objective;
    objective.axis = u"relogement"_s;
    objective.title = u"Trouver un T2"_s;
    objective.status = u"a_faire"_s;
    plan.objectives = {objective};
    QVERIFY_OK(PlanRepository(db()).save(all(), plan));
    ids[u"objectives"_s] = plan.objectives[0].id;
    Contact contact;
    contact.householdId = h.id;
    contact.date = QDate(2024, 1, 5);
    contact.type = u"courrier"_s;
    QVERIFY_OK(ContactRepository(db()).save(all(), contact));
    ids[u"contacts"_s] = contact.id;
    Alert alert;
    alert.householdId = h.id;
    alert.date = QDate(2024, 1, 6);
    alert.type = u"absence_prolongee"_s;
    QVERIFY_OK(AlertRepository(db()).save(all(), alert));
    ids[u"alerts"_s] = alert.id;
    FollowUpCommittee committee;
    committee.agencyId = m_agencyA;
    committee.date = QDate(2024, 1, 7);
    QVERIFY_OK(CommitteeRepository(db()).save(all(), committee));
    ids[u"committees"_s] = committee.id;
    Organisation organisation;
    organisation.name = u"Bailleur"_s;
    QVERIFY_OK(OrganisationRepository(db()).save(all(), organisation));
    ids[u"organisation"_s] = 1;

    QVERIFY2(ids.contains(table), qPrintable(u"no record was made for "_s + table));
    REOPEN();
    TAKE(isNull, db().scalar(u"SELECT "_s + column + u" IS NULL FROM "_s + table
                                 + u" WHERE id = ?"_s,
                             {ids.value(table)}));
    QVERIFY2(!isNull.isNull(), "the record is missing");
    QCOMPARE(isNull.toInt(), 1);
}

// --- scopes ----------------------------------------------------------------------------------

void TestRepositories::scopeHidesOtherAgency_data()
{
    QTest::addColumn<QString>("records");
    for (const char *name : {"household", "referrals", "supports", "contacts", "alerts",
                             "cal decisions", "diagnostics", "meetings", "contracts", "plans",
                             "leases", "audit journal", "committee reviews",
                             "post-support checks", "lease reviews", "lists of the review"}) {
        QTest::newRow(name) << QString::fromLatin1(name);
    }
}

void TestRepositories::scopeHidesOtherAgency()
{
    QFETCH(QString, records);
    ADD_HOUSEHOLD(mine, u"NORD-001"_s, m_agencyA);
    ADD_HOUSEHOLD(hidden, u"SUD-001"_s, m_agencyB);
    const Scope north = Scope::agency(m_agencyA, u"cesf.nord"_s, m_user);
    const Scope south = Scope::agency(m_agencyB, u"cesf.sud"_s, m_user2);

    if (records == u"household") {
        HouseholdRepository households(db());
        QVERIFY_ERROR(households.get(north, hidden), Error::Kind::NotFound);
        QVERIFY_ERROR(households.get(north, hidden, HouseholdRepository::Trace::Silent),
                      Error::Kind::NotFound);
        TAKE(visible, households.get(south, hidden, HouseholdRepository::Trace::Silent));
        QCOMPARE(visible.id, hidden);
        TAKE(notFound, households.findByReference(north, u"SUD-001"_s));
        QVERIFY(!notFound.has_value());
        TAKE(found, households.findByReference(south, u"SUD-001"_s));
        QCOMPARE(found.value_or(0), hidden);
        QVERIFY_ERROR(households.remove(north, hidden), Error::Kind::NotFound);
        // Taking the household over into one's own agency is not possible either.
        Household takeOver = visible;
        takeOver.agencyId = m_agencyA;
        takeOver.notes = u"pris en charge"_s;
        QVERIFY_ERROR(households.save(north, takeOver), Error::Kind::NotFound);
        TAKE(after, households.get(all(), hidden, HouseholdRepository::Trace::Silent));
        QCOMPARE(after.agencyId, m_agencyB);
        QCOMPARE(after.notes, QString());
        QCOMPARE(after.rowVersion, visible.rowVersion);
        TAKE(rows, households.list(north));
        QCOMPARE(referencesOf(rows), QStringList{u"NORD-001"_s});
        Q_UNUSED(mine);
    } else if (records == u"referrals") {
        CHECKED(checkHiddenRecords<ReferralRepository>(db(), sampleReferral(hidden), south,
                                                       north));
    } else if (records == u"supports") {
        CHECKED(checkHiddenRecords<SupportRepository>(db(), sampleSupport(hidden), south, north));
        QVERIFY_ERROR(SupportRepository(db()).find(north, hidden, m_action),
                      Error::Kind::NotFound);
    } else if (records == u"contacts") {
        CHECKED(checkHiddenRecords<ContactRepository>(
            db(), sampleContact(hidden, QDate(2024, 1, 8)), south, north));
    } else if (records == u"alerts") {
        CHECKED(checkHiddenRecords<AlertRepository>(db(), sampleAlert(hidden), south, north));
    } else if (records == u"cal decisions") {
        CHECKED(checkHiddenRecords<CalDecisionRepository>(db(), sampleCalDecision(hidden),
                                                          south, north));
    } else if (records == u"diagnostics") {
        CHECKED(checkHiddenRecords<DiagnosticRepository>(db(), sampleDiagnostic(hidden), south,
                                                         north));
    } else if (records == u"meetings") {
        CHECKED(checkHiddenRecords<MeetingRepository>(db(), sampleMeeting(hidden), south, north));
    } else if (records == u"contracts") {
        CHECKED(checkHiddenRecords<ContractRepository>(db(), sampleContract(hidden), south,
                                                       north));
        QVERIFY_ERROR(ContractRepository(db()).find(north, hidden, m_action),
                      Error::Kind::NotFound);
    } else if (records == u"plans") {
        CHECKED(checkHiddenRecords<PlanRepository>(db(), samplePlan(hidden), south, north));
        QVERIFY_ERROR(PlanRepository(db()).find(north, hidden, m_action),
                      Error::Kind::NotFound);
    } else if (records == u"leases") {
        CHECKED(checkHiddenRecords<LeaseRepository>(db(), sampleLease(hidden), south, north));
    } else if (records == u"audit journal") {
        TAKE(journal, AuditRepository(db()).forHousehold(south, hidden));
        QVERIFY(!journal.isEmpty());
        QVERIFY_ERROR(AuditRepository(db()).forHousehold(north, hidden), Error::Kind::NotFound);
    } else if (records == u"committee reviews") {
        FollowUpCommittee committee;
        committee.agencyId = m_agencyB;
        committee.date = QDate(2024, 3, 14);
        CommitteeReview review;
        review.householdId = hidden;
        committee.reviews = {review};
        QVERIFY_OK(CommitteeRepository(db()).save(south, committee));
        TAKE(reviews, CommitteeRepository(db()).reviewsOf(south, hidden));
        QCOMPARE(reviews.size(), 1);
        QVERIFY_ERROR(CommitteeRepository(db()).reviewsOf(north, hidden),
                      Error::Kind::NotFound);
    } else if (records == u"post-support checks") {
        Support s = sampleSupport(hidden);
        s.endDate = QDate(2024, 1, 31);
        s.outcome = u"autonomie"_s;
        QVERIFY_OK(SupportRepository(db()).save(south, s));
        QVERIFY_ERROR(SupportRepository(db()).planChecks(north, s), Error::Kind::NotFound);
        QVERIFY_OK(SupportRepository(db()).planChecks(south, s));
        TAKE(checks, SupportRepository(db()).checks(south, s.id));
        QCOMPARE(checks.size(), 3);
        QVERIFY_ERROR(SupportRepository(db()).checks(north, s.id), Error::Kind::NotFound);
        PostSupportCheck check = checks[0];
        check.doneDate = QDate(2024, 8, 1);
        check.stillHoused = true;
        QVERIFY_ERROR(SupportRepository(db()).saveCheck(north, check), Error::Kind::NotFound);
        TAKE(after, SupportRepository(db()).checks(south, s.id));
        QVERIFY(!after[0].stillHoused.has_value());
    } else if (records == u"lease reviews") {
        Lease lease = sampleLease(hidden);
        QVERIFY_OK(LeaseRepository(db()).save(south, lease));
        LeaseReview review;
        review.leaseId = lease.id;
        review.date = QDate(2023, 9, 1);
        QVERIFY_ERROR(LeaseRepository(db()).saveReview(north, review), Error::Kind::NotFound);
        QVERIFY_OK(LeaseRepository(db()).saveReview(south, review));
        QVERIFY_ERROR(LeaseRepository(db()).reviews(north, lease.id), Error::Kind::NotFound);
        QVERIFY_ERROR(LeaseRepository(db()).removeReview(north, review.id),
                      Error::Kind::NotFound);
        QVERIFY_ERROR(LeaseRepository(db()).recordGlissement(north, lease.id, QDate(2024, 3, 1)),
                      Error::Kind::NotFound);
        TAKE(reviews, LeaseRepository(db()).reviews(south, lease.id));
        QCOMPARE(reviews.size(), 1);
        TAKE(leases, LeaseRepository(db()).forHousehold(south, hidden));
        QCOMPARE(leases.size(), 1);
    } else if (records == u"lists of the review") {
        Support theirs = sampleSupport(hidden);
        QVERIFY_OK(SupportRepository(db()).save(all(), theirs));
        Support ours = sampleSupport(mine);
        QVERIFY_OK(SupportRepository(db()).save(all(), ours));
        TAKE(supports, SupportRepository(db()).all(north));
        QCOMPARE(idsOf(supports), QList<Id>{ours.id});
        TAKE(everySupport, SupportRepository(db()).all(all()));
        QCOMPARE(everySupport.size(), 2);
        Referral theirReferral = sampleReferral(hidden);
        QVERIFY_OK(ReferralRepository(db()).save(all(), theirReferral));
        Referral ourReferral = sampleReferral(mine);
        QVERIFY_OK(ReferralRepository(db()).save(all(), ourReferral));
        TAKE(referrals, ReferralRepository(db()).between(north, QDate(2023, 1, 1),
                                                         QDate(2023, 12, 31)));
        QCOMPARE(idsOf(referrals), QList<Id>{ourReferral.id});
    } else {
        QFAIL("unknown row");
    }
}

void TestRepositories::scopeListShowsOwnAgencyOnly()
{
    CHECKED(buildListDataset());
    const Scope north = Scope::agency(m_agencyA, u"cesf.nord"_s);
    const Scope south = Scope::agency(m_agencyB, u"cesf.sud"_s);
    {
        TAKE(rows, HouseholdRepository(db()).list(north));
        QCOMPARE(referencesOf(rows), (QStringList{u"ASR-2024-003"_s, u"LAAVA-2024-001"_s}));
    }
    {
        TAKE(rows, HouseholdRepository(db()).list(south));
        QCOMPARE(referencesOf(rows), (QStringList{u"ASR-2024-004"_s, u"LAAVA-2024-002"_s}));
    }
    {
        // Asking for the other agency does not widen the scope.
        HouseholdFilter filter;
        filter.agencyId = m_agencyB;
        TAKE(rows, HouseholdRepository(db()).list(north, filter));
        QVERIFY(rows.isEmpty());
    }
    {
        HouseholdFilter filter;
        filter.text = u"martin"_s;
        TAKE(rows, HouseholdRepository(db()).list(north, filter));
        QVERIFY(rows.isEmpty());
    }
    // Scope, text and filters together; the computed columns still come through.
    HouseholdFilter filter;
    filter.text = u"dupon"_s;
    filter.status = u"accompagnement"_s;
    filter.publicCode = u"jeune"_s;
    TAKE(rows, HouseholdRepository(db()).list(north, filter));
    QCOMPARE(referencesOf(rows), QStringList{u"LAAVA-2024-001"_s});
    QCOMPARE(rows[0].lastContact, QDate(2024, 3, 5));
    QCOMPARE(rows[0].actionIds, QList<Id>{m_action});
}

void TestRepositories::scopeRefusesSavingIntoOtherAgency()
{
    const Scope north = Scope::agency(m_agencyA, u"cesf.nord"_s, m_user);
    TAKE(householdsBefore, countRows(db(), u"households"_s));
    TAKE(journalBefore, countRows(db(), u"audit_log"_s));
    Household theirs = sampleHousehold(u"SUD-002"_s, m_agencyB);
    QVERIFY_ERROR(HouseholdRepository(db()).save(north, theirs), Error::Kind::Access);
    QCOMPARE(theirs.id, Id(0));
    TAKE(householdsAfter, countRows(db(), u"households"_s));
    QCOMPARE(householdsAfter, householdsBefore);
    TAKE(journalAfter, countRows(db(), u"audit_log"_s));
    QCOMPARE(journalAfter, journalBefore);

    // A household of one's own agency cannot be moved to another one either.
    Household ours = sampleHousehold(u"NORD-002"_s, m_agencyA);
    QVERIFY_OK(HouseholdRepository(db()).save(north, ours));
    Household moved = ours;
    moved.agencyId = m_agencyB;
    QVERIFY_ERROR(HouseholdRepository(db()).save(north, moved), Error::Kind::Access);
    REOPEN();
    TAKE(stored, HouseholdRepository(db()).get(all(), ours.id,
                                               HouseholdRepository::Trace::Silent));
    QCOMPARE(stored.agencyId, m_agencyA);
    QCOMPARE(stored.rowVersion, 1);
}

void TestRepositories::scopeCommittees()
{
    ADD_HOUSEHOLD(northHousehold, u"NORD-010"_s, m_agencyA);
    ADD_HOUSEHOLD(southHousehold, u"SUD-010"_s, m_agencyB);
    const Scope north = Scope::agency(m_agencyA, u"cesf.nord"_s);
    const Scope south = Scope::agency(m_agencyB, u"cesf.sud"_s);
    QList<Id> northIds;
    for (const QDate &date : {QDate(2024, 3, 14), QDate(2024, 1, 11)}) {
        FollowUpCommittee c;
        c.agencyId = m_agencyA;
        c.date = date;
        CommitteeReview review;
        review.householdId = northHousehold;
        c.reviews = {review};
        QVERIFY_OK(CommitteeRepository(db()).save(north, c));
        northIds.prepend(c.id); // listed by date
    }
    FollowUpCommittee southCommittee;
    southCommittee.agencyId = m_agencyB;
    southCommittee.date = QDate(2024, 2, 8);
    CommitteeReview review;
    review.householdId = southHousehold;
    southCommittee.reviews = {review};
    QVERIFY_OK(CommitteeRepository(db()).save(south, southCommittee));

    {
        TAKE(listed, CommitteeRepository(db()).list(north));
        QCOMPARE(idsOf(listed), northIds);
        QCOMPARE(listed[0].reviews.size(), 1);
    }
    {
        TAKE(listed, CommitteeRepository(db()).list(north, m_agencyB));
        QVERIFY(listed.isEmpty());
    }
    {
        TAKE(listed, CommitteeRepository(db()).list(all()));
        QCOMPARE(listed.size(), 3);
        TAKE(ofSouth, CommitteeRepository(db()).list(all(), m_agencyB));
        QCOMPARE(idsOf(ofSouth), QList<Id>{southCommittee.id});
    }
    QVERIFY_ERROR(CommitteeRepository(db()).get(north, southCommittee.id), Error::Kind::NotFound);
    QVERIFY_ERROR(CommitteeRepository(db()).remove(north, southCommittee.id),
                  Error::Kind::NotFound);

    // Filing a committee for another agency, or reviewing another agency's household, is
    // refused.
    FollowUpCommittee intruder;
    intruder.agencyId = m_agencyB;
    intruder.date = QDate(2024, 4, 4);
    QVERIFY_ERROR(CommitteeRepository(db()).save(north, intruder), Error::Kind::Access);
    intruder.agencyId = m_agencyA;
    CommitteeReview foreign;
    foreign.householdId = southHousehold;
    intruder.reviews = {foreign};
    QVERIFY_ERROR(CommitteeRepository(db()).save(north, intruder), Error::Kind::NotFound);
    TAKE(count, countRows(db(), u"committees"_s));
    QCOMPARE(count, 3);
}

// --- audit journal and locking ---------------------------------------------------------------

void TestRepositories::auditJournal()
{
    const Scope cesf = Scope::agency(m_agencyA, u"m.martin"_s, m_user);
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
    Household h = sampleHousehold(u"AUD-001"_s, m_agencyA);
    h.phone = u"06 00 00 00 00"_s;
    QVERIFY_OK(HouseholdRepository(db()).save(cesf, h));
    {
        TAKE(journal, AuditRepository(db()).forHousehold(all(), h.id));
        QCOMPARE(journal.size(), 1);
        const AuditEntry &created = journal[0];
        QCOMPARE(created.login, u"m.martin"_s);
        QCOMPARE(created.userId, m_user);
        QCOMPARE(created.operation, u"create"_s);
        QCOMPARE(created.entity, u"household"_s);
        QCOMPARE(created.entityId, h.id);
        QCOMPARE(created.householdId, h.id);
        QVERIFY(created.at >= start);
        QVERIFY(created.at <= QDateTime::currentDateTimeUtc().addSecs(1));
    }

    h.monthlyResources = 98000;
    h.notes = u"Confidentiel : suivi psychiatrique"_s;
    h.members[1].firstName = u"Léon"_s;
    QVERIFY_OK(HouseholdRepository(db()).save(cesf, h));
    {
        TAKE(journal, AuditRepository(db()).forHousehold(all(), h.id));
        QCOMPARE(journal.size(), 2);
        const AuditEntry &updated = journal[0]; // newest first
        QCOMPARE(updated.operation, u"update"_s);
        QCOMPARE(updated.entity, u"household"_s);
        QCOMPARE(updated.login, u"m.martin"_s);
        QCOMPARE(updated.householdId, h.id);
        const QByteArray summary = updated.summary.toUtf8();
        QVERIFY2(updated.summary.contains(u"monthly_resources"_s), summary.constData());
        QVERIFY2(updated.summary.contains(u"notes"_s), summary.constData());
        QVERIFY2(updated.summary.contains(u"first_name"_s), summary.constData());
        QVERIFY2(!updated.summary.contains(u"phone"_s), summary.constData());
        QVERIFY2(!updated.summary.contains(u"reference"_s), summary.constData());
        QVERIFY2(!updated.summary.contains(u"updated_at"_s), summary.constData());
        // Free text is named, never copied into the journal.
        QVERIFY2(!updated.summary.contains(u"psychiatrique"_s), summary.constData());
    }

    // Opening the file is traced; internal reads are not.
    TAKE(read, HouseholdRepository(db()).get(cesf, h.id));
    Q_UNUSED(read);
    {
        TAKE(journal, AuditRepository(db()).forHousehold(all(), h.id));
        QCOMPARE(journal.size(), 3);
        QCOMPARE(journal[0].operation, u"read"_s);
        QCOMPARE(journal[0].entity, u"household"_s);
        QCOMPARE(journal[0].login, u"m.martin"_s);
        QCOMPARE(journal[0].userId, m_user);
        QCOMPARE(journal[0].householdId, h.id);
    }
    TAKE(silent, HouseholdRepository(db()).get(cesf, h.id, HouseholdRepository::Trace::Silent));
    Q_UNUSED(silent);
    TAKE(listed, HouseholdRepository(db()).list(cesf));
    Q_UNUSED(listed);
    {
        TAKE(journal, AuditRepository(db()).forHousehold(all(), h.id));
        QCOMPARE(journal.size(), 3);
    }

    // Records of the household are journaled under it.
    Contact contact = sampleContact(h.id, QDate(2024, 2, 1));
    QVERIFY_OK(ContactRepository(db()).save(cesf, contact));
    REOPEN();
    TAKE(journal, AuditRepository(db()).forHousehold(all(), h.id));
    QCOMPARE(journal.size(), 4);
    QCOMPARE(journal[0].operation, u"create"_s);
    QCOMPARE(journal[0].entity, u"contact"_s);
    QCOMPARE(journal[0].entityId, contact.id);
    QCOMPARE(journal[0].householdId, h.id);
    QCOMPARE(journal[0].login, u"m.martin"_s);
    QStringList operations;
    for (const AuditEntry &e : std::as_const(journal))
        operations << e.operation;
    QCOMPARE(operations,
             (QStringList{u"create"_s, u"read"_s, u"update"_s, u"create"_s}));
}

void TestRepositories::optimisticLocking()
{
    ADD_HOUSEHOLD(id, u"LOCK-001"_s, m_agencyA);
    TAKE(first, HouseholdRepository(db()).get(all(), id, HouseholdRepository::Trace::Silent));
    TAKE(second, HouseholdRepository(db()).get(all(), id, HouseholdRepository::Trace::Silent));
    first.notes = u"Première version"_s;
    first.monthlyResources = 50000;
    first.members[0].firstName = u"Hélène (1)"_s;
    QVERIFY_OK(HouseholdRepository(db()).save(all(), first));
    QCOMPARE(first.rowVersion, 2);

    second.notes = u"Seconde version"_s;
    second.members[0].firstName = u"Hélène (2)"_s;
    second.members.append(makeMember(u"Intrus"_s, u"Jean"_s, u"autre"_s));
    QVERIFY_ERROR(HouseholdRepository(db()).save(all(), second), Error::Kind::Conflict);
    QCOMPARE(second.rowVersion, 1);
    QCOMPARE(second.members.last().id, Id(0));
    REOPEN();
    {
        TAKE(stored, HouseholdRepository(db()).get(all(), id,
                                                   HouseholdRepository::Trace::Silent));
        CHECKED(compareHousehold(stored, first));
        TAKE(members, countRows(db(), u"members"_s));
        QCOMPARE(members, 2);
        TAKE(updates, db().scalar(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'update'"_s));
        QCOMPARE(updates.toInt(), 1);
    }

    // Reading again gives the current version, which saves.
    TAKE(fresh, HouseholdRepository(db()).get(all(), id, HouseholdRepository::Trace::Silent));
    fresh.notes = u"Seconde version"_s;
    QVERIFY_OK(HouseholdRepository(db()).save(all(), fresh));
    QCOMPARE(fresh.rowVersion, 3);

    // Supports are versioned the same way.
    Support support = sampleSupport(id);
    QVERIFY_OK(SupportRepository(db()).save(all(), support));
    Support a = support;
    Support b = support;
    a.partnerReferent = u"Anne"_s;
    QVERIFY_OK(SupportRepository(db()).save(all(), a));
    b.partnerReferent = u"Paul"_s;
    QVERIFY_ERROR(SupportRepository(db()).save(all(), b), Error::Kind::Conflict);
    TAKE(stored, SupportRepository(db()).get(all(), support.id));
    QCOMPARE(stored.partnerReferent, u"Anne"_s);
    QCOMPARE(stored.rowVersion, 2);
}

// --- uniqueness and consistency --------------------------------------------------------------

void TestRepositories::duplicateHouseholdReferenceRefused()
{
    ADD_HOUSEHOLD(existing, u"LAAVA-2024-001"_s, m_agencyA);
    TAKE(households, countRows(db(), u"households"_s));
    TAKE(members, countRows(db(), u"members"_s));
    TAKE(journal, countRows(db(), u"audit_log"_s));
    Household duplicate = sampleHousehold(u"LAAVA-2024-001"_s, m_agencyB);
    duplicate.members = {makeMember(u"Martin"_s, u"Zoé"_s, u"titulaire"_s)};
    QVERIFY_ERROR(HouseholdRepository(db()).save(all(), duplicate), Error::Kind::Validation);
    QCOMPARE(duplicate.id, Id(0));
    QCOMPARE(duplicate.members[0].id, Id(0));
    REOPEN();
    {
        TAKE(householdsAfter, countRows(db(), u"households"_s));
        QCOMPARE(householdsAfter, households);
        TAKE(membersAfter, countRows(db(), u"members"_s));
        QCOMPARE(membersAfter, members);
        TAKE(journalAfter, countRows(db(), u"audit_log"_s));
        QCOMPARE(journalAfter, journal);
    }

    // Renaming another household to a used reference is refused too.
    Household other = sampleHousehold(u"LAAVA-2024-002"_s, m_agencyA);
    QVERIFY_OK(HouseholdRepository(db()).save(all(), other));
    other.reference = u"LAAVA-2024-001"_s;
    QVERIFY_ERROR(HouseholdRepository(db()).save(all(), other), Error::Kind::Validation);
    TAKE(stored, HouseholdRepository(db()).get(all(), other.id,
                                               HouseholdRepository::Trace::Silent));
    QCOMPARE(stored.reference, u"LAAVA-2024-002"_s);
    TAKE(found, HouseholdRepository(db()).findByReference(all(), u"LAAVA-2024-001"_s));
    QCOMPARE(found.value_or(0), existing);
}

void TestRepositories::secondSupportInSameActionRefused()
{
    ADD_HOUSEHOLD(household, u"LAAVA-2024-130"_s, m_agencyA);
    Support first = sampleSupport(household);
    QVERIFY_OK(SupportRepository(db()).save(all(), first));
    Support second = sampleSupport(household);
    second.householdKind = u"locataire_en_place"_s;
    QVERIFY_ERROR(SupportRepository(db()).save(all(), second), Error::Kind::Validation);
    QCOMPARE(second.id, Id(0));
    TAKE(count, countRows(db(), u"supports"_s));
    QCOMPARE(count, 1);

    // Another action is fine; moving it onto the first action is not.
    second.actionId = m_action2;
    QVERIFY_OK(SupportRepository(db()).save(all(), second));
    second.actionId = m_action;
    QVERIFY_ERROR(SupportRepository(db()).save(all(), second), Error::Kind::Validation);
    TAKE(stored, SupportRepository(db()).get(all(), second.id));
    QCOMPARE(stored.actionId, m_action2);
}

void TestRepositories::overlappingLeases_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<bool>("accepted");
    // The household already holds a lease from 2023-01-01 to 2023-12-31.
    const QDate open;
    QTest::newRow("starts inside") << QDate(2023, 6, 1) << open << false;
    QTest::newRow("ends on its first day") << QDate(2022, 6, 1) << QDate(2023, 1, 1) << false;
    QTest::newRow("starts on its last day") << QDate(2023, 12, 31) << open << false;
    QTest::newRow("contains it") << QDate(2022, 1, 1) << QDate(2024, 12, 31) << false;
    QTest::newRow("inside it") << QDate(2023, 3, 1) << QDate(2023, 4, 30) << false;
    QTest::newRow("open-ended, starting before") << QDate(2022, 1, 1) << open << false;
    QTest::newRow("the day after") << QDate(2024, 1, 1) << open << true;
    QTest::newRow("just before") << QDate(2022, 1, 1) << QDate(2022, 12, 31) << true;
}

void TestRepositories::overlappingLeases()
{
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(bool, accepted);
    ADD_HOUSEHOLD(household, u"LAAVA-2024-140"_s, m_agencyA);
    Lease existing = sampleLease(household);
    existing.type = u"bail_direct"_s;
    existing.subletterPartnerId = 0;
    existing.startDate = QDate(2023, 1, 1);
    existing.endDate = QDate(2023, 12, 31);
    QVERIFY_OK(LeaseRepository(db()).save(all(), existing));

    Lease next = existing;
    next.id = 0;
    next.dwellingId = m_dwelling2;
    next.startReason = u"relogement"_s;
    next.startDate = start;
    next.endDate = end;
    if (accepted) {
        QVERIFY_OK(LeaseRepository(db()).save(all(), next));
    } else {
        QVERIFY_ERROR(LeaseRepository(db()).save(all(), next), Error::Kind::Validation);
        QCOMPARE(next.id, Id(0));
    }
    TAKE(leases, LeaseRepository(db()).forHousehold(all(), household));
    QCOMPARE(leases.size(), accepted ? 2 : 1);

    // Another household may hold an overlapping lease (it is checked per household).
    ADD_HOUSEHOLD(neighbour, u"LAAVA-2024-141"_s, m_agencyA);
    Lease theirs = next;
    theirs.id = 0;
    theirs.householdId = neighbour;
    QVERIFY_OK(LeaseRepository(db()).save(all(), theirs));
}

void TestRepositories::duplicateDirectoryCodeRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("agency") << u"agency"_s;
    QTest::newRow("partner") << u"partner"_s;
    QTest::newRow("action") << u"action"_s;
    QTest::newRow("user login") << u"user"_s;
}

void TestRepositories::duplicateDirectoryCodeRefused()
{
    QFETCH(QString, kind);
    if (kind == u"agency") {
        Agency first;
        first.code = u"DUP-01"_s;
        first.name = u"Agence A"_s;
        Agency second;
        second.name = u"Agence B"_s;
        CHECKED((checkDuplicateCode<AgencyRepository, Agency>(db(), u"agencies"_s, first, second,
                                                              &Agency::code)));
    } else if (kind == u"partner") {
        Partner first;
        first.code = u"DUP-01"_s;
        first.name = u"Partenaire A"_s;
        Partner second;
        second.name = u"Partenaire B"_s;
        PartnerContact contact;
        contact.name = u"Contact"_s;
        second.contacts = {contact};
        CHECKED((checkDuplicateCode<PartnerRepository, Partner>(db(), u"partners"_s, first,
                                                                second, &Partner::code)));
        TAKE(contacts, countRows(db(), u"partner_contacts"_s));
        QCOMPARE(contacts, 1);
    } else if (kind == u"action") {
        Action first;
        first.code = u"DUP-01"_s;
        first.name = u"Action A"_s;
        Action second;
        second.name = u"Action B"_s;
        CHECKED((checkDuplicateCode<ActionRepository, Action>(db(), u"actions"_s, first, second,
                                                              &Action::code)));
    } else if (kind == u"user") {
        User first;
        first.login = u"dup.login"_s;
        first.displayName = u"Utilisateur A"_s;
        first.role = u"charge_mission"_s;
        User second = first;
        second.displayName = u"Utilisateur B"_s;
        CHECKED((checkDuplicateCode<UserRepository, User>(db(), u"users"_s, first, second,
                                                          &User::login)));
    } else {
        QFAIL("unknown row");
    }
}

// --- transactions ----------------------------------------------------------------------------

void TestRepositories::transactionWithoutCommitLeavesNothing()
{
    TAKE(households, countRows(db(), u"households"_s));
    TAKE(members, countRows(db(), u"members"_s));
    TAKE(journal, countRows(db(), u"audit_log"_s));
    {
        Transaction tx(db());
        QVERIFY_OK(tx.status());
        Household h = sampleHousehold(u"TX-001"_s, m_agencyA);
        QVERIFY_OK(HouseholdRepository(db()).save(all(), h));
        Contact c = sampleContact(h.id, QDate(2024, 1, 1));
        QVERIFY_OK(ContactRepository(db()).save(all(), c));
        TAKE(inside, countRows(db(), u"households"_s));
        QCOMPARE(inside, households + 1);
        QCOMPARE(db().transactionDepth(), 1);
    }
    QCOMPARE(db().transactionDepth(), 0);
    {
        TAKE(after, db().scalar(u"SELECT COUNT(*) FROM households"_s));
        QCOMPARE(after.toInt(), households);
    }
    REOPEN();
    TAKE(after, db().scalar(u"SELECT COUNT(*) FROM households"_s));
    QCOMPARE(after.toInt(), households);
    TAKE(membersAfter, countRows(db(), u"members"_s));
    QCOMPARE(membersAfter, members);
    TAKE(contacts, countRows(db(), u"contacts"_s));
    QCOMPARE(contacts, 0);
    TAKE(journalAfter, countRows(db(), u"audit_log"_s));
    QCOMPARE(journalAfter, journal);
}

void TestRepositories::nestedTransactionRollsBackInnerOnly()
{
    TAKE(households, countRows(db(), u"households"_s));
    {
        Transaction outer(db());
        QVERIFY_OK(outer.status());
        Household kept = sampleHousehold(u"TX-OUTER"_s, m_agencyA);
        QVERIFY_OK(HouseholdRepository(db()).save(all(), kept));
        {
            Transaction inner(db());
            QVERIFY_OK(inner.status());
            QCOMPARE(db().transactionDepth(), 2);
            Household dropped = sampleHousehold(u"TX-INNER"_s, m_agencyA);
            QVERIFY_OK(HouseholdRepository(db()).save(all(), dropped));
            TAKE(inside, db().scalar(u"SELECT COUNT(*) FROM households"_s));
            QCOMPARE(inside.toInt(), households + 2);
        }
        QCOMPARE(db().transactionDepth(), 1);
        TAKE(between, db().scalar(u"SELECT COUNT(*) FROM households"_s));
        QCOMPARE(between.toInt(), households + 1);
        // The outer transaction goes on after the inner rollback.
        Contact c = sampleContact(kept.id, QDate(2024, 1, 2));
        QVERIFY_OK(ContactRepository(db()).save(all(), c));
        QVERIFY_OK(outer.commit());
    }
    QCOMPARE(db().transactionDepth(), 0);
    REOPEN();
    TAKE(after, db().scalar(u"SELECT COUNT(*) FROM households"_s));
    QCOMPARE(after.toInt(), households + 1);
    TAKE(kept, HouseholdRepository(db()).findByReference(all(), u"TX-OUTER"_s));
    QVERIFY(kept.has_value());
    TAKE(dropped, HouseholdRepository(db()).findByReference(all(), u"TX-INNER"_s));
    QVERIFY(!dropped.has_value());
    TAKE(members, countRows(db(), u"members"_s));
    QCOMPARE(members, 2);
    TAKE(contacts, ContactRepository(db()).forHousehold(all(), *kept));
    QCOMPARE(contacts.size(), 1);
    TAKE(journal, db().scalar(u"SELECT COUNT(*) FROM audit_log WHERE household_id IS NOT NULL"_s));
    QCOMPARE(journal.toInt(), 2);
}

void TestRepositories::innerCommitRolledBackWithOuter()
{
    TAKE(households, countRows(db(), u"households"_s));
    {
        Transaction outer(db());
        QVERIFY_OK(outer.status());
        Transaction inner(db());
        QVERIFY_OK(inner.status());
        Household h = sampleHousehold(u"TX-002"_s, m_agencyA);
        QVERIFY_OK(HouseholdRepository(db()).save(all(), h));
        QVERIFY_OK(inner.commit());
        QCOMPARE(db().transactionDepth(), 1);
        QVERIFY_ERROR(inner.commit(), Error::Kind::Storage);
    }
    REOPEN();
    TAKE(after, db().scalar(u"SELECT COUNT(*) FROM households"_s));
    QCOMPARE(after.toInt(), households);
}

// --- households list -------------------------------------------------------------------------

void TestRepositories::buildListDataset()
{
    // LAAVA-2024-001 (north): support running in LAAVA         → accompagnement
    // LAAVA-2024-002 (south): support ended in LAAVA           → termine
    // ASR-2024-003 (north): referral to ASR refused by the CAL → non_abouti
    // ASR-2024-004 (south): referral to ASR pending            → orientation
    HouseholdRepository households(db());
    Household h1 = sampleHousehold(u"LAAVA-2024-001"_s, m_agencyA);
    h1.publics = {u"sans_domicile"_s, u"jeune"_s};
    QVERIFY_OK(households.save(all(), h1));
    Household h2 = sampleHousehold(u"LAAVA-2024-002"_s, m_agencyB);
    h2.composition = u"personne_seule"_s;
    h2.members = {makeMember(u"Martin"_s, u"Zoé"_s, u"titulaire"_s)};
    h2.publics = {u"jeune_ase"_s};
    QVERIFY_OK(households.save(all(), h2));
    Household h3 = sampleHousehold(u"ASR-2024-003"_s, m_agencyA);
    h3.composition = u"couple_sans_enfant"_s;
    h3.members = {makeMember(u"Nguyen"_s, u"Éloïse"_s, u"titulaire"_s),
                  makeMember(u"Dupond"_s, u"Marc"_s, u"co_titulaire"_s)};
    QVERIFY_OK(households.save(all(), h3));
    Household h4 = sampleHousehold(u"ASR-2024-004"_s, m_agencyB);
    h4.composition = u"personne_seule"_s;
    h4.members = {makeMember(u"Lefèvre"_s, u"Jean"_s, u"titulaire"_s)};
    h4.publics = {u"sans_domicile"_s};
    QVERIFY_OK(households.save(all(), h4));

    Support running = sampleSupport(h1.id);
    running.startDate = QDate(2024, 1, 15);
    QVERIFY_OK(SupportRepository(db()).save(all(), running));
    Support ended = sampleSupport(h2.id);
    ended.householdKind = u"locataire_en_place"_s;
    ended.startDate = QDate(2023, 1, 1);
    ended.endDate = QDate(2023, 12, 31);
    ended.outcome = u"autonomie"_s;
    QVERIFY_OK(SupportRepository(db()).save(all(), ended));
    Referral refused = sampleReferral(h3.id);
    refused.actionId = m_action2;
    refused.outcome = u"refus_cal"_s;
    QVERIFY_OK(ReferralRepository(db()).save(all(), refused));
    Referral pending = sampleReferral(h4.id);
    pending.actionId = m_action2;
    pending.outcome = u"en_cours"_s;
    pending.outcomeDate = QDate();
    QVERIFY_OK(ReferralRepository(db()).save(all(), pending));

    for (const QDate &date : {QDate(2024, 1, 10), QDate(2024, 3, 5), QDate(2024, 2, 1)}) {
        Contact c = sampleContact(h1.id, date);
        QVERIFY_OK(ContactRepository(db()).save(all(), c));
    }
    Contact other = sampleContact(h3.id, QDate(2023, 11, 30));
    QVERIFY_OK(ContactRepository(db()).save(all(), other));
}

void TestRepositories::listSearch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const QString h1 = u"LAAVA-2024-001"_s;
    const QString h2 = u"LAAVA-2024-002"_s;
    const QString h3 = u"ASR-2024-003"_s;
    const QString h4 = u"ASR-2024-004"_s;
    QTest::newRow("nothing") << QString() << QStringList{h3, h4, h1, h2};
    QTest::newRow("first name without accents") << u"helene"_s << QStringList{h1};
    QTest::newRow("first name in capitals with accents") << u"HÉLÈNE"_s << QStringList{h1};
    QTest::newRow("last name in capitals") << u"DUPONT"_s << QStringList{h1};
    QTest::newRow("start of two last names") << u"dupon"_s << QStringList{h3, h1};
    QTest::newRow("second member") << u"marc"_s << QStringList{h3};
    QTest::newRow("diaeresis ignored") << u"eloise"_s << QStringList{h3};
    QTest::newRow("two words, any order") << u"  Nguyen   ÉLOÏSE "_s << QStringList{h3};
    QTest::newRow("words from two members") << u"eloise dupond"_s << QStringList{h3};
    QTest::newRow("grave accent") << u"lefevre"_s << QStringList{h4};
    QTest::newRow("full reference") << u"LAAVA-2024-002"_s << QStringList{h2};
    QTest::newRow("reference in lower case") << u"laava-2024"_s << QStringList{h1, h2};
    QTest::newRow("end of a reference") << u"2024-004"_s << QStringList{h4};
    QTest::newRow("no match") << u"introuvable"_s << QStringList();
    QTest::newRow("words that match different households") << u"zoe jean"_s << QStringList();
}

void TestRepositories::listSearch()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    CHECKED(buildListDataset());
    REOPEN();
    HouseholdFilter filter;
    filter.text = text;
    TAKE(rows, HouseholdRepository(db()).list(all(), filter));
    QCOMPARE(referencesOf(rows), expected);
}

void TestRepositories::listFilters_data()
{
    QTest::addColumn<QString>("agency");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("publicCode");
    QTest::addColumn<QStringList>("expected");
    const QString h1 = u"LAAVA-2024-001"_s;
    const QString h2 = u"LAAVA-2024-002"_s;
    const QString h3 = u"ASR-2024-003"_s;
    const QString h4 = u"ASR-2024-004"_s;
    const QString any;
    QTest::newRow("none") << any << any << any << any << QStringList{h3, h4, h1, h2};
    QTest::newRow("agency north") << u"A"_s << any << any << any << QStringList{h3, h1};
    QTest::newRow("agency south") << u"B"_s << any << any << any << QStringList{h4, h2};
    QTest::newRow("action LAAVA (supports)") << any << u"X"_s << any << any
                                             << QStringList{h1, h2};
    QTest::newRow("action ASR (referrals)") << any << u"Y"_s << any << any
                                            << QStringList{h3, h4};
    QTest::newRow("status accompagnement") << any << any << u"accompagnement"_s << any
                                           << QStringList{h1};
    QTest::newRow("status termine") << any << any << u"termine"_s << any << QStringList{h2};
    QTest::newRow("status non_abouti") << any << any << u"non_abouti"_s << any
                                       << QStringList{h3};
    QTest::newRow("status orientation") << any << any << u"orientation"_s << any
                                        << QStringList{h4};
    QTest::newRow("public sans_domicile") << any << any << any << u"sans_domicile"_s
                                          << QStringList{h4, h1};
    QTest::newRow("public jeune is not jeune_ase") << any << any << any << u"jeune"_s
                                                   << QStringList{h1};
    QTest::newRow("public jeune_ase") << any << any << any << u"jeune_ase"_s << QStringList{h2};
    QTest::newRow("public nobody has") << any << any << any << u"dalo"_s << QStringList();
    QTest::newRow("agency north, action ASR") << u"A"_s << u"Y"_s << any << any
                                              << QStringList{h3};
    QTest::newRow("agency south, status termine") << u"B"_s << any << u"termine"_s << any
                                                  << QStringList{h2};
    QTest::newRow("action LAAVA, status orientation") << any << u"X"_s << u"orientation"_s
                                                      << any << QStringList();
    QTest::newRow("agency south, public sans_domicile")
        << u"B"_s << any << any << u"sans_domicile"_s << QStringList{h4};
}

void TestRepositories::listFilters()
{
    QFETCH(QString, agency);
    QFETCH(QString, action);
    QFETCH(QString, status);
    QFETCH(QString, publicCode);
    QFETCH(QStringList, expected);
    CHECKED(buildListDataset());
    REOPEN();
    HouseholdFilter filter;
    filter.agencyId = agency == u"A" ? m_agencyA : agency == u"B" ? m_agencyB : 0;
    filter.actionId = action == u"X" ? m_action : action == u"Y" ? m_action2 : 0;
    filter.status = status;
    filter.publicCode = publicCode;
    TAKE(rows, HouseholdRepository(db()).list(all(), filter));
    QCOMPARE(referencesOf(rows), expected);
    for (const HouseholdRow &row : std::as_const(rows)) {
        if (!status.isEmpty())
            QCOMPARE(row.status, status);
        if (filter.agencyId > 0)
            QCOMPARE(row.agencyId, filter.agencyId);
        if (filter.actionId > 0)
            QVERIFY(row.actionIds.contains(filter.actionId));
        if (!publicCode.isEmpty())
            QVERIFY(row.publics.contains(publicCode));
    }
}

void TestRepositories::listRowContents()
{
    CHECKED(buildListDataset());
    REOPEN();
    TAKE(rows, HouseholdRepository(db()).list(all()));
    QCOMPARE(rows.size(), 4);
    const HouseholdRow &asr3 = rows[0];
    const HouseholdRow &asr4 = rows[1];
    const HouseholdRow &laava1 = rows[2];
    const HouseholdRow &laava2 = rows[3];

    QCOMPARE(laava1.reference, u"LAAVA-2024-001"_s);
    QCOMPARE(laava1.displayName, u"DUPONT Hélène"_s);
    QCOMPARE(laava1.agencyId, m_agencyA);
    QCOMPARE(laava1.composition, u"famille_monoparentale"_s);
    QCOMPARE(laava1.publics, (QStringList{u"jeune"_s, u"sans_domicile"_s}));
    QCOMPARE(laava1.actionIds, QList<Id>{m_action});
    QCOMPARE(laava1.householdKinds, QStringList{u"nouvel_entrant"_s});
    QCOMPARE(laava1.status, u"accompagnement"_s);
    QCOMPARE(laava1.supportStart, QDate(2024, 1, 15));
    QVERIFY(!laava1.supportEnd.isValid());
    QCOMPARE(laava1.lastContact, QDate(2024, 3, 5)); // the latest, not the last recorded

    QCOMPARE(laava2.displayName, u"MARTIN Zoé"_s);
    QCOMPARE(laava2.status, u"termine"_s);
    QCOMPARE(laava2.householdKinds, QStringList{u"locataire_en_place"_s});
    QCOMPARE(laava2.supportStart, QDate(2023, 1, 1));
    QCOMPARE(laava2.supportEnd, QDate(2023, 12, 31));
    QVERIFY(!laava2.lastContact.isValid());

    QCOMPARE(asr3.displayName, u"NGUYEN Éloïse"_s);
    QCOMPARE(asr3.status, u"non_abouti"_s);
    QCOMPARE(asr3.actionIds, QList<Id>{m_action2});
    QVERIFY(asr3.householdKinds.isEmpty());
    QVERIFY(!asr3.supportStart.isValid());
    QCOMPARE(asr3.lastContact, QDate(2023, 11, 30));

    QCOMPARE(asr4.status, u"orientation"_s);
    QCOMPARE(asr4.agencyId, m_agencyB);
    QVERIFY(!asr4.lastContact.isValid());

    // A later contact moves the date; an older one does not.
    Contact later = sampleContact(laava1.id, QDate(2024, 4, 2));
    QVERIFY_OK(ContactRepository(db()).save(all(), later));
    Contact older = sampleContact(laava1.id, QDate(2023, 4, 2));
    QVERIFY_OK(ContactRepository(db()).save(all(), older));
    TAKE(again, HouseholdRepository(db()).list(all()));
    QCOMPARE(again[2].lastContact, QDate(2024, 4, 2));
}

// --- reference lists -------------------------------------------------------------------------

void TestRepositories::referenceAddItem()
{
    const int builtIns = int(ReferenceLists::builtIn(ReferenceList::Public).size());
    QVERIFY_OK(ReferenceRepository(db()).addItem(all(), ReferenceList::Public,
                                                  u"jeune_majeur"_s, u"Jeune majeur protégé"_s));
    {
        TAKE(catalog, ReferenceRepository(db()).catalog());
        QVERIFY(catalog.contains(ReferenceList::Public, u"jeune_majeur"_s));
        QCOMPARE(catalog.label(ReferenceList::Public, u"jeune_majeur"_s),
                 u"Jeune majeur protégé"_s);
        QVERIFY(!catalog.contains(ReferenceList::PriorSituation, u"jeune_majeur"_s));
        const auto matched = catalog.match(ReferenceList::Public, u"jeune majeur protege"_s);
        QCOMPARE(matched.value_or(QString()), u"jeune_majeur"_s);
    }
    REOPEN();
    QVERIFY_OK(ReferenceRepository(db()).addItem(all(), ReferenceList::Public,
                                                  u"gens_du_voyage"_s, u"  Gens du voyage "_s));
    REOPEN();
    {
        TAKE(catalog, ReferenceRepository(db()).catalog());
        const QList<ReferenceItem> items = catalog.items(ReferenceList::Public);
        QCOMPARE(items.size(), builtIns + 2);
        QCOMPARE(items[builtIns].code, u"jeune_majeur"_s);
        QVERIFY(!items[builtIns].builtIn);
        QCOMPARE(items[builtIns + 1].code, u"gens_du_voyage"_s);
        QCOMPARE(items[builtIns + 1].label, u"Gens du voyage"_s);
        QVERIFY(items[0].builtIn);
    }

    // A hidden entry leaves the choices but stays known to the records that use it.
    QVERIFY_OK(ReferenceRepository(db()).setItemActive(all(), ReferenceList::Public,
                                                        u"jeune_majeur"_s, false));
    REOPEN();
    TAKE(catalog, ReferenceRepository(db()).catalog());
    QCOMPARE(catalog.items(ReferenceList::Public).size(), builtIns + 1);
    QCOMPARE(catalog.items(ReferenceList::Public, true).size(), builtIns + 2);
    QVERIFY(catalog.contains(ReferenceList::Public, u"jeune_majeur"_s));
}

void TestRepositories::referenceAddItemRefused_data()
{
    QTest::addColumn<int>("list");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("label");
    const int publics = int(ReferenceList::Public);
    QTest::newRow("fixed list: household kind")
        << int(ReferenceList::HouseholdKind) << u"colocation"_s << u"Colocation"_s;
    QTest::newRow("fixed list: member role")
        << int(ReferenceList::MemberRole) << u"parent"_s << u"Parent"_s;
    QTest::newRow("fixed list: household status")
        << int(ReferenceList::HouseholdStatus) << u"suspendu"_s << u"Suspendu"_s;
    QTest::newRow("capitals") << publics << u"Jeune_Adulte"_s << u"Jeune adulte"_s;
    QTest::newRow("space") << publics << u"jeune adulte"_s << u"Jeune adulte"_s;
    QTest::newRow("hyphen") << publics << u"jeune-adulte"_s << u"Jeune adulte"_s;
    QTest::newRow("accent") << publics << u"agé"_s << u"Âgé"_s;
    QTest::newRow("trailing underscore") << publics << u"jeune_"_s << u"Jeune adulte"_s;
    QTest::newRow("empty code") << publics << QString() << u"Jeune adulte"_s;
    QTest::newRow("41 characters") << publics << QString(41, u'a') << u"Long"_s;
    QTest::newRow("built-in code") << publics << u"jeune"_s << u"Jeune (bis)"_s;
    QTest::newRow("code already added") << publics << u"jeune_majeur"_s << u"Autre libellé"_s;
    QTest::newRow("empty label") << publics << u"nouveau_public"_s << u"   "_s;
    QTest::newRow("label of a built-in entry")
        << publics << u"sdf"_s << u"Personne sans domicile / parcours de rue"_s;
    QTest::newRow("label already added, other case and accents")
        << publics << u"jm"_s << u"JEUNE MAJEUR PROTEGE"_s;
}

void TestRepositories::referenceAddItemRefused()
{
    QFETCH(int, list);
    QFETCH(QString, code);
    QFETCH(QString, label);
    QVERIFY_OK(ReferenceRepository(db()).addItem(all(), ReferenceList::Public,
                                                  u"jeune_majeur"_s, u"Jeune majeur protégé"_s));
    QVERIFY_ERROR(ReferenceRepository(db()).addItem(all(), ReferenceList(list), code, label),
                  Error::Kind::Validation);
    TAKE(rows, countRows(db(), u"reference_items"_s));
    QCOMPARE(rows, 1);
    TAKE(catalog, ReferenceRepository(db()).catalog());
    if (!code.isEmpty() && code != u"jeune" && code != u"jeune_majeur")
        QVERIFY(!catalog.contains(ReferenceList(list), code));
}

void TestRepositories::householdPublicCodes_data()
{
    QTest::addColumn<QStringList>("publics");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("built-in") << QStringList{u"dalo"_s} << true;
    QTest::newRow("added by the administrator") << QStringList{u"jeune_majeur"_s} << true;
    QTest::newRow("added and built-in") << QStringList{u"jeune_majeur"_s, u"dalo"_s} << true;
    QTest::newRow("hidden entry stays valid") << QStringList{u"gens_du_voyage"_s} << true;
    QTest::newRow("unknown") << QStringList{u"inconnu"_s} << false;
    QTest::newRow("added to another list") << QStringList{u"logement_foyer"_s} << false;
    QTest::newRow("label instead of code") << QStringList{u"Ménage prioritaire DALO"_s} << false;
    QTest::newRow("twice") << QStringList{u"dalo"_s, u"dalo"_s} << false;
}

void TestRepositories::householdPublicCodes()
{
    QFETCH(QStringList, publics);
    QFETCH(bool, accepted);
    ReferenceRepository refs(db());
    QVERIFY_OK(refs.addItem(all(), ReferenceList::Public, u"jeune_majeur"_s,
                            u"Jeune majeur protégé"_s));
    QVERIFY_OK(refs.addItem(all(), ReferenceList::Public, u"gens_du_voyage"_s,
                            u"Gens du voyage"_s));
    QVERIFY_OK(refs.setItemActive(all(), ReferenceList::Public, u"gens_du_voyage"_s, false));
    QVERIFY_OK(refs.addItem(all(), ReferenceList::PriorSituation, u"logement_foyer"_s,
                            u"Logement-foyer"_s));

    Household h = sampleHousehold(u"REF-001"_s, m_agencyA);
    h.publics = publics;
    if (!accepted) {
        QVERIFY_ERROR(HouseholdRepository(db()).save(all(), h), Error::Kind::Validation);
        TAKE(count, countRows(db(), u"households"_s));
        QCOMPARE(count, 0);
        return;
    }
    QVERIFY_OK(HouseholdRepository(db()).save(all(), h));
    REOPEN();
    TAKE(stored, HouseholdRepository(db()).get(all(), h.id, HouseholdRepository::Trace::Silent));
    QStringList sorted = publics;
    sorted.sort();
    QCOMPARE(stored.publics, sorted);
}

QTEST_GUILESS_MAIN(TestRepositories)

#include "tst_repositories.moc"
