// The household window as a partner referent and an administrator see it: what core leaves
// out is not shown, what the role may not change is read-only, and the diagnostic stays the
// referent's to write.

#include "AppContext.h"
#include "Clock.h"
#include "TestDatabase.h"
#include "demo/DemoData.h"
#include "households/HouseholdWindow.h"
#include "storage/HouseholdFileRepository.h"
#include "storage/HouseholdRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTest>

using namespace Passerelle;
using namespace Passerelle::Testing;
using namespace Passerelle::Ui;
using namespace Qt::Literals::StringLiterals;

class TestPartnerView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void partnerReadsSharedSectionsAndWritesTheDiagnostic();
    void landlordSeesAndEditsEverything();

private:
    Id partnerHousehold(Id *partner);
    std::unique_ptr<TestDatabase> m_test;
};

void TestPartnerView::initTestCase()
{
    Testing::installFrenchTranslation();
    m_test = std::make_unique<TestDatabase>();
    QVERIFY(Demo::populate(m_test->db(), Passerelle::Clock::today()));
}

Id TestPartnerView::partnerHousehold(Id *partner)
{
    auto rows = HouseholdRepository(m_test->db()).list(TestDatabase::all(), {});
    if (!rows)
        return 0;
    for (const HouseholdRow &r : std::as_const(*rows)) {
        auto file = HouseholdFileRepository(m_test->db())
                        .load(TestDatabase::all(), r.id, HouseholdRepository::Trace::Silent);
        if (!file)
            return 0;
        for (const Support &s : std::as_const(file->supports)) {
            if (s.partnerId > 0 && !file->diagnostics.isEmpty()) {
                *partner = s.partnerId;
                return r.id;
            }
        }
    }
    return 0;
}

static QWidget *tabNamed(QTabWidget *tabs, const QString &name)
{
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i)->objectName() == name)
            return tabs->widget(i);
    }
    return nullptr;
}

void TestPartnerView::partnerReadsSharedSectionsAndWritesTheDiagnostic()
{
    Id partner = 0;
    const Id household = partnerHousehold(&partner);
    QVERIFY(household > 0);
    AppContext context(m_test->db(), Scope::partner(partner, u"ref.partner"_s));
    HouseholdWindow window(context);
    QVERIFY(window.open(household));
    window.show();
    auto *tabs = window.findChild<QTabWidget *>(u"tabs"_s);
    QVERIFY(tabs);
    // The landlord's journal of the file is not a tab of hers.
    QVERIFY(!tabNamed(tabs, u"history"_s));
    QWidget *situation = tabNamed(tabs, u"situation"_s);
    QVERIFY(situation);
    // Internal notes are not shown; shared notes are, for reading.
    auto *internalBox = situation->findChild<QGroupBox *>(u"internalNotesBox"_s);
    QVERIFY(internalBox);
    QVERIFY(!internalBox->isVisibleTo(&window));
    const auto texts = situation->findChildren<QPlainTextEdit *>();
    QVERIFY(!texts.isEmpty());
    for (QPlainTextEdit *edit : texts)
        QVERIFY(edit->isReadOnly());
    for (QLineEdit *line : situation->findChildren<QLineEdit *>()) {
        if (line->isVisibleTo(&window) && !qobject_cast<QWidget *>(line->parent())->inherits("QComboBox")
            && !qobject_cast<QWidget *>(line->parent())->inherits("QAbstractSpinBox"))
            QVERIFY2(line->isReadOnly(), qPrintable(line->objectName()));
    }
    // Contacts: the "shared" choice is the landlord's.
    QWidget *followUp = tabNamed(tabs, u"followup"_s);
    QVERIFY(followUp);
    auto *shared = followUp->findChild<QCheckBox *>(u"contactShared"_s);
    QVERIFY(shared);
    QVERIFY(!shared->isVisibleTo(&window));
    // The diagnostic is hers to write.
    QWidget *diagnostic = tabNamed(tabs, u"diagnostic"_s);
    QVERIFY(diagnostic);
    bool writable = false;
    for (QPlainTextEdit *edit : diagnostic->findChildren<QPlainTextEdit *>())
        writable = writable || !edit->isReadOnly();
    QVERIFY(writable);
}

void TestPartnerView::landlordSeesAndEditsEverything()
{
    Id partner = 0;
    const Id household = partnerHousehold(&partner);
    QVERIFY(household > 0);
    AppContext context(m_test->db(), TestDatabase::all());
    HouseholdWindow window(context);
    QVERIFY(window.open(household));
    window.show();
    auto *tabs = window.findChild<QTabWidget *>(u"tabs"_s);
    QVERIFY(tabs);
    QVERIFY(tabNamed(tabs, u"history"_s));
    QWidget *situation = tabNamed(tabs, u"situation"_s);
    auto *internalBox = situation->findChild<QGroupBox *>(u"internalNotesBox"_s);
    QVERIFY(internalBox && internalBox->isVisibleTo(&window));
    for (QPlainTextEdit *edit : situation->findChildren<QPlainTextEdit *>())
        QVERIFY(!edit->isReadOnly());
}

QTEST_MAIN(TestPartnerView)
#include "tst_partnerview.moc"
