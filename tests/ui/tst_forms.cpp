// The binding layer every form uses (ui/forms): a field shows its record's value, each change
// the user makes is one undoable step of the edited document (keystrokes in one field make
// one step), filling the form is never an edit, an undo shows again in the field; a list of
// records follows the row chosen, edits and removes the record chosen, and keeps its order.
#include "editing/EditDocument.h"
#include "forms/RecordList.h"
#include "forms/TabForms.h"
#include "widgets/FormWidgets.h"

#include <QApplication>
#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using namespace Passerelle::Ui;

namespace {

struct Item
{
    Id id = 0;
    QString name;
    QDate date;
    bool done = false;
    bool operator==(const Item &) const = default;
};

struct Folder
{
    QString title;
    QList<Item> items;
    bool operator==(const Folder &) const = default;
};

void sortByDate(QList<Item> &items)
{
    std::stable_sort(items.begin(), items.end(),
                     [](const Item &a, const Item &b) { return a.date < b.date; });
}

} // namespace

class TestForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldsShowAndEditTheRecord();
    void keystrokesMakeOneStepWhenLive();
    void recordListFollowsTheRowChosen();
    void unreadValuesAreNamed();
    void watchedMessageKeepsItsRoom();
};

void TestForms::fieldsShowAndEditTheRecord()
{
    EditDocument<Folder> doc;
    doc.reset(Folder{u"Dossier"_s, {}});
    QWidget form;
    auto *title = new QLineEdit(&form);
    title->setObjectName(u"title"_s);
    Forms::Binder<Folder> binder(
        &form, [&doc] { return &doc.edited(); },
        [&doc](const auto &...edit) { doc.edit(edit...); });
    binder.bind(title, &Folder::title, u"Changer le titre"_s);
    binder.refresh();
    QCOMPARE(title->text(), u"Dossier"_s);
    QCOMPARE(doc.undoStack()->count(), 0); // filling is not an edit

    // Committed when the field is left (or Enter), trimmed, as one step named for the menu.
    title->setText(u"  Nouveau titre "_s);
    Q_EMIT title->editingFinished();
    QCOMPARE(doc.edited().title, u"Nouveau titre"_s);
    QCOMPARE(doc.undoStack()->undoText(), u"Changer le titre"_s);
    QVERIFY(doc.isModified());
    doc.undoStack()->undo();
    binder.refresh();
    QCOMPARE(title->text(), u"Dossier"_s);
    QVERIFY(!doc.isModified());

    // Rules' messages show under their field, named after it.
    auto *message = binder.message(u"title"_s, title);
    QCOMPARE(message->objectName(), u"message_title"_s);
    binder.showProblems({{u"title"_s, u"Le titre est obligatoire."_s}});
    QCOMPARE(message->text(), u"Le titre est obligatoire."_s);
    binder.showProblems({});
    QVERIFY(message->text().isEmpty());
}

