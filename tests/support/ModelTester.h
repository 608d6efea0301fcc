#pragma once

#include <QAbstractItemModelTester>
#include <QIdentityProxyModel>

namespace paydesk_test {

// Qt's model tester, watching a model through a proxy that never fetches. The tester calls
// fetchMore() on the model after every change it checks; on Paydesk's paged list models that
// would request the next page, so the tester itself would page through the account and change
// what the test sees. Through the proxy it still checks every signal, count, index and datum the
// model gives, and the model pages only when the test asks it to.
class NonFetchingProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    bool canFetchMore(const QModelIndex &) const override { return false; }
    void fetchMore(const QModelIndex &) override { }
};

// Attaches the tester to `model` for as long as the model lives (both are its children): a row
// inserted, a reset or a change that breaks QAbstractItemModel's rules fails the running test.
inline void watchModel(QAbstractItemModel *model)
{
    auto *proxy = new NonFetchingProxy(model);
    proxy->setSourceModel(model);
    new QAbstractItemModelTester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, proxy);
}

} // namespace paydesk_test
