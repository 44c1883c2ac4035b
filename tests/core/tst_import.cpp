// The spreadsheet import (IMPORT.md): what French spreadsheets write is read right (encodings,
// separators, quotes and line breaks, amounts, labels, headers), the households, their path
// and their contacts land where they belong, a second import duplicates nothing, a dry run
// changes nothing, and every malformed file is refused with French messages that name the
// file, line, column and value, leaving the database byte for byte as it was. Files of absurd
// size, in an encoding that is not French text, or that are not files at all are refused at
// once with one message; floods of warnings of one kind are summarised.
// Every test builds its files, byte for byte, and a fresh database.

#include "ImportSamples.h"
#include "TestDatabase.h"
#include "exchange/CsvReader.h"
#include "exchange/Import.h"
#include "exchange/ValueParsers.h"
#include "storage/DirectoryRepositories.h"
#include "storage/HouseholdRecordRepositories.h"
#include "storage/HouseholdRepository.h"
#include "storage/Tables.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using Passerelle::Testing::TestDatabase;
using namespace Passerelle::Testing::ImportSamples;

namespace {

/// What a Mac spreadsheet writes in its own encoding (Mac Roman), for the letters used here.
QByteArray macRoman(const QString &text)
{
    static const QHash<char16_t, char> high
            = {{u'é', '\x8E'}, {u'è', '\x8F'}, {u'à', '\x88'}, {u'â', '\x89'},
               {u'ç', '\x8D'}, {u'ê', '\x90'}, {u'ô', '\x99'}, {u'î', '\x94'},
               {u'É', '\x83'}, {u'’', '\xD5'}, {u'«', '\xC7'}, {u'»', '\xC8'}};
    QByteArray bytes;
    for (const QChar c : text)
        bytes += c.unicode() < 0x80 ? char(c.unicode()) : high.value(c.unicode(), '?');
    return bytes;
}

QStringList texts(const QList<Import::Problem> &problems)
{
    QStringList out;
    for (const Import::Problem &p : problems)
        out << p.text();
    return out;
}

QStringList french(const QStringList &plain)
{
    QStringList out;
    for (const QString &t : plain)
        out << Testing::french(t);
    return out;
}

/// Rows per table (the audit journal included or not).
QMap<QString, qint64> rowCounts(Database &db, bool withJournal = true)
{
    QMap<QString, qint64> counts;
    for (const QString &table : Tables::allTableNames()) {
        if (!withJournal && table == u"audit_log")
            continue;
        counts.insert(table, db.scalar(u"SELECT COUNT(*) FROM "_s + table)->toLongLong());
    }
    return counts;
}

/// Every value of every table but the journal, for "the same content" checks.
QStringList content(Database &db)
{
    QStringList rows;
    for (const QString &table : Tables::allTableNames()) {
        if (table == u"audit_log")
            continue;
        auto q = db.exec(u"SELECT * FROM "_s + table + u" ORDER BY 1"_s);
        if (!q)
            return {q.error().fullText()};
        while (q->next()) {
            QStringList values{table};
            for (int i = 0; i < q->record().count(); ++i)
                values << q->value(i).toString();
            rows << values.join(u'|');
        }
    }
    return rows;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // reading what spreadsheets write
    void windows1252Table();
    void valueReaders_data();
    void valueReaders();
    void encodings_data();
    void encodings();
    void separators_data();
    void separators();
    void multiLineNotes_data();
    void multiLineNotes();
    void amounts_data();
    void amounts();
    void labelsAndCodes();
    void headersInOtherForms();
    void unknownColumnIsAWarning();

    // the households' path
    void glissement();
    void glissementAddedLater();
    void glissementOutsideTheLeaseIsRefused();
    void leaseExit();
    void leaseWithoutStreetAddress();
    void children();
    void householdInTwoActions();
    void refusalRecordsTheReferralOnly();
    void pathRecords();
    void dispositifOnlyWhenAmbiguous();
    void duplicateContactsInTheFile();
    void directoriesCreatedWithWarnings();
    void agencyOutsideTheScope();

    // all or nothing, and no duplicates
    void reimportIsIdempotent();
    void reimportUpdatesChangedValues();
    void dryRunChangesNothing();
    void malformed_data();
    void malformed();
    void missingFile();

    // limits: absurd sizes, floods of warnings, encodings that are not French text
    void oversized_data();
    void oversized();
    void limitsAreInclusive();
    void warningsSummarised_data();
    void warningsSummarised();
    void foreignEncodings_data();
    void foreignEncodings();
    void windows1252French_data();
    void windows1252French();
    void notOrdinaryFiles_data();
    void notOrdinaryFiles();

    // what the import wizard needs: a look at the files, progress, cancel, the problems saved
    void inspectFiles_data();
    void inspectFiles();
    void inspectUnreadableFile();
    void progressReachesTheTotal();
    void cancelAtAnyStepChangesNothing();
    void problemsAsCsv();

private:
    /// Runs an import that must be refused with exactly `expected` (French, plain spaces), and
    /// checks that the database was left byte for byte as it was. Gives the report and the
    /// time the import took when asked.
    void checkRefused(const QByteArray &households, const QByteArray &contacts,
                      const QStringList &expected, Import::Report *report = nullptr,
                      qint64 *milliseconds = nullptr);
    Import::Report run(const QByteArray &households, const QByteArray &contacts = {},
                       bool dryRun = false);
    std::optional<Household> household(const QString &reference);
    Id actionId(const QString &code);

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<QTemporaryDir> m_files;
    Scope m_scope = TestDatabase::all();
};

void TestImport::initTestCase()
{
    PASSERELLE_REQUIRE_BACKEND();
    Testing::installFrenchTranslation();
}

void TestImport::init()
{
    m_scope = TestDatabase::all();
    m_test = std::make_unique<TestDatabase>();
    m_files = std::make_unique<QTemporaryDir>();
    QVERIFY(m_test->isValid());
    QVERIFY(m_files->isValid());
    // The directories the files name: an agency, two actions, a partner.
    QVERIFY(addDirectories(m_test->db(), m_scope));
}

void TestImport::cleanup()
{
    m_test.reset();
    m_files.reset();
}

Import::Report TestImport::run(const QByteArray &households, const QByteArray &contacts,
                               bool dryRun)
{
    Import::Options options;
    options.householdsPath = m_files->filePath(u"households.csv"_s);
    options.dryRun = dryRun;
    QFile h(options.householdsPath);
    if (h.open(QIODevice::WriteOnly))
        h.write(households);
    h.close();
    if (!contacts.isNull()) {
        options.contactsPath = m_files->filePath(u"contacts.csv"_s);
        QFile c(options.contactsPath);
        if (c.open(QIODevice::WriteOnly))
            c.write(contacts);
    }
    return Import::run(m_test->db(), m_scope, options);
}

std::optional<Household> TestImport::household(const QString &reference)
{
    HouseholdRepository repository(m_test->db());
    const auto id = repository.findByReference(m_scope, reference);
    if (!id || !id->has_value())
        return std::nullopt;
    auto h = repository.get(m_scope, **id, HouseholdRepository::Trace::Silent);
    return h ? std::optional<Household>(*h) : std::nullopt;
}

Id TestImport::actionId(const QString &code)
{
    const auto action = ActionRepository(m_test->db()).findByCode(code);
    return action && action->has_value() ? (*action)->id : 0;
}

#define VERIFY_IMPORTED(report)                                                                   \
    QVERIFY2((report).ok(), qPrintable(texts((report).errors).join(u'\n')))

// --- reading what spreadsheets write ---------------------------------------------------------

void TestImport::windows1252Table()
{
    QCOMPARE(Import::fromWindows1252("\x80\x85\x92\x9C\x8C\xE9\xE8"), u"€…’œŒéè"_s);
    // A file that is valid UTF-8 is read as UTF-8, one that is not as Windows-1252.
    QCOMPARE(Import::decode("R\xC3\xA9sidence").text, u"Résidence"_s);
    QCOMPARE(Import::decode("R\xE9sidence").text, u"Résidence"_s);
    QCOMPARE(Import::decode("R\xE9sidence").encoding, u"Windows-1252"_s);
}

void TestImport::valueReaders_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: refused

    QTest::newRow("date d/m/yyyy") << u"date"_s << u"1/3/2019"_s << u"2019-03-01"_s;
    QTest::newRow("date dd/mm/yyyy") << u"date"_s << u"01/03/2019"_s << u"2019-03-01"_s;
    QTest::newRow("date ISO") << u"date"_s << u"2019-03-01"_s << u"2019-03-01"_s;
    QTest::newRow("date with a time") << u"date"_s << u"01/03/2019 00:00"_s << u"2019-03-01"_s;
    QTest::newRow("date 31/02") << u"date"_s << u"31/02/2019"_s << QString();
    QTest::newRow("date two-digit year") << u"date"_s << u"01/03/19"_s << QString();
    QTest::newRow("date words") << u"date"_s << u"mars 2019"_s << QString();
    QTest::newRow("cents comma €") << u"cents"_s << u"1 234,50 €"_s << u"123450"_s;
    QTest::newRow("cents nbsp") << u"cents"_s << u"1\u00A0234,5\u00A0€"_s << u"123450"_s;
    QTest::newRow("cents narrow nbsp")
            << u"cents"_s << u"12\u202F345\u202F678,90"_s << u"1234567890"_s;
    QTest::newRow("cents point") << u"cents"_s << u"1234.05"_s << u"123405"_s;
    QTest::newRow("cents € first") << u"cents"_s << u"€ 980"_s << u"98000"_s;
    QTest::newRow("cents 12,3,4") << u"cents"_s << u"12,3,4 €"_s << QString();
    QTest::newRow("cents thousands point") << u"cents"_s << u"1.234,50"_s << QString();
    QTest::newRow("cents three decimals") << u"cents"_s << u"12,345"_s << QString();
    QTest::newRow("cents words") << u"cents"_s << u"mille"_s << QString();
    QTest::newRow("yes oui") << u"yesno"_s << u"Oui"_s << u"1"_s;
    QTest::newRow("yes x") << u"yesno"_s << u"X"_s << u"1"_s;
    QTest::newRow("yes true") << u"yesno"_s << u"TRUE"_s << u"1"_s;
    QTest::newRow("no n") << u"yesno"_s << u"n"_s << u"0"_s;
    QTest::newRow("no 0") << u"yesno"_s << u"0"_s << u"0"_s;
    QTest::newRow("yes/no peut-être") << u"yesno"_s << u"peut-être"_s << QString();
    QTest::newRow("code from name")
            << u"code"_s << u"Les Amis d'Émile (31)"_s << u"LES-AMIS-D-EMILE-31"_s;
}

