#pragma once

#include "exchange/Import.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Passerelle::Import {

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
/// decodes; refuses binary files, spreadsheets saved in their own format, and files that mix
/// UTF-8 with Windows-1252 (decoding them either way would show « RÃ©sidence »).
DecodedText decode(const QByteArray &bytes);

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
