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
    // The form and the partners add their fields to `order`, the keyboard order of the tab.
    QWidget *buildObjectiveForm(QWidget *parent, QList<QWidget *> &order);
    QWidget *buildPartners(QWidget *parent, QList<QWidget *> &order);
    const SupportPlan *plan() const;
    void actionChanged() override;
    void fillTree();
    void fillObjectiveForm();
    void showProblems();
    void editPlan(const QString &text, const std::function<void(SupportPlan &)> &change,
                  const QString &mergeKey = {});
    void addObjective();
    void moveObjective(int step);

    Forms::Binder<SupportPlan> m_planForm;
    Forms::RecordList<HouseholdFile, Objective> m_objectiveList;
    Forms::RecordList<HouseholdFile, MobilisedPartner> m_partnerList;

    QLabel *m_noPlan = nullptr;
    QPushButton *m_create = nullptr;
    QLabel *m_overdue = nullptr;

    QTreeWidget *m_tree = nullptr;
    QLabel *m_noObjective = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QWidget *m_objectiveForm = nullptr;
    QLabel *m_objectiveHint = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_alertPartners = nullptr; ///< the partners named by alerts
};

} // namespace Passerelle::Ui
