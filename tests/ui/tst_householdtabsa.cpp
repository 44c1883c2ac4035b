// The Logement & bail, Diagnostic, Rendez-vous and Contrat tabs of the household file: fill a
// form, see a rule's message beside its field, save, reopen and find the values stored; undo
// and redo move the widgets; entry, relogement and glissement make the right leases.
#include "AppContext.h"
#include "Clock.h"
#include "MessageBoxes.h"
#include "TestDatabase.h"
#include "demo/DemoData.h"
#include "households/ContractRules.h"
#include "households/ContractTab.h"
#include "households/DiagnosticComparison.h"
#include "households/DiagnosticTab.h"
#include "households/HouseholdDocument.h"
#include "households/HouseholdWindow.h"
#include "households/HousingRules.h"
#include "households/HousingTab.h"
#include "households/LeaseEventDialog.h"
#include "households/MeetingRules.h"
#include "households/MeetingsTab.h"
#include "storage/DirectoryRepositories.h"
#include "storage/HouseholdRepository.h"
#include "widgets/FormWidgets.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolBar>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using namespace Passerelle::Ui;
using Passerelle::Testing::TestDatabase;

namespace {

void typeDate(DateEdit *edit, const QDate &date)
{
    QLineEdit *line = edit->lineEdit();
    line->setFocus();
    line->selectAll();
    if (date.isValid())
        QTest::keyClicks(line, date.toString(u"dd/MM/yyyy"_s));
    else
        QTest::keyClick(line, Qt::Key_Delete);
    QTest::keyClick(line, Qt::Key_Return);
}

void typeText(QLineEdit *line, const QString &text)
{
    line->setFocus();
    line->selectAll();
    line->insert(text); // keyClicks types ASCII only
    QTest::keyClick(line, Qt::Key_Return);
}

/// Types in a free-text field and leaves it, as a user does.
void writeText(FreeTextEdit *edit, const QString &text)
{
    edit->editor()->setPlainText(text);
    QFocusEvent out(QEvent::FocusOut);
    QCoreApplication::sendEvent(edit->editor(), &out);
}

void choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

bool shows(FieldMessage *message)
{
    return message && !message->isHidden() && !message->text().isEmpty();
}

} // namespace

class TestHouseholdTabsA : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void tabsAreRegistered();
    void housingShowsTheHistory();
    void housingEditSaveReopen();
    void housingUndoRedo();
    void entryThenGlissementMakeTheRightLeases();
    void relogementEndsTheLeaseTheDayBefore();

    void diagnosticEditSaveReopen();
    void diagnosticComparisonAndUndoRedo();

    void meetingsEditSaveReopen();
    void meetingsUndoRedo();

    void contractEditSaveReopen();
    void contractRenewAmendUndoRedo();
    void contractPerSupport();

    void screenshots();

private:
    Id id(const QString &reference);
    /// Stores a new household (one member, no support) with what `fill` adds.
    void storeHousehold(const QString &reference,
                        const std::function<void(HouseholdFile &)> &fill = {});
    std::unique_ptr<HouseholdWindow> openWindow(const QString &reference, const char *tab);
    template<typename T>
    T *field(HouseholdWindow &w, const QString &name)
    {
        auto *found = w.findChild<T *>(name);
        if (!found)
            qWarning("no widget %s", qPrintable(name));
        return found;
    }
    FieldMessage *message(HouseholdWindow &w, const QString &name)
    {
        return field<FieldMessage>(w, u"message_"_s + name);
    }
    QAction *action(HouseholdWindow &w, const char *name)
    {
        return w.findChild<QAction *>(QString::fromLatin1(name));
    }
    LeaseEventDialog *eventDialog(HouseholdWindow &w)
    {
        const auto dialogs = w.findChildren<LeaseEventDialog *>();
        for (LeaseEventDialog *d : dialogs) {
            if (d->isVisible())
                return d;
        }
        return nullptr;
    }

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<AppContext> m_context;
};

void TestHouseholdTabsA::initTestCase()
{
    Testing::installFrenchTranslation();
}

void TestHouseholdTabsA::init()
{
    m_test = std::make_unique<TestDatabase>();
    QVERIFY(Demo::populate(m_test->db(), Passerelle::Clock::today()));
    m_context = std::make_unique<AppContext>(m_test->db(), Scope::everything(u"cfabre"_s));
}

void TestHouseholdTabsA::cleanup()
{
    m_context.reset();
    m_test.reset();
}

Id TestHouseholdTabsA::id(const QString &reference)
{
    auto found = HouseholdRepository(m_test->db()).findByReference(TestDatabase::all(), reference);
    return found && found->has_value() ? **found : 0;
}

void TestHouseholdTabsA::storeHousehold(const QString &reference,
                                        const std::function<void(HouseholdFile &)> &fill)
{
    HouseholdFile f;
    f.household.reference = reference;
    f.household.agencyId = AgencyRepository(m_test->db()).list()->first().id;
    Member m;
    m.id = -1;
    m.lastName = u"NOUVEAU"_s;
    m.firstName = u"Alex"_s;
    m.role = u"titulaire"_s;
    m.signsContract = true;
    f.household.members << m;
    if (fill)
        fill(f);
    HouseholdDocument doc(m_test->db(), TestDatabase::all());
    doc.create(f);
    const Status saved = doc.save();
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().fullText()));
}

std::unique_ptr<HouseholdWindow> TestHouseholdTabsA::openWindow(const QString &reference,
                                                                const char *tab)
{
    auto window = std::make_unique<HouseholdWindow>(*m_context);
    if (!window->open(id(reference)))
        return nullptr;
    window->showTab(QString::fromLatin1(tab));
    window->show();
    QApplication::setActiveWindow(window.get());
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("the window did not become active");
    return window;
}

// --- the tabs --------------------------------------------------------------------------------

void TestHouseholdTabsA::tabsAreRegistered()
{
    auto w = openWindow(u"RES-2024-06"_s, "situation");
    QVERIFY(w);
    auto *tabs = field<QTabWidget>(*w, u"tabs"_s);
    const QStringList names{u"situation"_s, u"housing"_s, u"diagnostic"_s, u"meetings"_s,
                            u"contract"_s};
    for (int i = 0; i < names.size(); ++i) {
        QVERIFY2(w->tab(names.at(i)), qPrintable(names.at(i)));
        QCOMPARE(tabs->indexOf(w->tab(names.at(i))), i);
    }
    QVERIFY(qobject_cast<HousingTab *>(w->tab(u"housing"_s)));
    QVERIFY(qobject_cast<DiagnosticTab *>(w->tab(u"diagnostic"_s)));
    QVERIFY(qobject_cast<MeetingsTab *>(w->tab(u"meetings"_s)));
    QVERIFY(qobject_cast<ContractTab *>(w->tab(u"contract"_s)));
    // Opening the file changes nothing.
    QVERIFY(!w->isWindowModified());
    QCOMPARE(w->document().undoStack()->count(), 0);
}

