#include "HouseholdDocument.h"

#include "storage/HouseholdFileRepository.h"

#include <QUndoCommand>

namespace Passerelle {

/// One edit of a household file: the file before and after. Qt's containers share their data
/// until written, so keeping both versions costs little.
class HouseholdEditCommand : public QUndoCommand
{
public:
    HouseholdEditCommand(HouseholdDocument *document, HouseholdFile before, HouseholdFile after,
                         const QString &text)
        : QUndoCommand(text), m_document(document), m_before(std::move(before)),
          m_after(std::move(after))
    {
    }

    void undo() override { m_document->setEdited(m_before); }
    void redo() override { m_document->setEdited(m_after); }

private:
    HouseholdDocument *m_document;
    HouseholdFile m_before;
    HouseholdFile m_after;
};

HouseholdDocument::HouseholdDocument(Database &db, Scope scope, QObject *parent)
    : QObject(parent), m_db(db), m_scope(std::move(scope))
{
    connect(&m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

Status HouseholdDocument::open(Id householdId)
{
    PASSERELLE_TRY(file, HouseholdFileRepository(m_db).load(m_scope, householdId));
    m_stored = file;
    m_edited = file;
    m_undo.clear();
    Q_EMIT changed();
    return {};
}

void HouseholdDocument::create(const HouseholdFile &initial)
{
    m_stored = HouseholdFile{};
    m_edited = initial;
    m_undo.clear();
    // A new file is modified from the start: it exists only once saved.
    m_undo.resetClean();
    Q_EMIT changed();
    Q_EMIT modifiedChanged(true);
}

void HouseholdDocument::edit(const QString &text, const std::function<void(HouseholdFile &)> &change)
{
    HouseholdFile after = m_edited;
    change(after);
    if (after == m_edited)
        return;
    m_undo.push(new HouseholdEditCommand(this, m_edited, after, text));
}

void HouseholdDocument::setEdited(const HouseholdFile &file)
{
    m_edited = file;
    Q_EMIT changed();
}

Status HouseholdDocument::save()
{
    PASSERELLE_TRY(stored, HouseholdFileRepository(m_db).save(m_scope, m_stored, m_edited));
    m_stored = stored;
    m_edited = stored;
    m_undo.clear();
    m_undo.setClean(); // a new file's stack was never clean until now
    Q_EMIT changed();
    Q_EMIT modifiedChanged(false);
    return {};
}

void HouseholdDocument::revert()
{
    m_edited = m_stored;
    m_undo.clear();
    m_undo.setClean();
    Q_EMIT changed();
    Q_EMIT modifiedChanged(false);
}

} // namespace Passerelle
