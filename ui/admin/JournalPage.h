#pragma once

#include "widgets/WidgetsFwd.h"

#include "storage/JournalRepository.h"

#include <QWidget>

namespace Passerelle::Ui {

/// Administration › Journal: the journal filtered by account, household, kind of operation and
/// dates, newest first, page by page; « Exporter en CSV » writes the filtered view (journaled).
/// The changes read as in a household's Historique: addresses and names, never ids
/// (JournalRepository::names()).
class JournalPage : public QWidget
{
    Q_OBJECT

public:
    explicit JournalPage(AppContext &context, QWidget *parent = nullptr);

    /// Reloads the filter choices and the current page.
    void refresh();
    JournalFilter filter() const;
    void setFilter(const JournalFilter &filter);
    QTableWidget *table() const { return m_table; }
    /// Writes the filtered journal to `path` (asks where when empty). True when written.
    bool exportCsv(const QString &path = {});

private:
    void load();

    AppContext &m_context;
    QComboBox *m_login = nullptr;
    QLineEdit *m_household = nullptr;
    QComboBox *m_operation = nullptr;
    QCheckBox *m_useFrom = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_useTo = nullptr;
    QDateEdit *m_to = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_export = nullptr;
    int m_offset = 0;
    bool m_loading = false;
};

} // namespace Passerelle::Ui