void TestImport::valueReaders()
{
    QFETCH(QString, kind);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QString actual;
    if (kind == u"date") {
        QDate date;
        if (Import::readDate(text, &date) == Import::DateReading::Valid)
            actual = date.toString(Qt::ISODate);
    } else if (kind == u"cents") {
        if (const auto cents = Import::readCents(text))
            actual = QString::number(*cents);
    } else if (kind == u"yesno") {
        if (const auto answer = Import::readYesNo(text))
            actual = *answer ? u"1"_s : u"0"_s;
    } else {
        actual = Import::derivedCode(text, u"X"_s);
    }
    QCOMPARE(actual, expected);
}

void TestImport::encodings_data()
{
    QTest::addColumn<QByteArray>("households");
    QTest::addColumn<QByteArray>("contacts");

    const QString h
            = Required
              + u";ressources_mensuelles;adresse;commune;date_entree_logement;type_bail\r\n"
                u"R1;Lefèvre;Zoé;nouvel_entrant;TLS-N;LAAVA;01/03/2019;1 234,50 €;"
                u"3 allée de l’Œillet;Saint-Étienne;01/03/2019;bail_direct\r\n"_s;
    const QString c = u"reference;date;type;duree_minutes;auteur;note\r\n"
                      u"R1;15/03/2019;Visite à domicile;45;Mme Bérénice;"
                      u"\"Cœur d’artichaut… loyer réglé : 450 €\"\r\n"_s;
    QTest::newRow("Windows-1252") << windows1252(h) << windows1252(c);
    QTest::newRow("UTF-8 with BOM")
            << QByteArray("\xEF\xBB\xBF" + h.toUtf8()) << QByteArray("\xEF\xBB\xBF" + c.toUtf8());
    QTest::newRow("UTF-8 without BOM") << h.toUtf8() << c.toUtf8();
    // Excel's "Unicode text": UTF-16 with a byte order mark, tab-separated.
    const auto utf16 = [](QString text) -> QByteArray {
        text.replace(u';', u'\t');
        return QByteArray("\xFF\xFE")
               + QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    };
    QTest::newRow("UTF-16") << utf16(h) << utf16(c);
}

void TestImport::encodings()
{
    QFETCH(QByteArray, households);
    QFETCH(QByteArray, contacts);
    const Import::Report report = run(households, contacts);
    VERIFY_IMPORTED(report);
    QCOMPARE(texts(report.warnings), QStringList());
    QCOMPARE(report.householdsCreated, 1);
    QCOMPARE(report.contactsCreated, 1);

    const auto h = household(u"R1"_s);
    QVERIFY(h);
    QCOMPARE(h->members.first().lastName, u"Lefèvre"_s);
    QCOMPARE(h->members.first().firstName, u"Zoé"_s);
    QCOMPARE(h->monthlyResources, Cents(123450));
    QVERIFY(h->resourcesKnown);
    const auto leases = LeaseRepository(m_test->db()).forHousehold(m_scope, h->id);
    QCOMPARE(leases->size(), 1);
    const auto dwelling = DwellingRepository(m_test->db()).get(leases->first().dwellingId);
    QCOMPARE(dwelling->address, u"3 allée de l’Œillet"_s);
    QCOMPARE(dwelling->commune, u"Saint-Étienne"_s);
    const auto stored = ContactRepository(m_test->db()).forHousehold(m_scope, h->id);
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().notes, u"Cœur d’artichaut… loyer réglé : 450 €"_s);
    QCOMPARE(stored->first().author, u"Mme Bérénice"_s);
    QCOMPARE(stored->first().type, u"visite_domicile"_s);
    QCOMPARE(stored->first().durationMinutes, std::optional<int>(45));
}

void TestImport::separators_data()
{
    QTest::addColumn<QString>("separator");
    QTest::newRow(";") << u";"_s;
    QTest::newRow(",") << u","_s;
    QTest::newRow("tab") << u"\t"_s;
}

void TestImport::separators()
{
    QFETCH(QString, separator);
    const auto line = [&separator](const QStringList &fields) {
        return fields.join(separator);
    };
    // Cells with separators, doubled quotes and a decimal comma are quoted, as spreadsheets
    // write them.
    const QByteArray households = lines(
            {line({u"reference"_s, u"nom"_s, u"prenom"_s, u"type_menage"_s, u"agence"_s,
                   u"dispositif"_s, u"date_debut_accompagnement"_s, u"adresse"_s, u"loyer"_s}),
             line({u"R1"_s, u"Dupont"_s, u"Hélène"_s, u"nouvel_entrant"_s, u"TLS-N"_s, u"LAAVA"_s,
                   u"01/03/2019"_s, u"\"12, rue des Lilas; bât. \"\"B\"\"\""_s,
                   u"\"412,30 €\""_s})});
    const QByteArray contacts
            = lines({line({u"reference"_s, u"date"_s, u"type"_s, u"note"_s}),
                     line({u"R1"_s, u"02/03/2019"_s, u"telephone"_s,
                           u"\"Il a dit \"\"merci\"\"; tout va bien, vraiment\""_s})});
    const Import::Report report = run(households, contacts);
    VERIFY_IMPORTED(report);
    QCOMPARE(texts(report.warnings), QStringList());
    const auto dwellings = DwellingRepository(m_test->db()).list();
    QCOMPARE(dwellings->size(), 1);
    QCOMPARE(dwellings->first().address, u"12, rue des Lilas; bât. \"B\""_s);
    QCOMPARE(dwellings->first().rent, std::optional<Cents>(41230));
    const auto h = household(u"R1"_s);
    const auto stored = ContactRepository(m_test->db()).forHousehold(m_scope, h->id);
    QCOMPARE(stored->first().notes, u"Il a dit \"merci\"; tout va bien, vraiment"_s);
}

void TestImport::multiLineNotes_data()
{
    QTest::addColumn<QString>("end");
    QTest::newRow("CRLF") << u"\r\n"_s;
    QTest::newRow("LF") << u"\n"_s;
}

void TestImport::multiLineNotes()
{
    QFETCH(QString, end);
    const QStringList contactLines = {
            u"reference;date;type;note"_s,                 // line 1
            u"R1;01/04/2019;telephone;\"Première ligne"_s, // line 2
            u"deuxième ligne"_s,                           // line 3
            u"troisième\""_s,                              // line 4
            u"R1;02/04/2019;telephone;simple"_s,           // line 5
    };
    const QByteArray households = lines({Required, validLine()}, end);
    {
        const Import::Report report = run(households, lines(contactLines, end));
        VERIFY_IMPORTED(report);
        QCOMPARE(report.contactsCreated, 2);
        const auto h = household(u"R1"_s);
        const auto stored = ContactRepository(m_test->db()).forHousehold(m_scope, h->id);
        QCOMPARE(stored->size(), 2);
        QCOMPARE(stored->last().notes, u"Première ligne\ndeuxième ligne\ntroisième"_s);
    }
    // A later record is named by its physical line, counting the lines inside the note.
    QStringList bad = contactLines;
    bad << u"R1;31/02/2019;telephone;mauvaise date"_s; // line 6
    const Import::Report report = run(households, lines(bad, end));
    QCOMPARE(texts(report.errors),
             french({u"contacts.csv, ligne 6, colonne date : \"31/02/2019\" n'est pas une "
                     u"date"_s}));
}

void TestImport::amounts_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("1 234,50 € (no-break spaces)") << u"1\u00A0234,50\u00A0€"_s << qint64(123450);
    QTest::newRow("1 234,50 € (narrow no-break)") << u"1\u202F234,50\u202F€"_s << qint64(123450);
    QTest::newRow("1 234,50 € (spaces)") << u"1 234,50 €"_s << qint64(123450);
    QTest::newRow("1234.5") << u"1234.5"_s << qint64(123450);
    QTest::newRow("980 €") << u"980 €"_s << qint64(98000);
    QTest::newRow("0,07") << u"0,07"_s << qint64(7);
    QTest::newRow("12 345 678,99") << u"12 345 678,99"_s << qint64(1234567899);
}

void TestImport::amounts()
{
    QFETCH(QString, amount);
    QFETCH(qint64, cents);
    const QByteArray households
            = lines({Required + u";ressources_mensuelles;adresse;loyer"_s,
                     validLine() + u";\""_s + amount + u"\";1 rue A;\""_s + amount + u"\""_s});
    const Import::Report report = run(households);
    VERIFY_IMPORTED(report);
    QCOMPARE(household(u"R1"_s)->monthlyResources, Cents(cents));
    QCOMPARE(DwellingRepository(m_test->db()).list()->first().rent, std::optional<Cents>(cents));
}

