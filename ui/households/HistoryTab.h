#pragma once

#include "widgets/WidgetsFwd.h"

#include "HouseholdTab.h"
#include "households/HistoryText.h"

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
    QLineEdit *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QTableWidget *m_journal = nullptr;
    QLabel *m_empty = nullptr;
    QList<AuditEntry> m_shown;
    QString m_shownFilter;
    bool m_filled = false;
    HistoryText::Names m_names; ///< what the ids of m_shown stand for
};

} // namespace Passerelle::Ui
