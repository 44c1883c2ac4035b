#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Passerelle {

/// The reference lists of DOMAIN.md and the app's own coded lists. Codes are stable ASCII
/// snake_case and are what data, imports, JSON and CSV carry; labels are what people read.
enum class ReferenceList {
    Public,
    Composition,
    PriorSituation,
    ResourceSource,
    LeaseType,
    Typology,
    ReferralOutcome,
    CalDecision,
    DiagnosticDomain,
    DiagnosticKind,
    PlanAxis,
    ObjectiveStatus,
    ContactType,
    SupportOutcome,
    FundingSource,
    HouseholdKind,
    MemberRole,
    UserRole,
    PartnerKind,
    PartnerField,
    ActionCategory,
    MeetingPurpose,
    MeetingOutcome,
    MeetingParty,
    AlertType,
    CommitteeDecision,
    LeaseStartReason,
    LeaseReviewOutcome,
    SupportIntensity,
    ContractVersionKind,
    MeetingFrequency,
    ExpenseCategory,
    HouseholdStatus,
    Civility,
};

/// One entry of a reference list.
struct ReferenceItem
{
    QString code;
    QString label;       ///< in the user's language (translated for built-in entries)
    QString frenchLabel; ///< the label of DOMAIN.md, whatever the user's language
    bool builtIn = true;
};

namespace ReferenceLists {

/// Every list, in declaration order.
QList<ReferenceList> all();

/// Stable name of a list ("publics", "composition"...), used in storage and messages.
QString key(ReferenceList list);
/// The list whose key() is `key`, if any.
bool fromKey(const QString &key, ReferenceList *list);
/// Human name of the list, translated.
QString title(ReferenceList list);
/// True when the administrator may add entries to this list.
bool isExtensible(ReferenceList list);

/// The built-in entries of a list, in their documented order, labels translated.
QList<ReferenceItem> builtIn(ReferenceList list);
/// The built-in codes of a list.
QStringList builtInCodes(ReferenceList list);
/// True when `code` is a built-in code of `list`.
bool isBuiltIn(ReferenceList list, const QString &code);
/// Translated label of a built-in code, or the code itself when unknown.
QString label(ReferenceList list, const QString &code);
/// Translated labels of several codes, joined with ", ".
QString labels(ReferenceList list, const QStringList &codes);

/// Lower-case, accent-free, single-spaced form of a text, for matching labels and searching
/// ("Hélène  Dupont" and "helene dupont" have the same key). `_` and `-` count as spaces.
QString normalizedKey(const QString &text);

/// True when `code` is well formed for a reference list (ASCII snake_case, 1-40 chars).
bool isValidCode(const QString &code);

} // namespace ReferenceLists
} // namespace Passerelle
