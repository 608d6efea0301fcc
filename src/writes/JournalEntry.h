#pragma once

#include "src/writes/WriteIntent.h"

#include <optional>

namespace writes {

// One write as the journal knows it: what was asked, and the latest word on what became of it.
struct JournalEntry
{
    WriteIntent intent;
    std::optional<WriteOutcome> outcome; // the latest one

    // No outcome yet, or an unknown one: Paydesk never heard whether Stripe performed it.
    bool isUnfinished() const { return !outcome || outcome->status == WriteOutcome::Status::Unknown; }
};

} // namespace writes
