#pragma once

#include "Result.h"
#include "domain/Diagnostic.h"
#include "domain/Types.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <utility>

namespace Passerelle {
class Database;
}

namespace Passerelle::Testing {

/// Builds small hand-made datasets through the repositories, as the application writes them,
/// for the tests that pin a figure or a list on a few records. Each call returns the new id;
/// the first failure is kept (ok(), error()) and the test checks it once it has built. Free
/// texts hold what a CESF might write (« confidentiel », a health detail, an amount of
/// 1 234,56 €), so that a test can check that none of it reaches what must not show it.
class Builder
{
public:
    explicit Builder(Database &db) : m_db(db) {}

    Id agency(const QString &code);
    Id action(const QString &code);
    Id partner(const QString &code);
    /// A household of `agency` (one member, « NOM-<reference> »), with no support.
    Id household(const QString &reference, Id agency, const QStringList &publics = {},
                 const QString &composition = {}, const QString &prior = {},
                 const QString &resource = {});
    /// A household of `agency` followed in `action` from `start` (not followed when `start`
    /// is invalid; its support ended on `end` when given).
    Id followed(const QString &reference, Id agency, Id action, const QDate &start,
                const QDate &end = {});
    Id support(Id household, Id action, const QDate &start, const QDate &end = {},
               const QString &outcome = {}, const QString &kind = QStringLiteral("nouvel_entrant"));
    /// A dwelling of the stock, at a new address.
    Id dwelling(bool qpv = false);
    /// A lease (start reason « entree ») in a new dwelling, or in `dwellingId`.
    Id lease(Id household, const QDate &start, const QDate &end = {}, bool qpv = false,
             const QString &type = QStringLiteral("bail_direct"), Id dwellingId = 0);
    /// A lease of `type` in a new dwelling, with the reviews of a bail glissant on `reviews`.
    Id leaseOfType(Id household, const QString &type, const QDate &start, const QDate &end = {},
                   const QList<QDate> &reviews = {});
    /// A review of a bail glissant on `date`.
    void leaseReview(Id lease, const QDate &date);
    void glissement(Id glissantLease, const QDate &date);
    void contact(Id household, const QDate &date,
                 const QString &type = QStringLiteral("visite_domicile"), Id action = 0);
    void referral(Id household, Id action, const QDate &date, const QString &outcome);
    void mobilise(Id household, Id action, Id partner, const QDate &start, const QDate &end);
    void expense(Id action, const QDate &date, Cents amount);
    void funding(Id action, const QString &source, Cents received, const QDate &receivedOn);
    void diagnostic(Id household, const QDate &date, const QString &kind,
                    const QList<DiagnosticDomainAssessment> &domains);
    /// A contract whose versions end on `ends` (the last one is the current version).
    Id contract(Id household, Id action, const QList<QDate> &ends);
    /// A plan whose objectives have these statuses and target dates.
    void objectives(Id household, Id action, const QList<std::pair<QString, QDate>> &items);
    Id alert(Id household, const QDate &date, const QDate &closed = {},
             const QString &type = QStringLiteral("impayes_loyer"));
    Id meeting(Id household, const QDate &date, const QTime &time, const QString &outcome = {});
    Id committee(Id agency, const QDate &date, const QList<Id> &households);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    void check(const Status &status);

    Database &m_db;
    QString m_error;
    int m_dwellings = 0;
};

} // namespace Passerelle::Testing
