#pragma once

#include "widgets/WidgetsFwd.h"

#include "households/HouseholdFile.h"

#include <QDialog>

namespace Passerelle::Ui {

struct Lookups;

/// A new household file, opened from a partner's referral: who is referred, to which action,
/// by whom and why. The file is saved from its window.
class NewHouseholdDialog : public QDialog
{
    Q_OBJECT

public:
    NewHouseholdDialog(AppContext &context, const Lookups &lookups, QWidget *parent = nullptr);

    /// The new file: the household, its main tenant, the referral and the support to come.
    HouseholdFile file() const;

    void accept() override;

private:
    AppContext &m_context;
    const Lookups &m_lookups;
    QLineEdit *m_reference = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_firstName = nullptr;
    RecordCombo *m_agency = nullptr;
    RecordCombo *m_action = nullptr;
    CodeCombo *m_kind = nullptr;
    RecordCombo *m_partner = nullptr;
    QLineEdit *m_referrer = nullptr;
    DateEdit *m_date = nullptr;
    FreeTextEdit *m_reason = nullptr;
    FieldMessage *m_error = nullptr;
};

} // namespace Passerelle::Ui
