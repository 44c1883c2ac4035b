#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace Passerelle {

/// One cell of an XlsxSheet: a typed value and how it is shown. Numbers are stored as numbers
/// (a spreadsheet sums them); text is always stored as text, even when it looks like a formula.
class XlsxCell
{
public:
    enum class Kind {
        Empty,        ///< nothing written
        Text,         ///< a UTF-8 string (never a formula)
        Integer,      ///< a whole number, format "0" (or grouped thousands)
        Decimal,      ///< a number with a fixed count of decimals ("0.0" for one)
        Percent,      ///< a fraction (0.9) shown as a percentage ("90 %")
        Money,        ///< euros, from cents, shown "49 500,00 €" by a French spreadsheet
        Date,         ///< a day, stored as Excel's serial number, shown "31/12/2018"
        Placeholder,  ///< a text standing for a number (« n.d. », « < 5 »), aligned as one
    };
    enum class Emphasis {
        Normal,
        Bold,  ///< header rows, totals
        Title, ///< the title line of a sheet
        Note,  ///< a sentence under a table (italic)
        Muted, ///< technical text beside a table (codes): small and grey
    };

    XlsxCell() = default;

    static XlsxCell empty() { return {}; }
    static XlsxCell text(const QString &value);
    static XlsxCell integer(qint64 value);
    /// `decimals` from 0 to 6; INDICATORS.md's months have one.
    static XlsxCell decimal(double value, int decimals = 1);
    /// `fraction` is 0.9 for 90 %; `decimals` after the percentage's whole part (0 to 6).
    static XlsxCell percent(double fraction, int decimals = 0);
    /// Money is stored in cents (DESIGN.md); the cell holds euros with two decimals.
    static XlsxCell money(qint64 cents);
    /// A date as a date (a serial number the spreadsheet sorts and filters); a date before
    /// 1900, which Excel cannot hold, becomes the text "31/12/1899"; an invalid one, empty.
    static XlsxCell date(const QDate &value);
    /// « n.d. »: a rate without denominator, a mean of nothing (INDICATORS.md).
    static XlsxCell notAvailable();
    /// A text shown where a number would be (« < 5 » for a masked count), aligned as one.
    static XlsxCell placeholder(const QString &text);
    /// A number when there is one, « n.d. » otherwise.
    static XlsxCell decimalOr(const std::optional<double> &value, int decimals = 1);
    static XlsxCell percentOr(const std::optional<double> &fraction, int decimals = 0);

    XlsxCell &bold()
    {
        m_emphasis = Emphasis::Bold;
        return *this;
    }
    XlsxCell &title()
    {
        m_emphasis = Emphasis::Title;
        return *this;
    }
    XlsxCell &note()
    {
        m_emphasis = Emphasis::Note;
        return *this;
    }
    XlsxCell &muted()
    {
        m_emphasis = Emphasis::Muted;
        return *this;
    }
    /// Long text wrapped within the column's width; the row is made tall enough for it.
    XlsxCell &wrapped()
    {
        m_wrapped = true;
        return *this;
    }
    /// Aligned to the top of its row (beside a text of several lines).
    XlsxCell &alignedTop()
    {
        m_alignedTop = true;
        return *this;
    }
    /// Aligned to the right, as numbers are (a column title over numbers).
    XlsxCell &alignedRight()
    {
        m_alignedRight = true;
        return *this;
    }

    Kind kind() const { return m_kind; }
    Emphasis emphasis() const { return m_emphasis; }
    bool isWrapped() const { return m_wrapped; }
    /// Right-aligned text (asked, or a placeholder); numbers are right-aligned anyway.
    bool isAlignedRight() const { return m_alignedRight || m_kind == Kind::Placeholder; }
    bool isAlignedTop() const { return m_alignedTop; }
    const QString &textValue() const { return m_text; }
    double numberValue() const { return m_number; }
    int decimals() const { return m_decimals; }

    /// The number format written for this cell, in the file's locale-neutral syntax ("." for
    /// decimals, "," for thousands; the spreadsheet shows them the reader's way), or empty for
    /// the default (text, empty).
    QString numberFormat() const;

    /// The text « n.d. » shown for a rate without denominator (INDICATORS.md).
    static QString notAvailableText();

private:
    Kind m_kind = Kind::Empty;
    Emphasis m_emphasis = Emphasis::Normal;
    bool m_wrapped = false;
    bool m_alignedRight = false;
    bool m_alignedTop = false;
    QString m_text;
    double m_number = 0;
    int m_decimals = 0;
};

