#pragma once

#include <QObject>
#include <QUndoCommand>
#include <QUndoStack>

#include <functional>

namespace Passerelle {

/// What every edited record shares, whatever its type: the undo history, "modified" (the
/// record shown differs from the record saved) and the signals an editor listens to. The
/// edits themselves are EditDocument<T>'s.
class EditHistory : public QObject
{
    Q_OBJECT

public:
    explicit EditHistory(QObject *parent = nullptr);

    QUndoStack *undoStack() { return &m_undo; }
    bool isModified() const { return m_modified; }

Q_SIGNALS:
    /// The edited record changed (an edit, an undo, a redo, a save, a reload or a revert).
    void changed();
    void modifiedChanged(bool modified);

protected:
    /// Starts the history again from the record shown, saved (`modified` false) or not yet
    /// stored anywhere (`modified` true: a new record exists only once saved).
    void restart(bool modified);
    void setModified(bool modified);

    QUndoStack m_undo;

private:
    bool m_modified = false;
};

/// A record of type T being edited: the stored version, the edited version, and the undo
/// history between them. Every edit is a snapshot of the whole record (Qt's containers share
/// their data until written, so keeping both versions costs little); successive edits of one
/// field (keystrokes) merge into one step. "Modified" is the edited record differing from the
/// stored one: undoing back to it, or typing a value back, leaves nothing to save. Saving
/// starts the history again; going back to the stored record is itself a step that can be
/// undone.
/// The household file, a committee and each administration record are edited this way, so
/// that Ctrl+Z, Ctrl+Shift+Z and « modifié » mean the same thing everywhere.
template <typename T>
class EditDocument : public EditHistory
{
public:
    using EditHistory::EditHistory;

    const T &edited() const { return m_edited; }
    const T &stored() const { return m_stored; }

    /// Applies `change` to a copy of the record and records it as one undoable step named
    /// `text` ("Changer la date d'un contact"). Nothing is recorded when the change changes
    /// nothing. Edits with the same non-empty `mergeKey` that follow each other make one step
    /// (the keystrokes typed in one field); a step whose edits cancel out disappears.
    void edit(const QString &text, const std::function<void(T &)> &change,
              const QString &mergeKey = {})
    {
        T after = m_edited;
        change(after);
        if (after == m_edited)
            return;
        m_undo.push(new Step(this, m_edited, std::move(after), text, mergeKey));
    }

    /// Shows `stored` as saved: the history starts again from it.
    void reset(const T &stored)
    {
        m_stored = stored;
        m_edited = stored;
        restart(false);
    }
    /// Starts a record that is not stored yet: modified until saved.
    void startNew(const T &initial, const T &stored = T{})
    {
        m_stored = stored;
        m_edited = initial;
        restart(true);
    }
    /// Goes back to the stored record, as one step named `text` that can be undone.
    void revert(const QString &text)
    {
        const T stored = m_stored;
        edit(text, [stored](T &record) { record = stored; });
    }
    /// Drops the unsaved changes and their history.
    void discard() { reset(m_stored); }

    /// Applies `change` to parts of the record that are shown but never edited here (what
    /// another window saved: a committee's decision on a household), in the stored record,
    /// the edited one and every step of the history, so that neither an undo nor "modified"
    /// takes it back.
    void refreshUnedited(const std::function<void(T &)> &change)
    {
        change(m_stored);
        for (int i = 0; i < m_undo.count(); ++i) {
            if (auto *step = dynamic_cast<const Step *>(m_undo.command(i)))
                const_cast<Step *>(step)->apply(change);
        }
        T edited = m_edited;
        change(edited);
        setEdited(edited);
    }

private:
    class Step : public QUndoCommand
    {
    public:
        Step(EditDocument *document, T before, T after, const QString &text, QString key)
            : QUndoCommand(text), m_document(document), m_before(std::move(before)),
              m_after(std::move(after)), m_key(std::move(key))
        {
        }
        void undo() override { m_document->setEdited(m_before); }
        void apply(const std::function<void(T &)> &change)
        {
            change(m_before);
            change(m_after);
        }
        void redo() override { m_document->setEdited(m_after); }
        int id() const override { return m_key.isEmpty() ? -1 : 1; }
        bool mergeWith(const QUndoCommand *other) override
        {
            const auto *next = static_cast<const Step *>(other);
            if (next->m_key != m_key || next->m_document != m_document)
                return false;
            m_after = next->m_after;
            setObsolete(m_after == m_before);
            return true;
        }

    private:
        EditDocument *m_document;
        T m_before;
        T m_after;
        QString m_key;
    };

    void setEdited(const T &record)
    {
        m_edited = record;
        setModified(!(m_edited == m_stored));
        Q_EMIT changed();
    }

    T m_stored{};
    T m_edited{};
};

} // namespace Passerelle
