#include "AccessExport.h"

#include "KeptPdf.h"
#include "PdfRenderer.h"
#include "io/SafeFiles.h"
#include "domain/FieldLabels.h"
#include "domain/ReferenceLists.h"
#include "households/DiagnosticComparison.h"
#include "households/HistoryText.h"
#include "storage/Tables.h"

#include <QFileInfo>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QTextDocument>

namespace Passerelle {
namespace {

/// The names of the records a file points to.
struct Names
{
    const AccessRecord &r;

    /// The name of a linked record, or empty when the column is an internal link.
    std::optional<QString> of(const QString &column, qint64 id) const
    {
        if (column == u"agency_id")
            return r.agencies.value(id);
        if (column == u"action_id")
            return r.actions.value(id);
        if (column == u"partner_id" || column == u"subletter_partner_id")
            return r.partners.value(id);
        if (column == u"cesf_user_id" || column == u"author_user_id")
            return r.users.value(id);
        return std::nullopt;
    }
};

bool internalLink(const QString &column)
{
    return column.endsWith(u"_id");
}

QString stored(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

/// One record as JSON: every column with its stored value (codes, ISO dates, cents), lists
/// of codes as arrays, links with the linked record's name beside them.
template <typename T>
QJsonObject jsonOf(const Sql::Table<T> &table, const T &row, const Names &names, Id id)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    for (const auto &c : table.columns()) {
        const QVariant v = c.get(row);
        // Lists of codes as arrays (the consent information is a list of Consent codes).
        if (c.multiple || c.name == u"consent_information") {
            o.insert(c.name, QJsonArray::fromStringList(
                                 stored(v).split(u'|', Qt::SkipEmptyParts)));
        } else if (v.isNull()) {
            o.insert(c.name, QJsonValue::Null);
        } else {
            o.insert(c.name, QJsonValue::fromVariant(v));
        }
        if (internalLink(c.name) && !v.isNull()) {
            if (const auto name = names.of(c.name, v.toLongLong()))
                o.insert(c.name.chopped(3), *name);
        }
    }
    return o;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>"));
}

/// One record as an HTML table of labels and values (empty values left out).
template <typename T>
QString htmlOf(const Sql::Table<T> &table, const T &row, const Names &names)
{
    QString html = QStringLiteral("<table class=\"record\" cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto &c : table.columns()) {
        const QVariant v = c.get(row);
        const QString raw = stored(v);
        // The order of a list is shown by the order of the document.
        if (raw.isEmpty() || c.name == u"position")
            continue;
        QString shown;
        if (c.name.endsWith(u"_at")) {
            const QDateTime at = QDateTime::fromString(raw, Qt::ISODate);
            shown = at.isValid() ? at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                                 : raw;
        } else if (internalLink(c.name)) {
            const auto name = names.of(c.name, v.toLongLong());
            if (!name || name->isEmpty())
                continue;
            shown = *name;
        } else if (c.list) {
            shown = c.multiple ? ReferenceLists::labels(*c.list, raw.split(u'|'))
                               : ReferenceLists::label(*c.list, raw);
        } else {
            shown = FieldLabels::value(c.name, raw);
        }
        html += QStringLiteral("<tr><td width=\"35%\"><i>") + FieldLabels::label(c.name).toHtmlEscaped()
                + QStringLiteral("</i></td><td>") + escaped(shown) + QStringLiteral("</td></tr>");
    }
    return html + QStringLiteral("</table>");
}

template <typename T>
QJsonArray jsonList(const Sql::Table<T> &table, const QList<T> &rows, const Names &names)
{
    QJsonArray a;
    for (const T &row : rows)
        a.append(jsonOf(table, row, names, row.id));
    return a;
}

QJsonObject printJson(const ContractPrint &p)
{
    return {{QStringLiteral("contract_id"), p.contractId},
            {QStringLiteral("version_number"), p.versionNumber},
            {QStringLiteral("printed_at"), p.printedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("printed_by"), p.printedBy},
            {QStringLiteral("sha256"), p.sha256}};
}

QJsonObject scanJson(const ContractScan &s)
{
    return {{QStringLiteral("contract_id"), s.contractId},
            {QStringLiteral("version_number"), s.versionNumber},
            {QStringLiteral("attached_at"), s.attachedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("attached_by"), s.attachedBy},
            {QStringLiteral("file_name"), s.fileName},
            {QStringLiteral("media_type"), s.mediaType},
            {QStringLiteral("size_bytes"), s.sizeBytes},
            {QStringLiteral("sha256"), s.sha256},
            {QStringLiteral("content_base64"), QString::fromLatin1(s.content.toBase64())}};
}

/// The pages of a signed contract's scan as images for the PDF export (an image as it is, a
/// PDF page by page, at most 30 pages); none when it cannot be read.
QList<QImage> scanPages(const ContractScan &scan)
{
    if (scan.mediaType == u"application/pdf") {
        auto pages = KeptPdf::pages(scan.content, 1240, 30);
        return pages ? *pages : QList<QImage>();
    }
    const QImage image = QImage::fromData(scan.content);
    return image.isNull() ? QList<QImage>() : QList<QImage>{image};
}

QUrl scanPageUrl(const ContractScan &scan, int page)
{
    return QUrl(QStringLiteral("passerelle-scan:%1/%2").arg(scan.id).arg(page));
}

QJsonObject journalJson(const AuditEntry &e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("login"), e.login},
            {QStringLiteral("operation"), e.operation},
            {QStringLiteral("entity"), e.entity},
            {QStringLiteral("entity_id"), e.entityId},
            {QStringLiteral("summary"), e.summary}};
}

} // namespace