// --- Logement & bail -------------------------------------------------------------------------

void TestHouseholdTabsA::housingShowsTheHistory()
{
    auto w = openWindow(u"HH-2023-02"_s, "housing");
    QVERIFY(w);
    auto *tab = qobject_cast<HousingTab *>(w->tab(u"housing"_s));
    auto *leases = field<QTableWidget>(*w, u"leases"_s);
    QCOMPARE(leases->rowCount(), 2);
    QVERIFY(field<QLabel>(*w, u"noLease"_s)->isHidden());
    // The latest lease is shown first: the bail direct that followed the glissement.
    const Lease *shown = HousingRules::lease(w->document().file(), tab->currentLeaseId());
    QVERIFY(shown);
    QCOMPARE(shown->type, u"bail_direct"_s);
    QCOMPARE(shown->startReason, u"glissement"_s);
    QCOMPARE(field<CodeCombo>(*w, u"lease.type"_s)->code(), u"bail_direct"_s);
    QVERIFY(field<QWidget>(*w, u"leaseReviews"_s)->isHidden()
            || !field<QWidget>(*w, u"leaseReviews"_s)->isVisibleTo(tab));
    QVERIFY(!field<QPushButton>(*w, u"glissement"_s)->isEnabled());
    // The bail glissant, with its three reviews; it already slid: no second glissement.
    leases->setCurrentCell(0, 0);
    shown = HousingRules::lease(w->document().file(), tab->currentLeaseId());
    QCOMPARE(shown->type, u"bail_glissant"_s);
    QCOMPARE(field<QTableWidget>(*w, u"leaseReviews"_s)->rowCount(), 3);
    QVERIFY(field<QWidget>(*w, u"leaseReviews"_s)->isVisibleTo(tab));
    QVERIFY(!field<QPushButton>(*w, u"glissement"_s)->isEnabled());
    QCOMPARE(field<DateEdit>(*w, u"lease.expectedGlissementDate"_s)->date(), QDate(2024, 9, 1));
    QCOMPARE(field<DateEdit>(*w, u"lease.endDate"_s)->date(), QDate(2024, 9, 30));
    QVERIFY(field<RecordCombo>(*w, u"lease.subletterPartnerId"_s)->id() > 0);
    QVERIFY(!field<FreeTextEdit>(*w, u"lease.glissementConditions"_s)->text().isEmpty());
    QVERIFY(!w->isWindowModified());

    // A household that never had a lease says what to do.
    storeHousehold(u"NEW-2026-09"_s);
    auto fresh = openWindow(u"NEW-2026-09"_s, "housing");
    QVERIFY(fresh);
    QVERIFY(!field<QLabel>(*fresh, u"noLease"_s)->isHidden());
    QVERIFY(field<QTableWidget>(*fresh, u"leases"_s)->isHidden());
    QVERIFY(!field<QPushButton>(*fresh, u"relogement"_s)->isEnabled());
    QVERIFY(field<QPushButton>(*fresh, u"newEntry"_s)->isEnabled());
}

void TestHouseholdTabsA::housingEditSaveReopen()
{
    Id leaseId = 0;
    {
        auto w = openWindow(u"RES-2024-06"_s, "housing");
        QVERIFY(w);
        auto *tab = qobject_cast<HousingTab *>(w->tab(u"housing"_s));
        QCOMPARE(field<QTableWidget>(*w, u"leases"_s)->rowCount(), 1);
        leaseId = tab->currentLeaseId();
        QVERIFY(leaseId > 0);
        typeText(field<QLineEdit>(*w, u"dwelling.address"_s), u"21 rue de Fenouillet"_s);
        typeText(field<MoneyEdit>(*w, u"dwelling.rent"_s), u"512,40 €"_s);
        typeText(field<MoneyEdit>(*w, u"dwelling.charges"_s), u"48"_s);
        choose(field<CodeCombo>(*w, u"dwelling.typology"_s), u"t4"_s);
        auto *qpv = field<QCheckBox>(*w, u"dwelling.qpv"_s);
        const bool wasQpv = qpv->isChecked();
        qpv->click();
        field<QCheckBox>(*w, u"dwelling.furnished"_s)->click();

        // An end before the start: the rule's message shows beside the end date.
        auto *end = field<DateEdit>(*w, u"lease.endDate"_s);
        typeDate(end, QDate(2010, 1, 31));
        QVERIFY(shows(message(*w, u"lease.endDate"_s)));
        Testing::answerNextMessageBox();
        QVERIFY(!w->save());
        typeDate(end, QDate(2026, 6, 30));
        QVERIFY(!shows(message(*w, u"lease.endDate"_s)));
        auto *reason = field<QComboBox>(*w, u"lease.endReason"_s);
        typeText(reason->lineEdit(), u"Mutation vers un T4"_s);
        writeText(field<FreeTextEdit>(*w, u"lease.notes"_s), u"État des lieux de sortie prévu."_s);
        // A negative rent is refused beside the rent.
        typeText(field<MoneyEdit>(*w, u"dwelling.rent"_s), u"-5"_s);
        QVERIFY(shows(message(*w, u"dwelling.rent"_s)));
        typeText(field<MoneyEdit>(*w, u"dwelling.rent"_s), u"512,40"_s);
        QVERIFY(!shows(message(*w, u"dwelling.rent"_s)));

        const Lease *lease = HousingRules::lease(w->document().file(), leaseId);
        QCOMPARE(lease->endReason, u"Mutation vers un T4"_s);
        QVERIFY(w->save());
        QVERIFY(!w->isWindowModified());
        QCOMPARE(qpv->isChecked(), !wasQpv);
    }
    auto again = openWindow(u"RES-2024-06"_s, "housing");
    const HouseholdFile &f = again->document().file();
    const Lease *lease = HousingRules::lease(f, leaseId);
    QVERIFY(lease);
    QCOMPARE(lease->endDate, QDate(2026, 6, 30));
    QCOMPARE(lease->endReason, u"Mutation vers un T4"_s);
    QCOMPARE(lease->notes, u"État des lieux de sortie prévu."_s);
    const Dwelling d = f.dwellings.value(lease->dwellingId);
    QCOMPARE(d.address, u"21 rue de Fenouillet"_s);
    QCOMPARE(d.rent, std::optional<Cents>(51240));
    QCOMPARE(d.charges, std::optional<Cents>(4800));
    QCOMPARE(d.typology, u"t4"_s);
    QVERIFY(d.furnished);
    // The widgets show what is stored.
    QCOMPARE(field<MoneyEdit>(*again, u"dwelling.rent"_s)->cents(), std::optional<Cents>(51240));
    QCOMPARE(field<DateEdit>(*again, u"lease.endDate"_s)->date(), QDate(2026, 6, 30));
    QCOMPARE(field<QComboBox>(*again, u"lease.endReason"_s)->currentText(),
             u"Mutation vers un T4"_s);
}

