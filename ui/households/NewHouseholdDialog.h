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

    /// The existing household the user chose to open instead of creating one (the same
    /// person was already known), or 0.
    Id existingHousehold() const { return m_existing; }

    void accept() override;

private:
    /// Looks up the people already known under the name and birth date typed, and lets the
    /// user open one of their files; true to go on creating the new household.
    bool knownPersonChecked();

    /// What the dialog asks, as the user fills it in.
    struct Answer
    {
        QString reference;
        QString lastName;
        QString firstName;
        QDate birthDate;
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
    DateEdit *m_birthDate = nullptr;
    FieldMessage *m_error = nullptr;
    Id m_existing = 0;
    /// The names and birth date already looked up, so that "Create" is asked only once.
    QString m_checkedPerson;
};

} // namespace Passerelle::Ui
