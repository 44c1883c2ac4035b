#pragma once

#include "Result.h"
#include "domain/Agency.h"
#include "domain/Organisation.h"
#include "domain/Partner.h"

#include <QDate>
#include <QString>

#include <utility>

namespace Passerelle {

class Database;

/// The demo database: an invented landlord running the seed programmes of DOMAIN.md, with 54
/// households followed from referral to the checks after support:
/// - LAAVA with UCRM (2015 call): 10 households housed in 2015-2016, 12 months of support on
///   average, 9 of 10 still housed two years after entry, one bail glissant, 49 500 €;
/// - the 2018 call: three actions, 10 new entrants and 15 existing tenants, 37 000 € of State
///   aid, all supported in 2018-2019;
/// - today's desk: the Habitat et Humanisme partnership (2022) and the network of partners for
///   existing tenants (2023), with supports going on, alerts and committees relative to today.
/// Their review figures come out of Review::compute (tests/core/tst_demostory pins them).
namespace Demo {

struct Counts
{
    int agencies = 0;
    int partners = 0;
    int actions = 0;
    int households = 0;
    int newEntrants = 0;
    int existingTenants = 0;
    int slidingLeases = 0;
};

/// The password of every demo account (cfabre, sbenali, jmarty: one CESF per agency; nroux,
/// responsable du pôle social; mdelmas, chargé de mission; admin, administrateur; khaddad,
/// référent partenaire of UCRM). Demo accounts are for trying Passerelle out only.
inline constexpr char Password[] = "passerelle-demo";

/// The database-wide setting ("1") that marks a demo base (its login lists the accounts).
QString isDemoKey();

/// The invented landlord « Habitat Garonne Solidaire » (address, signatory, logo).
Organisation organisation();
/// The database-wide settings of a demo base (the silence threshold of the dashboard, and
/// isDemoKey(), which makes the login list the demo accounts).
QList<std::pair<QString, QString>> settings();
/// The demo's three agencies around Toulouse (ids 0).
QList<Agency> agencies();
/// The demo's partners (UCRM, Habitat et Humanisme…) with their contacts and agreements.
QList<Partner> partners();

/// One demo account; they all have Password.
struct Account
{
    QString login;
    QString name;
    QString role;    ///< ReferenceList::UserRole
    int agency = -1; ///< a CESF's agency, as an index into agencies(); -1 for head office
    QString partner; ///< a partner referent's association (code in partners())
};
/// The accounts the login of a demo base lists.
QList<Account> accounts();
/// The hash of Password (hashed once per process).
Result<QString> passwordHash();

/// What a referent writes of a diagnostic domain at a level (1-3; 0: no difficulty; empty
/// for « non évalué »).
QString observation(const QString &domain, int level);

/// A contact as a CESF logs it: type, minutes (0: not noted) and note.
struct ContactTemplate
{
    const char *type;
    int minutes;
    const char *note;
};
const QList<ContactTemplate> &contactTemplates();

/// What populate() promises; tests and `passerelle check` compare against it.
Counts expectedCounts();

/// Fills an empty, migrated database with the demo programmes, in one transaction (nothing is
/// written when it fails). `today` anchors the ongoing supports (pass Clock::today(); it
/// must not be later than that day, since follow-up events cannot be in the future);
/// histories that ended are at fixed dates. Deterministic for a given `today`.
Status populate(Database &db, const QDate &today);

/// Creates the file `path` (refuses with Error::Validation if it already exists), opens it
/// with Database::open, and calls populate(). The file is removed again if populating fails.
Status create(const QString &path, const QDate &today);

} // namespace Demo
} // namespace Passerelle
