#pragma once

#include "widgets/WidgetsFwd.h"

#include "domain/Housing.h"

#include <QDialog>

class QLineEdit;
class QRadioButton;
class QTableWidget;
class QTimer;

namespace Passerelle::Ui {

struct Lookups;

/// The dwelling a CAL decision proposes, before any lease exists: one of the landlord's
/// dwellings, found by its address, commune or number, or a dwelling entered by hand. The
/// entry into the dwelling then starts from it.
class DwellingChoiceDialog : public QDialog
{
    Q_OBJECT

public:
    DwellingChoiceDialog(AppContext &context, const Lookups &lookups, Id agencyId,
                         QWidget *parent = nullptr);

    /// The dwelling chosen (with its id) or entered (id 0).
    Dwelling dwelling() const;

    void accept() override;

private:
    void search();

    AppContext &m_context;
    const Lookups &m_lookups;
    Id m_agencyId = 0;
    QList<Dwelling> m_found;
    QRadioButton *m_known = nullptr;
    QRadioButton *m_other = nullptr;
    QLineEdit *m_search = nullptr;
    QTableWidget *m_results = nullptr;
    QLabel *m_count = nullptr;
    QWidget *m_newForm = nullptr;
    QLineEdit *m_reference = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QLineEdit *m_commune = nullptr;
    CodeCombo *m_typology = nullptr;
    FieldMessage *m_message = nullptr;
    QTimer *m_searchTimer = nullptr;
};

} // namespace Passerelle::Ui