void TestImport::labelsAndCodes()
{
    // The same households, once with the French labels (in other case and accents), once
    // with the codes.
    const QString header = Required
                           + u";composition;publics;situation_anterieure;source_ressources;"
                             u"date_orientation;issue_orientation;date_cal;decision_cal;"
                             u"date_entree_logement;type_bail;adresse;typologie;"
                             u"date_fin_accompagnement;issue_accompagnement"_s;
    const QByteArray households = lines(
            {header,
             u"L1;Dupont;Hélène;Locataire en place;TLS-N;LAAVA;01/03/2019;FAMILLE MONOPARENTALE;"
             u"Personne sans domicile / parcours de rue|sortant de detention;"
             u"Hébergé chez un tiers;Pension / retraite|RSA;01/01/2019;Acceptée;01/02/2019;"
             u"Attribution sous condition;01/03/2019;Sous-location avec bail glissant;1 rue A;"
             u"T6+;31/12/2020;Relogement dans le parc social"_s,
             u"C1;Dupont;Hélène;locataire_en_place;TLS-N;LAAVA;01/03/2019;"
             u"famille_monoparentale;sans_domicile,sortant_detention;heberge_tiers;"
             u"retraite,rsa;01/01/2019;acceptee;01/02/2019;attribution_sous_condition;"
             u"01/03/2019;bail_glissant;2 rue B;t6_plus;31/12/2020;relogement_parc_social"_s,
             // A label with commas inside a comma-separated list; "T 3" for T3.
             u"L2;Martin;Paul;nouvel_entrant;TLS-N;LAAVA;01/03/2019;couple avec enfants;"
             u"\"Sortant d'hébergement (CHRS, hôtel, ALT), jeune\";;;;;;;01/03/2019;"
             u"bail_direct;3 rue C;T 3;;"_s});
    const Import::Report report = run(households);
    VERIFY_IMPORTED(report);
    Database &db = m_test->db();
    for (const QString &reference : {u"L1"_s, u"C1"_s}) {
        const QByteArray ref = reference.toUtf8();
        const auto h = household(reference);
        QVERIFY2(h, ref.constData());
        QCOMPARE(h->composition, u"famille_monoparentale"_s);
        QCOMPARE(h->publics, QStringList({u"sans_domicile"_s, u"sortant_detention"_s}));
        QCOMPARE(h->priorSituation, u"heberge_tiers"_s);
        QCOMPARE(h->mainResourceSource, u"retraite"_s);
        QCOMPARE(h->resourceSources, QStringList({u"retraite"_s, u"rsa"_s}));
        const auto supports = SupportRepository(db).forHousehold(m_scope, h->id);
        QCOMPARE(supports->size(), 1);
        QCOMPARE(supports->first().householdKind, u"locataire_en_place"_s);
        QCOMPARE(supports->first().outcome, u"relogement_parc_social"_s);
        QCOMPARE(ReferralRepository(db).forHousehold(m_scope, h->id)->first().outcome,
                 u"acceptee"_s);
        QCOMPARE(CalDecisionRepository(db).forHousehold(m_scope, h->id)->first().decision,
                 u"attribution_sous_condition"_s);
        const auto leases = LeaseRepository(db).forHousehold(m_scope, h->id);
        QCOMPARE(leases->first().type, u"bail_glissant"_s);
        QCOMPARE(DwellingRepository(db).get(leases->first().dwellingId)->typology, u"t6_plus"_s);
    }
    const auto l2 = household(u"L2"_s);
    QCOMPARE(l2->publics, QStringList({u"jeune"_s, u"sortant_hebergement"_s}));
    QCOMPARE(l2->composition, u"couple_avec_enfants"_s);
    const auto leases = LeaseRepository(db).forHousehold(m_scope, l2->id);
    QCOMPARE(DwellingRepository(db).get(leases->first().dwellingId)->typology, u"t3"_s);
}

void TestImport::headersInOtherForms()
{
    // Case, accents, surrounding spaces, "_" or spaces, any order.
    const QByteArray households = lines(
            {u" Prénom ;DISPOSITIF;Référence; Date_Naissance ;NOM;Agence;"
             u"DATE DEBUT ACCOMPAGNEMENT;Type ménage;date-fin-accompagnement;"
             u"Issue_Accompagnement"_s,
             u"Hélène;LAAVA;R1;12/05/1980;Dupont;TLS-N;01/03/2019;nouvel_entrant;31/12/2019;"
             u"autonomie"_s});
    const Import::Report report = run(households);
    VERIFY_IMPORTED(report);
    QCOMPARE(texts(report.warnings), QStringList());
    const auto h = household(u"R1"_s);
    QVERIFY(h);
    QCOMPARE(h->members.first().lastName, u"Dupont"_s);
    QCOMPARE(h->members.first().firstName, u"Hélène"_s);
    QCOMPARE(h->members.first().birthDate, QDate(1980, 5, 12));
    const auto supports = SupportRepository(m_test->db()).forHousehold(m_scope, h->id);
    QCOMPARE(supports->first().startDate, QDate(2019, 3, 1));
    QCOMPARE(supports->first().endDate, QDate(2019, 12, 31));
    QCOMPARE(supports->first().outcome, u"autonomie"_s);
}

void TestImport::unknownColumnIsAWarning()
{
    const Import::Report report
            = run(lines({Required + u";Commentaire"_s, validLine() + u";à rappeler"_s}));
    VERIFY_IMPORTED(report);
    QCOMPARE(texts(report.warnings),
             french({u"households.csv, ligne 1, colonne Commentaire : colonne inconnue, "
                     u"ignorée"_s}));
    QCOMPARE(report.householdsCreated, 1);
}

// --- the households' path --------------------------------------------------------------------

void TestImport::glissement()
{
    const QByteArray households = lines(
            {Required
                     + u";partenaire;date_entree_logement;type_bail;date_glissement;adresse;"
                       u"commune"_s,
             validLine() + u";UCRM;01/03/2019;bail_glissant;01/09/2020;5 rue X;Toulouse"_s});
    for (int pass = 0; pass < 2; ++pass) {
        const Import::Report report = run(households);
        VERIFY_IMPORTED(report);
        const auto h = household(u"R1"_s);
        const auto leases = LeaseRepository(m_test->db()).forHousehold(m_scope, h->id);
        QCOMPARE(leases->size(), 2);
        const Lease &glissant = leases->at(0);
        const Lease &direct = leases->at(1);
        QCOMPARE(glissant.type, u"bail_glissant"_s);
        QCOMPARE(glissant.startReason, u"entree"_s);
        QCOMPARE(glissant.startDate, QDate(2019, 3, 1));
        QCOMPARE(glissant.endDate, QDate(2020, 8, 31));
        QCOMPARE(glissant.endReason, u"glissement"_s);
        QVERIFY(glissant.subletterPartnerId > 0);
        QCOMPARE(direct.type, u"bail_direct"_s);
        QCOMPARE(direct.startReason, u"glissement"_s);
        QCOMPARE(direct.startDate, QDate(2020, 9, 1));
        QVERIFY(!direct.endDate.isValid());
        QCOMPARE(direct.dwellingId, glissant.dwellingId);
    }
}

void TestImport::glissementAddedLater()
{
    // The first file knows the bail glissant; a later one adds its glissement (recorded on
    // the stored lease) and the household's exit.
    const QString header = Required
                           + u";date_entree_logement;type_bail;date_glissement;adresse;"
                             u"date_sortie_logement;motif_sortie_logement"_s;
    VERIFY_IMPORTED(run(lines({header, validLine() + u";01/03/2019;bail_glissant;;5 rue X;;"_s})));
    const Import::Report report = run(
            lines({header, validLine()
                                   + u";01/03/2019;bail_glissant;01/09/2020;5 rue X;30/06/2021;"
                                     u"Mutation"_s}));
    VERIFY_IMPORTED(report);
    const auto h = household(u"R1"_s);
    const auto leases = LeaseRepository(m_test->db()).forHousehold(m_scope, h->id);
    QCOMPARE(leases->size(), 2);
    QCOMPARE(leases->at(0).endDate, QDate(2020, 8, 31));
    QCOMPARE(leases->at(1).type, u"bail_direct"_s);
    QCOMPARE(leases->at(1).startDate, QDate(2020, 9, 1));
    QCOMPARE(leases->at(1).endDate, QDate(2021, 6, 30));
    QCOMPARE(leases->at(1).endReason, u"Mutation"_s);
}

void TestImport::glissementOutsideTheLeaseIsRefused()
{
    // A glissement falls within the bail glissant: after the entry, not after the household
    // left. The line is refused with the date it contradicts, and nothing is written.
    const QString header = Required
                           + u";date_entree_logement;type_bail;date_glissement;adresse;"
                             u"date_sortie_logement"_s;
    const std::pair<QString, QString> cases[] = {
        {u";01/03/2019;bail_glissant;01/01/2019;5 rue X;"_s, u"01/03/2019"_s},
        {u";01/03/2019;bail_glissant;01/09/2021;5 rue X;30/06/2021"_s, u"30/06/2021"_s}};
    for (const auto &[values, date] : cases) {
        const Import::Report report = run(lines({header, validLine() + values}));
        QVERIFY(!report.ok());
        QCOMPARE(report.errors.size(), 1);
        QCOMPARE(report.errors.first().line, 2);
        QCOMPARE(report.errors.first().column, u"date_glissement"_s);
        QVERIFY2(report.errors.first().message.contains(date),
                 qPrintable(texts(report.errors).join(u'\n')));
        QVERIFY(!household(u"R1"_s).has_value());
    }
}

