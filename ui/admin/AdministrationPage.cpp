#include "AdministrationPage.h"

#include "AppContext.h"
#include "DirectoryEditors.h"
#include "JournalPage.h"
#include "RetentionPage.h"
#include "ReferenceListsEditor.h"
#include "UserEditor.h"

#include <QIcon>

namespace Passerelle::Ui {

AdministrationPage::AdministrationPage(AppContext &context, QWidget *parent)
    : EditorTabsPage(context, QStringLiteral("administration"), parent)
{
    setHeading(title());
    m_organisation = new OrganisationEditor(context, tabs());
    m_agencies = new AgencyEditor(context, tabs());
    m_lists = new ReferenceListsEditor(context, tabs());
    // Accounts: for those who manage them only.
    if (context.scope().may(Permission::ManageUsers))
        m_users = new UserEditor(context, tabs());
    addTab(m_organisation, QStyle::SP_ComputerIcon, tr("&Organisation"));
    addTab(m_agencies, QStyle::SP_DirHomeIcon, tr("A&gencies"));
    addTab(m_lists, QStyle::SP_FileDialogListView, tr("&Reference lists"));
    addTab(m_users, QStyle::SP_DirIcon, tr("&Users"));
    if (context.scope().may(Permission::ReadJournal)) {
        m_journal = new JournalPage(context, tabs());
        addTab(m_journal, QStyle::SP_FileDialogDetailedView, tr("&Journal"));
    }
    if (context.scope().may(Permission::Retention)) {
        m_retention = new RetentionPage(context, tabs());
        addTab(m_retention, QStyle::SP_TrashIcon, tr("&Conservation"));
    }
}

QString AdministrationPage::title() const
{
    return tr("Administration");
}

QIcon AdministrationPage::icon() const
{
    return QIcon(QStringLiteral(":/passerelle/icons/administration.svg"));
}

void AdministrationPage::refresh()
{
    // Every editor: the organisation, the agencies, the lists, the users, retention.
    EditorTabsPage::refresh();
    if (m_journal)
        m_journal->refresh();
}

} // namespace Passerelle::Ui
