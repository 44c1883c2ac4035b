#include "Scope.h"

#include "domain/User.h"

#include <QCoreApplication>

namespace Passerelle {
namespace {

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(Scope)
};

} // namespace

Role roleFromCode(const QString &code)
{
    if (code == u"cesf")
        return Role::Cesf;
    if (code == u"responsable_pole_social")
        return Role::ResponsablePoleSocial;
    if (code == u"charge_mission")
        return Role::ChargeMission;
    if (code == u"referent_partenaire")
        return Role::ReferentPartenaire;
    if (code == u"administrateur")
        return Role::Administrateur;
    return Role::SingleUser;
}

QString roleCode(Role role)
{
    switch (role) {
    case Role::Cesf: return QStringLiteral("cesf");
    case Role::ResponsablePoleSocial: return QStringLiteral("responsable_pole_social");
    case Role::ChargeMission: return QStringLiteral("charge_mission");
    case Role::ReferentPartenaire: return QStringLiteral("referent_partenaire");
    case Role::Administrateur: return QStringLiteral("administrateur");
    case Role::SingleUser: break;
    }
    return {};
}

bool isKnownRole(const QString &code)
{
    return roleFromCode(code) != Role::SingleUser;
}

Scope Scope::forUser(const User &user)
{
    const Role role = roleFromCode(user.role);
    Scope s;
    s.userId = user.id;
    s.login = user.login;
    // An account with a role that is not known (or none) gets the narrowest rights there are:
    // a CESF of no agency sees nothing.
    s.role = role == Role::SingleUser ? Role::Cesf : role;
    if (s.role == Role::Cesf)
        s.agencyId = user.agencyId;
    else if (s.role == Role::ReferentPartenaire)
        s.partnerId = user.partnerId;
    return s;
}

bool Scope::may(Permission p) const
{
    using P = Permission;
    switch (role) {
    case Role::SingleUser:
        return true;
    case Role::Cesf:
        return p == P::ReadHouseholds || p == P::EditHouseholds || p == P::EditDiagnostic
               || p == P::ReadInternalNotes || p == P::Dashboard || p == P::Committees
               || p == P::Review || p == P::Print || p == P::ExportHouseholds
               || p == P::AccessExport || p == P::Import;
    case Role::ResponsablePoleSocial:
        return p == P::ReadHouseholds || p == P::EditHouseholds || p == P::EditDiagnostic
               || p == P::ReadInternalNotes || p == P::Dashboard || p == P::Committees
               || p == P::Review || p == P::Print || p == P::ExportHouseholds
               || p == P::AccessExport || p == P::Import || p == P::DeleteHouseholds;
    case Role::ChargeMission:
        return p == P::ReadHouseholds || p == P::EditHouseholds || p == P::EditDiagnostic
               || p == P::ReadInternalNotes || p == P::Dashboard || p == P::Committees
               || p == P::Review || p == P::Print || p == P::ExportHouseholds
               || p == P::ManageActions || p == P::Import;
    case Role::ReferentPartenaire:
        return p == P::ReadHouseholds || p == P::EditDiagnostic || p == P::ExportHouseholds;
    case Role::Administrateur:
        return p == P::ReadHouseholds || p == P::ReadInternalNotes || p == P::Dashboard
               || p == P::ManageActions || p == P::ManageUsers || p == P::ManageSettings
               || p == P::ReadJournal || p == P::Retention || p == P::Backup
               || p == P::AccessExport || p == P::Import || p == P::ExportHouseholds
               || p == P::DeleteHouseholds;
    }
    return false;
}

QString Scope::refusal(Permission p) const
{
    QString what;
    switch (p) {
    case Permission::ReadHouseholds: what = Msg::tr("open household files"); break;
    case Permission::EditHouseholds: what = Msg::tr("change household files"); break;
    case Permission::EditDiagnostic: what = Msg::tr("write diagnostics"); break;
    case Permission::ReadInternalNotes: what = Msg::tr("read the landlord's internal notes"); break;
    case Permission::Dashboard: what = Msg::tr("see the agency dashboard"); break;
    case Permission::Committees: what = Msg::tr("see follow-up committees"); break;
    case Permission::Review: what = Msg::tr("compute the year-end review"); break;
    case Permission::Print: what = Msg::tr("print contracts and letters"); break;
    case Permission::ExportHouseholds: what = Msg::tr("export lists of households"); break;
    case Permission::ManageActions: what = Msg::tr("change actions and partners"); break;
    case Permission::ManageUsers: what = Msg::tr("manage accounts"); break;
    case Permission::ManageSettings: what = Msg::tr("change the settings"); break;
    case Permission::ReadJournal: what = Msg::tr("read the journal"); break;
    case Permission::Retention: what = Msg::tr("run the retention of data"); break;
    case Permission::Backup: what = Msg::tr("back up or restore the base"); break;
    case Permission::AccessExport: what = Msg::tr("export everything held on a household"); break;
    case Permission::Import: what = Msg::tr("import spreadsheets"); break;
    case Permission::DeleteHouseholds: what = Msg::tr("delete household files"); break;
    }
    return Msg::tr("Your role does not allow you to %1. Ask an administrator if you need it.")
        .arg(what);
}

} // namespace Passerelle
