// The list of the fields a template may use, as the template editor shows it: every name of a
// document's vocabulary once, top-level names by name, each list followed by the fields of its
// items; the text to write for each; a value for a chosen household; a compile error's line.
#include "TestChecks.h"
#include "documents/CommitteeAgendaDocument.h"
#include "documents/ContractDocument.h"
#include "documents/ConvocationDocument.h"
#include "documents/TemplateFields.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;

class TestTemplateFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyNameOnceListItemsAfterTheirList_data();
    void everyNameOnceListItemsAfterTheirList();
    void usageIsWhatToWrite();
    void sampleValues();
    void compileErrorGivesItsLine();
    void shippedTemplatesCompile();
};

void TestTemplateFields::everyNameOnceListItemsAfterTheirList_data()
{
    QTest::addColumn<int>("document");
    QTest::newRow("contract") << 0;
    QTest::newRow("convocation") << 1;
    QTest::newRow("agenda") << 2;
}

namespace {

const Vocabulary &vocabularyOf(int document)
{
    switch (document) {
    case 0:
        return ContractDocument::vocabulary();
    case 1:
        return ConvocationDocument::vocabulary();
    default:
        return CommitteeAgendaDocument::vocabulary();
    }
}

/// Checks the rows from `index` on against `vocabulary` (the names written inside `path`);
/// returns the index after them.
qsizetype checkLevel(const QList<TemplateFields::Row> &rows, qsizetype index,
                     const Vocabulary &vocabulary, const QStringList &path, bool &ok)
{
    QStringList names = vocabulary.names();
    std::sort(names.begin(), names.end());
    for (const QString &name : std::as_const(names)) {
        if (index >= rows.size() || rows.at(index).name != name
            || rows.at(index).listPath != path) {
            qWarning("expected %s inside [%s] at row %d", qPrintable(name),
                     qPrintable(path.join(u'/')), int(index));
            ok = false;
            return index;
        }
        const TemplateFields::Row &row = rows.at(index);
        if (row.parentList != (path.isEmpty() ? QString() : path.last())) {
            ok = false;
            return index;
        }
        ++index;
        const Vocabulary::Entry *entry = vocabulary.find(name);
        if (entry->kind == Vocabulary::Kind::List) {
            if (row.kind != TemplateFields::Kind::List) {
                ok = false;
                return index;
            }
            index = checkLevel(rows, index, *entry->item, path + QStringList{name}, ok);
            if (!ok)
                return index;
        }
    }
    return index;
}

} // namespace

void TestTemplateFields::everyNameOnceListItemsAfterTheirList()
{
    QFETCH(int, document);
    const Vocabulary &vocabulary = vocabularyOf(document);
    const QList<TemplateFields::Row> rows = TemplateFields::rows(vocabulary);

    // Each top-level name once.
    QStringList topLevel;
    for (const TemplateFields::Row &row : rows) {
        if (row.parentList.isEmpty())
            topLevel << row.name;
    }
    QStringList expected = vocabulary.names();
    std::sort(expected.begin(), expected.end());
    QCOMPARE(topLevel, expected);
    QCOMPARE(QSet<QString>(topLevel.cbegin(), topLevel.cend()).size(), topLevel.size());

    // In order, each list directly followed by the fields of its items (and theirs).
    bool ok = true;
    const qsizetype end = checkLevel(rows, 0, vocabulary, {}, ok);
    QVERIFY(ok);
    QCOMPARE(end, rows.size());
}

void TestTemplateFields::usageIsWhatToWrite()
{
    const QList<TemplateFields::Row> rows = TemplateFields::rows(ContractDocument::vocabulary());
    auto rowOf = [&rows](const QString &name, const QString &list) {
        for (const TemplateFields::Row &row : rows) {
            if (row.name == name && row.parentList == list)
                return row;
        }
        return TemplateFields::Row{};
    };
    const TemplateFields::Row reference = rowOf(u"household.reference"_s, {});
    QCOMPARE(reference.kind, TemplateFields::Kind::Field);
    QCOMPARE(reference.usage, u"{{household.reference}}"_s);
    const TemplateFields::Row glissant = rowOf(u"bail_glissant"_s, {});
    QCOMPARE(glissant.kind, TemplateFields::Kind::Flag);
    QCOMPARE(glissant.usage, u"{{#bail_glissant}}…{{/bail_glissant}}"_s);
    const TemplateFields::Row axes = rowOf(u"axes"_s, {});
    QCOMPARE(axes.kind, TemplateFields::Kind::List);
    QCOMPARE(axes.usage, u"{{#axes}}…{{/axes}}"_s);
    // A list inside the items of a list, and the fields of its own items.
    const TemplateFields::Row objectives = rowOf(u"objectives"_s, u"axes"_s);
    QCOMPARE(objectives.kind, TemplateFields::Kind::List);
    const TemplateFields::Row title = rowOf(u"title"_s, u"objectives"_s);
    QCOMPARE(title.listPath, (QStringList{u"axes"_s, u"objectives"_s}));
    QCOMPARE(title.usage, u"{{title}}"_s);
    // The usage written between the list's tags compiles.
    QVERIFY_OK(Template::compile(u"{{#axes}}{{label}}{{#objectives}}{{title}}{{/objectives}}"
                                 u"{{/axes}}"_s,
                                 u"t.html"_s, ContractDocument::vocabulary()));
}

