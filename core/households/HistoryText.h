#pragma once

#include "domain/Audit.h"
#include "domain/FieldLabels.h"

namespace Passerelle::HistoryText {

/// An operation of the audit journal as people read it ("update" → « Modification »),
/// translated; the code itself when unknown.
QString operation(const QString &code);
/// A kind of record of the audit journal ("support_plan" → « Plan d'accompagnement »),
/// translated; the code itself when unknown.
QString entity(const QString &code);

/// One line of the Historique tab.
struct Line
{
    QString when;    ///< local time, dd/MM/yyyy HH:mm
    QString who;     ///< the user's name, or the login recorded
    QString what;    ///< operation and record, « Modification : Contact »
    QString details; ///< the fields changed, with their labels (FieldLabels::describe)
};

/// What the ids and codes of the journal stand for (dwellings' addresses, names of partners,
/// actions, agencies and users, labels of codes): JournalRepository::names() reads them for
/// the entries shown, the same for the Historique tab, the journal page and its export.
using Names = FieldLabels::Names;

/// The line of a journal entry; `userName` is the name of entry.userId when known. With
/// `names`, the records a change links to read with their names (« (deleted) » when gone),
/// never with their ids.
Line line(const AuditEntry &entry, const QString &userName = {}, const Names &names = {});

/// True when every word of `filter` appears in the line (ignoring case and accents).
bool matches(const Line &line, const QString &filter);

} // namespace Passerelle::HistoryText
