#include "src/writes/RetryReview.h"

#include "src/money/Money.h"
#include "src/objects/InvoiceRules.h"
#include "src/objects/Json.h"
#include "src/records/Format.h"
#include "src/writes/RefundWrite.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace writes {

namespace {

namespace json = objects::json;

// lupdate files a string under the class its tr() is called through, so the calls name this one;
// it translates in the context the program has always asked for.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(writes::RetryReview)
};

QString when(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

QString amountOf(const WriteIntent &intent)
{
    return intent.amount ? money::Money(*intent.amount, intent.currency).format() : QString();
}

QString outcomeWords(const JournalEntry &entry)
{
    if (!entry.outcome)
        return Text::tr("never answered");
    switch (entry.outcome->status) {
    case WriteOutcome::Status::Succeeded:
        return Text::tr("succeeded");
    case WriteOutcome::Status::Failed:
        return Text::tr("refused by Stripe");
    case WriteOutcome::Status::Unknown:
        return Text::tr("never answered");
    case WriteOutcome::Status::Dismissed:
        return Text::tr("dismissed without knowing");
    }
    return {};
}

struct Now
{
    QString text;
    QString blocker;
};

Now refundNow(const WriteIntent &intent, const QJsonObject &charge)
{
    const money::Money left = RefundWrite::refundableOf(charge);
    const QString paid = records::format::money(charge, u"amount");
    const QString refunded = records::format::money(charge, u"amount_refunded");
    Now now;
    now.text = RefundWrite::isUncaptured(charge)
        ? Text::tr(
              "The payment now: %1 authorised and not captured; refunding it releases the authorisation.")
              .arg(paid)
        : Text::tr("The payment now: %1 paid, %2 refunded, %3 left to refund.")
              .arg(paid, refunded, left.format());
    if (left.minorUnits() == 0)
        now.blocker = Text::tr("Nothing is left to refund on this payment: it must not be sent again.");
    else if (intent.amount && *intent.amount > left.minorUnits())
        now.blocker
            = Text::tr("Only %1 is left to refund on this payment, less than this refund's %2: it must "
                       "not be sent again.")
                  .arg(left.format(), amountOf(intent));
    return now;
}

Now invoiceNow(const WriteIntent &intent, const QJsonObject &invoice)
{
    namespace rules = objects::invoices;
    const QString status = json::string(invoice, u"status");
    Now now;
    now.text = Text::tr("The invoice is %1 now.").arg(records::format::words(status).toLower());
    const QString &operation = intent.operation;
    const bool allowed = operation == QLatin1String("invoice.finalize") ? rules::canFinalize(invoice)
        : operation == QLatin1String("invoice.send")                    ? rules::canSend(invoice)
        : operation == QLatin1String("invoice.pay")                     ? rules::canPay(invoice)
        : operation == QLatin1String("invoice.void")                    ? rules::canVoid(invoice)
        : operation == QLatin1String("invoice.mark_uncollectible")      ? rules::canMarkUncollectible(invoice)
        : operation == QLatin1String("invoice.delete")                  ? rules::canDelete(invoice)
        : operation == QLatin1String("invoiceitem.create")              ? rules::canAddItem(invoice)
                                                                        : true;
    if (!allowed)
        now.blocker = Text::tr("An invoice that is %1 no longer allows this: it must not be sent again.")
                          .arg(records::format::words(status).toLower());
    return now;
}

Now orderNow(const WriteIntent &intent, const QJsonObject &paymentIntent)
{
    const QString status = json::string(paymentIntent, u"status");
    Now now;
    now.text = Text::tr("The order is %1 now.").arg(records::format::words(status).toLower());
    const bool final = status == QLatin1String("succeeded") || status == QLatin1String("canceled")
        || status == QLatin1String("processing");
    if (final)
        now.blocker = intent.operation == QLatin1String("order.pay")
            ? Text::tr("An order that is %1 cannot be paid again.")
                  .arg(records::format::words(status).toLower())
            : Text::tr("An order that is %1 cannot be canceled.")
                  .arg(records::format::words(status).toLower());
    return now;
}

Now describeNow(const WriteIntent &intent, const QJsonObject &object)
{
    const QString &operation = intent.operation;
    if (json::boolean(object, u"deleted"))
        return {Text::tr("%1 has been deleted since.").arg(intent.target),
                Text::tr("What this write acts on no longer exists: it must not be sent again.")};
    if (operation == QLatin1String("refund"))
        return refundNow(intent, object);
    if (operation.startsWith(QLatin1String("invoice.")) && operation != QLatin1String("invoice.create"))
        return invoiceNow(intent, object);
    if (operation == QLatin1String("invoiceitem.create"))
        return invoiceNow(intent, object);
    if (operation == QLatin1String("order.pay") || operation == QLatin1String("order.cancel"))
        return orderNow(intent, object);
    if (operation.startsWith(QLatin1String("customer.")) || operation == QLatin1String("order.create")
        || operation == QLatin1String("invoice.create"))
        return {Text::tr("The customer now: %1.").arg(records::format::choiceLabel(object)), {}};
    if (operation.startsWith(QLatin1String("promotion_code."))
        && operation != QLatin1String("promotion_code.create"))
        return {json::boolean(object, u"active") ? Text::tr("The code is active now.")
                                                 : Text::tr("The code is inactive now."),
                {}};
    return {Text::tr("It acts on %1: %2.").arg(intent.target, records::format::choiceLabel(object)), {}};
}

} // namespace

