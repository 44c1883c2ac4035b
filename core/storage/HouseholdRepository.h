#pragma once

#include "Repository.h"

namespace Passerelle {

/// What the households list shows of one household (computed in a few queries, never one
/// query per household).
struct HouseholdRow
{
    Id id = 0;
    QString reference;
    QString displayName; ///< "DUPONT Hélène"
    Id agencyId = 0;
    Id cesfUserId = 0;
    QString composition;
    QStringList publics;
    QList<Id> actionIds;   ///< actions of its supports and referrals
    QStringList householdKinds; ///< of its supports
    QString status;        ///< ReferenceList::HouseholdStatus
    QDate supportStart;    ///< earliest start of support
    QDate supportEnd;      ///< latest end of support, when every support ended
    QDate lastContact;
    QString searchKey;     ///< normalised reference and names
};

struct HouseholdFilter
{
    QString text;          ///< matches reference and member names, ignoring case and accents
    Id agencyId = 0;
    Id actionId = 0;
    QString status;
    QString publicCode;
    /// Only these households (the ones behind a figure of the review), when set.
    std::optional<QList<Id>> ids;
};

/// Households with their members.
class HouseholdRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdRepository)

public:
    using Repository::Repository;

    enum class Trace { Read, Silent };

    /// The household file. Opening it is recorded in the audit journal unless Trace::Silent
    /// (for internal computations that show nothing of it).
    Result<Household> get(const Scope &scope, Id id, Trace trace = Trace::Read) const;
    Result<std::optional<Id>> findByReference(const Scope &scope, const QString &reference) const;
    /// The households of the scope with these references, with their members (a few queries
    /// for thousands of references, for imports). Not traced as reads: the caller only
    /// compares them with what it is about to save, which the journal records.
    Result<QList<Household>> findByReferences(const Scope &scope,
                                              const QStringList &references) const;

    /// Inserts or updates the household and its members in one transaction. The update is
    /// refused with Error::Conflict if someone saved the household since it was read; the
    /// message says who, when, and what they changed compared with `asRead` (the household as
    /// the user opened it; when not given, compared with what the user tried to save).
    Status save(const Scope &scope, Household &household,
                const Household *asRead = nullptr) const;
    /// Inserts many new households (ids 0) with their members at once, for imports, with the
    /// guarantees of save() (validation, agency scope, unique references, one journal entry
    /// each) through prepared statements, in one transaction. On error nothing is inserted and
    /// `*failedRow` (when given) is the index of the household at fault, or -1.
    Status insertMany(const Scope &scope, QList<Household> &households,
                      qsizetype *failedRow = nullptr) const;
    Status remove(const Scope &scope, Id id) const;

    /// Households of the scope matching the filter, by reference.
    /// The list of households the scope may see, for an export by the staff (names
    /// included): needs Permission::ExportHouseholds, and is journaled as an export (how many,
    /// in which format; never who).
    Result<QList<HouseholdRow>> listForExport(const Scope &scope, const HouseholdFilter &filter,
                                              const QString &format) const;
    Result<QList<HouseholdRow>> list(const Scope &scope, const HouseholdFilter &filter = {}) const;

    /// The search key stored for a household: normalised reference and member names.
    static QString searchKeyOf(const Household &household);
};

} // namespace Passerelle
