#pragma once

#include "HouseholdFile.h"
#include "Result.h"
#include "security/Scope.h"

#include <QObject>
#include <QUndoStack>

#include <functional>

namespace Passerelle {

class Database;

/// An open household file being edited: the stored version, the edited version, and the undo
/// history between them. Every edit is an undoable command; "modified" is the undo stack not
/// being clean; save() writes the differences in one transaction. Edits can be undone until
/// they are saved (the history starts again from the saved file).
class HouseholdDocument : public QObject
{
    Q_OBJECT

public:
    HouseholdDocument(Database &db, Scope scope, QObject *parent = nullptr);

    /// Opens an existing household (recorded in the audit journal).
    Status open(Id householdId);
    /// Starts a new household (not stored until saved).
    void create(const HouseholdFile &initial);

    const HouseholdFile &file() const { return m_edited; }
    const HouseholdFile &stored() const { return m_stored; }
    bool isNew() const { return m_stored.household.id <= 0; }
    bool isModified() const { return !m_undo.isClean(); }
    QUndoStack *undoStack() { return &m_undo; }
    const Scope &scope() const { return m_scope; }
    Database &database() const { return m_db; }

    /// Applies `change` to a copy of the file and records it as one undoable step named
    /// `text` ("Ajouter un contact"). Nothing is recorded when the change changes nothing.
    void edit(const QString &text, const std::function<void(HouseholdFile &)> &change);

    /// Writes every change since the last save. On error nothing is written and the edits
    /// stay (so that the user can correct them and save again).
    Status save();
    /// Drops the unsaved changes.
    void revert();

Q_SIGNALS:
    /// The edited file changed (an edit, an undo, a redo, a save or a revert).
    void changed();
    void modifiedChanged(bool modified);

private:
    friend class HouseholdEditCommand;
    void setEdited(const HouseholdFile &file);

    Database &m_db;
    Scope m_scope;
    HouseholdFile m_stored;
    HouseholdFile m_edited;
    QUndoStack m_undo;
};

} // namespace Passerelle