RetryReview RetryReview::of(const WriteIntent &intent, const QString &checkMessage,
                            const QJsonObject &objectNow, const QString &readError,
                            const QList<JournalEntry> &others, const QDateTime &now)
{
    RetryReview review;
    QStringList paragraphs;
    const QString who = intent.user.isEmpty() ? QString() : Text::tr(" by %1").arg(intent.user);
    paragraphs << Text::tr("“%1” was started %2%3, and no answer came.")
                      .arg(intent.summary.isEmpty() ? intent.operation : intent.summary,
                           when(intent.createdAt), who);
    if (!checkMessage.isEmpty())
        paragraphs << checkMessage;

    if (!objectNow.isEmpty()) {
        const Now state = describeNow(intent, objectNow);
        paragraphs << state.text;
        review.blocker = state.blocker;
    } else if (!readError.isEmpty()) {
        paragraphs << Text::tr("What it acts on could not be read now: %1").arg(readError);
    }

    QStringList lines;
    for (const JournalEntry &other : others) {
        if (other.intent.id == intent.id)
            continue;
        lines << Text::tr("• %1 — %2, %3%4")
                     .arg(other.intent.summary.isEmpty() ? other.intent.operation : other.intent.summary,
                          outcomeWords(other), when(other.intent.createdAt),
                          other.intent.user.isEmpty() ? QString() : Text::tr(" (%1)").arg(other.intent.user));
        const bool sameKindLater = other.intent.operation == intent.operation
            && other.intent.createdAt > intent.createdAt && other.outcome
            && other.outcome->status == WriteOutcome::Status::Succeeded;
        if (sameKindLater && review.warning.isEmpty())
            review.warning
                = Text::tr("A write like this one on the same object succeeded after this one was started. "
                           "If that was this write made again by hand, sending this one would do it twice.");
    }
    if (!lines.isEmpty())
        paragraphs << Text::tr("Other writes on it in Paydesk:") + QLatin1Char('\n')
                + lines.join(QLatin1Char('\n'));

    // Past Stripe's idempotency window nothing else matters: the key no longer protects it.
    if (intent.isOlderThanIdempotencyWindow(now))
        review.blocker
            = Text::tr("It was started more than 24 hours ago, and Stripe has forgotten its idempotency key: "
                       "sending it again could do it twice. Start it again as a new write if it is still "
                       "wanted.");
    if (review.maySend())
        paragraphs << Text::tr(
            "Sending it again sends the very same request under the same idempotency key: if Stripe "
            "did perform it after all, Stripe answers with that result and nothing happens twice.");
    review.text = paragraphs.join(QStringLiteral("\n\n"));
    return review;
}

} // namespace writes
