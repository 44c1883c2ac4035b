#include "DirectoryEditors.h"

#include "files/FileDialogs.h"

#include "AppContext.h"
#include "documents/Documents.h"
#include "documents/TemplateEditorDialog.h"
#include "domain/OrganisationLogo.h"
#include "storage/DirectoryRepositories.h"
#include "storage/OrganisationRepository.h"
#include "forms/TabForms.h"
#include "widgets/FormWidgets.h"

#include <QCheckBox>
#include <QSpinBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

namespace Passerelle::Ui {

using namespace Qt::StringLiterals;

namespace {

QPlainTextEdit *shortText(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(54);
    edit->setMaximumHeight(80);
    return edit;
}

} // namespace

// --- OrganisationEditor --------------------------------------------------------------------

OrganisationEditor::OrganisationEditor(AppContext &context, QWidget *parent)
    : RecordEditorOf(context, Shape::FormOnly, &m_settings, parent),
      m_identity(binder(&m_settings.organisation)), m_backups(binder(&m_settings))
{
    setObjectName(QStringLiteral("organisationEditor"));
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    formLayout()->addLayout(columns);
    formLayout()->addStretch();

    QFormLayout *form = formGroup(tr("Landlord"));
    QWidget *identity = form->parentWidget();
    auto *name = m_identity->row(form, tr("Na&me:"), new QLineEdit(identity), u"name"_s,
                                 &Organisation::name, tr("Change the name"), u"name"_s);
    auto *address = m_identity->row(form, tr("A&ddress:"), shortText(identity), u"address"_s,
                                    &Organisation::address, tr("Change the address"));
    auto *postalCode = m_identity->row(form, tr("&Postal code:"), new QLineEdit(identity),
                                       u"postalCode"_s, &Organisation::postalCode,
                                       tr("Change the postal code"), u"postalCode"_s);
    postalCode->setMaxLength(5);
    postalCode->setMaximumWidth(90);
    auto *city = m_identity->row(form, tr("C&ity:"), new QLineEdit(identity), u"city"_s,
                                 &Organisation::city, tr("Change the city"));
    auto *phone = m_identity->row(form, tr("P&hone:"), new QLineEdit(identity), u"phone"_s,
                                  &Organisation::phone, tr("Change the phone"));
    auto *email = m_identity->row(form, tr("E&mail:"), new QLineEdit(identity), u"email"_s,
                                  &Organisation::email, tr("Change the email"), u"email"_s);
    auto *website = m_identity->row(form, tr("&Website:"), new QLineEdit(identity), u"website"_s,
                                    &Organisation::website, tr("Change the website"));
    website->setPlaceholderText(tr("https://…"));
    left->addWidget(identity);

    QFormLayout *signForm = formGroup(tr("Signatory of the contracts"));
    QWidget *signatory = signForm->parentWidget();
    auto *signatoryName = m_identity->row(signForm, tr("&Name:"), new QLineEdit(signatory),
                                          u"signatoryName"_s, &Organisation::signatoryName,
                                          tr("Change the signatory's name"));
    auto *signatoryTitle = m_identity->row(signForm, tr("&Title:"), new QLineEdit(signatory),
                                           u"signatoryTitle"_s, &Organisation::signatoryTitle,
                                           tr("Change the signatory's title"));
    signatoryTitle->setPlaceholderText(tr("e.g. Responsable du pôle social"));
    left->addWidget(signatory);

    QFormLayout *dpoForm = formGroup(tr("Data protection"));
    auto *dpo = m_identity->row(dpoForm, tr("&Contact:"), shortText(dpoForm->parentWidget()),
                                u"dpoContact"_s, &Organisation::dpoContact,
                                tr("Change the data-protection contact"));
    dpo->setPlaceholderText(tr("Whom households write to, to exercise their rights (access, "
                               "rectification, erasure)"));
    left->addWidget(dpoForm->parentWidget());
    left->addStretch();

    auto *logoBox = new QGroupBox(tr("Logo"), formArea());
    auto *logoLayout = new QVBoxLayout(logoBox);
    m_logo = new QLabel(logoBox);
    m_logo->setObjectName(QStringLiteral("logoPreview"));
    m_logo->setAlignment(Qt::AlignCenter);
    m_logo->setMinimumSize(260, 120);
    m_logo->setFrameShape(QFrame::StyledPanel);
    m_logo->setStyleSheet(QStringLiteral("QLabel { background: white; }"));
    logoLayout->addWidget(m_logo);
    logoLayout->addWidget(TabForms::hint(
            tr("Printed at the top of contracts and letters. PNG, JPEG or SVG "
               "image, 2 MB at most."),
            logoBox));
    m_logoMessage = message(QStringLiteral("logo"), logoBox);
    logoLayout->addWidget(m_logoMessage);
    auto *buttons = new QHBoxLayout;
    m_chooseLogo = new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton),
                                   tr("C&hoose an image…"), logoBox);
    m_chooseLogo->setObjectName(QStringLiteral("chooseLogo"));
    m_removeLogo = new QPushButton(style()->standardIcon(QStyle::SP_TrashIcon),
                                   tr("Remo&ve the logo"), logoBox);
    m_removeLogo->setObjectName(QStringLiteral("removeLogo"));
    buttons->addWidget(m_chooseLogo);
    buttons->addWidget(m_removeLogo);
    buttons->addStretch();
    logoLayout->addLayout(buttons);
    right->addWidget(logoBox);
    right->addWidget(buildTemplates());
    right->addWidget(buildBackups());
    right->addStretch();

    TabForms::tabOrder({name, address, postalCode, city, phone, email, website, signatoryName,
                        signatoryTitle, dpo, m_chooseLogo, m_removeLogo, m_templates,
                        m_chooseTemplates, m_copyTemplates, m_editTemplates, m_backupFolder,
                        m_chooseBackupFolder, m_backupKeep});
    connect(m_chooseLogo, &QPushButton::clicked, this, &OrganisationEditor::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, &OrganisationEditor::removeLogo);
    refresh();
}