void TestImport::leaseExit()
{
    const QByteArray households = lines(
            {Required
                     + u";date_entree_logement;type_bail;adresse;commune;typologie;qpv;loyer;"
                       u"date_sortie_logement;motif_sortie_logement"_s,
             validLine()
                     + u";01/03/2019;bail_direct;5 rue X;Toulouse;T2;x;450,00 €;"
                       u"31/10/2022;Départ volontaire"_s,
             // The same dwelling (other case and accents) for a later tenant.
             validLine(u"R2"_s) + u";01/12/2022;Bail direct;5 RUE X;toulouse;T2;oui;460 €;;"_s});
    const Import::Report report = run(households);
    VERIFY_IMPORTED(report);
    const auto dwellings = DwellingRepository(m_test->db()).list();
    QCOMPARE(dwellings->size(), 1);
    QVERIFY(dwellings->first().qpv);
    QCOMPARE(dwellings->first().typology, u"t2"_s);
    QCOMPARE(dwellings->first().rent, std::optional<Cents>(46000));
    const auto leases
            = LeaseRepository(m_test->db()).forHousehold(m_scope, household(u"R1"_s)->id);
    QCOMPARE(leases->size(), 1);
    QCOMPARE(leases->first().endDate, QDate(2022, 10, 31));
    QCOMPARE(leases->first().endReason, u"Départ volontaire"_s);
}

void TestImport::leaseWithoutStreetAddress()
{
    // A unit's spreadsheet often has the commune and the lease, not the street address
    // (optional in IMPORT.md): the line imports, the dwelling recorded with what is known,
    // each household's own (never merged with another one of the commune).
    const QByteArray households = lines(
            {Required + u";date_entree_logement;type_bail;commune;typologie;qpv"_s,
             validLine() + u";01/03/2019;bail_direct;Toulouse;T2;oui"_s,
             validLine(u"R2"_s) + u";01/04/2019;bail_glissant;Toulouse;T3;non"_s});
    const Import::Report report = run(households);
    VERIFY_IMPORTED(report);
    const auto dwellings = DwellingRepository(m_test->db()).list();
    QCOMPARE(dwellings->size(), 2);
    for (const Dwelling &d : *dwellings) {
        QVERIFY(d.address.isEmpty());
        QCOMPARE(d.commune, u"Toulouse"_s);
    }
    const auto leases
            = LeaseRepository(m_test->db()).forHousehold(m_scope, household(u"R1"_s)->id);
    QCOMPARE(leases->size(), 1);
    QCOMPARE(leases->first().startDate, QDate(2019, 3, 1));
    // Imported again: the same dwellings, leases and counts.
    const auto before = rowCounts(m_test->db(), false);
    VERIFY_IMPORTED(run(households));
    QCOMPARE(rowCounts(m_test->db(), false), before);
    // Neither a street address nor a commune: the lease has nowhere to be.
    const Import::Report nowhere = run(lines(
            {Required + u";date_entree_logement;type_bail"_s,
             validLine(u"R3"_s) + u";01/03/2019;bail_direct"_s}));
    QCOMPARE(nowhere.errors.size(), 1);
}

void TestImport::children()
{
    const QString header = Required + u";nb_enfants;composition"_s;
    const auto withChildren = [&](const QString &n) {
        return lines({header, validLine() + u";"_s + n + u";famille_monoparentale"_s});
    };
    const auto childrenOf = [this]() {
        QStringList names;
        const Household h = *household(u"R1"_s);
        for (const Member &m : h.members) {
            if (m.role == u"enfant")
                names << m.lastName + u'/' + m.firstName;
        }
        return names;
    };
    VERIFY_IMPORTED(run(withChildren(u"2"_s)));
    QCOMPARE(household(u"R1"_s)->members.size(), 3);
    QCOMPARE(household(u"R1"_s)->members.first().role, u"titulaire"_s);
    QVERIFY(household(u"R1"_s)->members.first().signsContract);
    QCOMPARE(childrenOf(), QStringList({u"Dupont/"_s, u"Dupont/"_s}));

    Import::Report report = run(withChildren(u"2"_s));
    VERIFY_IMPORTED(report);
    QCOMPARE(report.householdsUpdated, 0);
    QCOMPARE(childrenOf().size(), 2);

    report = run(withChildren(u"3"_s));
    VERIFY_IMPORTED(report);
    QCOMPARE(report.householdsUpdated, 1);
    QCOMPARE(childrenOf().size(), 3);

    // A child recorded since with a first name is kept; anonymous ones go.
    Household h = *household(u"R1"_s);
    for (Member &m : h.members) {
        if (m.role == u"enfant") {
            m.firstName = u"Léo"_s;
            break;
        }
    }
    QVERIFY(HouseholdRepository(m_test->db()).save(m_scope, h));
    report = run(withChildren(u"1"_s));
    VERIFY_IMPORTED(report);
    QCOMPARE(childrenOf(), QStringList({u"Dupont/Léo"_s}));
}

void TestImport::householdInTwoActions()
{
    const QByteArray households
            = lines({Required + u";partenaire"_s, validLine() + u";UCRM"_s,
                     u"R1;DUPONT;helene;locataire_en_place;TLS-N;ASR;01/06/2020;"_s});
    const QByteArray contacts
            = lines({u"reference;dispositif;date;type"_s, u"R1;ASR;02/06/2020;telephone"_s,
                     u"R1;Logement accompagne adapte vers l'autonomie;"
                     u"02/03/2019;telephone"_s});
    const Import::Report report = run(households, contacts);
    VERIFY_IMPORTED(report);
    QCOMPARE(report.householdsCreated, 1);
    QCOMPARE(report.supportsCreated, 2);
    QCOMPARE(report.contactsCreated, 2);
    const auto h = household(u"R1"_s);
    const auto supports = SupportRepository(m_test->db()).forHousehold(m_scope, h->id);
    QCOMPARE(supports->size(), 2);
    QCOMPARE(supports->at(0).actionId, actionId(u"LAAVA"_s));
    QCOMPARE(supports->at(0).householdKind, u"nouvel_entrant"_s);
    QVERIFY(supports->at(0).partnerId > 0);
    QCOMPARE(supports->at(1).actionId, actionId(u"ASR"_s));
    QCOMPARE(supports->at(1).householdKind, u"locataire_en_place"_s);
    const auto stored = ContactRepository(m_test->db()).forHousehold(m_scope, h->id);
    QCOMPARE(stored->size(), 2);
    QCOMPARE(stored->at(0).actionId, actionId(u"ASR"_s)); // newest first
    QCOMPARE(stored->at(1).actionId, actionId(u"LAAVA"_s));
}

void TestImport::refusalRecordsTheReferralOnly()
{
    const QByteArray households = lines(
            {Required + u";partenaire;date_orientation;issue_orientation"_s,
             u"R1;Dupont;Hélène;nouvel_entrant;TLS-N;LAAVA;;UCRM;15/01/2019;Refus du ménage"_s,
             u"R2;Martin;Paul;nouvel_entrant;TLS-N;LAAVA;;UCRM;20/01/2019;en_cours"_s});
    const Import::Report report = run(households);
    VERIFY_IMPORTED(report);
    QCOMPARE(report.householdsCreated, 2);
    QCOMPARE(report.supportsCreated, 0);
    for (const QString &reference : {u"R1"_s, u"R2"_s}) {
        const auto h = household(reference);
        QVERIFY(SupportRepository(m_test->db()).forHousehold(m_scope, h->id)->isEmpty());
        const auto referrals = ReferralRepository(m_test->db()).forHousehold(m_scope, h->id);
        QCOMPARE(referrals->size(), 1);
        QVERIFY(referrals->first().partnerId > 0);
    }
}

void TestImport::pathRecords()
{
    // Diagnostic, tripartite meeting and CAL decision at entry, once each per date.
    const QByteArray households
            = lines({Required + u";date_diagnostic;date_rdv_tripartite;date_cal;decision_cal"_s,
                     validLine() + u";10/01/2019;20/01/2019;05/02/2019;attribution"_s,
                     u"R1;Dupont;Hélène;nouvel_entrant;TLS-N;ASR;01/03/2019;10/01/2019;20/01/2019;"
                     u"05/02/2019;attribution"_s});
    for (int pass = 0; pass < 2; ++pass) {
        VERIFY_IMPORTED(run(households));
        const Id id = household(u"R1"_s)->id;
        Database &db = m_test->db();
        const auto diagnostics = DiagnosticRepository(db).forHousehold(m_scope, id);
        QCOMPARE(diagnostics->size(), 1);
        QCOMPARE(diagnostics->first().kind, u"entree"_s);
        QCOMPARE(diagnostics->first().date, QDate(2019, 1, 10));
        QVERIFY(diagnostics->first().domains.isEmpty());
        const auto meetings = MeetingRepository(db).forHousehold(m_scope, id);
        QCOMPARE(meetings->size(), 1);
        QCOMPARE(meetings->first().purpose, u"entree"_s);
        QCOMPARE(CalDecisionRepository(db).forHousehold(m_scope, id)->size(), 1);
    }
}

