#include "FollowUpRules.h"

#include <algorithm>

namespace Passerelle::FollowUpRules {
namespace {

/// Newest first: later date first; on the same day unsaved records (negative ids, the latest
/// added having the lowest id) before stored ones, stored ones by id descending.
template <typename T>
bool newer(const T &a, const T &b)
{
    if (a.date != b.date)
        return a.date > b.date;
    const bool aNew = a.id <= 0;
    const bool bNew = b.id <= 0;
    if (aNew != bNew)
        return aNew;
    return aNew ? a.id < b.id : a.id > b.id;
}

template <typename T>
int indexOfId(const QList<T> &list, Id id)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace

void sortContacts(QList<Contact> &contacts)
{
    std::stable_sort(contacts.begin(), contacts.end(), newer<Contact>);
}

void sortAlerts(QList<Alert> &alerts)
{
    std::stable_sort(alerts.begin(), alerts.end(), newer<Alert>);
}

QList<int> contactsOfType(const QList<Contact> &contacts, const QString &type)
{
    QList<int> indexes;
    for (int i = 0; i < contacts.size(); ++i) {
        if (type.isEmpty() || contacts.at(i).type == type)
            indexes << i;
    }
    return indexes;
}

Id supportActionOn(const HouseholdFile &file, const QDate &date)
{
    const Support *found = nullptr;
    for (const Support &s : file.supports) {
        const bool running = s.startDate.isValid() && s.startDate <= date
                             && (!s.endDate.isValid() || date <= s.endDate);
        if (running && (!found || found->startDate < s.startDate))
            found = &s;
    }
    // With a single support, a contact outside its dates (before it starts) still belongs to it.
    if (!found && file.supports.size() == 1)
        found = &file.supports.first();
    return found ? found->actionId : 0;
}

Id addContact(HouseholdFile &file, Contact contact)
{
    contact.id = file.nextTemporaryId();
    contact.householdId = file.household.id;
    if (contact.actionId <= 0)
        contact.actionId = supportActionOn(file, contact.date);
    file.contacts.append(contact);
    sortContacts(file.contacts);
    return contact.id;
}

Id addAlert(HouseholdFile &file, Alert alert)
{
    alert.id = file.nextTemporaryId();
    alert.householdId = file.household.id;
    file.alerts.append(alert);
    sortAlerts(file.alerts);
    return alert.id;
}

int indexOfContact(const HouseholdFile &file, Id id)
{
    return indexOfId(file.contacts, id);
}

int indexOfAlert(const HouseholdFile &file, Id id)
{
    return indexOfId(file.alerts, id);
}

void closeAlert(Alert &alert, const QDate &today)
{
    if (alert.isOpen())
        alert.closedDate = today;
}

int openAlertCount(const QList<Alert> &alerts)
{
    return int(std::count_if(alerts.cbegin(), alerts.cend(),
                             [](const Alert &a) { return a.isOpen(); }));
}

} // namespace Passerelle::FollowUpRules
