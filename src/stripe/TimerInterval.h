#pragma once

#include <algorithm>
#include <chrono>
#include <limits>

namespace stripe {

// QTimer keeps its interval as an int of milliseconds: anything longer (a Retry-After of
// 2147484 seconds) wraps to a negative interval, which Qt refuses ("Timers cannot have negative
// intervals"), and the wait never ends. Every timer the client starts is given its wait through
// this, clamped while it is still a 64-bit count.
inline std::chrono::milliseconds timerInterval(std::chrono::milliseconds wait)
{
    using std::chrono::milliseconds;
    return std::clamp(wait, milliseconds(0), milliseconds(std::numeric_limits<int>::max()));
}

} // namespace stripe