void TestImport::dispositifOnlyWhenAmbiguous()
{
    const QByteArray households = lines({Required, validLine()});
    const QByteArray contacts = lines({u"reference;date;type"_s, u"R1;02/03/2019;telephone"_s});
    VERIFY_IMPORTED(run(households, contacts));
    const auto stored
            = ContactRepository(m_test->db()).forHousehold(m_scope, household(u"R1"_s)->id);
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().actionId, actionId(u"LAAVA"_s));
}

void TestImport::duplicateContactsInTheFile()
{
    // Same household, date, type and author (in another case): one contact.
    const QByteArray contacts = lines({u"reference;date;type;auteur;note"_s,
                                       u"R1;02/03/2019;telephone;Mme Durand;premier"_s,
                                       u"R1;2019-03-02;Entretien téléphonique;MME DURAND;second"_s,
                                       u"R1;02/03/2019;telephone;M. Paul;autre auteur"_s});
    const Import::Report report = run(lines({Required, validLine()}), contacts);
    VERIFY_IMPORTED(report);
    QCOMPARE(report.contactsCreated, 2);
    QCOMPARE(report.contactsAlreadyPresent, 1);
}

void TestImport::directoriesCreatedWithWarnings()
{
    const QByteArray households
            = lines({Required + u";partenaire"_s,
                     u"R1;Dupont;Hélène;nouvel_entrant;Agence de Muret;Bail Solidaire;01/03/2019;"
                     u"Les Amis d'Émile"_s,
                     // Known ones, by name ignoring case and accents: no warning.
                     u"R2;Martin;Paul;nouvel_entrant;agence toulouse nord;accompagnement social "
                     u"renforce;01/03/2019;ucrm"_s,
                     // Created once only.
                     u"R3;Durand;Léa;nouvel_entrant;Agence de Muret;Bail Solidaire;01/03/2019;"
                     u"Les Amis d'Émile"_s});
    const Import::Report report = run(households);
    VERIFY_IMPORTED(report);
    QCOMPARE(texts(report.warnings),
             french({u"households.csv, ligne 2, colonne agence : \"Agence de Muret\" n'est pas "
                     u"une agence connue : elle est créée avec le code « AGENCE-DE-MURET »"_s,
                     u"households.csv, ligne 2, colonne dispositif : \"Bail Solidaire\" n'est pas "
                     u"un dispositif connu : il est créé avec le code « BAIL-SOLIDAIRE »"_s,
                     u"households.csv, ligne 2, colonne partenaire : \"Les Amis d'Émile\" n'est "
                     u"pas un partenaire connu : il est créé (association) avec le code "
                     u"« LES-AMIS-D-EMILE »"_s}));
    Database &db = m_test->db();
    const auto agency = AgencyRepository(db).findByCode(u"AGENCE-DE-MURET"_s);
    QVERIFY(agency && agency->has_value());
    QCOMPARE((*agency)->name, u"Agence de Muret"_s);
    QCOMPARE(household(u"R1"_s)->agencyId, (*agency)->id);
    QVERIFY(actionId(u"BAIL-SOLIDAIRE"_s) > 0);
    const auto partner = PartnerRepository(db).findByCode(u"LES-AMIS-D-EMILE"_s);
    QVERIFY(partner && partner->has_value());
    QCOMPARE((*partner)->kind, u"association"_s);
    QCOMPARE(AgencyRepository(db).list()->size(), 2);
    QCOMPARE(ActionRepository(db).list()->size(), 3);
    QCOMPARE(PartnerRepository(db).list()->size(), 2);
    const auto r2 = household(u"R2"_s);
    QCOMPARE(SupportRepository(db).forHousehold(m_scope, r2->id)->first().actionId,
             actionId(u"ASR"_s));
}

void TestImport::agencyOutsideTheScope()
{
    Agency other;
    other.code = u"MURET"_s;
    other.name = u"Agence de Muret"_s;
    QVERIFY(AgencyRepository(m_test->db()).save(m_scope, other));
    const auto own = AgencyRepository(m_test->db()).findByCode(u"TLS-N"_s);
    m_scope = Scope::agency((*own)->id, u"cesf"_s);
    const auto before = rowCounts(m_test->db());
    const Import::Report report = run(lines(
            {Required, validLine(), u"R2;Martin;Paul;nouvel_entrant;MURET;LAAVA;01/03/2019"_s,
             u"R3;Durand;Léa;nouvel_entrant;Agence de Blagnac;LAAVA;01/03/2019"_s}));
    QCOMPARE(texts(report.errors),
             french({u"households.csv, ligne 3, colonne agence : \"MURET\" est une autre agence "
                     u"que la vôtre : vous ne pouvez importer que les ménages de votre agence"_s,
                     u"households.csv, ligne 4, colonne agence : \"Agence de Blagnac\" n'est pas "
                     u"une agence connue ; seul un utilisateur qui voit toutes les agences peut "
                     u"en créer une"_s}));
    QCOMPARE(rowCounts(m_test->db()), before);
}

// --- all or nothing, and no duplicates -------------------------------------------------------

void TestImport::reimportIsIdempotent()
{
    const Import::Report first = run(fullHouseholds(), fullContacts());
    VERIFY_IMPORTED(first);
    QCOMPARE(first.householdsCreated, 2);
    QCOMPARE(first.supportsCreated, 3);
    QCOMPARE(first.contactsCreated, 3);
    Database &db = m_test->db();
    const auto counts = rowCounts(db, false);
    QCOMPARE(counts.value(u"members"_s), 4);
    QCOMPARE(counts.value(u"leases"_s), 3);
    QCOMPARE(counts.value(u"dwellings"_s), 2);
    QCOMPARE(counts.value(u"referrals"_s), 1);
    QCOMPARE(counts.value(u"diagnostics"_s), 1);
    QCOMPARE(counts.value(u"tripartite_meetings"_s), 1);
    QCOMPARE(counts.value(u"cal_decisions"_s), 1);
    const QStringList stored = content(db);

    const Import::Report second = run(fullHouseholds(), fullContacts());
    VERIFY_IMPORTED(second);
    QCOMPARE(second.householdsCreated, 0);
    QCOMPARE(second.householdsUpdated, 0);
    QCOMPARE(second.supportsCreated, 0);
    QCOMPARE(second.supportsUpdated, 0);
    QCOMPARE(second.contactsCreated, 0);
    QCOMPARE(second.contactsAlreadyPresent, 3);
    QCOMPARE(rowCounts(db, false), counts);
    QCOMPARE(content(db), stored);
}

void TestImport::reimportUpdatesChangedValues()
{
    VERIFY_IMPORTED(run(fullHouseholds(), fullContacts()));
    const Import::Report report
            = run(fullHouseholds(u"couple_avec_enfants"_s, u"31/12/2020"_s, u"glissement"_s),
                  fullContacts());
    VERIFY_IMPORTED(report);
    QCOMPARE(report.householdsCreated, 0);
    QCOMPARE(report.householdsUpdated, 1);
    QCOMPARE(report.supportsCreated, 0);
    QCOMPARE(report.supportsUpdated, 1);
    const auto h = household(u"2019-001"_s);
    QCOMPARE(h->composition, u"couple_avec_enfants"_s);
    const auto supports = SupportRepository(m_test->db()).forHousehold(m_scope, h->id);
    QCOMPARE(supports->first().actionId, actionId(u"LAAVA"_s));
    QCOMPARE(supports->first().endDate, QDate(2020, 12, 31));
    QCOMPARE(supports->first().outcome, u"glissement"_s);
}

void TestImport::dryRunChangesNothing()
{
    Database &db = m_test->db();
    const auto before = rowCounts(db);
    const QStringList stored = content(db);
    QByteArray bytes;
    if (m_test->backend() == Backend::Sqlite) {
        m_test->close();
        bytes = Testing::fileBytes(m_test->path());
        QVERIFY(!bytes.isEmpty());
        QVERIFY(m_test->reopen());
    }
    // With an agency and an action to create: created in the dry run too, and rolled back.
    const QByteArray withNewDirectories
            = fullHouseholds(u"famille_monoparentale"_s, {}, {},
                             {fullLine({{u"reference"_s, u"2019-003"_s},
                                        {u"nom"_s, u"Durand"_s},
                                        {u"prenom"_s, u"Léa"_s},
                                        {u"type_menage"_s, u"nouvel_entrant"_s},
                                        {u"agence"_s, u"Agence de Muret"_s},
                                        {u"dispositif"_s, u"Bail Solidaire"_s},
                                        {u"date_debut_accompagnement"_s, u"01/05/2019"_s}})});
    const Import::Report dry = run(withNewDirectories, fullContacts(), true);
    VERIFY_IMPORTED(dry);
    QCOMPARE(rowCounts(m_test->db()), before);
    QCOMPARE(content(m_test->db()), stored);
    if (m_test->backend() == Backend::Sqlite) {
        m_test->close();
        QCOMPARE(Testing::fileBytes(m_test->path()), bytes);
        QVERIFY(m_test->reopen());
    }
    // The real import reports exactly what the dry run announced.
    const Import::Report real = run(withNewDirectories, fullContacts());
    VERIFY_IMPORTED(real);
    QCOMPARE(real.householdsCreated, 3);
    QCOMPARE(dry.householdsCreated, real.householdsCreated);
    QCOMPARE(dry.householdsUpdated, real.householdsUpdated);
    QCOMPARE(dry.supportsCreated, real.supportsCreated);
    QCOMPARE(dry.supportsUpdated, real.supportsUpdated);
    QCOMPARE(dry.contactsCreated, real.contactsCreated);
    QCOMPARE(dry.contactsAlreadyPresent, real.contactsAlreadyPresent);
    QCOMPARE(texts(dry.warnings), texts(real.warnings));
    QCOMPARE(dry.warnings.size(), 2);
}

