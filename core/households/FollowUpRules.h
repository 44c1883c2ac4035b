#pragma once

#include "HouseholdFile.h"

namespace Passerelle::FollowUpRules {

/// Contacts newest first, as they are stored (date, then id, descending); contacts not saved
/// yet come before the stored ones of the same day, the latest added first.
void sortContacts(QList<Contact> &contacts);
/// Alerts newest first, in the same way.
void sortAlerts(QList<Alert> &alerts);

/// The indexes of the contacts of a type (every contact when `type` is empty), in order.
QList<int> contactsOfType(const QList<Contact> &contacts, const QString &type);

/// The action of the support running on `date` (the latest started when several run), or 0.
Id supportActionOn(const HouseholdFile &file, const QDate &date);

/// Adds a contact to the file in its place (newest first): a temporary id, the household, and
/// the support running on its date when it names none. Returns its id.
Id addContact(HouseholdFile &file, Contact contact);
/// Adds an alert in its place (newest first) with a temporary id. Returns its id.
Id addAlert(HouseholdFile &file, Alert alert);

/// The index of the record with this id, or -1.
int indexOfContact(const HouseholdFile &file, Id id);
int indexOfAlert(const HouseholdFile &file, Id id);

/// Closes an open alert on `today` (a closed alert keeps its date).
void closeAlert(Alert &alert, const QDate &today);

/// How many alerts are still open.
int openAlertCount(const QList<Alert> &alerts);

} // namespace Passerelle::FollowUpRules
