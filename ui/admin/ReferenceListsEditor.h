#pragma once

#include "RecordEditor.h"

#include "domain/ReferenceCatalog.h"

namespace Passerelle::Ui {

/// One reference list as the administrator edits it: its entries, built in or added.
struct ReferenceListEdit
{
    struct Entry
    {
        QString code;
        QString label;
        bool builtIn = true;
        bool active = true;
        bool operator==(const Entry &) const = default;
    };
    ReferenceList list = ReferenceList::Public;
    QList<Entry> entries;
    bool operator==(const ReferenceListEdit &) const = default;
};

/// The reference lists: their entries (code, label, built in or added, active). On the lists
/// that may grow, the administrator adds entries, renames or hides the ones added; built-in
/// entries are read-only (data, imports and the year-end review rely on their codes). The
/// changes to the list shown are edits of one record, as in the other Administration editors:
/// undone and redone until saved, then written in one go; leaving a modified list asks first.
class ReferenceListsEditor : public RecordEditorOf<ReferenceListEdit>
{
    Q_OBJECT

public:
    explicit ReferenceListsEditor(AppContext &context, QWidget *parent = nullptr);

    /// Shows the entries of `list` (after asking about unsaved changes).
    void showList(ReferenceList list);
    ReferenceList currentList() const { return m_working.list; }
    QTableWidget *entries() const { return m_entries; }
    const ReferenceListEdit &edited() const { return m_working; }

    /// Adds the entry typed in the code and label fields; refusals show under them.
    bool addEntry();
    /// Hides or shows again the added entry chosen.
    bool toggleEntry();

protected:
    Status load(Id id) override;
    Id currentId() const override { return int(m_working.list) + 1; }
    Problems problems() const override { return {}; }
    Result<Id> store() override;
    void showRecord() override;
    QString heading() const override { return ReferenceLists::title(m_working.list); }
    void commit(const QString &text, const QString &mergeKey) override;
    void recordEdited() override { showRecord(); }

private:
    using Entry = ReferenceListEdit::Entry;
    /// The entry chosen in the list (nullptr: none).
    Entry *chosen();

    ReferenceListEdit m_working;
    QString m_chosen;   ///< the code of the entry chosen
    QString m_mergeKey; ///< the field typed in, while its edit is recorded
    std::unique_ptr<Forms::Binder<Entry>> m_form;
    QListWidget *m_lists = nullptr;
    QLabel *m_explanation = nullptr;
    QTableWidget *m_entries = nullptr;
    QWidget *m_entryForm = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_label = nullptr;
    QPushButton *m_toggle = nullptr;
    FieldMessage *m_message = nullptr;
    QWidget *m_addArea = nullptr;
};

} // namespace Passerelle::Ui
