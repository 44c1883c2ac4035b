#pragma once

#include "RecordEditor.h"

namespace Passerelle::Ui {

class ActionEditor;
class PartnerEditor;

/// « Dispositifs & partenaires »: the actions with their funding and expenses, the partners
/// with their contacts and agreements. Unsaved changes are never lost silently: choosing
/// another record or closing the main window asks first.
class ActionsPartnersPage : public EditorTabsPage
{
    Q_OBJECT

public:
    explicit ActionsPartnersPage(AppContext &context, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;

    ActionEditor *actions() const { return m_actions; }
    PartnerEditor *partners() const { return m_partners; }

private:
    ActionEditor *m_actions = nullptr;
    PartnerEditor *m_partners = nullptr;
};

} // namespace Passerelle::Ui
