#include "CsvReader.h"

#include "io/SafeFiles.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringDecoder>

#include <array>
#include <cstring>
#include <limits>

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

/// Length of the valid UTF-8 sequence that starts at `p[i]` (a byte from 0x80 up), or 0 when
/// none does (overlong forms, surrogates and code points above U+10FFFF are invalid).
int utf8SequenceLength(const unsigned char *p, qsizetype i, qsizetype n)
{
    const unsigned char c = p[i];
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
    if (length == 0 || i + length > n)
        return 0;
    for (int k = 1; k < length; ++k) {
        const unsigned char cc = p[i + k];
        if (cc < (k == 1 ? low : 0x80) || cc > (k == 1 ? high : 0xBF))
            return 0;
    }
    return length;
}

/// Position of the first byte that breaks UTF-8, or -1 when the whole array is valid.
/// `multibyte` counts the valid sequences of two bytes or more.
qsizetype firstInvalidUtf8(const QByteArray &bytes, qsizetype from, int *multibyte)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    int count = 0;
    qsizetype i = from;
    qsizetype firstBad = -1;
    while (i < n) {
        if (p[i] < 0x80) {
            ++i;
            continue;
        }
        const int length = utf8SequenceLength(p, i, n);
        if (length == 0) {
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

/// The line around byte `pos`, each valid UTF-8 sequence in it replaced by a plain letter: what
/// is left of the line once its UTF-8 part is set aside.
QByteArray lineWithoutUtf8(const QByteArray &bytes, qsizetype pos)
{
    const qsizetype start = bytes.lastIndexOf('\n', pos) + 1;
    qsizetype end = bytes.indexOf('\n', pos);
    if (end < 0)
        end = bytes.size();
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    QByteArray out;
    for (qsizetype i = start; i < end;) {
        const int length = p[i] < 0x80 ? 0 : utf8SequenceLength(p, i, end);
        out += length > 0 ? 'e' : char(p[i]);
        i += std::max(length, 1);
    }
    return out;
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

/// UTF-16 without a byte order mark: in its first 64 KB, a NUL byte in at least one pair of
/// bytes out of four, nearly always on the same side (the high byte of Latin text). A binary
/// file has its NUL bytes on both sides.
bool looksLikeUtf16WithoutBom(const QByteArray &bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 64 * 1024) & ~qsizetype(1);
    qsizetype nulEven = 0;
    qsizetype nulOdd = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        nulEven += bytes.at(i) == '\0';
        nulOdd += bytes.at(i + 1) == '\0';
    }
    const qsizetype pairs = n / 2;
    const auto oneSided = [pairs](qsizetype side, qsizetype other) {
        return pairs > 0 && side * 4 >= pairs && other * 16 <= side;
    };
    return oneSided(nulOdd, nulEven) || oneSided(nulEven, nulOdd);
}

/// The character Windows-1252 writes as `b`: Latin-1 but for 0x80–0x9F, where the five bytes
/// it leaves undefined keep their C1 code point, as Windows itself decodes them.
char16_t windows1252(unsigned char b)
{
    static constexpr char16_t high[32] = {
            0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
            0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
            0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    return b >= 0x80 && b <= 0x9F ? high[b - 0x80] : char16_t(b);
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
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (const char ch : bytes)
        *d++ = QChar(windows1252(static_cast<unsigned char>(ch)));
    return out;
}

qsizetype firstImplausibleWindows1252(const QByteArray &bytes)
{
    enum : quint8 { Letter = 1, Lower = 2, Upper = 4, Foreign = 8 };
    // What each byte stands for in Windows-1252, worked out once.
    static const std::array<quint8, 256> classes = [] {
        // Rules 1 and 2: the bytes 0x80-0x9F that French text never uses (undefined ones too).
        static constexpr bool foreign[32]
                = {false, true,  true,  true,  true,  false, true,  true, // € - ‚ ƒ „ … † ‡
                   true,  true,  true,  true,  false, true,  true,  true, // ˆ ‰ Š ‹ Œ - Ž -
                   true,  false, false, false, false, false, false, false, // - ‘ ’ “ ” • – —
                   true,  true,  true,  true,  false, true,  true,  false}; // ˜ ™ š › œ - ž Ÿ
        std::array<quint8, 256> table{};
        for (int b = 0; b < 256; ++b) {
            const QChar c(windows1252(static_cast<unsigned char>(b)));
            table[b] = quint8((c.isLetter() ? Letter : 0) | (c.isLower() ? Lower : 0)
                              | (c.isUpper() ? Upper : 0)
                              | (b >= 0x80 && b <= 0x9F && foreign[b - 0x80] ? Foreign : 0));
        }
        return table;
    }();
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    const auto is = [p, n](qsizetype i, quint8 what) {
        return i >= 0 && i < n && (classes[p[i]] & what) != 0;
    };
    qsizetype i = 0;
    while (i < n) {
        // Plain ASCII, eight bytes at a time.
        quint64 word;
        while (i + 8 <= n && (std::memcpy(&word, p + i, 8), (word & 0x8080808080808080) == 0))
            i += 8;
        while (i < n && p[i] < 0x80)
            ++i;
        // A run of bytes from 0x80 up.
        const qsizetype runStart = i;
        bool runHasSpace = false;
        bool runRepeats = true;
        for (; i < n && p[i] >= 0x80; ++i) {
            const unsigned char b = p[i];
            const quint8 c = classes[b];
            if (c & Foreign)
                return i;
            runHasSpace = runHasSpace || b == 0xA0;
            runRepeats = runRepeats && b == p[runStart];
            // Rule 3: « à » (0xE0) alone is a word; every other accented lowercase letter is
            // in one.
            if ((c & Lower) && b != 0xE0 && !is(i - 1, Letter) && !is(i + 1, Letter))
                return i;
            // Rule 4.
            if ((c & Upper) && is(i - 1, Lower))
                return i;
        }
        // Rule 5.
        if (i - runStart >= 3 && !runHasSpace && !runRepeats)
            return runStart;
    }
    return -1;
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
        if (bytes.contains('\0')) {
            if (looksLikeUtf16WithoutBom(bytes)) {
                return failure(Msg::tr("the file is UTF-16 text without the mark that says how to "
                                       "read it: save it from the spreadsheet as “CSV UTF-8” "
                                       "and import that file"));
            }
            return failure(Msg::tr("the file is not a text file (CSV)"));
        }
        int multibyte = 0;
        const qsizetype bad = firstInvalidUtf8(bytes, 0, &multibyte);
        if (bad < 0) {
            d.text = QString::fromUtf8(bytes);
            d.encoding = u"UTF-8"_s;
        } else if (multibyte > 0 && firstImplausibleWindows1252(lineWithoutUtf8(bytes, bad)) < 0) {
            // Valid UTF-8 sequences beside Windows-1252: part of the file was pasted from
            // another encoding; either decoding would garble some names.
            return failure(Msg::tr("the file mixes the UTF-8 and Windows-1252 encodings (here "
                                   "for the first time): save it again as “CSV UTF-8”"),
                           lineOfByte(bytes, bad));
        } else if (const qsizetype odd = multibyte > 0 ? bad : firstImplausibleWindows1252(bytes);
                   odd >= 0) {
            // Another encoding altogether (some of its bytes may happen to form UTF-8).
            return failure(Msg::tr("the file is neither in UTF-8 nor in Windows-1252: its "
                                   "accented letters would be stored garbled (here for the "
                                   "first time; the file may come from a Mac or be in another "
                                   "alphabet): save it from the spreadsheet as “CSV UTF-8” and "
                                   "import that file"),
                           lineOfByte(bytes, odd));
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
    // Past the caps, one message and nothing more is read: the header is not a header (or the
    // separator is not the one detected), or a quote is never closed.
    const auto tooLarge = [&](int recordLine, qsizetype fieldIndex) {
        if (!haveHeader) {
            errors.append({fileName, recordLine, QString(), QString(),
                           Msg::tr("the header line is too long (at most %L1 columns and %L2 "
                                   "characters): check that the first line of the file gives "
                                   "the names of the columns, and that this is the right file")
                                   .arg(MaxColumns)
                                   .arg(MaxHeaderChars)});
        } else if (fieldIndex >= MaxColumns) {
            errors.append({fileName, recordLine, QString(), QString(),
                           Msg::tr("the line has more than %L1 fields: check the separators "
                                   "and the quotes (the rest of the file is not read)")
                                   .arg(MaxColumns)});
        } else {
            errors.append({fileName, recordLine, columnName(fieldIndex), QString(),
                           Msg::tr("a field is longer than %L1 characters, the most a "
                                   "spreadsheet cell holds: if it starts with a quote, check "
                                   "that its closing quote is not missing (the rest of the "
                                   "file is not read)")
                                   .arg(MaxFieldChars)});
        }
        return table;
    };

    while (i < n) {
        const int recordLine = line;
        const qsizetype recordStart = i;
        QStringList fields;
        bool recordBroken = false;
        bool endOfRecord = false;
        while (!endOfRecord) {
            QString field;
            if (i < n && data[i] == u'"') {
                ++i;
                bool closed = false;
                while (i < n) {
                    // The characters up to the next quote or line break, at once (and no more
                    // than the cap allows).
                    qsizetype j = i;
                    const qsizetype stop = std::min(n, i + MaxFieldChars + 1);
                    while (j < stop && data[j] != u'"' && data[j] != u'\n' && data[j] != u'\r')
                        ++j;
                    field.append(data + i, j - i);
                    i = j;
                    if (field.size() > MaxFieldChars)
                        return tooLarge(recordLine, fields.size());
                    if (i >= n)
                        break;
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
                    // A line break inside a cell: kept as "\n", whatever the file uses.
                    if (c == u'\r' && i + 1 < n && data[i + 1] == u'\n')
                        ++i;
                    field += u'\n';
                    ++line;
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
                        errors.append(
                                {fileName, recordLine, columnName(fields.size()),
                                 shortened(field
                                           + QStringView(data + afterQuote,
                                                         std::min<qsizetype>(j - afterQuote, 100))),
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
                if (i - start > MaxFieldChars)
                    return tooLarge(recordLine, fields.size());
                field = QString(data + start, i - start);
            }
            if (fields.size() >= MaxColumns || (!haveHeader && i - recordStart > MaxHeaderChars))
                return tooLarge(recordLine, fields.size());
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
    const QString name = QFileInfo(path).fileName();
    const auto refuse = [&](const QString &message, int line = 0) -> std::optional<CsvTable> {
        errors.append({name, line, QString(), QString(), message});
        return std::nullopt;
    };
    // SafeFiles refuses folders, pipes, devices and the open database without opening them;
    // the size is checked here first, to give the import's cap in its own words.
    if (const Status readable = SafeFiles::checkReadable(path, std::numeric_limits<qint64>::max());
        !readable) {
        if (readable.error().kind == Error::Kind::NotFound)
            return refuse(Msg::tr("the file does not exist: check the path “%1”").arg(path));
        return refuse(readable.error().message);
    }
    if (const qint64 size = QFileInfo(path).size(); size > MaxFileBytes) {
        constexpr qint64 mb = 1024 * 1024;
        return refuse(Msg::tr("the file is too large (%L1 MB; at most %L2 MB): check that it is "
                              "the right file, or split it into several files imported one "
                              "after the other")
                              .arg((size + mb - 1) / mb)
                              .arg(MaxFileBytes / mb));
    }
    DecodedText decoded;
    {
        const auto bytes = SafeFiles::readRegularFile(path, MaxFileBytes);
        if (!bytes)
            return refuse(bytes.error().message);
        if (QByteArrayView(*bytes).trimmed().isEmpty())
            return refuse(Msg::tr("the file is empty"));
        decoded = decode(*bytes);
    } // the bytes are freed before parsing
    if (!decoded.ok())
        return refuse(decoded.errorMessage, decoded.errorLine);
    const qsizetype before = errors.size();
    CsvTable table = parse(decoded.text, name, errors);
    table.encoding = decoded.encoding;
    if (table.header.isEmpty()) {
        if (errors.size() > before)
            return std::nullopt; // the header could not be read: its problem is reported
        return refuse(Msg::tr("the file is empty"));
    }
    if (table.records.isEmpty() && errors.size() == before) {
        errors.append({name, 0, QString(), QString(),
                       Msg::tr("the file has a header line but no data")});
    }
    return table;
}

} // namespace Passerelle::Import
