// Printed documents: the template engine (fields, sections, escaping, errors, French
// typography), the contract of the demo's bail glissant and bail direct households read back
// from the PDF, the same text for the same data, the template override folder, the signature
// block never split across pages, the print kept with the contract, the convocation and the
// committee agenda (nothing sensitive); templates chosen by users cannot crash or hang the
// program (nesting, pipes and devices, sizes, images from outside the templates folder,
// documents too long to lay out), each refusal a French message.
#include "TestChecks.h"
#include "Clock.h"
#include "TestDatabase.h"
#include "demo/DemoData.h"
#include "documents/DocumentLimits.h"
#include "documents/Documents.h"
#include "documents/FrenchText.h"
#include "documents/PdfRenderer.h"
#include "documents/TemplateDocument.h"
#include "documents/TemplateEngine.h"
#include "storage/CommitteeRepository.h"
#include "storage/AccessRecordRepository.h"
#include "storage/ContractPrintRepository.h"
#include "storage/ContractScanRepository.h"
#include "storage/JournalRepository.h"
#include "storage/RetentionRepository.h"
#include "documents/AccessExport.h"
#include "documents/ContractDocument.h"
#include "documents/KeptPdf.h"
#include "households/PlanRules.h"
#include "domain/ReferenceLists.h"
#include "storage/DirectoryRepositories.h"
#include "storage/HouseholdFileRepository.h"
#include "storage/HouseholdRecordRepositories.h"
#include "storage/HouseholdRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/Repository.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QHashSeed>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using Passerelle::Testing::TestDatabase;

namespace {

/// Spaces of any kind (no-break, narrow) as one space, ligatures undone: what a reader sees.
QString plain(const QString &text)
{
    QString t = text.normalized(QString::NormalizationForm_KC);
    static const QRegularExpression spaces(u"\\s+"_s);
    t.replace(spaces, u" "_s);
    // A line may break after the hyphen of a compound word ("Pont-Vieux"): join it again.
    static const QRegularExpression brokenHyphen(u"(\\w)- (\\w)"_s);
    t.replace(brokenHyphen, u"\\1-\\2"_s);
    return t.trimmed();
}

QString messageOf(const Error &e)
{
    return e.fullText();
}

} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void templateFields();
    void templateSections();
    void templateEscapesValues();
    void templateUnknownField();
    void templateMissingValue();
    void templateUnbalanced_data();
    void templateUnbalanced();
    void templateListUsedAsValue();
    void typography_data();
    void typography();
    void htmlTypographyLeavesMarkupAlone();
    void frenchFormats();

    void contractBailGlissant();
    void contractBailDirect();
    void builtDataCoversVocabulary();
    void sameDataSameText();
    void namesPrintAsWritten();
    void printRecordedWithContract();
    void renewalPrintsAsNewVersion();
    void signedVersionPrintsAsKept();
    void wordingFollowsData();
    void objectivesAsOfSigning();
    void savedAsOdt();
    void signedScans();
    void signedScansInAccessExportAndRetention();
    void templateOverrideFolder();
    void overrideWithUnknownFieldNamesIt();
    void missingTemplatesFolder();
    void signatureBlockNeverSplit();
    void signatureBlockNeverSplitInContract();
    void convocation();
    void committeeAgendaHasNothingSensitive();

    // Templates chosen by users cannot crash or hang the program.
    void templateNestingDepth_data();
    void templateNestingDepth();
    void templateFileRefused_data();
    void templateFileRefused();
    void templateResources_data();
    void templateResources();
    void templateDocumentBounds_data();
    void templateDocumentBounds();
    void templateLayoutDeadline();

private:
    /// The text of a PDF as pdftotext -layout reads it, in plain() form; in reading order
    /// (each table cell whole) with `layout` false.
    QString pdfText(const QByteArray &pdf, bool layout = true);
    Id householdId(const QString &reference);
    Result<PrintedContract> contractOf(const QString &reference, const QString &folder = {});

    std::unique_ptr<TestDatabase> m_test;
    QString m_pdftotext;
    QTemporaryDir m_dir;
};

void TestDocuments::initTestCase()
{
    PASSERELLE_REQUIRE_BACKEND();
    m_pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    // The users' language: the refusals are checked in French.
    Testing::installFrenchTranslation();
}

void TestDocuments::init()
{
    // The template and typography tests need no database: spare them the demo (3 s each on
    // PostgreSQL).
    const QByteArray test = QTest::currentTestFunction();
    for (const char *pure : {"template", "typography", "htmlTypography", "frenchFormats"}) {
        if (test.startsWith(pure) && test != "templateOverrideFolder")
            return;
    }
    m_test = std::make_unique<TestDatabase>();
    QVERIFY(m_test->isValid());
    const Status filled = Demo::populate(m_test->db(), Passerelle::Clock::today());
    QVERIFY2(filled, qPrintable(filled ? QString() : filled.error().fullText()));
}

void TestDocuments::cleanup()
{
    m_test.reset();
}

QString TestDocuments::pdfText(const QByteArray &pdf, bool layout)
{
    if (m_pdftotext.isEmpty())
        return {};
    QProcess process;
    QStringList arguments{u"-enc"_s, u"UTF-8"_s, u"-"_s, u"-"_s};
    if (layout)
        arguments.prepend(u"-layout"_s);
    process.start(m_pdftotext, arguments);
    process.write(pdf);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return plain(QString::fromUtf8(process.readAllStandardOutput()));
}

Id TestDocuments::householdId(const QString &reference)
{
    auto id = HouseholdRepository(m_test->db()).findByReference(TestDatabase::all(), reference);
    return id && *id ? **id : 0;
}

Result<PrintedContract> TestDocuments::contractOf(const QString &reference,
                                                  const QString &folder)
{
    return Documents::printContract(m_test->db(), TestDatabase::all(), householdId(reference), 0,
                                    folder);
}

#define REQUIRE_PDFTOTEXT()                                                                        \
    do {                                                                                           \
        if (m_pdftotext.isEmpty())                                                                 \
            QSKIP("pdftotext is missing (poppler-utils, installed by tools/install-deps.sh)");     \
    } while (false)

// --- the template engine ----------------------------------------------------------------

void TestDocuments::templateFields()
{
    Vocabulary v;
    v.fields({u"household.reference"_s, u"name"_s});
    auto t = Template::compile(u"<p>{{household.reference}} {{ name }}</p>"_s, u"t.html"_s, v);
    QVERIFY_OK(t);
    TemplateData d;
    d.set(u"household.reference"_s, u"HH-2023-02"_s).set(u"name"_s, u"MOREAU Laura"_s);
    auto html = t->render(d);
    QVERIFY_OK(html);
    QCOMPARE(*html, u"<p>HH-2023-02 MOREAU Laura</p>"_s);
}

void TestDocuments::templateSections()
{
    Vocabulary v;
    v.list(u"axes"_s, Vocabulary().field(u"label"_s).list(u"objectives"_s,
                                                          Vocabulary().field(u"title"_s)));
    v.flag(u"glissant"_s);
    v.field(u"notes"_s);
    v.field(u"reference"_s);
    const QString source =
        u"{{#axes}}[{{label}}:{{#objectives}}({{title}} {{reference}}){{/objectives}}"
        u"{{^objectives}}none{{/objectives}}]{{/axes}}{{^axes}}no axis{{/axes}}"
        u"{{#glissant}}G{{/glissant}}{{^glissant}}D{{/glissant}}"
        u"{{#notes}}N={{notes}}{{/notes}}{{^notes}}-{{/notes}}{{! a comment }}"_s;
    auto t = Template::compile(source, u"t.html"_s, v);
    QVERIFY_OK(t);
    TemplateData a1;
    a1.set(u"label"_s, u"Budget"_s);
    a1.setList(u"objectives"_s, {TemplateData().set(u"title"_s, u"Loyer"_s),
                                 TemplateData().set(u"title"_s, u"Dette"_s)});
    TemplateData a2;
    a2.set(u"label"_s, u"Santé"_s);
    a2.setList(u"objectives"_s, {});
    TemplateData d;
    d.setList(u"axes"_s, {a1, a2}).setFlag(u"glissant"_s, true).set(u"notes"_s, QString());
    d.set(u"reference"_s, u"R1"_s);
    auto html = t->render(d);
    QVERIFY_OK(html);
    // Inside an item, the enclosing data is still visible (reference).
    QCOMPARE(*html, u"[Budget:(Loyer R1)(Dette R1)][Santé:none]G-"_s);

    d.setList(u"axes"_s, {}).setFlag(u"glissant"_s, false).set(u"notes"_s, u"vu"_s);
    html = t->render(d);
    QVERIFY_OK(html);
    QCOMPARE(*html, u"no axisDN=vu"_s);
}

void TestDocuments::templateEscapesValues()
{
    Vocabulary v;
    v.field(u"name"_s);
    auto t = Template::compile(u"<p title=\"{{name}}\">{{name}}</p>"_s, u"t.html"_s, v);
    QVERIFY_OK(t);
    TemplateData d;
    d.set(u"name"_s, u"<b>Dupont & \"Fils\" l'aîné\nligne 2"_s);
    auto html = t->render(d);
    QVERIFY_OK(html);
    QCOMPARE(*html, u"<p title=\"&lt;b&gt;Dupont &amp; &quot;Fils&quot; l&#39;aîné ligne 2\">"
                    u"&lt;b&gt;Dupont &amp; &quot;Fils&quot; l&#39;aîné<br/>ligne 2</p>"_s);
    // What a reader sees is what was typed.
    QTextDocument doc;
    doc.setHtml(*html);
    QCOMPARE(doc.toPlainText(), u"<b>Dupont & \"Fils\" l'aîné\nligne 2"_s);
}

