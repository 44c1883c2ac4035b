#pragma once

#include "domain/ContractScan.h"

#include <QDialog>

class QLabel;
class QVBoxLayout;

namespace Passerelle::Ui {

/// Shows the scan of a signed contract inside Passerelle, page by page, fitted to the width
/// (a PDF through Qt PDF, a JPEG or PNG as it is): the signed paper is read without leaving
/// a copy in a temporary folder. « Enregistrer une copie… » writes the file as attached.
class ScanViewerDialog : public QDialog
{
    Q_OBJECT

public:
    ScanViewerDialog(const ContractScan &scan, const QString &title, QWidget *parent = nullptr);

    /// How many pages are shown (0: the file could not be read; the reason is shown).
    int pageCount() const { return int(m_pages.size()); }

private:
    void saveCopy();

    ContractScan m_scan;
    QList<QLabel *> m_pages;
};

} // namespace Passerelle::Ui
