#include "DocumentContent.h"

#include <QBuffer>
#include <QImageReader>

using namespace Qt::Literals::StringLiterals;

namespace Passerelle::DocumentFields {

QImage logoImage(const Organisation &organisation)
{
    if (organisation.logo.isEmpty())
        return {};
    QByteArray bytes = organisation.logo;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const bool vector = organisation.logoMimeType == u"image/svg+xml"
                        || reader.format() == "svg" || reader.format() == "svgz";
    if (vector && reader.size().isValid())
        reader.setScaledSize(reader.size() * 4);
    return reader.read();
}

void addOrganisation(Vocabulary &vocabulary)
{
    vocabulary.fields({u"organisation.name"_s, u"organisation.address"_s,
                       u"organisation.postal_code"_s, u"organisation.city"_s,
                       u"organisation.phone"_s, u"organisation.email"_s,
                       u"organisation.website"_s, u"organisation.signatory_name"_s,
                       u"organisation.signatory_title"_s, u"organisation.dpo_contact"_s,
                       u"organisation.logo"_s});
}

void setOrganisation(DocumentContent &content, const Organisation &o)
{
    TemplateData &d = content.data;
    d.set(u"organisation.name"_s, o.name);
    d.set(u"organisation.address"_s, o.address);
    d.set(u"organisation.postal_code"_s, o.postalCode);
    d.set(u"organisation.city"_s, o.city);
    d.set(u"organisation.phone"_s, o.phone);
    d.set(u"organisation.email"_s, o.email);
    d.set(u"organisation.website"_s, o.website);
    d.set(u"organisation.signatory_name"_s, o.signatoryName);
    d.set(u"organisation.signatory_title"_s, o.signatoryTitle);
    // Whom to contact to exercise one's rights: the DPO, or else the landlord itself.
    QString dpo = o.dpoContact.trimmed();
    if (dpo.isEmpty()) {
        QStringList parts{o.name, o.address, QString(o.postalCode + u' ' + o.city).trimmed(),
                          o.email};
        parts.removeAll(QString());
        dpo = parts.join(u", "_s);
    }
    d.set(u"organisation.dpo_contact"_s, dpo);
    const QImage logo = logoImage(o);
    if (logo.isNull()) {
        d.set(u"organisation.logo"_s, QString());
    } else {
        content.images.insert(logoResource(), logo);
        d.set(u"organisation.logo"_s, logoResource());
    }
}

void addAgency(Vocabulary &vocabulary)
{
    vocabulary.fields({u"agency.name"_s, u"agency.address"_s, u"agency.phone"_s});
}

void setAgency(TemplateData &data, const Agency *agency)
{
    data.set(u"agency.name"_s, agency ? agency->name : QString());
    data.set(u"agency.address"_s, agency ? agency->address : QString());
    data.set(u"agency.phone"_s, agency ? agency->phone : QString());
}

void addCesf(Vocabulary &vocabulary)
{
    vocabulary.fields({u"cesf.name"_s, u"cesf.email"_s, u"cesf.phone"_s});
}

void setCesf(TemplateData &data, const User *user)
{
    data.set(u"cesf.name"_s, user ? user->displayName : QString());
    data.set(u"cesf.email"_s, user ? user->email : QString());
    data.set(u"cesf.phone"_s, user ? user->phone : QString());
}

} // namespace Passerelle::DocumentFields