void TestDocuments::templateUnknownField()
{
    Vocabulary v;
    v.fields({u"household.name"_s, u"household.reference"_s});
    auto t = Template::compile(u"<p>\n{{household.name}}\n\n{{houshold.name}}</p>"_s,
                               u"contract.html"_s, v);
    QVERIFY(!t);
    const QString message = messageOf(t.error());
    QVERIFY2(message.contains(u"contract.html"_s), qPrintable(message));
    QVERIFY2(message.contains(u"houshold.name"_s), qPrintable(message));
    QVERIFY2(QRegularExpression(u"contract\\.html\\D+4\\D"_s).match(message).hasMatch(),
             qPrintable(message));
    // The closest known name is suggested.
    QVERIFY2(message.contains(u"household.name"_s), qPrintable(message));
}

void TestDocuments::templateMissingValue()
{
    Vocabulary v;
    v.fields({u"a"_s, u"b"_s});
    auto t = Template::compile(u"{{a}}\n{{b}}"_s, u"letter.html"_s, v);
    QVERIFY_OK(t);
    TemplateData d;
    d.set(u"a"_s, u"x"_s);
    auto html = t->render(d);
    QVERIFY(!html);
    const QString message = messageOf(html.error());
    QVERIFY2(message.contains(u"letter.html"_s)
                 && message.contains(Testing::french(u"« b »"_s)),
             qPrintable(message));
    QVERIFY2(QRegularExpression(u"letter\\.html\\D+2\\D"_s).match(message).hasMatch(),
             qPrintable(message));
}

void TestDocuments::templateUnbalanced_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("named");
    QTest::addColumn<int>("line");
    QTest::newRow("never closed") << u"a\n{{#list}}\n{{x}}"_s << u"list"_s << 2;
    QTest::newRow("closes nothing") << u"a\nb\n{{/list}}"_s << u"list"_s << 3;
    QTest::newRow("crossed") << u"{{#list}}{{#flag}}\n{{/list}}{{/flag}}"_s << u"list"_s << 2;
    QTest::newRow("tag never closed") << u"a\n{{x"_s << u"{{"_s << 2;
}

void TestDocuments::templateUnbalanced()
{
    QFETCH(QString, source);
    QFETCH(QString, named);
    QFETCH(int, line);
    Vocabulary v;
    v.field(u"x"_s).flag(u"flag"_s).list(u"list"_s, Vocabulary());
    auto t = Template::compile(source, u"t.html"_s, v);
    QVERIFY(!t);
    const QString message = messageOf(t.error());
    QVERIFY2(message.contains(named), qPrintable(message));
    QVERIFY2(QRegularExpression(u"t\\.html\\D+%1\\D"_s.arg(line)).match(message).hasMatch(),
             qPrintable(message));
}

void TestDocuments::templateListUsedAsValue()
{
    Vocabulary v;
    v.list(u"members"_s, Vocabulary().field(u"name"_s));
    auto t = Template::compile(u"{{members}}"_s, u"t.html"_s, v);
    QVERIFY(!t);
    QVERIFY(messageOf(t.error()).contains(u"members"_s));
    // An item's field outside its list is unknown.
    t = Template::compile(u"{{name}}"_s, u"t.html"_s, v);
    QVERIFY(!t);
    QVERIFY(messageOf(t.error()).contains(u"name"_s));
}

void TestDocuments::typography_data()
{
    const QString nb = QString(FrenchText::NoBreakSpace);
    const QString nnb = QString(FrenchText::NarrowNoBreakSpace);
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("colon") << u"Objet : convocation"_s << u"Objet"_s + nb + u": convocation"_s;
    QTest::newRow("colon without space") << u"Objet: x"_s << u"Objet"_s + nb + u": x"_s;
    QTest::newRow("semicolon") << u"a ; b"_s << u"a"_s + nnb + u"; b"_s;
    QTest::newRow("question, exclamation") << u"Vraiment ? Oui !"_s
                                           << u"Vraiment"_s + nnb + u"? Oui"_s + nnb + u"!"_s;
    QTest::newRow("glued question") << u"Vraiment?"_s << u"Vraiment"_s + nnb + u"?"_s;
    QTest::newRow("guillemets") << u"« le ménage »"_s << u"«"_s + nb + u"le ménage"_s + nb + u"»"_s;
    QTest::newRow("guillemets without spaces") << u"«mot»"_s << u"«"_s + nb + u"mot"_s + nb + u"»"_s;
    QTest::newRow("double spaces") << u"deux  espaces   ici"_s << u"deux espaces ici"_s;
    QTest::newRow("time untouched") << u"à 14:30"_s << u"à 14:30"_s;
    QTest::newRow("address untouched") << u"https://www.cnil.fr/?a=1"_s
                                       << u"https://www.cnil.fr/?a=1"_s;
    QTest::newRow("interrobang") << u"Quoi ?!"_s << u"Quoi"_s + nnb + u"?!"_s;
    QTest::newRow("line breaks kept") << u"a :\nb"_s << u"a"_s + nb + u":\nb"_s;
}

void TestDocuments::typography()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(FrenchText::typography(text), expected);
    // Applying it twice changes nothing more.
    QCOMPARE(FrenchText::typography(expected), expected);
}

void TestDocuments::htmlTypographyLeavesMarkupAlone()
{
    const QString nb = QString(FrenchText::NoBreakSpace);
    const QString html =
        u"<style>p { margin: 0; } a:hover { x: y; }</style><!-- note : ici -->"
        u"<p class=\"a : b\" title='c ; d'>Objet : Dupont &amp; Fils ; « x »</p>"_s;
    const QString expected =
        u"<style>p { margin: 0; } a:hover { x: y; }</style><!-- note : ici -->"
        u"<p class=\"a : b\" title='c ; d'>Objet"_s
        + nb + u": Dupont &amp; Fils"_s + QString(FrenchText::NarrowNoBreakSpace) + u"; «"_s + nb
        + u"x"_s + nb + u"»</p>"_s;
    QCOMPARE(FrenchText::htmlTypography(html), expected);
}

void TestDocuments::frenchFormats()
{
    const QString nb = QString(FrenchText::NoBreakSpace);
    const QString nnb = QString(FrenchText::NarrowNoBreakSpace);
    QCOMPARE(FrenchText::date(QDate(2026, 11, 21)), u"21"_s + nb + u"novembre 2026"_s);
    QCOMPARE(FrenchText::date(QDate(2023, 3, 1)), u"1er"_s + nb + u"mars 2023"_s);
    QCOMPARE(FrenchText::date(QDate()), QString());
    QCOMPARE(FrenchText::longDate(QDate(2026, 11, 21)), u"samedi 21"_s + nb + u"novembre 2026"_s);
    QCOMPARE(FrenchText::money(123450), u"1"_s + nnb + u"234,50"_s + nb + u"€"_s);
    QCOMPARE(FrenchText::money(5), u"0,05"_s + nb + u"€"_s);
    QCOMPARE(FrenchText::money(-123456789), u"-1"_s + nnb + u"234"_s + nnb + u"567,89"_s + nb
                                                + u"€"_s);
    QCOMPARE(FrenchText::time(QTime(14, 30)), u"14"_s + nb + u"h"_s + nb + u"30"_s);
    QCOMPARE(FrenchText::time(QTime(9, 0)), u"9"_s + nb + u"h"_s);
}

// --- the contract -----------------------------------------------------------------------

void TestDocuments::contractBailGlissant()
{
    REQUIRE_PDFTOTEXT();
    auto printed = contractOf(u"HH-2023-02"_s);
    QVERIFY_OK(printed);
    QVERIFY(printed->pdf.startsWith("%PDF"));
    QVERIFY(printed->pageCount >= 2);
    const QString text = pdfText(printed->pdf);
    QVERIFY(!text.isEmpty());

    auto file = HouseholdFileRepository(m_test->db()).load(TestDatabase::all(),
                                                           householdId(u"HH-2023-02"_s));
    QVERIFY_OK(file);
    const SupportContract &contract = file->contracts.first();
    const Support *support = file->support(contract.actionId);
    QVERIFY(support);
    auto organisation = OrganisationRepository(m_test->db()).get();
    auto partner = PartnerRepository(m_test->db()).get(support->partnerId);
    auto action = ActionRepository(m_test->db()).get(contract.actionId);
    QVERIFY_OK(partner);
    QVERIFY_OK(action);

    QStringList expected;
    // The three parties: the members who sign, the association and its referent, the landlord
    // and its signatory.
    int signing = 0;
    for (const Member &m : file->household.members) {
        if (m.signsContract) {
            expected << m.firstName + u' ' + m.lastName.toUpper();
            ++signing;
        }
    }
    QVERIFY(signing > 0);
    expected << partner->name << support->partnerReferent << organisation->name
             << organisation->signatoryName << organisation->signatoryTitle;
    // The action and its funders.
    expected << action->name;
    for (const FundingLine &f : action->fundingLines) {
        // The landlord funding itself is said once, by the source.
        if (ReferenceLists::normalizedKey(f.funder)
            != ReferenceLists::normalizedKey(organisation->name))
            expected << f.funder;
    }
    // Every objective, and the clauses.
    const SupportPlan *plan = file->plan(contract.actionId);
    QVERIFY(plan && !plan->objectives.isEmpty());
    // Titles wrap inside their table cell: read them in reading order.
    const QString cells = pdfText(printed->pdf, false);
    for (const Objective &o : plan->objectives)
        QVERIFY2(cells.contains(plain(o.title)), qPrintable(u"missing: "_s + o.title));
    expected << u"Protection des données personnelles"_s << u"Durée et renouvellement"_s
             << u"Engagements des parties"_s << u"Modalités de suivi"_s
             << u"CNIL"_s << u"deux ans après le dernier contact"_s
             << u"droit d'accès, de rectification, d'effacement et de limitation"_s
             << u"droit d'opposition"_s << organisation->dpoContact
             << u"« Lu et approuvé »"_s << u"Page 1 / "_s << u"Paraphes"_s
             << u"L.442-8-3"_s << u"tous les six mois"_s << u"Date prévisionnelle du glissement"_s
             << FrenchText::date(QDate(2024, 9, 1)) << contract.place;
    for (const QString &e : std::as_const(expected))
        QVERIFY2(text.contains(plain(e)), qPrintable(u"missing: "_s + e));
    QVERIFY(text.contains(u"Page %1 / %1"_s.arg(printed->pageCount)));
    QCOMPARE(printed->versionNumber, contract.versions.last().number);
    QCOMPARE(printed->sha256,
             QString::fromLatin1(QCryptographicHash::hash(printed->pdf,
                                                          QCryptographicHash::Sha256).toHex()));
}

