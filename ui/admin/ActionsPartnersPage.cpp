#include "ActionsPartnersPage.h"

#include "ActionEditor.h"
#include "PartnerEditor.h"

#include <QIcon>

namespace Passerelle::Ui {

ActionsPartnersPage::ActionsPartnersPage(AppContext &context, QWidget *parent)
    : EditorTabsPage(context, QStringLiteral("actions"), parent)
{
    setHeading(title());
    m_actions = new ActionEditor(context, tabs());
    m_partners = new PartnerEditor(context, tabs());
    addTab(m_actions, QStyle::SP_FileDialogDetailedView, tr("&Actions"));
    addTab(m_partners, QStyle::SP_DirHomeIcon, tr("&Partners"));
}

QString ActionsPartnersPage::title() const
{
    return tr("Actions & partners");
}

QIcon ActionsPartnersPage::icon() const
{
    return QIcon(QStringLiteral(":/passerelle/icons/partners.svg"));
}

} // namespace Passerelle::Ui
