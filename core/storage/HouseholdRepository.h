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

/// A member of a household of the scope who may be the person being referred
/// (SamePerson::matches()), with the household's row.
struct PersonMatch
{
    HouseholdRow household;
    Member member;
};

/// The order of the households list (then by reference, unique, so that pages follow).
struct HouseholdSort
{
    enum class Key { Reference, Name, Agency, Actions, Status, LastContact, Publics };
    Key key = Key::Reference;
    Qt::SortOrder order = Qt::AscendingOrder;
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
    /// Deletes a file created by mistake (a duplicate, a wrong referral) with everything
    /// recorded in it: needs Permission::DeleteHouseholds (head office) and a reason, which
    /// the journal keeps with the reference (never the names). For the files of households
    /// actually followed, retention anonymises instead.
    Status deleteCreatedByMistake(const Scope &scope, Id id, const QString &reason) const;

    /// The members of the households of the scope who may be `person` (same names ignoring
    /// case and accents, same birth date when both are known), by reference: before a new
    /// household is created, to open the existing file instead. A few queries: the search
    /// key narrows the households, their members are then compared.
    Result<QList<PersonMatch>> findPerson(const Scope &scope, const Member &person) const;

    /// Households of the scope matching the filter, by reference.
    /// The list of households the scope may see, for an export by the staff (names
    /// included): needs Permission::ExportHouseholds, and is journaled as an export (how many,
    /// in which format; never who).
    Result<QList<HouseholdRow>> listForExport(const Scope &scope, const HouseholdFilter &filter,
                                              const QString &format) const;
    /// Households of the scope matching the filter, in the order asked, from `offset` on, at
    /// most `limit` of them (all when negative): the list is read page by page, each page in a
    /// few queries whatever the number of households (indexes follow every order).
    Result<QList<HouseholdRow>> list(const Scope &scope, const HouseholdFilter &filter = {},
                                     const HouseholdSort &sort = {}, qsizetype offset = 0,
                                     qsizetype limit = -1) const;
    /// How many households list() gives for this filter.
    Result<qsizetype> count(const Scope &scope, const HouseholdFilter &filter = {}) const;

    /// The search key stored for a household: normalised reference and member names.
    static QString searchKeyOf(const Household &household);
    /// The names a household's row keeps for the lists (display name, search key, name key
    /// for sorting): namesSql() updates them with the values of namesOf() or anonymisedNames().
    static QString namesSql();
    static QVariantList namesOf(const Household &household);
    static QVariantList anonymisedNames(const QString &reference, Id id);
    /// Fills the name key of households stored before schema 5 (Database::migrate()).
    static Status fillNameKeys(Database &db);

private:
    /// " WHERE ..." over households aliased h, for list() and count().
    Result<QString> listWhere(const Scope &scope, const HouseholdFilter &filter,
                              QVariantList &values) const;
};

} // namespace Passerelle