void TestTemplateFields::sampleValues()
{
    TemplateData item;
    item.set(u"title"_s, u"Trouver un emploi"_s);
    TemplateData group;
    group.set(u"label"_s, u"Insertion"_s);
    group.setList(u"objectives"_s, {item});
    TemplateData data;
    data.set(u"household.reference"_s, u"HH-2023-02"_s);
    data.setFlag(u"bail_glissant"_s, true);
    data.setFlag(u"has_lease"_s, false);
    data.setList(u"axes"_s, {group, group});
    data.setList(u"funders"_s, {});

    QCOMPARE(TemplateFields::sampleValue(data, u"household.reference"_s), u"HH-2023-02"_s);
    QCOMPARE(TemplateFields::sampleValue(data, u"bail_glissant"_s), TemplateFields::tr("yes"));
    QCOMPARE(TemplateFields::sampleValue(data, u"has_lease"_s), TemplateFields::tr("no"));
    QCOMPARE(TemplateFields::sampleValue(data, u"axes"_s),
             TemplateFields::tr("%n item(s)", nullptr, 2));
    QVERIFY(TemplateFields::sampleValue(data, u"absent"_s).isEmpty());

    TemplateFields::Row title;
    title.name = u"title"_s;
    title.listPath = {u"axes"_s, u"objectives"_s};
    title.parentList = u"objectives"_s;
    QCOMPARE(TemplateFields::sampleValue(data, title), u"Trouver un emploi"_s);
    TemplateFields::Row funder;
    funder.name = u"funder"_s;
    funder.listPath = {u"funders"_s};
    funder.parentList = u"funders"_s;
    QVERIFY(TemplateFields::sampleValue(data, funder).isEmpty());
}

void TestTemplateFields::compileErrorGivesItsLine()
{
    const Vocabulary &vocabulary = ContractDocument::vocabulary();
    QVERIFY(!TemplateFields::compileError(u"<p>{{household.reference}}</p>"_s, u"c.html"_s,
                                          vocabulary));

    const QString source = u"<html>\n<body>\n<p>{{nope}}</p>\n</body>\n</html>\n"_s;
    const auto error = TemplateFields::compileError(source, u"c.html"_s, vocabulary);
    QVERIFY(error);
    QCOMPARE(error->line, 3);
    QVERIFY2(error->message.contains(u"nope"_s), qPrintable(error->message));
    // The message of compile() without the line apart is unchanged: it names file and line.
    auto compiled = Template::compile(source, u"c.html"_s, vocabulary);
    QVERIFY(!compiled);
    QVERIFY(compiled.error().message.contains(u"c.html"_s));
    QVERIFY(compiled.error().message.contains(error->message));

    // A section never closed: the line where it opens.
    const auto unclosed = TemplateFields::compileError(u"a\n\n{{#axes}}\nb\n"_s, u"c.html"_s,
                                                       vocabulary);
    QVERIFY(unclosed);
    QCOMPARE(unclosed->line, 3);

    // A field absent from the data, found while filling in: its line too.
    TemplateError where;
    auto filled = Template::compile(u"x\n{{household.reference}}"_s, u"c.html"_s, vocabulary);
    QVERIFY_OK(filled);
    QVERIFY(!filled->render(TemplateData(), &where));
    QCOMPARE(where.line, 2);
    QVERIFY(where.message.contains(u"household.reference"_s));
}

void TestTemplateFields::shippedTemplatesCompile()
{
    const std::pair<QString, const Vocabulary *> templates[] = {
        {ContractDocument::templateName(), &ContractDocument::vocabulary()},
        {ConvocationDocument::templateName(), &ConvocationDocument::vocabulary()},
        {CommitteeAgendaDocument::templateName(), &CommitteeAgendaDocument::vocabulary()},
    };
    for (const auto &[name, vocabulary] : templates) {
        QFile shipped(u":/passerelle/templates/"_s + name);
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        const QString source = QString::fromUtf8(shipped.readAll());
        // Their comments point to the editor's list of fields, not to a missing file.
        QVERIFY2(!source.contains(u"LISEZMOI"_s), qPrintable(name));
        QVERIFY2(source.contains(u"Administration › Organisation › Modifier un modèle…"_s),
                 qPrintable(name));
        const auto error = TemplateFields::compileError(source, name, *vocabulary);
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
    }
}

QTEST_GUILESS_MAIN(TestTemplateFields)
#include "tst_templatefields.moc"
