#pragma once

#include "widgets/WidgetsFwd.h"

#include "domain/ReferenceCatalog.h"
#include "Result.h"

#include <QWidget>

namespace Passerelle::Ui {

/// The reference lists: their entries (code, label, built in or added, active). On the lists
/// that may grow, the administrator adds entries, renames or hides the ones added; built-in
/// entries are read-only (data, imports and the year-end review rely on their codes). Each
/// change is written at once: there is nothing to save.
class ReferenceListsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ReferenceListsEditor(AppContext &context, QWidget *parent = nullptr);

    void refresh();
    /// Shows the entries of `list`.
    void showList(ReferenceList list);
    ReferenceList currentList() const;
    QTableWidget *entries() const { return m_entries; }

    /// Adds the entry typed in the code and label fields; refusals show under them.
    bool addEntry();
    /// Renames the added entry of the current row (from the label typed in its cell).
    bool renameEntry(int row, const QString &label);
    /// Hides or shows again the added entry of the current row.
    bool toggleEntry();

private:
    void fillEntries();
    void updateButtons();
    bool isAdded(int row) const;

    AppContext &m_context;
    ReferenceCatalog m_catalog;
    QListWidget *m_lists = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_explanation = nullptr;
    QTableWidget *m_entries = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_label = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_toggle = nullptr;
    FieldMessage *m_message = nullptr;
    QLabel *m_done = nullptr;
    QWidget *m_addArea = nullptr;
    bool m_filling = false;
};

} // namespace Passerelle::Ui
