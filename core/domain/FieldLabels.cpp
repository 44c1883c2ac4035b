#include "FieldLabels.h"

#include <QCoreApplication>
#include "Consent.h"
#include "ReferenceLists.h"

#include <QDate>
#include <QHash>
#include <QLocale>
#include <QStringList>

namespace Passerelle::FieldLabels {
namespace {

const QHash<QString, const char *> &labels()
{
    static const QHash<QString, const char *> map = {
        {QStringLiteral("action_id"), QT_TRANSLATE_NOOP("Field", "Action")},
        {QStringLiteral("actions"), QT_TRANSLATE_NOOP("Field", "Planned actions")},
        {QStringLiteral("active"), QT_TRANSLATE_NOOP("Field", "Active")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("Field", "Address")},
        {QStringLiteral("agency_id"), QT_TRANSLATE_NOOP("Field", "Agency")},
        {QStringLiteral("amount"), QT_TRANSLATE_NOOP("Field", "Amount")},
        {QStringLiteral("amount_granted"), QT_TRANSLATE_NOOP("Field", "Amount granted")},
        {QStringLiteral("amount_received"), QT_TRANSLATE_NOOP("Field", "Amount received")},
        {QStringLiteral("association_commitments"),
         QT_TRANSLATE_NOOP("Field", "Commitments of the association")},
        {QStringLiteral("association_signatory"),
         QT_TRANSLATE_NOOP("Field", "Signatory for the association")},
        {QStringLiteral("author"), QT_TRANSLATE_NOOP("Field", "Author")},
        {QStringLiteral("author_user_id"), QT_TRANSLATE_NOOP("Field", "Author")},
        {QStringLiteral("axis"), QT_TRANSLATE_NOOP("Field", "Axis")},
        {QStringLiteral("birth_date"), QT_TRANSLATE_NOOP("Field", "Birth date")},
        {QStringLiteral("civility"), QT_TRANSLATE_NOOP("Field", "Civility")},
        {QStringLiteral("budget"), QT_TRANSLATE_NOOP("Field", "Budget")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("Field", "Category")},
        {QStringLiteral("cesf_user_id"), QT_TRANSLATE_NOOP("Field", "CESF referent")},
        {QStringLiteral("charges"), QT_TRANSLATE_NOOP("Field", "Charges")},
        {QStringLiteral("closed_date"), QT_TRANSLATE_NOOP("Field", "Closing date")},
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("Field", "Code")},
        {QStringLiteral("commune"), QT_TRANSLATE_NOOP("Field", "Commune")},
        {QStringLiteral("composition"), QT_TRANSLATE_NOOP("Field", "Composition")},
        {QStringLiteral("conditions"), QT_TRANSLATE_NOOP("Field", "Conditions")},
        {QStringLiteral("consent_date"), QT_TRANSLATE_NOOP("Field", "Date of consent")},
        {QStringLiteral("consent_information"),
         QT_TRANSLATE_NOOP("Field", "Explained at consent")},
        {QStringLiteral("anonymised_at"), QT_TRANSLATE_NOOP("Field", "Anonymised on")},
        {QStringLiteral("internal_notes"),
         QT_TRANSLATE_NOOP("Field", "Notes internal to the landlord")},
        {QStringLiteral("observation"), QT_TRANSLATE_NOOP("Field", "Observation")},
        // Summaries of the journal's own entries (exports, backups, purges).
        {QStringLiteral("entries"), QT_TRANSLATE_NOOP("Field", "Entries")},
        {QStringLiteral("households"), QT_TRANSLATE_NOOP("Field", "Households")},
        {QStringLiteral("removed"), QT_TRANSLATE_NOOP("Field", "Entries purged")},
        {QStringLiteral("up_to"), QT_TRANSLATE_NOOP("Field", "Up to the entry")},
        {QStringLiteral("anchor"), QT_TRANSLATE_NOOP("Field", "Hash the journal chains from")},
        {QStringLiteral("manual"), QT_TRANSLATE_NOOP("Field", "Asked by the user")},
        {QStringLiteral("automatic"), QT_TRANSLATE_NOOP("Field", "Automatic")},
        {QStringLiteral("offset_months"),
         QT_TRANSLATE_NOOP("Field", "Months after the end of support")},
        {QStringLiteral("created_at"), QT_TRANSLATE_NOOP("Field", "Created on")},
        {QStringLiteral("updated_at"), QT_TRANSLATE_NOOP("Field", "Changed on")},
        {QStringLiteral("version"), QT_TRANSLATE_NOOP("Field", "Version")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("Field", "Date")},
        {QStringLiteral("decision"), QT_TRANSLATE_NOOP("Field", "Decision")},
        {QStringLiteral("decision_notes"), QT_TRANSLATE_NOOP("Field", "Notes on the decision")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("Field", "Description")},
        {QStringLiteral("done_date"), QT_TRANSLATE_NOOP("Field", "Date done")},
        {QStringLiteral("due_date"), QT_TRANSLATE_NOOP("Field", "Due date")},
        {QStringLiteral("duration_minutes"), QT_TRANSLATE_NOOP("Field", "Duration (minutes)")},
        {QStringLiteral("duration_months"), QT_TRANSLATE_NOOP("Field", "Duration (months)")},
        {QStringLiteral("dwelling_id"), QT_TRANSLATE_NOOP("Field", "Dwelling")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("Field", "Email")},
        {QStringLiteral("end_date"), QT_TRANSLATE_NOOP("Field", "End date")},
        {QStringLiteral("end_notes"), QT_TRANSLATE_NOOP("Field", "Notes on the end of support")},
        {QStringLiteral("end_reason"), QT_TRANSLATE_NOOP("Field", "Reason for the end")},
        {QStringLiteral("expected_glissement_date"),
         QT_TRANSLATE_NOOP("Field", "Expected date of the glissement")},
        {QStringLiteral("first_name"), QT_TRANSLATE_NOOP("Field", "First name")},
        {QStringLiteral("furnished"), QT_TRANSLATE_NOOP("Field", "Furnished")},
        {QStringLiteral("glissement_conditions"),
         QT_TRANSLATE_NOOP("Field", "Conditions of the glissement")},
        {QStringLiteral("household_id"), QT_TRANSLATE_NOOP("Field", "Household file")},
        {QStringLiteral("household_commitments"),
         QT_TRANSLATE_NOOP("Field", "Commitments of the household")},
        {QStringLiteral("household_kind"), QT_TRANSLATE_NOOP("Field", "Kind of household")},
        {QStringLiteral("intensity"), QT_TRANSLATE_NOOP("Field", "Intensity")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("Field", "Kind")},
        {QStringLiteral("landlord_commitments"),
         QT_TRANSLATE_NOOP("Field", "Commitments of the landlord")},
        {QStringLiteral("landlord_signatory"),
         QT_TRANSLATE_NOOP("Field", "Signatory for the landlord")},
        {QStringLiteral("last_name"), QT_TRANSLATE_NOOP("Field", "Last name")},
        {QStringLiteral("lead_partner_id"), QT_TRANSLATE_NOOP("Field", "Lead partner")},
        {QStringLiteral("lease_id"), QT_TRANSLATE_NOOP("Field", "Lease")},
        {QStringLiteral("main_resource_source"),
         QT_TRANSLATE_NOOP("Field", "Main source of income")},
        {QStringLiteral("meeting_frequency"), QT_TRANSLATE_NOOP("Field", "Meeting frequency")},
        {QStringLiteral("minutes"), QT_TRANSLATE_NOOP("Field", "Minutes")},
        {QStringLiteral("monthly_resources"), QT_TRANSLATE_NOOP("Field", "Monthly income")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("Field", "Name")},
        {QStringLiteral("need"), QT_TRANSLATE_NOOP("Field", "Need")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("Field", "Notes")},
        {QStringLiteral("outcome"), QT_TRANSLATE_NOOP("Field", "Outcome")},
        {QStringLiteral("outcome_date"), QT_TRANSLATE_NOOP("Field", "Date of the outcome")},
        {QStringLiteral("participants"), QT_TRANSLATE_NOOP("Field", "Participants")},
        {QStringLiteral("partner_id"), QT_TRANSLATE_NOOP("Field", "Partner")},
        {QStringLiteral("partner_referent"), QT_TRANSLATE_NOOP("Field", "Partner's referent")},
        {QStringLiteral("partners_to_mobilise"),
         QT_TRANSLATE_NOOP("Field", "Partners to mobilise")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("Field", "Phone")},
        {QStringLiteral("place"), QT_TRANSLATE_NOOP("Field", "Place")},
        {QStringLiteral("plan_id"), QT_TRANSLATE_NOOP("Field", "Support plan")},
        {QStringLiteral("position"), QT_TRANSLATE_NOOP("Field", "Order")},
        {QStringLiteral("postal_code"), QT_TRANSLATE_NOOP("Field", "Postal code")},
        {QStringLiteral("present"), QT_TRANSLATE_NOOP("Field", "Present")},
        {QStringLiteral("prior_situation"), QT_TRANSLATE_NOOP("Field", "Situation before entry")},
        {QStringLiteral("publics"), QT_TRANSLATE_NOOP("Field", "Publics")},
        {QStringLiteral("purpose"), QT_TRANSLATE_NOOP("Field", "Purpose")},
        {QStringLiteral("qpv"), QT_TRANSLATE_NOOP("Field", "In a QPV")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("Field", "Reason")},
        {QStringLiteral("recommendation"), QT_TRANSLATE_NOOP("Field", "Recommendation")},
        {QStringLiteral("recommended_intensity"),
         QT_TRANSLATE_NOOP("Field", "Recommended intensity")},
        {QStringLiteral("recommended_lease_type"),
         QT_TRANSLATE_NOOP("Field", "Recommended lease type")},
        {QStringLiteral("reference"), QT_TRANSLATE_NOOP("Field", "Reference")},
        {QStringLiteral("referrer_name"), QT_TRANSLATE_NOOP("Field", "Referred by")},
        {QStringLiteral("rent"), QT_TRANSLATE_NOOP("Field", "Rent")},
        {QStringLiteral("resolution"), QT_TRANSLATE_NOOP("Field", "Resolution")},
        {QStringLiteral("resource_sources"), QT_TRANSLATE_NOOP("Field", "Sources of income")},
        {QStringLiteral("resources_known"), QT_TRANSLATE_NOOP("Field", "Income known")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("Field", "Role")},
        {QStringLiteral("sha256"), QT_TRANSLATE_NOOP("Field", "SHA-256")},
        {QStringLiteral("shared"), QT_TRANSLATE_NOOP("Field", "Shared with the association")},
        {QStringLiteral("signs_contract"), QT_TRANSLATE_NOOP("Field", "Signs the contract")},
        {QStringLiteral("start_date"), QT_TRANSLATE_NOOP("Field", "Start date")},
        {QStringLiteral("start_reason"), QT_TRANSLATE_NOOP("Field", "Reason for the start")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("Field", "Status")},
        {QStringLiteral("still_housed"), QT_TRANSLATE_NOOP("Field", "Still housed")},
        {QStringLiteral("support_id"), QT_TRANSLATE_NOOP("Field", "Support")},
        {QStringLiteral("subletter_partner_id"),
         QT_TRANSLATE_NOOP("Field", "Sub-letting association")},
        {QStringLiteral("target_date"), QT_TRANSLATE_NOOP("Field", "Target date")},
        {QStringLiteral("time"), QT_TRANSLATE_NOOP("Field", "Time")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("Field", "Title")},
        {QStringLiteral("type"), QT_TRANSLATE_NOOP("Field", "Type")},
        {QStringLiteral("typology"), QT_TRANSLATE_NOOP("Field", "Typology")},
    };
    return map;
}

enum class Kind { Text, Date, DateTime, Money, Flag };

Kind kindOf(const QString &column)
{
    static const QStringList money = {
        QStringLiteral("monthly_resources"), QStringLiteral("rent"), QStringLiteral("charges"),
        QStringLiteral("amount"), QStringLiteral("amount_granted"),
        QStringLiteral("amount_received"), QStringLiteral("budget")};
    static const QStringList flags = {
        QStringLiteral("active"),         QStringLiteral("furnished"),
        QStringLiteral("qpv"),            QStringLiteral("resources_known"),
        QStringLiteral("signs_contract"), QStringLiteral("still_housed"),
        QStringLiteral("present"),        QStringLiteral("shared")};
    if (money.contains(column))
        return Kind::Money;
    if (flags.contains(column))
        return Kind::Flag;
    if (column == u"date" || column.endsWith(u"_date"))
        return Kind::Date;
    // created_at, updated_at, anonymised_at: stored as UTC ISO date-times.
    if (column.endsWith(u"_at"))
        return Kind::DateTime;
    return Kind::Text;
}

/// The reference list of a coded column, when the column name says it unambiguously.
std::optional<ReferenceList> listOf(const QString &column)
{
    static const QHash<QString, ReferenceList> lists = {
        {QStringLiteral("composition"), ReferenceList::Composition},
        {QStringLiteral("publics"), ReferenceList::Public},
        {QStringLiteral("main_resource_source"), ReferenceList::ResourceSource},
        {QStringLiteral("resource_sources"), ReferenceList::ResourceSource},
        {QStringLiteral("prior_situation"), ReferenceList::PriorSituation},
        {QStringLiteral("household_kind"), ReferenceList::HouseholdKind},
        {QStringLiteral("intensity"), ReferenceList::SupportIntensity},
        {QStringLiteral("recommended_intensity"), ReferenceList::SupportIntensity},
        {QStringLiteral("recommended_lease_type"), ReferenceList::LeaseType},
        {QStringLiteral("role"), ReferenceList::MemberRole},
        {QStringLiteral("typology"), ReferenceList::Typology},
        {QStringLiteral("axis"), ReferenceList::PlanAxis},
        {QStringLiteral("status"), ReferenceList::ObjectiveStatus},
        {QStringLiteral("meeting_frequency"), ReferenceList::MeetingFrequency},
        {QStringLiteral("start_reason"), ReferenceList::LeaseStartReason},
        {QStringLiteral("need"), ReferenceList::PartnerField},
        {QStringLiteral("partners_to_mobilise"), ReferenceList::PartnerField},
        {QStringLiteral("purpose"), ReferenceList::MeetingPurpose},
    };
    const auto it = lists.constFind(column);
    return it == lists.cend() ? std::nullopt : std::optional<ReferenceList>(*it);
}

/// The reference list of a column whose name several kinds of record share ("type",
/// "outcome", "decision"…): the record's kind (the journal's entity) tells which one.
std::optional<ReferenceList> listOf(const QString &column, const QString &entity)
{
    static const QHash<QString, ReferenceList> lists = {
        {QStringLiteral("support/outcome"), ReferenceList::SupportOutcome},
        {QStringLiteral("lease/type"), ReferenceList::LeaseType},
        {QStringLiteral("lease_review/outcome"), ReferenceList::LeaseReviewOutcome},
        {QStringLiteral("referral/outcome"), ReferenceList::ReferralOutcome},
        {QStringLiteral("diagnostic/kind"), ReferenceList::DiagnosticKind},
        {QStringLiteral("tripartite_meeting/outcome"), ReferenceList::MeetingOutcome},
        {QStringLiteral("cal_decision/decision"), ReferenceList::CalDecision},
        {QStringLiteral("committee_review/decision"), ReferenceList::CommitteeDecision},
        {QStringLiteral("contact/type"), ReferenceList::ContactType},
        {QStringLiteral("alert/type"), ReferenceList::AlertType},
        {QStringLiteral("user/role"), ReferenceList::UserRole},
        {QStringLiteral("partner/kind"), ReferenceList::PartnerKind},
        {QStringLiteral("partner/fields"), ReferenceList::PartnerField},
        {QStringLiteral("action/category"), ReferenceList::ActionCategory},
    };
    if (!entity.isEmpty()) {
        const auto it = lists.constFind(entity + u'/' + column);
        if (it != lists.cend())
            return *it;
    }
    return listOf(column);
}

/// The record a link column points to, through `names`; nullptr when the column is no link
/// to a record with a name.
const std::function<QString(Id)> *nameOf(const QString &column, const Names &names)
{
    if (column == u"dwelling_id")
        return &names.dwelling;
    if (column == u"partner_id" || column == u"subletter_partner_id"
        || column == u"lead_partner_id")
        return &names.partner;
    if (column == u"action_id")
        return &names.action;
    if (column == u"agency_id")
        return &names.agency;
    if (column == u"cesf_user_id" || column == u"author_user_id" || column == u"user_id")
        return &names.user;
    return nullptr;
}

/// Links to a record people know by its place in the file rather than by a name (the
/// household, a lease, a plan…): their id means nothing to the reader, so only the field is
/// said to have changed.
bool isUnnamedLink(const QString &column)
{
    static const QStringList links = {
        QStringLiteral("household_id"), QStringLiteral("lease_id"),
        QStringLiteral("plan_id"),      QStringLiteral("support_id"),
        QStringLiteral("meeting_id"),   QStringLiteral("contract_id"),
        QStringLiteral("committee_id"), QStringLiteral("entity_id")};
    return links.contains(column);
}

/// One "column: old → new" (or "column", or "column: text") of a summary, as people read it;
/// nullopt when the column has no label (the part is left as written).
std::optional<QString> describePart(const QString &part, const QString &entity,
                                    const Names &names)
{
    const qsizetype colon = part.indexOf(QStringLiteral(": "));
    const QString column = colon < 0 ? part : part.left(colon);
    if (!labels().contains(column))
        return std::nullopt;
    if (colon < 0 || isUnnamedLink(column))
        return label(column);
    // "column: old → new", with values as people read them.
    const QString change = part.mid(colon + 2);
    const qsizetype arrow = change.indexOf(QStringLiteral(" → "));
    if (arrow < 0)
        return label(column) + QStringLiteral(" : ") + change;
    return label(column) + QChar(0x00A0) + QStringLiteral(": ")
           + value(column, change.left(arrow), entity, names) + QStringLiteral(" → ")
           + value(column, change.mid(arrow + 3), entity, names);
}

} // namespace

