#include "core/common/clock.h"

namespace ul {

namespace {
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};
} // namespace

Clock *Clock::system()
{
    static SystemClock clock;
    return &clock;
}

} // namespace ul