QWidget *OrganisationEditor::buildTemplates()
{
    auto *box = new QGroupBox(tr("Document templates"), formArea());
    auto *layout = new QVBoxLayout(box);
    auto *hint = new QLabel(tr("The contract, the convocation and the committee agenda print "
                               "from HTML templates. To adapt them, choose a folder holding "
                               "your own contract.html, convocation.html or "
                               "committee_agenda.html; a template missing from it is taken "
                               "from those shipped with Passerelle. Leave empty to use those. "
                               "The template editor lists the fields each template may use, "
                               "with a preview on a household."),
                            box);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(hint);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Folder:"), box);
    m_templates = new QLineEdit(box);
    m_templates->setObjectName(QStringLiteral("templatesFolder"));
    m_templates->setPlaceholderText(tr("templates shipped with Passerelle"));
    m_templates->setClearButtonEnabled(true);
    label->setBuddy(m_templates);
    row->addWidget(label);
    row->addWidget(m_templates, 1);
    layout->addLayout(row);
    layout->addWidget(message(QStringLiteral("templatesFolder"), box));
    auto *buttons = new QHBoxLayout;
    m_chooseTemplates = new QPushButton(style()->standardIcon(QStyle::SP_DirOpenIcon),
                                        tr("Choose a f&older…"), box);
    m_chooseTemplates->setObjectName(QStringLiteral("chooseTemplates"));
    m_copyTemplates = new QPushButton(tr("Cop&y the shipped templates there"), box);
    m_copyTemplates->setObjectName(QStringLiteral("copyTemplates"));
    m_copyTemplates->setToolTip(tr("Puts a copy of each shipped template in the folder (files "
                                   "already there are left alone), to start editing them"));
    m_editTemplates = new QPushButton(tr("&Edit a template…"), box);
    m_editTemplates->setObjectName(QStringLiteral("editTemplates"));
    m_editTemplates->setToolTip(tr("Opens the editor of the templates, with the list of their "
                                   "fields and a preview; it saves into the templates folder "
                                   "of the saved settings"));
    buttons->addWidget(m_chooseTemplates);
    buttons->addWidget(m_copyTemplates);
    buttons->addWidget(m_editTemplates);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_templatesStatus = new QLabel(box);
    m_templatesStatus->setObjectName(QStringLiteral("templatesStatus"));
    m_templatesStatus->setWordWrap(true);
    layout->addWidget(m_templatesStatus);

    connect(m_templates, &QLineEdit::textEdited, this,
            [this](const QString &text) { setTemplatesFolder(text); });
    connect(m_chooseTemplates, &QPushButton::clicked, this, [this] {
        const QString folder = FileDialogs::existingFolder(
                this, tr("Folder of the document templates"),
                m_settings.templatesFolder.isEmpty()
                        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                        : m_settings.templatesFolder);
        if (!folder.isEmpty()) {
            m_templates->setText(QDir::toNativeSeparators(folder));
            setTemplatesFolder(folder);
        }
    });
    connect(m_copyTemplates, &QPushButton::clicked, this,
            &OrganisationEditor::copyShippedTemplates);
    connect(m_editTemplates, &QPushButton::clicked, this,
            &OrganisationEditor::editTemplates);
    return box;
}