void TestDocuments::contractBailDirect()
{
    REQUIRE_PDFTOTEXT();
    auto printed = contractOf(u"RES-2024-06"_s);
    QVERIFY_OK(printed);
    const QString text = pdfText(printed->pdf);
    auto file = HouseholdFileRepository(m_test->db()).load(TestDatabase::all(),
                                                           householdId(u"RES-2024-06"_s));
    QVERIFY_OK(file);
    const SupportContract &contract = file->contracts.first();
    const QString cells = pdfText(printed->pdf, false);
    for (const Objective &o : file->plan(contract.actionId)->objectives)
        QVERIFY2(cells.contains(plain(o.title)), qPrintable(o.title));
    QVERIFY(text.contains(u"Hélène DUBOIS"_s));
    QVERIFY(text.contains(u"Bail direct"_s));
    QVERIFY(text.contains(u"Protection des données personnelles"_s));
    QVERIFY(text.contains(u"Page 1 / "_s));
    QVERIFY(text.contains(u"Paraphes"_s));
    // No sous-location clause for a bail direct.
    QVERIFY(!text.contains(u"L.442-8-3"_s));
    QVERIFY(!text.contains(u"glissement du bail"_s, Qt::CaseInsensitive));
}

namespace {

/// Every name of `vocabulary` has a value in `data` (and in the first item of each list).
void checkCovered(const Vocabulary &vocabulary, const TemplateData &data, const QString &where)
{
    for (const QString &name : vocabulary.names()) {
        const TemplateValue *value = data.find(name);
        QVERIFY2(value, qPrintable(where + name));
        const Vocabulary::Entry *entry = vocabulary.find(name);
        if (entry->kind == Vocabulary::Kind::List) {
            QCOMPARE(int(value->kind), int(TemplateValue::Kind::List));
            if (!value->items.isEmpty())
                checkCovered(*entry->item, value->items.first(), where + name + u'.');
        } else if (entry->kind == Vocabulary::Kind::Flag) {
            QCOMPARE(int(value->kind), int(TemplateValue::Kind::Flag));
        } else {
            QCOMPARE(int(value->kind), int(TemplateValue::Kind::Text));
        }
    }
}

} // namespace

void TestDocuments::builtDataCoversVocabulary()
{
    const Scope scope = TestDatabase::all();
    for (const QString &reference : {u"HH-2023-02"_s, u"RES-2024-06"_s, u"LAAVA-2015-01"_s}) {
        auto sources = Documents::contractSources(m_test->db(), scope, householdId(reference), 0);
        QVERIFY_OK(sources);
        auto content = ContractDocument::build(*sources);
        QVERIFY_OK(content);
        checkCovered(ContractDocument::vocabulary(), content->data, reference + u": "_s);
        QVERIFY(content->images.contains(DocumentFields::logoResource()));
    }
}

void TestDocuments::sameDataSameText()
{
    REQUIRE_PDFTOTEXT();
    auto first = contractOf(u"HH-2023-02"_s);
    auto second = contractOf(u"HH-2023-02"_s);
    QVERIFY_OK(first);
    QVERIFY_OK(second);
    QCOMPARE(pdfText(second->pdf), pdfText(first->pdf));
    QCOMPARE(second->pageCount, first->pageCount);
    // The bytes too, but for the creation date Qt writes (same length).
    QCOMPARE(second->pdf.size(), first->pdf.size());
    static const QRegularExpression date(u"/CreationDate \\(D:[0-9Z+'-]+\\)"_s);
    QString a = QString::fromLatin1(first->pdf);
    QString b = QString::fromLatin1(second->pdf);
    a.replace(date, u"/CreationDate ()"_s);
    b.replace(date, u"/CreationDate ()"_s);
    QVERIFY(a == b);
}

void TestDocuments::namesPrintAsWritten()
{
    REQUIRE_PDFTOTEXT();
    const Scope scope = TestDatabase::all();
    HouseholdRepository households(m_test->db());
    auto household = households.get(scope, householdId(u"RES-2024-06"_s));
    QVERIFY_OK(household);
    Member &main = household->members.first();
    main.firstName = u"Zoé <i>"_s;
    main.lastName = u"Durand & Fils <SARL> \"x\""_s;
    main.signsContract = true;
    QVERIFY_OK(households.save(scope, *household));
    auto printed = contractOf(u"RES-2024-06"_s);
    QVERIFY_OK(printed);
    const QString text = pdfText(printed->pdf);
    QVERIFY2(text.contains(u"Zoé <i> DURAND & FILS <SARL> \"X\""_s), qPrintable(text.left(2000)));
}

void TestDocuments::printRecordedWithContract()
{
    const Scope scope = TestDatabase::all();
    auto printed = contractOf(u"HH-2023-02"_s);
    QVERIFY_OK(printed);
    auto recorded = Documents::recordPrint(m_test->db(), scope, *printed);
    QVERIFY_OK(recorded);
    QCOMPARE(recorded->versionNumber, printed->versionNumber);
    QCOMPARE(recorded->contractId, printed->contractId);
    QCOMPARE(recorded->sha256.size(), 64);
    QVERIFY(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(recorded->sha256).hasMatch());
    QCOMPARE(recorded->sha256,
             QString::fromLatin1(QCryptographicHash::hash(printed->pdf,
                                                          QCryptographicHash::Sha256).toHex()));
    QCOMPARE(recorded->printedBy, scope.login);

    ContractPrintRepository prints(m_test->db());
    auto list = prints.list(scope, printed->contractId);
    QVERIFY_OK(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().sha256, recorded->sha256);
    QCOMPARE(list->first().printedAt, recorded->printedAt);
    QVERIFY(list->first().pdf.isEmpty());
    auto pdf = prints.pdf(scope, recorded->id);
    QVERIFY_OK(pdf);
    QCOMPARE(*pdf, printed->pdf);

    // In the household's journal.
    auto journal = AuditRepository(m_test->db()).forHousehold(scope, printed->householdId);
    QVERIFY_OK(journal);
    QVERIFY(std::any_of(journal->cbegin(), journal->cend(), [&](const AuditEntry &e) {
        return e.operation == u"print" && e.entity == u"contract"
               && e.entityId == printed->contractId && e.summary.contains(recorded->sha256);
    }));

    // Another agency cannot read it, nor record one.
    auto agencies = AgencyRepository(m_test->db()).list();
    QVERIFY_OK(agencies);
    auto household = HouseholdRepository(m_test->db()).get(scope, printed->householdId);
    Id other = 0;
    for (const Agency &a : *agencies) {
        if (a.id != household->agencyId)
            other = a.id;
    }
    const Scope outsider = Scope::agency(other, u"autre"_s);
    QVERIFY(!prints.list(outsider, printed->contractId));
    QVERIFY(!prints.pdf(outsider, recorded->id));
    QVERIFY(!Documents::recordPrint(m_test->db(), outsider, *printed));
    // Only a PDF is kept.
    QVERIFY(!prints.record(scope, printed->contractId, printed->versionNumber, "not a pdf"));
    QCOMPARE(prints.list(scope, printed->contractId)->size(), 1);
}

void TestDocuments::renewalPrintsAsNewVersion()
{
    const Scope scope = TestDatabase::all();
    const Id household = householdId(u"RES-2024-06"_s);
    ContractRepository contracts(m_test->db());
    auto all = contracts.forHousehold(scope, household);
    QVERIFY_OK(all);
    SupportContract contract = all->first();
    const ContractVersion last = contract.versions.last();
    ContractVersion avenant;
    avenant.number = last.number + 1;
    avenant.kind = u"avenant"_s;
    avenant.startDate = last.endDate.addDays(1);
    avenant.endDate = avenant.startDate.addMonths(6).addDays(-1);
    avenant.date = avenant.startDate;
    contract.versions << avenant;
    QVERIFY_OK(contracts.save(scope, contract));

    auto printed = contractOf(u"RES-2024-06"_s);
    QVERIFY_OK(printed);
    QCOMPARE(printed->versionNumber, avenant.number);
    QCOMPARE(printed->versionKind, u"avenant"_s);
    QVERIFY_OK(Documents::recordPrint(m_test->db(), scope, *printed));
    // The previous version can still be printed, as itself.
    auto previous = Documents::printContract(m_test->db(), scope, household, 0, QString(),
                                             last.number);
    QVERIFY_OK(previous);
    QCOMPARE(previous->versionNumber, last.number);
    QVERIFY_OK(Documents::recordPrint(m_test->db(), scope, *previous));
    auto list = ContractPrintRepository(m_test->db()).list(scope, contract.id);
    QVERIFY_OK(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).versionNumber, avenant.number);
    QCOMPARE(list->at(1).versionNumber, last.number);
    QVERIFY(list->at(0).sha256 != list->at(1).sha256);
    // A version that does not exist is refused.
    QVERIFY(!Documents::printContract(m_test->db(), scope, household, 0, QString(), 99));
}

