#include "core/engine/snapshot.h"

#include <algorithm>

namespace ul {

int EngineSnapshot::healthyInstanceCount() const
{
    return static_cast<int>(std::count_if(instances.cbegin(), instances.cend(), [](const InstanceView &i) { return i.healthy; }));
}

} // namespace ul