QWidget *OrganisationEditor::buildBackups()
{
    auto *box = new QGroupBox(tr("Automatic backups"), formArea());
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(TabForms::hint(
            tr("When Passerelle starts and the last backup is more than a day "
               "old, it backs the base up into this folder (leave empty for a "
               "« Sauvegardes » folder beside the base) and keeps the newest "
               "ones. Choose a folder on another disk or a network drive if "
               "you can. On a PostgreSQL server, backups are the server's "
               "job."),
            box));
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("Fo&lder:"), box);
    m_backupFolder = new QLineEdit(box);
    m_backupFolder->setObjectName(QStringLiteral("backupFolder"));
    m_backupFolder->setPlaceholderText(tr("« Sauvegardes » beside the base"));
    m_backupFolder->setClearButtonEnabled(true);
    label->setBuddy(m_backupFolder);
    m_chooseBackupFolder = new QPushButton(tr("C&hoose…"), box);
    m_chooseBackupFolder->setObjectName(QStringLiteral("chooseBackupFolder"));
    row->addWidget(label);
    row->addWidget(m_backupFolder, 1);
    row->addWidget(m_chooseBackupFolder);
    layout->addLayout(row);
    layout->addWidget(message(QStringLiteral("backupFolder"), box));
    auto *keepRow = new QHBoxLayout;
    auto *keepLabel = new QLabel(tr("&Keep the last:"), box);
    m_backupKeep = new QSpinBox(box);
    m_backupKeep->setObjectName(QStringLiteral("backupKeep"));
    m_backupKeep->setRange(1, 365);
    m_backupKeep->setSuffix(tr(" backups"));
    keepLabel->setBuddy(m_backupKeep);
    keepRow->addWidget(keepLabel);
    keepRow->addWidget(m_backupKeep);
    keepRow->addStretch();
    layout->addLayout(keepRow);

    // Edits without a name of their own: "Edit <the organisation>".
    m_backups->bind(
        m_backupFolder,
        [](const OrganisationSettings &s) { return QDir::toNativeSeparators(s.backup.folder); },
        [](OrganisationSettings &s, const QString &folder) {
            s.backup.folder = QDir::fromNativeSeparators(folder);
        },
        QString());
    m_backups->bind(
        m_backupKeep, [](const OrganisationSettings &s) { return s.backup.keep; },
        [](OrganisationSettings &s, std::optional<int> keep) { s.backup.keep = keep.value_or(1); },
        QString());
    connect(m_chooseBackupFolder, &QPushButton::clicked, this, [this] {
        const QString folder = FileDialogs::existingFolder(
            this, tr("Folder of the automatic backups"),
            m_settings.backup.folder.isEmpty()
                ? Backup::defaultFolder(context().db().location())
                : m_settings.backup.folder);
        if (!folder.isEmpty()) {
            m_settings.backup.folder = folder;
            m_backupFolder->setText(QDir::toNativeSeparators(folder));
            changed();
        }
    });
    return box;
}