void TestDocuments::signedVersionPrintsAsKept()
{
    const Scope scope = TestDatabase::all();
    const Id household = householdId(u"HH-2023-02"_s);
    TAKE(file, HouseholdFileRepository(m_test->db()).load(scope, household));
    const SupportContract &contract = file.contracts.first();
    const ContractVersion signedVersion = contract.versions.last();
    QVERIFY(signedVersion.date.isValid());
    // Printed, then signed: kept with the contract.
    TAKE(first, Documents::printContract(m_test->db(), scope, household, 0, QString()));
    QCOMPARE(first.reprintOf, Id(0));
    QVERIFY(first.document);
    TAKE(kept, Documents::recordPrint(m_test->db(), scope, first));

    // The plan moves on: an objective is reached after the signature.
    TAKE(plan, PlanRepository(m_test->db()).find(scope, household, contract.actionId));
    QVERIFY(plan && !plan->objectives.isEmpty());
    PlanRules::setStatus(plan->objectives.first(), u"atteint"_s, Passerelle::Clock::today());
    plan->objectives.first().doneDate = Passerelle::Clock::today();
    QVERIFY(plan->objectives.first().doneDate > signedVersion.date);
    QVERIFY_OK(PlanRepository(m_test->db()).save(scope, *plan));

    // Printed again, the signed version is the PDF kept, byte for byte, with no new copy.
    TAKE(again, Documents::printContract(m_test->db(), scope, household, 0, QString(),
                                         signedVersion.number));
    QCOMPARE(again.reprintOf, kept.id);
    QCOMPARE(again.pdf, first.pdf);
    QCOMPARE(again.sha256, first.sha256);
    QCOMPARE(again.pageCount, first.pageCount);
    QVERIFY(!again.document);
    TAKE(recorded, Documents::recordPrint(m_test->db(), scope, again));
    QCOMPARE(recorded.id, kept.id);
    TAKE(prints, ContractPrintRepository(m_test->db()).list(scope, contract.id));
    QCOMPARE(prints.size(), 1);
    // The reprint is journaled under the account.
    TAKE(journal, HouseholdFileRepository(m_test->db()).load(scope, household));
    int printEntries = 0;
    for (const AuditEntry &e : journal.history) {
        if (e.operation == u"print" && e.entityId == contract.id)
            ++printEntries;
    }
    QCOMPARE(printEntries, 2);
    // A kept PDF paints as it is (print preview, printer): its pages, nothing else.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    QVERIFY_OK(Documents::paint(again, writer));
    TAKE(pages, KeptPdf::pageCount(buffer.data()));
    QCOMPARE(pages, first.pageCount);

    // From the data (an ODT to edit), the document is made again: not the kept bytes.
    TAKE(fromData, Documents::printContract(m_test->db(), scope, household, 0, QString(),
                                            signedVersion.number, Documents::Source::Data));
    QCOMPARE(fromData.reprintOf, Id(0));
    QVERIFY(fromData.pdf != first.pdf);
    // A damaged kept PDF is said, never printed as a blank.
    QVERIFY_ERROR(KeptPdf::pageCount("%PDF-1.4 damaged"), Error::Kind::Io);
}

void TestDocuments::wordingFollowsData()
{
    const Scope scope = TestDatabase::all();
    const Id household = householdId(u"HH-2023-02"_s);
    TAKE(sources, Documents::contractSources(m_test->db(), scope, household, 0));
    Member &main = sources.file.household.members.first();
    main.signsContract = true;
    const auto built = [&sources]() -> TemplateData {
        auto content = ContractDocument::build(sources);
        return content ? content->data : TemplateData();
    };
    const auto text = [](const TemplateData &d, const QString &name) {
        const TemplateValue *v = d.find(name);
        return v ? v->text : QString();
    };
    const auto firstSignatory = [&text](const TemplateData &d, const QString &name) {
        const TemplateValue *v = d.find(u"signatories"_s);
        return v && !v->items.isEmpty() ? text(v->items.first(), name) : QString();
    };
    // « 1 personne », « 2 personnes ».
    QList<Member> all = sources.file.household.members;
    sources.file.household.members = {main};
    QCOMPARE(text(built(), u"household.persons"_s), u"1 personne"_s);
    sources.file.household.members = all.size() >= 2 ? all : all << Member();
    QCOMPARE(text(built(), u"household.persons"_s),
             u"%1 personnes"_s.arg(sources.file.household.members.size()));
    // « née », « né », « né(e) » from the member.
    sources.file.household.members = {main};
    for (const auto &[civility, born] : {std::pair{u"madame"_s, u"née"_s},
                                         std::pair{u"monsieur"_s, u"né"_s},
                                         std::pair{QString(), u"né(e)"_s}}) {
        sources.file.household.members.first().civility = civility;
        QCOMPARE(firstSignatory(built(), u"born"_s), born);
    }
    // The referent who signs for the association is named once.
    Support *support = nullptr;
    for (Support &sp : sources.file.supports) {
        if (sp.actionId == sources.actionId)
            support = &sp;
    }
    QVERIFY(support && !support->partnerReferent.isEmpty());
    for (SupportContract &c : sources.file.contracts)
        c.associationSignatory = support->partnerReferent.toUpper();
    QVERIFY(built().find(u"association.referent_signs"_s)->flag);
    for (SupportContract &c : sources.file.contracts)
        c.associationSignatory = u"Quelqu'un d'autre"_s;
    QVERIFY(!built().find(u"association.referent_signs"_s)->flag);
    // One line per funder whatever its years and spelling; the landlord's own funds say
    // « Fonds propres du bailleur » without its name again.
    FundingLine again = sources.action.fundingLines.first();
    again.funder = u"  "_s + again.funder.toUpper() + u" "_s;
    sources.action.fundingLines << again;
    FundingLine own;
    own.source = u"fonds_propres"_s;
    own.funder = sources.organisation.name;
    sources.action.fundingLines << own;
    const TemplateData withFunders = built();
    const TemplateValue *funders = withFunders.find(u"funders"_s);
    QVERIFY(funders);
    QStringList lines;
    for (const TemplateData &f : funders->items)
        lines << text(f, u"source"_s) + u'|' + text(f, u"funder"_s);
    QCOMPARE(lines.removeDuplicates(), qsizetype(0));
    int own_lines = 0;
    for (const QString &line : std::as_const(lines)) {
        if (line.startsWith(u"Fonds propres du bailleur"_s)) {
            ++own_lines;
            QCOMPARE(line, u"Fonds propres du bailleur|"_s);
        }
    }
    QCOMPARE(own_lines, 1);
    int sameFunder = 0;
    for (const QString &line : std::as_const(lines)) {
        if (ReferenceLists::normalizedKey(line.section(u'|', 1))
            == ReferenceLists::normalizedKey(again.funder))
            ++sameFunder;
    }
    QCOMPARE(sameFunder, 1);
}

void TestDocuments::objectivesAsOfSigning()
{
    Objective o;
    o.status = u"atteint"_s;
    o.doneDate = QDate(2026, 3, 1);
    QCOMPARE(PlanRules::statusOn(o, QDate(2026, 2, 1)), u"en_cours"_s);
    QCOMPARE(PlanRules::statusOn(o, QDate(2026, 3, 1)), u"atteint"_s);
    QCOMPARE(PlanRules::statusOn(o, QDate()), u"atteint"_s);
    o.doneDate = QDate();
    QCOMPARE(PlanRules::statusOn(o, QDate(2026, 2, 1)), u"atteint"_s);
    o.status = u"a_faire"_s;
    QCOMPARE(PlanRules::statusOn(o, QDate(2026, 2, 1)), u"a_faire"_s);

    // In the contract: the state of each objective when the version was signed.
    const Scope scope = TestDatabase::all();
    const Id household = householdId(u"HH-2023-02"_s);
    TAKE(sources, Documents::contractSources(m_test->db(), scope, household, 0));
    const SupportContract *contract = sources.file.contract(sources.actionId);
    QVERIFY(contract && contract->currentVersion()->date.isValid());
    SupportPlan *plan = PlanRules::planOf(sources.file, sources.actionId);
    QVERIFY(plan && !plan->objectives.isEmpty());
    for (Objective &objective : plan->objectives) {
        objective.status = u"atteint"_s;
        objective.doneDate = contract->currentVersion()->date.addDays(30);
    }
    TAKE(content, ContractDocument::build(sources));
    const TemplateValue *axes = content.data.find(u"axes"_s);
    QVERIFY(axes && !axes->items.isEmpty());
    for (const TemplateData &axis : axes->items) {
        for (const TemplateData &objective : axis.find(u"objectives"_s)->items)
            QCOMPARE(objective.find(u"status"_s)->text, u"En cours"_s);
    }
}

void TestDocuments::savedAsOdt()
{
    const Scope scope = TestDatabase::all();
    const Id household = householdId(u"HH-2023-02"_s);
    TAKE(printed, Documents::printContract(m_test->db(), scope, household, 0, QString()));
    TAKE(odt, Documents::odt(printed));
    QVERIFY(odt.startsWith("PK"));
    QVERIFY(odt.contains("application/vnd.oasis.opendocument.text"));
    // A kept PDF has no text to write: said, not written empty.
    QVERIFY_OK(Documents::recordPrint(m_test->db(), scope, printed));
    TAKE(kept, Documents::printContract(m_test->db(), scope, household, 0, QString()));
    QVERIFY(kept.reprintOf > 0);
    QVERIFY_ERROR(Documents::odt(kept), Error::Kind::Usage);
    // A convocation too.
    TAKE(file, HouseholdFileRepository(m_test->db()).load(scope, household));
    QVERIFY(!file.meetings.isEmpty());
    TAKE(convocation, Documents::printConvocation(m_test->db(), scope, file.meetings.first().id,
                                                  QString(), Passerelle::Clock::today()));
    TAKE(convocationOdt, Documents::odt(convocation));
    QVERIFY(convocationOdt.startsWith("PK"));
}

