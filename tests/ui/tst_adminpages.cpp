// The « Dispositifs & partenaires » and « Administration » pages on the demo database: edit,
// save, read back what is stored; bad values shown beside their field (or cell) and not saved;
// the logo rule; reference lists that grow and those that are fixed; leaving unsaved changes
// asks. Assertions are on values, counts, object names and states, never on wording.
#include "AppContext.h"
#include "Clock.h"
#include "MessageBoxes.h"
#include "TestDatabase.h"
#include "admin/ActionEditor.h"
#include "admin/ActionsPartnersPage.h"
#include "admin/AdministrationPage.h"
#include "admin/ChildTable.h"
#include "admin/DirectoryEditors.h"
#include "admin/UserEditor.h"
#include "admin/PartnerEditor.h"
#include "admin/ReferenceListsEditor.h"
#include "demo/DemoData.h"
#include "storage/DirectoryRepositories.h"
#include "storage/OrganisationRepository.h"
#include "storage/ReferenceRepository.h"
#include "widgets/FormWidgets.h"

#include <QApplication>
#include <QCheckBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using namespace Passerelle::Ui;
using Passerelle::Testing::TestDatabase;

class TestAdminPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pagesHaveTheirNames();
    void actionBudgetFundingAndExpense();
    void expenseWithoutDateIsNotSaved();
    void partnerWithANewAgreement();
    void leavingAModifiedRecordAsks();
    void organisationAndLogo();
    void referenceLists();
    void addAnAgency();
    void editAUser();
    void editsUndoAndRedo();

private:
    template <typename T>
    static T *child(QWidget *parent, const QString &name)
    {
        auto *found = parent->findChild<T *>(name);
        if (!found)
            qWarning("no widget %s", qPrintable(name));
        return found;
    }
    static void typeText(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        edit->insert(text); // keyClicks types ASCII only
    }
    static void typeMoney(MoneyEdit *edit, const QString &text)
    {
        typeText(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }
    static void chooseCode(CodeCombo *combo, const QString &code)
    {
        combo->setCurrentIndex(combo->findData(code));
        Q_EMIT combo->activated(combo->currentIndex());
    }
    Id actionId(const QString &code);
    Id partnerId(const QString &code);
    Action storedAction(const QString &code);
    Partner storedPartner(const QString &code);

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<AppContext> m_context;
};

void TestAdminPages::init()
{
    m_test = std::make_unique<TestDatabase>();
    QVERIFY(m_test->isValid());
    QVERIFY(Demo::populate(m_test->db(), Passerelle::Clock::today()));
    m_context = std::make_unique<AppContext>(m_test->db(), Scope::everything(u"admin"_s));
}

void TestAdminPages::cleanup()
{
    m_context.reset();
    m_test.reset();
}

Id TestAdminPages::actionId(const QString &code)
{
    auto found = ActionRepository(m_test->db()).findByCode(code);
    return found && found->has_value() ? (*found)->id : 0;
}

Id TestAdminPages::partnerId(const QString &code)
{
    auto found = PartnerRepository(m_test->db()).findByCode(code);
    return found && found->has_value() ? (*found)->id : 0;
}

Action TestAdminPages::storedAction(const QString &code)
{
    return *ActionRepository(m_test->db()).get(actionId(code));
}

Partner TestAdminPages::storedPartner(const QString &code)
{
    return *PartnerRepository(m_test->db()).get(partnerId(code));
}

void TestAdminPages::pagesHaveTheirNames()
{
    ActionsPartnersPage actions(*m_context);
    AdministrationPage administration(*m_context);
    QCOMPARE(actions.objectName(), u"actions"_s);
    QCOMPARE(administration.objectName(), u"administration"_s);
    QVERIFY(!actions.title().isEmpty());
    QVERIFY(!actions.icon().isNull());
    QVERIFY(!administration.icon().isNull());
    // The lists show the demo records; the first one is open, unmodified.
    QCOMPARE(actions.actions()->list()->rowCount(), Demo::expectedCounts().actions);
    QCOMPARE(actions.partners()->list()->rowCount(), Demo::expectedCounts().partners);
    QCOMPARE(administration.agencies()->list()->rowCount(), Demo::expectedCounts().agencies);
    QVERIFY(actions.actions()->action().id > 0);
    QVERIFY(!actions.actions()->isModified());
    QVERIFY(!child<QPushButton>(actions.actions(), u"save"_s)->isEnabled());
    // Passwords are never shown as they are typed (tst_accountsui tests the accounts).
    for (auto *edit : administration.users()->findChildren<QLineEdit *>()) {
        QCOMPARE(edit->echoMode() == QLineEdit::Password,
                 edit->objectName().startsWith(u"password"_s));
    }
}

