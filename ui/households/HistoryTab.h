#pragma once

#include "widgets/WidgetsFwd.h"

#include "HouseholdTab.h"
#include "households/HistoryText.h"

#include <QHash>

namespace Passerelle::Ui {

/// Historique: the audit journal of the household — when, who, what was done to which record
/// and which fields changed — newest first, with a text filter. Read-only; it shows the saves
/// as soon as they are made (the document reloads the file).
class HistoryTab : public HouseholdTab
{
    Q_OBJECT

public:
    HistoryTab(HouseholdDocument &document, AppContext &context, const Lookups &lookups,
               QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;

private:
    /// What the journal's ids and codes stand for, from the window's lookups and the file.
    HistoryText::Names names();
    /// The address of dwelling `id`; empty when it no longer exists.
    QString dwellingName(Id id);

    QLineEdit *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QTableWidget *m_journal = nullptr;
    QLabel *m_empty = nullptr;
    QList<AuditEntry> m_shown;
    QString m_shownFilter;
    bool m_filled = false;
    QHash<Id, QString> m_otherDwellings; ///< dwellings outside the file, by id (cache)
};

} // namespace Passerelle::Ui
