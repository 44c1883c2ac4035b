// The .xlsx writer: what the file holds once unzipped — sheet names, numbers stored as numbers
// with their number formats, text as shared strings and never as formulas, bold headers, column
// widths, frozen panes, the document's properties — and the refusals, each naming the sheet and
// the cell but never what the cell holds.
#include "io/XlsxWorkbook.h"

#include "TestDatabase.h"
#include "XlsxContent.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using Passerelle::Testing::XlsxContent;

Q_DECLARE_METATYPE(Passerelle::XlsxCell)

class TestXlsxWorkbook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Testing::installFrenchTranslation(); }
    void sheetNames_data();
    void sheetNames();
    void uniqueNamesInTheFile();
    void typedCells();
    void textIsNeverAFormula();
    void layoutAndProperties();
    void emptyWorkbookHasASheet();
    void refusesWhatExcelCannotHold_data();
    void refusesWhatExcelCannotHold();
};

void TestXlsxWorkbook::sheetNames_data()
{
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("expected");

    QTest::newRow("kept") << u"Synthèse"_s << QStringList() << u"Synthèse"_s;
    QTest::newRow("forbidden characters")
        << u"Coût [€]: a/b\\c*d?"_s << QStringList() << u"Coût -€-- a-b-c-d-"_s;
    QTest::newRow("31 characters at most")
        << u"Répartition par situation avant l'entrée"_s << QStringList()
        << u"Répartition par situation avant"_s;
    QTest::newRow("apostrophes and spaces at the edges")
        << u"  'Orientations'  "_s << QStringList() << u"Orientations"_s;
    QTest::newRow("control characters") << u"a\tb\nc"_s << QStringList() << u"a b c"_s;
    QTest::newRow("nothing left") << u"[]:*"_s << QStringList() << u"----"_s;
    QTest::newRow("empty") << QString() << QStringList() << u"Feuille"_s;
    QTest::newRow("reserved") << u"history"_s << QStringList() << u"history 1"_s;
    QTest::newRow("taken, ignoring case")
        << u"Contacts"_s << QStringList{u"CONTACTS"_s} << u"Contacts (2)"_s;
    QTest::newRow("taken twice")
        << u"Contacts"_s << QStringList{u"Contacts"_s, u"Contacts (2)"_s} << u"Contacts (3)"_s;
    QTest::newRow("taken, long name cut for the number")
        << u"Répartition par situation avant l'entrée"_s
        << QStringList{u"Répartition par situation avant"_s}
        << u"Répartition par situation a (2)"_s;
    QTest::newRow("surrogate pair not split")
        << (QString(30, u'x') + u"😀"_s) << QStringList() << QString(30, u'x');
}

void TestXlsxWorkbook::sheetNames()
{
    QFETCH(QString, wanted);
    QFETCH(QStringList, taken);
    QFETCH(QString, expected);
    const QString name = XlsxWorkbook::sheetName(wanted, taken);
    QCOMPARE(name, expected);
    QVERIFY(name.size() <= XlsxWorkbook::maxSheetNameLength);
}

void TestXlsxWorkbook::uniqueNamesInTheFile()
{
    XlsxWorkbook book;
    book.addSheet(u"Synthèse"_s);
    book.addSheet(u"synthèse"_s);
    book.addSheet(u"Ménages/agence"_s);
    auto bytes = book.toBytes();
    QVERIFY2(bytes.ok(), qPrintable(bytes.ok() ? QString() : bytes.error().fullText()));
    const XlsxContent content = XlsxContent::read(*bytes);
    QVERIFY2(content.error.isEmpty(), qPrintable(content.error));
    QCOMPARE(content.sheetNames(),
             (QStringList{u"Synthèse"_s, u"synthèse (2)"_s, u"Ménages-agence"_s}));
}

