#pragma once

#include "widgets/WidgetsFwd.h"

#include <QDialog>

namespace Passerelle::Ui {

/// Chooses the database: a local SQLite file, or the PostgreSQL server the agencies share
/// (host, port, database, user, TLS mode). The password is never stored: it is read from
/// PGPASSWORD or asked when connecting.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(const QString &location, QWidget *parent = nullptr);

    /// The chosen location: a file path or postgresql://user@host:port/db?sslmode=….
    QString location() const;

    void accept() override;

private:
    QString problem() const;

    QRadioButton *m_fileChoice = nullptr;
    QLineEdit *m_path = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_databaseName = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_tls = nullptr;
    FieldMessage *m_error = nullptr;
};

/// Asks the password of a server connection; empty when the user cancels.
QString askServerPassword(QWidget *parent, const QString &location);

} // namespace Passerelle::Ui
