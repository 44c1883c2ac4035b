#pragma once

#include "exchange/Import.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Passerelle::Import {

/// What the import reads at most. Beyond these, a file is refused at once with one message,
/// before it costs seconds, gigabytes and a message per column (a 10 MB header line of five
/// million columns took 30 s and 1.8 GB before these caps).
/// - File: 256 MB. The benchmark's 10 000 households and 200 000 contacts (bench_import_review)
///   take 2.7 MB and 14 MB; 256 MB leaves room for notes of more than 1 000 characters on each
///   of 200 000 contacts, and is still read in a few seconds.
/// - Header line: 1 000 columns and 64 000 characters. IMPORT.md names 33 columns; a unit's own
///   extra columns (ignored with a warning) are a few dozen at most.
/// - Field: 32 767 characters, the most a spreadsheet cell holds (Excel): a longer field does
///   not come from a cell, it is most often a quote that is never closed.
inline constexpr qint64 MaxFileBytes = qint64(256) * 1024 * 1024;
inline constexpr int MaxColumns = 1000;
inline constexpr qsizetype MaxHeaderChars = 64000;
inline constexpr qsizetype MaxFieldChars = 32767;

/// One record of a CSV file: its fields as written (quotes removed, doubled quotes undone,
/// line breaks inside quotes kept as "\n") and the physical line where it starts.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

/// A parsed CSV file: the header (first non-empty record) and the data records after it.
struct CsvTable
{
    QChar separator = u';';
    QString encoding; ///< "UTF-8", "UTF-8 (BOM)", "UTF-16" or "Windows-1252"
    int headerLine = 0;
    QStringList header;
    QList<CsvRecord> records; ///< records with a wrong number of fields are left out
};

/// What a byte array decodes to, or why it is not a text file.
struct DecodedText
{
    QString text;
    QString encoding;
    int errorLine = 0;    ///< when the text cannot be decoded: the line at fault (0: file)
    QString errorMessage; ///< empty when decoded

    bool ok() const { return errorMessage.isEmpty(); }
};

/// Detects the encoding (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252) and
/// decodes; refuses binary files, spreadsheets saved in their own format, files that mix
/// UTF-8 with Windows-1252 (decoding them either way would show « RÃ©sidence »), UTF-16
/// without BOM, and files that are not plausible Windows-1252 text either (Mac Roman,
/// Shift-JIS...: see firstImplausibleWindows1252).
DecodedText decode(const QByteArray &bytes);

/// Where `bytes` (not UTF-8, no NUL byte) stop looking like French text in Windows-1252, or -1
/// when they look like it throughout. A simple heuristic, applied byte by byte:
/// 1. The five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) never occur;
///    Mac Roman writes è ç ê ù with them, Shift-JIS starts many characters with them.
/// 2. Nor do the other bytes 0x80-0x9F that French text has no use for: ‚ ƒ „ † ‡ ˆ ‰ Š ‹ Ž ˜ ™
///    š › ž. Mac Roman writes É é à â ô ä ö û with them, Shift-JIS its kana and many kanji.
///    (€ … ‘ ’ “ ” • – — Œ œ Ÿ are accepted.)
/// 3. A lowercase accented letter stands beside another letter (« Zoé », « l’été »); only « à »
///    stands alone.
/// 4. An uppercase accented letter never follows a lowercase letter (Mac Roman’s ’ « » … read
///    as Õ Ç È É: « lÕeau »).
/// 5. No run of three bytes or more from 0x80 up, unless it repeats one character or holds a
///    non-breaking space (0xA0, as in a « followed by À): Japanese text is made of such runs.
/// A file refused wrongly costs its user one « CSV UTF-8 » save; a file accepted wrongly would
/// store every accented name garbled.
qsizetype firstImplausibleWindows1252(const QByteArray &bytes);

/// Windows-1252, as French Excel writes it: Latin-1 plus € œ ’ … and friends in 0x80–0x9F.
/// (Implemented with a table: Qt 6.4 only offers it when it was built with ICU.)
QString fromWindows1252(const QByteArray &bytes);

/// The separator of the header line (outside quotes): the most frequent of ';', tab and ','
/// (';' when the header has none).
QChar detectSeparator(const QString &text);

/// Parses RFC 4180 text. Problems (unclosed quote, wrong number of fields, stray characters
/// after a closing quote) are appended to `errors` with `fileName`; every one names the line
/// where its record starts. Empty records (blank lines, lines of separators only) are skipped.
CsvTable parse(const QString &text, const QString &fileName, QList<Problem> &errors);

/// Reads, decodes and parses a file. On a problem that prevents reading it at all (missing,
/// unreadable, empty, binary), appends it to `errors` and returns nothing.
std::optional<CsvTable> readFile(const QString &path, QList<Problem> &errors);

} // namespace Passerelle::Import
