#pragma once

// What every test checks of a Status or a Result, written once for the whole suite: a failure
// names the kind of the error and its whole text.

#include "Result.h"

#include <QByteArray>
#include <QTest>

namespace Passerelle::Testing {

/// "Validation", "NotFound", … for a failure message.
QByteArray kindName(Error::Kind kind);

/// The kind and the whole text of an error, for a failure message.
QByteArray describe(const Error &error);

/// The error of a failed Status or Result, or nothing: for QVERIFY2, which evaluates its
/// message even when the check holds.
template <typename R>
QByteArray why(const R &result)
{
    return result.ok() ? QByteArray() : describe(result.error());
}

} // namespace Passerelle::Testing

/// Fails the test with the error when `expr` (a Status or a Result, evaluated once) failed.
#define QVERIFY_OK(expr)                                                                       \
    do {                                                                                       \
        const auto &result_ = (expr);                                                          \
        if (!result_.ok())                                                                     \
            QFAIL(::Passerelle::Testing::describe(result_.error()).constData());               \
    } while (false)

/// Fails the test unless `expr` failed with an error of `expectedKind` that has a message.
#define QVERIFY_ERROR(expr, expectedKind)                                                      \
    do {                                                                                       \
        const auto &result_ = (expr);                                                          \
        if (result_.ok())                                                                      \
            QFAIL("the operation succeeded; " #expectedKind " was expected");                  \
        QCOMPARE(::Passerelle::Testing::kindName(result_.error().kind),                        \
                 ::Passerelle::Testing::kindName(expectedKind));                               \
        QVERIFY(!result_.error().message.isEmpty());                                           \
    } while (false)

/// Declares `decl` with the value of the Result `expr`, or fails the test with its error.
#define TAKE(decl, expr)                                                                       \
    auto decl##Result_ = (expr);                                                               \
    if (!decl##Result_.ok())                                                                   \
        QFAIL(::Passerelle::Testing::describe(decl##Result_.error()).constData());             \
    auto decl = std::move(decl##Result_).value()