void TestAdminPages::actionBudgetFundingAndExpense()
{
    const Action before = storedAction(u"LAAVA"_s);
    {
        ActionsPartnersPage page(*m_context);
        page.show();
        ActionEditor *editor = page.actions();
        QVERIFY(editor->select(before.id));
        QCOMPARE(editor->action().fundingLines.size(), before.fundingLines.size());
        QCOMPARE(child<QTableWidget>(editor, u"fundingLines"_s)->rowCount(),
                 int(before.fundingLines.size()));

        typeMoney(child<MoneyEdit>(editor, u"budget"_s), u"52 000,00 €"_s);
        QVERIFY(editor->isModified());
        QVERIFY(child<QLabel>(editor, u"modifiedIndicator"_s)->isVisible());
        QVERIFY(child<QPushButton>(editor, u"save"_s)->isEnabled());
        QCOMPARE(child<QLabel>(editor, u"total_budget"_s)->text(), MoneyEdit::format(5'200'000));

        // A funding line: source, funder, amount granted, typed in the form of the line added
        // (the list is read-only).
        ChildTable *funding = editor->fundingLines();
        QCOMPARE(funding->table()->editTriggers(), QAbstractItemView::NoEditTriggers);
        funding->addButton()->click();
        const int f = funding->table()->rowCount() - 1;
        QCOMPARE(f, int(before.fundingLines.size()));
        QCOMPARE(funding->table()->currentRow(), f);
        chooseCode(child<CodeCombo>(editor, u"fundingLines.source"_s), u"etat"_s);
        auto *funder = child<QLineEdit>(editor, u"fundingLines.funder"_s);
        funder->setFocus();
        QTest::keyClicks(funder, u"DDETS"_s);
        // The keystrokes make one step of the action's history: undone, then redone.
        child<QToolButton>(editor, u"undo"_s)->click();
        QVERIFY(editor->action().fundingLines.at(f).funder.isEmpty());
        QVERIFY(funder->text().isEmpty());
        QCOMPARE(editor->action().fundingLines.at(f).source, u"etat"_s);
        child<QToolButton>(editor, u"redo"_s)->click();
        QCOMPARE(editor->action().fundingLines.at(f).funder, u"DDETS"_s);
        QCOMPARE(funder->text(), u"DDETS"_s);
        typeMoney(child<MoneyEdit>(editor, u"fundingLines.amountGranted"_s), u"2 500"_s);
        QCOMPARE(funding->table()->item(f, 1)->text(), u"DDETS"_s);
        QCOMPARE(child<QLabel>(editor, u"total_granted"_s)->text(),
                 MoneyEdit::format(4'950'000 + 250'000));

        // An expense: dated today by default; label, amount, paid to a partner.
        ChildTable *expenses = editor->expenses();
        expenses->addButton()->click();
        const int e = expenses->table()->rowCount() - 1;
        QCOMPARE(editor->action().expenses.at(e).date, m_context->today());
        typeText(child<QLineEdit>(editor, u"expenses.label"_s), u"Atelier budget"_s);
        typeMoney(child<MoneyEdit>(editor, u"expenses.amount"_s), u"1 200,50"_s);
        auto *paidTo = child<RecordCombo>(editor, u"expenses.partnerId"_s);
        paidTo->setCurrentIndex(paidTo->findData(partnerId(u"EDUCAIR"_s)));
        Q_EMIT paidTo->activated(paidTo->currentIndex());
        QCOMPARE(child<QLabel>(editor, u"total_spent"_s)->text(),
                 MoneyEdit::format(4'950'000 + 120'050));
        QCOMPARE(child<QLabel>(editor, u"total_balance"_s)->text(), MoneyEdit::format(-120'050));
        QVERIFY(child<FieldMessage>(editor, u"message_expenses"_s)->isHidden());

        // Ctrl+S saves.
        QApplication::setActiveWindow(&page);
        child<QTableWidget>(editor, u"list"_s)->setFocus();
        QTest::keySequence(QApplication::focusWidget(), QKeySequence::Save);
        QVERIFY2(!editor->isModified(), qPrintable(editor->statusText()));
        QVERIFY(child<QLabel>(editor, u"modifiedIndicator"_s)->isHidden());
        // After the save, the children carry their stored ids.
        for (const FundingLine &line : editor->action().fundingLines)
            QVERIFY(line.id > 0);
    }
    const Action after = storedAction(u"LAAVA"_s);
    QCOMPARE(after.budget, Cents(5'200'000));
    QCOMPARE(after.fundingLines.size(), before.fundingLines.size() + 1);
    const FundingLine &line = after.fundingLines.last();
    QCOMPARE(line.source, u"etat"_s);
    QCOMPARE(line.funder, u"DDETS"_s);
    QCOMPARE(line.amountGranted, Cents(250'000));
    QCOMPARE(after.expenses.size(), before.expenses.size() + 1);
    bool found = false;
    for (const Expense &e : after.expenses) {
        if (e.label == u"Atelier budget") {
            found = true;
            QCOMPARE(e.amount, Cents(120'050));
            QCOMPARE(e.date, m_context->today());
            QCOMPARE(e.partnerId, partnerId(u"EDUCAIR"_s));
        }
    }
    QVERIFY(found);

    // A new page reads the stored values.
    ActionsPartnersPage again(*m_context);
    QVERIFY(again.actions()->select(after.id));
    QCOMPARE(child<MoneyEdit>(again.actions(), u"budget"_s)->cents(),
             std::optional<Cents>(5'200'000));
    QCOMPARE(again.actions()->fundingLines()->table()->rowCount(), int(after.fundingLines.size()));
}

void TestAdminPages::expenseWithoutDateIsNotSaved()
{
    const Action before = storedAction(u"LAAVA"_s);
    ActionsPartnersPage page(*m_context);
    page.show();
    ActionEditor *editor = page.actions();
    QVERIFY(editor->select(before.id));
    ChildTable *expenses = editor->expenses();
    expenses->addButton()->click();
    const int row = expenses->table()->rowCount() - 1;
    typeMoney(child<MoneyEdit>(editor, u"expenses.amount"_s), u"300"_s);
    auto *date = child<DateEdit>(editor, u"expenses.date"_s);
    QVERIFY(date);
    date->lineEdit()->setFocus();
    date->lineEdit()->clear();
    QTest::keyClick(date->lineEdit(), Qt::Key_Return);
    QVERIFY(!editor->action().expenses.at(row).date.isValid());

    // The message shows under the list, on the row of the expense and under its field.
    auto *message = child<FieldMessage>(editor, u"message_expenses"_s);
    QVERIFY(!message->isHidden());
    QVERIFY(!message->text().isEmpty());
    auto *dateMessage = child<FieldMessage>(editor, u"message_expenses.date"_s);
    QVERIFY(!dateMessage->isHidden());
    QVERIFY(!expenses->table()->item(row, 0)->toolTip().isEmpty());
    // Other fields are not marked.
    QVERIFY(child<FieldMessage>(editor, u"message_expenses.amount"_s)->isHidden());

    QVERIFY(!editor->save());
    QVERIFY(editor->isModified());
    QVERIFY(!editor->statusText().isEmpty());
    QCOMPARE(storedAction(u"LAAVA"_s).expenses.size(), before.expenses.size());

    // A date given, the message goes and the save goes through.
    date->lineEdit()->setFocus();
    QTest::keyClicks(date->lineEdit(), u"15/01/2024"_s);
    QTest::keyClick(date->lineEdit(), Qt::Key_Return);
    QVERIFY(message->isHidden());
    QVERIFY(dateMessage->isHidden());
    QVERIFY(expenses->table()->item(row, 0)->toolTip().isEmpty());
    QVERIFY(editor->save());
    QCOMPARE(storedAction(u"LAAVA"_s).expenses.size(), before.expenses.size() + 1);

    // Revert drops what was not saved.
    typeMoney(child<MoneyEdit>(editor, u"budget"_s), u"1"_s);
    QVERIFY(editor->isModified());
    child<QPushButton>(editor, u"revert"_s)->click();
    QVERIFY(!editor->isModified());
    QCOMPARE(child<MoneyEdit>(editor, u"budget"_s)->cents(), std::optional<Cents>(before.budget));
}

void TestAdminPages::partnerWithANewAgreement()
{
    const Partner before = storedPartner(u"EDUCAIR"_s);
    QVERIFY(before.agreements.isEmpty());
    {
        ActionsPartnersPage page(*m_context);
        page.show();
        PartnerEditor *editor = page.partners();
        QVERIFY(editor->select(before.id));
        auto *phone = child<QLineEdit>(editor, u"phone"_s);
        phone->setFocus();
        phone->selectAll();
        QTest::keyClicks(phone, u"05 61 99 00 03"_s);
        QVERIFY(editor->isModified());

        ChildTable *agreements = editor->agreements();
        QVERIFY(!child<QLabel>(editor, u"agreementsEmpty"_s)->isHidden());
        agreements->addButton()->click();
        QVERIFY(child<QLabel>(editor, u"agreementsEmpty"_s)->isHidden());
        QCOMPARE(agreements->table()->rowCount(), 1);
        typeText(child<QLineEdit>(editor, u"agreements.reference"_s), u"CONV-2025-EDUCAIR"_s);
        typeText(child<QLineEdit>(editor, u"agreements.subject"_s), u"Médiation de voisinage"_s);
        child<QSpinBox>(editor, u"agreements.dwellingsReserved"_s)->setValue(2);
        typeMoney(child<MoneyEdit>(editor, u"agreements.amount"_s), u"8000"_s);
        QCOMPARE(agreements->table()->item(0, 0)->text(), u"CONV-2025-EDUCAIR"_s);

        // An end before the start is shown under its field and blocks the save.
        auto *end = child<DateEdit>(editor, u"agreements.endDate"_s);
        auto *endMessage = child<FieldMessage>(editor, u"message_agreements.endDate"_s);
        end->lineEdit()->setFocus();
        QTest::keyClicks(end->lineEdit(), u"01/01/2001"_s);
        QTest::keyClick(end->lineEdit(), Qt::Key_Return);
        QVERIFY(!endMessage->isHidden());
        QVERIFY(!editor->save());
        end->lineEdit()->setFocus();
        end->lineEdit()->clear();
        QTest::keyClick(end->lineEdit(), Qt::Key_Return);
        QVERIFY(endMessage->isHidden());

        QVERIFY2(editor->save(), qPrintable(editor->statusText()));
    }
    const Partner after = storedPartner(u"EDUCAIR"_s);
    QCOMPARE(after.phone, u"05 61 99 00 03"_s);
    QCOMPARE(after.agreements.size(), 1);
    const PartnerAgreement &a = after.agreements.first();
    QCOMPARE(a.reference, u"CONV-2025-EDUCAIR"_s);
    QCOMPARE(a.subject, u"Médiation de voisinage"_s);
    QCOMPARE(a.dwellingsReserved, std::optional<int>(2));
    QCOMPARE(a.amount, Cents(800'000));
    QCOMPARE(a.startDate, m_context->today());
    QVERIFY(!a.endDate.isValid());
    QCOMPARE(after.contacts, before.contacts);
}

void TestAdminPages::leavingAModifiedRecordAsks()
{
    ActionsPartnersPage page(*m_context);
    page.show();
    ActionEditor *editor = page.actions();
    QVERIFY(editor->select(actionId(u"LAAVA"_s)));
    typeMoney(child<MoneyEdit>(editor, u"budget"_s), u"1 000"_s);
    QVERIFY(editor->isModified());

    // Cancel: stays on the record, changes kept.
    bool asked = false;
    Testing::answerNextMessageBox(QMessageBox::Cancel, &asked);
    QVERIFY(!editor->select(actionId(u"RESEAU-MAINTIEN"_s)));
    QVERIFY(asked);
    QCOMPARE(editor->action().code, u"LAAVA"_s);
    QCOMPARE(editor->action().budget, Cents(100'000));
    // New asks too.
    asked = false;
    Testing::answerNextMessageBox(QMessageBox::Cancel, &asked);
    QVERIFY(!editor->startNew());
    QVERIFY(asked);
    QVERIFY(editor->isModified());
    // Closing the window asks.
    asked = false;
    Testing::answerNextMessageBox(QMessageBox::Cancel, &asked);
    QVERIFY(!page.close());
    QVERIFY(asked);
    QVERIFY(page.isVisible());

    // Discard: goes on, nothing written.
    asked = false;
    Testing::answerNextMessageBox(QMessageBox::Discard, &asked);
    QVERIFY(editor->select(actionId(u"RESEAU-MAINTIEN"_s)));
    QVERIFY(asked);
    QCOMPARE(editor->action().code, u"RESEAU-MAINTIEN"_s);
    QCOMPARE(storedAction(u"LAAVA"_s).budget, Cents(4'950'000));

    // Save from the question: written, then goes on.
    typeMoney(child<MoneyEdit>(editor, u"budget"_s), u"33 000"_s);
    asked = false;
    Testing::answerNextMessageBox(QMessageBox::Save, &asked);
    QVERIFY(editor->select(actionId(u"LAAVA"_s)));
    QVERIFY(asked);
    QCOMPARE(storedAction(u"RESEAU-MAINTIEN"_s).budget, Cents(3'300'000));
    QVERIFY(page.close());
}

void TestAdminPages::organisationAndLogo()
{
    QTemporaryDir dir;
    const QString png = dir.filePath(u"logo.png"_s);
    QImage image(120, 40, QImage::Format_ARGB32);
    image.fill(QColor(0x1f, 0x6f, 0x8b));
    QVERIFY(image.save(png, "PNG"));
    const QByteArray pngBytes = Testing::fileBytes(png);
    const QString text = dir.filePath(u"logo.svg"_s); // named like an image, but text
    {
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Habitat Garonne Solidaire\n");
    }
    {
        AdministrationPage page(*m_context);
        page.show();
        OrganisationEditor *editor = page.organisation();
        QVERIFY(!editor->organisation().logo.isEmpty()); // the demo's SVG
        auto *city = child<QLineEdit>(editor, u"city"_s);
        city->selectAll();
        QTest::keyClicks(city, u"Muret"_s);
        auto *signatory = child<QLineEdit>(editor, u"signatoryName"_s);
        signatory->selectAll();
        QTest::keyClicks(signatory, u"Marc DELMAS"_s);

        QVERIFY(editor->setLogoFile(png));
        QCOMPARE(editor->organisation().logo, pngBytes);
        QVERIFY(!child<QLabel>(editor, u"logoPreview"_s)->pixmap().isNull());
        QVERIFY(child<FieldMessage>(editor, u"message_logo"_s)->isHidden());

        // A text file is refused, with a message; the chosen logo stays.
        QVERIFY(!editor->setLogoFile(text));
        QVERIFY(!child<FieldMessage>(editor, u"message_logo"_s)->isHidden());
        QVERIFY(!child<FieldMessage>(editor, u"message_logo"_s)->text().isEmpty());
        QCOMPARE(editor->organisation().logo, pngBytes);

        // A bad postal code is shown beside its field and blocks the save.
        auto *postalCode = child<QLineEdit>(editor, u"postalCode"_s);
        postalCode->selectAll();
        QTest::keyClicks(postalCode, u"3160"_s);
        QVERIFY(!child<FieldMessage>(editor, u"message_postalCode"_s)->isHidden());
        QVERIFY(!editor->save());
        QTest::keyClicks(postalCode, u"0"_s);
        QVERIFY(child<FieldMessage>(editor, u"message_postalCode"_s)->isHidden());
        QVERIFY2(editor->save(), qPrintable(editor->statusText()));
    }
    Organisation stored = *OrganisationRepository(m_test->db()).get();
    QCOMPARE(stored.city, u"Muret"_s);
    QCOMPARE(stored.postalCode, u"31600"_s);
    QCOMPARE(stored.signatoryName, u"Marc DELMAS"_s);
    QCOMPARE(stored.logo, pngBytes);
    QCOMPARE(stored.logoMimeType, u"image/png"_s);

    // Read back, then the logo removed.
    AdministrationPage page(*m_context);
    OrganisationEditor *editor = page.organisation();
    QCOMPARE(editor->organisation(), stored);
    QVERIFY(!child<QLabel>(editor, u"logoPreview"_s)->pixmap().isNull());
    child<QPushButton>(editor, u"removeLogo"_s)->click();
    QVERIFY(editor->isModified());
    QVERIFY(child<QLabel>(editor, u"logoPreview"_s)->pixmap().isNull());
    QVERIFY(!child<QPushButton>(editor, u"removeLogo"_s)->isEnabled());
    QVERIFY(editor->save());
    stored = *OrganisationRepository(m_test->db()).get();
    QVERIFY(stored.logo.isEmpty());
    QVERIFY(stored.logoMimeType.isEmpty());
}

void TestAdminPages::referenceLists()
{
    AdministrationPage page(*m_context);
    ActionsPartnersPage actions(*m_context);
    page.show();
    ReferenceListsEditor *editor = page.referenceLists();
    auto *code = child<QLineEdit>(editor, u"newEntryCode"_s);
    auto *label = child<QLineEdit>(editor, u"newEntryLabel"_s);
    auto *add = child<QPushButton>(editor, u"addEntry"_s);
    auto *message = child<FieldMessage>(editor, u"message_newEntry"_s);
    auto *undo = child<QToolButton>(editor, u"undo"_s);
    auto *redo = child<QToolButton>(editor, u"redo"_s);
    const auto storedLabel = [this](const QString &code) {
        auto catalog = ReferenceRepository(m_test->db()).catalog();
        return catalog && catalog->contains(ReferenceList::PartnerField, code)
                   ? catalog->label(ReferenceList::PartnerField, code)
                   : QString();
    };
    const auto storedActive = [this](const QString &code) {
        bool active = false;
        for (const ReferenceItem &item :
             ReferenceRepository(m_test->db()).catalog()->items(ReferenceList::PartnerField))
            active = active || item.code == code;
        return active;
    };

    // An extensible list: the entry added is an edit of the list, stored once saved.
    editor->showList(ReferenceList::PartnerField);
    QCOMPARE(editor->currentList(), ReferenceList::PartnerField);
    QVERIFY(add->isEnabled());
    QVERIFY(!undo->isEnabled());
    const int before = editor->entries()->rowCount();
    QTest::keyClicks(code, u"logement_jeunes"_s);
    QTest::keyClicks(label, u"Logement des jeunes"_s);
    add->click();
    QVERIFY(message->isHidden());
    QCOMPARE(editor->entries()->rowCount(), before + 1);
    QVERIFY(editor->isModified());
    QVERIFY(storedLabel(u"logement_jeunes"_s).isEmpty()); // not yet stored
    undo->click();
    QCOMPARE(editor->entries()->rowCount(), before);
    QVERIFY(!editor->isModified());
    redo->click();
    QCOMPARE(editor->entries()->rowCount(), before + 1);
    QVERIFY(storedLabel(u"logement_jeunes"_s).isEmpty());
    QVERIFY2(editor->save(), qPrintable(editor->statusText()));
    QVERIFY(!editor->isModified());
    QCOMPARE(storedLabel(u"logement_jeunes"_s), u"Logement des jeunes"_s);
    actions.refresh();
    auto *fields = child<CodeChecklist>(actions.partners(), u"fields"_s);
    bool offered = false;
    for (int i = 0; i < fields->count(); ++i)
        offered = offered || fields->item(i)->data(Qt::UserRole) == u"logement_jeunes"_s;
    QVERIFY(offered);

    // The same code again is refused, with the reason beside the fields.
    QTest::keyClicks(code, u"logement_jeunes"_s);
    label->setText(u"Autre libellé"_s);
    QVERIFY(!editor->addEntry());
    QVERIFY(!message->isHidden());
    QVERIFY(!editor->isModified());

    // An added entry is renamed in the field under the list (the cells are read-only) and
    // hidden; each is a step, stored once saved. A built-in entry can be neither.
    code->clear();
    label->clear();
    int added = -1;
    for (int row = 0; row < editor->entries()->rowCount(); ++row) {
        if (editor->entries()->item(row, 0)->text() == u"logement_jeunes")
            added = row;
    }
    QVERIFY(added >= 0);
    editor->entries()->setCurrentCell(added, 0);
    QVERIFY(!(editor->entries()->item(added, 1)->flags() & Qt::ItemIsEditable));
    auto *toggle = child<QPushButton>(editor, u"toggleEntry"_s);
    auto *rename = child<QLineEdit>(editor, u"entryLabel"_s);
    QVERIFY(toggle->isEnabled());
    QVERIFY(rename->isEnabled());
    QCOMPARE(rename->text(), u"Logement des jeunes"_s);
    rename->setFocus();
    rename->end(false);
    QTest::keyClicks(rename, u" actifs"_s);
    QCOMPARE(editor->entries()->item(added, 1)->text(), u"Logement des jeunes actifs"_s);
    toggle->click();
    QCOMPARE(storedLabel(u"logement_jeunes"_s), u"Logement des jeunes"_s);
    QVERIFY(storedActive(u"logement_jeunes"_s));
    undo->click(); // shown again
    QVERIFY(editor->edited().entries.at(added).active);
    undo->click(); // the whole label typed, one step
    QCOMPARE(rename->text(), u"Logement des jeunes"_s);
    QVERIFY(!editor->isModified());
    redo->click();
    redo->click();
    QCOMPARE(rename->text(), u"Logement des jeunes actifs"_s);
    QVERIFY(!editor->edited().entries.at(added).active);
    QVERIFY2(editor->save(), qPrintable(editor->statusText()));
    QCOMPARE(storedLabel(u"logement_jeunes"_s), u"Logement des jeunes actifs"_s);
    QVERIFY(!storedActive(u"logement_jeunes"_s));
    editor->entries()->setCurrentCell(0, 0);
    QVERIFY(!(editor->entries()->item(0, 1)->flags() & Qt::ItemIsEditable));
    QVERIFY(!toggle->isEnabled());
    QVERIFY(!rename->isEnabled());
    QVERIFY(!editor->toggleEntry());
    QVERIFY(!editor->isModified());

    // Leaving a modified list asks; « Cancel » stays on it, « Discard » drops the change.
    QTest::keyClicks(code, u"foyer_jeunes"_s);
    QTest::keyClicks(label, u"Foyer de jeunes"_s);
    QVERIFY(editor->addEntry());
    bool asked = false;
    Testing::answerNextMessageBox(QMessageBox::Cancel, &asked);
    editor->showList(ReferenceList::Typology);
    QVERIFY(asked);
    QCOMPARE(editor->currentList(), ReferenceList::PartnerField);
    QVERIFY(editor->isModified());
    auto *lists = child<QListWidget>(editor, u"referenceLists"_s);
    QTRY_COMPARE(lists->currentItem()->data(Qt::UserRole).toInt(),
                 int(ReferenceList::PartnerField)); // the list chosen again
    asked = false;
    Testing::answerNextMessageBox(QMessageBox::Discard, &asked);
    editor->showList(ReferenceList::Typology);
    QVERIFY(asked);
    QVERIFY(!editor->isModified());
    QVERIFY(storedLabel(u"foyer_jeunes"_s).isEmpty());

    // A fixed list: nothing can be added; the attempt is refused with a message.
    QCOMPARE(editor->currentList(), ReferenceList::Typology);
    QVERIFY(!add->isEnabled());
    code->setText(u"t7"_s);
    label->setText(u"T7"_s);
    QVERIFY(!editor->addEntry());
    QVERIFY(!message->isHidden());
    QVERIFY(!editor->isModified());
    auto catalog = ReferenceRepository(m_test->db()).catalog();
    QVERIFY(!catalog->contains(ReferenceList::Typology, u"t7"_s));
}

void TestAdminPages::addAnAgency()
{
    AdministrationPage page(*m_context);
    page.show();
    AgencyEditor *editor = page.agencies();
    QVERIFY(editor->startNew());
    QCOMPARE(editor->agency().id, Id(0));
    auto *code = child<QLineEdit>(editor, u"code"_s);
    QTest::keyClicks(code, u"COLO MIERS"_s); // a space is not allowed in a code
    QTest::keyClicks(child<QLineEdit>(editor, u"name"_s), u"Agence de Colomiers"_s);
    QTest::keyClicks(child<QLineEdit>(editor, u"territory"_s), u"Colomiers, Tournefeuille"_s);
    QVERIFY(!child<FieldMessage>(editor, u"message_code"_s)->isHidden());
    QVERIFY(!editor->save());
    code->clear();
    QTest::keyClicks(code, u"COLOMIERS"_s);
    QVERIFY(child<FieldMessage>(editor, u"message_code"_s)->isHidden());
    QVERIFY2(editor->save(), qPrintable(editor->statusText()));
    QVERIFY(editor->agency().id > 0);
    QCOMPARE(editor->list()->rowCount(), Demo::expectedCounts().agencies + 1);
    QCOMPARE(editor->list()->item(editor->list()->currentRow(), 0)->text(), u"COLOMIERS"_s);
    auto stored = AgencyRepository(m_test->db()).findByCode(u"COLOMIERS"_s);
    QVERIFY(stored && stored->has_value());
    QCOMPARE((*stored)->name, u"Agence de Colomiers"_s);
    QCOMPARE((*stored)->territory, u"Colomiers, Tournefeuille"_s);
    QVERIFY((*stored)->active);

    // A code already used is refused by the repository, and said.
    QVERIFY(editor->startNew());
    QTest::keyClicks(code, u"MURET"_s);
    QTest::keyClicks(child<QLineEdit>(editor, u"name"_s), u"Doublon"_s);
    QVERIFY(!editor->save());
    QVERIFY(!editor->statusText().isEmpty());
    QVERIFY(editor->isModified());
    editor->revert();
}

void TestAdminPages::editAUser()
{
    AdministrationPage page(*m_context);
    page.show();
    UserEditor *editor = page.users();
    auto found = UserRepository(m_test->db()).findByCode(u"cfabre"_s);
    QVERIFY(found && found->has_value());
    QVERIFY(editor->select((*found)->id));
    // A CESF advisor belongs to an agency: removing it is shown and not saved.
    auto *agency = child<RecordCombo>(editor, u"agencyId"_s);
    agency->setCurrentIndex(0);
    Q_EMIT agency->activated(0);
    QVERIFY(!child<FieldMessage>(editor, u"message_agencyId"_s)->isHidden());
    QVERIFY(!editor->save());
    editor->revert();
    auto *phone = child<QLineEdit>(editor, u"phone"_s);
    QTest::keyClicks(phone, u"06 12 34 56 78"_s);
    child<QCheckBox>(editor, u"active"_s)->setChecked(false);
    QVERIFY(editor->save());
    const User stored = *UserRepository(m_test->db()).get((*found)->id);
    QCOMPARE(stored.phone, u"06 12 34 56 78"_s);
    QVERIFY(!stored.active);
    QCOMPARE(stored.agencyId, (*found)->agencyId);
    QCOMPARE(stored.createdAt, (*found)->createdAt);
}

void TestAdminPages::editsUndoAndRedo()
{
    // The administration's records are edited as the household file is: each field typed is
    // one step, undone and redone with the buttons (Ctrl+Z / Ctrl+Shift+Z), « modified » until
    // the record is back as saved; going back to the saved record can itself be undone.
    const Partner before = storedPartner(u"EDUCAIR"_s);
    ActionsPartnersPage page(*m_context);
    page.show();
    PartnerEditor *editor = page.partners();
    QVERIFY(editor->select(before.id));
    auto *undo = child<QToolButton>(editor, u"undo"_s);
    auto *redo = child<QToolButton>(editor, u"redo"_s);
    QVERIFY(!undo->isEnabled());
    auto *phone = child<QLineEdit>(editor, u"phone"_s);
    phone->setFocus();
    phone->selectAll();
    QTest::keyClicks(phone, u"05 61 99 00 03"_s);
    auto *email = child<QLineEdit>(editor, u"email"_s);
    email->setFocus();
    email->selectAll();
    QTest::keyClicks(email, u"contact@educair.fr"_s);
    auto *active = child<QCheckBox>(editor, u"active"_s);
    QTest::mouseClick(active, Qt::LeftButton); // the focus goes to the box
    QVERIFY(editor->isModified());
    QVERIFY(undo->isEnabled());

    undo->click(); // the box ticked
    QCOMPARE(active->isChecked(), before.active);
    QCOMPARE(editor->partner().active, before.active);
    undo->click(); // the whole e-mail typed, one step
    QCOMPARE(email->text(), before.email);
    QCOMPARE(editor->partner().email, before.email);
    QCOMPARE(phone->text(), u"05 61 99 00 03"_s);
    undo->click();
    QCOMPARE(phone->text(), before.phone);
    QVERIFY(!editor->isModified());
    QVERIFY(!child<QLabel>(editor, u"modifiedIndicator"_s)->isVisibleTo(editor));
    QVERIFY(!undo->isEnabled());
    redo->click();
    redo->click();
    QCOMPARE(email->text(), u"contact@educair.fr"_s);
    QVERIFY(editor->isModified());

    // « Abandonner les modifications » goes back to the saved partner, and can be undone.
    child<QPushButton>(editor, u"revert"_s)->click();
    QCOMPARE(editor->partner(), before);
    QVERIFY(!editor->isModified());
    undo->click();
    QCOMPARE(email->text(), u"contact@educair.fr"_s);
    QVERIFY(editor->save());
    QCOMPARE(storedPartner(u"EDUCAIR"_s).email, u"contact@educair.fr"_s);
    QVERIFY(!undo->isEnabled()); // saved: the history starts again
}

QTEST_MAIN(TestAdminPages)
#include "tst_adminpages.moc"
