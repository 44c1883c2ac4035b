#include "XlsxWorkbook.h"

#include "io/SafeFiles.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Passerelle {

namespace {

constexpr int maxDecimals = 6;

int clampDecimals(int decimals)
{
    return std::clamp(decimals, 0, maxDecimals);
}

QString decimalsPart(int decimals)
{
    return decimals > 0 ? u"."_s + QString(decimals, u'0') : QString();
}

} // namespace

// --- XlsxCell ---------------------------------------------------------------------------------

XlsxCell XlsxCell::text(const QString &value)
{
    XlsxCell c;
    c.m_kind = Kind::Text;
    c.m_text = value;
    return c;
}

XlsxCell XlsxCell::integer(qint64 value)
{
    XlsxCell c;
    c.m_kind = Kind::Integer;
    c.m_number = double(value);
    return c;
}

XlsxCell XlsxCell::decimal(double value, int decimals)
{
    XlsxCell c;
    c.m_kind = Kind::Decimal;
    c.m_number = value;
    c.m_decimals = clampDecimals(decimals);
    return c;
}

XlsxCell XlsxCell::percent(double fraction, int decimals)
{
    XlsxCell c;
    c.m_kind = Kind::Percent;
    c.m_number = fraction;
    c.m_decimals = clampDecimals(decimals);
    return c;
}

XlsxCell XlsxCell::money(qint64 cents)
{
    XlsxCell c;
    c.m_kind = Kind::Money;
    c.m_number = double(cents) / 100.0;
    c.m_decimals = 2;
    return c;
}

XlsxCell XlsxCell::date(const QDate &value)
{
    if (!value.isValid())
        return {};
    // Excel's serial day 1 is 1900-01-01, counted as if 1900 were a leap year: from March 1900
    // on, the serial is the count of days since 1899-12-30.
    if (value < QDate(1900, 3, 1))
        return text(value.toString(u"dd/MM/yyyy"_s));
    XlsxCell c;
    c.m_kind = Kind::Date;
    c.m_number = double(QDate(1899, 12, 30).daysTo(value));
    return c;
}

XlsxCell XlsxCell::notAvailable()
{
    return placeholder(notAvailableText());
}

XlsxCell XlsxCell::placeholder(const QString &text)
{
    XlsxCell c;
    c.m_kind = Kind::Placeholder;
    c.m_text = text;
    return c;
}

XlsxCell XlsxCell::decimalOr(const std::optional<double> &value, int decimals)
{
    return value ? decimal(*value, decimals) : notAvailable();
}

XlsxCell XlsxCell::percentOr(const std::optional<double> &fraction, int decimals)
{
    return fraction ? percent(*fraction, decimals) : notAvailable();
}

QString XlsxCell::notAvailableText()
{
    return XlsxWorkbook::tr("n.a.");
}

QString XlsxCell::numberFormat() const
{
    // The file's number formats are locale-neutral: "," groups thousands and "." marks the
    // decimals, and a French spreadsheet shows "1 234,5". A space is a literal character in a
    // format; "€" is quoted, as Excel writes it for its own euro formats.
    switch (m_kind) {
    case Kind::Integer:
        return u"#,##0"_s;
    case Kind::Decimal:
        return u"#,##0"_s + decimalsPart(m_decimals);
    case Kind::Percent:
        return u"0"_s + decimalsPart(m_decimals) + u" %"_s;
    case Kind::Money:
        return u"#,##0.00\\ \"€\""_s;
    case Kind::Date:
        return u"dd/mm/yyyy"_s;
    case Kind::Empty:
    case Kind::Text:
    case Kind::Placeholder:
        break;
    }
    return {};
}

// --- XlsxSheet --------------------------------------------------------------------------------

int XlsxSheet::addRow(const QList<XlsxCell> &cells)
{
    m_rows.append(cells);
    return int(m_rows.size()) - 1;
}

int XlsxSheet::addHeaderRow(const QStringList &titles)
{
    QList<XlsxCell> cells;
    for (const QString &t : titles)
        cells.append(XlsxCell::text(t).bold());
    return addRow(cells);
}

int XlsxSheet::addTitle(const QString &title)
{
    return addRow({XlsxCell::text(title).title()});
}

int XlsxSheet::addNote(const QString &text)
{
    return addRow({XlsxCell::text(text).note()});
}

void XlsxSheet::setCell(int row, int column, const XlsxCell &cell)
{
    if (row < 0 || column < 0)
        return;
    while (m_rows.size() <= row)
        m_rows.append(QList<XlsxCell>());
    QList<XlsxCell> &cells = m_rows[row];
    while (cells.size() <= column)
        cells.append(XlsxCell());
    cells[column] = cell;
}

