#include "ReviewExport.h"

#include "documents/ReviewReport.h"

#include "domain/ReferenceCatalog.h"
#include "io/XlsxWorkbook.h"
#include "storage/OrganisationRepository.h"
#include "storage/ReferenceRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Passerelle::ReviewExport {
namespace {

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(ReviewExport)
};

QJsonValue optional(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject rate(const Rate &r)
{
    return {{QStringLiteral("numerator"), r.numerator},
            {QStringLiteral("denominator"), r.denominator},
            {QStringLiteral("percent"), r.percent ? QJsonValue(*r.percent)
                                                  : QJsonValue(QJsonValue::Null)}};
}

QJsonObject counts(const QMap<QString, qint64> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

double euros(Cents cents)
{
    return double(cents) / 100.0;
}

QJsonArray strings(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

} // namespace

QByteArray toJson(const ReviewFigures &f)
{
    QJsonObject o;
    o.insert(QStringLiteral("period"),
             QJsonObject{{QStringLiteral("start"), f.request.from.toString(Qt::ISODate)},
                         {QStringLiteral("end"), f.request.to.toString(Qt::ISODate)}});
    o.insert(QStringLiteral("scope"),
             QJsonObject{{QStringLiteral("actions"), strings(f.actionCodes)},
                         {QStringLiteral("agencies"), strings(f.agencyCodes)}});
    o.insert(QStringLiteral("households_supported"), f.householdsSupported);
    o.insert(QStringLiteral("households_entered"), f.householdsEntered);
    o.insert(QStringLiteral("households_exited"), f.householdsExited);
    o.insert(QStringLiteral("new_entrants"), f.newEntrants);
    o.insert(QStringLiteral("existing_tenants"), f.existingTenants);
    o.insert(QStringLiteral("support_months"), f.supportMonths.value());
    o.insert(QStringLiteral("average_support_months"),
             optional(f.averageSupportMonths ? std::optional<double>(f.averageSupportMonths->value())
                                             : std::nullopt));
    o.insert(QStringLiteral("qpv_share"), rate(f.qpvShare));
    o.insert(QStringLiteral("retention_24m"),
             QJsonObject{{QStringLiteral("cohort"), f.retention24m.denominator},
                         {QStringLiteral("maintained"), f.retention24m.numerator},
                         {QStringLiteral("percent"),
                          f.retention24m.percent ? QJsonValue(*f.retention24m.percent)
                                                 : QJsonValue(QJsonValue::Null)}});
    o.insert(QStringLiteral("sliding_leases"),
             QJsonObject{{QStringLiteral("used"), f.slidingLeasesUsed},
                         {QStringLiteral("slid"), f.slidingLeasesSlid}});
    o.insert(QStringLiteral("exit_outcomes"), counts(f.exitOutcomes));
    o.insert(QStringLiteral("publics"), counts(f.publics));
    o.insert(QStringLiteral("compositions"), counts(f.compositions));
    o.insert(QStringLiteral("prior_situations"), counts(f.priorSituations));
    o.insert(QStringLiteral("resource_sources"), counts(f.resourceSources));
    o.insert(QStringLiteral("lease_types"), counts(f.leaseTypes));
    o.insert(QStringLiteral("agencies"), counts(f.agencies));
    // Added key (the shape allows new keys): supports left out of a breakdown for lack of a value.
    o.insert(QStringLiteral("not_filled_in"), counts(f.notFilledIn));
    o.insert(QStringLiteral("contacts"),
             QJsonObject{{QStringLiteral("by_type"), counts(f.contactsByType)},
                         {QStringLiteral("total"), f.contactsTotal},
                         {QStringLiteral("per_household_month"),
                          optional(f.contactsPerHouseholdMonthTenths
                                       ? std::optional<double>(
                                           double(*f.contactsPerHouseholdMonthTenths) / 10.0)
                                       : std::nullopt)}});
    o.insert(QStringLiteral("partners"), counts(f.partners));
    o.insert(QStringLiteral("referrals"),
             QJsonObject{{QStringLiteral("received"), f.referralsReceived},
                         {QStringLiteral("accepted"), f.referralsAccepted},
                         {QStringLiteral("refused_by_household"), f.referralsRefusedByHousehold},
                         {QStringLiteral("refused_by_landlord"), f.referralsRefusedByLandlord},
                         {QStringLiteral("refusal_rate"),
                          f.refusalRate.percent ? QJsonValue(*f.refusalRate.percent)
                                                : QJsonValue(QJsonValue::Null)}});
    o.insert(QStringLiteral("files_opened"), f.filesOpened());
    o.insert(QStringLiteral("files_closed"), f.filesClosed());
    QJsonObject funding;
    for (auto it = f.fundingBySource.cbegin(); it != f.fundingBySource.cend(); ++it)
        funding.insert(it.key(), euros(it.value()));
    o.insert(QStringLiteral("cost"),
             QJsonObject{{QStringLiteral("expenses"), euros(f.expenses)},
                         {QStringLiteral("funding"), funding},
                         {QStringLiteral("per_household"),
                          optional(f.costPerHousehold
                                       ? std::optional<double>(euros(*f.costPerHousehold))
                                       : std::nullopt)}});
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QString csvCell(const QString &value)
{
    QString v = value;
    if (!v.isEmpty()) {
        const QChar first = v.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r')
            v.prepend(u'\'');
    }
    if (v.contains(u';') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
        v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        v = u'"' + v + u'"';
    }
    return v;
}

namespace {

class CsvWriter
{
public:
    void row(const QStringList &cells)
    {
        QStringList quoted;
        for (const QString &c : cells)
            quoted << csvCell(c);
        m_text += quoted.join(u';') + QStringLiteral("\r\n");
    }
    void blank() { m_text += QStringLiteral("\r\n"); }
    void section(const QString &title)
    {
        if (!m_text.isEmpty())
            blank();
        row({title});
    }
    QByteArray bytes() const { return QByteArray("\xEF\xBB\xBF") + m_text.toUtf8(); }

private:
    QString m_text;
};

QString number(qint64 n)
{
    return QString::number(n);
}

QString tenths(qint64 t)
{
    return QString::number(t / 10) + u',' + QString::number(t % 10);
}

QString money(Cents c)
{
    const QString cents = QString::number(c % 100).rightJustified(2, u'0');
    return QString::number(c / 100) + u',' + cents;
}

QString notAvailable()
{
    return Msg::tr("n.a.");
}

QString percentText(const std::optional<int> &p)
{
    return p ? QString::number(*p) : notAvailable();
}

void scalar(CsvWriter &w, const QString &title, const QString &value)
{
    w.section(title);
    w.row({Msg::tr("Value"), value});
}

void rateSection(CsvWriter &w, const QString &title, const Rate &r, const QString &numName,
                 const QString &denName)
{
    w.section(title);
    w.row({Msg::tr("Percent"), numName, denName});
    w.row({percentText(r.percent), number(r.numerator), number(r.denominator)});
}

void breakdown(CsvWriter &w, const QString &title, const QMap<QString, qint64> &map,
               const std::function<QString(const QString &)> &label, qint64 notFilledIn = 0)
{
    w.section(title);
    w.row({Msg::tr("Code"), Msg::tr("Label"), Msg::tr("Households")});
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        w.row({it.key(), label(it.key()), number(it.value())});
    if (notFilledIn > 0)
        w.row({QString(), Msg::tr("Not filled in"), number(notFilledIn)});
}

} // namespace

QByteArray toCsv(const ReviewFigures &f, const ReferenceCatalog &catalog)
{
    CsvWriter w;
    auto listLabel = [&catalog](ReferenceList list) {
        return [&catalog, list](const QString &code) { return catalog.label(list, code); };
    };
    auto named = [](const QHash<QString, QString> &names) {
        return [&names](const QString &code) { return names.value(code, code); };
    };
    auto unknown = [&f](const char *name) {
        return f.notFilledIn.value(QString::fromLatin1(name));
    };

    w.row({Msg::tr("Year-end review"), QStringLiteral("Passerelle")});
    w.row({Msg::tr("Period"), f.request.from.toString(u"dd/MM/yyyy"),
           f.request.to.toString(u"dd/MM/yyyy")});
    w.row({Msg::tr("Actions"),
           f.actionCodes.isEmpty() ? Msg::tr("All actions") : f.actionCodes.join(u", ")});
    w.row({Msg::tr("Agencies"),
           f.agencyCodes.isEmpty() ? Msg::tr("All agencies") : f.agencyCodes.join(u", ")});

    scalar(w, Msg::tr("Households supported in the period"), number(f.householdsSupported));
    scalar(w, Msg::tr("Entries"), number(f.householdsEntered));
    scalar(w, Msg::tr("Exits"), number(f.householdsExited));
    scalar(w, Msg::tr("New entrants"), number(f.newEntrants));
    scalar(w, Msg::tr("Existing tenants"), number(f.existingTenants));
    scalar(w, Msg::tr("Months of support"), tenths(f.supportMonths.tenths()));
    scalar(w, Msg::tr("Average length of support (months)"),
           f.averageSupportMonths ? tenths(f.averageSupportMonths->tenths()) : notAvailable());
    rateSection(w, Msg::tr("Share of households in a QPV (%)"), f.qpvShare,
                Msg::tr("Households in a QPV"), Msg::tr("Households with a lease"));
    rateSection(w, Msg::tr("Housing retention at +24 months (%)"), f.retention24m,
                Msg::tr("Still housed"), Msg::tr("Cohort"));
    w.section(Msg::tr("Sliding leases"));
    w.row({Msg::tr("Supports with a bail glissant"), Msg::tr("Glissements in the period")});
    w.row({number(f.slidingLeasesUsed), number(f.slidingLeasesSlid)});
    breakdown(w, Msg::tr("End-of-support outcomes"), f.exitOutcomes, listLabel(ReferenceList::SupportOutcome),
              unknown("exit_outcomes"));
    breakdown(w, Msg::tr("By public"), f.publics, listLabel(ReferenceList::Public),
              unknown("publics"));
    breakdown(w, Msg::tr("By household composition"), f.compositions, listLabel(ReferenceList::Composition),
              unknown("compositions"));
    breakdown(w, Msg::tr("By situation before entry"), f.priorSituations, listLabel(ReferenceList::PriorSituation),
              unknown("prior_situations"));
    breakdown(w, Msg::tr("By main source of income"), f.resourceSources, listLabel(ReferenceList::ResourceSource),
              unknown("resource_sources"));
    breakdown(w, Msg::tr("By lease type"), f.leaseTypes, listLabel(ReferenceList::LeaseType),
              unknown("lease_types"));
    breakdown(w, Msg::tr("By agency"), f.agencies, named(f.agencyNames));

    w.section(Msg::tr("Contacts"));
    w.row({Msg::tr("Code"), Msg::tr("Label"), Msg::tr("Contacts")});
    for (auto it = f.contactsByType.cbegin(); it != f.contactsByType.cend(); ++it)
        w.row({it.key(), catalog.label(ReferenceList::ContactType, it.key()), number(it.value())});
    w.row({QString(), Msg::tr("Total"), number(f.contactsTotal)});
    w.row({QString(), Msg::tr("Contacts per household-month"),
           f.contactsPerHouseholdMonthTenths ? tenths(*f.contactsPerHouseholdMonthTenths)
                                             : notAvailable()});
    breakdown(w, Msg::tr("Partners mobilised"), f.partners, named(f.partnerNames));

    w.section(Msg::tr("Referrals"));
    w.row({Msg::tr("Received"), Msg::tr("Accepted"), Msg::tr("Refused by the household"),
           Msg::tr("Refused by the landlord or the CAL"), Msg::tr("Refusal rate (%)")});
    w.row({number(f.referralsReceived), number(f.referralsAccepted),
           number(f.referralsRefusedByHousehold), number(f.referralsRefusedByLandlord),
           percentText(f.refusalRate.percent)});
    scalar(w, Msg::tr("Files opened"), number(f.filesOpened()));
    scalar(w, Msg::tr("Files closed"), number(f.filesClosed()));

    w.section(Msg::tr("Cost (euros)"));
    w.row({Msg::tr("Expenses"), money(f.expenses)});
    w.row({Msg::tr("Cost per household"),
           f.costPerHousehold ? money(*f.costPerHousehold) : notAvailable()});
    w.row({Msg::tr("Funding received"), Msg::tr("Source"), Msg::tr("Amount")});
    for (auto it = f.fundingBySource.cbegin(); it != f.fundingBySource.cend(); ++it)
        w.row({it.key(), catalog.label(ReferenceList::FundingSource, it.key()), money(it.value())});
    return w.bytes();
}

namespace {

/// A value of the sections as a spreadsheet stores it.
XlsxCell xlsxValue(const ReviewValue &v)
{
    if (v.masked)
        return XlsxCell::placeholder(v.text()); // « < 5 »
    if (!v.isAvailable())
        return XlsxCell::notAvailable();
    switch (v.kind) {
    case ReviewValue::Kind::Count:
        return XlsxCell::integer(*v.number);
    case ReviewValue::Kind::Tenths:
        return XlsxCell::decimal(v.spreadsheetNumber(), 1);
    case ReviewValue::Kind::Percent:
        return XlsxCell::percent(v.spreadsheetNumber());
    case ReviewValue::Kind::Money:
        return XlsxCell::money(*v.number);
    }
    return {};
}

/// A sheet's tab holds 31 characters: a short name for each section (its full title heads the
/// sheet); a section added later is named after its title.
QString sheetName(const ReviewSection &section)
{
    const QHash<QString, QString> names = {
        {u"activity"_s, Msg::tr("Activity")},
        {u"cost"_s, Msg::tr("Cost and funding")},
        {u"publics"_s, Msg::tr("Publics")},
        {u"exit_outcomes"_s, Msg::tr("Exit outcomes")},
        {u"compositions"_s, Msg::tr("Compositions")},
        {u"prior_situations"_s, Msg::tr("Situations before entry")},
        {u"resource_sources"_s, Msg::tr("Sources of income")},
        {u"lease_types"_s, Msg::tr("Lease types")},
        {u"agencies"_s, Msg::tr("Agencies")},
        {u"partners"_s, Msg::tr("Partners")},
        {u"contacts"_s, Msg::tr("Contacts")},
        {u"support_months_by_month"_s, Msg::tr("Months of support by month")},
        {u"retention"_s, Msg::tr("Retention at +24 months")},
        {u"diagnostics"_s, Msg::tr("Diagnostics")},
    };
    return names.value(section.key, section.title);
}

/// Width of the labels' column: its longest label, within reason.
double labelWidth(const QStringList &labels)
{
    qsizetype longest = 0;
    for (const QString &label : labels)
        longest = std::max(longest, label.size());
    return std::clamp(double(longest) + 2, 30.0, 70.0);
}

QStringList labels(const ReviewSection &section)
{
    QStringList list;
    for (const ReviewRow &row : section.rows)
        list << row.label;
    return list;
}

/// The section's table: a header (the rows' label, the value columns, their key), then one
/// line per row.
void addTable(XlsxSheet &sheet, const ReviewSection &section, const QString &firstHeader)
{
    // Column titles over numbers are aligned as the numbers, and wrap rather than widen them.
    QList<XlsxCell> header{XlsxCell::text(firstHeader).bold()};
    for (const QString &column : section.columns)
        header << XlsxCell::text(column).bold().wrapped().alignedRight();
    header << XlsxCell::text(Msg::tr("Code")).muted();
    sheet.addRow(header);
    for (const ReviewRow &row : section.rows) {
        QList<XlsxCell> cells{XlsxCell::text(row.label)};
        for (const ReviewValue &v : row.values)
            cells << xlsxValue(v);
        // Rows with fewer values than columns keep the key in its column.
        while (cells.size() < section.columns.size() + 1)
            cells << XlsxCell::empty();
        cells << XlsxCell::text(row.key).muted();
        sheet.addRow(cells);
    }
}

} // namespace

Result<QByteArray> toXlsx(const ReviewFigures &figures, const ReferenceCatalog &catalog,
                          const ReviewSectionOptions &options, const QString &organisation)
{
    const QList<ReviewSection> sections = ReviewSections::build(figures, catalog, options);
    const QString period = ReviewSections::periodText(figures.request);
    const QString title = Msg::tr("Year-end review — %1").arg(period);

    XlsxWorkbook book;
    XlsxWorkbook::Properties properties;
    properties.title = title;
    properties.subject = ReviewSections::actionsText(figures);
    properties.company = organisation;
    book.setProperties(properties);

    // « Synthèse »: what the review covers, then the key figures.
    XlsxSheet &summary = book.addSheet(Msg::tr("Summary"));
    summary.addTitle(title);
    summary.addRow();
    summary.addRow({XlsxCell::text(Msg::tr("Period")).bold(), XlsxCell::text(period)});
    summary.addRow({XlsxCell::text(Msg::tr("First day")).bold(),
                    XlsxCell::date(figures.request.from)});
    summary.addRow({XlsxCell::text(Msg::tr("Last day")).bold(),
                    XlsxCell::date(figures.request.to)});
    summary.addRow({XlsxCell::text(Msg::tr("Actions")).bold(),
                    XlsxCell::text(ReviewSections::actionsText(figures)).wrapped().alignedTop()});
    summary.addRow({XlsxCell::text(Msg::tr("Agencies")).bold(),
                    XlsxCell::text(ReviewSections::agenciesText(figures)).wrapped().alignedTop()});
    if (!organisation.isEmpty()) {
        summary.addRow({XlsxCell::text(Msg::tr("Landlord")).bold(),
                        XlsxCell::text(organisation)});
    }
    summary.addRow();
    for (const ReviewSection &section : sections) {
        if (section.key != u"key_figures")
            continue;
        addTable(summary, section, section.title);
        if (!section.note.isEmpty())
            summary.addNote(section.note);
    }
    summary.addRow();
    if (options.maskSmallCounts) {
        summary.addNote(Msg::tr("In the breakdowns, counts from 1 to 4 are shown « < 5 » "
                                "(publication)."));
    }
    summary.addNote(Msg::tr("The sheet « Definitions » gives the exact rule behind each "
                            "figure."));
    QStringList summaryLabels{Msg::tr("Period"), Msg::tr("First day"), Msg::tr("Last day"),
                              Msg::tr("Actions"), Msg::tr("Agencies"), Msg::tr("Landlord")};
    for (const ReviewSection &section : sections) {
        if (section.key == u"key_figures")
            summaryLabels << labels(section);
    }
    summary.setColumnWidth(0, labelWidth(summaryLabels));
    summary.fitColumns(12, 40);

    for (const ReviewSection &section : sections) {
        if (section.key == u"key_figures")
            continue;
        XlsxSheet &sheet = book.addSheet(sheetName(section));
        sheet.addTitle(section.title);
        addTable(sheet, section, section.breakdown ? Msg::tr("Category") : Msg::tr("Figure"));
        if (!section.note.isEmpty()) {
            sheet.addRow();
            sheet.addNote(section.note);
        }
        sheet.freezePanes(2, 1);
        sheet.setPrintLayout(section.columns.size() > 3, 2);
        sheet.setColumnWidth(0, labelWidth(labels(section)));
        sheet.fitColumns(12, 40);
    }

    XlsxSheet &definitions = book.addSheet(Msg::tr("Definitions"));
    definitions.addTitle(Msg::tr("Definitions"));
    definitions.addHeaderRow({Msg::tr("Figure"), Msg::tr("Definition")});
    for (const ReviewDefinition &d : ReviewSections::definitions()) {
        definitions.addRow({XlsxCell::text(d.title).bold().wrapped().alignedTop(),
                            XlsxCell::text(d.text).wrapped().alignedTop()});
    }
    definitions.freezePanes(2);
    definitions.setPrintLayout(true, 2);
    definitions.setColumnWidth(0, 34);
    definitions.setColumnWidth(1, 100);
    return book.toBytes();
}

std::optional<Format> formatNamed(const QString &name)
{
    if (name == u"json")
        return Format::Json;
    if (name == u"csv")
        return Format::Csv;
    if (name == u"xlsx")
        return Format::Xlsx;
    if (name == u"pdf")
        return Format::Pdf;
    return std::nullopt;
}

QStringList formatNames()
{
    return {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("xlsx"),
            QStringLiteral("pdf")};
}

QString extension(Format format)
{
    switch (format) {
    case Format::Json:
        return QStringLiteral("json");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

Result<QByteArray> render(Database &db, const ReviewFigures &figures, Format format,
                          const ReviewSectionOptions &options)
{
    switch (format) {
    case Format::Json:
        return toJson(figures); // every count: for the funder and the staff
    case Format::Csv: {
        PASSERELLE_TRY(catalog, ReferenceRepository(db).catalog());
        return toCsv(figures, catalog);
    }
    case Format::Xlsx: {
        PASSERELLE_TRY(catalog, ReferenceRepository(db).catalog());
        PASSERELLE_TRY(organisation, OrganisationRepository(db).get());
        return toXlsx(figures, catalog, options, organisation.name);
    }
    case Format::Pdf:
        return ReviewReport::toPdf(db, figures, options);
    }
    return Error::usage(Msg::tr("Unknown format."));
}

} // namespace Passerelle::ReviewExport
