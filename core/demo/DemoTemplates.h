#pragma once

#include <QList>
#include <QStringList>

namespace Passerelle::DemoTemplates {

/// An objective of a support plan as the demonstration bases write it (plain ASCII codes,
/// French title and actions).
struct Objective
{
    const char *axis;
    const char *title;
    const char *actions;
};

/// The objectives a CESF would propose to a household with these publics, in the order she
/// would set them: settling in first for a new entrant, then budget and rent, the needs its
/// publics name, the family, then the dwelling and the neighbourhood. Shared by the small
/// demonstration base (DemoData) and the synthetic base of a region (ScaleDemo).
QList<Objective> objectives(const QStringList &publics, bool newEntrant, bool children);

} // namespace Passerelle::DemoTemplates
