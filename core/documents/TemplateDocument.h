#pragma once

#include "Result.h"

#include <QTextDocument>

#include <optional>

namespace Passerelle {

/// The QTextDocument of a filled-in template. Templates come from a folder users choose, so the
/// document trusts nothing they name:
/// - before Qt reads the HTML, its length, how deep its elements nest and how deep its tables
///   nest are bounded (DocumentLimits), and so is the number of paragraphs after;
/// - an image or a style sheet (<img src>, <link href>, background) is loaded only from the
///   templates folder (relative names are read there), from Passerelle's own resources (the
///   shipped templates, qrc) or from a data: URL of the template; each file through
///   SafeFiles (a regular file, never a pipe or a device) under DocumentLimits::ResourceBytes,
///   each image under DocumentLimits::ImageSide and ImagePixels. Images given with
///   addResource() (the landlord's logo) are used as they are.
/// Anything else is refused: Qt is given a blank stand-in (so that it never reads the file
/// itself), and the first refusal is kept, as an error naming the template and the resource,
/// for the printing to report — nothing is printed with a blank.
class TemplateDocument : public QTextDocument
{
    Q_OBJECT

public:
    /// `templateName` names the template in messages ("contract.html"); `folder` is the
    /// templates folder (empty: the templates shipped with Passerelle, which may name only
    /// resources).
    TemplateDocument(const QString &templateName, const QString &folder, QObject *parent = nullptr);

    /// Checks the size and shape of `html`, sets it, and loads every image it names. An error
    /// names the template and what to correct.
    Status setTemplateHtml(const QString &html);

    /// Ok while every resource asked for was loaded; otherwise the first refusal.
    Status resourceStatus() const;

    QString templateName() const { return m_templateName; }

    /// The HTML's shape, checked before Qt reads it (public for tests).
    static Status checkShape(const QString &html, const QString &templateName);

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    Result<QVariant> load(int type, const QUrl &name);
    Result<QByteArray> readBytes(const QUrl &name, const QString &shown);
    Error refusal(const QString &shown, const QString &why) const;

    QString m_templateName;
    QString m_folder;
    std::optional<Error> m_refused;
    qint64 m_loadedBytes = 0;
};

} // namespace Passerelle
