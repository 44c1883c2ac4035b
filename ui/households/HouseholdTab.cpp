#include "HouseholdTab.h"

#include "HouseholdWindow.h"

#include <QMessageBox>

namespace Passerelle::Ui {

bool HouseholdTab::saveBeforePrinting(const QString &title, bool mustSave)
{
    if (!m_document.isModified() && !mustSave)
        return true;
    auto *window = qobject_cast<HouseholdWindow *>(this->window());
    const auto answer = QMessageBox::question(
            this, title,
            tr("Documents print what is saved in the file, and the file has unsaved changes. "
               "Save them now?"),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
    if (answer != QMessageBox::Save || !window)
        return false;
    return window->save() && !m_document.isModified();
}

} // namespace Passerelle::Ui
