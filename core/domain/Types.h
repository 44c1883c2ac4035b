#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Passerelle {

/// Primary key of a stored record; 0 means "not stored yet" (or "none" for an optional link).
using Id = qint64;

/// An amount of money in euro cents. Never a floating-point number.
using Cents = qint64;

/// Optimistic-locking counter of a row; incremented by every update.
using RowVersion = int;

} // namespace Passerelle
