#include "CsvReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace Passerelle::Import {
namespace {

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

/// 1-based line of byte `pos`.
int lineOfByte(const QByteArray &bytes, qsizetype pos)
{
    return 1 + int(QByteArrayView(bytes).first(pos).count('\n'));
}

/// Position of the first byte that breaks UTF-8 (overlong forms, surrogates and code points
/// above U+10FFFF included), or -1 when the whole array is valid. `multibyte` counts the valid
/// sequences of two bytes or more.
qsizetype firstInvalidUtf8(const QByteArray &bytes, qsizetype from, int *multibyte)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    int count = 0;
    qsizetype i = from;
    qsizetype firstBad = -1;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0; // overlong
            else if (c == 0xED)
                high = 0x9F; // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F;
        }
        bool valid = length > 0 && i + length <= n;
        for (int k = 1; valid && k < length; ++k) {
            const unsigned char cc = p[i + k];
            const unsigned char lo = k == 1 ? low : 0x80;
            const unsigned char hi = k == 1 ? high : 0xBF;
            valid = cc >= lo && cc <= hi;
        }
        if (!valid) {
            if (firstBad < 0)
                firstBad = i;
            ++i;
            continue;
        }
        ++count;
        i += length;
    }
    if (multibyte)
        *multibyte = count;
    return firstBad;
}

bool isSpreadsheetContainer(const QByteArray &bytes)
{
    // .xlsx and .ods are zip archives; .xls is an OLE compound document.
    return bytes.startsWith("PK\x03\x04")
           || bytes.startsWith(QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
}

/// Control characters no spreadsheet writes in a CSV file (tab and line breaks excepted).
bool isStrayControl(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c == 0x7F
           || (c >= 0x80 && c <= 0x9F);
}

bool looksBinary(const QString &text)
{
    qsizetype controls = 0;
    for (const QChar c : text) {
        if (c.unicode() == 0)
            return true;
        if (isStrayControl(c.unicode()))
            ++controls;
    }
    // A stray control character or two may hide in a pasted note; more is not text.
    return controls > 8 || (controls > 0 && controls * 100 > text.size());
}

DecodedText failure(QString message, int line = 0)
{
    DecodedText d;
    d.errorMessage = std::move(message);
    d.errorLine = line;
    return d;
}

QString shortened(const QString &text)
{
    constexpr qsizetype max = 40;
    QString first = text.section(u'\n', 0, 0);
    if (first.size() > max || first.size() < text.size())
        first = first.left(max) + u'…';
    return first;
}

} // namespace

QString fromWindows1252(const QByteArray &bytes)
{
    // 0x80–0x9F; the five bytes Windows-1252 leaves undefined keep their C1 code point, as
    // Windows itself decodes them.
    static constexpr char16_t high[32] = {
            0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
            0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
            0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        *d++ = QChar(b >= 0x80 && b <= 0x9F ? high[b - 0x80] : char16_t(b));
    }
    return out;
}

DecodedText decode(const QByteArray &bytes)
{
    if (isSpreadsheetContainer(bytes)) {
        return failure(Msg::tr("the file is a spreadsheet, not a CSV file: save it as “CSV "
                               "(semicolon delimited)” and import that file"));
    }
    DecodedText d;
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        // Excel's "Unicode text" (UTF-16 with a byte order mark).
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                            : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::Stateless);
        d.text = decoder(QByteArrayView(bytes).sliced(2));
        if (decoder.hasError() || bytes.size() % 2 != 0)
            return failure(Msg::tr("the file is not valid UTF-16 text"));
        d.encoding = u"UTF-16"_s;
    } else if (bytes.startsWith("\xEF\xBB\xBF")) {
        const qsizetype bad = firstInvalidUtf8(bytes, 3, nullptr);
        if (bad >= 0) {
            return failure(Msg::tr("the file announces UTF-8 but this line is not valid UTF-8: "
                                   "save the file again as “CSV UTF-8”"),
                           lineOfByte(bytes, bad));
        }
        d.text = QString::fromUtf8(QByteArrayView(bytes).sliced(3));
        d.encoding = u"UTF-8 (BOM)"_s;
    } else {
        if (bytes.contains('\0'))
            return failure(Msg::tr("the file is not a text file (CSV)"));
        int multibyte = 0;
        const qsizetype bad = firstInvalidUtf8(bytes, 0, &multibyte);
        if (bad < 0) {
            d.text = QString::fromUtf8(bytes);
            d.encoding = u"UTF-8"_s;
        } else if (multibyte > 0) {
            // Valid UTF-8 sequences beside invalid bytes: part of the file was pasted from
            // another encoding; either decoding would garble some names.
            return failure(Msg::tr("the file mixes the UTF-8 and Windows-1252 encodings (here "
                                   "for the first time): save it again as “CSV UTF-8”"),
                           lineOfByte(bytes, bad));
        } else {
            d.text = fromWindows1252(bytes);
            d.encoding = u"Windows-1252"_s;
        }
    }
    // Some old programs end a text file with Ctrl-Z.
    while (d.text.endsWith(QChar(0x1A)))
        d.text.chop(1);
    if (looksBinary(d.text))
        return failure(Msg::tr("the file is not a text file (CSV)"));
    return d;
}

QChar detectSeparator(const QString &text)
{
    int semicolons = 0;
    int tabs = 0;
    int commas = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"') {
            quoted = !quoted; // a doubled quote toggles twice: no harm
            continue;
        }
        if (quoted)
            continue;
        if (c == u'\n' || c == u'\r')
            break;
        if (c == u';')
            ++semicolons;
        else if (c == u'\t')
            ++tabs;
        else if (c == u',')
            ++commas;
    }
    if (semicolons >= tabs && semicolons >= commas && semicolons > 0)
        return u';';
    if (tabs >= commas && tabs > 0)
        return u'\t';
    if (commas > 0)
        return u',';
    return u';';
}

