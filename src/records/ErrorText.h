#pragma once

#include "src/objects/Kind.h"
#include "src/stripe/Error.h"

#include <QString>

namespace records {

// An error while reading a list, as a headline and a line of detail for the tab's error state.
struct ErrorText
{
    QString headline;
    QString detail;
};

// A restricted key that lacks a permission reads "This key cannot read invoices"; a key Stripe
// no longer accepts says so and how to replace it; anything else is stripe::describe().
ErrorText listErrorText(objects::Kind kind, const stripe::Error &error);

} // namespace records
