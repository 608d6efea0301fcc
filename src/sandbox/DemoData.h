#pragma once

#include "src/sandbox/Options.h"
#include "src/sandbox/Store.h"

namespace sandbox {

// Made-up data a person clicking around finds plausible, the same for the same seed: customers
// with realistic names, emails and saved cards; products with prices in several currencies
// (USD, EUR, GBP, zero-decimal JPY, three-decimal KWD); invoices in every state; payments, some
// refunded in part or in full, some failed; Paydesk orders; coupons and promotion codes active,
// inactive and expired. Times are spread over the 18 months before 1 November 2026.
class DemoData
{
public:
    static constexpr qint64 now = 1793491200; // 2026-11-01T00:00:00Z: demo data never uses the clock

    static void generate(Store &store, const Options &options);
};

} // namespace sandbox
