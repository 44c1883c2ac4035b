#include "ScanViewerDialog.h"

#include "Settings.h"
#include "documents/Documents.h"
#include "documents/KeptPdf.h"
#include "files/FileDialogs.h"
#include "forms/TabForms.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Passerelle::Ui {

ScanViewerDialog::ScanViewerDialog(const ContractScan &scan, const QString &title,
                                   QWidget *parent)
    : QDialog(parent), m_scan(scan)
{
    setObjectName(u"scanViewer"_s);
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *about = new QLabel(tr("%1 — attached on %2 by %3 — SHA-256 %4")
                                     .arg(scan.fileName,
                                          QLocale().toString(scan.attachedAt.toLocalTime(),
                                                             u"dd/MM/yyyy HH:mm"_s),
                                          scan.attachedBy, scan.sha256),
                             this);
    about->setWordWrap(true);
    about->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(about);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setBackgroundRole(QPalette::Dark);
    auto *pages = new QWidget(scroll);
    auto *pagesLayout = new QVBoxLayout(pages);
    pagesLayout->setAlignment(Qt::AlignHCenter);
    // A page as wide as an A4 page on screen: readable, and the signatures legible.
    constexpr int width = 760;
    QList<QImage> images;
    QString problem;
    if (scan.mediaType == u"application/pdf") {
        auto rendered = KeptPdf::pages(scan.content, width, 200);
        if (rendered)
            images = *rendered;
        else
            problem = rendered.error().message;
    } else {
        const QImage image = QImage::fromData(scan.content);
        if (image.isNull())
            problem = tr("The image cannot be read (it may be damaged). Save a copy and open it "
                         "in an image viewer, or attach the scan again.");
        else
            images << image.scaledToWidth(std::min(width, image.width()), Qt::SmoothTransformation);
    }
    for (const QImage &image : std::as_const(images)) {
        auto *page = new QLabel(pages);
        page->setPixmap(QPixmap::fromImage(image));
        page->setFrameShape(QFrame::Box);
        pagesLayout->addWidget(page);
        m_pages << page;
    }
    if (!problem.isEmpty()) {
        auto *message = new QLabel(problem, pages);
        message->setObjectName(u"scanProblem"_s);
        message->setWordWrap(true);
        pagesLayout->addWidget(message);
    }
    scroll->setWidget(pages);
    layout->addWidget(scroll, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *save = buttons->addButton(tr("&Save a copy…"), QDialogButtonBox::ActionRole);
    save->setObjectName(u"saveScanCopy"_s);
    connect(save, &QPushButton::clicked, this, &ScanViewerDialog::saveCopy);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    TabForms::resizeWithinScreen(this, QSize(width + 80, 1000));
}

void ScanViewerDialog::saveCopy()
{
    QString folder = Settings::pdfFolder().value();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialogs::saveFile(this, tr("Save a copy of the signed contract"),
                                               QDir(folder).filePath(m_scan.fileName), {});
    if (path.isEmpty())
        return;
    if (const Status written = Documents::writeFile(path, m_scan.content); !written) {
        QMessageBox::warning(this, tr("Save a copy of the signed contract"),
                             written.error().message);
        return;
    }
    Settings::pdfFolder().setValue(QFileInfo(path).absolutePath());
}

} // namespace Passerelle::Ui