QString value(const QString &column, const QString &stored, const QString &entity,
              const Names &names)
{
    if (stored.isEmpty() || stored == u"∅")
        return QCoreApplication::translate("Field", "(empty)");
    if (const auto *name = nameOf(column, names); name && *name) {
        bool ok = false;
        const Id id = stored.toLongLong(&ok);
        if (ok) {
            const QString found = (*name)(id);
            // A record deleted since: its id would tell the reader nothing.
            return found.isEmpty() ? QCoreApplication::translate("Field", "(deleted)") : found;
        }
        return stored;
    }
    switch (kindOf(column)) {
    case Kind::Money: {
        bool ok = false;
        const qint64 cents = stored.toLongLong(&ok);
        return ok ? QLocale().toCurrencyString(double(cents) / 100.0, QStringLiteral("€"))
                  : stored;
    }
    case Kind::Flag:
        // Stored as 1/0; the summaries written by hand (accounts) say yes/no.
        if (stored == u"1" || stored == u"true" || stored == u"yes")
            return QCoreApplication::translate("Field", "yes");
        if (stored == u"0" || stored == u"false" || stored == u"no")
            return QCoreApplication::translate("Field", "no");
        return stored;
    case Kind::Date: {
        const QDate date = QDate::fromString(stored, Qt::ISODate);
        return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : stored;
    }
    case Kind::DateTime: {
        const QDateTime at = QDateTime::fromString(stored, Qt::ISODate);
        return at.isValid() ? at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                            : stored;
    }
    case Kind::Text:
        break;
    }
    if (column == u"consent_information") {
        QStringList labels;
        for (const QString &code : stored.split(u'|'))
            labels << Consent::label(code);
        return labels.join(QStringLiteral(", "));
    }
    // A lease's end reason is free text, but a glissement or a relogement writes its code
    // (HousingRules::endReasonLabel).
    if (column == u"end_reason" && (stored == u"glissement" || stored == u"relogement"))
        return names.code ? names.code(ReferenceList::LeaseStartReason, stored)
                          : ReferenceLists::label(ReferenceList::LeaseStartReason, stored);
    if (const auto list = listOf(column, entity)) {
        QStringList labels;
        for (const QString &code : stored.split(u'|'))
            labels << (names.code ? names.code(*list, code) : ReferenceLists::label(*list, code));
        return labels.join(QStringLiteral(", "));
    }
    return stored;
}

QString label(const QString &column)
{
    const char *source = labels().value(column, nullptr);
    return source ? QCoreApplication::translate("Field", source) : column;
}

QString describe(const QString &summary, const QString &entity, const Names &names)
{
    QStringList parts = summary.split(QStringLiteral("; "), Qt::SkipEmptyParts);
    for (QString &part : parts) {
        if (const auto described = describePart(part, entity, names)) {
            part = *described;
            continue;
        }
        // A household's summary tells its members' changes as "member 2: role: a → b,
        // signs_contract: 0 → 1" (the prefix translated when saved): their fields too.
        const qsizetype colon = part.indexOf(QStringLiteral(": "));
        if (colon < 0)
            continue;
        QStringList fields = part.mid(colon + 2).split(QStringLiteral(", "));
        if (!describePart(fields.first(), QStringLiteral("member"), names))
            continue;
        for (QString &field : fields)
            field = describePart(field, QStringLiteral("member"), names).value_or(field);
        part = part.left(colon + 2) + fields.join(QStringLiteral(", "));
    }
    // French typography: a no-break space before the semicolon.
    return parts.join(QChar(0x00A0) + QStringLiteral("; "));
}

} // namespace Passerelle::FieldLabels