void XlsxSheet::setColumnWidth(int column, double width)
{
    if (column >= 0 && width >= 0)
        m_widths.insert(column, width);
}

namespace {

/// How many characters the cell takes once shown (an estimate good enough for a width).
double shownLength(const XlsxCell &cell)
{
    const auto integerDigits = [](double v) {
        const double whole = std::floor(std::abs(v));
        const int digits = whole < 10 ? 1 : int(std::floor(std::log10(whole))) + 1;
        return digits + (digits - 1) / 3 + (v < 0 ? 1 : 0); // with the thousands' spaces
    };
    switch (cell.kind()) {
    case XlsxCell::Kind::Empty:
        return 0;
    case XlsxCell::Kind::Text:
    case XlsxCell::Kind::Placeholder: {
        // A wrapped text may break at its spaces: its longest word is what it needs.
        const QRegularExpression breaks(cell.isWrapped() ? u"\\s+"_s : u"\n"_s);
        qsizetype longest = 0;
        for (const QString &part : cell.textValue().split(breaks))
            longest = std::max(longest, part.size());
        return double(longest);
    }
    case XlsxCell::Kind::Integer:
        return integerDigits(cell.numberValue());
    case XlsxCell::Kind::Decimal:
        return integerDigits(cell.numberValue()) + cell.decimals()
               + (cell.decimals() > 0 ? 1 : 0);
    case XlsxCell::Kind::Percent:
        return integerDigits(cell.numberValue() * 100) + cell.decimals()
               + (cell.decimals() > 0 ? 1 : 0) + 2;
    case XlsxCell::Kind::Money:
        return integerDigits(cell.numberValue()) + 5;
    case XlsxCell::Kind::Date:
        return 10;
    }
    return 0;
}

} // namespace

void XlsxSheet::fitColumns(double minimum, double maximum)
{
    QMap<int, double> longest;
    for (const QList<XlsxCell> &row : std::as_const(m_rows)) {
        for (int column = 0; column < row.size(); ++column) {
            const XlsxCell &cell = row.at(column);
            // A title or a note runs over the next columns: it does not widen its own.
            if (cell.emphasis() == XlsxCell::Emphasis::Title
                || cell.emphasis() == XlsxCell::Emphasis::Note)
                continue;
            double length = shownLength(cell);
            if (cell.emphasis() == XlsxCell::Emphasis::Bold)
                length *= 1.1;
            longest[column] = std::max(longest.value(column), length);
        }
    }
    for (auto it = longest.cbegin(); it != longest.cend(); ++it) {
        if (!m_widths.contains(it.key()))
            m_widths.insert(it.key(), std::clamp(it.value() + 2, minimum, maximum));
    }
}

void XlsxSheet::setPrintLayout(bool landscape, int repeatedRows)
{
    m_landscape = landscape;
    m_repeatedRows = std::max(0, repeatedRows);
}

void XlsxSheet::freezePanes(int rows, int columns)
{
    m_frozenRows = std::max(0, rows);
    m_frozenColumns = std::max(0, columns);
}

// --- XlsxWorkbook -----------------------------------------------------------------------------

XlsxWorkbook::XlsxWorkbook() = default;
XlsxWorkbook::~XlsxWorkbook() = default;

XlsxSheet &XlsxWorkbook::addSheet(const QString &wantedName)
{
    QStringList taken;
    for (const auto &sheet : m_sheets)
        taken << sheet->name();
    m_sheets.push_back(std::make_unique<XlsxSheet>(sheetName(wantedName, taken)));
    return *m_sheets.back();
}

namespace {

/// Cuts `text` to at most `length` UTF-16 units without splitting a surrogate pair (Excel
/// counts a sheet name's length in UTF-16 units; libxlsxwriter in code points: both hold).
QString truncated(const QString &text, qsizetype length)
{
    if (text.size() <= length)
        return text;
    qsizetype end = length;
    if (end > 0 && text.at(end - 1).isHighSurrogate())
        --end;
    return text.left(end);
}

QString trimmedName(QString name)
{
    static const QString edges = u" '"_s;
    while (!name.isEmpty() && edges.contains(name.front()))
        name.remove(0, 1);
    while (!name.isEmpty() && edges.contains(name.back()))
        name.chop(1);
    return name;
}

} // namespace

