#include "EditDocument.h"

namespace Passerelle {

EditHistory::EditHistory(QObject *parent) : QObject(parent)
{
    connect(&m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

void EditHistory::restart(bool modified)
{
    m_undo.clear();
    if (modified)
        m_undo.resetClean(); // no step of the history is the saved state
    else
        m_undo.setClean();
    Q_EMIT changed();
}

} // namespace Passerelle