void TestImport::malformed_data()
{
    QTest::addColumn<QByteArray>("households");
    QTest::addColumn<QByteArray>("contacts");  // null: no contacts file
    QTest::addColumn<QStringList>("expected"); // French, with plain spaces

    for (const auto &sample : Testing::ImportSamples::malformedImports()) {
        QTest::newRow(qPrintable(sample.name))
                << sample.households << sample.contacts << sample.expected;
    }
}

void TestImport::malformed()
{
    QFETCH(QByteArray, households);
    QFETCH(QByteArray, contacts);
    QFETCH(QStringList, expected);
    checkRefused(households, contacts, expected);
}

void TestImport::checkRefused(const QByteArray &households, const QByteArray &contacts,
                              const QStringList &expected, Import::Report *reportOut,
                              qint64 *milliseconds)
{
    // A database that already holds a household: a refused import must leave it as it was.
    VERIFY_IMPORTED(run(storedHouseholds(), storedContacts()));
    const auto before = rowCounts(m_test->db());
    QByteArray bytes;
    if (m_test->backend() == Backend::Sqlite) {
        m_test->close();
        bytes = Testing::fileBytes(m_test->path());
        QVERIFY(m_test->reopen());
    }

    QElapsedTimer timer;
    timer.start();
    const Import::Report report = run(households, contacts);
    if (milliseconds)
        *milliseconds = timer.elapsed();
    if (reportOut)
        *reportOut = report;
    QCOMPARE(texts(report.errors), french(expected));
    QVERIFY(!report.ok());
    for (const Import::Problem &p : report.errors)
        QVERIFY(p.file == u"households.csv" || p.file == u"contacts.csv");

    QCOMPARE(rowCounts(m_test->db()), before);
    if (m_test->backend() == Backend::Sqlite) {
        m_test->close();
        QCOMPARE(Testing::fileBytes(m_test->path()), bytes);
    }
}

void TestImport::missingFile()
{
    Import::Options options;
    options.householdsPath = m_files->filePath(u"absent.csv"_s);
    const Import::Report report = Import::run(m_test->db(), m_scope, options);
    QCOMPARE(texts(report.errors),
             QStringList{Testing::french(u"absent.csv : le fichier n'existe pas : vérifiez le "
                                         u"chemin « "_s
                                         + options.householdsPath + u" »"_s)});
    QCOMPARE(report.errors.first().file, u"absent.csv"_s);
    QCOMPARE(report.errors.first().line, 0);

    options.householdsPath.clear();
    QCOMPARE(texts(Import::run(m_test->db(), m_scope, options).errors),
             QStringList{u"aucun fichier des ménages n'est indiqué"_s});
}

// --- limits ----------------------------------------------------------------------------------

void TestImport::oversized_data()
{
    QTest::addColumn<QByteArray>("households");
    QTest::addColumn<QByteArray>("contacts"); // null: no contacts file
    QTest::addColumn<QStringList>("expected");

    const QByteArray noContacts;
    const QByteArray header = Required.toUtf8();
    const QByteArray line = "\r\n" + validLine().toUtf8() + "\r\n";
    const QString headerTooLong
            = u"households.csv, ligne 1 : la ligne d'en-tête est trop longue (au plus %1 colonnes "
              u"et %2 caractères) : vérifiez que la première ligne du fichier donne le nom des "
              u"colonnes, et qu'il s'agit du bon fichier"_s.arg(QLocale().toString(1000),
                                                                QLocale().toString(64000));
    const QString fieldTooLong = u"un champ dépasse %1 caractères, le maximum d'une cellule de "
                                 u"tableur : s'il commence par un guillemet, vérifiez que le "
                                 u"guillemet fermant ne manque pas (la suite du fichier n'est "
                                 u"pas lue)"_s.arg(QLocale().toString(32767));

    // Five million columns in a 10 MB line: 30 s, 1.8 GB and five million warnings before.
    QTest::newRow("header of five million columns")
            << QByteArray(header + QByteArray(";x").repeated(5'000'000) + line) << noContacts
            << QStringList{headerTooLong};
    QTest::newRow("header of 1 001 columns")
            << QByteArray(header + QByteArray(";x").repeated(1001 - 7) + line) << noContacts
            << QStringList{headerTooLong};
    QTest::newRow("header of one 10 MB name")
            << QByteArray(header + ';' + QByteArray(10'000'000, 'x') + line) << noContacts
            << QStringList{headerTooLong};
    QTest::newRow("header of 100 names of 1 000 characters")
            << QByteArray(header + QByteArray(';' + QByteArray(1000, 'x')).repeated(100) + line)
            << noContacts << QStringList{headerTooLong};
    QTest::newRow("header with a quote never closed")
            << QByteArray(header + ";\"note" + line.repeated(2000)) << noContacts
            << QStringList{headerTooLong};
    QTest::newRow("cell of 10 MB")
            << QByteArray(header + "\r\nR1;" + QByteArray(10'000'000, 'x')
                          + ";Hélène;nouvel_entrant;TLS-N;LAAVA;01/03/2019\r\n")
            << noContacts
            << QStringList{u"households.csv, ligne 2, colonne nom : "_s + fieldTooLong};
    QTest::newRow("line of five million fields")
            << QByteArray(header + line + validLine(u"R2"_s).toUtf8()
                          + QByteArray(";x").repeated(5'000'000) + "\r\n")
            << noContacts
            << QStringList{u"households.csv, ligne 3 : la ligne compte plus de %1 champs : "
                           u"vérifiez les séparateurs et les guillemets (la suite du fichier "
                           u"n'est pas lue)"_s.arg(QLocale().toString(1000))};
    QTest::newRow("quote never closed in a long file")
            << QByteArray(header + "\r\nR1;\"Dupont;Hélène;nouvel_entrant;TLS-N;LAAVA;01/03/2019"
                          + line.repeated(2000))
            << noContacts
            << QStringList{u"households.csv, ligne 2, colonne nom : "_s + fieldTooLong};
    QTest::newRow("quoted note of 40 000 characters")
            << QByteArray(header + line)
            << QByteArray("reference;date;type;note\r\nR1;02/03/2019;telephone;\""
                          + QByteArray("Une ligne de note.\r\n").repeated(2000) + "\"\r\n")
            << QStringList{u"contacts.csv, ligne 2, colonne note : "_s + fieldTooLong};
}

void TestImport::oversized()
{
    QFETCH(QByteArray, households);
    QFETCH(QByteArray, contacts);
    QFETCH(QStringList, expected);
    Import::Report report;
    qint64 milliseconds = -1;
    checkRefused(households, contacts, expected, &report, &milliseconds);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(report.errors.size(), 1);
    QCOMPARE(texts(report.warnings), QStringList());
    QVERIFY2(milliseconds < 3000, qPrintable(QString::number(milliseconds) + u" ms"_s));
}

void TestImport::limitsAreInclusive()
{
    // 1 000 columns, a header of less than 64 000 characters, a cell of 32 767: all read.
    QString header = Required;
    QString line = validLine();
    for (int i = Required.count(u';') + 1; i < 1000; ++i) {
        header += u";colonne_%1"_s.arg(i, 3, 10, QChar(u'0'));
        line += u';';
    }
    QCOMPARE(header.count(u';') + 1, 1000);
    const QString note = QString(32767 - 1, u'x') + u'é';
    const Import::Report report
            = run(lines({header, line}),
                  lines({u"reference;date;type;note"_s, u"R1;02/03/2019;telephone;"_s + note}));
    VERIFY_IMPORTED(report);
    QCOMPARE(report.warnings.size(), 21);
    QCOMPARE(report.warnings.last().text(),
             Testing::french(u"households.csv : … et 973 autres avertissements du même type"_s));
    const auto h = household(u"R1"_s);
    QVERIFY(h);
    const auto contacts = ContactRepository(m_test->db()).forHousehold(m_scope, h->id);
    QCOMPARE(contacts->size(), 1);
    QCOMPARE(contacts->first().notes, note);
}

void TestImport::warningsSummarised_data()
{
    QTest::addColumn<QByteArray>("households");
    QTest::addColumn<QStringList>("expected"); // French, with plain spaces

    // `columns` unknown columns, and `agencies` lines that each create an agency.
    const auto file = [](int columns, int agencies) {
        QString header = Required;
        QString extra;
        for (int i = 1; i <= columns; ++i) {
            header += u";colonne_%1"_s.arg(i);
            extra += u";?"_s;
        }
        QStringList text{header, validLine() + extra};
        for (int i = 1; i <= agencies; ++i) {
            text << u"R%1;Dupont;Hélène;nouvel_entrant;Agence %1;LAAVA;01/03/2019"_s.arg(i + 1)
                            + extra;
        }
        return lines(text);
    };
    const auto columnWarnings = [](int count) {
        QStringList warnings;
        for (int i = 1; i <= count; ++i) {
            warnings << u"households.csv, ligne 1, colonne colonne_%1 : colonne inconnue, "
                        u"ignorée"_s.arg(i);
        }
        return warnings;
    };
    const auto agencyWarnings = [](int count) {
        QStringList warnings;
        for (int i = 1; i <= count; ++i) {
            warnings << u"households.csv, ligne %1, colonne agence : \"Agence %2\" n'est pas une "
                        u"agence connue : elle est créée avec le code « AGENCE-%2 »"_s.arg(i + 2)
                                .arg(i + 1);
        }
        return warnings;
    };
    const auto more = [](int count) {
        return count == 1 ? u"households.csv : … et 1 autre avertissement du même type"_s
                          : u"households.csv : … et %1 autres avertissements du même type"_s.arg(
                                  count);
    };

    QTest::newRow("20 unknown columns") << file(20, 0) << columnWarnings(20);
    QTest::newRow("21 unknown columns") << file(21, 0) << columnWarnings(20) + QStringList{more(1)};
    QTest::newRow("25 unknown columns") << file(25, 0) << columnWarnings(20) + QStringList{more(5)};
    // One kind, though each message names its own code.
    QTest::newRow("25 agencies created")
            << file(0, 25) << agencyWarnings(20) + QStringList{more(5)};
    // Two kinds, each counted apart, its count after its last warning shown.
    QTest::newRow("two kinds") << file(22, 23)
                               << columnWarnings(20) + QStringList{more(2)} + agencyWarnings(20)
                                          + QStringList{more(3)};
}

