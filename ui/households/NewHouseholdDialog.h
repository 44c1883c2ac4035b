#pragma once

#include "widgets/WidgetsFwd.h"

#include "forms/Binder.h"
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
    /// What the dialog asks, as the user fills it in.
    struct Answer
    {
        QString reference;
        QString lastName;
        QString firstName;
        Id agencyId = 0;
        Id actionId = 0;
        QString householdKind;
        Id partnerId = 0;
        QString referrerName;
        QDate date;
        QString reason;
    };

    AppContext &m_context;
    const Lookups &m_lookups;
    Answer m_answer;
    Forms::Binder<Answer> m_fields;
    DateEdit *m_date = nullptr;
    FieldMessage *m_error = nullptr;
};

} // namespace Passerelle::Ui
