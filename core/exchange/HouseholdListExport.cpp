#include "HouseholdListExport.h"

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

} // namespace

Result<QByteArray> write(Database &db, const Scope &scope, const HouseholdFilter &filter,
                         Format format)
{
    PASSERELLE_TRY(rows, HouseholdRepository(db).listForExport(
                             scope, filter, format == Format::Csv ? u"csv"_s : u"json"_s));
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

    QString text;
    const auto row = [&text](const QStringList &cells) {
        QStringList quoted;
        for (const QString &c : cells)
            quoted << ReviewExport::csvCell(c);
        text += quoted.join(u';') + u"\r\n"_s;
    };
    row({Msg::tr("Reference"), Msg::tr("Household"), Msg::tr("Agency"), Msg::tr("Actions"),
         Msg::tr("Status"), Msg::tr("Composition"), Msg::tr("Publics"),
         Msg::tr("Start of support"), Msg::tr("End of support"), Msg::tr("Last contact")});
    for (const HouseholdRow &r : std::as_const(rows)) {
        const Agency *agency = agencyById.value(r.agencyId);
        QStringList publics;
        for (const QString &p : r.publics)
            publics << catalog.label(ReferenceList::Public, p);
        row({r.reference, r.displayName, agency ? agency->name : QString(),
             actionCodes(r).join(u", "_s), catalog.label(ReferenceList::HouseholdStatus, r.status),
             catalog.label(ReferenceList::Composition, r.composition), publics.join(u", "_s),
             frenchDate(r.supportStart), frenchDate(r.supportEnd), frenchDate(r.lastContact)});
    }
    return QByteArray(QByteArray("\xEF\xBB\xBF") + text.toUtf8());
}

} // namespace Passerelle::HouseholdListExport
