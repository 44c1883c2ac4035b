// The binding layer every form uses (ui/forms): a field shows its record's value, each change
// the user makes is one undoable step of the edited document (keystrokes in one field make
// one step), filling the form is never an edit, an undo shows again in the field; a list of
// records follows the row chosen, edits and removes the record chosen, and keeps its order.
#include "editing/EditDocument.h"
#include "forms/RecordList.h"
#include "widgets/FormWidgets.h"

#include <QApplication>
#include <QCheckBox>
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

QTEST_MAIN(TestForms)
#include "tst_forms.moc"
