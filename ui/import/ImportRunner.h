#pragma once

#include "exchange/Import.h"
#include "security/Scope.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;
class QTimer;

namespace Passerelle {
class Database;
}

namespace Passerelle::Ui {

/// Runs the import's long work in a thread of its own, so that the window never freezes: a
/// look at the files (Import::inspect), the dry run and the import (Import::run). The import
/// works on a connection of its own, opened and closed in that thread (Database::openAnother);
/// the window's connection holds no transaction meanwhile, and SQLite lets it read while the
/// import writes. One task at a time.
class ImportRunner : public QObject
{
    Q_OBJECT

public:
    ImportRunner(Database &db, Scope scope, QObject *parent = nullptr);
    /// Cancels the task still running and waits for it (a rollback: moments).
    ~ImportRunner() override;

    /// Reads both files as the import would (the contacts file may be empty: none).
    void inspect(const QString &householdsPath, const QString &contactsPath);
    /// Import::run with `options` (its progress hook is the runner's own).
    void run(const Import::Options &options);

    bool isRunning() const { return m_thread != nullptr; }
    /// Asks the task to stop: an import rolls back, nothing is written.
    void cancel();
    /// Cancels the task still running, if any, and waits for it, the window still painted (user
    /// input is held back meanwhile).
    void stop();

    /// The results of the last task.
    const Import::FileInspection &households() const { return m_households; }
    const std::optional<Import::FileInspection> &contacts() const { return m_contacts; }
    const Import::Report &report() const { return m_report; }

    /// For tests: called in the worker thread at each progress step, before the runner says
    /// whether to go on (so that a test can cancel at a chosen moment).
    void setStepHook(std::function<void(qint64 done, qint64 total)> hook)
    {
        m_stepHook = std::move(hook);
    }

Q_SIGNALS:
    /// `done` of `total` (total 0: not known yet), a few times a second.
    void progressed(qint64 done, qint64 total);
    /// The task ended (its results are in).
    void finished();

private:
    void start(std::function<void()> work);
    void publishProgress();

    Database &m_db;
    Scope m_scope;
    QThread *m_thread = nullptr;
    QTimer *m_poll = nullptr;
    std::atomic_bool m_cancel{false};
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    std::function<void(qint64, qint64)> m_stepHook;
    Import::FileInspection m_households;
    std::optional<Import::FileInspection> m_contacts;
    Import::Report m_report;
};

} // namespace Passerelle::Ui