QByteArray AccessExport::toJson(const AccessRecord &r)
{
    const Names names{r};
    const HouseholdFile &f = r.file;
    QJsonObject o;
    o.insert(QStringLiteral("exported_at"), r.exportedAt.toUTC().toString(Qt::ISODate));
    o.insert(QStringLiteral("exported_by"), r.exportedBy);
    QJsonObject household = jsonOf(Tables::households(), f.household, names, f.household.id);
    household.insert(QStringLiteral("members"),
                     jsonList(Tables::members(), f.household.members, names));
    o.insert(QStringLiteral("household"), household);
    QJsonArray supports;
    for (const Support &s : f.supports) {
        QJsonObject so = jsonOf(Tables::supports(), s, names, s.id);
        so.insert(QStringLiteral("checks"),
                  jsonList(Tables::postSupportChecks(), f.checks.value(s.id), names));
        supports.append(so);
    }
    o.insert(QStringLiteral("supports"), supports);
    o.insert(QStringLiteral("referrals"), jsonList(Tables::referrals(), f.referrals, names));
    QJsonArray diagnostics;
    for (const Diagnostic &d : f.diagnostics) {
        QJsonObject dj = jsonOf(Tables::diagnostics(), d, names, d.id);
        QJsonArray domains;
        for (const DiagnosticDomainAssessment &a : d.domains) {
            domains.append(QJsonObject{{QStringLiteral("domain"), a.domain},
                                       {QStringLiteral("level"), int(a.level)},
                                       {QStringLiteral("observation"), a.observation}});
        }
        dj.insert(QStringLiteral("domains"), domains);
        diagnostics.append(dj);
    }
    o.insert(QStringLiteral("diagnostics"), diagnostics);
    QJsonArray meetings;
    for (const TripartiteMeeting &m : f.meetings) {
        QJsonObject mj = jsonOf(Tables::meetings(), m, names, m.id);
        mj.insert(QStringLiteral("participants"),
                  jsonList(Tables::meetingParticipants(), m.participants, names));
        meetings.append(mj);
    }
    o.insert(QStringLiteral("tripartite_meetings"), meetings);
    o.insert(QStringLiteral("cal_decisions"),
             jsonList(Tables::calDecisions(), f.calDecisions, names));
    QJsonArray leases;
    for (const Lease &l : f.leases) {
        QJsonObject lj = jsonOf(Tables::leases(), l, names, l.id);
        if (f.dwellings.contains(l.dwellingId)) {
            const Dwelling &d = f.dwellings[l.dwellingId];
            lj.insert(QStringLiteral("dwelling"), jsonOf(Tables::dwellings(), d, names, d.id));
        }
        lj.insert(QStringLiteral("reviews"),
                  jsonList(Tables::leaseReviews(), f.reviews.value(l.id), names));
        leases.append(lj);
    }
    o.insert(QStringLiteral("leases"), leases);
    QJsonArray contracts;
    for (const SupportContract &c : f.contracts) {
        QJsonObject cj = jsonOf(Tables::contracts(), c, names, c.id);
        cj.insert(QStringLiteral("versions"),
                  jsonList(Tables::contractVersions(), c.versions, names));
        contracts.append(cj);
    }
    o.insert(QStringLiteral("contracts"), contracts);
    QJsonArray prints;
    for (const ContractPrint &p : r.prints)
        prints.append(printJson(p));
    o.insert(QStringLiteral("contract_prints"), prints);
    QJsonArray scans;
    for (const ContractScan &scan : r.scans)
        scans.append(scanJson(scan));
    o.insert(QStringLiteral("contract_scans"), scans);
    QJsonArray plans;
    for (const SupportPlan &p : f.plans) {
        QJsonObject pj = jsonOf(Tables::plans(), p, names, p.id);
        pj.insert(QStringLiteral("objectives"), jsonList(Tables::objectives(), p.objectives, names));
        pj.insert(QStringLiteral("mobilised_partners"),
                  jsonList(Tables::mobilisedPartners(), p.partners, names));
        plans.append(pj);
    }
    o.insert(QStringLiteral("support_plans"), plans);
    o.insert(QStringLiteral("contacts"), jsonList(Tables::contacts(), f.contacts, names));
    o.insert(QStringLiteral("alerts"), jsonList(Tables::alerts(), f.alerts, names));
    QJsonArray reviews;
    for (const auto &[committee, review] : f.committeeReviews) {
        QJsonObject rj = jsonOf(Tables::committeeReviews(), review, names, review.id);
        rj.insert(QStringLiteral("committee_date"), committee.date.toString(Qt::ISODate));
        reviews.append(rj);
    }
    o.insert(QStringLiteral("committee_reviews"), reviews);
    QJsonArray journal;
    for (const AuditEntry &e : f.history)
        journal.append(journalJson(e));
    o.insert(QStringLiteral("journal"), journal);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QString AccessExport::toHtml(const AccessRecord &r)
{
    const Names names{r};
    const HouseholdFile &f = r.file;
    QString html = QStringLiteral("<html><head><style>h1 { font-size: 15pt; } h2 { font-size: "
                                  "12pt; margin-top: 12px; } h3 { font-size: 10pt; } "
                                  "table.record { margin-bottom: 6px; } td { vertical-align: "
                                  "top; }</style></head><body>");
    html += QStringLiteral("<h1>") + tr("Everything held on household %1").arg(f.household.reference).toHtmlEscaped()
            + QStringLiteral("</h1>");
    html += QStringLiteral("<p>")
            + tr("Right of access (article 15 of the GDPR): this document gives every piece of "
                 "data held on the household in Passerelle, its free-text notes, the list of "
                 "its printed contracts and the journal of who opened or changed its file. "
                 "Exported on %1 by %2.")
                  .arg(r.exportedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                       r.exportedBy)
                  .toHtmlEscaped()
            + QStringLiteral("</p>");
    const auto section = [&html](const QString &title) {
        html += QStringLiteral("<h2>") + title.toHtmlEscaped() + QStringLiteral("</h2>");
    };
    const auto sub = [&html](const QString &title) {
        html += QStringLiteral("<h3>") + title.toHtmlEscaped() + QStringLiteral("</h3>");
    };
    const auto none = [&html] {
        html += QStringLiteral("<p><i>") + tr("None.").toHtmlEscaped() + QStringLiteral("</i></p>");
    };
    section(tr("Household"));
    html += htmlOf(Tables::households(), f.household, names);
    for (const Member &m : f.household.members) {
        sub(tr("Member"));
        html += htmlOf(Tables::members(), m, names);
    }
    section(tr("Supports"));
    if (f.supports.isEmpty())
        none();
    for (const Support &s : f.supports) {
        html += htmlOf(Tables::supports(), s, names);
        for (const PostSupportCheck &c : f.checks.value(s.id)) {
            sub(tr("Check after support"));
            html += htmlOf(Tables::postSupportChecks(), c, names);
        }
    }
    section(tr("Referrals"));
    if (f.referrals.isEmpty())
        none();
    for (const Referral &x : f.referrals)
        html += htmlOf(Tables::referrals(), x, names);
    section(tr("Social diagnostics"));
    if (f.diagnostics.isEmpty())
        none();
    for (const Diagnostic &d : f.diagnostics) {
        html += htmlOf(Tables::diagnostics(), d, names);
        html += QStringLiteral("<table class=\"record\" cellspacing=\"0\" cellpadding=\"2\">");
        for (const DiagnosticDomainAssessment &a : d.domains) {
            html += QStringLiteral("<tr><td width=\"35%\"><i>")
                    + ReferenceLists::label(ReferenceList::DiagnosticDomain, a.domain).toHtmlEscaped()
                    + QStringLiteral("</i></td><td>")
                    + DiagnosticComparison::levelLabel(a.level).toHtmlEscaped()
                    + (a.observation.isEmpty() ? QString()
                                               : QStringLiteral("<br/>") + escaped(a.observation))
                    + QStringLiteral("</td></tr>");
        }
        html += QStringLiteral("</table>");
    }
    section(tr("Tripartite meetings"));
    if (f.meetings.isEmpty())
        none();
    for (const TripartiteMeeting &m : f.meetings) {
        html += htmlOf(Tables::meetings(), m, names);
        for (const MeetingParticipant &p : m.participants)
            html += htmlOf(Tables::meetingParticipants(), p, names);
    }
    section(tr("CAL decisions"));
    if (f.calDecisions.isEmpty())
        none();
    for (const CalDecision &c : f.calDecisions)
        html += htmlOf(Tables::calDecisions(), c, names);
    section(tr("Leases and dwellings"));
    if (f.leases.isEmpty())
        none();
    for (const Lease &l : f.leases) {
        html += htmlOf(Tables::leases(), l, names);
        if (f.dwellings.contains(l.dwellingId)) {
            sub(tr("Dwelling"));
            html += htmlOf(Tables::dwellings(), f.dwellings[l.dwellingId], names);
        }
        for (const LeaseReview &x : f.reviews.value(l.id)) {
            sub(tr("Lease review"));
            html += htmlOf(Tables::leaseReviews(), x, names);
        }
    }
    section(tr("Support contracts"));
    if (f.contracts.isEmpty())
        none();
    for (const SupportContract &c : f.contracts) {
        html += htmlOf(Tables::contracts(), c, names);
        for (const ContractVersion &v : c.versions) {
            sub(tr("Version %1").arg(v.number));
            html += htmlOf(Tables::contractVersions(), v, names);
        }
    }
    sub(tr("Printed contracts kept"));
    if (r.prints.isEmpty())
        none();
    for (const ContractPrint &p : r.prints) {
        html += QStringLiteral("<p>")
                + tr("Version %1 printed on %2 by %3 (SHA-256 %4)")
                      .arg(QString::number(p.versionNumber),
                           p.printedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                           p.printedBy, p.sha256)
                      .toHtmlEscaped()
                + QStringLiteral("</p>");
    }
    sub(tr("Signed contracts (scans)"));
    if (r.scans.isEmpty())
        none();
    for (const ContractScan &scan : r.scans) {
        html += QStringLiteral("<p>")
                + tr("Version %1 signed, scan attached on %2 by %3: %4 (SHA-256 %5)")
                      .arg(QString::number(scan.versionNumber),
                           scan.attachedAt.toLocalTime().toString(
                                   QStringLiteral("dd/MM/yyyy HH:mm")),
                           scan.attachedBy, scan.fileName, scan.sha256)
                      .toHtmlEscaped()
                + QStringLiteral("</p>");
        const QList<QImage> pages = scanPages(scan);
        for (int page = 0; page < pages.size(); ++page) {
            html += QStringLiteral("<p><img src=\"%1\" width=\"480\"></p>")
                            .arg(scanPageUrl(scan, page).toString());
        }
    }
    section(tr("Support plans"));
    if (f.plans.isEmpty())
        none();
    for (const SupportPlan &p : f.plans) {
        html += htmlOf(Tables::plans(), p, names);
        for (const Objective &o : p.objectives) {
            sub(tr("Objective"));
            html += htmlOf(Tables::objectives(), o, names);
        }
        for (const MobilisedPartner &m : p.partners) {
            sub(tr("Partner mobilised"));
            html += htmlOf(Tables::mobilisedPartners(), m, names);
        }
    }
    section(tr("Contacts"));
    if (f.contacts.isEmpty())
        none();
    for (const Contact &c : f.contacts)
        html += htmlOf(Tables::contacts(), c, names);
    section(tr("Alerts"));
    if (f.alerts.isEmpty())
        none();
    for (const Alert &a : f.alerts)
        html += htmlOf(Tables::alerts(), a, names);
    section(tr("Follow-up committees"));
    if (f.committeeReviews.isEmpty())
        none();
    for (const auto &[committee, review] : f.committeeReviews) {
        sub(tr("Committee of %1").arg(committee.date.toString(QStringLiteral("dd/MM/yyyy"))));
        html += htmlOf(Tables::committeeReviews(), review, names);
    }
    section(tr("Journal of the file: who opened or changed it"));
    if (f.history.isEmpty())
        none();
    else {
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" border=\"1\" "
                               "width=\"100%\"><tr><th>")
                + tr("Date").toHtmlEscaped() + QStringLiteral("</th><th>")
                + tr("Account").toHtmlEscaped() + QStringLiteral("</th><th>")
                + tr("Operation").toHtmlEscaped() + QStringLiteral("</th><th>")
                + tr("Details").toHtmlEscaped() + QStringLiteral("</th></tr>");
        for (const AuditEntry &e : f.history) {
            const HistoryText::Line line = HistoryText::line(e);
            html += QStringLiteral("<tr><td>") + line.when.toHtmlEscaped()
                    + QStringLiteral("</td><td>") + e.login.toHtmlEscaped()
                    + QStringLiteral("</td><td>") + line.what.toHtmlEscaped()
                    + QStringLiteral("</td><td>") + line.details.toHtmlEscaped()
                    + QStringLiteral("</td></tr>");
        }
        html += QStringLiteral("</table>");
    }
    return html + QStringLiteral("</body></html>");
}

