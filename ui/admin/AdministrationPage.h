#pragma once

#include "RecordEditor.h"

namespace Passerelle::Ui {

class AgencyEditor;
class JournalPage;
class RetentionPage;
class OrganisationEditor;
class ReferenceListsEditor;
class UserEditor;

/// « Administration »: the organisation (identity and logo printed on documents), the
/// agencies, the reference lists and the users. Unsaved changes are never lost silently.
class AdministrationPage : public EditorTabsPage
{
    Q_OBJECT

public:
    explicit AdministrationPage(AppContext &context, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    OrganisationEditor *organisation() const { return m_organisation; }
    AgencyEditor *agencies() const { return m_agencies; }
    ReferenceListsEditor *referenceLists() const { return m_lists; }
    /// Administration › Utilisateurs; nullptr for a role that may not manage accounts.
    UserEditor *users() const { return m_users; }
    /// Administration › Journal and › Conservation (null when the role may not see them).
    JournalPage *journal() const { return m_journal; }
    RetentionPage *retention() const { return m_retention; }

private:
    OrganisationEditor *m_organisation = nullptr;
    AgencyEditor *m_agencies = nullptr;
    ReferenceListsEditor *m_lists = nullptr;
    UserEditor *m_users = nullptr;
    JournalPage *m_journal = nullptr;
    RetentionPage *m_retention = nullptr;
};

} // namespace Passerelle::Ui