void TestDocuments::signedScans()
{
    const Scope scope = TestDatabase::all();
    const Id household = householdId(u"HH-2023-02"_s);
    TAKE(file, HouseholdFileRepository(m_test->db()).load(scope, household));
    const SupportContract &contract = file.contracts.first();
    const int version = contract.versions.first().number;
    ContractScanRepository scans(m_test->db());

    // Only a PDF, a JPEG or a PNG, not empty, up to 20 MB, whatever its name says.
    QCOMPARE(ContractScanRepository::mediaType("%PDF-1.7\n"), u"application/pdf"_s);
    QCOMPARE(ContractScanRepository::mediaType("\xFF\xD8\xFF\xE0"), u"image/jpeg"_s);
    QCOMPARE(ContractScanRepository::mediaType("\x89PNG\r\n\x1A\n"), u"image/png"_s);
    QVERIFY_ERROR(scans.attach(scope, contract.id, version, u"contrat.pdf"_s, "Bonjour"),
                  Error::Kind::Validation);
    QVERIFY_ERROR(scans.attach(scope, contract.id, version, u"vide.pdf"_s, QByteArray()),
                  Error::Kind::Validation);
    QByteArray huge("%PDF-1.4\n");
    huge.resize(ContractScan::MaxBytes + 1, ' ');
    auto tooBig = scans.attach(scope, contract.id, version, u"/tmp/gros.pdf"_s, huge);
    QVERIFY_ERROR(tooBig, Error::Kind::Validation);
    QVERIFY2(tooBig.error().message.contains(u"gros.pdf"_s)
                     && tooBig.error().message.contains(u"20"_s),
             qPrintable(tooBig.error().message));
    QVERIFY_ERROR(scans.attach(scope, contract.id, 99, u"contrat.pdf"_s, "%PDF-1.4\n"),
                  Error::Kind::Validation);
    // The PDF Passerelle printed is not the signed paper: refused, saying what to attach.
    {
        auto printed = Documents::printContract(m_test->db(), scope, household, 0, QString());
        QVERIFY_OK(printed);
        QVERIFY_OK(Documents::recordPrint(m_test->db(), scope, *printed));
        auto unsigned_ = scans.attach(scope, contract.id, printed->versionNumber,
                                      u"/tmp/contrat-imprime.pdf"_s, printed->pdf);
        QVERIFY_ERROR(unsigned_, Error::Kind::Validation);
        QVERIFY2(unsigned_.error().message.contains(u"contrat-imprime.pdf"_s)
                         && unsigned_.error().message.contains(u"SHA-256"_s),
                 qPrintable(unsigned_.error().message));
    }

    // A PNG attached to the first version: its date, login, name, type, size and SHA-256.
    QImage image(40, 60, QImage::Format_RGB32);
    image.fill(Qt::white);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(image.save(&buffer, "PNG"));
    TAKE(attached, scans.attach(scope, contract.id, version, u"/scans/Contrat signé.png"_s, png));
    QCOMPARE(attached.fileName, u"Contrat signé.png"_s);
    QCOMPARE(attached.mediaType, u"image/png"_s);
    QCOMPARE(attached.sizeBytes, qint64(png.size()));
    QCOMPARE(attached.sha256, ContractPrintRepository::sha256(png));
    QCOMPARE(attached.attachedBy, scope.login);
    TAKE(listed, scans.list(scope, contract.id));
    QCOMPARE(listed.size(), 1);
    QVERIFY(listed.first().content.isEmpty());
    ContractScan withoutBytes = attached;
    withoutBytes.content.clear();
    QCOMPARE(listed.first(), withoutBytes);
    TAKE(opened, scans.open(scope, attached.id));
    QCOMPARE(opened.content, png);

    // Attached and opened: both journaled, the file's name never.
    TAKE(journal, HouseholdFileRepository(m_test->db()).load(scope, household));
    QStringList operations;
    for (const AuditEntry &e : journal.history) {
        if (e.entity == u"contract_scan") {
            operations << e.operation;
            QVERIFY(!e.summary.contains(u"Contrat signé"_s));
        }
    }
    QVERIFY2(operations.contains(u"attach"_s) && operations.contains(u"read"_s),
             qPrintable(operations.join(u", "_s)));

    // Another agency's CESF neither lists, opens, attaches nor removes it.
    TAKE(agencies, AgencyRepository(m_test->db()).list());
    Id other = 0;
    for (const Agency &a : agencies) {
        if (a.id != file.household.agencyId)
            other = a.id;
    }
    const Scope stranger = Scope::agency(other, u"cesf-autre"_s);
    QVERIFY(!scans.list(stranger, contract.id));
    QVERIFY(!scans.open(stranger, attached.id));
    QVERIFY(!scans.attach(stranger, contract.id, version, u"x.png"_s, png));
    QVERIFY(!scans.remove(stranger, attached.id));

    // Removed when attached by mistake, journaled.
    QVERIFY_OK(scans.remove(scope, attached.id));
    TAKE(after, scans.list(scope, contract.id));
    QVERIFY(after.isEmpty());
    QVERIFY_ERROR(scans.open(scope, attached.id), Error::Kind::NotFound);
}

void TestDocuments::signedScansInAccessExportAndRetention()
{
    const Scope scope = TestDatabase::all();
    const Id household = householdId(u"HH-2023-02"_s);
    TAKE(file, HouseholdFileRepository(m_test->db()).load(scope, household));
    const SupportContract &contract = file.contracts.first();
    // A one-page PDF scan.
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        painter.drawText(QPointF(100, 100), u"Lu et approuvé"_s);
    }
    TAKE(attached, ContractScanRepository(m_test->db())
                           .attach(scope, contract.id, contract.versions.first().number,
                                   u"signé.pdf"_s, pdf));
    // In the right-of-access export: listed with its SHA-256, its bytes in the JSON, its pages
    // in the PDF.
    TAKE(record, AccessRecordRepository(m_test->db()).collect(scope, household));
    QCOMPARE(record.scans.size(), 1);
    QCOMPARE(record.scans.first().content, pdf);
    const QByteArray json = AccessExport::toJson(record);
    QVERIFY(json.contains(attached.sha256.toLatin1()));
    QVERIFY(json.contains(pdf.toBase64()));
    QVERIFY(AccessExport::toHtml(record).contains(attached.sha256));
    TAKE(exported, AccessExport::toPdf(record));
    TAKE(withoutScan, [&] {
        AccessRecord bare = record;
        bare.scans.clear();
        return AccessExport::toPdf(bare);
    }());
    TAKE(pagesWith, KeptPdf::pageCount(exported));
    TAKE(pagesWithout, KeptPdf::pageCount(withoutScan));
    QVERIFY2(pagesWith > pagesWithout, qPrintable(u"%1 %2"_s.arg(pagesWith).arg(pagesWithout)));

    // Erased by retention with the rest of the file.
    QVERIFY_OK(RetentionRepository(m_test->db()).anonymise(scope, household));
    TAKE(left, m_test->db().scalar(u"SELECT COUNT(*) FROM contract_scans"_s));
    QCOMPARE(left.toInt(), 0);
}

