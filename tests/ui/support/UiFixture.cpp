#include "tests/ui/support/UiFixture.h"
#include "src/mirror/MirrorSettings.h"
#include "src/writes/JournalModel.h"
#include "tests/support/ModelTester.h"
#include "tests/ui/support/UiFixture.h"

#include "src/sandbox/SandboxKeys.h"

#include <QAbstractButton>
#include <QDialog>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>

UiFixture::UiFixture(const sandbox::Options &options)
{
    QApplication::setOrganizationName(QStringLiteral("PaydeskTests"));
    QApplication::setApplicationName(QStringLiteral("PaydeskUiTests"));
    QString error;
    if (!m_sandbox.start(options, &error))
        qFatal("The sandbox did not start: %s", qPrintable(error));
}

UiFixture::~UiFixture()
{
    closeDialogs();
    m_window.reset();
    m_mirror.reset();
    m_client.reset();
    m_sandbox.stop();
}

MainWindow *UiFixture::open(accounts::Mode mode)
{
    return open(mode, sandbox::keys::secret());
}

MainWindow *UiFixture::open(accounts::Mode mode, const QString &key)
{
    return openWindow(mode, key, false);
}

MainWindow *UiFixture::openWindow(accounts::Mode mode, const QString &key, bool withMirror)
{
    m_window.reset();
    if (m_mirror)
        m_mirror->close();
    m_client = std::make_unique<stripe::Client>();
    m_client->setBaseUrl(m_sandbox.url());
    m_client->setApiKey(key);
    stripe::Client::Options options;
    options.retry.initialDelay = std::chrono::milliseconds(20);
    options.retry.maxDelay = std::chrono::milliseconds(100);
    options.timeout = std::chrono::seconds(10);
    m_client->setOptions(options);
    if (!m_journal)
        m_journal = std::make_unique<writes::WriteJournal>(m_dir.filePath(QStringLiteral("journal.jsonl")));
    m_window = std::make_unique<MainWindow>();
    writes::WriteContext context {
        m_client.get(), m_journal.get(),
        mode == accounts::Mode::Sandbox ? QStringLiteral("sandbox") : sandbox::Server::accountId(), mode};
    // As Workspace::show does: the window's writes reach the mirror, which starts for the account.
    if (withMirror) {
        m_window->setMirror(m_mirror.get());
        context.written = m_mirror->writeHook(context.accountId);
    }
    m_window->setConnection(context, QStringLiteral("Paydesk Sandbox"));
    if (withMirror)
        m_mirror->open(context);
    m_window->show();
    watchModels(m_window.get());
    return m_window.get();
}

void UiFixture::makeAccountMirror()
{
    if (m_mirror)
        return;
    m_keychain = std::make_shared<ScriptedKeychainBackend::State>();
    m_vault = std::make_unique<accounts::KeyVault>(std::make_unique<ScriptedKeychainBackend>(m_keychain));
    m_mirror = std::make_unique<mirror::AccountMirror>(m_dir.filePath(QStringLiteral("data")));
    m_mirror->setVault(m_vault.get());
}

void UiFixture::useTeamDatabase(const QString &connection, const QString &password)
{
    makeAccountMirror();
    const QString account = sandbox::Server::accountId();
    mirror::MirrorSettings().setTeamConnection(account, connection);
    if (connection.isEmpty())
        m_keychain->entries.remove(accounts::KeyVault::teamPasswordEntry(account));
    else
        m_keychain->entries.insert(accounts::KeyVault::teamPasswordEntry(account), password);
}

MainWindow *UiFixture::openWithMirror(accounts::Mode mode, int pollMs)
{
    makeAccountMirror();
    mirror::Mirror::Options options;
    options.pollInterval = std::chrono::milliseconds(pollMs);
    options.reconnectInterval = std::chrono::milliseconds(500);
    options.teamInterval = std::chrono::milliseconds(500);
    m_mirror->setMirrorOptions(options);
    return openWindow(mode, sandbox::keys::secret(), true);
}

bool UiFixture::waitForMirror(int timeoutMs)
{
    return QTest::qWaitFor(
        [this] {
            const mirror::Mirror *running = m_mirror ? m_mirror->mirror() : nullptr;
            return running && running->state() == mirror::Mirror::State::Ready && running->isComplete()
                && running->lastSynced().isValid();
        },
        timeoutMs);
}

