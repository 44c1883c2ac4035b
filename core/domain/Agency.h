#pragma once

#include "Types.h"

namespace Passerelle {

/// A territorial agency of the landlord. CESF advisors belong to one.
struct Agency
{
    Id id = 0;
    QString code; ///< stable, ASCII, used in imports and exports
    QString name;
    QString territory; ///< communes or districts covered, free text
    QString address;
    QString phone;
    bool active = true;

    bool operator==(const Agency &) const = default;
};

} // namespace Passerelle
