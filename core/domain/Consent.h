#pragma once

#include <QString>
#include <QStringList>

namespace Passerelle::Consent {

/// What the household was told when it consented to the processing of its data
/// (Household::consentInformation holds these codes). A fixed list, set by the law (RGPD,
/// articles 13 and 14), not an administrator's list: its codes never change.
///   finalites            the purposes of the processing (social support, follow-up, reviews)
///   destinataires        who receives the data (landlord, partner association, funders:
///                        figures only)
///   duree_conservation   how long the data is kept (2 years after the last contact)
///   droits               the rights of access, rectification, erasure, objection, and the
///                        complaint to the CNIL
QStringList codes();
/// The French label of a code (translated), the code itself when unknown.
QString label(const QString &code);
bool isKnown(const QString &code);
/// True when every code of the list was explained.
bool complete(const QStringList &explained);

} // namespace Passerelle::Consent
