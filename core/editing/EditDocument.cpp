#include "EditDocument.h"

namespace Passerelle {

EditHistory::EditHistory(QObject *parent) : QObject(parent) {}

void EditHistory::restart(bool modified)
{
    m_undo.clear();
    if (modified)
        m_undo.resetClean(); // no step of the history is the saved state
    else
        m_undo.setClean();
    setModified(modified);
    Q_EMIT changed();
}

void EditHistory::setModified(bool modified)
{
    if (modified == m_modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

} // namespace Passerelle