void TestHouseholdTabsA::housingUndoRedo()
{
    auto w = openWindow(u"RES-2024-06"_s, "housing");
    auto *typology = field<CodeCombo>(*w, u"dwelling.typology"_s);
    auto *start = field<DateEdit>(*w, u"lease.startDate"_s);
    const QString before = typology->code();
    const QDate startBefore = start->date();
    choose(typology, u"t5"_s);
    typeDate(start, QDate(2011, 4, 1));
    QCOMPARE(w->document().undoStack()->count(), 2);
    action(*w, "undoAction")->trigger();
    QCOMPARE(start->date(), startBefore);
    QCOMPARE(typology->code(), u"t5"_s);
    action(*w, "undoAction")->trigger();
    QCOMPARE(typology->code(), before);
    QVERIFY(!w->isWindowModified());
    action(*w, "redoAction")->trigger();
    QCOMPARE(typology->code(), u"t5"_s);
    action(*w, "redoAction")->trigger();
    QCOMPARE(start->date(), QDate(2011, 4, 1));
    QVERIFY(w->isWindowModified());
}

void TestHouseholdTabsA::entryThenGlissementMakeTheRightLeases()
{
    // RES-2024-08 left its dwelling on 31/07/2025; she enters a new one with a bail glissant.
    Id glissantId = 0;
    Id directId = 0;
    const QDate entry(2025, 9, 1);
    const QDate slide(2026, 3, 1);
    {
        auto w = openWindow(u"RES-2024-08"_s, "housing");
        QVERIFY(w);
        auto *tab = qobject_cast<HousingTab *>(w->tab(u"housing"_s));
        auto *leases = field<QTableWidget>(*w, u"leases"_s);
        QCOMPARE(leases->rowCount(), 1);
        field<QPushButton>(*w, u"newEntry"_s)->click();
        QPointer<LeaseEventDialog> dialog = eventDialog(*w);
        QVERIFY(dialog);
        QCOMPARE(dialog->kind(), LeaseEventDialog::Kind::Entry);
        // Before the end of the previous lease: refused, the dialog stays, nothing changes.
        typeDate(dialog->findChild<DateEdit *>(u"eventDate"_s), QDate(2025, 7, 1));
        dialog->findChild<QLineEdit *>(u"eventAddress"_s)->setText(u"5 impasse des Tilleuls"_s);
        dialog->findChild<QLineEdit *>(u"eventPostalCode"_s)->setText(u"31600"_s);
        dialog->findChild<QLineEdit *>(u"eventCommune"_s)->setText(u"Muret"_s);
        choose(dialog->findChild<CodeCombo *>(u"eventTypology"_s), u"t2"_s);
        choose(dialog->findChild<CodeCombo *>(u"eventLeaseType"_s), u"bail_glissant"_s);
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(shows(dialog->findChild<FieldMessage *>(u"message_eventDate"_s)));
        QCOMPARE(w->document().undoStack()->count(), 0);
        typeDate(dialog->findChild<DateEdit *>(u"eventDate"_s), entry);
        dialog->accept();
        QVERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(w->document().undoStack()->count(), 1);
        QCOMPARE(leases->rowCount(), 2);
        const Lease *glissant = HousingRules::lease(w->document().file(), tab->currentLeaseId());
        QVERIFY(glissant);
        QVERIFY(glissant->id < 0);
        QCOMPARE(glissant->type, u"bail_glissant"_s);
        QCOMPARE(glissant->startDate, entry);
        QCOMPARE(glissant->startReason, u"entree"_s);
        QVERIFY(w->document().file().dwellings.value(glissant->dwellingId).address
                == u"5 impasse des Tilleuls"_s);
        // The bail glissant's own fields and its reviews are offered.
        QVERIFY(field<QWidget>(*w, u"leaseReviews"_s)->isVisibleTo(tab)
                || !field<QLabel>(*w, u"nextReview"_s)->isHidden());
        QVERIFY(field<QLabel>(*w, u"nextReview"_s)
                        ->text()
                        .contains(entry.addMonths(6).toString(u"dd/MM/yyyy"_s)));
        auto *subletter = field<RecordCombo>(*w, u"lease.subletterPartnerId"_s);
        choose(subletter, subletter->itemData(1)); // the first association
        typeDate(field<DateEdit>(*w, u"lease.expectedGlissementDate"_s), slide);
        writeText(field<FreeTextEdit>(*w, u"lease.glissementConditions"_s),
                  u"Loyer réglé six mois de suite."_s);
        // A review moves the next one six months after it.
        field<QPushButton>(*w, u"addReview"_s)->click();
        typeDate(field<DateEdit>(*w, u"review.date"_s), QDate(2026, 1, 5));
        choose(field<CodeCombo>(*w, u"review.outcome"_s), u"glissement_propose"_s);
        writeText(field<FreeTextEdit>(*w, u"review.notes"_s), u"Conditions réunies."_s);
        QVERIFY(field<QLabel>(*w, u"nextReview"_s)->text().contains(u"05/07/2026"_s));
        QVERIFY(w->save());
        glissantId = tab->currentLeaseId();
        QVERIFY(glissantId > 0);

        // The glissement, on the date expected.
        QVERIFY(field<QPushButton>(*w, u"glissement"_s)->isEnabled());
        field<QPushButton>(*w, u"glissement"_s)->click();
        dialog = eventDialog(*w);
        QVERIFY(dialog);
        QCOMPARE(dialog->date(), slide);
        QVERIFY(!dialog->findChild<QLineEdit *>(u"eventAddress"_s)); // same dwelling
        dialog->accept();
        QVERIFY(!dialog || !dialog->isVisible());
        const HouseholdFile &f = w->document().file();
        QCOMPARE(f.leases.size(), 3);
        const Lease *before = HousingRules::lease(f, glissantId);
        const Lease *after = HousingRules::lease(f, tab->currentLeaseId());
        QVERIFY(after && after != before);
        QCOMPARE(before->endDate, slide.addDays(-1));
        QCOMPARE(before->endReason, u"glissement"_s);
        QCOMPARE(after->type, u"bail_direct"_s);
        QCOMPARE(after->startReason, u"glissement"_s);
        QCOMPARE(after->startDate, slide);
        QVERIFY(!after->endDate.isValid());
        QCOMPARE(after->dwellingId, before->dwellingId);
        QCOMPARE(leases->rowCount(), 3);
        QVERIFY(!field<QPushButton>(*w, u"glissement"_s)->isEnabled());
        // Undo takes the glissement back in one step.
        action(*w, "undoAction")->trigger();
        QCOMPARE(w->document().file().leases.size(), 2);
        QCOMPARE(leases->rowCount(), 2);
        action(*w, "redoAction")->trigger();
        QCOMPARE(leases->rowCount(), 3);
        QVERIFY(w->save());
        for (const Lease &l : w->document().file().leases) {
            if (l.startReason == u"glissement")
                directId = l.id;
        }
        QVERIFY(directId > 0);
    }
    auto again = openWindow(u"RES-2024-08"_s, "housing");
    const HouseholdFile &f = again->document().file();
    QCOMPARE(f.leases.size(), 3);
    const Lease *glissant = HousingRules::lease(f, glissantId);
    const Lease *direct = HousingRules::lease(f, directId);
    QVERIFY(glissant && direct);
    QCOMPARE(glissant->type, u"bail_glissant"_s);
    QCOMPARE(glissant->startDate, entry);
    QCOMPARE(glissant->endDate, QDate(2026, 2, 28));
    QCOMPARE(glissant->endReason, u"glissement"_s);
    QCOMPARE(glissant->expectedGlissementDate, slide);
    QCOMPARE(glissant->glissementConditions, u"Loyer réglé six mois de suite."_s);
    QVERIFY(glissant->subletterPartnerId > 0);
    QCOMPARE(direct->type, u"bail_direct"_s);
    QCOMPARE(direct->startDate, slide);
    QCOMPARE(direct->startReason, u"glissement"_s);
    QCOMPARE(direct->dwellingId, glissant->dwellingId);
    QCOMPARE(f.dwellings.value(direct->dwellingId).commune, u"Muret"_s);
    QCOMPARE(f.reviews.value(glissantId).size(), 1);
    QCOMPARE(f.reviews.value(glissantId).first().outcome, u"glissement_propose"_s);
    QCOMPARE(f.reviews.value(glissantId).first().date, QDate(2026, 1, 5));
}

