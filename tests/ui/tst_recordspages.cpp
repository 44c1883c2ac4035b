// Administration › Journal and › Conservation, and the household window's consent warning,
// consent information, whole-file export and erasure on request.
#include "AppContext.h"
#include "Clock.h"
#include "TestDatabase.h"
#include "admin/AdministrationPage.h"
#include "admin/JournalPage.h"
#include "admin/RetentionPage.h"
#include "demo/DemoData.h"
#include "domain/FieldLabels.h"
#include "households/HistoryText.h"
#include "households/HouseholdWindow.h"
#include "storage/HouseholdRecordRepositories.h"
#include "storage/HouseholdRepository.h"
#include "storage/RetentionRepository.h"
#include "widgets/FormWidgets.h"

#include <QAction>
#include <QCheckBox>
#include <QSpinBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using namespace Passerelle::Ui;
using Passerelle::Testing::TestDatabase;

class TestRecordsPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pagesFollowTheRole();
    void journalFiltersAndExports();
    void journalNamesLinkedRecords();
    void conservationAnonymisesTheTicked();
    void consentWarningAndInformation();
    void wholeFileExportAndErasure();

private:
    QString referenceWithContacts();

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<AppContext> m_context;
};

void TestRecordsPages::initTestCase()
{
    Testing::installFrenchTranslation();
}

void TestRecordsPages::init()
{
    m_test = std::make_unique<TestDatabase>();
    QVERIFY(Demo::populate(m_test->db(), Passerelle::Clock::today()));
    m_context = std::make_unique<AppContext>(m_test->db(), Scope::everything(u"admin"_s));
}

void TestRecordsPages::cleanup()
{
    m_context.reset();
    m_test.reset();
}

QString TestRecordsPages::referenceWithContacts()
{
    auto r = m_test->db().scalar(u"SELECT h.reference FROM households h JOIN contacts c ON "
                                 "c.household_id = h.id ORDER BY h.id DESC LIMIT 1"_s);
    return r ? r->toString() : QString();
}

void TestRecordsPages::pagesFollowTheRole()
{
    AdministrationPage admin(*m_context);
    QVERIFY(admin.journal());
    QVERIFY(admin.retention());
    AppContext cesf(m_test->db(), Scope::agency(1, u"cfabre"_s));
    AdministrationPage limited(cesf);
    QVERIFY(!limited.journal());
    QVERIFY(!limited.retention());
}

