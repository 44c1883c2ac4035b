// The one edit document every editor uses (household file, committee, administration
// records): snapshot steps, keystrokes of one field merged into one step, a step that cancels
// out disappears, "modified" is the record differing from the one saved, going back to it can
// be undone.
#include "editing/EditDocument.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;

namespace {
struct Record
{
    QString name;
    int count = 0;
    bool operator==(const Record &) const = default;
};
} // namespace

class TestEditDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsAreStepsUntilSaved();
    void keystrokesOfOneFieldMakeOneStep();
    void aStepThatCancelsOutDisappears();
    void newRecordIsModifiedUntilSaved();
    void revertIsAStepThatCanBeUndone();
    void discardDropsTheChanges();
    void typingAValueBackLeavesNothingToSave();
};

void TestEditDocument::editsAreStepsUntilSaved()
{
    EditDocument<Record> doc;
    doc.reset(Record{u"a"_s, 1});
    QVERIFY(!doc.isModified());
    QSignalSpy modified(&doc, &EditHistory::modifiedChanged);
    QSignalSpy changed(&doc, &EditHistory::changed);
    doc.edit(u"Nom"_s, [](Record &r) { r.name = u"b"_s; });
    doc.edit(u"Rien"_s, [](Record &r) { r.name = u"b"_s; }); // changes nothing: no step
    doc.edit(u"Nombre"_s, [](Record &r) { r.count = 2; });
    QCOMPARE(doc.undoStack()->count(), 2);
    QCOMPARE(doc.undoStack()->undoText(), u"Nombre"_s);
    QVERIFY(doc.isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(doc.stored(), (Record{u"a"_s, 1}));
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(doc.edited(), (Record{u"a"_s, 1}));
    QVERIFY(!doc.isModified());
    doc.undoStack()->redo();
    QCOMPARE(doc.edited().name, u"b"_s);
    // Saving: what was written becomes the stored record, the history starts again.
    doc.reset(doc.edited());
    QVERIFY(!doc.isModified());
    QVERIFY(!doc.undoStack()->canUndo());
    QCOMPARE(doc.stored().name, u"b"_s);
}

void TestEditDocument::keystrokesOfOneFieldMakeOneStep()
{
    EditDocument<Record> doc;
    doc.reset(Record{});
    for (const QString &typed : {u"D"_s, u"Du"_s, u"Dup"_s})
        doc.edit(u"Nom"_s, [typed](Record &r) { r.name = typed; }, u"name"_s);
    QCOMPARE(doc.undoStack()->count(), 1);
    // Another field starts another step, and so does coming back to the first one.
    doc.edit(u"Nombre"_s, [](Record &r) { r.count = 3; }, u"count"_s);
    doc.edit(u"Nom"_s, [](Record &r) { r.name = u"Dupont"_s; }, u"name"_s);
    QCOMPARE(doc.undoStack()->count(), 3);
    doc.undoStack()->undo();
    QCOMPARE(doc.edited().name, u"Dup"_s);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(doc.edited(), Record{});
    // Edits without a key never merge.
    doc.edit(u"A"_s, [](Record &r) { r.count = 1; });
    doc.edit(u"B"_s, [](Record &r) { r.count = 2; });
    QCOMPARE(doc.undoStack()->count(), 2);
}

void TestEditDocument::aStepThatCancelsOutDisappears()
{
    EditDocument<Record> doc;
    doc.reset(Record{u"x"_s, 0});
    doc.edit(u"Nom"_s, [](Record &r) { r.name = u"xy"_s; }, u"name"_s);
    doc.edit(u"Nom"_s, [](Record &r) { r.name = u"x"_s; }, u"name"_s);
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(!doc.isModified());
    // Keystrokes never merge across the saved point.
    doc.edit(u"Nom"_s, [](Record &r) { r.name = u"a"_s; }, u"name"_s);
    doc.undoStack()->setClean();
    doc.edit(u"Nom"_s, [](Record &r) { r.name = u"ab"_s; }, u"name"_s);
    QCOMPARE(doc.undoStack()->count(), 2);
}

void TestEditDocument::newRecordIsModifiedUntilSaved()
{
    EditDocument<Record> doc;
    QSignalSpy modified(&doc, &EditHistory::modifiedChanged);
    doc.startNew(Record{u"nouveau"_s, 0});
    QVERIFY(doc.isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.last().first().toBool(), true);
    doc.edit(u"Nom"_s, [](Record &r) { r.name = u"n"_s; });
    doc.undoStack()->undo();
    QVERIFY(doc.isModified()); // back to the start is not the saved record
    doc.reset(doc.edited());
    QVERIFY(!doc.isModified());
    QCOMPARE(modified.last().first().toBool(), false);
}

void TestEditDocument::revertIsAStepThatCanBeUndone()
{
    EditDocument<Record> doc;
    doc.reset(Record{u"a"_s, 1});
    doc.edit(u"Nom"_s, [](Record &r) { r.name = u"b"_s; });
    doc.edit(u"Nombre"_s, [](Record &r) { r.count = 5; });
    QSignalSpy modified(&doc, &EditHistory::modifiedChanged);
    doc.revert(u"Abandonner les modifications"_s);
    QCOMPARE(doc.edited(), (Record{u"a"_s, 1}));
    QVERIFY(!doc.isModified());
    QCOMPARE(modified.count(), 1);
    doc.undoStack()->undo();
    QCOMPARE(doc.edited(), (Record{u"b"_s, 5}));
    QVERIFY(doc.isModified());
}

void TestEditDocument::discardDropsTheChanges()
{
    EditDocument<Record> doc;
    doc.reset(Record{u"a"_s, 1});
    doc.edit(u"Nom"_s, [](Record &r) { r.name = u"b"_s; });
    QSignalSpy changed(&doc, &EditHistory::changed);
    doc.discard();
    QCOMPARE(doc.edited(), (Record{u"a"_s, 1}));
    QVERIFY(!doc.isModified());
    QVERIFY(!doc.undoStack()->canUndo());
    QCOMPARE(changed.count(), 1);
}

void TestEditDocument::typingAValueBackLeavesNothingToSave()
{
    EditDocument<Record> doc;
    doc.reset(Record{u"a"_s, 1});
    doc.edit(u"Nombre"_s, [](Record &r) { r.count = 2; });
    doc.edit(u"Nombre"_s, [](Record &r) { r.count = 1; });
    QVERIFY(!doc.isModified());
    QCOMPARE(doc.undoStack()->count(), 2);
}

QTEST_GUILESS_MAIN(TestEditDocument)
#include "tst_editdocument.moc"