void TestHouseholdTabsA::relogementEndsTheLeaseTheDayBefore()
{
    const QDate move(2026, 4, 15);
    Id oldLease = 0;
    {
        auto w = openWindow(u"RES-2024-06"_s, "housing");
        auto *tab = qobject_cast<HousingTab *>(w->tab(u"housing"_s));
        oldLease = tab->currentLeaseId();
        field<QPushButton>(*w, u"relogement"_s)->click();
        QPointer<LeaseEventDialog> dialog = eventDialog(*w);
        QVERIFY(dialog);
        QCOMPARE(dialog->leaseType(), u"bail_direct"_s); // as the current lease
        typeDate(dialog->findChild<DateEdit *>(u"eventDate"_s), move);
        // No address: refused beside the address.
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(shows(dialog->findChild<FieldMessage *>(u"message_eventAddress"_s)));
        dialog->findChild<QLineEdit *>(u"eventAddress"_s)->setText(u"8 allée Paul-Feuga"_s);
        dialog->findChild<QLineEdit *>(u"eventCommune"_s)->setText(u"Toulouse"_s);
        choose(dialog->findChild<CodeCombo *>(u"eventTypology"_s), u"t4"_s);
        dialog->accept();
        QVERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(field<QTableWidget>(*w, u"leases"_s)->rowCount(), 2);
        QCOMPARE(field<QLineEdit>(*w, u"dwelling.address"_s)->text(), u"8 allée Paul-Feuga"_s);
        QVERIFY(w->save());
    }
    auto again = openWindow(u"RES-2024-06"_s, "housing");
    const HouseholdFile &f = again->document().file();
    QCOMPARE(f.leases.size(), 2);
    const Lease *old = HousingRules::lease(f, oldLease);
    QCOMPARE(old->endDate, move.addDays(-1));
    QCOMPARE(old->endReason, u"relogement"_s);
    const QList<Lease> history = HousingRules::history(f);
    const Lease &next = history.last();
    QCOMPARE(next.startDate, move);
    QCOMPARE(next.startReason, u"relogement"_s);
    QVERIFY(next.dwellingId != old->dwellingId);
    QCOMPARE(f.dwellings.value(next.dwellingId).address, u"8 allée Paul-Feuga"_s);
    QCOMPARE(f.dwellings.value(next.dwellingId).typology, u"t4"_s);
}

// --- Diagnostic ------------------------------------------------------------------------------

