#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>

class QPagedPaintDevice;

namespace Passerelle {

/// A PDF kept in the base (a printed contract, the scan of a signed one), shown again as it
/// is: its pages painted on a printer or a print preview, or as images (the right-of-access
/// export). Read with Qt PDF, never changed.
class KeptPdf
{
    Q_DECLARE_TR_FUNCTIONS(KeptPdf)

public:
    /// How many pages `pdf` has; an error when it cannot be read.
    static Result<int> pageCount(const QByteArray &pdf);
    /// Paints every page of `pdf` on `device`, one page each, fitted to the page and centred,
    /// at most 300 dpi.
    static Status paint(const QByteArray &pdf, QPagedPaintDevice &device);
    /// The pages of `pdf` as images `width` pixels wide, at most `maxPages` of them.
    static Result<QList<QImage>> pages(const QByteArray &pdf, int width, int maxPages);
};

} // namespace Passerelle
