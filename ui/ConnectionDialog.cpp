#include "ConnectionDialog.h"

#include "files/FileDialogs.h"
#include "forms/TabForms.h"
#include "widgets/FormWidgets.h"

#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace Passerelle::Ui {

ConnectionDialog::ConnectionDialog(const QString &location, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Database"));
    auto *layout = new QVBoxLayout(this);

    m_fileChoice = new QRadioButton(tr("A &file on this computer (one unit working alone)"), this);
    layout->addWidget(m_fileChoice);
    auto *filePane = new QWidget(this);
    auto *fileRow = new QHBoxLayout(filePane);
    fileRow->setContentsMargins(24, 0, 0, 0);
    m_path = new QLineEdit(filePane);
    m_path->setPlaceholderText(tr("File of the database (.sqlite)"));
    auto *browse = new QPushButton(tr("&Browse…"), filePane);
    browse->setObjectName(QStringLiteral("browseDatabase"));
    browse->setToolTip(tr("Open an existing database file"));
    auto *create = new QPushButton(tr("&New…"), filePane);
    create->setObjectName(QStringLiteral("newDatabase"));
    create->setToolTip(tr("Name the file of a new, empty database"));
    fileRow->addWidget(m_path);
    fileRow->addWidget(browse);
    fileRow->addWidget(create);
    layout->addWidget(filePane);

    auto *serverChoice =
        new QRadioButton(tr("The &shared PostgreSQL server (several agencies)"), this);
    layout->addWidget(serverChoice);
    auto *serverPane = new QWidget(this);
    auto *form = new QFormLayout(serverPane);
    form->setContentsMargins(24, 0, 0, 0);
    m_host = new QLineEdit(serverPane);
    m_host->setPlaceholderText(tr("e.g. db.example.org"));
    m_port = new QSpinBox(serverPane);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_databaseName = new QLineEdit(serverPane);
    m_user = new QLineEdit(serverPane);
    m_tls = new QComboBox(serverPane);
    m_tls->addItem(tr("Required, server certificate checked (recommended)"),
                   QStringLiteral("verify-full"));
    m_tls->addItem(tr("Required, certificate authority checked"), QStringLiteral("verify-ca"));
    m_tls->addItem(tr("Required, certificate not checked"), QStringLiteral("require"));
    m_tls->addItem(tr("If the server offers it"), QStringLiteral("prefer"));
    m_tls->addItem(tr("Never (trusted local network only)"), QStringLiteral("disable"));
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_databaseName);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Encryption (TLS):"), m_tls);
    form->addRow(TabForms::hint(tr("The password is never saved: Passerelle asks for it when it "
                                   "connects (or reads it from PGPASSWORD)."),
                                serverPane));
    layout->addWidget(serverPane);

    m_error = new FieldMessage(this);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    // The fields of the choice not taken are disabled (both until one is chosen, below).
    filePane->setEnabled(false);
    serverPane->setEnabled(false);
    connect(m_fileChoice, &QRadioButton::toggled, filePane, &QWidget::setEnabled);
    connect(serverChoice, &QRadioButton::toggled, serverPane, &QWidget::setEnabled);
    // Opening a base: an Open dialog, which accepts only a file that exists (a name typed by
    // mistake would otherwise set up a new, empty base).
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = FileDialogs::openFile(
            this, tr("Open a database"), m_path->text().trimmed(),
            tr("Passerelle databases (*.sqlite);;All files (*)"));
        if (!chosen.isEmpty()) {
            m_path->setText(chosen);
            m_error->setMessage(QString());
        }
    });
    // A new base: a Save dialog, for a file that does not exist yet (Passerelle sets the base
    // up when it opens it). An existing file is never replaced.
    connect(create, &QPushButton::clicked, this, [this] {
        const QString current = m_path->text().trimmed();
        const QString folder = current.isEmpty() ? QDir::homePath()
                                                 : QFileInfo(current).absolutePath();
        QString chosen = FileDialogs::saveFile(this, tr("New database"), folder,
                                               tr("Passerelle databases (*.sqlite)"), false);
        if (chosen.isEmpty())
            return;
        if (QFileInfo(chosen).suffix().isEmpty())
            chosen += QStringLiteral(".sqlite");
        if (QFileInfo::exists(chosen)) {
            m_error->setMessage(tr("“%1” already exists: choose it with Browse… to open it, or "
                                   "give a new name.")
                                    .arg(QFileInfo(chosen).fileName()));
            return;
        }
        m_path->setText(chosen);
        m_error->setMessage(QString());
    });

    if (Database::isServerLocation(location)) {
        const QUrl url(location);
        serverChoice->setChecked(true);
        m_host->setText(url.host());
        m_port->setValue(url.port(5432));
        m_databaseName->setText(url.path().mid(1));
        m_user->setText(url.userName());
        const int tls = m_tls->findData(QUrlQuery(url).queryItemValue(QStringLiteral("sslmode")));
        m_tls->setCurrentIndex(tls >= 0 ? tls : 0);
    } else {
        m_fileChoice->setChecked(true);
        m_path->setText(location);
    }
    TabForms::tabOrder({m_fileChoice, m_path, browse, create, serverChoice, m_host, m_port,
                        m_databaseName, m_user, m_tls});
    resize(560, sizeHint().height());
}

QString ConnectionDialog::location() const
{
    if (m_fileChoice->isChecked())
        return m_path->text().trimmed();
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    url.setPath(u'/' + m_databaseName->text().trimmed());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), m_tls->currentData().toString());
    url.setQuery(query);
    return url.toString();
}

QString ConnectionDialog::problem() const
{
    if (m_fileChoice->isChecked())
        return m_path->text().trimmed().isEmpty() ? tr("Choose the database file.") : QString();
    if (m_host->text().trimmed().isEmpty())
        return tr("Give the name or address of the server.");
    if (m_databaseName->text().trimmed().isEmpty())
        return tr("Give the name of the database on the server.");
    if (m_user->text().trimmed().isEmpty())
        return tr("Give your user name on the server.");
    return {};
}

void ConnectionDialog::accept()
{
    const QString why = problem();
    m_error->setMessage(why);
    if (why.isEmpty())
        QDialog::accept();
}

QString askServerPassword(QWidget *parent, const QString &location)
{
    bool ok = false;
    const QString password = QInputDialog::getText(
        parent, ConnectionDialog::tr("Password"),
        ConnectionDialog::tr("Password for %1 (it is not saved):")
            .arg(QUrl(location).toString(QUrl::RemovePassword | QUrl::RemoveQuery)),
        QLineEdit::Password, QString(), &ok);
    return ok ? password : QString();
}

} // namespace Passerelle::Ui
