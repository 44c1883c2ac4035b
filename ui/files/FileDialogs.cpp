#include "FileDialogs.h"

#include "io/SafeFiles.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QMap>
#include <QMimeDatabase>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QStyle>

namespace Passerelle::Ui {
namespace {

NameOnlyIconProvider &sharedProvider()
{
    static NameOnlyIconProvider provider; // outlives every dialog and model
    return provider;
}

/// Hides SQLite's companion files: nobody should pick them, and listing them invites mistakes.
class HideCompanionFiles : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const auto *model = qobject_cast<const QFileSystemModel *>(sourceModel());
        if (!model)
            return true;
        const QModelIndex index = model->index(row, 0, parent);
        return model->isDir(index) || !SafeFiles::isSqliteCompanionName(model->fileName(index));
    }
};

class DialogGuard : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Polish comes once per widget, before it is first shown and before the event loop
        // delivers the first listing of a file-system model: the provider is in place in time.
        if (event->type() == QEvent::Polish && watched->isWidgetType()) {
            if (auto *dialog = qobject_cast<QFileDialog *>(watched)) {
                FileDialogs::secure(dialog);
            } else if (static_cast<QWidget *>(watched)->isWindow()) {
                for (QFileSystemModel *model : watched->findChildren<QFileSystemModel *>()) {
                    if (model->iconProvider() != &sharedProvider())
                        model->setIconProvider(&sharedProvider());
                }
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

/// A dialog made safe before it is given a folder to list.
std::unique_ptr<QFileDialog> makeDialog(QWidget *parent, const QString &caption)
{
    auto dialog = std::make_unique<QFileDialog>(parent, caption);
    FileDialogs::secure(dialog.get());
    dialog->setProxyModel(new HideCompanionFiles(dialog.get()));
    return dialog;
}

QString runDialog(QFileDialog &dialog)
{
    QPointer<QFileDialog> guard(&dialog);
    if (dialog.exec() != QDialog::Accepted || !guard)
        return {};
    const QStringList files = dialog.selectedFiles();
    return files.isEmpty() ? QString() : files.constFirst();
}

} // namespace

QIcon NameOnlyIconProvider::icon(IconType type) const
{
    static const QMap<IconType, QStyle::StandardPixmap> icons
            = {{Folder, QStyle::SP_DirIcon},        {Drive, QStyle::SP_DriveHDIcon},
               {Computer, QStyle::SP_ComputerIcon}, {Desktop, QStyle::SP_DesktopIcon},
               {Network, QStyle::SP_DriveNetIcon},  {Trashcan, QStyle::SP_TrashIcon}};
    return QApplication::style()->standardIcon(icons.value(type, QStyle::SP_FileIcon));
}

QIcon NameOnlyIconProvider::icon(const QFileInfo &info) const
{
    // isDir() and isSymLink() come from stat(), which never opens the file.
    QStyle *style = QApplication::style();
    if (info.isDir())
        return style->standardIcon(info.isSymLink() ? QStyle::SP_DirLinkIcon : QStyle::SP_DirIcon);
    return style->standardIcon(info.isSymLink() ? QStyle::SP_FileLinkIcon : QStyle::SP_FileIcon);
}

QString NameOnlyIconProvider::type(const QFileInfo &info) const
{
    if (info.isDir())
        return FileDialogs::tr("Folder");
    static const QMimeDatabase mimeDatabase;
    // MatchExtension: from the name only, never from the content.
    const QMimeType mime = mimeDatabase.mimeTypeForFile(info.fileName(),
                                                        QMimeDatabase::MatchExtension);
    if (mime.isDefault())
        return FileDialogs::tr("File");
    return mime.comment().isEmpty() ? mime.name() : mime.comment();
}

void FileDialogs::secure(QFileDialog *dialog)
{
    dialog->setOption(QFileDialog::DontUseNativeDialog, true);
    if (dialog->iconProvider() != &sharedProvider())
        dialog->setIconProvider(&sharedProvider());
}

QString FileDialogs::openFile(QWidget *parent, const QString &caption, const QString &folder,
                              const QString &filter)
{
    auto dialog = makeDialog(parent, caption);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilter(filter);
    // stat() only (QFileInfo never opens the file): safe on the live database.
    const QFileInfo info(folder);
    if (!folder.isEmpty() && info.isFile()) {
        dialog->setDirectory(info.absolutePath());
        dialog->selectFile(info.fileName());
    } else {
        dialog->setDirectory(folder);
    }
    return runDialog(*dialog);
}

QString FileDialogs::saveFile(QWidget *parent, const QString &caption, const QString &path,
                              const QString &filter, bool confirmOverwrite)
{
    auto dialog = makeDialog(parent, caption);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setOption(QFileDialog::DontConfirmOverwrite, !confirmOverwrite);
    dialog->setNameFilter(filter);
    const QFileInfo info(path);
    if (info.isDir()) {
        dialog->setDirectory(path);
    } else {
        dialog->setDirectory(info.absolutePath());
        dialog->selectFile(info.fileName());
    }
    return runDialog(*dialog);
}

QString FileDialogs::existingFolder(QWidget *parent, const QString &caption,
                                    const QString &folder)
{
    auto dialog = makeDialog(parent, caption);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly, true);
    dialog->setDirectory(folder);
    return runDialog(*dialog);
}

void FileDialogs::installGuard(QApplication *application)
{
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs, true);
    static QPointer<DialogGuard> installed;
    if (installed)
        return;
    installed = new DialogGuard(application);
    application->installEventFilter(installed);
}

} // namespace Passerelle::Ui
