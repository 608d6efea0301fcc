#include "src/sandbox/Api.h"

#include <QRandomGenerator>

namespace sandbox {

std::optional<qint64> Call::integer(const QString &name) const
{
    bool ok = false;
    const qint64 value = params.value(name).toString().toLongLong(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

std::optional<bool> Call::boolean(const QString &name) const
{
    const QString text = params.value(name).toString();
    if (text == QLatin1String("true"))
        return true;
    if (text == QLatin1String("false"))
        return false;
    return std::nullopt;
}

QStringList Call::expand() const
{
    QStringList paths;
    for (const QVariant &value : params.value(QStringLiteral("expand")).toList())
        paths << value.toString();
    return paths;
}

Reply Reply::error(int status, const QString &type, const QString &message, const QString &param,
                   const QString &code, const QJsonObject &extra)
{
    QJsonObject error = extra;
    error.insert(QStringLiteral("type"), type);
    error.insert(QStringLiteral("message"), message);
    if (!param.isEmpty())
        error.insert(QStringLiteral("param"), param);
    if (!code.isEmpty()) {
        error.insert(QStringLiteral("code"), code);
        error.insert(QStringLiteral("doc_url"),
                     QStringLiteral("https://stripe.com/docs/error-codes/%1")
                         .arg(QString(code).replace(QLatin1Char('_'), QLatin1Char('-'))));
    }
    return Reply {status, QJsonObject {{QStringLiteral("error"), error}}, {}};
}

Reply Reply::invalid(const QString &message, const QString &param, const QString &code)
{
    return error(400, QStringLiteral("invalid_request_error"), message, param, code);
}

Reply Reply::missing(const QString &what, const QString &id, const QString &param)
{
    return error(404, QStringLiteral("invalid_request_error"),
                 QStringLiteral("No such %1: '%2'").arg(what, id), param, QStringLiteral("resource_missing"));
}

QString newId(const QString &prefix)
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QString text = prefix;
    for (int i = 0; i < 24; ++i)
        text += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(62)]);
    return text;
}

QJsonObject mergedMetadata(const QJsonObject &current, const QVariant &update)
{
    if (update.typeId() == QMetaType::QString && update.toString().isEmpty())
        return {};
    QJsonObject merged = current;
    const QVariantMap changes = update.toMap();
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (it.value().toString().isEmpty())
            merged.remove(it.key());
        else
            merged.insert(it.key(), it.value().toString());
    }
    return merged;
}

std::optional<Reply> checkMetadata(const QVariant &metadata)
{
    const QVariantMap map = metadata.toMap();
    if (map.size() > 50)
        return Reply::invalid(QStringLiteral("You can only specify up to 50 keys for metadata."),
                              QStringLiteral("metadata"));
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString param = QStringLiteral("metadata[%1]").arg(it.key());
        if (it.key().size() > 40)
            return Reply::invalid(QStringLiteral("Metadata keys can have a maximum length of 40 characters."),
                                  param);
        if (it.key().contains(QLatin1Char('[')) || it.key().contains(QLatin1Char(']')))
            return Reply::invalid(QStringLiteral("Metadata keys can't contain square brackets."), param);
        if (it.value().toString().size() > 500)
            return Reply::invalid(
                QStringLiteral("Metadata values can have a maximum length of 500 characters."), param);
    }
    return std::nullopt;
}

} // namespace sandbox
