#pragma once

#include "Result.h"
#include "domain/ReferenceCatalog.h"

#include <QCoreApplication>
#include <QVariant>

#include <vector>

namespace Passerelle {

class Database;

/// The reference codes read from a database, checked against their lists: a value outside its
/// list means the base is damaged (a flipped byte in a page or an index, a program that wrote
/// past the rules), and becomes an error — never a label, a count or a figure. One hash
/// look-up per code, and most often not even that: the values read repeat a few codes, which
/// are compared with those already found. Every code column of Sql::Table is checked here, and
/// the repositories that read codes with their own queries (review, dashboard...) go through
/// it too. Used in one thread, as its Database.
class StoredCodes
{
    Q_DECLARE_TR_FUNCTIONS(StoredCodes)

public:
    StoredCodes(ReferenceCatalog catalog, QString databaseName);
    /// The lists of `db` (the built-in codes and those the administrator added).
    static Result<StoredCodes> of(Database &db);

    /// The code held in `value`: empty (not given) or a code of `list`. `where` ("table.column")
    /// goes in the error's technical detail.
    Result<QString> code(ReferenceList list, const QVariant &value, const char *where) const;
    /// Codes joined with '|' (publics, resource sources...), each of them a code of `list`.
    Result<QStringList> codes(ReferenceList list, const QVariant &value, const char *where) const;
    /// The same, for a column of a Sql::Table.
    Status check(ReferenceList list, bool multiple, const QVariant &value,
                 const QString &where) const;

    /// The error for a value of `list` that is not one of its codes: the base is damaged.
    static Error damaged(const QString &databaseName, ReferenceList list, const QString &where);

private:
    bool isKnown(ReferenceList list, QStringView code) const;
    Error damaged(ReferenceList list, const QString &where) const
    {
        return damaged(m_databaseName, list, where);
    }

    ReferenceCatalog m_catalog;
    QString m_databaseName;
    /// By list, the codes already found in it. Comparing a value with them costs a few
    /// nanoseconds; hashing it for the look-up, a hundred and more (bench_integrity).
    mutable std::vector<std::vector<QString>> m_seen;
};

} // namespace Passerelle