QString XlsxWorkbook::sheetName(const QString &wanted, const QStringList &taken)
{
    QString name;
    name.reserve(wanted.size());
    for (const QChar c : wanted) {
        if (u"[]:*?/\\"_s.contains(c))
            name += u'-';
        else if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
                 || c == QChar::ParagraphSeparator)
            name += u' ';
        else
            name += c;
    }
    name = trimmedName(name.simplified());
    name = trimmedName(truncated(name, maxSheetNameLength));
    if (name.isEmpty())
        name = tr("Sheet");
    // Excel reserves this name for its change history.
    if (name.compare(u"History"_s, Qt::CaseInsensitive) == 0)
        name += u" 1"_s;

    const auto isTaken = [&taken](const QString &candidate) {
        return std::any_of(taken.cbegin(), taken.cend(), [&candidate](const QString &t) {
            return t.compare(candidate, Qt::CaseInsensitive) == 0;
        });
    };
    if (!isTaken(name))
        return name;
    for (int n = 2;; ++n) {
        const QString suffix = u" ("_s + QString::number(n) + u')';
        const QString candidate =
            trimmedName(truncated(name, maxSheetNameLength - suffix.size())) + suffix;
        if (!isTaken(candidate))
            return candidate;
    }
}

QString XlsxWorkbook::cellReference(int row, int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row + 1);
}

namespace {

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWorkbook)
};

/// The checks libxlsxwriter would fail on, made first so that the message names the sheet and
/// the cell (never what it holds).
Status checkSheet(const XlsxSheet &sheet)
{
    if (sheet.rowCount() > XlsxWorkbook::maxRows) {
        return Error::validation(
            Msg::tr("The sheet “%1” would have %2 rows, more than the %3 a spreadsheet can "
                    "hold: narrow the export (a shorter period or fewer households).")
                .arg(sheet.name())
                .arg(sheet.rowCount())
                .arg(XlsxWorkbook::maxRows));
    }
    for (int r = 0; r < sheet.rowCount(); ++r) {
        const QList<XlsxCell> &row = sheet.rows().at(r);
        if (row.size() > XlsxWorkbook::maxColumns) {
            return Error::validation(
                Msg::tr("The sheet “%1” would have %2 columns, more than the %3 a spreadsheet "
                        "can hold: narrow the export.")
                    .arg(sheet.name())
                    .arg(row.size())
                    .arg(XlsxWorkbook::maxColumns));
        }
        for (int c = 0; c < row.size(); ++c) {
            const XlsxCell &cell = row.at(c);
            const QString where = XlsxWorkbook::cellReference(r, c);
            switch (cell.kind()) {
            case XlsxCell::Kind::Text:
            case XlsxCell::Kind::Placeholder:
                if (cell.textValue().size() > XlsxWorkbook::maxTextLength) {
                    return Error::validation(
                        Msg::tr("Cell %1 of the sheet “%2” holds a text longer than the %3 "
                                "characters a spreadsheet cell can hold: shorten it, or export "
                                "to CSV.")
                            .arg(where, sheet.name())
                            .arg(XlsxWorkbook::maxTextLength));
                }
                break;
            case XlsxCell::Kind::Integer:
            case XlsxCell::Kind::Decimal:
            case XlsxCell::Kind::Percent:
            case XlsxCell::Kind::Money:
            case XlsxCell::Kind::Date:
                if (!std::isfinite(cell.numberValue())) {
                    return Error::validation(
                        Msg::tr("Cell %1 of the sheet “%2” holds a number that is not a number "
                                "(infinite or undefined): this is an error of Passerelle, please "
                                "report it.")
                            .arg(where, sheet.name()));
                }
                break;
            case XlsxCell::Kind::Empty:
                break;
            }
        }
    }
    return {};
}

/// libxlsxwriter's formats, made once per look (they belong to the workbook).
class Formats
{
public:
    explicit Formats(lxw_workbook *workbook) : m_workbook(workbook) {}

