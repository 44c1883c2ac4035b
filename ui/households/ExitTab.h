#pragma once

#include "widgets/WidgetsFwd.h"

#include "HouseholdTab.h"
#include "forms/RecordList.h"

namespace Passerelle::Ui {

/// Sortie: the end of each support (date, outcome, notes), the time supported, and the checks
/// at +6, +12 and +24 months after it (is the household still housed?); due or late checks
/// stand out.
class ExitTab : public SupportTab
{
    Q_OBJECT

public:
    ExitTab(HouseholdDocument &document, AppContext &context, const Lookups &lookups,
            QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;

private:
    // Each part adds its fields to `order`, the keyboard order of the tab.
    QWidget *buildEnd(QWidget *parent, QList<QWidget *> &order);
    QWidget *buildChecks(QWidget *parent, QList<QWidget *> &order);
    void actionChanged() override;
    void fillEnd(const Support &s);
    void fillChecks(const Support &s);
    void fillCheckForm();
    void showProblems();
    /// Applies a change of the end of support; the first end given (the support ends) first
    /// lists what is still open and asks, then offers the exit diagnostic.
    void editEnd(const QString &text, const Forms::Binder<HouseholdFile>::Change &change,
                 const QString &mergeKey);

    int m_checkOffset = 0; ///< the check chosen, by its offset (6, 12, 24): saving changes its id
    /// The support shown (the one of the action chosen), and its checks.
    Forms::RecordList<HouseholdFile, Support> m_supportList;
    Forms::RecordList<HouseholdFile, PostSupportCheck> m_checkList;
    /// The file while a support is shown: its end date moves its checks not made yet.
    Forms::Binder<HouseholdFile> m_fileFields;

    QLabel *m_start = nullptr;
    QLabel *m_months = nullptr;

    QLabel *m_checksHint = nullptr;
    QPushButton *m_plan = nullptr;
    QTableWidget *m_checks = nullptr;
    QWidget *m_checkForm = nullptr;
    QLabel *m_checkTitle = nullptr;
};

} // namespace Passerelle::Ui