void TestHouseholdTabsA::diagnosticEditSaveReopen()
{
    const QDate today = Passerelle::Clock::today();
    Id created = 0;
    qsizetype count = 0;
    {
        auto w = openWindow(u"RES-2024-06"_s, "diagnostic");
        QVERIFY(w);
        auto *tab = qobject_cast<DiagnosticTab *>(w->tab(u"diagnostic"_s));
        auto *list = field<QTableWidget>(*w, u"diagnostics"_s);
        count = w->document().file().diagnostics.size();
        QCOMPARE(list->rowCount(), int(count));
        field<QPushButton>(*w, u"addDiagnostic"_s)->click();
        QCOMPARE(list->rowCount(), int(count) + 1);
        const Diagnostic *d = &w->document().file().diagnostics.last();
        QCOMPARE(tab->currentDiagnosticId(), d->id);
        QCOMPARE(d->kind, u"revision"_s); // the household has its entry diagnostic
        QVERIFY(d->domains.isEmpty());    // nothing filled in yet
        // A date in the future: the message shows beside the date.
        auto *date = field<DateEdit>(*w, u"diagnostic.date"_s);
        typeDate(date, today.addDays(5));
        QVERIFY(shows(message(*w, u"diagnostic.date"_s)));
        typeDate(date, today.addDays(-2));
        QVERIFY(!shows(message(*w, u"diagnostic.date"_s)));
        choose(field<CodeCombo>(*w, u"diagnostic.kind"_s), u"sortie"_s);
        typeText(field<QLineEdit>(*w, u"diagnostic.author"_s), u"Nadia Ferhat"_s);
        choose(field<CodeCombo>(*w, u"diagnostic.recommendedIntensity"_s), u"legere"_s);
        writeText(field<FreeTextEdit>(*w, u"diagnostic.recommendation"_s),
                  u"Relais vers le droit commun."_s);
        auto *partners = field<CodeChecklist>(*w, u"diagnostic.partnersToMobilise"_s);
        partners->item(0)->setCheckState(Qt::Checked);
        // Levels: 3 for health, "not assessed" for justice, mobility left not filled in.
        choose(field<QComboBox>(*w, u"level_sante"_s), int(DiagnosticLevel::Major));
        choose(field<QComboBox>(*w, u"level_justice"_s), int(DiagnosticLevel::NotEvaluated));
        choose(field<QComboBox>(*w, u"level_acces_droits"_s), int(DiagnosticLevel::None));
        tab->showDomain(u"sante"_s);
        auto *observation = field<FreeTextEdit>(*w, u"diagnostic.observation"_s);
        QVERIFY(observation->isEnabled());
        writeText(observation, u"Suivi médical régulier à reprendre."_s);
        tab->showDomain(u"mobilite"_s);
        QVERIFY(!observation->isEnabled()); // no level: nothing to observe yet
        created = tab->currentDiagnosticId();
        QVERIFY(w->save());
    }
    auto again = openWindow(u"RES-2024-06"_s, "diagnostic");
    const QList<Diagnostic> &list = again->document().file().diagnostics;
    QCOMPARE(list.size(), count + 1);
    const Diagnostic &d = list.last();
    QCOMPARE(d.date, today.addDays(-2));
    QCOMPARE(d.kind, u"sortie"_s);
    QCOMPARE(d.author, u"Nadia Ferhat"_s);
    QCOMPARE(d.recommendedIntensity, u"legere"_s);
    QCOMPARE(d.recommendation, u"Relais vers le droit commun."_s);
    QCOMPARE(d.partnersToMobilise.size(), 1);
    QCOMPARE(d.domains.size(), 3);
    QCOMPARE(d.assessment(u"sante"_s)->level, DiagnosticLevel::Major);
    QCOMPARE(d.assessment(u"sante"_s)->observation, u"Suivi médical régulier à reprendre."_s);
    QCOMPARE(d.assessment(u"justice"_s)->level, DiagnosticLevel::NotEvaluated);
    QCOMPARE(d.assessment(u"acces_droits"_s)->level, DiagnosticLevel::None);
    QVERIFY(!d.assessment(u"mobilite"_s));
    // Domains are kept in the order of the reference list.
    QCOMPARE(d.domains.at(0).domain, u"acces_droits"_s);
    auto *tab = qobject_cast<DiagnosticTab *>(again->tab(u"diagnostic"_s));
    QCOMPARE(tab->currentDiagnosticId(), d.id);
    QCOMPARE(field<QComboBox>(*again, u"level_sante"_s)->currentData().toInt(),
             int(DiagnosticLevel::Major));
    QCOMPARE(field<QComboBox>(*again, u"level_mobilite"_s)->currentData().toInt(),
             DiagnosticTab::NotFilledIn);
    QCOMPARE(field<QComboBox>(*again, u"level_justice"_s)->currentData().toInt(),
             int(DiagnosticLevel::NotEvaluated));
    Q_UNUSED(created);
}

void TestHouseholdTabsA::diagnosticComparisonAndUndoRedo()
{
    auto w = openWindow(u"RES-2024-06"_s, "diagnostic");
    const HouseholdFile &f = w->document().file();
    const ComparedDiagnostics chosen = DiagnosticComparison::choose(f.diagnostics);
    QVERIFY(chosen.isComplete());
    auto *comparison = field<QTableWidget>(*w, u"comparison"_s);
    QVERIFY(field<QLabel>(*w, u"noComparison"_s)->isHidden());
    QList<DomainChange> expected = DiagnosticComparison::compare(f.diagnostics.at(chosen.entry),
                                                                 f.diagnostics.at(chosen.latest));
    QCOMPARE(comparison->rowCount(), int(expected.size()));
    QCOMPARE(comparison->rowCount(), 13);
    for (int row = 0; row < expected.size(); ++row)
        QCOMPARE(comparison->item(row, 3)->data(Qt::UserRole).toInt(), int(expected.at(row).trend));

    // Make health worse in the latest diagnostic: the comparison follows, and undo restores it.
    auto *tab = qobject_cast<DiagnosticTab *>(w->tab(u"diagnostic"_s));
    tab->showDiagnostic(f.diagnostics.at(chosen.latest).id);
    auto *level = field<QComboBox>(*w, u"level_sante"_s);
    const int before = level->currentData().toInt();
    int row = -1;
    for (int i = 0; i < expected.size(); ++i) {
        if (expected.at(i).domain == u"sante")
            row = i;
    }
    QVERIFY(row >= 0 && expected.at(row).entry.has_value());
    const int entryLevel = int(*expected.at(row).entry);
    const int worse = std::min(3, entryLevel + 1);
    choose(level, worse);
    QCOMPARE(comparison->item(row, 3)->data(Qt::UserRole).toInt(),
             int(worse > entryLevel ? DomainTrend::Worse : DomainTrend::Same));
    action(*w, "undoAction")->trigger();
    QCOMPARE(level->currentData().toInt(), before);
    QCOMPARE(comparison->item(row, 3)->data(Qt::UserRole).toInt(), int(expected.at(row).trend));
    QVERIFY(!w->isWindowModified());
    action(*w, "redoAction")->trigger();
    QCOMPARE(level->currentData().toInt(), worse);
    // "Not filled in" removes the domain; undo brings it back with its observation.
    const QString observation = w->document()
                                        .file()
                                        .diagnostics.at(chosen.latest)
                                        .assessment(u"sante"_s)
                                        ->observation;
    choose(level, DiagnosticTab::NotFilledIn);
    QVERIFY(!w->document().file().diagnostics.at(chosen.latest).assessment(u"sante"_s));
    QCOMPARE(comparison->item(row, 3)->data(Qt::UserRole).toInt(), int(DomainTrend::NotComparable));
    action(*w, "undoAction")->trigger();
    QCOMPARE(w->document().file().diagnostics.at(chosen.latest).assessment(u"sante"_s)->observation,
             observation);

    // Only an entry diagnostic: the comparison explains why it is empty.
    storeHousehold(u"NEW-2026-10"_s, [](HouseholdFile &file) {
        Diagnostic entry;
        entry.id = -5;
        entry.kind = u"entree"_s;
        entry.date = QDate(2025, 1, 10);
        file.diagnostics << entry;
    });
    auto fresh = openWindow(u"NEW-2026-10"_s, "diagnostic");
    QVERIFY(fresh);
    QVERIFY(!field<QLabel>(*fresh, u"noComparison"_s)->isHidden());
    QVERIFY(!field<QLabel>(*fresh, u"noComparison"_s)->text().isEmpty());
    QVERIFY(field<QTableWidget>(*fresh, u"comparison"_s)->isHidden());
}

