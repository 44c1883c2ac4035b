#pragma once

#include "domain/Household.h"

namespace Passerelle::SamePerson {

/// Whether the member `member` of a stored household may be `person`, the one being referred:
/// the same last and first names once case, accents, hyphens and spaces are set aside
/// (« Hélène DUPONT-MARTIN » = « helene dupont martin »), and the same birth date when both
/// are known. A person referred twice by two partners, or already a tenant, is found so.
bool matches(const Member &member, const Member &person);

} // namespace Passerelle::SamePerson
