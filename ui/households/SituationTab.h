#pragma once

#include "widgets/WidgetsFwd.h"

#include "HouseholdTab.h"
#include "forms/RecordList.h"

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
    /// The fields whose change reaches beyond their record (the order of the work): starting
    /// a support accepts its referral, a decision is dated from the support.
    Forms::Binder<HouseholdFile> m_pathFields;

    RecordCombo *m_cesf = nullptr; ///< its choices follow the agency
    QLineEdit *m_firstName = nullptr; ///< where a new member is typed in
};

} // namespace Passerelle::Ui
