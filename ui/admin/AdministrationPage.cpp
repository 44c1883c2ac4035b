#include "AdministrationPage.h"

#include "AppContext.h"
#include "DirectoryEditors.h"
#include "JournalPage.h"
#include "RetentionPage.h"
#include "ReferenceListsEditor.h"
#include "UserEditor.h"
#include "AppContext.h"

#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Passerelle::Ui {

AdministrationPage::AdministrationPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
{
    setObjectName(QStringLiteral("administration"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(title(), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_organisation = new OrganisationEditor(context, m_tabs);
    m_agencies = new AgencyEditor(context, m_tabs);
    m_lists = new ReferenceListsEditor(context, m_tabs);
    // Accounts: for those who manage them only.
    if (context.scope().may(Permission::ManageUsers))
        m_users = new UserEditor(context, m_tabs);
    const std::tuple<QWidget *, QStyle::StandardPixmap, QString> tabs[] = {
        {m_organisation, QStyle::SP_ComputerIcon, tr("&Organisation")},
        {m_agencies, QStyle::SP_DirHomeIcon, tr("A&gencies")},
        {m_lists, QStyle::SP_FileDialogListView, tr("&Reference lists")},
        {m_users, QStyle::SP_DirIcon, tr("&Users")},
    };
    for (const auto &[widget, icon, text] : tabs) {
        if (!widget)
            continue;
        const int index = m_tabs->addTab(widget, style()->standardIcon(icon), text);
        // A tab with unsaved changes says so, even when another one is shown.
        if (auto *editor = qobject_cast<RecordEditor *>(widget)) {
            connect(editor, &RecordEditor::modifiedChanged, this,
                    [this, index, text](bool modified) {
                        m_tabs->setTabText(index, modified ? text + QStringLiteral(" •") : text);
                    });
        }
    }
    if (context.scope().may(Permission::ReadJournal)) {
        m_journal = new JournalPage(context, m_tabs);
        m_tabs->addTab(m_journal, style()->standardIcon(QStyle::SP_FileDialogDetailedView),
                       tr("&Journal"));
    }
    if (context.scope().may(Permission::Retention)) {
        m_retention = new RetentionPage(context, m_tabs);
        m_tabs->addTab(m_retention, style()->standardIcon(QStyle::SP_TrashIcon),
                       tr("&Conservation"));
    }
    layout->addWidget(m_tabs, 1);
}

QString AdministrationPage::title() const
{
    return tr("Administration");
}

QIcon AdministrationPage::icon() const
{
    return QIcon(QStringLiteral(":/passerelle/icons/administration.svg"));
}

QList<RecordEditor *> AdministrationPage::editors() const
{
    QList<RecordEditor *> all{m_organisation, m_agencies};
    if (m_users)
        all << m_users;
    return all;
}

void AdministrationPage::refresh()
{
    for (RecordEditor *editor : editors())
        editor->refresh();
    m_lists->refresh();
    if (m_journal)
        m_journal->refresh();
    if (m_retention)
        m_retention->refresh();
}

bool AdministrationPage::maybeLeave()
{
    for (RecordEditor *editor : editors()) {
        if (editor->isModified()) {
            m_tabs->setCurrentWidget(editor);
            if (!editor->maybeLeave())
                return false;
        }
    }
    return true;
}

void AdministrationPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    // Closing the main window must not drop the changes made here.
    if (!m_watchedWindow) {
        m_watchedWindow = window();
        m_watchedWindow->installEventFilter(this);
    }
}

bool AdministrationPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watchedWindow && event->type() == QEvent::Close && !maybeLeave()) {
        event->ignore();
        return true;
    }
    return Page::eventFilter(watched, event);
}

} // namespace Passerelle::Ui
