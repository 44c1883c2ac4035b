#pragma once

#include "Binder.h"
#include "editing/EditDocument.h"

#include "forms/TabForms.h"

#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>

namespace Passerelle::Ui::Forms {

/// One list of records inside an edited document (the contacts of a household file, the
/// households a committee reviews…), the record chosen in it, and the form that edits that
/// record. Every change goes to the document as one undoable edit of the record chosen, found
/// again by its id; `tidy` puts the list back in order afterwards (a new date moves a contact).
template <typename Doc, typename R>
class RecordList
{
public:
    using Records = std::function<QList<R> &(Doc &)>;
    using Tidy = std::function<void(QList<R> &)>;

    RecordList(QObject *context, EditDocument<Doc> &document, Records records, Tidy tidy = {},
               Commit commit = Commit::OnLeave)
        : m_document(document), m_records(std::move(records)), m_tidy(std::move(tidy)),
          m_form(
              context, [this] { return current(); },
              [this](const QString &text, const typename Binder<R>::Change &change,
                     const QString &key) { edit(text, change, key); },
              commit)
    {
    }
    RecordList(const RecordList &) = delete;
    RecordList &operator=(const RecordList &) = delete;

    /// The records, as the document holds them now.
    const QList<R> &all() const { return m_records(const_cast<Doc &>(m_document.edited())); }
    Id currentId() const { return m_current; }
    void setCurrentId(Id id) { m_current = id; }
    /// The record chosen; nullptr when none is (or it is gone).
    const R *current() const
    {
        for (const R &r : all()) {
            if (r.id == m_current)
                return &r;
        }
        return nullptr;
    }
    /// The form of the record chosen.
    Binder<R> &form() { return m_form; }

    /// Applies `change` to the record chosen, as one undoable edit named `text`.
    void edit(const QString &text, const std::function<void(R &)> &change,
              const QString &mergeKey = {})
    {
        const Id id = m_current;
        if (!current() || m_form.isFilling())
            return;
        const Records records = m_records;
        const Tidy tidy = m_tidy;
        m_document.edit(
            text,
            [id, change, records, tidy](Doc &doc) {
                QList<R> &list = records(doc);
                for (R &r : list) {
                    if (r.id == id) {
                        change(r);
                        break;
                    }
                }
                if (tidy)
                    tidy(list);
            },
            mergeKey.isEmpty() ? mergeKey : mergeKey + u'#' + QString::number(id));
    }
    /// Removes the record chosen, as one undoable edit (Ctrl+Z brings it back).
    void remove(const QString &text)
    {
        const Id id = m_current;
        if (!current())
            return;
        const Records records = m_records;
        m_document.edit(text, [id, records](Doc &doc) {
            records(doc).removeIf([id](const R &r) { return r.id == id; });
        });
    }

    /// Shows the list in `section`: choosing a row chooses its record and shows it in the
    /// section's form (then calls `chosen`, when given); `remove`, when given, removes it. The
    /// form (unless the section hides it) and the button are enabled only while a record is
    /// chosen.
    void attach(const TabForms::ListSection &section, QPushButton *remove, QObject *context,
                const QString &removeText = {}, std::function<void()> chosen = {})
    {
        attach(section.table, section.empty, section.form, remove, context, chosen);
        m_hideForm = section.hideForm;
        if (remove && !removeText.isEmpty())
            QObject::connect(remove, &QPushButton::clicked, context,
                             [this, removeText] { this->remove(removeText); });
    }
    void attach(QTableWidget *table, QWidget *empty, QWidget *form, QPushButton *remove,
                QObject *context, std::function<void()> chosen = {})
    {
        m_table = table;
        m_empty = empty;
        m_formWidget = form;
        m_remove = remove;
        m_chosen = std::move(chosen);
        follow(table, context, [this] { showCurrent(); });
    }

    using Cells = std::function<QStringList(const R &)>;
    using Decorate = std::function<void(int row, const R &)>;
    /// Fills the attached list, one row per record (its cells by `cells`, then `decorate`d),
    /// keeps the record chosen when it is still listed (else chooses the last one) and shows
    /// it in the form.
    void show(const Cells &cells, const Decorate &decorate = {})
    {
        {
            const QSignalBlocker blocker(m_table); // filling chooses no row
            const QList<R> &records = all();
            m_table->setRowCount(int(records.size()));
            for (int row = 0; row < records.size(); ++row) {
                const R &r = records.at(row);
                const QStringList texts = cells(r);
                for (int column = 0; column < texts.size(); ++column)
                    TabForms::setCell(m_table, row, column, texts.at(column));
                TabForms::setRowId(m_table, row, r.id);
                if (decorate)
                    decorate(row, r);
            }
            m_current = TabForms::showRecords(m_table, m_empty, m_current);
        }
        showCurrent();
    }
    /// Shows the record chosen in the form (a blank, disabled or hidden form when none is).
    void showCurrent()
    {
        const bool chosen = current() != nullptr;
        if (m_formWidget && m_hideForm)
            m_formWidget->setVisible(chosen);
        else if (m_formWidget)
            m_formWidget->setEnabled(chosen);
        if (m_remove)
            m_remove->setEnabled(chosen);
        m_form.refresh();
        if (m_chosen)
            m_chosen();
    }
    QTableWidget *table() const { return m_table; }

    /// Ties the rows of `table` (each keeps its record's id, TabForms::setRowId) to the record
    /// chosen: choosing a row chooses its record, then `chosen` shows it.
    void follow(QTableWidget *table, QObject *context, std::function<void()> chosen)
    {
        QObject::connect(table, &QTableWidget::currentCellChanged, context,
                         [this, table, chosen](int row) {
                             if (m_form.isFilling())
                                 return;
                             m_current = row >= 0 ? TabForms::rowId(table, row) : 0;
                             chosen();
                         });
    }

private:
    EditDocument<Doc> &m_document;
    Records m_records;
    Tidy m_tidy;
    Id m_current = 0;
    Binder<R> m_form;
    QTableWidget *m_table = nullptr;
    QWidget *m_empty = nullptr;
    QWidget *m_formWidget = nullptr;
    bool m_hideForm = false;
    QPushButton *m_remove = nullptr;
    std::function<void()> m_chosen;
};

} // namespace Passerelle::Ui::Forms
