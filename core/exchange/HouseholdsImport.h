#pragma once

// Internal to the import: households.csv, one line per household and action.

#include "exchange/ImportContext.h"

namespace Passerelle::Import {

/// A household-level value and where it was read, for messages about later lines.
template<typename T>
struct Given
{
    std::optional<T> value;
    int line = 0;
    QString raw;
    bool present = false; ///< some line has a cell for it, even one that could not be read

    explicit operator bool() const { return value.has_value(); }
    const T &operator*() const { return *value; }
    const T *operator->() const { return &*value; }
};

/// What one line says about the household's path in one action.
struct ActionLine
{
    int line = 0;
    QString agencyText;
    QString actionText;
    QString partnerText;
    Id agencyId = 0;
    Id actionId = 0;
    Id partnerId = 0;
    QString householdKind;
    std::optional<QDate> referralDate;
    QString referralOutcome;
    std::optional<QDate> diagnosticDate;
    std::optional<QDate> meetingDate;
    std::optional<QDate> calDate;
    QString calDecision;
    std::optional<QDate> start;
    std::optional<QDate> end;
    QString outcome;
};

/// A household of the file: its lines merged (a value given on two lines must agree).
struct HouseholdData
{
    QString reference;
    int firstLine = 0;
    bool failed = false;
    Given<QString> lastName;
    Given<QString> firstName;
    Given<QDate> birthDate;
    Given<QString> composition;
    Given<int> children;
    Given<QStringList> publics;
    Given<Cents> resources;
    Given<QStringList> sources;
    Given<QString> priorSituation;
    Given<QString> address;
    Given<QString> commune;
    Given<QString> typology;
    Given<bool> qpv;
    Given<Cents> rent;
    Given<QDate> entry;
    Given<QString> leaseType;
    Given<QDate> glissement;
    Given<QDate> exit;
    Given<QString> exitReason;
    QList<ActionLine> lines;
    Id agencyId = 0;
};

class HouseholdsImport
{
public:
    /// The columns, in the order of columns() (a struct, so that `Col::Agency` never hides
    /// the Agency type).
    struct Col
    {
        enum : int {
            Reference,
            LastName,
            FirstName,
            BirthDate,
            Composition,
            Children,
            Publics,
            HouseholdKind,
            Agency,
            Action,
            Partner,
            PriorSituation,
            Resources,
            ResourceSources,
            ReferralDate,
            ReferralOutcome,
            DiagnosticDate,
            MeetingDate,
            CalDate,
            CalDecision,
            LeaseEntry,
            LeaseType,
            Glissement,
            Address,
            Commune,
            Typology,
            Qpv,
            Rent,
            SupportStart,
            SupportEnd,
            SupportOutcome,
            LeaseExit,
            LeaseExitReason,
        };
    };
    static QList<ColumnSpec> columns();

    HouseholdsImport(Context &context, const Sheet &sheet);

    /// Reads every line: values, rules within a line, and agreement between the lines of a
    /// household.
    void parse();
    /// The references of the file, in file order.
    QStringList references() const;
    /// Finds (or creates) the agencies, actions and partners the lines name.
    void resolveDirectories();
    /// Creates or updates the households and their records; `progressUnits`: its share of
    /// the progress.
    void write(qint64 progressUnits);

private:
    void parseRecord(const CsvRecord &record);
    void checkHousehold(HouseholdData &household);
    template<typename T>
    void merge(Given<T> &into, const std::optional<T> &value, Row &row, int column);
    void error(HouseholdData &household, int line, int column, const QString &value,
               const QString &message);

    /// The household as it will be stored: `stored` (or a new one) with the file's values.
    /// False when it breaks a rule (reported).
    bool buildHousehold(HouseholdData &data, const Household *stored, Household &household);
    bool applyDwelling(const HouseholdData &data, Dwelling &dwelling);
    void writeHouseholds();
    void writeDwellings();
    void writeDwellingWithoutAddress(qsizetype index);
    void writeLeases();
    void writeLines();
    /// Inserts new rows at once; when the batch is refused, one by one to report each
    /// problem on its line. Tells which rows were inserted.
    template<typename Repository, typename T>
    QList<bool> insertAll(const Repository &repository, QList<T> &rows, const QList<int> &lines);

    /// A household of the file as stored by write().
    struct Written
    {
        Household household;
        Id dwellingId = 0;
        bool ok = false;
    };

    Context &m_ctx;
    const Sheet &m_sheet;
    QList<HouseholdData> m_households;
    QHash<QString, qsizetype> m_byReference;
    QList<Written> m_written; ///< by index in m_households
};

} // namespace Passerelle::Import
