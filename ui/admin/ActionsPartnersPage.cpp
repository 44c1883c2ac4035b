#include "ActionsPartnersPage.h"

#include "ActionEditor.h"
#include "PartnerEditor.h"

#include <QCloseEvent>
#include <QIcon>
#include <QLabel>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Passerelle::Ui {

namespace {

QLabel *pageTitle(const QString &text, QWidget *parent)
{
    auto *title = new QLabel(text, parent);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    return title;
}

QString tabTitle(const QString &title, bool modified)
{
    return modified ? title + QStringLiteral(" •") : title;
}

} // namespace

ActionsPartnersPage::ActionsPartnersPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
{
    setObjectName(QStringLiteral("actions"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pageTitle(title(), this));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_actions = new ActionEditor(context, m_tabs);
    m_partners = new PartnerEditor(context, m_tabs);
    m_tabs->addTab(m_actions, style()->standardIcon(QStyle::SP_FileDialogDetailedView),
                   tr("&Actions"));
    m_tabs->addTab(m_partners, style()->standardIcon(QStyle::SP_DirHomeIcon), tr("&Partners"));
    layout->addWidget(m_tabs, 1);
    // A tab with unsaved changes says so, even when the other one is shown.
    connect(m_actions, &RecordEditor::modifiedChanged, this, [this](bool modified) {
        m_tabs->setTabText(0, tabTitle(tr("&Actions"), modified));
    });
    connect(m_partners, &RecordEditor::modifiedChanged, this, [this](bool modified) {
        m_tabs->setTabText(1, tabTitle(tr("&Partners"), modified));
    });
}

QString ActionsPartnersPage::title() const
{
    return tr("Actions & partners");
}

QIcon ActionsPartnersPage::icon() const
{
    return QIcon(QStringLiteral(":/passerelle/icons/partners.svg"));
}

void ActionsPartnersPage::refresh()
{
    m_actions->refresh();
    m_partners->refresh();
}

bool ActionsPartnersPage::maybeLeave()
{
    for (RecordEditor *editor : {static_cast<RecordEditor *>(m_actions),
                                 static_cast<RecordEditor *>(m_partners)}) {
        if (editor->isModified()) {
            m_tabs->setCurrentWidget(editor);
            if (!editor->maybeLeave())
                return false;
        }
    }
    return true;
}

void ActionsPartnersPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    // Closing the main window must not drop the changes made here.
    if (!m_watchedWindow) {
        m_watchedWindow = window();
        m_watchedWindow->installEventFilter(this);
    }
}

bool ActionsPartnersPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watchedWindow && event->type() == QEvent::Close && !maybeLeave()) {
        event->ignore();
        return true;
    }
    return Page::eventFilter(watched, event);
}

} // namespace Passerelle::Ui
