#pragma once

#include "src/mirror/Store.h"
#include "src/mirror/StoreConfig.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

// The two stores every mirror test runs on: a fresh SQLite file in a temporary folder, or a
// fresh database in the private PostgreSQL cluster that CTest's fixture started
// (tests/support/pg-cluster.sh; PAYDESK_TEST_PG names its state folder). Each StoreUnderTest is a
// new, empty place, removed afterwards.
class StoreUnderTest
{
public:
    // Adds a "storeKind" column with the rows "sqlite" and "postgres" to a _data() function.
    static void addRows();
    // The fixture's PostgreSQL, or why there is none (a test run by hand without ctest).
    static bool hasPostgres(QString *why = nullptr);
    // "host=... port=... user=..." of the fixture's cluster, without a database.
    static QString postgresServer();
    static QString postgresPassword();

    explicit StoreUnderTest(const QString &kind, const QString &account = QStringLiteral("acct_test"));
    ~StoreUnderTest();

    // False when this row cannot run here (no PostgreSQL): the test should QSKIP.
    bool isReady() const { return m_ready; }
    QString why() const { return m_why; }
    mirror::Backend backend() const { return m_backend; }
    mirror::StoreConfig config() const { return m_config; }
    QString password() const;
    QString sqlitePath() const { return m_config.sqlitePath; }
    QString folder() const { return m_dir.path(); }

    std::unique_ptr<mirror::Store> open(int schemaVersion = -1, mirror::StoreError *error = nullptr,
                                        const QString &desk = QStringLiteral("test"));

private:
    mirror::Backend m_backend;
    mirror::StoreConfig m_config;
    QTemporaryDir m_dir;
    QString m_database;
    bool m_ready = false;
    QString m_why;
};

// Opens the store of the current row or skips it.
#define OPEN_TEST_STORE(variable)                                                                            \
    QFETCH(QString, storeKind);                                                                              \
    StoreUnderTest variable(storeKind);                                                                      \
    if (!variable.isReady())                                                                                 \
        QSKIP(qPrintable(variable.why()));
