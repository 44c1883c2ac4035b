#pragma once

#include "domain/Types.h"

namespace Passerelle {

struct User;

/// The roles of DOMAIN.md. A base without accounts is used by one person, who may do
/// everything (SingleUser): a unit's own file, as before accounts existed.
enum class Role {
    SingleUser,
    Cesf,                  ///< her agency's households
    ResponsablePoleSocial, ///< head office: every agency
    ChargeMission,         ///< head office: every agency, actions, review
    ReferentPartenaire,    ///< the households her association supports, shared sections only
    Administrateur,        ///< head office: accounts, journal, retention, backups
};

/// What a role may do. Decided here, in one place, and checked in core by every entry point.
enum class Permission {
    ReadHouseholds,     ///< list, search and open household files (within the scope)
    EditHouseholds,     ///< create households and change every section of their files
    EditDiagnostic,     ///< write the diagnostic (the partner referent's part)
    ReadInternalNotes,  ///< the landlord's internal notes, alerts and the file's journal
    Dashboard,          ///< the agency dashboard
    Committees,         ///< follow-up committees: agenda, reviews, decisions
    Review,             ///< the year-end review figures
    Print,              ///< contracts, convocations, agendas
    ExportHouseholds,   ///< the list of households (CSV/JSON) and drill-down lists
    ManageActions,      ///< actions, partners, agreements, funding
    ManageUsers,        ///< accounts and roles
    ManageSettings,     ///< organisation, agencies, reference lists, backup settings
    ReadJournal,        ///< Administration › Journal
    Retention,          ///< the retention run and anonymisation
    Backup,             ///< backup and restore
    AccessExport,       ///< the right-of-access export of a household
    Import,             ///< spreadsheet import
    DeleteHouseholds,   ///< delete a file created by mistake (a duplicate, a wrong referral)
};

/// Who acts, and which households they may see: one agency, one partner's households, or all
/// agencies. Every repository read and write takes a Scope, so that access control only has to
/// build the right one (see Access for the rules).
struct Scope
{
    Id userId = 0;
    QString login;               ///< recorded in the audit journal
    Role role = Role::SingleUser;
    std::optional<Id> agencyId;  ///< a CESF's agency; empty: every agency
    std::optional<Id> partnerId; ///< a partner referent's association

    /// Every household, every right: single-user bases, the demo builder, benchmarks.
    static Scope everything(QString login, Id userId = 0)
    {
        Scope s;
        s.userId = userId;
        s.login = std::move(login);
        return s;
    }
    /// One agency's households, with the CESF's rights.
    static Scope agency(Id agency, QString login, Id userId = 0)
    {
        Scope s = everything(std::move(login), userId);
        s.role = Role::Cesf;
        s.agencyId = agency;
        return s;
    }
    /// The households a partner association supports, with a partner referent's rights.
    static Scope partner(Id partner, QString login, Id userId = 0)
    {
        Scope s = everything(std::move(login), userId);
        s.role = Role::ReferentPartenaire;
        s.partnerId = partner;
        return s;
    }
    /// The scope of an account (its role, agency and association).
    static Scope forUser(const User &user);

    /// True when every household is visible (no agency or partner restriction).
    bool coversAllAgencies() const { return !agencyId && !partnerId; }
    /// Agency-level records (committees, dashboards, dwellings): a partner referent sees none.
    bool allowsAgency(Id agency) const
    {
        if (partnerId)
            return false;
        return !agencyId || *agencyId == agency;
    }
    bool may(Permission permission) const;
    /// A short French sentence for a refusal of `permission` ("Your role does not allow…").
    QString refusal(Permission permission) const;
};

} // namespace Passerelle

namespace Passerelle {
/// The role of a stored code (ReferenceList::UserRole); SingleUser for an unknown code.
Role roleFromCode(const QString &code);
QString roleCode(Role role);
bool isKnownRole(const QString &code);
} // namespace Passerelle