void TestImport::warningsSummarised()
{
    QFETCH(QByteArray, households);
    QFETCH(QStringList, expected);
    const Import::Report report = run(households);
    VERIFY_IMPORTED(report);
    QCOMPARE(texts(report.warnings), french(expected));
}

void TestImport::foreignEncodings_data()
{
    QTest::addColumn<QByteArray>("households");
    QTest::addColumn<QStringList>("expected");

    const QString neither = u"households.csv, ligne %1 : le fichier n'est ni en UTF-8 ni en "
                            u"Windows-1252 : ses lettres accentuées seraient enregistrées "
                            u"déformées (ici pour la première fois ; le fichier vient peut-être "
                            u"d'un Mac ou est écrit dans un autre alphabet) : enregistrez-le "
                            u"depuis le tableur au format « CSV UTF-8 » et importez ce fichier"_s;
    const QByteArray header = Required.toUtf8() + ";adresse;commune\r\n";
    const auto row
            = [](const QByteArray &name, const QByteArray &address = "3 rue Neuve") -> QByteArray {
        return "R1;" + name + ";Taro;nouvel_entrant;TLS-N;LAAVA;01/03/2019;" + address
               + ";Toulouse\r\n";
    };
    const QByteArray french = row("Martin") + row("Durand");

    // Shift-JIS: 山田 (8E 52 93 63) starts with a byte no French text uses.
    QTest::newRow("Shift-JIS kanji")
            << QByteArray(header + french + row("\x8E\x52\x93\x63")) << QStringList{neither.arg(4)};
    // やまだ: each kana starts with 0x82.
    QTest::newRow("Shift-JIS hiragana")
            << QByteArray(header + row("\x82\xE2\x82\xDC\x82\xBE")) << QStringList{neither.arg(2)};
    // 日本語 (93 FA 96 7B 8C EA) reads “ú–{Œê: every byte exists in Windows-1252, but « ú »
    // stands between two signs.
    QTest::newRow("Shift-JIS, bytes of Windows-1252 only")
            << QByteArray(header + french + row("\x93\xFA\x96\x7B\x8C\xEA"))
            << QStringList{neither.arg(4)};
    // ﾔﾏﾀﾞ in half-width katakana (D4 CF C0 DE) reads ÔÏÀÞ.
    QTest::newRow("Shift-JIS half-width katakana")
            << QByteArray(header + row("\xD4\xCF\xC0\xDE")) << QStringList{neither.arg(2)};
    // Mac Roman writes è as 0x8F, which Windows-1252 leaves undefined...
    QTest::newRow("Mac Roman, Hélène Lefèvre")
            << QByteArray(header + french
                          + macRoman(u"R2;Lefèvre;Hélène;nouvel_entrant;TLS-N;"
                                     u"LAAVA;01/03/2019;;\r\n"_s))
            << QStringList{neither.arg(4)};
    // ... é as 0x8E (Ž), à as 0x88 (ˆ), â as 0x89 (‰)...
    QTest::newRow("Mac Roman, é only")
            << QByteArray(header + row("Zo" + macRoman(u"é"_s), macRoman(u"Résidence"_s)))
            << QStringList{neither.arg(2)};
    QTest::newRow("Mac Roman, à and â only")
            << QByteArray(header + french + row("Martin", macRoman(u"2 chemin à Châtillon"_s)))
            << QStringList{neither.arg(4)};
    // ... and ’ as 0xD5, which Windows-1252 reads Õ: « chemin de lÕeau ».
    QTest::newRow("Mac Roman, apostrophe only")
            << QByteArray(header + row("Martin", macRoman(u"chemin de l’eau"_s)))
            << QStringList{neither.arg(2)};

    // Some UTF-8 on the line does not hide the Windows-1252 beside it.
    QTest::newRow("UTF-8 and Windows-1252 on one line")
            << QByteArray(header + french + row("Lef\xE8vre", "R\xC3\xA9sidence"))
            << QStringList{u"households.csv, ligne 4 : le fichier mélange les encodages UTF-8 et "
                           u"Windows-1252 (ici pour la première fois) : enregistrez-le de nouveau "
                           u"au format « CSV UTF-8 »"_s};

    // UTF-16 without a byte order mark: a NUL byte beside each Latin letter.
    const QString text = QString::fromUtf8(header + french);
    const QByteArray utf16le(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QByteArray utf16be(utf16le.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < utf16le.size(); i += 2) {
        utf16be[i] = utf16le.at(i + 1);
        utf16be[i + 1] = utf16le.at(i);
    }
    const QString utf16 = u"households.csv : le fichier est un texte UTF-16 sans la marque qui "
                          u"indique comment le lire : enregistrez-le depuis le tableur au format "
                          u"« CSV UTF-8 » et importez ce fichier"_s;
    QTest::newRow("UTF-16LE without BOM") << utf16le << QStringList{utf16};
    QTest::newRow("UTF-16BE without BOM") << utf16be << QStringList{utf16};
}

void TestImport::foreignEncodings()
{
    QFETCH(QByteArray, households);
    QFETCH(QStringList, expected);
    checkRefused(households, {}, expected);
}

void TestImport::windows1252French_data()
{
    QTest::addColumn<QString>("note");

    QTest::newRow("accents") << u"Hélène Lefèvre, élève à l’école : garçon, cœur, Noël"_s;
    QTest::newRow("French spacing")
            << u"« Loyer réglé » : 1\u00A0234,50\u00A0€ ; n°\u00A012, 2ème étage !"_s;
    QTest::newRow("capitals") << u"ÉLODIE MÜLLER À L’HAŸ-LES-ROSES, ŒUVRE, Ça va, Île"_s;
    QTest::newRow("names from elsewhere") << u"João Conceição, Ö. Öztürk, Núñez, Zoë, Ægir"_s;
    QTest::newRow("letters side by side")
            << u"créée, agréé, théâtre, aujourd’hui, çà et là, où, d’œuvre"_s;
    QTest::newRow("punctuation") << u"Rappel… – fin — • ‘cité’ “dit” 20 € (m²) 3/4"_s;
}

void TestImport::windows1252French()
{
    QFETCH(QString, note);
    const QString households = Required + u"\r\n"_s + validLine() + u"\r\n"_s;
    const QString contacts
            = u"reference;date;type;note\r\nR1;02/03/2019;telephone;\""_s + note + u"\"\r\n"_s;
    const QByteArray bytes = windows1252(contacts);
    QVERIFY(!bytes.contains('?')); // every character of the note is in Windows-1252
    QCOMPARE(Import::decode(bytes).encoding, u"Windows-1252"_s);

    const Import::Report report = run(windows1252(households), bytes);
    VERIFY_IMPORTED(report);
    const auto h = household(u"R1"_s);
    QVERIFY(h);
    QCOMPARE(h->members.first().firstName, u"Hélène"_s);
    const auto stored = ContactRepository(m_test->db()).forHousehold(m_scope, h->id);
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().notes, note);
}

void TestImport::notOrdinaryFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");

    QTest::newRow("folder") << u"folder"_s
                            << u"households.csv : « households.csv » est un dossier, pas un "
                               u"fichier. Choisissez un fichier."_s;
#ifdef Q_OS_UNIX
    // Opening a FIFO for reading waits for a writer: the import must not even open it.
    QTest::newRow("FIFO") << u"fifo"_s
                          << u"households.csv : « households.csv » n'est pas un fichier ordinaire "
                             u"(un périphérique, un tube ou une socket) : il n'est pas lu. "
                             u"Choisissez un fichier ordinaire."_s;
#endif
    QTest::newRow("file over 256 MB")
            << u"large"_s
            << u"households.csv : le fichier est trop volumineux (257 Mo ; au plus 256 Mo) : "
               u"vérifiez qu'il s'agit du bon fichier, ou découpez-le en plusieurs fichiers "
               u"importés l'un après l'autre"_s;
}

void TestImport::notOrdinaryFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    Import::Options options;
    options.householdsPath = m_files->filePath(u"households.csv"_s);
    if (kind == u"folder") {
        QVERIFY(QDir(m_files->path()).mkdir(u"households.csv"_s));
    } else if (kind == u"fifo") {
#ifdef Q_OS_UNIX
        QCOMPARE(::mkfifo(QFile::encodeName(options.householdsPath).constData(), 0600), 0);
#endif
    } else {
        // A sparse file: its size is refused before any byte is read.
        QFile large(options.householdsPath);
        QVERIFY(large.open(QIODevice::WriteOnly));
        QVERIFY(large.resize(Import::MaxFileBytes + 1));
    }
    const auto before = rowCounts(m_test->db());
    QElapsedTimer timer;
    timer.start();
    const Import::Report report = Import::run(m_test->db(), m_scope, options);
    QVERIFY(timer.elapsed() < 3000);
    QCOMPARE(texts(report.errors), QStringList{Testing::french(expected)});
    QCOMPARE(texts(report.warnings), QStringList());
    QCOMPARE(rowCounts(m_test->db()), before);
}

