#pragma once

#include "widgets/WidgetsFwd.h"

#include "HouseholdTab.h"
#include "LeaseEventDialog.h"
#include "forms/RecordList.h"

namespace Passerelle::Ui {

/// Logement & bail: the housing history (leases in their dwellings), the form of the chosen
/// lease and its dwelling, the entry into a dwelling, the relogement, the glissement of a bail
/// glissant and its six-monthly reviews.
class HousingTab : public HouseholdTab
{
    Q_OBJECT

public:
    HousingTab(HouseholdDocument &document, AppContext &context, const Lookups &lookups,
               QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;

    /// The lease shown in the form (0: none).
    Id currentLeaseId() const { return m_leaseList.currentId(); }
    /// Shows this lease in the form.
    void showLease(Id leaseId);

private:
    // Each part adds its fields to `order`, the keyboard order of the tab.
    QWidget *buildHistory(QList<QWidget *> &order);
    QWidget *buildDwelling(QList<QWidget *> &order);
    QWidget *buildLease(QList<QWidget *> &order);
    QWidget *buildGlissant(QList<QWidget *> &order);
    QWidget *buildReviews(QList<QWidget *> &order);
    void fillLeases();
    void fillForm();
    void fillReviews();
    void showProblems();
    void startEvent(LeaseEventDialog::Kind kind);
    const Dwelling *currentDwelling() const;
    void editDwelling(const QString &text, const std::function<void(Dwelling &)> &change,
                      const QString &mergeKey = {});

    Forms::RecordList<HouseholdFile, Lease> m_leaseList;
    Forms::Binder<Dwelling> m_dwellingFields;
    Forms::RecordList<HouseholdFile, LeaseReview> m_reviewList;

    QTableWidget *m_leases = nullptr;
    QLabel *m_noLease = nullptr;
    QPushButton *m_relogement = nullptr;
    QPushButton *m_glissement = nullptr;
    QPushButton *m_removeLease = nullptr;
    QWidget *m_details = nullptr;
    QWidget *m_glissantBox = nullptr;
    QWidget *m_reviewsBox = nullptr;
    QLabel *m_nextReview = nullptr;
};

} // namespace Passerelle::Ui