void OrganisationEditor::setTemplatesFolder(const QString &folder)
{
    m_settings.templatesFolder = QDir::fromNativeSeparators(folder.trimmed());
    if (m_templates->text().trimmed() != folder.trimmed())
        m_templates->setText(folder);
    m_copyTemplates->setEnabled(!m_settings.templatesFolder.isEmpty()
                                && QFileInfo(m_settings.templatesFolder).isDir());
    m_templatesStatus->clear();
    changed();
}

void OrganisationEditor::copyShippedTemplates()
{
    auto copied = Documents::copyShippedTemplates(m_settings.templatesFolder);
    if (!copied) {
        m_templatesStatus->setText(copied.error().message);
        return;
    }
    m_templatesStatus->setText(
            copied->isEmpty()
                    ? tr("The folder already holds every template: nothing was copied.")
                    : tr("%n template(s) copied: edit them with any HTML editor; the changes "
                         "print at once.",
                         nullptr, int(copied->size())));
    changed();
}

void OrganisationEditor::editTemplates()
{
    TemplateEditorDialog dialog(context(), this);
    dialog.exec();
    // A template saved there is checked again with the folder.
    showProblems(problems());
}

void OrganisationEditor::chooseLogo()
{
    const QString path = FileDialogs::openFile(
        this, tr("Choose the logo"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Images (*.png *.jpg *.jpeg *.svg)"));
    if (!path.isEmpty())
        setLogoFile(path);
}

bool OrganisationEditor::setLogoFile(const QString &path)
{
    const auto logo = OrganisationLogo::fromFile(path);
    if (!logo) {
        // The logo in place stays; the message says why the file was not taken.
        m_logoMessage->setMessage(logo.error().message);
        return false;
    }
    m_settings.organisation.logo = logo->data;
    m_settings.organisation.logoMimeType = logo->mimeType;
    showLogo();
    changed();
    return true;
}

void OrganisationEditor::removeLogo()
{
    m_settings.organisation.logo.clear();
    m_settings.organisation.logoMimeType.clear();
    showLogo();
    changed();
}

void OrganisationEditor::showLogo()
{
    QPixmap pixmap;
    if (!m_settings.organisation.logo.isEmpty() && pixmap.loadFromData(m_settings.organisation.logo)) {
        m_logo->setPixmap(pixmap.scaled(QSize(240, 100), Qt::KeepAspectRatio,
                                        Qt::SmoothTransformation));
    } else {
        m_logo->setPixmap(QPixmap());
        m_logo->setText(m_settings.organisation.logo.isEmpty()
                            ? tr("No logo — documents are printed without one.")
                            : tr("%1 logo (no preview available)").arg(m_settings.organisation.logoMimeType));
    }
    m_removeLogo->setEnabled(!m_settings.organisation.logo.isEmpty());
}

Status OrganisationEditor::load(Id)
{
    PASSERELLE_TRY(organisation, OrganisationRepository(context().db()).get());
    PASSERELLE_TRY(folder, Documents::templatesFolder(context().db()));
    PASSERELLE_TRY(backup, Backup::settings(context().db()));
    loaded(OrganisationSettings{organisation, folder, backup});
    return {};
}

Problems OrganisationEditor::problems() const
{
    Problems problems = OrganisationRules::check(m_settings.organisation);
    if (const Status templates = Documents::checkTemplatesFolder(m_settings.templatesFolder); !templates)
        problems.append({QStringLiteral("templatesFolder"), templates.error().message});
    if (!m_settings.backup.folder.isEmpty() && QFileInfo(m_settings.backup.folder).exists()
        && !QFileInfo(m_settings.backup.folder).isDir()) {
        problems.append({QStringLiteral("backupFolder"),
                         tr("This is a file, not a folder: choose a folder for the backups.")});
    }
    return problems;
}

Result<Id> OrganisationEditor::store()
{
    OrganisationRepository repository(context().db());
    PASSERELLE_CHECK(repository.save(context().scope(), m_settings.organisation));
    if (m_settings.templatesFolder != stored().templatesFolder) {
        PASSERELLE_CHECK(repository.setSetting(context().scope(), Documents::templatesFolderKey(),
                                               m_settings.templatesFolder));
    }
    if (m_settings.backup != stored().backup)
        PASSERELLE_CHECK(Backup::saveSettings(context().db(), context().scope(), m_settings.backup));
    loaded(m_settings);
    return Id(1);
}

void OrganisationEditor::showRecord()
{
    m_identity->refresh();
    showLogo();
    if (QDir::fromNativeSeparators(m_templates->text().trimmed()) != m_settings.templatesFolder)
        m_templates->setText(QDir::toNativeSeparators(m_settings.templatesFolder));
    m_copyTemplates->setEnabled(!m_settings.templatesFolder.isEmpty()
                                && QFileInfo(m_settings.templatesFolder).isDir());
    m_backups->refresh();
    const bool onServer = context().db().backend() != Backend::Sqlite;
    m_backupFolder->setEnabled(!onServer);
    m_chooseBackupFolder->setEnabled(!onServer);
    m_backupKeep->setEnabled(!onServer);
}

QString OrganisationEditor::heading() const
{
    return m_settings.organisation.name.isEmpty() ? tr("Organisation") : m_settings.organisation.name;
}

// --- AgencyEditor --------------------------------------------------------------------------

AgencyEditor::AgencyEditor(AppContext &context, QWidget *parent)
    : RepositoryEditorOf(context, Shape::ListAndForm, &m_agency, parent),
      m_form(binder(&m_agency))
{
    setObjectName(QStringLiteral("agencyEditor"));
    setNewText(tr("New agency"));
    QFormLayout *form = formGroup(tr("Agency"));
    QWidget *box = form->parentWidget();
    auto *code = m_form->row(form, tr("&Code:"), new QLineEdit(box), u"code"_s, &Agency::code,
                             tr("Change the code"), u"code"_s);
    code->setMaxLength(40);
    code->setPlaceholderText(tr("e.g. TLS-NORD"));
    auto *name = m_form->row(form, tr("Na&me:"), new QLineEdit(box), u"name"_s, &Agency::name,
                             tr("Change the name"), u"name"_s);
    auto *territory = m_form->row(form, tr("Terr&itory:"), new QLineEdit(box), u"territory"_s,
                                  &Agency::territory, tr("Change the territory"));
    territory->setPlaceholderText(tr("Communes or districts covered"));
    auto *address = m_form->row(form, tr("A&ddress:"), new QLineEdit(box), u"address"_s,
                                &Agency::address, tr("Change the address"));
    auto *phone = m_form->row(form, tr("P&hone:"), new QLineEdit(box), u"phone"_s,
                              &Agency::phone, tr("Change the phone"));
    auto *active = m_form->row(form, QString(),
                               new QCheckBox(tr("&Active (offered in the choices)"), box),
                               u"active"_s, &Agency::active, tr("Activate or deactivate"));
    box->setMaximumWidth(760);
    formLayout()->addWidget(box);
    formLayout()->addStretch();
    TabForms::tabOrder({code, name, territory, address, phone, active});
    refresh();
}

QStringList AgencyEditor::listHeaders() const
{
    return {tr("Code"), tr("Name"), tr("Territory"), tr("Phone")};
}

Result<QList<RecordEditor::ListRow>> AgencyEditor::listRows() const
{
    PASSERELLE_TRY(agencies, AgencyRepository(context().db()).list());
    QList<ListRow> rows;
    for (const Agency &a : agencies)
        rows.append({a.id, {a.code, a.name, a.territory, a.phone}, !a.active});
    return rows;
}

void AgencyEditor::showRecord()
{
    m_form->refresh();
}

QString AgencyEditor::heading() const
{
    if (m_agency.id <= 0 && m_agency.name.isEmpty())
        return tr("New agency");
    return m_agency.name.isEmpty() ? m_agency.code : m_agency.name;
}

} // namespace Passerelle::Ui
