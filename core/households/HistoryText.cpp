#include "HistoryText.h"

#include "domain/FieldLabels.h"
#include "domain/ReferenceLists.h"

#include <QCoreApplication>
#include <QHash>

namespace Passerelle::HistoryText {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HistoryText)
};

QString translated(const QHash<QString, const char *> &map, const QString &code)
{
    const char *source = map.value(code, nullptr);
    return source ? Tr::tr(source) : code;
}

} // namespace

QString operation(const QString &code)
{
    static const QHash<QString, const char *> map = {
        {QStringLiteral("read"), QT_TRANSLATE_NOOP("HistoryText", "Opened")},
        {QStringLiteral("create"), QT_TRANSLATE_NOOP("HistoryText", "Creation")},
        {QStringLiteral("update"), QT_TRANSLATE_NOOP("HistoryText", "Change")},
        {QStringLiteral("delete"), QT_TRANSLATE_NOOP("HistoryText", "Deletion")},
        {QStringLiteral("export"), QT_TRANSLATE_NOOP("HistoryText", "Export")},
        {QStringLiteral("print"), QT_TRANSLATE_NOOP("HistoryText", "Printing")},
        {QStringLiteral("refused"), QT_TRANSLATE_NOOP("HistoryText", "Refused access")},
        {QStringLiteral("backup"), QT_TRANSLATE_NOOP("HistoryText", "Backup")},
        {QStringLiteral("restore"), QT_TRANSLATE_NOOP("HistoryText", "Restore")},
        {QStringLiteral("retention"), QT_TRANSLATE_NOOP("HistoryText", "Anonymisation")},
        {QStringLiteral("purge"), QT_TRANSLATE_NOOP("HistoryText", "Purge of old entries")},
        {QStringLiteral("attach"), QT_TRANSLATE_NOOP("HistoryText", "Attachment")},
        {QStringLiteral("login"), QT_TRANSLATE_NOOP("HistoryText", "Sign-in")},
        {QStringLiteral("login_failed"), QT_TRANSLATE_NOOP("HistoryText", "Failed sign-in")},
        {QStringLiteral("lockout"), QT_TRANSLATE_NOOP("HistoryText", "Account locked")},
    };
    return translated(map, code);
}

QString entity(const QString &code)
{
    static const QHash<QString, const char *> map = {
        {QStringLiteral("household"), QT_TRANSLATE_NOOP("HistoryText", "Household file")},
        {QStringLiteral("member"), QT_TRANSLATE_NOOP("HistoryText", "Member")},
        {QStringLiteral("support"), QT_TRANSLATE_NOOP("HistoryText", "Support")},
        {QStringLiteral("referral"), QT_TRANSLATE_NOOP("HistoryText", "Referral")},
        {QStringLiteral("diagnostic"), QT_TRANSLATE_NOOP("HistoryText", "Social diagnostic")},
        {QStringLiteral("tripartite_meeting"),
         QT_TRANSLATE_NOOP("HistoryText", "Tripartite meeting")},
        {QStringLiteral("cal_decision"), QT_TRANSLATE_NOOP("HistoryText", "CAL decision")},
        {QStringLiteral("dwelling"), QT_TRANSLATE_NOOP("HistoryText", "Dwelling")},
        {QStringLiteral("lease"), QT_TRANSLATE_NOOP("HistoryText", "Lease")},
        {QStringLiteral("lease_review"), QT_TRANSLATE_NOOP("HistoryText", "Lease review")},
        {QStringLiteral("contract"), QT_TRANSLATE_NOOP("HistoryText", "Support contract")},
        {QStringLiteral("contract_scan"),
         QT_TRANSLATE_NOOP("HistoryText", "Scan of a signed contract")},
        {QStringLiteral("user"), QT_TRANSLATE_NOOP("HistoryText", "User account")},
        {QStringLiteral("support_plan"), QT_TRANSLATE_NOOP("HistoryText", "Support plan")},
        {QStringLiteral("contact"), QT_TRANSLATE_NOOP("HistoryText", "Contact")},
        {QStringLiteral("alert"), QT_TRANSLATE_NOOP("HistoryText", "Alert")},
        {QStringLiteral("post_support_check"),
         QT_TRANSLATE_NOOP("HistoryText", "Check after support")},
        {QStringLiteral("committee"), QT_TRANSLATE_NOOP("HistoryText", "Follow-up committee")},
        {QStringLiteral("committee_review"),
         QT_TRANSLATE_NOOP("HistoryText", "Review by a follow-up committee")},
        {QStringLiteral("journal"), QT_TRANSLATE_NOOP("HistoryText", "Journal")},
        {QStringLiteral("access_record"),
         QT_TRANSLATE_NOOP("HistoryText", "Whole file (right of access)")},
        {QStringLiteral("settings"), QT_TRANSLATE_NOOP("HistoryText", "Settings")},
        {QStringLiteral("database"), QT_TRANSLATE_NOOP("HistoryText", "Database")},
        {QStringLiteral("review"), QT_TRANSLATE_NOOP("HistoryText", "Year-end review")},
    };
    return translated(map, code);
}

Line line(const AuditEntry &entry, const QString &userName, const Names &names)
{
    Line l;
    l.when = entry.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    l.who = userName.isEmpty() ? entry.login : userName;
    l.what = Tr::tr("%1: %2").arg(operation(entry.operation), entity(entry.entity));
    // A committee's review records the decision taken (a code) as its summary.
    if (entry.entity == u"committee_review"
        && ReferenceLists::isBuiltIn(ReferenceList::CommitteeDecision, entry.summary))
        l.details = FieldLabels::label(QStringLiteral("decision")) + QChar(0x00A0)
                    + QStringLiteral(": ")
                    + FieldLabels::value(QStringLiteral("decision"), entry.summary,
                                         entry.entity, names);
    else
        l.details = FieldLabels::describe(entry.summary, entry.entity, names);
    return l;
}

bool matches(const Line &line, const QString &filter)
{
    const QString wanted = ReferenceLists::normalizedKey(filter);
    if (wanted.isEmpty())
        return true;
    const QString text = ReferenceLists::normalizedKey(
        QStringList{line.when, line.who, line.what, line.details}.join(u' '));
    const QStringList words = wanted.split(u' ', Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(),
                       [&text](const QString &w) { return text.contains(w); });
}

} // namespace Passerelle::HistoryText
