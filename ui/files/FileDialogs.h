#pragma once

#include "widgets/WidgetsFwd.h"

#include <QAbstractFileIconProvider>
#include <QCoreApplication>
#include <QString>

class QApplication;
class QFileDialog;

namespace Passerelle::Ui {

/// Icons and type names of files from their name alone. Qt's own provider guesses the type of
/// a file without a known extension by reading its first bytes; opening and closing the open
/// database that way drops SQLite's locks for the whole process (see core/io/SafeFiles.h), and
/// another program may then delete the WAL under the running application.
class NameOnlyIconProvider : public QAbstractFileIconProvider
{
public:
    QIcon icon(IconType type) const override;
    QIcon icon(const QFileInfo &info) const override;
    QString type(const QFileInfo &info) const override;
};

/// Every file dialog of Passerelle: Qt's own dialog (never a native one, which may read files in
/// this process to show them), with NameOnlyIconProvider, and without SQLite's companion files
/// (-wal, -shm, -journal) in the list.
class FileDialogs
{
    Q_DECLARE_TR_FUNCTIONS(FileDialogs)

public:
    /// An existing file to open (an Open dialog). `folder` is where the dialog starts; when it
    /// names a file, the dialog starts in its folder with that file chosen.
    static QString openFile(QWidget *parent, const QString &caption, const QString &folder,
                            const QString &filter);
    /// `confirmOverwrite` false: the caller handles an existing file itself.
    static QString saveFile(QWidget *parent, const QString &caption, const QString &path,
                            const QString &filter, bool confirmOverwrite = true);
    static QString existingFolder(QWidget *parent, const QString &caption, const QString &folder);

    /// Makes a file dialog safe (called for ours, and for those Qt creates itself, such as the
    /// print dialog's « Parcourir »).
    static void secure(QFileDialog *dialog);

    /// Process-wide protection, installed once at start-up (GUI and widget tests): no native
    /// dialogs, and every file dialog or file-system model that Qt creates (print dialog's file
    /// field, preview's print button) gets NameOnlyIconProvider before it lists anything.
    static void installGuard(QApplication *application);
};

} // namespace Passerelle::Ui
