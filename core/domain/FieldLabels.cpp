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
        {QStringLiteral("axis"), QT_TRANSLATE_NOOP("Field", "Axis")},
        {QStringLiteral("birth_date"), QT_TRANSLATE_NOOP("Field", "Birth date")},
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
        {QStringLiteral("position"), QT_TRANSLATE_NOOP("Field", "Order")},
        {QStringLiteral("postal_code"), QT_TRANSLATE_NOOP("Field", "Postal code")},
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
        {QStringLiteral("signs_contract"), QT_TRANSLATE_NOOP("Field", "Signs the contract")},
        {QStringLiteral("start_date"), QT_TRANSLATE_NOOP("Field", "Start date")},
        {QStringLiteral("start_reason"), QT_TRANSLATE_NOOP("Field", "Reason for the start")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("Field", "Status")},
        {QStringLiteral("still_housed"), QT_TRANSLATE_NOOP("Field", "Still housed")},
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

enum class Kind { Text, Date, Money, Flag };

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
        QStringLiteral("present")};
    if (money.contains(column))
        return Kind::Money;
    if (flags.contains(column))
        return Kind::Flag;
    if (column == u"date" || column.endsWith(u"_date"))
        return Kind::Date;
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

} // namespace

QString value(const QString &column, const QString &stored)
{
    if (stored.isEmpty() || stored == u"∅")
        return QCoreApplication::translate("Field", "(empty)");
    switch (kindOf(column)) {
    case Kind::Money: {
        bool ok = false;
        const qint64 cents = stored.toLongLong(&ok);
        return ok ? QLocale().toCurrencyString(double(cents) / 100.0, QStringLiteral("€"))
                  : stored;
    }
    case Kind::Flag:
        return stored == u"1" ? QCoreApplication::translate("Field", "yes")
                              : QCoreApplication::translate("Field", "no");
    case Kind::Date: {
        const QDate date = QDate::fromString(stored, Qt::ISODate);
        return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : stored;
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
    if (const auto list = listOf(column)) {
        QStringList labels;
        for (const QString &code : stored.split(u'|'))
            labels << ReferenceLists::label(*list, code);
        return labels.join(QStringLiteral(", "));
    }
    return stored;
}

QString label(const QString &column)
{
    const char *source = labels().value(column, nullptr);
    return source ? QCoreApplication::translate("Field", source) : column;
}

QString describe(const QString &summary)
{
    QStringList parts = summary.split(QStringLiteral("; "), Qt::SkipEmptyParts);
    for (QString &part : parts) {
        const qsizetype colon = part.indexOf(QStringLiteral(": "));
        const QString column = colon < 0 ? part : part.left(colon);
        if (!labels().contains(column))
            continue;
        if (colon < 0) {
            part = label(column);
            continue;
        }
        // "column: old → new", with values as people read them.
        const QString change = part.mid(colon + 2);
        const qsizetype arrow = change.indexOf(QStringLiteral(" → "));
        if (arrow < 0) {
            part = label(column) + QStringLiteral(" : ") + change;
            continue;
        }
        part = label(column) + QChar(0x00A0) + QStringLiteral(": ")
               + value(column, change.left(arrow)) + QStringLiteral(" → ")
               + value(column, change.mid(arrow + 3));
    }
    // French typography: a no-break space before the semicolon.
    return parts.join(QChar(0x00A0) + QStringLiteral("; "));
}

} // namespace Passerelle::FieldLabels
