#pragma once

#include "widgets/WidgetsFwd.h"

#include "Page.h"

namespace Passerelle::Ui {

class HouseholdListModel;

/// The households of the scope: search-as-you-type on names and reference (ignoring case and
/// accents), filters by agency, action, status and public, sortable columns.
class HouseholdsPage : public Page
{
    Q_OBJECT

public:
    explicit HouseholdsPage(AppContext &context, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;
    bool focusSearch() override;

    QTableView *view() const { return m_view; }

private:
    void fillFilters();
    void openCurrent();

    HouseholdListModel *m_model = nullptr;
    bool m_columnsSized = false;
    QLineEdit *m_search = nullptr;
    QComboBox *m_agency = nullptr;
    QComboBox *m_action = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_public = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace Passerelle::Ui
