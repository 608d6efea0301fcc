#pragma once

#include <QString>
#include <QStringView>

#include <initializer_list>

namespace stripe {

// Whether text is shaped like an id Stripe made: a lower-case prefix, "_", then letters and
// digits, at most 255 characters in all ("cus_NffrFeUfNV2Hib", "pi_3MtwBwLkdIwHu7ix28a3tqPa").
bool isIdShaped(QStringView text);

// Where an id in a path comes from. Stripe makes most ids; a coupon's is chosen by whoever
// created it ("SUMMER25", "25 % off") and may be any text.
enum class IdOrigin { Stripe, Chosen };

// Every read and write builds a path with ids in it here: apiPath(u"/v1/invoices/%1/pay", {id}).
// An id may come from a person or from a server's answer, so it goes in percent-encoded and only
// when it is shaped as its origin allows; otherwise the path is empty, which the client refuses
// without sending anything. A "../", "?" or "#" in an answer can never steer a request to another
// path or another object.
QString apiPath(QStringView pattern, std::initializer_list<QStringView> ids,
                IdOrigin origin = IdOrigin::Stripe);

} // namespace stripe
