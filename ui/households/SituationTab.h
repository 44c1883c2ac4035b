#pragma once

#include "HouseholdTab.h"
#include "TabForms.h"
#include "forms/RecordList.h"

#include <QHash>

class QFormLayout;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Passerelle::Ui {

class CodeChecklist;
class CodeCombo;
class DateEdit;
class FieldMessage;
class FreeTextEdit;
class MoneyEdit;
class RecordCombo;

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
    void fillMembers();
    void fillMemberForm();
    void fillSupports();
    void fillSupportForm();
    void fillReferrals();
    void fillReferralForm();
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
    QTableWidget *m_members = nullptr;
    QLabel *m_noMember = nullptr;
    QPushButton *m_removeMember = nullptr;
    QWidget *m_memberForm = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_firstName = nullptr;
    DateEdit *m_birthDate = nullptr;
    CodeCombo *m_role = nullptr;
    QCheckBox *m_signs = nullptr;
    QTableWidget *m_supports = nullptr;
    QLabel *m_noSupport = nullptr;
    QPushButton *m_removeSupport = nullptr;
    QWidget *m_supportForm = nullptr;
    QTableWidget *m_referrals = nullptr;
    QLabel *m_noReferral = nullptr;
    QPushButton *m_removeReferral = nullptr;
    QWidget *m_referralForm = nullptr;
};

} // namespace Passerelle::Ui