    lxw_format *forCell(const XlsxCell &cell)
    {
        const QString numberFormat = cell.numberFormat();
        const bool alignRight = cell.isAlignedRight();
        const XlsxCell::Emphasis emphasis = cell.emphasis();
        if (numberFormat.isEmpty() && !alignRight && !cell.isWrapped() && !cell.isAlignedTop()
            && emphasis == XlsxCell::Emphasis::Normal)
            return nullptr;
        const QString key = numberFormat + u'|' + QString::number(int(emphasis))
                            + (alignRight ? u"|r"_s : u"|"_s) + (cell.isWrapped() ? u"w"_s : u""_s)
                            + (cell.isAlignedTop() ? u"t"_s : u""_s);
        if (lxw_format *known = m_formats.value(key))
            return known;
        lxw_format *format = workbook_add_format(m_workbook);
        if (!format)
            return nullptr;
        if (!numberFormat.isEmpty())
            format_set_num_format(format, numberFormat.toUtf8().constData());
        if (emphasis == XlsxCell::Emphasis::Bold || emphasis == XlsxCell::Emphasis::Title)
            format_set_bold(format);
        if (emphasis == XlsxCell::Emphasis::Title)
            format_set_font_size(format, 14);
        if (emphasis == XlsxCell::Emphasis::Note)
            format_set_italic(format);
        if (emphasis == XlsxCell::Emphasis::Muted) {
            format_set_font_size(format, 9);
            format_set_font_color(format, 0x808080);
            format_set_indent(format, 1);
        }
        if (alignRight)
            format_set_align(format, LXW_ALIGN_RIGHT);
        if (cell.isWrapped())
            format_set_text_wrap(format);
        if (cell.isAlignedTop())
            format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
        m_formats.insert(key, format);
        return format;
    }

private:
    lxw_workbook *m_workbook;
    QHash<QString, lxw_format *> m_formats;
};

/// Points per line of the default font (Calibri 11), as Excel's default row height.
constexpr double lineHeight = 15.0;
/// Excel's width of a column left at its default.
constexpr double defaultColumnWidth = 8.43;

/// How many lines the wrapped texts of row `r` take in their columns (1 when none wraps). An
/// estimate on the generous side: a column of width w holds about w characters of text.
int wrappedLines(const XlsxSheet &sheet, int r)
{
    int lines = 1;
    const QList<XlsxCell> &row = sheet.rows().at(r);
    for (int c = 0; c < row.size(); ++c) {
        const XlsxCell &cell = row.at(c);
        if (!cell.isWrapped() || cell.textValue().isEmpty())
            continue;
        const double width = sheet.columnWidths().value(c, defaultColumnWidth);
        const int perLine = std::max(1, int(width) - 1);
        int cellLines = 0;
        for (const QString &paragraph : cell.textValue().split(u'\n')) {
            // Words are not cut: fill each line word by word.
            int used = 0;
            int count = 1;
            for (const QString &word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
                const int length = int(word.size());
                if (used > 0 && used + 1 + length > perLine) {
                    ++count;
                    used = length;
                } else {
                    used += (used > 0 ? 1 : 0) + length;
                }
                count += std::max(0, (length - 1) / perLine); // a word longer than a line
            }
            cellLines += count;
        }
        lines = std::max(lines, cellLines);
    }
    return lines;
}

Error libraryError(lxw_error error)
{
    return Error::io(Msg::tr("The spreadsheet could not be written: check the free space of the "
                             "temporary folder, then try again."),
                     QString::fromUtf8(lxw_strerror(error)));
}

/// Copies `text` into `storage` (kept alive until the workbook is closed) and returns it for
/// libxlsxwriter, which keeps the property strings' pointers until then.
char *keep(std::vector<QByteArray> &storage, const QString &text)
{
    if (text.isEmpty())
        return nullptr;
    storage.push_back(text.toUtf8());
    return storage.back().data();
}

} // namespace

