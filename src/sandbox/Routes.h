#pragma once

#include "src/sandbox/Api.h"

#include <QHash>
#include <QString>

#include <functional>

namespace sandbox {

// Resource handlers by "METHOD /v1/path/{param}" as the contract names the endpoint. Each
// resource file adds its own.
using Handler = std::function<Reply(Call &)>;
using Routes = QHash<QString, Handler>;

inline QString routeKey(const QString &method, const QString &path)
{
    return method + QLatin1Char(' ') + path;
}

void addAccountRoutes(Routes &routes);
void addCustomerRoutes(Routes &routes);
void addInvoiceRoutes(Routes &routes);
void addInvoiceItemRoutes(Routes &routes);
void addProductRoutes(Routes &routes);
void addPromotionCodeRoutes(Routes &routes);
void addPaymentRoutes(Routes &routes);
void addEventRoutes(Routes &routes);

} // namespace sandbox