void UiFixture::watchModels(QObject *root)
{
    for (QAbstractItemModel *model : root->findChildren<QAbstractItemModel *>()) {
        const bool listModel = qobject_cast<records::ListModel *>(model) != nullptr
            || qobject_cast<writes::JournalModel *>(model) != nullptr;
        if (!listModel || model->property("paydeskModelTester").toBool())
            continue;
        model->setProperty("paydeskModelTester", true);
        paydesk_test::watchModel(model);
    }
}

void UiFixture::inStore(const std::function<void(sandbox::Store &)> &function)
{
    m_sandbox.inspect([&function](sandbox::Server &server) { function(server.store()); });
}

QJsonObject UiFixture::object(const QString &id)
{
    QJsonObject found;
    inStore([&](sandbox::Store &store) {
        if (const QJsonObject *object = store.find(id))
            found = *object;
    });
    return found;
}

int UiFixture::count(const QString &collection, const std::function<bool(const QJsonObject &)> &keep)
{
    int total = 0;
    inStore([&](sandbox::Store &store) {
        const sandbox::Collection &c = store.collection(collection);
        for (int i = 0; i < c.size(); ++i)
            if (!c.isDeleted(i) && (!keep || keep(c.at(i))))
                ++total;
    });
    return total;
}

QList<QJsonObject> UiFixture::all(const QString &collection)
{
    QList<QJsonObject> objects;
    inStore([&](sandbox::Store &store) {
        const sandbox::Collection &c = store.collection(collection);
        for (int i = 0; i < c.size(); ++i)
            if (!c.isDeleted(i))
                objects << c.at(i);
    });
    return objects;
}

QJsonObject UiFixture::newest(const QString &collection, const std::function<bool(const QJsonObject &)> &keep)
{
    QJsonObject found;
    inStore([&](sandbox::Store &store) {
        const sandbox::Collection &c = store.collection(collection);
        for (int i = c.size() - 1; i >= 0 && found.isEmpty(); --i)
            if (!c.isDeleted(i) && (!keep || keep(c.at(i))))
                found = c.at(i);
    });
    return found;
}

bool UiFixture::waitForRows(RecordTab *tab, int atLeast, int timeoutMs)
{
    return QTest::qWaitFor([tab, atLeast] { return tab->model()->rowCount() >= atLeast; }, timeoutMs);
}

bool UiFixture::waitForState(RecordTab *tab, records::ListModel::State state, int timeoutMs)
{
    return QTest::qWaitFor([tab, state] { return tab->model()->state() == state; }, timeoutMs);
}

void UiFixture::selectRow(RecordTab *tab, int row)
{
    QTableView *table = tab->table();
    const QModelIndex index = table->model()->index(row, 0);
    table->selectionModel()->setCurrentIndex(index,
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QStringList UiFixture::shownIds(RecordTab *tab)
{
    QStringList ids;
    const QAbstractItemModel *model = tab->table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(records::ListModel::IdRole).toString();
    return ids;
}

void UiFixture::selectId(RecordTab *tab, const QString &id)
{
    tab->selectId(id);
}

void UiFixture::answerNextModal(const QString &buttonText, QString *seen, int timeoutMs)
{
    auto *poll = new QTimer;
    auto *clock = new QElapsedTimer;
    clock->start();
    QObject::connect(poll, &QTimer::timeout, [poll, clock, buttonText, seen, timeoutMs] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal && clock->elapsed() < timeoutMs)
            return;
        poll->stop();
        poll->deleteLater();
        delete clock;
        if (!modal)
            return;
        if (auto *box = qobject_cast<QMessageBox *>(modal); box && seen)
            *seen = box->text();
        for (QAbstractButton *button : modal->findChildren<QAbstractButton *>()) {
            if (button->text().remove(QLatin1Char('&')) == buttonText) {
                button->click();
                return;
            }
        }
        qWarning("answerNextModal: no button \"%s\"", qPrintable(buttonText));
    });
    poll->start(20);
}

void UiFixture::closeDialogs()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<QDialog *>(widget); dialog && dialog->isVisible())
            dialog->done(QDialog::Rejected);
    }
}