// --- Rendez-vous -----------------------------------------------------------------------------

void TestHouseholdTabsA::meetingsEditSaveReopen()
{
    const QDate today = Passerelle::Clock::today();
    const QDate planned = today.addDays(10);
    qsizetype meetings = 0;
    qsizetype decisions = 0;
    int participants = 0;
    Id dwellingId = 0;
    {
        auto w = openWindow(u"RES-2024-06"_s, "meetings");
        QVERIFY(w);
        auto *tab = qobject_cast<MeetingsTab *>(w->tab(u"meetings"_s));
        auto *list = field<QTableWidget>(*w, u"meetingList"_s);
        meetings = w->document().file().meetings.size();
        decisions = w->document().file().calDecisions.size();
        QCOMPARE(list->rowCount(), int(meetings));
        field<QPushButton>(*w, u"addMeeting"_s)->click();
        QCOMPARE(list->rowCount(), int(meetings) + 1);
        const int row = list->rowCount() - 1;
        const TripartiteMeeting *m = &w->document().file().meetings.last();
        QCOMPARE(tab->currentMeetingId(), m->id);
        participants = int(m->participants.size());
        QVERIFY(participants >= 2); // the CESF, the association, the household
        QCOMPARE(field<QTableWidget>(*w, u"participants"_s)->rowCount(), participants);

        // The date is required: its message shows beside it.
        auto *date = field<DateEdit>(*w, u"meeting.date"_s);
        typeDate(date, QDate());
        QVERIFY(shows(message(*w, u"meeting.date"_s)));
        typeDate(date, planned);
        QVERIFY(!shows(message(*w, u"meeting.date"_s)));
        // A planned meeting stands out: italic, "planned" state.
        QCOMPARE(list->item(row, 4)->data(Qt::UserRole).toInt(), int(MeetingRules::State::Planned));
        QVERIFY(list->item(row, 0)->font().italic());
        QVERIFY(!list->item(0, 0)->font().italic());
        // A time that is not one is shown, not taken.
        auto *time = field<QLineEdit>(*w, u"meeting.time"_s);
        typeText(time, u"25:99"_s);
        QVERIFY(shows(message(*w, u"meeting.time"_s)));
        typeText(time, u"14h30"_s);
        QVERIFY(!shows(message(*w, u"meeting.time"_s)));
        QCOMPARE(time->text(), u"14:30"_s);
        typeText(field<QLineEdit>(*w, u"meeting.place"_s), u"Agence de Toulouse Nord"_s);
        choose(field<CodeCombo>(*w, u"meeting.purpose"_s), u"renouvellement"_s);
        field<QPushButton>(*w, u"addParticipant"_s)->click();
        auto *table = field<QTableWidget>(*w, u"participants"_s);
        QCOMPARE(table->rowCount(), participants + 1);
        // The list is read-only: the participant added is chosen and edited in its form.
        QCOMPARE(table->currentRow(), participants);
        QVERIFY(!(table->item(participants, 1)->flags() & Qt::ItemIsEditable));
        typeText(field<QLineEdit>(*w, u"participant.name"_s), u"Marc Olivier"_s);
        typeText(field<QLineEdit>(*w, u"participant.function"_s), u"Médiateur"_s);
        auto *present = field<QCheckBox>(*w, u"participant.present"_s);
        QVERIFY(present->isChecked());
        present->click();
        choose(field<CodeCombo>(*w, u"participant.party"_s), u"autre"_s);
        QCOMPARE(table->item(participants, 1)->text(), u"Marc Olivier"_s);
        QCOMPARE(table->item(participants, 3)->checkState(), Qt::Unchecked);
        writeText(field<FreeTextEdit>(*w, u"meeting.minutes"_s), u"Ordre du jour envoyé."_s);

        // A CAL decision on the household's dwelling.
        field<QPushButton>(*w, u"addCalDecision"_s)->click();
        QCOMPARE(field<QTableWidget>(*w, u"calDecisions"_s)->rowCount(), int(decisions) + 1);
        auto *calDate = field<DateEdit>(*w, u"cal.date"_s);
        typeDate(calDate, QDate(1985, 1, 1));
        QVERIFY(shows(message(*w, u"cal.date"_s)));
        typeDate(calDate, today.addDays(-3));
        QVERIFY(!shows(message(*w, u"cal.date"_s)));
        choose(field<CodeCombo>(*w, u"cal.decision"_s), u"attribution_sous_condition"_s);
        dwellingId = w->document().file().leases.first().dwellingId;
        choose(field<RecordCombo>(*w, u"cal.dwellingId"_s), dwellingId);
        writeText(field<FreeTextEdit>(*w, u"cal.conditions"_s), u"Signature du contrat."_s);
        QVERIFY(w->save());
    }
    auto again = openWindow(u"RES-2024-06"_s, "meetings");
    const HouseholdFile &f = again->document().file();
    QCOMPARE(f.meetings.size(), meetings + 1);
    const TripartiteMeeting *m = nullptr;
    for (const TripartiteMeeting &x : f.meetings)
        if (x.date == planned)
            m = &x;
    QVERIFY(m);
    QCOMPARE(m->time, QTime(14, 30));
    QCOMPARE(m->place, u"Agence de Toulouse Nord"_s);
    QCOMPARE(m->purpose, u"renouvellement"_s);
    QVERIFY(m->outcome.isEmpty());
    QCOMPARE(m->minutes, u"Ordre du jour envoyé."_s);
    QCOMPARE(m->participants.size(), participants + 1);
    QCOMPARE(m->participants.last().name, u"Marc Olivier"_s);
    QCOMPARE(m->participants.last().function, u"Médiateur"_s);
    QCOMPARE(m->participants.last().party, u"autre"_s);
    QVERIFY(!m->participants.last().present);
    QCOMPARE(f.calDecisions.size(), decisions + 1);
    const CalDecision &c = f.calDecisions.last();
    QCOMPARE(c.decision, u"attribution_sous_condition"_s);
    QCOMPARE(c.dwellingId, dwellingId);
    QCOMPARE(c.conditions, u"Signature du contrat."_s);
    QCOMPARE(c.date, today.addDays(-3));
}

