#pragma once

#include "widgets/WidgetsFwd.h"

#include "HouseholdTab.h"
#include "forms/RecordList.h"

namespace Passerelle::Ui {

/// Plan: the support plan of each support — objectives grouped by axis (overdue ones stand
/// out) edited in the form beside them, and the partners mobilised for specific needs.
class PlanTab : public SupportTab
{
    Q_OBJECT

public:
    PlanTab(HouseholdDocument &document, AppContext &context, const Lookups &lookups,
            QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;

private:
    QWidget *buildObjectives(QWidget *parent);
    QWidget *buildObjectiveForm(QWidget *parent);
    QWidget *buildPartners(QWidget *parent);
    const SupportPlan *plan() const;
    void actionChanged() override;
    void fillTree();
    void fillObjectiveForm();
    void showProblems();
    void editPlan(const QString &text, const std::function<void(SupportPlan &)> &change,
                  const QString &mergeKey = {});
    void addObjective();
    void moveObjective(int step);

    bool m_filling = false;
    Forms::Binder<SupportPlan> m_planForm;
    Forms::RecordList<HouseholdFile, Objective> m_objectiveList;
    Forms::RecordList<HouseholdFile, MobilisedPartner> m_partnerList;

    QLabel *m_noPlan = nullptr;
    QPushButton *m_create = nullptr;
    DateEdit *m_planDate = nullptr;
    QLabel *m_overdue = nullptr;
    FreeTextEdit *m_planNotes = nullptr;

    QTreeWidget *m_tree = nullptr;
    QLabel *m_noObjective = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QWidget *m_objectiveForm = nullptr;
    QLabel *m_objectiveHint = nullptr;
    CodeCombo *m_axis = nullptr;
    QLineEdit *m_title = nullptr;
    FreeTextEdit *m_actions = nullptr;
    CodeCombo *m_status = nullptr;
    DateEdit *m_target = nullptr;
    DateEdit *m_done = nullptr;

    QPushButton *m_addPartner = nullptr;
    QPushButton *m_removePartner = nullptr;
    RecordCombo *m_partner = nullptr;
    CodeCombo *m_need = nullptr;
    DateEdit *m_partnerStart = nullptr;
    DateEdit *m_partnerEnd = nullptr;
    FreeTextEdit *m_partnerNotes = nullptr;
};

} // namespace Passerelle::Ui
