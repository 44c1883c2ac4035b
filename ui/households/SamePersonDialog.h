#pragma once

#include "widgets/WidgetsFwd.h"

#include "storage/HouseholdRepository.h"

#include <QDialog>

class QTableWidget;

namespace Passerelle::Ui {

struct Lookups;

/// Before a new household is created: the people already known under the same name (and
/// birth date), in the households the user may see. The user opens one of their files
/// instead, or creates the new household all the same.
class SamePersonDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice { OpenExisting = 100, CreateNew = 101 };

    SamePersonDialog(const QList<PersonMatch> &matches, const Lookups &lookups,
                     QWidget *parent = nullptr);

    /// The household chosen in the list (to open), or 0.
    Id chosenHousehold() const;

private:
    QList<PersonMatch> m_matches;
    QTableWidget *m_table = nullptr;
};

} // namespace Passerelle::Ui
