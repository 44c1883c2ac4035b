#pragma once

#include "Binder.h"
#include "editing/EditDocument.h"

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
};

} // namespace Passerelle::Ui::Forms
