#pragma once

#include "widgets/WidgetsFwd.h"

#include "HouseholdTab.h"
#include "LeaseEventDialog.h"
#include "forms/TabForms.h"
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
    QWidget *buildHistory();
    QWidget *buildDwelling();
    QWidget *buildLease();
    QWidget *buildGlissant();
    QWidget *buildReviews();
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
    QPushButton *m_entry = nullptr;
    QPushButton *m_relogement = nullptr;
    QPushButton *m_glissement = nullptr;
    QPushButton *m_removeLease = nullptr;
    QWidget *m_details = nullptr;

    QLineEdit *m_dwellingReference = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QLineEdit *m_commune = nullptr;
    CodeCombo *m_typology = nullptr;
    MoneyEdit *m_rent = nullptr;
    MoneyEdit *m_charges = nullptr;
    QCheckBox *m_furnished = nullptr;
    QCheckBox *m_qpv = nullptr;
    QLabel *m_sharedDwelling = nullptr;

    CodeCombo *m_type = nullptr;
    CodeCombo *m_startReason = nullptr;
    DateEdit *m_start = nullptr;
    DateEdit *m_end = nullptr;
    QComboBox *m_endReason = nullptr;
    FreeTextEdit *m_leaseNotes = nullptr;

    QWidget *m_glissantBox = nullptr;
    RecordCombo *m_subletter = nullptr;
    DateEdit *m_expectedGlissement = nullptr;
    FreeTextEdit *m_conditions = nullptr;

    QWidget *m_reviewsBox = nullptr;
    QLabel *m_nextReview = nullptr;
    QTableWidget *m_reviews = nullptr;
    QLabel *m_noReview = nullptr;
    QPushButton *m_removeReview = nullptr;
    QWidget *m_reviewForm = nullptr;
    DateEdit *m_reviewDate = nullptr;
    CodeCombo *m_reviewOutcome = nullptr;
    FreeTextEdit *m_reviewNotes = nullptr;
};

} // namespace Passerelle::Ui