CsvTable parse(const QString &text, const QString &fileName, QList<Problem> &errors)
{
    CsvTable table;
    table.separator = detectSeparator(text);
    const QChar sep = table.separator;
    const QChar *data = text.constData();
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    bool haveHeader = false;

    const auto columnName = [&](qsizetype index) {
        return haveHeader && index < table.header.size() ? table.header.at(index).trimmed()
                                                         : QString();
    };

    while (i < n) {
        const int recordLine = line;
        QStringList fields;
        bool recordBroken = false;
        bool endOfRecord = false;
        while (!endOfRecord) {
            QString field;
            if (i < n && data[i] == u'"') {
                ++i;
                bool closed = false;
                while (i < n) {
                    const QChar c = data[i];
                    if (c == u'"') {
                        if (i + 1 < n && data[i + 1] == u'"') {
                            field += u'"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (c == u'\r' || c == u'\n') {
                        // A line break inside a cell: kept as "\n", whatever the file uses.
                        if (c == u'\r' && i + 1 < n && data[i + 1] == u'\n')
                            ++i;
                        field += u'\n';
                        ++line;
                        ++i;
                        continue;
                    }
                    field += c;
                    ++i;
                }
                if (!closed) {
                    errors.append({fileName, recordLine, columnName(fields.size()),
                                   shortened(field),
                                   Msg::tr("a quoted field is not closed: a closing \" is "
                                           "missing (the rest of the file cannot be read)")});
                    return table;
                }
                // Spaces after the closing quote are harmless; anything else is not.
                const qsizetype afterQuote = i;
                qsizetype j = i;
                while (j < n && (data[j] == u' ' || (data[j] == u'\t' && sep != u'\t')))
                    ++j;
                if (j < n && data[j] != sep && data[j] != u'\n' && data[j] != u'\r') {
                    while (j < n && data[j] != sep && data[j] != u'\n' && data[j] != u'\r')
                        ++j;
                    if (!recordBroken) {
                        errors.append({fileName, recordLine, columnName(fields.size()),
                                       field + QStringView(data + afterQuote, j - afterQuote),
                                       Msg::tr("unexpected characters after the closing quote "
                                               "of a field (a quote inside a quoted field must "
                                               "be doubled)")});
                    }
                    recordBroken = true;
                }
                i = j;
            } else {
                const qsizetype start = i;
                while (i < n && data[i] != sep && data[i] != u'\n' && data[i] != u'\r')
                    ++i;
                field = QString(data + start, i - start);
            }
            fields << field;
            if (i >= n) {
                endOfRecord = true;
            } else if (data[i] == sep) {
                ++i;
                if (i >= n) {
                    fields << QString(); // "a;b;" ends with an empty field
                    endOfRecord = true;
                }
            } else {
                if (data[i] == u'\r' && i + 1 < n && data[i + 1] == u'\n')
                    ++i;
                ++i;
                ++line;
                endOfRecord = true;
            }
        }

        const bool empty = std::all_of(fields.cbegin(), fields.cend(),
                                       [](const QString &f) { return f.trimmed().isEmpty(); });
        if (empty && !recordBroken)
            continue;
        if (!haveHeader) {
            table.header = fields;
            table.headerLine = recordLine;
            haveHeader = true;
            continue;
        }
        if (recordBroken)
            continue;
        const qsizetype expected = table.header.size();
        if (fields.size() > expected) {
            // Trailing empty cells (a spreadsheet's stray separators) are harmless.
            const bool extraEmpty
                    = std::all_of(fields.cbegin() + expected, fields.cend(),
                                  [](const QString &f) { return f.trimmed().isEmpty(); });
            if (extraEmpty)
                fields.resize(expected);
        }
        if (fields.size() != expected) {
            errors.append({fileName, recordLine, QString(), QString(),
                           Msg::tr("the line has %1 fields instead of %2 (check the separators "
                                   "and the quotes)")
                                   .arg(fields.size())
                                   .arg(expected)});
            continue;
        }
        table.records.append({recordLine, fields});
    }
    return table;
}

std::optional<CsvTable> readFile(const QString &path, QList<Problem> &errors)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists() || info.isDir()) {
        errors.append({name, 0, QString(), QString(),
                       Msg::tr("the file does not exist: check the path “%1”").arg(path)});
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors.append(
                {name, 0, QString(), QString(),
                 Msg::tr("the file cannot be read: check that you may open “%1”").arg(path)});
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    if (bytes.trimmed().isEmpty()) {
        errors.append({name, 0, QString(), QString(), Msg::tr("the file is empty")});
        return std::nullopt;
    }
    DecodedText decoded = decode(bytes);
    if (!decoded.ok()) {
        errors.append({name, decoded.errorLine, QString(), QString(), decoded.errorMessage});
        return std::nullopt;
    }
    const qsizetype before = errors.size();
    CsvTable table = parse(decoded.text, name, errors);
    table.encoding = decoded.encoding;
    if (table.header.isEmpty()) {
        errors.append({name, 0, QString(), QString(), Msg::tr("the file is empty")});
        return std::nullopt;
    }
    if (table.records.isEmpty() && errors.size() == before) {
        errors.append({name, 0, QString(), QString(),
                       Msg::tr("the file has a header line but no data")});
    }
    return table;
}

} // namespace Passerelle::Import