void TestForms::keystrokesMakeOneStepWhenLive()
{
    EditDocument<Item> doc;
    doc.reset(Item{1, u"a"_s, {}, false});
    QWidget form;
    auto *name = new QLineEdit(&form);
    name->setObjectName(u"name"_s);
    auto *done = new QCheckBox(&form);
    done->setObjectName(u"done"_s);
    Forms::Binder<Item> binder(
        &form, [&doc] { return &doc.edited(); },
        [&doc](const auto &...edit) { doc.edit(edit...); },
        Forms::Commit::Live);
    binder.bind(name, &Item::name, u"Changer le nom"_s);
    binder.bind(done, &Item::done, u"Cocher"_s);
    binder.refresh();
    name->end(false);
    QTest::keyClicks(name, u"bcd"_s);
    QCOMPARE(doc.edited().name, u"abcd"_s);
    QCOMPARE(doc.undoStack()->count(), 1);
    done->setChecked(true);
    QVERIFY(doc.edited().done);
    QCOMPARE(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    binder.refresh();
    QCOMPARE(name->text(), u"a"_s);
    QVERIFY(!done->isChecked());
    QCOMPARE(doc.undoStack()->count(), 2); // still there to redo
}

void TestForms::recordListFollowsTheRowChosen()
{
    EditDocument<Folder> doc;
    doc.reset(Folder{u"Dossier"_s,
                     {Item{1, u"un"_s, QDate(2026, 1, 1), false},
                      Item{2, u"deux"_s, QDate(2026, 2, 1), false}}});
    QWidget tab;
    auto *table = new QTableWidget(0, 1, &tab);
    auto *date = new DateEdit(&tab);
    date->setObjectName(u"itemDate"_s);
    Forms::RecordList<Folder, Item> list(
        &tab, doc, [](Folder &f) -> QList<Item> & { return f.items; }, sortByDate);
    list.form().bind(date, &Item::date, u"Changer la date"_s);
    const auto fill = [&] {
        const QSignalBlocker blocker(table);
        table->setRowCount(int(list.all().size()));
        for (int row = 0; row < list.all().size(); ++row) {
            TabForms::setCell(table, row, 0, list.all().at(row).name);
            TabForms::setRowId(table, row, list.all().at(row).id);
        }
    };
    int shown = 0;
    list.follow(table, &tab, [&] {
        ++shown;
        list.form().refresh();
    });
    fill();
    table->setCurrentCell(1, 0);
    QCOMPARE(list.currentId(), Id(2));
    QCOMPARE(shown, 1);
    QCOMPARE(date->date(), QDate(2026, 2, 1));

    // The record chosen is found again by its id: a new date moves it, it stays chosen.
    Q_EMIT date->dateEdited(QDate(2025, 12, 1));
    QCOMPARE(doc.edited().items.first().id, Id(2));
    QCOMPARE(doc.edited().items.first().date, QDate(2025, 12, 1));
    QCOMPARE(list.current()->name, u"deux"_s);
    // Removing it is one step; undone, it comes back in its place.
    list.remove(u"Retirer"_s);
    QCOMPARE(doc.edited().items.size(), 1);
    QVERIFY(!list.current());
    doc.undoStack()->undo();
    QCOMPARE(list.current()->date, QDate(2025, 12, 1));
    // With no record chosen, the fields send nothing.
    list.setCurrentId(0);
    list.form().refresh();
    QVERIFY(!date->date().isValid());
    const int steps = doc.undoStack()->count();
    Q_EMIT date->dateEdited(QDate(2026, 3, 1));
    QCOMPARE(doc.undoStack()->count(), steps);
}

void TestForms::unreadValuesAreNamed()
{
    QWidget root;
    auto *form = new QFormLayout(&root);
    auto *date = new DateEdit(&root);
    auto *amount = new MoneyEdit(&root);
    auto *off = new DateEdit(&root);
    auto *fine = new DateEdit(&root);
    form->addRow(u"&Date d'entrée :"_s, date);
    form->addRow(u"Montant :"_s, amount);
    form->addRow(u"Inactif :"_s, off);
    form->addRow(u"Juste :"_s, fine);
    QCOMPARE(TabForms::unreadValues(&root).size(), 0);
    date->lineEdit()->setText(u"32/01/2020"_s);
    amount->setText(u"12,3,4"_s);
    off->lineEdit()->setText(u"demain"_s);
    off->setEnabled(false); // a field the user may not change is not theirs to correct
    fine->lineEdit()->setText(u"29/02/2024"_s);
    QVERIFY(!date->isAcceptable());
    QVERIFY(!amount->isAcceptable());
    QVERIFY(fine->isAcceptable());
    QVERIFY(fine->problem().isEmpty());
    // Written as a date but not one of the calendar, or not written as a date: said apart.
    QVERIFY2(date->problem().contains(u"does not exist"_s), qPrintable(date->problem()));
    QVERIFY2(off->problem().contains(u"dd/mm/yyyy"_s), qPrintable(off->problem()));
    // An amount as the field writes it reads back, whatever the language of the interface.
    for (const QLocale &locale : {QLocale(QLocale::English), QLocale(QLocale::French)}) {
        QLocale::setDefault(locale);
        for (const Cents c : {Cents(0), Cents(5), Cents(120'050), Cents(5'200'000), Cents(-123'456)})
            QCOMPARE(MoneyEdit::parse(MoneyEdit::format(c)), std::optional<Cents>(c));
    }
    QLocale::setDefault(QLocale::c());
    QCOMPARE(MoneyEdit::parse(u"1 234,5"_s), std::optional<Cents>(123'450));
    const auto unread = TabForms::unreadValues(&root);
    QCOMPARE(unread.size(), 2);
    QCOMPARE(unread.at(0).field, date);
    QVERIFY2(unread.at(0).message.startsWith(u"Date d'entrée\u00a0: "_s)
                     && unread.at(0).message.contains(u"32/01/2020"_s),
             qPrintable(unread.at(0).message));
    QCOMPARE(unread.at(1).field, amount);
    QVERIFY2(unread.at(1).message.startsWith(u"Montant\u00a0: "_s)
                     && unread.at(1).message.contains(u"12,3,4"_s),
             qPrintable(unread.at(1).message));
}

void TestForms::watchedMessageKeepsItsRoom()
{
    QWidget root;
    auto *form = new QFormLayout(&root);
    auto *name = new QLineEdit(&root);
    auto *next = new QLineEdit(&root);
    auto *message = new FieldMessage(&root);
    form->addRow(u"Nom :"_s, TabForms::withMessage(name, message, &root));
    form->addRow(u"Suite :"_s, next);
    root.resize(400, 300);
    root.show();
    QVERIFY(QTest::qWaitForWindowExposed(&root));
    const int without = next->mapTo(&root, QPoint()).y();
    message->setMessage(u"Le nom est obligatoire."_s);
    QTest::qWait(20);
    const int with = next->mapTo(&root, QPoint()).y();
    QVERIFY(with > without);
    // Typed in, the message turns grey in place.
    QTest::keyClicks(name, u"Du"_s);
    QVERIFY(message->isStale());
    QCOMPARE(message->message(), u"Le nom est obligatoire."_s);
    // Cleared, it keeps its room; released, the room goes.
    message->setMessage({});
    QTest::qWait(20);
    QVERIFY(!message->isStale());
    QVERIFY(message->message().isEmpty());
    QCOMPARE(next->mapTo(&root, QPoint()).y(), with);
    FieldMessage::releaseRooms(&root);
    QTest::qWait(20);
    QCOMPARE(next->mapTo(&root, QPoint()).y(), without);
    // A message that watches no field (a dialog's) clears without keeping any room.
    auto *plain = new FieldMessage(&root);
    form->addRow(plain);
    plain->setMessage(u"Erreur"_s);
    QTest::qWait(20);
    plain->setMessage({});
    QVERIFY(plain->text().isEmpty());
    QVERIFY(!plain->sizePolicy().retainSizeWhenHidden());
}

QTEST_MAIN(TestForms)
#include "tst_forms.moc"