void TestXlsxWorkbook::typedCells()
{
    XlsxWorkbook book;
    XlsxSheet &sheet = book.addSheet(u"Chiffres clés"_s);
    sheet.addHeaderRow({u"Indicateur"_s, u"Valeur"_s});
    sheet.addRow({XlsxCell::text(u"Ménages accompagnés"_s), XlsxCell::integer(90)});
    sheet.addRow({XlsxCell::text(u"Maintien à +24 mois"_s), XlsxCell::percent(0.9)});
    sheet.addRow({XlsxCell::text(u"Mois d'accompagnement"_s), XlsxCell::decimal(120.04, 1)});
    sheet.addRow({XlsxCell::text(u"Coût"_s), XlsxCell::money(4950000)});
    sheet.addRow({XlsxCell::text(u"Taux de refus"_s), XlsxCell::percentOr(std::nullopt)});
    sheet.addRow({XlsxCell::text(u"Durée moyenne"_s), XlsxCell::decimalOr(12.25, 1)});
    sheet.addRow({XlsxCell::text(u"Vide"_s), XlsxCell::empty(), XlsxCell::integer(-3)});
    sheet.addRow({XlsxCell::text(u"Dates"_s), XlsxCell::date(QDate(2018, 12, 31)),
                  XlsxCell::date(QDate(1899, 12, 31)), XlsxCell::date(QDate())});
    sheet.addRow({XlsxCell::text(u"Masqué"_s), XlsxCell::placeholder(u"< 5"_s)});
    sheet.addNote(u"Une note sous le tableau."_s);
    sheet.addRow({XlsxCell::text(u"Un long texte à la ligne"_s).wrapped()});

    auto bytes = book.toBytes();
    QVERIFY2(bytes.ok(), qPrintable(bytes.ok() ? QString() : bytes.error().fullText()));
    const XlsxContent content = XlsxContent::read(*bytes);
    QVERIFY2(content.error.isEmpty(), qPrintable(content.error));
    QCOMPARE(content.sheetNames(), QStringList{u"Chiffres clés"_s});
    const auto *s = content.sheet(u"Chiffres clés"_s);
    QVERIFY(s);

    // Headers: bold shared strings.
    QCOMPARE(s->cell(u"A1"_s).type, u"s"_s);
    QCOMPARE(s->cell(u"A1"_s).text, u"Indicateur"_s);
    QVERIFY(s->cell(u"A1"_s).bold);
    QVERIFY(s->cell(u"B1"_s).bold);
    QVERIFY(!s->cell(u"A2"_s).bold);

    // A count: a number, <v>90</v>, no t="s".
    QVERIFY(s->cell(u"B2"_s).isNumber());
    QCOMPARE(s->cell(u"B2"_s).raw, u"90"_s);
    QCOMPARE(s->cell(u"B2"_s).numberFormat, u"#,##0"_s);
    QVERIFY(s->xml.contains(R"(<c r="B2" s=")"));
    QVERIFY(s->xml.contains("<v>90</v>"));

    // 90 % is the fraction 0.9 with a percent format.
    QVERIFY(s->cell(u"B3"_s).isNumber());
    QCOMPARE(s->cell(u"B3"_s).number(), 0.9);
    QCOMPARE(s->cell(u"B3"_s).numberFormat, u"0 %"_s);

    // Months: the unrounded value, shown with one decimal.
    QVERIFY(s->cell(u"B4"_s).isNumber());
    QCOMPARE(s->cell(u"B4"_s).number(), 120.04);
    QCOMPARE(s->cell(u"B4"_s).numberFormat, u"#,##0.0"_s);

    // Euros from cents, with the euro format in the file's neutral syntax.
    QVERIFY(s->cell(u"B5"_s).isNumber());
    QCOMPARE(s->cell(u"B5"_s).number(), 49500.0);
    QCOMPARE(s->cell(u"B5"_s).numberFormat, u"#,##0.00\\ \"€\""_s);

    // « n.d. »: a text, not a zero.
    QCOMPARE(s->cell(u"B6"_s).type, u"s"_s);
    QCOMPARE(s->cell(u"B6"_s).text, u"n.d."_s);
    QCOMPARE(s->cell(u"B7"_s).number(), 12.25);

    // An empty cell is not written; the next one is.
    QVERIFY(!s->cells.contains(u"B8"_s));
    QCOMPARE(s->cell(u"C8"_s).number(), -3.0);

    // A date: Excel's serial number (2018-12-31 is day 43465) with a date format; before
    // 1900, a text; invalid, nothing.
    QVERIFY(s->cell(u"B9"_s).isNumber());
    QCOMPARE(s->cell(u"B9"_s).raw, u"43465"_s);
    QCOMPARE(s->cell(u"B9"_s).numberFormat, u"dd/mm/yyyy"_s);
    QCOMPARE(s->cell(u"C9"_s).type, u"s"_s);
    QCOMPARE(s->cell(u"C9"_s).text, u"31/12/1899"_s);
    QVERIFY(!s->cells.contains(u"D9"_s));

    // « < 5 »: a text where a count would be, aligned as a number; a note in italics; a
    // wrapped text.
    QCOMPARE(s->cell(u"B10"_s).type, u"s"_s);
    QCOMPARE(s->cell(u"B10"_s).text, u"< 5"_s);
    QCOMPARE(s->cell(u"A11"_s).text, u"Une note sous le tableau."_s);
    const QByteArray styles = content.parts.value(u"xl/styles.xml"_s);
    QVERIFY(styles.contains(R"(<alignment horizontal="right"/>)"));
    QVERIFY(styles.contains("<i/>"));
    QVERIFY(styles.contains(R"(wrapText="1")"));

    // Every label is a shared string (stored once).
    QVERIFY(content.sharedStrings.contains(u"Ménages accompagnés"_s));
    QVERIFY(content.sharedStrings.contains(u"Mois d'accompagnement"_s));
    QCOMPARE(content.sharedStrings.count(u"n.d."_s), 1);
}

void TestXlsxWorkbook::textIsNeverAFormula()
{
    const QStringList dangerous = {u"=1+1"_s,          u"=HYPERLINK(\"http://x\")"_s,
                                   u"+33 6 12 34 56 78"_s, u"-2"_s,
                                   u"@SUM(A1)"_s,       u"<b>&amp;</b>"_s,
                                   u"ligne 1\nligne 2"_s, u"emoji 😀 et ß"_s};
    XlsxWorkbook book;
    XlsxSheet &sheet = book.addSheet(u"Textes"_s);
    for (const QString &text : dangerous)
        sheet.addRow({XlsxCell::text(text)});
    auto bytes = book.toBytes();
    QVERIFY(bytes.ok());
    const XlsxContent content = XlsxContent::read(*bytes);
    QVERIFY2(content.error.isEmpty(), qPrintable(content.error));
    const auto *s = content.sheet(u"Textes"_s);
    QVERIFY(s);
    QVERIFY(!s->xml.contains("<f>"));
    for (int row = 0; row < dangerous.size(); ++row) {
        const auto cell = s->at(row, u"A"_s);
        QCOMPARE(cell.type, u"s"_s);
        QVERIFY(!cell.hasFormula);
        QCOMPARE(cell.text, dangerous.at(row));
    }
}

void TestXlsxWorkbook::layoutAndProperties()
{
    XlsxWorkbook book;
    XlsxWorkbook::Properties properties;
    properties.title = u"Bilan annuel 2018"_s;
    properties.subject = u"LAAVA"_s;
    properties.company = u"Habitat du Sud"_s;
    properties.created = QDateTime(QDate(2019, 1, 15), QTime(9, 30), Qt::UTC);
    book.setProperties(properties);
    XlsxSheet &sheet = book.addSheet(u"Ménages"_s);
    sheet.addTitle(u"Un titre bien plus long que toutes les colonnes du tableau"_s);
    sheet.addHeaderRow({u"Référence"_s, u"Nom"_s, u"Début"_s});
    sheet.addRow({XlsxCell::text(u"M-0001"_s), XlsxCell::text(u"Une famille au nom long"_s),
                  XlsxCell::integer(2018)});
    sheet.setColumnWidth(0, 14);
    sheet.fitColumns(8, 40);
    sheet.freezePanes(2, 1);
    sheet.setPrintLayout(true, 2);
    XlsxSheet &portrait = book.addSheet(u"Portrait"_s);
    portrait.addRow({XlsxCell::integer(1)});
    // A wrapped text of 3 lines in a column 20 wide: the row is 3 lines high.
    portrait.setColumnWidth(1, 20);
    portrait.addRow({XlsxCell::text(u"Définition"_s).bold(),
                     XlsxCell::text(u"Une définition assez longue pour trois lignes."_s)
                         .wrapped()});

    auto bytes = book.toBytes();
    QVERIFY(bytes.ok());
    const XlsxContent content = XlsxContent::read(*bytes);
    QVERIFY2(content.error.isEmpty(), qPrintable(content.error));
    const auto *s = content.sheet(u"Ménages"_s);
    QVERIFY(s);
    // The set width is kept (libxlsxwriter adds Excel's padding); the others fit their longest
    // text, not the title's.
    QVERIFY2(std::floor(s->columnWidths.value(0)) == 14, qPrintable(QString::number(s->columnWidths.value(0))));
    QVERIFY(s->columnWidths.value(1) >= 23 && s->columnWidths.value(1) < 30);
    QVERIFY(s->columnWidths.value(2) >= 8 && s->columnWidths.value(2) < 12);
    QCOMPARE(s->frozenTopLeft, u"B3"_s);
    // Printed on A4, one page wide, landscape, the two title rows on every page, numbered.
    QVERIFY(s->xml.contains(R"(<pageSetUpPr fitToPage="1"/>)"));
    QVERIFY(s->xml.contains(R"(paperSize="9")"));
    QVERIFY(s->xml.contains(R"(fitToHeight="0")"));
    QVERIFY(s->xml.contains(R"(orientation="landscape")"));
    QVERIFY(s->xml.contains("<oddFooter>&amp;C&amp;P / &amp;N</oddFooter>"));
    QVERIFY(content.parts.value(u"xl/workbook.xml"_s)
                .contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">"
                          "'Ménages'!$1:$2</definedName>"));
    const auto *printed = content.sheet(u"Portrait"_s);
    QVERIFY(printed);
    QVERIFY(printed->xml.contains(R"(paperSize="9")"));
    QVERIFY(!printed->xml.contains(R"(orientation="landscape")"));
    QVERIFY2(printed->xml.contains(R"(<row r="2" spans="1:2" ht="45" customHeight="1">)"),
             printed->xml.constData());
    QVERIFY(!printed->xml.contains(R"(<row r="1" spans="1:2" ht=)"));
    // The title is bold, in a larger font.
    QVERIFY(s->cell(u"A1"_s).bold);
    QVERIFY(content.parts.value(u"xl/styles.xml"_s).contains(R"(<sz val="14"/>)"));

    const QString core = QString::fromUtf8(content.parts.value(u"docProps/core.xml"_s));
    QVERIFY(core.contains(u"<dc:title>Bilan annuel 2018</dc:title>"_s));
    QVERIFY(core.contains(u"<dc:subject>LAAVA</dc:subject>"_s));
    QVERIFY(core.contains(u"2019-01-15T09:30:00Z"_s));
    // No person's name as author or last editor.
    QVERIFY2(!core.contains(u"<dc:creator>"_s) || core.contains(u"<dc:creator></dc:creator>"_s),
             qPrintable(core));
    QVERIFY(!core.contains(u"<cp:lastModifiedBy>"_s)
            || core.contains(u"<cp:lastModifiedBy></cp:lastModifiedBy>"_s));
    QVERIFY(QString::fromUtf8(content.parts.value(u"docProps/app.xml"_s))
                .contains(u"<Company>Habitat du Sud</Company>"_s));
}

