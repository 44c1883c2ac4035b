#pragma once

#include <QString>

namespace Passerelle::FieldLabels {

/// The label people read for a stored field (column name, e.g. "start_date" → « Date de
/// début »), translated; the column name itself when it has none. Used by the history of a
/// household and by the messages that tell what someone else changed.
QString label(const QString &column);

/// A stored value of a column as people read it: labels for codes, dd/MM/yyyy dates, euros
/// for amounts in cents, « oui »/« non » for flags.
QString value(const QString &column, const QString &stored);

/// Rewrites an audit summary ("col: a → b; col2") with field labels.
QString describe(const QString &summary);

} // namespace Passerelle::FieldLabels
