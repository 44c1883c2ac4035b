#pragma once

#include "widgets/WidgetsFwd.h"

#include "storage/Backup.h"

#include "RecordEditor.h"
#include "storage/DirectoryRepositories.h"
#include "domain/Agency.h"
#include "domain/Organisation.h"
#include "domain/User.h"

namespace Passerelle::Ui {

/// What the organisation's form edits: its identity, the folder of its document templates and
/// its backups.
struct OrganisationSettings
{
    Organisation organisation;
    QString templatesFolder;
    BackupSettings backup;
    bool operator==(const OrganisationSettings &) const = default;
};

/// The landlord's identity printed on documents: name, address, contacts, signatory, the
/// contact for data-protection rights, and the logo (PNG, JPEG or SVG, 2 MB at most).
class OrganisationEditor : public RecordEditorOf<OrganisationSettings>
{
    Q_OBJECT

public:
    explicit OrganisationEditor(AppContext &context, QWidget *parent = nullptr);

    const Organisation &organisation() const { return m_settings.organisation; }
    /// Takes the image in `path` as the logo; refuses (and says why beside the logo) anything
    /// but a PNG, JPEG or SVG image of 2 MB at most. True when taken.
    bool setLogoFile(const QString &path);
    void removeLogo();

protected:
    Status load(Id id) override;
    Id currentId() const override { return 1; }
    Problems problems() const override;
    Result<Id> store() override;
    void showRecord() override;
    QString heading() const override;

public:
    /// The folder of the unit's own document templates (empty: the shipped ones).
    QString templatesFolder() const { return m_settings.templatesFolder; }
    void setTemplatesFolder(const QString &folder);
    /// Copies the shipped templates into the folder chosen, to start editing them.
    void copyShippedTemplates();
    /// Opens the editor of the templates (TemplateEditorDialog), modal.
    void editTemplates();

private:
    void chooseLogo();
    void showLogo();
    QWidget *buildTemplates();
    QWidget *buildBackups();

    OrganisationSettings m_settings;
    std::shared_ptr<Forms::Binder<Organisation>> m_identity;
    std::shared_ptr<Forms::Binder<OrganisationSettings>> m_backups;
    QLineEdit *m_backupFolder = nullptr;
    QPushButton *m_chooseBackupFolder = nullptr;
    QSpinBox *m_backupKeep = nullptr;
    QLineEdit *m_templates = nullptr;
    QPushButton *m_chooseTemplates = nullptr;
    QPushButton *m_copyTemplates = nullptr;
    QPushButton *m_editTemplates = nullptr;
    QLabel *m_templatesStatus = nullptr;
    QLabel *m_logo = nullptr;
    QPushButton *m_chooseLogo = nullptr;
    QPushButton *m_removeLogo = nullptr;
    FieldMessage *m_logoMessage = nullptr;
};

/// The territorial agencies.
class AgencyEditor : public RepositoryEditorOf<Agency, AgencyRepository>
{
    Q_OBJECT

public:
    explicit AgencyEditor(AppContext &context, QWidget *parent = nullptr);

    const Agency &agency() const { return m_agency; }

protected:
    QStringList listHeaders() const override;
    Result<QList<ListRow>> listRows() const override;
    void showRecord() override;
    QString heading() const override;

private:
    Agency m_agency;
    std::shared_ptr<Forms::Binder<Agency>> m_form;
};

} // namespace Passerelle::Ui
