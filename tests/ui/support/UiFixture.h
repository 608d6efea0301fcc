#pragma once

#include "src/accounts/KeyVault.h"
#include "src/mirror/AccountMirror.h"
#include "src/records/ListModel.h"
#include "src/sandbox/EmbeddedServer.h"
#include "src/sandbox/Options.h"
#include "src/sandbox/Server.h"
#include "src/stripe/Client.h"
#include "src/writes/WriteJournal.h"
#include "tests/support/ScriptedKeychainBackend.h"
#include "ui/MainWindow.h"
#include "ui/records/RecordTab.h"

#include <QApplication>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

// What every UI test starts from, like KeePassXC's GuiTestBase: a sandbox on its own thread, a
// client and a journal for it, and the real main window on that account; plus the moves a
// person makes — wait for rows, select one, find the dialog that opened, press its button.
class UiFixture
{
public:
    explicit UiFixture(const sandbox::Options &options = {});
    ~UiFixture();

    // Opens the window on the sandbox, shown as this mode.
    MainWindow *open(accounts::Mode mode = accounts::Mode::Sandbox);
    // The same with another of the sandbox's keys (sandbox::keys: restricted, read-only...).
    MainWindow *open(accounts::Mode mode, const QString &key);
    // The same with the account's mirror as the app runs it: an AccountMirror on dataDir()/data
    // (reading Stripe's events every pollMs), its team password from a scripted keychain, the
    // window's Overview and status bar on it, and the window's writes going into it.
    MainWindow *openWithMirror(accounts::Mode mode = accounts::Mode::Sandbox, int pollMs = 1000);
    // The next openWithMirror keeps the account's copy on this team database (a PostgreSQL
    // connection without its password, which goes into the scripted keychain, as Team
    // database… saves them); an empty connection: the desk's own file again. The sandbox has no
    // team database (it is no Stripe account): open in test mode.
    void useTeamDatabase(const QString &connection, const QString &password);
    mirror::AccountMirror *mirror() const { return m_mirror.get(); }
    ScriptedKeychainBackend::State &keychain() { return *m_keychain; }
    // Waits until the mirror is complete and has caught up with Stripe's events.
    bool waitForMirror(int timeoutMs = 30000);
    MainWindow *window() const { return m_window.get(); }
    stripe::Client *client() const { return m_client.get(); }
    writes::WriteJournal *journal() const { return m_journal.get(); }
    sandbox::EmbeddedServer &sandbox() { return m_sandbox; }
    QUrl url() const { return m_sandbox.url(); }
    QString dataDir() const { return m_dir.path(); }

    // Runs on the sandbox's thread, with its store.
    void inStore(const std::function<void(sandbox::Store &)> &function);
    QJsonObject object(const QString &id);
    int count(const QString &collection, const std::function<bool(const QJsonObject &)> &keep = {});
    // Every object of the collection the sandbox has not deleted, in the order it made them.
    QList<QJsonObject> all(const QString &collection);
    // The most recently created object of the collection that keep accepts (any, without keep).
    QJsonObject newest(const QString &collection, const std::function<bool(const QJsonObject &)> &keep = {});

    static bool waitForRows(RecordTab *tab, int atLeast, int timeoutMs = 15000);
    static bool waitForState(RecordTab *tab, records::ListModel::State state, int timeoutMs = 15000);
    static void selectRow(RecordTab *tab, int row);
    // The ids of the rows the table shows, top to bottom (sorted as it shows them).
    static QStringList shownIds(RecordTab *tab);
    static void selectId(RecordTab *tab, const QString &id);
    // The visible top-level widget of type T that appears within the time (a dialog).
    template<typename T>
    static T *waitForWindow(int timeoutMs = 5000)
    {
        T *found = nullptr;
        (void)QTest::qWaitFor(
            [&found] {
                for (QWidget *widget : QApplication::topLevelWidgets())
                    if (auto *candidate = qobject_cast<T *>(widget); candidate && candidate->isVisible())
                        found = candidate;
                return found != nullptr;
            },
            timeoutMs);
        return found;
    }
    // Attaches Qt's model tester to every list model under root (records::ListModel,
    // writes::JournalModel) not yet watched: a row inserted, a reset or a fetchMore that breaks
    // QAbstractItemModel's rules fails the test that caused it. open() does it for the window.
    static void watchModels(QObject *root);
    // Closes every message box and dialog a test left open.
    static void closeDialogs();
    // Presses the button labelled `buttonText` on the next modal dialog to appear: message
    // boxes run their own event loop, so the answer has to be scheduled before they open.
    // `seen` (optional) receives the dialog's text.
    static void answerNextModal(const QString &buttonText, QString *seen = nullptr, int timeoutMs = 10000);

private:
    MainWindow *openWindow(accounts::Mode mode, const QString &key, bool withMirror);
    void makeAccountMirror();

    QTemporaryDir m_dir;
    sandbox::EmbeddedServer m_sandbox;
    std::unique_ptr<stripe::Client> m_client;
    std::unique_ptr<writes::WriteJournal> m_journal;
    std::shared_ptr<ScriptedKeychainBackend::State> m_keychain;
    std::unique_ptr<accounts::KeyVault> m_vault;
    std::unique_ptr<mirror::AccountMirror> m_mirror;
    std::unique_ptr<MainWindow> m_window;
};
