#pragma once

#include "widgets/WidgetsFwd.h"

#include "HouseholdTab.h"
#include "forms/TabForms.h"
#include "forms/Binder.h"

#include <QHash>

namespace Passerelle::Ui {

/// Sortie: the end of each support (date, outcome, notes), the time supported, and the checks
/// at +6, +12 and +24 months after it (is the household still housed?); due or late checks
/// stand out.
class ExitTab : public HouseholdTab
{
    Q_OBJECT

public:
    ExitTab(HouseholdDocument &document, AppContext &context, const Lookups &lookups,
            QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;

    Id actionId() const { return m_actionId; }
    void setActionId(Id actionId);

private:
    QWidget *buildEnd(QWidget *parent);
    QWidget *buildChecks(QWidget *parent);
    const Support *support() const;
    const PostSupportCheck *check() const;
    void fillActions();
    void fillEnd();
    void fillChecks();
    void fillCheckForm();
    void showProblems();
    void editSupport(const QString &text, const std::function<void(Support &)> &change,
                     const QString &mergeKey = {});
    void editCheck(const QString &text, const std::function<void(PostSupportCheck &)> &change,
                   const QString &mergeKey = {});

    Id m_actionId = 0;
    int m_checkOffset = 0; ///< the check shown in the form, by its offset (6, 12, 24)
    bool m_filling = false;

    RecordCombo *m_action = nullptr;
    QLabel *m_actionName = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_noSupport = nullptr;
    QLabel *m_start = nullptr;
    DateEdit *m_end = nullptr;
    CodeCombo *m_outcome = nullptr;
    FreeTextEdit *m_endNotes = nullptr;
    QLabel *m_months = nullptr;

    QLabel *m_checksHint = nullptr;
    QPushButton *m_plan = nullptr;
    QTableWidget *m_checks = nullptr;
    QWidget *m_checkForm = nullptr;
    QLabel *m_checkTitle = nullptr;
    DateEdit *m_checkDone = nullptr;
    QComboBox *m_housed = nullptr;
    FreeTextEdit *m_checkNotes = nullptr;

    Forms::Binder<Support> m_supportFields;
    Forms::Binder<PostSupportCheck> m_checkFields;
};

} // namespace Passerelle::Ui
