#pragma once

#include "TemplateEngine.h"
#include "domain/Agency.h"
#include "domain/Organisation.h"
#include "domain/User.h"

#include <QHash>
#include <QImage>

namespace Passerelle {

/// What a document builder gives the printing: the template to fill, the data, and the images
/// the template shows (by the name its <img src="…"> uses).
struct DocumentContent
{
    QString templateName; ///< e.g. "contract.html"
    TemplateData data;
    QHash<QString, QImage> images;
};

namespace DocumentFields {

/// The name under which the landlord's logo is given to the template (<img src="…">).
inline QString logoResource() { return QStringLiteral("passerelle:logo"); }

/// The landlord's logo as an image sharp enough for print (an SVG is drawn 4× its size);
/// a null image when there is none or it cannot be read.
QImage logoImage(const Organisation &organisation);

/// organisation.name, .address, .postal_code, .city, .phone, .email, .website,
/// .signatory_name, .signatory_title, .dpo_contact, .logo (the image's name, empty when none).
void addOrganisation(Vocabulary &vocabulary);
void setOrganisation(DocumentContent &content, const Organisation &organisation);

/// agency.name, .address, .phone of `agency`.
void addAgency(Vocabulary &vocabulary);
void setAgency(TemplateData &data, const Agency *agency);

/// cesf.name, .email, .phone of the household's CESF referent.
void addCesf(Vocabulary &vocabulary);
void setCesf(TemplateData &data, const User *user);

/// The record of `list` whose id is `id`, or nullptr.
template <typename T>
const T *byId(const QList<T> &list, Id id)
{
    if (id <= 0)
        return nullptr;
    for (const T &item : list) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

} // namespace DocumentFields
} // namespace Passerelle
