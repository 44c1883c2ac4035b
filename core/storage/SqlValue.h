#pragma once

#include "domain/Types.h"

#include <QVariant>

#include <optional>

namespace Passerelle::Sql {

// Conversions between domain values and what both backends store (see 0001_initial.sql).

inline QVariant toSql(const QString &v) { return v.isNull() ? QVariant(QStringLiteral("")) : QVariant(v); }
inline QVariant toSql(const QDate &v)
{
    return v.isValid() ? QVariant(v.toString(Qt::ISODate)) : QVariant();
}
inline QVariant toSql(const QTime &v)
{
    return v.isValid() ? QVariant(v.toString(QStringLiteral("HH:mm"))) : QVariant();
}
inline QVariant toSql(const QDateTime &v)
{
    return v.isValid() ? QVariant(v.toUTC().toString(Qt::ISODate)) : QVariant();
}
inline QVariant toSql(bool v) { return QVariant(v ? 1 : 0); }
inline QVariant toSql(int v) { return QVariant(v); }
inline QVariant toSql(qint64 v) { return QVariant(v); }
// An empty list joins to a null string, which would be bound as NULL (columns are NOT NULL).
inline QVariant toSql(const QStringList &v) { return toSql(v.join(u'|')); }
inline QVariant toSql(const QByteArray &v) { return v.isEmpty() ? QVariant() : QVariant(v); }
template <typename T>
QVariant toSql(const std::optional<T> &v)
{
    return v ? toSql(*v) : QVariant();
}

/// A link to another record: 0 (no link) is stored as NULL.
inline QVariant idToSql(Id id) { return id > 0 ? QVariant(id) : QVariant(); }

template <typename T>
struct From;

template <>
struct From<QString>
{
    static QString get(const QVariant &v) { return v.isNull() ? QString() : v.toString(); }
};
template <>
struct From<QDate>
{
    static QDate get(const QVariant &v)
    {
        if (v.isNull())
            return {};
        if (v.metaType().id() == QMetaType::QDate)
            return v.toDate();
        return QDate::fromString(v.toString(), Qt::ISODate);
    }
};
template <>
struct From<QTime>
{
    static QTime get(const QVariant &v)
    {
        return v.isNull() ? QTime() : QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
    }
};
template <>
struct From<QDateTime>
{
    static QDateTime get(const QVariant &v)
    {
        if (v.isNull())
            return {};
        QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODate);
        return dt.toUTC();
    }
};
template <>
struct From<bool>
{
    static bool get(const QVariant &v) { return v.toInt() != 0; }
};
template <>
struct From<int>
{
    static int get(const QVariant &v) { return v.toInt(); }
};
template <>
struct From<qint64>
{
    static qint64 get(const QVariant &v) { return v.toLongLong(); }
};
template <>
struct From<QStringList>
{
    static QStringList get(const QVariant &v)
    {
        const QString s = v.toString();
        return s.isEmpty() ? QStringList() : s.split(u'|');
    }
};
template <>
struct From<QByteArray>
{
    static QByteArray get(const QVariant &v) { return v.isNull() ? QByteArray() : v.toByteArray(); }
};
template <typename T>
struct From<std::optional<T>>
{
    static std::optional<T> get(const QVariant &v)
    {
        if (v.isNull())
            return std::nullopt;
        return From<T>::get(v);
    }
};

template <typename T>
T fromSql(const QVariant &v)
{
    return From<T>::get(v);
}

} // namespace Passerelle::Sql
