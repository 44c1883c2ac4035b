#pragma once

#include "widgets/WidgetsFwd.h"

#include "domain/Types.h"

#include <QWidget>

namespace Passerelle::Ui {

struct Lookups;

/// The follow-up committees of an agency (or of all the agencies the user may see): upcoming
/// first, then past, each with its households and decisions counted.
class CommitteeList : public QWidget
{
    Q_OBJECT

public:
    CommitteeList(AppContext &context, const Lookups &lookups,
                  const QList<std::pair<Id, QString>> &agencies, QWidget *parent = nullptr);

    /// The agency chosen above the list (0: all).
    Id agency() const;
    void setAgency(Id agency);
    /// Reads the committees again and selects `shown` (0: none).
    void reload(Id shown);
    /// Selects the committee `id` without telling (0: none).
    void select(Id id);
    /// "dd/MM/yyyy  HH:mm", the day of a committee and its time when it has one.
    static QString dateText(const QDate &date, const QTime &time);

Q_SIGNALS:
    /// The user chose the committee `id` in the list.
    void chosen(Id id);
    /// The user chose another agency above the list.
    void agencyChosen();

private:
    AppContext &m_context;
    const Lookups &m_lookups;
    QComboBox *m_agency = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    bool m_selecting = false;
};

} // namespace Passerelle::Ui
