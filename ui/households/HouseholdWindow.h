#pragma once

#include "widgets/WidgetsFwd.h"

#include "Lookups.h"
#include "households/HouseholdDocument.h"

#include <QMainWindow>

namespace Passerelle::Ui {

class HouseholdTab;

/// The file (dossier) of one household, with its tabs. Every edit can be undone until saved
/// (Ctrl+Z, Ctrl+Shift+Z); Ctrl+S saves; closing with unsaved changes asks.
class HouseholdWindow : public QMainWindow
{
    Q_OBJECT

public:
    HouseholdWindow(AppContext &context, QWidget *parent = nullptr);
    ~HouseholdWindow() override;

    /// Opens a stored household (recorded in the audit journal).
    Status open(Id householdId);
    /// Starts a new household from a referral (asks its first details); false if cancelled.
    bool startNew();

    HouseholdDocument &document() { return *m_document; }
    const Lookups &lookups() const { return m_lookups; }
    /// Shows the tab with this object name ("situation", "housing", "followup"...).
    void showTab(const QString &name);
    HouseholdTab *tab(const QString &name) const;

    /// Saves; shows the refusal when there is one. True when saved.
    bool save();
    /// « Exporter tout le dossier (droit d'accès) »: writes everything held on the household
    /// to `path` (PDF or JSON; asks where when empty). True when written.
    bool exportWholeFile(const QString &path = {});
    /// Erasure on request: anonymises the household after confirmation (`confirm` false skips
    /// the question, for tests), then closes the window. True when erased.
    bool eraseOnRequest(bool confirm = true);
    /// Deletes the file, created by mistake (a duplicate, a wrong referral), after asking why
    /// (`reason`, when given, is not asked), then closes the window. Head office only.
    bool deleteCreatedByMistake(const QString &reason = {});

Q_SIGNALS:
    void saved(Id householdId);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool m_deleted = false; ///< the file was deleted: nothing is left to save

private:
    void build();
    void addTab(HouseholdTab *tab);
    /// Read-only tabs and hidden ones for roles that may not change or see them.
    void applyRights();
    void applyReadOnly();
    void refresh();

    AppContext &m_context;
    Lookups m_lookups;
    HouseholdDocument *m_document = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_consentWarning = nullptr; ///< consent not recorded, or file anonymised
    QTabWidget *m_tabs = nullptr;
    QList<HouseholdTab *> m_tabList;
};

} // namespace Passerelle::Ui