/// A sheet of an XlsxWorkbook: rows of cells, column widths, frozen panes. Built in memory;
/// nothing touches a file until XlsxWorkbook::toBytes().
class XlsxSheet
{
public:
    explicit XlsxSheet(QString name) : m_name(std::move(name)) {}

    /// The name as it is in the workbook (sanitised and unique).
    const QString &name() const { return m_name; }

    /// Appends a row (returns its index, from 0).
    int addRow(const QList<XlsxCell> &cells = {});
    /// Appends a row of bold texts (column titles).
    int addHeaderRow(const QStringList &titles);
    /// Appends a title line: one bold, larger text.
    int addTitle(const QString &title);
    /// Appends a line of italic text (a note under a table).
    int addNote(const QString &text);
    /// Sets one cell, growing the sheet as needed.
    void setCell(int row, int column, const XlsxCell &cell);

    /// Width of a column in characters of the default font (Excel's unit).
    void setColumnWidth(int column, double width);
    /// Sets the width of every column whose width was not set, from its longest content (for
    /// a wrapped text, its longest word), between `minimum` and `maximum` characters.
    void fitColumns(double minimum = 8, double maximum = 60);
    /// Keeps the first `rows` rows and `columns` columns in view while scrolling.
    void freezePanes(int rows, int columns = 0);

    /// Printing: every sheet prints on A4, one page wide, its pages numbered at the foot;
    /// `landscape` for a wide table; the first `repeatedRows` rows (titles) on every page.
    void setPrintLayout(bool landscape, int repeatedRows = 0);
    bool isLandscape() const { return m_landscape; }
    int repeatedRows() const { return m_repeatedRows; }

    int rowCount() const { return int(m_rows.size()); }
    const QList<QList<XlsxCell>> &rows() const { return m_rows; }
    const QMap<int, double> &columnWidths() const { return m_widths; }
    int frozenRows() const { return m_frozenRows; }
    int frozenColumns() const { return m_frozenColumns; }

private:
    QString m_name;
    QList<QList<XlsxCell>> m_rows;
    QMap<int, double> m_widths;
    int m_frozenRows = 0;
    int m_frozenColumns = 0;
    bool m_landscape = false;
    int m_repeatedRows = 0;
};

/// An Excel workbook (.xlsx) built in memory and written by libxlsxwriter: named sheets of
/// typed cells. GUI-free; the caller writes the bytes through SafeFiles::writeAtomically.
///
/// Text cells are shared strings, never formulas; numbers are numbers with a number format
/// (a percentage is the fraction 0.9 with format "0 %"); money is euros with "#,##0.00 €".
class XlsxWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWorkbook)

public:
    /// The document's properties (File › Properties). No person's name: the author is left
    /// empty; `company` is the organisation.
    struct Properties
    {
        QString title;
        QString subject;
        QString company;
        QString category;
        QString keywords;
        QString comments;
        /// When the workbook was made; the current time when invalid.
        QDateTime created;
    };

    XlsxWorkbook();
    ~XlsxWorkbook();
    XlsxWorkbook(const XlsxWorkbook &) = delete;
    XlsxWorkbook &operator=(const XlsxWorkbook &) = delete;

    /// Adds a sheet named after `wantedName`, made acceptable to Excel (see sheetName()).
    /// The reference stays valid as long as the workbook.
    XlsxSheet &addSheet(const QString &wantedName);
    const std::vector<std::unique_ptr<XlsxSheet>> &sheets() const { return m_sheets; }

    void setProperties(const Properties &properties) { m_properties = properties; }
    const Properties &properties() const { return m_properties; }

    /// The bytes of the .xlsx file. Refused, with a French message naming the sheet and the
    /// cell (never its content), when a value cannot be stored (text over 32 767 characters, a
    /// number that is not finite, more rows or columns than Excel has) or the temporary file
    /// cannot be written.
    Result<QByteArray> toBytes() const;

    /// `wanted` made a valid sheet name unique among `taken` (compared ignoring case, as Excel
    /// does): the characters [ ] : * ? / \ and control characters replaced, leading and trailing
    /// apostrophes and spaces removed, at most 31 characters, « Feuille » when nothing is left,
    /// and « (2) », « (3) »… added to a name already taken.
    static QString sheetName(const QString &wanted, const QStringList &taken);

    /// Excel's limits.
    static constexpr int maxSheetNameLength = 31;
    static constexpr int maxTextLength = 32767;
    static constexpr int maxRows = 1048576;
    static constexpr int maxColumns = 16384;

    /// "B3" for row 2, column 1 (both from 0).
    static QString cellReference(int row, int column);

private:
    std::vector<std::unique_ptr<XlsxSheet>> m_sheets;
    Properties m_properties;
};

} // namespace Passerelle