Result<QByteArray> XlsxWorkbook::toBytes() const
{
    for (const auto &sheet : m_sheets)
        PASSERELLE_CHECK(checkSheet(*sheet));

    QTemporaryDir dir;
    if (!dir.isValid()) {
        return Error::io(tr("No temporary folder could be made to build the spreadsheet: check "
                            "the free space and the rights of the temporary folder, then try "
                            "again."),
                         dir.errorString());
    }
    const QString path = dir.filePath(u"export.xlsx"_s);
    QByteArray tmpdir = QFile::encodeName(dir.path());
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = tmpdir.data();
    options.use_zip64 = LXW_FALSE;
    lxw_workbook *workbook = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (!workbook) {
        return Error::io(tr("The spreadsheet could not be started in the temporary folder: check "
                            "its free space, then try again."));
    }
    // Closing writes the file and frees the workbook: done once, on every path.
    bool closed = false;
    const auto close = [&]() {
        closed = true;
        return workbook_close(workbook);
    };
    const auto abandon = [&](Error error) -> Error {
        if (!closed)
            close();
        return error;
    };

    std::vector<QByteArray> storage;
    storage.reserve(8);
    lxw_doc_properties properties{};
    properties.title = keep(storage, m_properties.title);
    properties.subject = keep(storage, m_properties.subject);
    properties.company = keep(storage, m_properties.company);
    properties.category = keep(storage, m_properties.category);
    properties.keywords = keep(storage, m_properties.keywords);
    properties.comments = keep(storage, m_properties.comments);
    properties.created = m_properties.created.isValid()
                             ? time_t(m_properties.created.toSecsSinceEpoch())
                             : time_t(0);
    if (const lxw_error e = workbook_set_properties(workbook, &properties); e != LXW_NO_ERROR)
        return abandon(libraryError(e));

    Formats formats(workbook);
    for (const auto &sheet : m_sheets) {
        const QByteArray name = sheet->name().toUtf8();
        lxw_worksheet *worksheet = workbook_add_worksheet(workbook, name.constData());
        if (!worksheet) {
            return abandon(Error::io(
                tr("The sheet “%1” could not be added to the spreadsheet.").arg(sheet->name()),
                QString::fromUtf8(
                    lxw_strerror(workbook_validate_sheet_name(workbook, name.constData())))));
        }
        const QMap<int, double> &widths = sheet->columnWidths();
        for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
            worksheet_set_column(worksheet, lxw_col_t(it.key()), lxw_col_t(it.key()), it.value(),
                                 nullptr);
        }
        constexpr uint8_t paperA4 = 9;
        worksheet_set_paper(worksheet, paperA4);
        worksheet_fit_to_pages(worksheet, 1, 0); // one page wide, as many pages long as needed
        if (sheet->isLandscape())
            worksheet_set_landscape(worksheet);
        if (sheet->repeatedRows() > 0)
            worksheet_repeat_rows(worksheet, 0, lxw_row_t(sheet->repeatedRows() - 1));
        // « 2 / 5 » centred at the foot of each page.
        worksheet_set_footer(worksheet, "&C&P / &N");
        if (sheet->frozenRows() > 0 || sheet->frozenColumns() > 0) {
            worksheet_freeze_panes(worksheet, lxw_row_t(sheet->frozenRows()),
                                   lxw_col_t(sheet->frozenColumns()));
        }
        for (int r = 0; r < sheet->rowCount(); ++r) {
            const QList<XlsxCell> &row = sheet->rows().at(r);
            // Spreadsheets do not all fit a row to its wrapped text when they open a file:
            // the row is given the height of the lines its longest text will take.
            if (const int lines = wrappedLines(*sheet, r); lines > 1)
                worksheet_set_row(worksheet, lxw_row_t(r), lineHeight * lines, nullptr);
            for (int c = 0; c < row.size(); ++c) {
                const XlsxCell &cell = row.at(c);
                lxw_format *format = formats.forCell(cell);
                lxw_error e = LXW_NO_ERROR;
                switch (cell.kind()) {
                case XlsxCell::Kind::Empty:
                    break;
                case XlsxCell::Kind::Text:
                case XlsxCell::Kind::Placeholder:
                    // A string cell, never a formula, whatever its first character.
                    e = worksheet_write_string(worksheet, lxw_row_t(r), lxw_col_t(c),
                                               cell.textValue().toUtf8().constData(), format);
                    break;
                case XlsxCell::Kind::Integer:
                case XlsxCell::Kind::Decimal:
                case XlsxCell::Kind::Percent:
                case XlsxCell::Kind::Money:
                case XlsxCell::Kind::Date:
                    e = worksheet_write_number(worksheet, lxw_row_t(r), lxw_col_t(c),
                                               cell.numberValue(), format);
                    break;
                }
                if (e != LXW_NO_ERROR) {
                    return abandon(Error::io(tr("Cell %1 of the sheet “%2” could not be written "
                                                "to the spreadsheet.")
                                                 .arg(cellReference(r, c), sheet->name()),
                                             QString::fromUtf8(lxw_strerror(e))));
                }
            }
        }
    }
    if (m_sheets.empty()) {
        // A workbook needs one sheet to open.
        if (!workbook_add_worksheet(workbook, tr("Sheet").toUtf8().constData()))
            return abandon(libraryError(LXW_ERROR_MEMORY_MALLOC_FAILED));
    }
    if (const lxw_error e = close(); e != LXW_NO_ERROR)
        return libraryError(e);
    // Read back through SafeFiles (every read outside SQLite goes there); a workbook over
    // 1 GiB is beyond any export of Passerelle.
    return SafeFiles::readRegularFile(path, qint64(1) << 30);
}

} // namespace Passerelle