Status AccessExport::writeFile(Database &db, const Scope &scope, Id householdId,
                               const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"pdf" && suffix != u"json") {
        return Error::usage(tr("The whole file is written as a PDF or a JSON file: give a name "
                               "ending in .pdf or .json."));
    }
    AccessRecordRepository records(db);
    PASSERELLE_TRY(record, records.collect(scope, householdId));
    QByteArray bytes;
    if (suffix == u"json") {
        bytes = toJson(record);
    } else {
        PASSERELLE_TRY(pdf, toPdf(record));
        bytes = pdf;
    }
    Transaction tx(db);
    PASSERELLE_CHECK(tx.status());
    PASSERELLE_CHECK(records.recordExport(scope, householdId, suffix));
    PASSERELLE_CHECK(SafeFiles::writeAtomically(path, bytes));
    return tx.commit();
}

Result<QByteArray> AccessExport::toPdf(const AccessRecord &r)
{
    QTextDocument document;
    document.setUndoRedoEnabled(false);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    // The signed contracts' scans, shown page by page.
    for (const ContractScan &scan : r.scans) {
        const QList<QImage> pages = scanPages(scan);
        for (int page = 0; page < pages.size(); ++page)
            document.addResource(QTextDocument::ImageResource, scanPageUrl(scan, page),
                                 pages.at(page));
    }
    document.setHtml(toHtml(r));
    PageStyle style;
    style.title = tr("Everything held on household %1").arg(r.file.household.reference);
    style.footer = tr("Right of access — household %1").arg(r.file.household.reference);
    style.pageNumber = tr("Page %1 / %2");
    return PdfRenderer::toPdf(document, style);
}

} // namespace Passerelle