void TestHouseholdTabsA::meetingsUndoRedo()
{
    auto w = openWindow(u"RES-2024-06"_s, "meetings");
    auto *tab = qobject_cast<MeetingsTab *>(w->tab(u"meetings"_s));
    auto *list = field<QTableWidget>(*w, u"meetingList"_s);
    // Record the outcome of a planned meeting: it no longer stands out.
    field<QPushButton>(*w, u"addMeeting"_s)->click();
    const int row = list->rowCount() - 1;
    QCOMPARE(list->item(row, 4)->data(Qt::UserRole).toInt(), int(MeetingRules::State::Planned));
    auto *outcome = field<CodeCombo>(*w, u"meeting.outcome"_s);
    choose(outcome, u"favorable"_s);
    QCOMPARE(list->item(row, 4)->data(Qt::UserRole).toInt(), int(MeetingRules::State::Held));
    QVERIFY(!list->item(row, 0)->font().italic());
    action(*w, "undoAction")->trigger();
    QCOMPARE(outcome->code(), QString());
    QCOMPARE(list->item(row, 4)->data(Qt::UserRole).toInt(), int(MeetingRules::State::Planned));
    action(*w, "undoAction")->trigger();
    QCOMPARE(list->rowCount(), row);
    QVERIFY(!w->isWindowModified());
    action(*w, "redoAction")->trigger();
    action(*w, "redoAction")->trigger();
    QCOMPARE(list->rowCount(), row + 1);
    tab->showMeeting(w->document().file().meetings.last().id);
    QCOMPARE(list->currentRow(), row);
    QCOMPARE(outcome->code(), u"favorable"_s);
    QCOMPARE(list->item(row, 4)->data(Qt::UserRole).toInt(), int(MeetingRules::State::Held));
}

// --- Contrat ---------------------------------------------------------------------------------

void TestHouseholdTabsA::contractEditSaveReopen()
{
    int versions = 0;
    {
        auto w = openWindow(u"RES-2024-06"_s, "contract");
        QVERIFY(w);
        auto *tab = qobject_cast<ContractTab *>(w->tab(u"contract"_s));
        QVERIFY(tab->currentActionId() > 0);
        QVERIFY(field<QLabel>(*w, u"noContract"_s)->isHidden());
        // The place where printing will go: the contract's own toolbar.
        QVERIFY(tab->actionsToolBar());
        QCOMPARE(tab->actionsToolBar()->objectName(), u"contractActions"_s);
        typeText(field<QLineEdit>(*w, u"contract.place"_s), u"Blagnac"_s);
        auto *duration = field<QSpinBox>(*w, u"contract.durationMonths"_s);
        duration->setValue(70); // more than 60: refused beside the field
        QVERIFY(shows(message(*w, u"contract.durationMonths"_s)));
        duration->setValue(18);
        QVERIFY(!shows(message(*w, u"contract.durationMonths"_s)));
        choose(field<CodeCombo>(*w, u"contract.meetingFrequency"_s), u"mensuelle"_s);
        typeText(field<QLineEdit>(*w, u"contract.associationSignatory"_s), u"Nadia Ferhat"_s);
        writeText(field<FreeTextEdit>(*w, u"contract.householdCommitments"_s),
                  u"Recevoir la CESF une fois par mois."_s);
        writeText(field<FreeTextEdit>(*w, u"contract.landlordCommitments"_s),
                  u"Étudier un plan d'apurement."_s);
        // The last version's end before its start: the message shows beside the end.
        auto *table = field<QTableWidget>(*w, u"versions"_s);
        versions = table->rowCount();
        QVERIFY(versions >= 1);
        QCOMPARE(tab->currentVersion(), versions - 1);
        const ContractVersion last
                = w->document().file().contract(tab->currentActionId())->versions.last();
        auto *end = field<DateEdit>(*w, u"version.endDate"_s);
        typeDate(end, last.startDate.addDays(-1));
        QVERIFY(shows(message(*w, u"version.endDate"_s)));
        typeDate(end, last.endDate);
        QVERIFY(!shows(message(*w, u"version.endDate"_s)));
        writeText(field<FreeTextEdit>(*w, u"version.notes"_s), u"Signé en agence."_s);
        QVERIFY(w->save());
    }
    auto again = openWindow(u"RES-2024-06"_s, "contract");
    auto *tab = qobject_cast<ContractTab *>(again->tab(u"contract"_s));
    const SupportContract *c = again->document().file().contract(tab->currentActionId());
    QVERIFY(c);
    QCOMPARE(c->place, u"Blagnac"_s);
    QCOMPARE(c->durationMonths, 18);
    QCOMPARE(c->meetingFrequency, u"mensuelle"_s);
    QCOMPARE(c->associationSignatory, u"Nadia Ferhat"_s);
    QCOMPARE(c->householdCommitments, u"Recevoir la CESF une fois par mois."_s);
    QCOMPARE(c->landlordCommitments, u"Étudier un plan d'apurement."_s);
    QCOMPARE(c->versions.size(), versions);
    QCOMPARE(c->versions.last().notes, u"Signé en agence."_s);
    QCOMPARE(field<QSpinBox>(*again, u"contract.durationMonths"_s)->value(), 18);
    QCOMPARE(field<QLineEdit>(*again, u"contract.place"_s)->text(), u"Blagnac"_s);
}

