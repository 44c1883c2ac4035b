#include "HouseholdListExport.h"

#include "io/XlsxWorkbook.h"
#include "review/ReviewExport.h"
#include "storage/DirectoryRepositories.h"
#include "storage/ReferenceRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Passerelle::HouseholdListExport {
namespace {

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdListExport)
};

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString frenchDate(const QDate &d)
{
    return d.isValid() ? d.toString(u"dd/MM/yyyy"_s) : QString();
}

/// One cell of the staff's table: a text, or a date (a date in the workbook, "31/12/2018" in
/// the CSV).
struct Cell
{
    QString text;
    QDate date;
    bool isDate = false;

    Cell(QString t) : text(std::move(t)) {} // NOLINT: a text is a cell
    static Cell day(const QDate &d)
    {
        Cell c{QString()};
        c.date = d;
        c.isDate = true;
        return c;
    }
};

/// The columns shared by the CSV and the workbook: texts, then dates from this one on.
constexpr qsizetype firstDateColumn = 7;
/// The columns shared by the CSV and the workbook.
QStringList columnTitles()
{
    return {Msg::tr("Reference"), Msg::tr("Household"),        Msg::tr("Agency"),
            Msg::tr("Actions"),   Msg::tr("Status"),           Msg::tr("Composition"),
            Msg::tr("Publics"),   Msg::tr("Start of support"), Msg::tr("End of support"),
            Msg::tr("Last contact")};
}

QByteArray csv(const QList<QList<Cell>> &table)
{
    QString text;
    const auto row = [&text](const QStringList &cells) {
        QStringList quoted;
        for (const QString &c : cells)
            quoted << ReviewExport::csvCell(c);
        text += quoted.join(u';') + u"\r\n"_s;
    };
    row(columnTitles());
    for (const QList<Cell> &cells : table) {
        QStringList texts;
        for (const Cell &c : cells)
            texts << (c.isDate ? frenchDate(c.date) : c.text);
        row(texts);
    }
    return QByteArray(QByteArray("\xEF\xBB\xBF") + text.toUtf8());
}

Result<QByteArray> xlsx(const QList<QList<Cell>> &table, const QString &title)
{
    XlsxWorkbook book;
    XlsxWorkbook::Properties properties;
    properties.title = title.isEmpty() ? Msg::tr("Households") : title;
    book.setProperties(properties);
    XlsxSheet &sheet = book.addSheet(properties.title);
    // Titles in bold, those over dates aligned as the dates.
    QList<XlsxCell> header;
    const QStringList titles = columnTitles();
    for (qsizetype i = 0; i < titles.size(); ++i) {
        XlsxCell cell = XlsxCell::text(titles.at(i)).bold();
        header << (i >= firstDateColumn ? cell.alignedRight() : cell);
    }
    sheet.addRow(header);
    for (const QList<Cell> &cells : table) {
        QList<XlsxCell> row;
        for (const Cell &c : cells)
            row << (c.isDate ? XlsxCell::date(c.date) : XlsxCell::text(c.text));
        sheet.addRow(row);
    }
    sheet.freezePanes(1, 2); // the titles, and the reference and name
    sheet.setPrintLayout(true, 1);
    sheet.fitColumns(10, 50);
    return book.toBytes();
}

} // namespace

QString formatName(Format format)
{
    switch (format) {
    case Format::Csv:
        return u"csv"_s;
    case Format::Json:
        return u"json"_s;
    case Format::Xlsx:
        return u"xlsx"_s;
    }
    return {};
}

std::optional<Format> formatNamed(const QString &name)
{
    for (Format f : {Format::Csv, Format::Json, Format::Xlsx}) {
        if (formatName(f) == name)
            return f;
    }
    return std::nullopt;
}

QStringList formatNames()
{
    return {formatName(Format::Csv), formatName(Format::Json), formatName(Format::Xlsx)};
}

Result<QByteArray> write(Database &db, const Scope &scope, const HouseholdFilter &filter,
                         Format format)
{
    PASSERELLE_TRY(rows,
                   HouseholdRepository(db).listForExport(scope, filter, formatName(format)));
    return render(db, rows, format);
}

Result<QByteArray> render(Database &db, const QList<HouseholdRow> &rows, Format format,
                          const QString &title)
{
    PASSERELLE_TRY(catalog, ReferenceRepository(db).catalog());
    PASSERELLE_TRY(agencies, AgencyRepository(db).list());
    PASSERELLE_TRY(actions, ActionRepository(db).list());
    QHash<Id, const Agency *> agencyById;
    for (const Agency &a : std::as_const(agencies))
        agencyById.insert(a.id, &a);
    QHash<Id, QString> actionCode;
    for (const Action &a : std::as_const(actions))
        actionCode.insert(a.id, a.code);
    const auto actionCodes = [&](const HouseholdRow &r) {
        QStringList codes;
        for (Id id : r.actionIds)
            codes << actionCode.value(id);
        codes.removeDuplicates();
        codes.sort();
        return codes;
    };

    if (format == Format::Json) {
        QJsonArray list;
        for (const HouseholdRow &r : std::as_const(rows)) {
            const Agency *agency = agencyById.value(r.agencyId);
            QJsonObject o;
            o.insert(u"reference"_s, r.reference);
            o.insert(u"name"_s, r.displayName);
            o.insert(u"agency"_s, agency ? agency->code : QString());
            o.insert(u"actions"_s, QJsonArray::fromStringList(actionCodes(r)));
            o.insert(u"status"_s, r.status);
            o.insert(u"composition"_s, r.composition);
            o.insert(u"publics"_s, QJsonArray::fromStringList(r.publics));
            o.insert(u"support_start"_s, isoDate(r.supportStart));
            o.insert(u"support_end"_s, isoDate(r.supportEnd));
            o.insert(u"last_contact"_s, isoDate(r.lastContact));
            list.append(o);
        }
        QJsonObject root;
        root.insert(u"households"_s, list);
        root.insert(u"count"_s, list.size());
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    }

    QList<QList<Cell>> table;
    table.reserve(rows.size());
    for (const HouseholdRow &r : std::as_const(rows)) {
        const Agency *agency = agencyById.value(r.agencyId);
        QStringList publics;
        for (const QString &p : r.publics)
            publics << catalog.label(ReferenceList::Public, p);
        table.append({r.reference, r.displayName, agency ? agency->name : QString(),
                      actionCodes(r).join(u", "_s),
                      catalog.label(ReferenceList::HouseholdStatus, r.status),
                      catalog.label(ReferenceList::Composition, r.composition),
                      publics.join(u", "_s), Cell::day(r.supportStart), Cell::day(r.supportEnd),
                      Cell::day(r.lastContact)});
    }
    if (format == Format::Xlsx)
        return xlsx(table, title);
    return csv(table);
}

} // namespace Passerelle::HouseholdListExport