void TestXlsxWorkbook::emptyWorkbookHasASheet()
{
    XlsxWorkbook book;
    auto bytes = book.toBytes();
    QVERIFY(bytes.ok());
    QVERIFY(bytes->startsWith("PK"));
    const XlsxContent content = XlsxContent::read(*bytes);
    QVERIFY2(content.error.isEmpty(), qPrintable(content.error));
    QCOMPARE(content.sheetNames(), QStringList{u"Feuille"_s});
}

void TestXlsxWorkbook::refusesWhatExcelCannotHold_data()
{
    QTest::addColumn<XlsxCell>("cell");
    QTest::addColumn<QString>("secret");
    QTest::newRow("text too long")
        << XlsxCell::text(u"Dupont"_s + QString(XlsxWorkbook::maxTextLength, u'x'))
        << u"Dupont"_s;
    QTest::newRow("infinite") << XlsxCell::decimal(std::numeric_limits<double>::infinity())
                              << QString();
    QTest::newRow("not a number") << XlsxCell::percent(std::nan("")) << QString();
}

void TestXlsxWorkbook::refusesWhatExcelCannotHold()
{
    QFETCH(XlsxCell, cell);
    QFETCH(QString, secret);
    XlsxWorkbook book;
    XlsxSheet &sheet = book.addSheet(u"Données"_s);
    sheet.addRow({XlsxCell::text(u"ok"_s)});
    sheet.setCell(1, 2, cell);
    auto bytes = book.toBytes();
    QVERIFY(!bytes.ok());
    const QString message = bytes.error().message;
    QVERIFY2(message.contains(u"C2"_s), qPrintable(message));
    QVERIFY2(message.contains(u"Données"_s), qPrintable(message));
    if (!secret.isEmpty())
        QVERIFY(!bytes.error().fullText().contains(secret));
}

QTEST_GUILESS_MAIN(TestXlsxWorkbook)
#include "tst_xlsxworkbook.moc"
