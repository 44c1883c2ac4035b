#include "DirectoryRepositories.h"

namespace Passerelle {

AgencyRepository::AgencyRepository(Database &db)
    : DirectoryRecords(db, Tables::agencies(), QStringLiteral("agency"), QStringLiteral("code"),
                       QStringLiteral("name"))
{
}

Problems AgencyRepository::validate(const Agency &row, const ReferenceCatalog &) const
{
    return Validation::check(row);
}

QString AgencyRepository::notFoundMessage() const
{
    return tr("This agency does not exist.");
}

UserRepository::UserRepository(Database &db)
    : DirectoryRecords(db, Tables::users(), QStringLiteral("user"), QStringLiteral("login"),
                       QStringLiteral("display_name"))
{
}

Problems UserRepository::validate(const User &row, const ReferenceCatalog &refs) const
{
    return Validation::check(row, refs);
}

QString UserRepository::notFoundMessage() const
{
    return tr("This user does not exist.");
}

PartnerRepository::PartnerRepository(Database &db)
    : DirectoryRecords(db, Tables::partners(), QStringLiteral("partner"), QStringLiteral("code"),
                       QStringLiteral("name"))
{
}

Result<std::optional<Partner>> PartnerRepository::findByName(const QString &name) const
{
    const QString key = ReferenceLists::normalizedKey(name);
    PASSERELLE_TRY(all, list());
    for (Partner &p : all) {
        if (ReferenceLists::normalizedKey(p.name) == key) {
            PASSERELLE_CHECK(loadChildren(p));
            return std::optional<Partner>(p);
        }
    }
    return std::optional<Partner>();
}

Problems PartnerRepository::validate(const Partner &row, const ReferenceCatalog &refs) const
{
    return Validation::check(row, refs);
}

QString PartnerRepository::notFoundMessage() const
{
    return tr("This partner does not exist.");
}

Status PartnerRepository::loadChildren(Partner &row) const
{
    PASSERELLE_TRY(contacts, Tables::partnerContacts().select(
                                 m_db, QStringLiteral("WHERE partner_id = ? ORDER BY id"), {row.id}));
    PASSERELLE_TRY(agreements, Tables::partnerAgreements().select(
                                   m_db, QStringLiteral("WHERE partner_id = ? ORDER BY start_date, id"),
                                   {row.id}));
    row.contacts = contacts;
    row.agreements = agreements;
    return {};
}

Status PartnerRepository::saveChildren(Partner &row) const
{
    PASSERELLE_CHECK(Tables::partnerContacts().syncChildren(
        m_db, &PartnerContact::partnerId, QStringLiteral("partner_id"), row.id, row.contacts));
    return Tables::partnerAgreements().syncChildren(m_db, &PartnerAgreement::partnerId,
                                                    QStringLiteral("partner_id"), row.id,
                                                    row.agreements);
}

ActionRepository::ActionRepository(Database &db)
    : DirectoryRecords(db, Tables::actions(), QStringLiteral("action"), QStringLiteral("code"),
                       QStringLiteral("name"))
{
}

Problems ActionRepository::validate(const Action &row, const ReferenceCatalog &refs) const
{
    return Validation::check(row, refs);
}

QString ActionRepository::notFoundMessage() const
{
    return tr("This action does not exist.");
}

Status ActionRepository::loadChildren(Action &row) const
{
    PASSERELLE_TRY(funding, Tables::fundingLines().select(
                                m_db, QStringLiteral("WHERE action_id = ? ORDER BY id"), {row.id}));
    PASSERELLE_TRY(expenses, Tables::expenses().select(
                                 m_db, QStringLiteral("WHERE action_id = ? ORDER BY date, id"),
                                 {row.id}));
    row.fundingLines = funding;
    row.expenses = expenses;
    return {};
}

Status ActionRepository::saveChildren(Action &row) const
{
    PASSERELLE_CHECK(Tables::fundingLines().syncChildren(
        m_db, &FundingLine::actionId, QStringLiteral("action_id"), row.id, row.fundingLines));
    return Tables::expenses().syncChildren(m_db, &Expense::actionId, QStringLiteral("action_id"),
                                           row.id, row.expenses);
}

} // namespace Passerelle
