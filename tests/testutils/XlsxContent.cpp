#include "XlsxContent.h"

#include "io/SafeFiles.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace Passerelle::Testing {
namespace {

QString attr(const QXmlStreamReader &r, const char *name)
{
    return r.attributes().value(QLatin1StringView(name)).toString();
}

/// Excel's built-in number formats that libxlsxwriter writes by id, without a <numFmt>.
QString builtInFormat(int id)
{
    static const QHash<int, QString> formats = {
        {0, u"General"_s}, {1, u"0"_s},      {2, u"0.00"_s},  {3, u"#,##0"_s},
        {4, u"#,##0.00"_s}, {9, u"0%"_s},    {10, u"0.00%"_s}, {49, u"@"_s},
    };
    return formats.value(id, u"builtin:"_s + QString::number(id));
}

struct Styles
{
    QList<QString> xfFormats;
    QList<bool> xfBold;
};

Styles readStyles(const QByteArray &xml)
{
    QHash<int, QString> customFormats;
    QList<bool> fontBold;
    Styles styles;
    QXmlStreamReader r(xml);
    QString section;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            const QStringView n = r.name();
            if (n == u"numFmts" || n == u"fonts" || n == u"cellXfs" || n == u"cellStyleXfs")
                section = n.toString();
            else if (n == u"numFmt")
                customFormats.insert(attr(r, "numFmtId").toInt(),
                                     attr(r, "formatCode"));
            else if (n == u"font" && section == u"fonts")
                fontBold.append(false);
            else if (n == u"b" && section == u"fonts" && !fontBold.isEmpty())
                fontBold.last() = attr(r, "val") != u"0";
            else if (n == u"xf" && section == u"cellXfs") {
                const int numFmt = attr(r, "numFmtId").toInt();
                const int font = attr(r, "fontId").toInt();
                styles.xfFormats.append(customFormats.value(numFmt, builtInFormat(numFmt)));
                styles.xfBold.append(fontBold.value(font));
            }
        } else if (r.isEndElement()) {
            const QStringView n = r.name();
            if (n == u"numFmts" || n == u"fonts" || n == u"cellXfs" || n == u"cellStyleXfs")
                section.clear();
        }
    }
    return styles;
}

QStringList readSharedStrings(const QByteArray &xml)
{
    QStringList strings;
    QXmlStreamReader r(xml);
    QString current;
    bool inItem = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == u"si") {
            inItem = true;
            current.clear();
        } else if (r.isStartElement() && r.name() == u"t" && inItem) {
            current += r.readElementText();
        } else if (r.isEndElement() && r.name() == u"si") {
            strings << current;
            inItem = false;
        }
    }
    return strings;
}

} // namespace

int XlsxSheetContent::rowOf(const QString &column, const QString &text) const
{
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        const QString &ref = it.key();
        qsizetype digits = 0;
        while (digits < ref.size() && ref.at(digits).isLetter())
            ++digits;
        if (ref.left(digits) == column && it.value().text == text)
            return ref.mid(digits).toInt() - 1;
    }
    return -1;
}

XlsxStoredCell XlsxSheetContent::at(int row, const QString &column) const
{
    return cells.value(column + QString::number(row + 1));
}

QStringList XlsxContent::sheetNames() const
{
    QStringList names;
    for (const XlsxSheetContent &s : sheets)
        names << s.name;
    return names;
}

const XlsxSheetContent *XlsxContent::sheet(const QString &name) const
{
    for (const XlsxSheetContent &s : sheets) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

XlsxContent XlsxContent::read(const QByteArray &xlsxBytes)
{
    XlsxContent content;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        content.error = u"no temporary folder"_s;
        return content;
    }
    const QString file = dir.filePath(u"book.xlsx"_s);
    if (const Status written = SafeFiles::writeAtomically(file, xlsxBytes); !written) {
        content.error = written.error().fullText();
        return content;
    }
    const QString out = dir.filePath(u"parts"_s);
    QProcess unzip;
    unzip.start(u"unzip"_s, {u"-qq"_s, u"-o"_s, file, u"-d"_s, out});
    if (!unzip.waitForFinished(60000) || unzip.exitStatus() != QProcess::NormalExit
        || unzip.exitCode() != 0) {
        content.error = u"unzip failed: "_s + QString::fromUtf8(unzip.readAllStandardError())
                        + unzip.errorString();
        return content;
    }
    QDirIterator it(out, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString member = QDir(out).relativeFilePath(path);
        content.members << member;
        auto bytes = SafeFiles::readRegularFile(path, qint64(256) << 20);
        if (!bytes) {
            content.error = bytes.error().fullText();
            return content;
        }
        content.parts.insert(member, *bytes);
    }
    content.members.sort();

    content.sharedStrings = readSharedStrings(content.parts.value(u"xl/sharedStrings.xml"_s));
    const Styles styles = readStyles(content.parts.value(u"xl/styles.xml"_s));

    QHash<QString, QString> targets; // relationship id -> part
    {
        QXmlStreamReader r(content.parts.value(u"xl/_rels/workbook.xml.rels"_s));
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement() && r.name() == u"Relationship")
                targets.insert(attr(r, "Id"),
                               u"xl/"_s + attr(r, "Target"));
        }
    }
    {
        QXmlStreamReader r(content.parts.value(u"xl/workbook.xml"_s));
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement() && r.name() == u"sheet") {
                XlsxSheetContent sheet;
                sheet.name = attr(r, "name");
                for (const QXmlStreamAttribute &a : r.attributes()) {
                    if (a.name() == u"id")
                        sheet.part = targets.value(a.value().toString());
                }
                content.sheets << sheet;
            }
        }
    }
    for (XlsxSheetContent &sheet : content.sheets) {
        sheet.xml = content.parts.value(sheet.part);
        QXmlStreamReader r(sheet.xml);
        QString ref;
        XlsxStoredCell cell;
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement()) {
                const QStringView n = r.name();
                if (n == u"c") {
                    ref = attr(r, "r");
                    cell = {};
                    cell.type = attr(r, "t");
                    cell.style = attr(r, "s").toInt();
                    cell.numberFormat = styles.xfFormats.value(cell.style);
                    cell.bold = styles.xfBold.value(cell.style);
                } else if (n == u"v") {
                    cell.raw = r.readElementText();
                } else if (n == u"f") {
                    cell.hasFormula = true;
                } else if (n == u"t") { // inline string
                    cell.text += r.readElementText();
                } else if (n == u"col") {
                    const int min = attr(r, "min").toInt();
                    const int max = attr(r, "max").toInt();
                    for (int c = min; c <= max; ++c)
                        sheet.columnWidths.insert(c - 1,
                                                  attr(r, "width").toDouble());
                } else if (n == u"pane" && attr(r, "state") == u"frozen") {
                    sheet.frozenTopLeft = attr(r, "topLeftCell");
                }
            } else if (r.isEndElement() && r.name() == u"c") {
                if (cell.type == u"s")
                    cell.text = content.sharedStrings.value(cell.raw.toInt());
                else if (cell.type != u"inlineStr")
                    cell.text = cell.raw;
                sheet.cells.insert(ref, cell);
            }
        }
        if (r.hasError())
            content.error = sheet.part + u": "_s + r.errorString();
    }
    return content;
}

} // namespace Passerelle::Testing