// --- what the import wizard needs -------------------------------------------------------------

void TestImport::inspectFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<int>("records");
    QTest::addColumn<QStringList>("recognised"); // "header=column"
    QTest::addColumn<QStringList>("unknown");
    QTest::addColumn<QStringList>("missing");

    QTest::newRow("French Excel")
            << windows1252(u"Référence;NOM;Prénom;Remarque;type ménage;agence;dispositif;"
                           u"date_debut_accompagnement\r\nR1;Dupont;Hélène;à voir;"
                           u"nouvel_entrant;TLS-N;LAAVA;01/03/2019\r\n"_s)
            << int(Import::FileKind::Households) << u"Windows-1252"_s << u";"_s << 1
            << QStringList{u"Référence=reference"_s, u"NOM=nom"_s, u"Prénom=prenom"_s,
                           u"type ménage=type_menage"_s, u"agence=agence"_s,
                           u"dispositif=dispositif"_s,
                           u"date_debut_accompagnement=date_debut_accompagnement"_s}
            << QStringList{u"Remarque"_s} << QStringList{};
    QTest::newRow("UTF-8 with BOM, commas, a column missing")
            << QByteArray("\xEF\xBB\xBF"
                          + lines({u"reference,nom,prenom,agence,dispositif,"
                                   u"date_debut_accompagnement,couleur"_s,
                                   u"R1,Dupont,Hélène,TLS-N,LAAVA,01/03/2019,bleu"_s,
                                   u"R2,Martin,Paul,TLS-N,LAAVA,01/03/2019,vert"_s}))
            << int(Import::FileKind::Households) << u"UTF-8 (BOM)"_s << u","_s << 2
            << QStringList{u"reference=reference"_s, u"nom=nom"_s, u"prenom=prenom"_s,
                           u"agence=agence"_s, u"dispositif=dispositif"_s,
                           u"date_debut_accompagnement=date_debut_accompagnement"_s}
            << QStringList{u"couleur"_s} << QStringList{u"type_menage"_s};
    QTest::newRow("contacts, tabs")
            << lines({u"reference\tdate\ttype\tduree minutes\tnote"_s,
                      u"R1\t02/03/2019\ttelephone\t15\t\"deux\nlignes\""_s})
            << int(Import::FileKind::Contacts) << u"UTF-8"_s << u"\t"_s << 1
            << QStringList{u"reference=reference"_s, u"date=date"_s, u"type=type"_s,
                           u"duree minutes=duree_minutes"_s, u"note=note"_s}
            << QStringList{} << QStringList{};
}

void TestImport::inspectFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, kind);
    QFETCH(QString, encoding);
    QFETCH(QString, separator);
    QFETCH(int, records);
    QFETCH(QStringList, recognised);
    QFETCH(QStringList, unknown);
    QFETCH(QStringList, missing);

    const QString path = m_files->filePath(u"tableau.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const Import::FileInspection seen = Import::inspect(path, Import::FileKind(kind));
    QVERIFY(seen.readable);
    QCOMPARE(seen.file, u"tableau.csv"_s);
    QCOMPARE(seen.encoding, encoding);
    QCOMPARE(QString(seen.separator), separator);
    QCOMPARE(seen.headerLine, 1);
    QCOMPARE(seen.records, records);
    QStringList matched;
    for (const Import::RecognisedColumn &c : seen.recognised) {
        matched << c.header + u'=' + c.column;
        QVERIFY2(!c.meaning.isEmpty(), qPrintable(c.column));
    }
    QCOMPARE(matched, recognised);
    QCOMPARE(seen.unknown, unknown);
    QCOMPARE(seen.missing, missing);
    // A missing column is the one problem of the header, as the import reports it.
    QCOMPARE(seen.problems.size(), missing.size());
    for (const QString &column : missing) {
        QVERIFY(std::any_of(seen.problems.cbegin(), seen.problems.cend(),
                            [&](const Import::Problem &p) { return p.column == column; }));
    }
}

void TestImport::inspectUnreadableFile()
{
    const QString path = m_files->filePath(u"classeur.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArrayLiteral("PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0"));
    file.close();
    const Import::FileInspection seen = Import::inspect(path, Import::FileKind::Households);
    QVERIFY(!seen.readable);
    QVERIFY(seen.recognised.isEmpty());
    QCOMPARE(texts(seen.problems),
             french({u"classeur.csv : le fichier est un classeur, pas un fichier CSV : "
                     u"enregistrez-le au format « CSV (séparateur : point-virgule) » et "
                     u"importez ce fichier"_s}));
    // The same words as the import itself.
    Import::Options options;
    options.householdsPath = path;
    QCOMPARE(texts(Import::run(m_test->db(), m_scope, options).errors), texts(seen.problems));
}

void TestImport::progressReachesTheTotal()
{
    QList<std::pair<qint64, qint64>> calls;
    Import::Options options;
    options.householdsPath = m_files->filePath(u"households.csv"_s);
    options.contactsPath = m_files->filePath(u"contacts.csv"_s);
    for (const auto &[path, bytes] : {std::pair(options.householdsPath, fullHouseholds()),
                                      std::pair(options.contactsPath, fullContacts())}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    options.progress = [&calls](qint64 done, qint64 total) {
        calls.append({done, total});
        return true;
    };
    const Import::Report report = Import::run(m_test->db(), m_scope, options);
    VERIFY_IMPORTED(report);
    QVERIFY(!report.cancelled);
    QVERIFY(calls.size() > 10);
    // 3 household lines and 3 contacts: read once, written with twice the weight, + the end.
    const qint64 total = 3 * (3 + 3) + 1;
    for (qsizetype i = 0; i < calls.size(); ++i) {
        QCOMPARE(calls.at(i).second, total);
        QVERIFY(calls.at(i).first >= 0 && calls.at(i).first <= total);
        if (i > 0)
            QVERIFY(calls.at(i).first >= calls.at(i - 1).first);
    }
    QCOMPARE(calls.last().first, total);
}

void TestImport::cancelAtAnyStepChangesNothing()
{
    VERIFY_IMPORTED(run(storedHouseholds(), storedContacts()));
    Import::Options options;
    options.householdsPath = m_files->filePath(u"households.csv"_s);
    options.contactsPath = m_files->filePath(u"contacts.csv"_s);
    for (const auto &[path, bytes] : {std::pair(options.householdsPath, fullHouseholds()),
                                      std::pair(options.contactsPath, fullContacts())}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    // How many times a whole import asks.
    int calls = 0;
    options.dryRun = true;
    options.progress = [&calls](qint64, qint64) {
        ++calls;
        return true;
    };
    const Import::Report dry = Import::run(m_test->db(), m_scope, options);
    VERIFY_IMPORTED(dry);
    QVERIFY(calls > 10);
    options.dryRun = false;

    const auto before = rowCounts(m_test->db());
    const QStringList stored = content(m_test->db());
    // Cancelled at each call but the last (the work is over then): nothing is written.
    for (int stop = 1; stop < calls; ++stop) {
        int call = 0;
        options.progress = [&call, stop](qint64, qint64) { return ++call < stop; };
        const Import::Report report = Import::run(m_test->db(), m_scope, options);
        QVERIFY2(report.cancelled, qPrintable(QString::number(stop)));
        QVERIFY(!report.ok());
        QCOMPARE(call, stop); // never asked again once cancelled
        QCOMPARE(report.householdsCreated + report.supportsCreated + report.contactsCreated, 0);
        QCOMPARE(rowCounts(m_test->db()), before);
        QCOMPARE(content(m_test->db()), stored);
    }
    // Not cancelled: the import is done.
    options.progress = [](qint64, qint64) { return true; };
    const Import::Report done = Import::run(m_test->db(), m_scope, options);
    VERIFY_IMPORTED(done);
    QCOMPARE(done.householdsCreated, 2);
    QCOMPARE(done.contactsCreated, 3);
}

void TestImport::problemsAsCsv()
{
    Import::Report report;
    report.errors.append({u"households.csv"_s, 14, u"date_debut_accompagnement"_s,
                          u"31/02/2019"_s, u"n'est pas une date"_s});
    report.errors.append({u"contacts.csv"_s, 0, QString(), QString(), u"le fichier est vide"_s});
    report.warnings.append({u"households.csv"_s, 1, u"Remarque"_s, QString(),
                            u"colonne inconnue, ignorée"_s});
    report.warnings.append({u"households.csv"_s, 3, u"agence"_s, u"=Muret; \"sud\""_s,
                            u"agence créée"_s});
    const QByteArray csv = Import::problemsCsv(report);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(QString::fromUtf8(csv.mid(3)),
             u"Type;Fichier;Ligne;Colonne;Valeur;Message\r\n"
             u"Erreur;households.csv;14;date_debut_accompagnement;31/02/2019;"
             u"n'est pas une date\r\n"
             u"Erreur;contacts.csv;;;;le fichier est vide\r\n"
             u"Avertissement;households.csv;1;Remarque;;colonne inconnue, ignorée\r\n"
             u"Avertissement;households.csv;3;agence;\"'=Muret; \"\"sud\"\"\";agence créée\r\n"_s);
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
