#pragma once

// Spreadsheets for the import tests (IMPORT.md), byte for byte, shared by the core tests of
// the import and the tests of the import wizard: the same files must give the same messages.

#include "security/Scope.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Passerelle {
class Database;
}

namespace Passerelle::Testing::ImportSamples {

/// The columns every households file must have, and a line that fills them.
extern const QString Required;
QString validLine(const QString &reference = QStringLiteral("R1"));

/// Lines ended with CRLF, as Excel writes them, in UTF-8 without BOM.
QByteArray lines(const QStringList &text, const QString &end = QStringLiteral("\r\n"));

/// What French Excel writes by default ("CSV (séparateur : point-virgule)").
QByteArray windows1252(const QString &text);

/// Every column of households.csv, in IMPORT.md's order.
extern const QStringList AllColumns;
/// A line of households.csv with every column, from the values given by column name.
QString fullLine(const QHash<QString, QString> &values);
/// Two households with every part of their path (one in two actions), in Windows-1252:
/// 2 households, 3 supports.
QByteArray fullHouseholds(const QString &composition = QStringLiteral("famille_monoparentale"),
                          const QString &end = QString(), const QString &outcome = QString(),
                          const QStringList &more = {});
/// Three contacts of the households of fullHouseholds().
QByteArray fullContacts();

/// The agency, actions and partner the files name: TLS-N, LAAVA and ASR, UCRM.
bool addDirectories(Database &db, const Scope &scope);
/// A household (R0) and its contact, imported before each malformed sample: the refused
/// import must leave it as it was (one sample names it).
QByteArray storedHouseholds();
QByteArray storedContacts();

/// A file pair the import refuses, and its errors exactly (French, with plain spaces).
struct MalformedImport
{
    QString name;
    QByteArray households;
    QByteArray contacts; ///< null: no contacts file
    QStringList expected;
};
/// Every malformed file of the import tests, on a base with addDirectories() and the stored
/// household.
QList<MalformedImport> malformedImports();

} // namespace Passerelle::Testing::ImportSamples
