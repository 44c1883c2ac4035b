#pragma once

#include "widgets/WidgetsFwd.h"

#include "households/HouseholdFile.h"

#include <QDialog>

#include <functional>

namespace Passerelle::Ui {

struct Lookups;

/// Asks what an event of the housing history needs: the date, and for an entry or a relogement
/// the dwelling and the lease type. The rule itself (HousingRules) runs when the dialog is
/// accepted: a refusal shows beside the field and the dialog stays open.
class LeaseEventDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Entry, Relogement, Glissement };

    LeaseEventDialog(Kind kind, const HouseholdFile &file, const Lookups &lookups,
                     QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    QDate date() const;
    void setDate(const QDate &date);
    /// The dwelling chosen: one of the file's (its id), or a new one (id 0).
    Dwelling dwelling() const;
    QString leaseType() const;
    void setLeaseType(const QString &type);

    /// Applies the event to a copy of the file: the refusal's message, or empty when it is
    /// accepted.
    void setCheck(std::function<QString(const LeaseEventDialog &)> check)
    {
        m_check = std::move(check);
    }

    void accept() override;

private:
    void updateDwellingFields();

    Kind m_kind;
    const HouseholdFile &m_file;
    const Lookups &m_lookups;
    DateEdit *m_date = nullptr;
    FieldMessage *m_dateMessage = nullptr;
    RecordCombo *m_existing = nullptr;
    QLineEdit *m_address = nullptr;
    FieldMessage *m_addressMessage = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QLineEdit *m_commune = nullptr;
    CodeCombo *m_typology = nullptr;
    CodeCombo *m_leaseType = nullptr;
    std::function<QString(const LeaseEventDialog &)> m_check;
};

} // namespace Passerelle::Ui
