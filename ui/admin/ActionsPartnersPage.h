#pragma once

#include "Page.h"

class QTabWidget;

namespace Passerelle::Ui {

class ActionEditor;
class PartnerEditor;
class RecordEditor;

/// « Dispositifs & partenaires »: the actions with their funding and expenses, the partners
/// with their contacts and agreements. Unsaved changes are never lost silently: choosing
/// another record or closing the main window asks first.
class ActionsPartnersPage : public Page
{
    Q_OBJECT

public:
    explicit ActionsPartnersPage(AppContext &context, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    ActionEditor *actions() const { return m_actions; }
    PartnerEditor *partners() const { return m_partners; }
    /// Asks about the unsaved changes of each tab; true when the page may be left.
    bool maybeLeave();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QTabWidget *m_tabs = nullptr;
    ActionEditor *m_actions = nullptr;
    PartnerEditor *m_partners = nullptr;
    QObject *m_watchedWindow = nullptr;
};

} // namespace Passerelle::Ui