void TestDocuments::templateOverrideFolder()
{
    REQUIRE_PDFTOTEXT();
    const QString folder = m_dir.filePath(u"override"_s);
    QVERIFY(QDir().mkpath(folder));
    QFile file(QDir(folder).filePath(u"contract.html"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<html><head><title>Contrat maison</title>"
               "<meta name=\"passerelle-initials\" content=\"Initiales\"></head><body>"
               "<h1>Modèle de l'unité</h1><p>Dossier {{household.reference}} : "
               "{{#signatories}}{{name}} {{/signatories}}</p></body></html>");
    file.close();
    auto printed = contractOf(u"HH-2023-02"_s, folder);
    QVERIFY_OK(printed);
    QCOMPARE(printed->templatePath, QDir(folder).filePath(u"contract.html"_s));
    QCOMPARE(printed->pageStyle.initials, u"Initiales"_s);
    const QString text = pdfText(printed->pdf);
    QVERIFY2(text.contains(u"Modèle de l'unité"_s), qPrintable(text));
    QVERIFY(text.contains(u"Dossier HH-2023-02 : Laura MOREAU"_s));
    QVERIFY(text.contains(u"Initiales"_s));
    QVERIFY(!text.contains(u"Protection des données"_s));
    // The other documents, absent from the folder, come from the shipped templates.
    auto shipped = Template::load(u"convocation.html"_s, folder,
                                  ConvocationDocument::vocabulary());
    QVERIFY_OK(shipped);
    QVERIFY(shipped->origin().startsWith(u":/"_s));
    // The database setting names the folder.
    QVERIFY_OK(OrganisationRepository(m_test->db())
                  .setSetting(TestDatabase::all(), Documents::templatesFolderKey(), folder));
    auto configured = Documents::templatesFolder(m_test->db());
    QVERIFY_OK(configured);
    QCOMPARE(*configured, folder);
}

void TestDocuments::overrideWithUnknownFieldNamesIt()
{
    const QString folder = m_dir.filePath(u"broken"_s);
    QVERIFY(QDir().mkpath(folder));
    QFile file(QDir(folder).filePath(u"contract.html"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<p>{{household.reference}}</p>\n<p>{{household.religion}}</p>");
    file.close();
    auto printed = contractOf(u"HH-2023-02"_s, folder);
    QVERIFY(!printed);
    const QString message = printed.error().fullText();
    QVERIFY2(message.contains(u"contract.html"_s) && message.contains(u"household.religion"_s),
             qPrintable(message));
    QVERIFY2(QRegularExpression(u"contract\\.html\\D+2\\D"_s).match(message).hasMatch(),
             qPrintable(message));
    // Nothing printed, nothing recorded.
    auto list = ContractPrintRepository(m_test->db())
                    .list(TestDatabase::all(), HouseholdFileRepository(m_test->db())
                                                   .load(TestDatabase::all(),
                                                         householdId(u"HH-2023-02"_s))
                                                   ->contracts.first()
                                                   .id);
    QVERIFY_OK(list);
    QVERIFY(list->isEmpty());
}

void TestDocuments::missingTemplatesFolder()
{
    auto printed = contractOf(u"HH-2023-02"_s, m_dir.filePath(u"does-not-exist"_s));
    QVERIFY(!printed);
    QVERIFY(printed.error().message.contains(u"does-not-exist"_s));
}

namespace {

/// Whether the signatures part of `html` stays on one page, laid out on A4.
std::optional<PdfRenderer::Span> signatureSpan(const QString &html, bool *moved)
{
    QTextDocument doc;
    doc.setHtml(html);
    const PageStyle style = PageStyle::fromHtml(html);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(600);
    const auto laidOut = PdfRenderer::layOut(doc, writer, style);
    if (!laidOut) {
        doc.documentLayout()->setPaintDevice(nullptr);
        return std::nullopt;
    }
    *moved = false;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            *moved = true;
    }
    auto span = PdfRenderer::keepTogetherSpan(doc, style.keepTogether);
    doc.documentLayout()->setPaintDevice(nullptr);
    return span;
}

} // namespace

void TestDocuments::signatureBlockNeverSplit()
{
    // More and more text before the signatures: at some length they would straddle the page
    // break; they must always stay whole on one page.
    int movedCount = 0;
    for (int lines = 30; lines <= 90; lines += 2) {
        QString html = u"<html><head><meta name=\"passerelle-keep-together\" "
                       u"content=\"signatures\"></head><body>"_s;
        for (int i = 0; i < lines; ++i)
            html += u"<p>Ligne de texte numéro %1 du contrat.</p>"_s.arg(i);
        html += u"<p><a name=\"signatures\"></a>Fait à Toulouse.</p>"
                u"<table border=\"1\" width=\"100%\"><tr><th>Ménage</th><th>Association</th>"
                u"<th>Bailleur</th></tr><tr><td>A<br>B</td><td>C</td><td>D</td></tr>"
                u"<tr><td>Signature<br><br><br><br><br><br></td><td></td><td></td></tr>"
                u"</table></body></html>"_s;
        bool moved = false;
        const auto span = signatureSpan(html, &moved);
        QVERIFY(span);
        QVERIFY2(span->firstPage == span->lastPage,
                 qPrintable(u"%1 lines: pages %2-%3"_s.arg(lines).arg(span->firstPage)
                                .arg(span->lastPage)));
        movedCount += moved ? 1 : 0;
    }
    // The case that needs a page break did happen.
    QVERIFY(movedCount > 0);
}

void TestDocuments::signatureBlockNeverSplitInContract()
{
    const Scope scope = TestDatabase::all();
    const Id household = householdId(u"RES-2024-06"_s);
    ContractRepository contracts(m_test->db());
    SupportContract contract = contracts.forHousehold(scope, household)->first();
    const QString sentence = u"Participer aux rendez-vous fixés et prévenir en cas "
                             u"d'empêchement. "_s;
    for (int repeat = 0; repeat <= 60; repeat += 6) {
        contract.householdCommitments = sentence.repeated(repeat + 1);
        QVERIFY_OK(contracts.save(scope, contract));
        auto printed = Documents::printContract(m_test->db(), scope, household, 0, QString());
        QVERIFY_OK(printed);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(600);
        QVERIFY_OK(PdfRenderer::layOut(*printed->document, writer, printed->pageStyle));
        const auto span = PdfRenderer::keepTogetherSpan(*printed->document,
                                                        printed->pageStyle.keepTogether);
        printed->document->documentLayout()->setPaintDevice(nullptr);
        QVERIFY(span);
        QCOMPARE(span->firstPage, span->lastPage);
        QCOMPARE(span->lastPage, printed->pageCount - 1);
    }
}

void TestDocuments::convocation()
{
    REQUIRE_PDFTOTEXT();
    const Scope scope = TestDatabase::all();
    const Id household = householdId(u"HH-2026-04"_s);
    auto meetings = MeetingRepository(m_test->db()).forHousehold(scope, household);
    QVERIFY_OK(meetings);
    const TripartiteMeeting *planned = nullptr;
    for (const TripartiteMeeting &m : *meetings) {
        if (m.outcome.isEmpty() && m.date >= Passerelle::Clock::today())
            planned = &m;
    }
    QVERIFY(planned);
    auto printed = Documents::printConvocation(m_test->db(), scope, planned->id, QString(),
                                               QDate(2026, 11, 21));
    QVERIFY_OK(printed);
    const QString text = pdfText(printed->pdf);
    QVERIFY(text.contains(plain(FrenchText::longDate(planned->date))));
    QVERIFY(text.contains(plain(FrenchText::date(QDate(2026, 11, 21)))));
    QVERIFY(text.contains(u"Samira HAMIDI"_s));
    QVERIFY(text.contains(u"Habitat et Humanisme"_s));
    QVERIFY(text.contains(plain(planned->place)));
    for (const MeetingParticipant &p : planned->participants)
        QVERIFY2(text.contains(plain(p.name)), qPrintable(p.name));
    QVERIFY2(text.contains(u"Page 1 / 1"_s), qPrintable(text));
    QVERIFY(!text.contains(u"Paraphes"_s));
    // The letter names the household: its printing is in the household's journal.
    auto journal = AuditRepository(m_test->db()).forHousehold(scope, household);
    QVERIFY_OK(journal);
    QVERIFY(!journal->isEmpty());
    QCOMPARE(journal->first().operation, u"print"_s);
    QCOMPARE(journal->first().entity, u"tripartite_meeting"_s);
    QCOMPARE(journal->first().entityId, planned->id);
}

void TestDocuments::committeeAgendaHasNothingSensitive()
{
    REQUIRE_PDFTOTEXT();
    const Scope scope = TestDatabase::all();
    auto committees = CommitteeRepository(m_test->db()).list(scope);
    QVERIFY_OK(committees);
    const FollowUpCommittee *next = nullptr;
    for (const FollowUpCommittee &c : *committees) {
        if (c.date >= Passerelle::Clock::today() && !c.reviews.isEmpty() && !next)
            next = &c;
    }
    QVERIFY(next);
    auto full = CommitteeRepository(m_test->db()).get(scope, next->id);
    QVERIFY_OK(full);
    auto printed = Documents::printCommitteeAgenda(m_test->db(), scope, full->id, QString());
    QVERIFY_OK(printed);
    const QString text = pdfText(printed->pdf);
    auto catalog = ReferenceRepository(m_test->db()).catalog();
    QVERIFY_OK(catalog);
    for (const CommitteeReview &r : full->reviews) {
        auto file = HouseholdFileRepository(m_test->db()).load(scope, r.householdId);
        QVERIFY_OK(file);
        const Household &h = file->household;
        QVERIFY(text.contains(h.reference));
        QVERIFY(text.contains(plain(h.displayName())));
        QVERIFY(text.contains(plain(r.reason)));
        // Nothing else about the household: notes, publics, situation, contacts, alerts.
        QVERIFY(!text.contains(plain(h.notes)));
        for (const QString &code : h.publics)
            QVERIFY(!text.contains(plain(FrenchText::label(*catalog, ReferenceList::Public, code))));
        if (!h.phone.isEmpty())
            QVERIFY(!text.contains(plain(h.phone)));
        for (const Contact &c : file->contacts)
            QVERIFY(c.notes.isEmpty() || !text.contains(plain(c.notes)));
        for (const Alert &a : file->alerts)
            QVERIFY(a.description.isEmpty() || !text.contains(plain(a.description)));
        for (const Diagnostic &d : file->diagnostics)
            QVERIFY(d.recommendation.isEmpty() || !text.contains(plain(d.recommendation)));
    }
    QVERIFY(text.contains(plain(FrenchText::longDate(full->date))));
    // Each household named by the agenda has its printing in its journal.
    for (const CommitteeReview &r : full->reviews) {
        auto journal = AuditRepository(m_test->db()).forHousehold(scope, r.householdId);
        QVERIFY_OK(journal);
        const bool journaled = std::any_of(journal->begin(), journal->end(), [&](const auto &e) {
            return e.operation == u"print" && e.entity == u"committee" && e.entityId == full->id;
        });
        QVERIFY(journaled);
    }
}

// --- templates chosen by users ----------------------------------------------------------

namespace {

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray pngBytes(const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

bool makeFifo(const QString &path)
{
#ifdef Q_OS_UNIX
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
#else
    Q_UNUSED(path)
    return false;
#endif
}

bool isFifo(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
#else
    Q_UNUSED(path)
    return false;
#endif
}

/// Lets a test whose code would block opening a FIFO fail instead of hanging: past `ms`, it
/// keeps opening the FIFOs for writing (which lets a reader blocked in open() go on, to read
/// nothing) and records that it had to.
class FifoWatchdog
{
public:
    explicit FifoWatchdog(QStringList fifos, int ms = 5000)
        : m_fifos(std::move(fifos))
        , m_thread([this, ms] { watch(ms); })
    {
    }
    ~FifoWatchdog() { stop(); }

    /// Stops watching; true when the code under test blocked on a FIFO.
    bool stop()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        m_wake.notify_all();
        if (m_thread.joinable())
            m_thread.join();
        return m_fired;
    }

private:
    void watch(int ms)
    {
        std::unique_lock lock(m_mutex);
        if (m_wake.wait_for(lock, std::chrono::milliseconds(ms), [this] { return m_stopped; }))
            return;
        while (!m_stopped) {
            m_fired = true;
#ifdef Q_OS_UNIX
            for (const QString &fifo : std::as_const(m_fifos)) {
                const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
                if (fd >= 0)
                    ::close(fd);
            }
#endif
            m_wake.wait_for(lock, std::chrono::milliseconds(100), [this] { return m_stopped; });
        }
    }

    QStringList m_fifos;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopped = false;
    std::atomic<bool> m_fired{false};
    std::thread m_thread; // last: starts once the rest is built
};

/// A small document to try templates with: a name and a list of items.
const Vocabulary &letterVocabulary()
{
    static const Vocabulary vocabulary = [] {
        Vocabulary v;
        v.field(u"name"_s);
        v.list(u"items"_s, Vocabulary().field(u"label"_s));
        return v;
    }();
    return vocabulary;
}

DocumentContent letterContent(int items = 3, int labelLength = 10)
{
    DocumentContent content;
    content.templateName = u"letter.html"_s;
    content.data.set(u"name"_s, u"Dupont"_s);
    QList<TemplateData> list;
    for (int i = 0; i < items; ++i) {
        const QChar letter(char16_t(u'a' + i % 26));
        list << TemplateData().set(u"label"_s, QString(labelLength, letter));
    }
    content.data.setList(u"items"_s, list);
    return content;
}

/// Fills `letter.html` of `folder` and prints it as a PDF.
Result<PrintedDocument> printLetter(const QString &folder,
                                    const DocumentContent &content = letterContent())
{
    PASSERELLE_TRY(prepared, Documents::prepare(content, letterVocabulary(), folder));
    PASSERELLE_CHECK(Documents::makePdf(prepared));
    return prepared;
}

} // namespace

void TestDocuments::templateNestingDepth_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("64 sections") << DocumentLimits::SectionDepth << true;
    QTest::newRow("65 sections") << DocumentLimits::SectionDepth + 1 << false;
    QTest::newRow("100 000 sections") << 100'000 << false;
}

void TestDocuments::templateNestingDepth()
{
    QFETCH(int, depth);
    QFETCH(bool, accepted);
    Vocabulary v;
    v.flag(u"on"_s);
    // One section a line: the refusal names the line of the first one too deep.
    const QString source = u"{{#on}}\n"_s.repeated(depth) + u"x"_s + u"{{/on}}"_s.repeated(depth);
    QElapsedTimer timer;
    timer.start();
    auto t = Template::compile(source, u"t.html"_s, v);
    if (t) {
        // Filled in (and freed) recursively: this is where 100 000 levels overflowed the stack.
        TemplateData d;
        d.setFlag(u"on"_s, true);
        auto html = t->render(d);
        QVERIFY_OK(html);
        QCOMPARE(*html, QString(depth, u'\n') + u"x"_s);
    }
    QCOMPARE(t.ok(), accepted);
    if (accepted)
        return;
    QVERIFY2(timer.elapsed() < 2000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
    const QString message = t.error().message;
    QVERIFY2(message.contains(Testing::french(u"t.html, ligne %1 : la section « on » est "
                                              u"imbriquée à plus de 64 niveaux"_s)
                                  .arg(DocumentLimits::SectionDepth + 1)),
             qPrintable(message));
}

void TestDocuments::templateFileRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("FIFO") << u"fifo"_s << u"n'est pas un fichier ordinaire"_s;
    QTest::newRow("link to a FIFO") << u"link to fifo"_s << u"n'est pas un fichier ordinaire"_s;
    QTest::newRow("link to /dev/zero") << u"/dev/zero"_s << u"n'est pas un fichier ordinaire"_s;
    QTest::newRow("over 1 MB") << u"large"_s << u"est trop volumineux"_s;
    QTest::newRow("folder") << u"folder"_s << u"est un dossier, pas un fichier"_s;
}

void TestDocuments::templateFileRefused()
{
#ifndef Q_OS_UNIX
    QSKIP("FIFOs and /dev/zero are Unix files");
#endif
    QFETCH(QString, kind);
    QFETCH(QString, fragment);
    const QString folder = m_dir.filePath(u"refused-"_s
                                          + QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(u"contract.html"_s);
    const QString fifo = m_dir.filePath(u"elsewhere-fifo"_s);
    // A template of just over 1 MB, every line of it valid.
    const QByteArray large = QByteArray("<p>{{household.reference}}</p>\n")
                                 .repeated(DocumentLimits::TemplateBytes / 31 + 1);
    if (kind == u"fifo") {
        QVERIFY(makeFifo(path));
    } else if (kind == u"link to fifo") {
        QVERIFY(QFile::exists(fifo) || makeFifo(fifo));
        QVERIFY(QFile::link(fifo, path));
    } else if (kind == u"/dev/zero") {
        QVERIFY(QFile::link(u"/dev/zero"_s, path));
    } else if (kind == u"large") {
        writeBytes(path, large);
        QVERIFY(QFileInfo(path).size() > DocumentLimits::TemplateBytes);
    } else {
        QVERIFY(QDir().mkpath(path));
    }
    QElapsedTimer timer;
    timer.start();
    FifoWatchdog watchdog({path, fifo});
    auto t = Template::load(u"contract.html"_s, folder, ContractDocument::vocabulary());
    // The settings page checks a folder the same way.
    const Status checked = Documents::checkTemplatesFolder(folder);
    QVERIFY2(!watchdog.stop(), "blocked reading a FIFO");
    QVERIFY(!checked);
    QVERIFY(!t);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
    const QString message = t.error().message;
    QVERIFY2(message.contains(Testing::french(u"Le modèle « contract.html » du dossier des "
                                              u"modèles ne peut pas être utilisé."_s)),
             qPrintable(message));
    QVERIFY2(message.contains(fragment), qPrintable(message));
    // Named by its name only.
    QVERIFY2(!message.contains(folder), qPrintable(message));
    // Left as it was.
    if (kind == u"fifo")
        QVERIFY(isFifo(path));
    if (kind == u"large")
        QCOMPARE(Testing::fileBytes(path), large);
}

void TestDocuments::templateResources_data()
{
    QTest::addColumn<QString>("markup");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("fragment"); // of the French refusal
    QTest::addColumn<QString>("named");    // the resource, as the refusal names it

    const QString outside = Testing::french(u"hors du dossier des modèles"_s);
    const QString data = u"data:image/png;base64,"_s
                         + QString::fromLatin1(pngBytes(QSize(8, 8)).toBase64());
    QTest::newRow("image of the folder") << u"<img src=\"logo.png\">"_s << true << QString()
                                         << QString();
    QTest::newRow("image of the folder, full path")
        << u"<img src=\"%FOLDER%/logo.png\">"_s << true << QString() << QString();
    QTest::newRow("image written in the template") << u"<img src=\"%1\">"_s.arg(data) << true
                                                   << QString() << QString();
    QTest::newRow("style sheet of the folder")
        << u"<link rel=\"stylesheet\" type=\"text/css\" href=\"style.css\">"_s << true
        << QString() << QString();
    QTest::newRow("/dev/zero") << u"<img src=\"/dev/zero\">"_s << false << outside << u"zero"_s;
    QTest::newRow("/etc/passwd") << u"<img src=\"/etc/passwd\">"_s << false << outside
                                 << u"passwd"_s;
    QTest::newRow("file address outside")
        << u"<img src=\"file:///etc/passwd\">"_s << false << outside << u"passwd"_s;
    QTest::newRow("image beside the folder")
        << u"<img src=\"../outside.png\">"_s << false << outside << u"outside.png"_s;
    QTest::newRow("link to /dev/zero in the folder")
        << u"<img src=\"zero.png\">"_s << false << outside << u"zero.png"_s;
    QTest::newRow("FIFO in the folder") << u"<img src=\"%FOLDER%/pipe.png\">"_s << false
                                        << u"n'est pas un fichier ordinaire"_s << u"pipe.png"_s;
    QTest::newRow("image file over the cap")
        << u"<img src=\"big.png\">"_s << false << u"est trop volumineux"_s << u"big.png"_s;
    QTest::newRow("image of too many pixels")
        << u"<img src=\"wide.png\">"_s << false << u"12000 × 4 pixels"_s << u"wide.png"_s;
    QTest::newRow("not an image") << u"<img src=\"notes.png\">"_s << false
                                  << u"n'est pas une image"_s << u"notes.png"_s;
    QTest::newRow("missing image") << u"<img src=\"absent.png\">"_s << false
                                   << u"aucun fichier de ce nom"_s << u"absent.png"_s;
    QTest::newRow("web address") << u"<img src=\"https://example.org/logo.png\">"_s << false
                                 << u"jamais des adresses"_s << u"https:…/logo.png"_s;
    QTest::newRow("style sheet with a length far too large")
        << u"<link rel=\"stylesheet\" type=\"text/css\" href=\"huge.css\">"_s << false
        << u"beaucoup trop grande"_s << u"huge.css"_s;
    QTest::newRow("style sheet outside")
        << u"<link rel=\"stylesheet\" type=\"text/css\" href=\"/etc/passwd\">"_s << false
        << outside << u"passwd"_s;
    QTest::newRow("table background outside")
        << u"<table background=\"/dev/zero\"><tr><td>x</td></tr></table>"_s << false << outside
        << u"zero"_s;
    QTest::newRow("style background outside")
        << u"<p style=\"background-image: url(/dev/zero)\">x</p>"_s << false << outside
        << u"zero"_s;
}

void TestDocuments::templateResources()
{
#ifndef Q_OS_UNIX
    QSKIP("FIFOs and /dev/zero are Unix files");
#endif
    QFETCH(QString, markup);
    QFETCH(bool, accepted);
    QFETCH(QString, fragment);
    QFETCH(QString, named);
    const QString parent = m_dir.filePath(u"resources-"_s
                                          + QString::fromLatin1(QTest::currentDataTag()));
    const QString folder = QDir(parent).filePath(u"templates"_s);
    QVERIFY(QDir().mkpath(folder));
    const QDir dir(folder);
    writeBytes(dir.filePath(u"logo.png"_s), pngBytes(QSize(40, 20)));
    writeBytes(dir.filePath(u"style.css"_s), "p { color: #333333; margin: 6pt 0; }");
    writeBytes(dir.filePath(u"huge.css"_s), "td { padding: 100000000px; }");
    writeBytes(QDir(parent).filePath(u"outside.png"_s), pngBytes(QSize(40, 20)));
    QVERIFY(QFile::link(u"/dev/zero"_s, dir.filePath(u"zero.png"_s)));
    QVERIFY(makeFifo(dir.filePath(u"pipe.png"_s)));
    writeBytes(dir.filePath(u"big.png"_s), QByteArray(DocumentLimits::ResourceBytes + 1, 'x'));
    writeBytes(dir.filePath(u"wide.png"_s), pngBytes(QSize(12000, 4)));
    writeBytes(dir.filePath(u"notes.png"_s), "Ceci n'est pas une image.");
    const QByteArray letter = u"<html><head><title>Lettre</title></head><body>"
                              u"<p>Madame, Monsieur {{name}},</p>%1</body></html>"_s
                                  .arg(QString(markup).replace(u"%FOLDER%"_s, folder))
                                  .toUtf8();
    writeBytes(dir.filePath(u"letter.html"_s), letter);

    QElapsedTimer timer;
    timer.start();
    FifoWatchdog watchdog({dir.filePath(u"pipe.png"_s)});
    auto printed = printLetter(folder);
    QVERIFY2(!watchdog.stop(), "blocked reading a FIFO");
    QVERIFY2(timer.elapsed() < 10000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
    if (accepted) {
        QVERIFY_OK(printed);
        QVERIFY(printed->pdf.startsWith("%PDF"));
        return;
    }
    QVERIFY(!printed);
    const QString message = printed.error().message;
    QVERIFY2(message.contains(Testing::french(u"letter.html : l'image ou la feuille de style "
                                              u"« %1 » ne peut pas être utilisée"_s)
                                  .arg(named)),
             qPrintable(message));
    QVERIFY2(message.contains(Testing::french(fragment)), qPrintable(message));
    QVERIFY2(!message.contains(folder), qPrintable(message));
    // Laid out all the same (as a print preview would), the document never reads the refused
    // file itself: Qt's image handler does when it is given no image.
    {
        TemplateDocument document(u"letter.html"_s, folder);
        QVERIFY(!document.setTemplateHtml(QString::fromUtf8(letter)));
        FifoWatchdog again({dir.filePath(u"pipe.png"_s)});
        document.setPageSize(QSizeF(600, 800));
        document.documentLayout()->documentSize();
        QVERIFY2(!again.stop(), "Qt read the refused file itself");
    }
    // Every file left as it was.
    QVERIFY(isFifo(dir.filePath(u"pipe.png"_s)));
    QCOMPARE(Testing::fileBytes(dir.filePath(u"letter.html"_s)), letter);
    QCOMPARE(QFileInfo(dir.filePath(u"zero.png"_s)).symLinkTarget(), u"/dev/zero"_s);
}

void TestDocuments::templateDocumentBounds_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("fragment"); // of the French refusal; none: printed

    const QString tooLong = u"beaucoup trop long"_s;
    QTest::newRow("list repeated past 2 MB")
        << u"{{#items}}{{#items}}{{#items}}<p>{{label}}</p>{{/items}}{{/items}}{{/items}}"_s
        << tooLong;
    QTest::newRow("list inside itself, six deep")
        << u"{{#items}}"_s.repeated(6) + u"{{/items}}"_s.repeated(6) << tooLong;
    QTest::newRow("400 pages")
        << u"<p style=\"page-break-before: always\">{{name}}</p>"_s.repeated(400)
        << u"Le document aurait 40"_s;
    QTest::newRow("cells far too tall")
        << u"<table cellpadding=\"9000\"><tr><td>{{name}}</td></tr></table>"_s.repeated(40)
        << u"pages (300 au plus)"_s;
    QTest::newRow("images far too tall")
        << u"<p><img src=\"logo.png\" width=\"10\" height=\"9000\"></p>"_s.repeated(60)
        << u"pages (300 au plus)"_s;
    // Past what Qt's fixed-point layout can count: its positions wrap round.
    QTest::newRow("images taller than Qt counts")
        << u"<p><img src=\"logo.png\" width=\"10\" height=\"9999\"></p>"_s.repeated(1000)
        << u"Le document ne peut pas être mis en page"_s;
    QTest::newRow("tables 20 deep") << u"<table><tr><td>"_s.repeated(20) + u"{{name}}"_s
                                    << u"les tableaux sont imbriqués sur plus de 8 niveaux"_s;
    QTest::newRow("100 000 nested elements")
        << u"<div>"_s.repeated(100'000) + u"{{name}}"_s
        << u"les éléments HTML sont imbriqués sur plus de 100 niveaux (à « <div> »)"_s;
    // Spellings Qt nests as deep (read as Qt reads them).
    QTest::newRow("items and bold, 50 000 deep")
        << u"<ul>"_s + u"<li><b>{{name}}"_s.repeated(50'000)
        << u"les éléments HTML sont imbriqués sur plus de 100 niveaux"_s;
    QTest::newRow("tags with a space") << u"< div>"_s.repeated(100'000) + u"{{name}}"_s
                                       << u"imbriqués sur plus de 100 niveaux (à « <div> »)"_s;
    QTest::newRow("links") << u"<link>"_s.repeated(100'000) + u"{{name}}"_s
                           << u"imbriqués sur plus de 100 niveaux (à « <link> »)"_s;
    QTest::newRow("quote inside a value")
        << u"<p class=a\"b>"_s + u"<div>"_s.repeated(100'000) + u"{{name}}"_s
        << u"imbriqués sur plus de 100 niveaux (à « <div> »)"_s;
    QTest::newRow("inside a style sheet")
        << u"<style>"_s + u"<div>"_s.repeated(100'000) + u"</style>{{name}}"_s
        << u"imbriqués sur plus de 100 niveaux (à « <div> »)"_s;
    // Lengths Qt's fixed-point layout cannot lay out (it loops for ever on them).
    QTest::newRow("cell padding far too large")
        << u"<table cellpadding=\"100000000\"><tr><td>{{name}}</td></tr></table>"_s
        << u"la longueur « 100000000 » est beaucoup trop grande"_s;
    QTest::newRow("style padding far too large")
        << u"<table><tr><td style=\"padding: 99999px\">{{name}}</td></tr></table>"_s
                   .repeated(100)
        << u"la longueur « 99999px » est beaucoup trop grande"_s;
    QTest::newRow("style sheet margin far too large")
        << u"<style>p { color: #999999; margin: 0 0 1000in; }</style><p>{{name}}</p>"_s
        << u"la longueur « 1000in » est beaucoup trop grande"_s;
    // Well-formed HTML that leaves out optional end tags does not add up, and ordinary
    // lengths and colours pass.
    QTest::newRow("unclosed cells and paragraphs, ordinary lengths")
        << u"<style>td { padding: 4px 6pt; border: 1px solid #999999; }</style>"
           u"<table cellpadding=\"8\" width=\"100%\" style=\"margin: 12pt 0 2cm\">"_s
               + u"<tr><td><b>{{name}}<td><i>x"_s.repeated(1'000) + u"</table>"_s
               + u"<p><b>{{name}}<p><i>y"_s.repeated(1'000) + u"<ul><li>a<li>b</ul>"_s
        << QString();
    QTest::newRow("font sizes far too large")
        << u"<span style=\"font-size: %1pt\">{{name}}</span>"_s.repeated(5'000).arg(3000)
        << u"la longueur « 3000pt » est beaucoup trop grande"_s;
    QTest::newRow("list of 5 000 items")
        << u"<ul>"_s + u"<li>{{name}}</li>"_s.repeated(5'000) + u"</ul>"_s
        << u"une liste compte plus de %1 éléments"_s.arg(DocumentLimits::ListItems);
    QTest::newRow("25 000 paragraphs")
        << u"<p>{{name}}</p>\n"_s.repeated(25'000)
        << u"plus de %1 paragraphes"_s.arg(DocumentLimits::Blocks);
}

void TestDocuments::templateDocumentBounds()
{
    QFETCH(QString, source);
    QFETCH(QString, fragment);
    const QString folder = m_dir.filePath(u"bounds-"_s
                                          + QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(QDir().mkpath(folder));
    writeBytes(QDir(folder).filePath(u"logo.png"_s), pngBytes(QSize(40, 20)));
    writeBytes(QDir(folder).filePath(u"letter.html"_s), source.toUtf8());
    QElapsedTimer timer;
    timer.start();
    // 20 items of 1000 characters: 8 000 paragraphs three lists deep, 64 million steps six.
    auto printed = printLetter(folder, letterContent(20, 1000));
    const qint64 elapsed = timer.elapsed();
    if (fragment.isEmpty()) {
        QVERIFY_OK(printed);
        return;
    }
    QVERIFY(!printed);
    const QString message = printed.error().message;
    QVERIFY2(message.startsWith(u"letter.html"_s), qPrintable(message));
    QVERIFY2(message.contains(Testing::french(fragment)), qPrintable(message));
    // Refused before it could take long (the deadline is a last resort).
    QVERIFY2(elapsed < DocumentLimits::LayoutMilliseconds / 2,
             qPrintable(u"%1 ms"_s.arg(elapsed)));
    qInfo("%s: refused in %lld ms", QTest::currentDataTag(), elapsed);
}

void TestDocuments::templateLayoutDeadline()
{
    QTextDocument document;
    document.setHtml(u"<p>Une page.</p>"_s);
    auto pdf = PdfRenderer::toPdf(document, PageStyle(), QDeadlineTimer(0));
    document.documentLayout()->setPaintDevice(nullptr);
    QVERIFY(!pdf);
    QVERIFY2(pdf.error().message.contains(
                 Testing::french(u"La mise en page du document a pris plus de %1 secondes"_s)
                     .arg(DocumentLimits::LayoutMilliseconds / 1000)),
             qPrintable(pdf.error().message));
    // With the time it needs, the same document prints.
    auto printed = PdfRenderer::toPdf(document, PageStyle());
    document.documentLayout()->setPaintDevice(nullptr);
    QVERIFY_OK(printed);
}

int main(int argc, char **argv)
{
    // Fonts are embedded in the order of a QHash: a fixed seed, as the `contract` command
    // uses, gives the same bytes for the same data.
    QHashSeed::setDeterministicGlobalSeed();
    QGuiApplication app(argc, argv);
    TestDocuments test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_documents.moc"
