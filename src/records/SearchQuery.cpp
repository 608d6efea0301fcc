#include "src/records/SearchQuery.h"

#include "src/objects/Json.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace records::search {

namespace {

// lupdate files a string under the class its tr() is called through, so the calls name this one;
// it translates in the context the program has always asked for.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(records::search)
};

} // namespace

QString quote(const QString &value)
{
    QString escaped;
    escaped.reserve(value.size() + 2);
    escaped += QLatin1Char('\'');
    for (const QChar c : value) {
        if (c == QLatin1Char('\'') || c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    escaped += QLatin1Char('\'');
    return escaped;
}

QString exact(const QString &field, const QString &value)
{
    return field + QLatin1Char(':') + quote(value);
}

QString contains(const QString &field, const QString &value)
{
    return field + QLatin1Char('~') + quote(value);
}

QString metadataExact(const QString &key, const QString &value)
{
    return QStringLiteral("metadata[%1]:%2").arg(quote(key), quote(value));
}

ListQuery customersMatching(const QString &input)
{
    const QString text = input.trimmed();
    ListQuery list;
    list.path = QStringLiteral("/v1/customers");
    if (text.isEmpty()) {
        list.emptyText = Text::tr("No customers yet.");
        return list;
    }

    // An exact email goes through the list's email filter: exact (and case-sensitive), and
    // never behind, as search can be by a minute.
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (email.match(text).hasMatch()) {
        list.params.insert(QStringLiteral("email"), text);
        list.emptyText
            = Text::tr("No customer has the email %1 (Stripe compares emails exactly, capitals too).")
                  .arg(text);
        return list;
    }

    ListQuery search;
    search.kind = stripe::ListPager::Kind::Search;
    search.path = QStringLiteral("/v1/customers/search");
    search.fallback = std::make_shared<ListQuery>(list);
    search.params.insert(QStringLiteral("query"),
                         contains(QStringLiteral("name"), text) + QLatin1String(" OR ")
                             + contains(QStringLiteral("email"), text));
    search.emptyText = Text::tr("No customer's name or email contains “%1”.").arg(text);
    // Without search, read the whole list and keep the matches: slower, never wrong.
    search.fallback->keep = [needle = text](const QJsonObject &customer) {
        return objects::json::string(customer, u"name").contains(needle, Qt::CaseInsensitive)
            || objects::json::string(customer, u"email").contains(needle, Qt::CaseInsensitive);
    };
    search.fallback->emptyText = search.emptyText;
    return search;
}

} // namespace records::search
