#pragma once

// Reads back an .xlsx written by Passerelle, for the tests: unzips it with `unzip` (a test
// dependency, tools/install-deps.sh) and parses the parts a check needs — the workbook's sheet
// names, each sheet's cells as stored (type, raw value, formula or not, style), the shared
// strings and the number formats and fonts of the styles.

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Passerelle::Testing {

/// A cell as the file stores it.
struct XlsxStoredCell
{
    QString type;         ///< the `t` attribute: "" (a number), "s" (shared string), "str"...
    QString raw;          ///< the text of <v> (an index for "s")
    QString text;         ///< the string for "s" and "inlineStr", else `raw`
    bool hasFormula = false;
    int style = 0;        ///< the `s` attribute (index in cellXfs)
    QString numberFormat; ///< the format code of the style ("General" for id 0)
    bool bold = false;

    bool isNumber() const { return type.isEmpty() || type == u"n"; }
    double number() const { return raw.toDouble(); }
};

struct XlsxSheetContent
{
    QString name;
    QString part; ///< e.g. xl/worksheets/sheet1.xml
    QByteArray xml;
    QMap<QString, XlsxStoredCell> cells; ///< by reference ("B3")
    QMap<int, double> columnWidths;      ///< by column, from 0
    QString frozenTopLeft;               ///< topLeftCell of a frozen pane, or empty

    /// The cell at `reference`, or an empty one.
    XlsxStoredCell cell(const QString &reference) const { return cells.value(reference); }
    /// The row (from 0) whose cell in `column` (a letter) shows `text`, or -1.
    int rowOf(const QString &column, const QString &text) const;
    /// The cell beside: column `column` on row `row` (from 0).
    XlsxStoredCell at(int row, const QString &column) const;
};

struct XlsxContent
{
    QString error; ///< why the file could not be read (empty when it was)
    QStringList members;
    QList<XlsxSheetContent> sheets;
    QStringList sharedStrings;
    QHash<QString, QByteArray> parts; ///< every XML part, by its name in the zip

    QStringList sheetNames() const;
    const XlsxSheetContent *sheet(const QString &name) const;

    static XlsxContent read(const QByteArray &xlsxBytes);
};

} // namespace Passerelle::Testing