void TestHouseholdTabsA::contractRenewAmendUndoRedo()
{
    int versions = 0;
    QDate renewedStart;
    QDate renewedEnd;
    {
        auto w = openWindow(u"RES-2024-06"_s, "contract");
        auto *tab = qobject_cast<ContractTab *>(w->tab(u"contract"_s));
        auto *table = field<QTableWidget>(*w, u"versions"_s);
        const SupportContract before = *w->document().file().contract(tab->currentActionId());
        versions = int(before.versions.size());
        const auto expected = ContractRules::renewal(before, w->document().file().support(before.actionId));
        QVERIFY(expected);
        field<QPushButton>(*w, u"renewContract"_s)->click();
        QCOMPARE(table->rowCount(), versions + 1);
        QCOMPARE(tab->currentVersion(), versions);
        const ContractVersion &renewed
                = w->document().file().contract(tab->currentActionId())->versions.last();
        QCOMPARE(renewed.number, versions + 1);
        QCOMPARE(renewed.kind, u"renouvellement"_s);
        QCOMPARE(renewed.startDate, before.versions.last().endDate.addDays(1));
        QCOMPARE(renewed.endDate, expected->endDate);
        QCOMPARE(field<DateEdit>(*w, u"version.startDate"_s)->date(), renewed.startDate);
        renewedStart = renewed.startDate;
        renewedEnd = renewed.endDate;
        field<QPushButton>(*w, u"amendContract"_s)->click();
        QCOMPARE(table->rowCount(), versions + 2);
        QCOMPARE(field<CodeCombo>(*w, u"version.kind"_s)->code(), u"avenant"_s);
        // Undo, redo: the table and the form follow.
        action(*w, "undoAction")->trigger();
        QCOMPARE(table->rowCount(), versions + 1);
        QCOMPARE(field<CodeCombo>(*w, u"version.kind"_s)->code(), u"renouvellement"_s);
        action(*w, "undoAction")->trigger();
        QCOMPARE(table->rowCount(), versions);
        QVERIFY(!w->isWindowModified());
        action(*w, "redoAction")->trigger();
        QCOMPARE(table->rowCount(), versions + 1);
        tab->showVersion(versions);
        QCOMPARE(table->currentRow(), versions);
        QCOMPARE(field<DateEdit>(*w, u"version.endDate"_s)->date(), renewedEnd);
        typeDate(field<DateEdit>(*w, u"version.date"_s), renewedStart.addDays(-3));
        QVERIFY(w->save());
    }
    auto again = openWindow(u"RES-2024-06"_s, "contract");
    auto *tab = qobject_cast<ContractTab *>(again->tab(u"contract"_s));
    const SupportContract *c = again->document().file().contract(tab->currentActionId());
    QCOMPARE(c->versions.size(), versions + 1);
    QCOMPARE(c->versions.last().kind, u"renouvellement"_s);
    QCOMPARE(c->versions.last().number, versions + 1);
    QCOMPARE(c->versions.last().startDate, renewedStart);
    QCOMPARE(c->versions.last().endDate, renewedEnd);
    QCOMPARE(c->versions.last().date, renewedStart.addDays(-3));
}

void TestHouseholdTabsA::contractPerSupport()
{
    auto w = openWindow(u"RES-2024-06"_s, "contract");
    auto *tab = qobject_cast<ContractTab *>(w->tab(u"contract"_s));
    auto *chooser = field<RecordCombo>(*w, u"contractAction"_s);
    // One support: no choice to make.
    QVERIFY(!chooser->isVisibleTo(tab));
    const Id first = tab->currentActionId();
    Id other = 0;
    for (const Action &a : w->lookups().actions)
        if (a.id != first)
            other = a.id;
    QVERIFY(other > 0);
    w->document().edit(u"support"_s, [other](HouseholdFile &f) {
        Support s;
        s.id = f.nextTemporaryId();
        s.householdId = f.household.id;
        s.actionId = other;
        s.householdKind = u"locataire_en_place"_s;
        s.startDate = QDate(2026, 1, 5);
        f.supports << s;
    });
    QTRY_VERIFY(chooser->isVisibleTo(tab)); // the toolbar lays itself out later
    QCOMPARE(chooser->count(), 2);
    QCOMPARE(tab->currentActionId(), first);
    choose(chooser, other);
    QCOMPARE(tab->currentActionId(), other);
    QVERIFY(!field<QLabel>(*w, u"noContract"_s)->isHidden());
    auto *create = field<QPushButton>(*w, u"createContract"_s);
    QVERIFY(!create->isHidden());
    create->click();
    QVERIFY(field<QLabel>(*w, u"noContract"_s)->isHidden());
    const SupportContract *c = w->document().file().contract(other);
    QVERIFY(c);
    QCOMPARE(c->versions.size(), 1);
    QCOMPARE(c->versions.first().startDate, QDate(2026, 1, 5));
    QCOMPARE(field<QTableWidget>(*w, u"versions"_s)->rowCount(), 1);
    QVERIFY(w->save());
    auto again = openWindow(u"RES-2024-06"_s, "contract");
    QCOMPARE(again->document().file().contracts.size(), 2);
    QVERIFY(again->document().file().contract(other));
    // No household support at all: explained, nothing to create.
    storeHousehold(u"NEW-2026-11"_s);
    auto fresh = openWindow(u"NEW-2026-11"_s, "contract");
    QVERIFY(fresh);
    QVERIFY(!field<QLabel>(*fresh, u"noContract"_s)->isHidden());
    QVERIFY(field<QPushButton>(*fresh, u"createContract"_s)->isHidden());
}

// --- pictures of the tabs (with PASSERELLE_SCREENSHOTS=<folder>) --------------------------

void TestHouseholdTabsA::screenshots()
{
    const QString folder = qEnvironmentVariable("PASSERELLE_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("set PASSERELLE_SCREENSHOTS to a folder to take the pictures");
    for (const QString &reference : {u"HH-2023-02"_s, u"RES-2024-06"_s, u"HH-2026-04"_s}) {
        auto w = openWindow(reference, "housing");
        w->resize(1400, 900);
        for (const char *name : {"housing", "diagnostic", "meetings", "contract"}) {
            w->showTab(QString::fromLatin1(name));
            if (qstrcmp(name, "housing") == 0 && reference == u"HH-2023-02") {
                // The bail glissant, with its reviews.
                field<QTableWidget>(*w, u"leases"_s)->setCurrentCell(0, 0);
            }
            QTest::qWait(50);
            const QString base
                    = folder + u"/tabsa-"_s + reference + u'-' + QString::fromLatin1(name);
            QVERIFY(w->grab().save(base + u".png"_s));
            // The whole tab, beyond what the window shows.
            if (auto *scroll = w->tab(QString::fromLatin1(name))->findChild<QScrollArea *>())
                QVERIFY(scroll->widget()->grab().save(base + u"-full.png"_s));
        }
    }
}

QTEST_MAIN(TestHouseholdTabsA)
#include "tst_householdtabsa.moc"
