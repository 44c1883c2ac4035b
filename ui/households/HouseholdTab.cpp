#include "HouseholdTab.h"

#include "HouseholdWindow.h"
#include "forms/TabForms.h"
#include "widgets/FormWidgets.h"

#include <QMessageBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Passerelle::Ui {

namespace {

enum Page { EmptyPage, SupportPage };

} // namespace

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

QVBoxLayout *SupportTab::buildPages(const QString &label, const QString &objectName,
                                    const QString &toolTip, QWidget *empty)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 6, 0, 0);
    outer->addLayout(
            TabForms::supportHeader(label, objectName, toolTip, m_action, m_actionName, this));
    m_pages = new QStackedWidget(this);
    outer->addWidget(m_pages, 1);
    m_pages->insertWidget(EmptyPage, empty);
    auto *page = new QWidget(m_pages);
    QVBoxLayout *layout = TabForms::scrollingPage(page);
    m_pages->insertWidget(SupportPage, page);
    connect(m_action, &RecordCombo::idEdited, this, &SupportTab::setActionId);
    return layout;
}

void SupportTab::setActionId(Id actionId)
{
    if (actionId == m_actionId)
        return;
    m_actionId = actionId;
    actionChanged();
    refresh();
}

void SupportTab::fillActions(const QString &none, const QList<Id> &alsoIds)
{
    const QList<std::pair<Id, QString>> choices =
            TabForms::supportActionChoices(file(), lookups(), alsoIds);
    // The support going on first: it is the one worked on.
    const Id shown = TabForms::shownSupportAction(file(), choices, m_actionId);
    if (shown != m_actionId) {
        m_actionId = shown;
        actionChanged();
    }
    TabForms::showSupportChoices(m_action, m_actionName, choices, m_actionId, none);
}

void SupportTab::showSupportPage(bool shown)
{
    m_pages->setCurrentIndex(shown ? SupportPage : EmptyPage);
}

} // namespace Passerelle::Ui
