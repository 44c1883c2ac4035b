#pragma once

#include "widgets/WidgetsFwd.h"

#include "HouseholdTab.h"
#include "forms/TabForms.h"
#include "forms/RecordList.h"

#include <QHash>

namespace Passerelle::Ui {

/// Situation: identification, members, composition, publics, resources, situation before
/// entry, consent, the supports (one per action) and notes.
class SituationTab : public HouseholdTab
{
    Q_OBJECT

public:
    SituationTab(HouseholdDocument &document, AppContext &context, const Lookups &lookups,
                 QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;

private:
    QWidget *buildIdentity();
    QWidget *buildMembers();
    QWidget *buildSupports();
    QWidget *buildReferrals();
    void showProblems();

    Forms::Binder<Household> m_householdFields;
    Forms::RecordList<HouseholdFile, Member> m_memberList;
    Forms::RecordList<HouseholdFile, Support> m_supportList;
    Forms::RecordList<HouseholdFile, Referral> m_referralList;

    QLineEdit *m_reference = nullptr;
    RecordCombo *m_agency = nullptr;
    RecordCombo *m_cesf = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    DateEdit *m_consent = nullptr;
    CodeCombo *m_composition = nullptr;
    CodeChecklist *m_publics = nullptr;
    CodeCombo *m_prior = nullptr;
    MoneyEdit *m_resources = nullptr;
    CodeCombo *m_mainSource = nullptr;
    CodeChecklist *m_sources = nullptr;
    FreeTextEdit *m_notes = nullptr;
    FreeTextEdit *m_internalNotes = nullptr;
    QLineEdit *m_firstName = nullptr; ///< where a new member is typed in
};

} // namespace Passerelle::Ui
