#include "SamePerson.h"

#include "domain/ReferenceLists.h"

namespace Passerelle::SamePerson {

bool matches(const Member &member, const Member &person)
{
    using ReferenceLists::normalizedKey;
    if (normalizedKey(person.lastName).isEmpty())
        return false;
    if (normalizedKey(member.lastName) != normalizedKey(person.lastName)
        || normalizedKey(member.firstName) != normalizedKey(person.firstName)) {
        return false;
    }
    return !member.birthDate.isValid() || !person.birthDate.isValid()
           || member.birthDate == person.birthDate;
}

} // namespace Passerelle::SamePerson
