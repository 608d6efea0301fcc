// Compiled with the sandbox library's own include path by the test
// sandbox_sees_only_itself_and_money, which passes only when this fails on the client's include: the
// sandbox finds its own headers and money's, and can never reach the app's Stripe client.
#include "src/money/Money.h"
#include "src/sandbox/Server.h"

#include "src/stripe/Client.h"
