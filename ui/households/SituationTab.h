#pragma once

#include "HouseholdTab.h"
#include "TabForms.h"

#include <QHash>

class QFormLayout;
class QCheckBox;
class QLineEdit;
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
    void fillSupports();
    void fillReferrals();
    void showProblems();
    void editMember(int row, const std::function<void(Member &)> &change, const QString &text);
    void editSupport(int row, const std::function<void(Support &)> &change, const QString &text);
    void editReferral(int row, const std::function<void(Referral &)> &change,
                      const QString &text);

    QLineEdit *m_reference = nullptr;
    RecordCombo *m_agency = nullptr;
    RecordCombo *m_cesf = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    DateEdit *m_consent = nullptr;
    QList<QCheckBox *> m_consentInformation; ///< one per Consent code, in order
    CodeCombo *m_composition = nullptr;
    CodeChecklist *m_publics = nullptr;
    CodeCombo *m_prior = nullptr;
    MoneyEdit *m_resources = nullptr;
    CodeCombo *m_mainSource = nullptr;
    CodeChecklist *m_sources = nullptr;
    FreeTextEdit *m_notes = nullptr;
    FreeTextEdit *m_internalNotes = nullptr;
    QTableWidget *m_members = nullptr;
    QTableWidget *m_supports = nullptr;
    QTableWidget *m_referrals = nullptr;
    TabForms::FormMessages m_messages;
};

} // namespace Passerelle::Ui