void TestRecordsPages::journalFiltersAndExports()
{
    const QString reference = referenceWithContacts();
    auto id = HouseholdRepository(m_test->db()).findByReference(m_context->scope(), reference);
    QVERIFY(id && id->has_value());
    QVERIFY(HouseholdRepository(m_test->db()).get(m_context->scope(), **id)); // an opening
    JournalPage page(*m_context);
    page.resize(1200, 600);
    page.refresh();
    QVERIFY(page.table()->rowCount() > 0);
    JournalFilter f;
    f.householdReference = reference;
    f.operation = u"read"_s;
    page.setFilter(f);
    QCOMPARE(page.table()->rowCount(), 1);
    QCOMPARE(page.table()->item(0, 2)->text(), u"Consultation"_s);
    QCOMPARE(page.table()->item(0, 4)->text(), reference);
    const QString path = m_test->dir() + u"/journal.csv"_s;
    QVERIFY(page.exportCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QVERIFY2(csv.contains(u"Consultation"_s) && csv.contains(reference), qPrintable(csv));
    auto exported = m_test->db().scalar(u"SELECT COUNT(*) FROM audit_log WHERE operation = "
                                        "'export' AND entity = 'journal'"_s);
    QVERIFY(exported);
    QCOMPARE(exported->toInt(), 1);
}

void TestRecordsPages::journalNamesLinkedRecords()
{
    // A lease moved to another dwelling: the page and its export read the dwelling's address,
    // as the Historique does, never its id (« Logement : … → 27 »).
    auto found = m_test->db().exec(u"SELECT l.id, h.reference FROM leases l JOIN households h "
                                   "ON h.id = l.household_id WHERE h.anonymised_at IS NULL "
                                   "ORDER BY l.id DESC LIMIT 1"_s);
    QVERIFY(found && found->next());
    const Id leaseId = found->value(0).toLongLong();
    const QString reference = found->value(1).toString();
    auto lease = LeaseRepository(m_test->db()).get(m_context->scope(), leaseId);
    QVERIFY(lease);
    const Id before = lease->dwellingId;
    Dwelling lilas;
    lilas.address = u"12 rue des Lilas"_s;
    lilas.postalCode = u"31140"_s;
    lilas.commune = u"Aucamville"_s;
    QVERIFY(DwellingRepository(m_test->db()).save(m_context->scope(), lilas));
    lease->dwellingId = lilas.id;
    QVERIFY(LeaseRepository(m_test->db()).save(m_context->scope(), *lease));

    JournalPage page(*m_context);
    page.resize(1200, 600);
    page.refresh();
    JournalFilter f;
    f.householdReference = reference;
    f.operation = u"update"_s;
    page.setFilter(f);
    QVERIFY(page.table()->rowCount() > 0);
    // Newest first: the move.
    QCOMPARE(page.table()->item(0, 3)->text(), HistoryText::entity(u"lease"_s));
    const QString details = page.table()->item(0, 5)->text();
    const QString address = u"12 rue des Lilas, 31140 Aucamville"_s;
    QVERIFY2(details.startsWith(FieldLabels::label(u"dwelling_id"_s) + QChar(0x00A0) + u": "_s),
             qPrintable(details));
    QVERIFY2(details.contains(u" → "_s + address), qPrintable(details));
    QVERIFY2(!details.contains(u"→ %1"_s.arg(lilas.id)), qPrintable(details));
    QVERIFY2(!details.contains(u": %1 →"_s.arg(before)), qPrintable(details));
    QVERIFY2(!details.contains(QCoreApplication::translate("Field", "(deleted)")),
             qPrintable(details)); // the dwelling left is still in the stock

    const QString path = m_test->dir() + u"/journal-lease.csv"_s;
    QVERIFY(page.exportCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QVERIFY2(csv.contains(details), qPrintable(csv));
    QVERIFY2(!csv.contains(u"dwelling_id"_s), qPrintable(csv));
    QVERIFY2(!csv.contains(u"→ %1"_s.arg(lilas.id)), qPrintable(csv));
}

void TestRecordsPages::conservationAnonymisesTheTicked()
{
    RetentionPage page(*m_context);
    page.refresh();
    const int due = page.table()->rowCount();
    QVERIFY2(due > 1, "the demo has households followed years ago");
    // Keep the first for now.
    page.table()->item(0, 0)->setCheckState(Qt::Unchecked);
    const QString kept = page.table()->item(0, 0)->text();
    QCOMPARE(page.ticked().size(), due - 1);
    QVERIFY(page.anonymise(false));
    QCOMPARE(page.table()->rowCount(), 1);
    QCOMPARE(page.table()->item(0, 0)->text(), kept);
    auto count = m_test->db().scalar(u"SELECT COUNT(*) FROM households WHERE anonymised_at IS "
                                     "NOT NULL"_s);
    QVERIFY(count);
    QCOMPARE(count->toInt(), due - 1);
    // Settings: kept in range by the spin boxes; a change is a step that can be undone and
    // redone, written to the base only when saved.
    auto *months = page.findChild<QSpinBox *>(u"journalMonths"_s);
    QVERIFY(months);
    QCOMPARE(months->minimum(), 6);
    QCOMPARE(months->maximum(), 36);
    const auto storedMonths = [this] {
        auto s = RetentionRepository(m_test->db()).settings();
        return s ? s->journalMonths : -1;
    };
    const int before = storedMonths();
    QCOMPARE(months->value(), before);
    QVERIFY(before != 24);
    auto *undo = page.findChild<QToolButton *>(u"undo"_s);
    auto *redo = page.findChild<QToolButton *>(u"redo"_s);
    QVERIFY(undo && redo);
    QCOMPARE(undo->defaultAction()->shortcut(), QKeySequence(QKeySequence::Undo));
    QVERIFY(redo->defaultAction()->shortcuts().contains(
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    QVERIFY(!page.isModified());
    months->setValue(24);
    QVERIFY(page.isModified());
    QCOMPARE(storedMonths(), before);
    undo->click();
    QCOMPARE(months->value(), before);
    QVERIFY(!page.isModified());
    redo->click();
    QCOMPARE(months->value(), 24);
    QVERIFY(page.isModified());
    QCOMPARE(storedMonths(), before);
    QVERIFY(page.save());
    QVERIFY(!page.isModified());
    QCOMPARE(storedMonths(), 24);
    QCOMPARE(months->value(), 24);
}

void TestRecordsPages::consentWarningAndInformation()
{
    const QString reference = referenceWithContacts();
    auto id = HouseholdRepository(m_test->db()).findByReference(m_context->scope(), reference);
    QVERIFY(id && id->has_value());
    QVERIFY(m_test->db().exec(u"UPDATE households SET consent_date = NULL WHERE id = ?"_s, {**id}));
    {
        HouseholdWindow w(*m_context);
        QVERIFY(w.open(**id));
        w.show();
        auto *warning = w.findChild<QLabel *>(u"consentWarning"_s);
        QVERIFY(warning);
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(u"consentement"_s));
        auto *explained = w.findChild<QWidget *>(u"consentInformation"_s);
        QVERIFY(explained);
        auto *rights = explained->findChild<QCheckBox *>(u"droits"_s);
        QVERIFY(rights);
        QVERIFY(!rights->isChecked());
        rights->click();
        w.document().edit(u"consent"_s, [](HouseholdFile &f) {
            f.household.consentDate = Passerelle::Clock::today().addDays(-3);
        });
        // Typed, not saved: the line stays in place and says it is recorded with the save,
        // so that the tabs do not move up under the pointer; saved, it goes.
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(u"enregistré"_s)
                         && !warning->text().contains(u"Aucun consentement"_s),
                 qPrintable(warning->text()));
        QVERIFY(w.save());
        QVERIFY(!warning->isVisible());
    }
    auto h = HouseholdRepository(m_test->db()).get(m_context->scope(), **id);
    QVERIFY(h);
    QCOMPARE(h->consentInformation, QStringList{u"droits"_s});
    QVERIFY(h->consentDate.isValid());
}

void TestRecordsPages::wholeFileExportAndErasure()
{
    const QString reference = referenceWithContacts();
    auto id = HouseholdRepository(m_test->db()).findByReference(m_context->scope(), reference);
    QVERIFY(id && id->has_value());
    HouseholdWindow w(*m_context);
    QVERIFY(w.open(**id));
    QVERIFY(w.findChild<QAction *>(u"accessExportAction"_s));
    QVERIFY(w.findChild<QAction *>(u"eraseAction"_s));
    const QString path = m_test->dir() + u"/dossier.json"_s;
    QVERIFY(w.exportWholeFile(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object()[u"household"_s][u"reference"_s]
                 .toString(),
             reference);
    QVERIFY(w.eraseOnRequest(false));
    auto h = HouseholdRepository(m_test->db()).get(m_context->scope(), **id);
    QVERIFY(h);
    QVERIFY(h->anonymisedAt.isValid());
    QCOMPARE(h->members.first().lastName, u"Anonymisé"_s);
    // A CESF has neither button.
    AppContext cesf(m_test->db(), Scope::agency(h->agencyId, u"cfabre"_s));
    HouseholdWindow limited(cesf);
    QVERIFY(limited.open(**id));
    QVERIFY(limited.findChild<QAction *>(u"accessExportAction"_s)); // CESF: right of access
    QVERIFY(!limited.findChild<QAction *>(u"eraseAction"_s));
}

QTEST_MAIN(TestRecordsPages)
#include "tst_recordspages.moc"
