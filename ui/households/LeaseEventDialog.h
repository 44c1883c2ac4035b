#pragma once

#include "widgets/WidgetsFwd.h"

#include "forms/Binder.h"
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
    QDate date() const { return m_answer.date; }
    void setDate(const QDate &date);
    /// The dwelling chosen: one of the file's (its id), or a new one (id 0).
    Dwelling dwelling() const;
    QString leaseType() const;
    void setLeaseType(const QString &type);
    /// Chooses one of the file's dwellings (an entry into the dwelling the CAL allocated).
    void setDwellingId(Id dwellingId);

    /// Applies the event to a copy of the file: the refusal's message, or empty when it is
    /// accepted.
    void setCheck(std::function<QString(const LeaseEventDialog &)> check)
    {
        m_check = std::move(check);
    }

    void accept() override;

private:
    /// What the dialog asks, as the user fills it in.
    struct Answer
    {
        QDate date;
        Id dwellingId = 0; ///< one of the file's dwellings; 0: a new one, as written
        QString address;
        QString postalCode;
        QString commune;
        QString typology;
        QString leaseType;
    };

    Kind m_kind;
    const HouseholdFile &m_file;
    const Lookups &m_lookups;
    Answer m_answer;
    Forms::Binder<Answer> m_fields;
    DateEdit *m_date = nullptr;
    QList<QWidget *> m_newDwelling; ///< the fields of a new dwelling, used when none is chosen
    std::function<QString(const LeaseEventDialog &)> m_check;
};

} // namespace Passerelle::Ui
