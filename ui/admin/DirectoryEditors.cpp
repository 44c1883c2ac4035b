#include "DirectoryEditors.h"

#include "files/FileDialogs.h"

#include "AppContext.h"
#include "documents/Documents.h"
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

namespace {

QFormLayout *formIn(QGroupBox *box)
{
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

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
      m_identity(binder(&m_settings.organisation))
{
    setObjectName(QStringLiteral("organisationEditor"));
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    formLayout()->addLayout(columns);
    formLayout()->addStretch();

    auto *identity = new QGroupBox(tr("Landlord"), formArea());
    auto *form = formIn(identity);
    m_name = new QLineEdit(identity);
    addRow(form, tr("Na&me:"), m_name, QStringLiteral("name"));
    m_address = shortText(identity);
    addRow(form, tr("A&ddress:"), m_address, QStringLiteral("address"));
    m_postalCode = new QLineEdit(identity);
    m_postalCode->setMaxLength(5);
    m_postalCode->setMaximumWidth(90);
    addRow(form, tr("&Postal code:"), m_postalCode, QStringLiteral("postalCode"));
    m_city = new QLineEdit(identity);
    addRow(form, tr("C&ity:"), m_city, QStringLiteral("city"));
    m_phone = new QLineEdit(identity);
    addRow(form, tr("P&hone:"), m_phone, QStringLiteral("phone"));
    m_email = new QLineEdit(identity);
    addRow(form, tr("E&mail:"), m_email, QStringLiteral("email"));
    m_website = new QLineEdit(identity);
    m_website->setPlaceholderText(tr("https://…"));
    addRow(form, tr("&Website:"), m_website, QStringLiteral("website"));
    left->addWidget(identity);

    auto *signatory = new QGroupBox(tr("Signatory of the contracts"), formArea());
    auto *signForm = formIn(signatory);
    m_signatoryName = new QLineEdit(signatory);
    addRow(signForm, tr("&Name:"), m_signatoryName, QStringLiteral("signatoryName"));
    m_signatoryTitle = new QLineEdit(signatory);
    m_signatoryTitle->setPlaceholderText(tr("e.g. Responsable du pôle social"));
    addRow(signForm, tr("&Title:"), m_signatoryTitle, QStringLiteral("signatoryTitle"));
    left->addWidget(signatory);

    auto *dpo = new QGroupBox(tr("Data protection"), formArea());
    auto *dpoForm = formIn(dpo);
    m_dpo = shortText(dpo);
    m_dpo->setPlaceholderText(tr("Whom households write to, to exercise their rights (access, "
                                 "rectification, erasure)"));
    addRow(dpoForm, tr("&Contact:"), m_dpo, QStringLiteral("dpoContact"));
    left->addWidget(dpo);
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
    auto *hint = new QLabel(tr("Printed at the top of contracts and letters. PNG, JPEG or SVG "
                               "image, 2 MB at most."),
                            logoBox);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    logoLayout->addWidget(hint);
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

    TabForms::tabOrder({m_name, m_address, m_postalCode, m_city, m_phone, m_email, m_website,
           m_signatoryName, m_signatoryTitle, m_dpo, m_chooseLogo, m_removeLogo, m_templates,
           m_chooseTemplates, m_copyTemplates, m_backupFolder, m_chooseBackupFolder,
           m_backupKeep});

    m_identity->bind(m_name, &Organisation::name, tr("Change the name"));
    m_identity->bind(m_postalCode, &Organisation::postalCode, tr("Change the postal code"));
    m_identity->bind(m_city, &Organisation::city, tr("Change the city"));
    m_identity->bind(m_phone, &Organisation::phone, tr("Change the phone"));
    m_identity->bind(m_email, &Organisation::email, tr("Change the email"));
    m_identity->bind(m_website, &Organisation::website, tr("Change the website"));
    m_identity->bind(m_signatoryName, &Organisation::signatoryName,
                     tr("Change the signatory's name"));
    m_identity->bind(m_signatoryTitle, &Organisation::signatoryTitle,
                     tr("Change the signatory's title"));
    m_identity->bind(m_address, &Organisation::address, tr("Change the address"));
    m_identity->bind(m_dpo, &Organisation::dpoContact, tr("Change the data-protection contact"));
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
                               "from those shipped with Passerelle. Leave empty to use those."),
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
    buttons->addWidget(m_chooseTemplates);
    buttons->addWidget(m_copyTemplates);
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
    return box;
}

QWidget *OrganisationEditor::buildBackups()
{
    auto *box = new QGroupBox(tr("Automatic backups"), formArea());
    auto *layout = new QVBoxLayout(box);
    auto *hint = new QLabel(tr("When Passerelle starts and the last backup is more than a day "
                               "old, it backs the base up into this folder (leave empty for a "
                               "« Sauvegardes » folder beside the base) and keeps the newest "
                               "ones. Choose a folder on another disk or a network drive if "
                               "you can. On a PostgreSQL server, backups are the server's "
                               "job."),
                            box);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(hint);
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

    connect(m_backupFolder, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_settings.backup.folder = QDir::fromNativeSeparators(text.trimmed());
        changed();
    });
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
    connect(m_backupKeep, &QSpinBox::valueChanged, this, [this](int keep) {
        if (filling() || keep == m_settings.backup.keep)
            return;
        m_settings.backup.keep = keep;
        changed();
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
    if (QDir::fromNativeSeparators(m_backupFolder->text().trimmed()) != m_settings.backup.folder)
        m_backupFolder->setText(QDir::toNativeSeparators(m_settings.backup.folder));
    m_backupKeep->setValue(m_settings.backup.keep);
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
    : RecordEditorOf(context, Shape::ListAndForm, &m_agency, parent), m_form(binder(&m_agency))
{
    setObjectName(QStringLiteral("agencyEditor"));
    setNewText(tr("New agency"));
    auto *box = new QGroupBox(tr("Agency"), formArea());
    auto *form = formIn(box);
    m_code = new QLineEdit(box);
    m_code->setMaxLength(40);
    m_code->setPlaceholderText(tr("e.g. TLS-NORD"));
    addRow(form, tr("&Code:"), m_code, QStringLiteral("code"));
    m_name = new QLineEdit(box);
    addRow(form, tr("Na&me:"), m_name, QStringLiteral("name"));
    m_territory = new QLineEdit(box);
    m_territory->setPlaceholderText(tr("Communes or districts covered"));
    addRow(form, tr("Terr&itory:"), m_territory, QStringLiteral("territory"));
    m_address = new QLineEdit(box);
    addRow(form, tr("A&ddress:"), m_address, QStringLiteral("address"));
    m_phone = new QLineEdit(box);
    addRow(form, tr("P&hone:"), m_phone, QStringLiteral("phone"));
    m_active = new QCheckBox(tr("&Active (offered in the choices)"), box);
    addRow(form, QString(), m_active, QStringLiteral("active"));
    box->setMaximumWidth(760);
    formLayout()->addWidget(box);
    formLayout()->addStretch();
    TabForms::tabOrder({m_code, m_name, m_territory, m_address, m_phone, m_active});

    m_form->bind(m_code, &Agency::code, tr("Change the code"));
    m_form->bind(m_name, &Agency::name, tr("Change the name"));
    m_form->bind(m_territory, &Agency::territory, tr("Change the territory"));
    m_form->bind(m_address, &Agency::address, tr("Change the address"));
    m_form->bind(m_phone, &Agency::phone, tr("Change the phone"));
    m_form->bind(m_active, &Agency::active, tr("Activate or deactivate"));
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

Status AgencyEditor::load(Id id)
{
    if (id <= 0) {
        loaded(Agency{});
    } else {
        PASSERELLE_TRY(agency, AgencyRepository(context().db()).get(id));
        loaded(agency);
    }
    return {};
}

Problems AgencyEditor::problems() const
{
    return Validation::check(m_agency);
}

Result<Id> AgencyEditor::store()
{
    Agency copy = m_agency;
    PASSERELLE_CHECK(AgencyRepository(context().db()).save(context().scope(), copy));
    loaded(copy);
    return copy.id;
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
