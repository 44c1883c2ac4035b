#pragma once

#include "ReferenceLists.h"
#include "Types.h"

#include <QString>

#include <functional>

namespace Passerelle::FieldLabels {

/// What the ids and codes of a summary stand for, from data only the caller has (the domain
/// keeps no list of partners or dwellings): every view of the journal gets them from
/// JournalRepository::names(). Each function returns an empty string for a record it does not
/// know (deleted since); an unset function leaves the stored id as it is (the conflict
/// messages, which have no such data at hand).
struct Names
{
    std::function<QString(Id)> dwelling; ///< its address: "12 rue…, 31000 Toulouse (T3)"
    std::function<QString(Id)> partner;
    std::function<QString(Id)> action;
    std::function<QString(Id)> agency;
    std::function<QString(Id)> user;
    /// The label of a code, entries added by the administrator included
    /// (ReferenceCatalog::label); the built-in labels when unset.
    std::function<QString(ReferenceList, const QString &)> code;
};

/// The label people read for a stored field (column name, e.g. "start_date" → « Date de
/// début »), translated; the column name itself when it has none. Used by the history of a
/// household and by the messages that tell what someone else changed.
QString label(const QString &column);

/// A stored value of a column as people read it: labels for codes, dd/MM/yyyy dates, euros
/// for amounts in cents, « oui »/« non » for flags, names for links to other records (through
/// `names`). `entity` is the kind of record of the journal ("lease", "contact"…): it tells
/// which list a column such as "type" or "outcome" takes its codes from.
QString value(const QString &column, const QString &stored, const QString &entity = {},
              const Names &names = {});

/// Rewrites an audit summary ("col: a → b; col2") with field labels and values as people
/// read them (see value()).
QString describe(const QString &summary, const QString &entity = {}, const Names &names = {});

} // namespace Passerelle::FieldLabels
