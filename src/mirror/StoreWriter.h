#pragma once

// Inside the store: what every write shares (a transaction, the sync state, rows with what hangs
// off them). Not for the UI.

#include "src/mirror/ObjectColumns.h"
#include "src/mirror/RowWriter.h"
#include "src/mirror/Store.h"

#include "src/objects/Json.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace mirror {

namespace json = objects::json;

// The parts of a write that every function shares; a friend of Store.
class StoreWriter
{
public:
    explicit StoreWriter(Store &store)
        : m_store(store)
        , m_connection(*store.m_connection)
        , m_rows(m_connection, store.schemaVersion())
    { }

    bool begin()
    {
        // IMMEDIATE: take SQLite's write lock now, so the state read below cannot change
        // before this transaction writes.
        if (m_connection.exec(m_connection.backend() == Backend::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                                                        : QStringLiteral("BEGIN")))
            return true;
        fail();
        return false;
    }

    WriteResult commit()
    {
        // Readers on a team store hear of the change when it commits (LISTEN paydesk_mirror).
        if (!m_result.error.isError() && !m_result.changed.isEmpty()
            && m_connection.backend() == Backend::Postgres) {
            QStringList tables;
            for (const Table table : std::as_const(m_result.changed))
                tables << tableName(table);
            tables.sort();
            exec(QStringLiteral("SELECT pg_notify('paydesk_mirror', ?)"), {tables.join(QLatin1Char(','))});
        }
        if (!m_result.error.isError() && !m_connection.exec(QStringLiteral("COMMIT")))
            fail();
        if (m_result.error.isError()) {
            m_connection.exec(QStringLiteral("ROLLBACK"));
            m_result.changed.clear();
            m_result.written = 0;
        }
        return m_result;
    }

    WriteResult rollback(bool conflict = false)
    {
        m_connection.exec(QStringLiteral("ROLLBACK"));
        m_result.conflict = conflict;
        m_result.changed.clear();
        m_result.written = 0;
        return m_result;
    }

    bool fail()
    {
        const QSqlError error = m_connection.lastError();
        const StoreError::Kind kind = m_connection.classify(error);
        m_result.error = {kind == StoreError::Kind::None ? StoreError::Kind::Failed : kind,
                          m_connection.lastErrorText()};
        return false;
    }
    bool ok() const { return !m_result.error.isError(); }

    bool exec(const QString &sql, const QVariantList &values = {})
    {
        return ok() && (m_connection.exec(sql, values) || fail());
    }
    QVariant scalar(const QString &sql, const QVariantList &values = {})
    {
        if (!ok())
            return {};
        const QVariant value = m_connection.scalar(sql, values);
        if (!value.isValid() && m_connection.lastError().type() != QSqlError::NoError)
            fail();
        return value;
    }

    QString state(const QString &key)
    {
        // FOR UPDATE: a second desk's transaction waits here until this one ends, then reads
        // what this one wrote (PostgreSQL; SQLite's IMMEDIATE already serialises writers).
        const QString lock
            = m_connection.backend() == Backend::Postgres ? QStringLiteral(" FOR UPDATE") : QString();
        return scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = ?") + lock, {key}).toString();
    }
    void setState(const QString &key, const QVariant &value)
    {
        QString text = value.toString();
        if (text.isNull())
            text = QLatin1String(""); // a null QString would be bound as SQL NULL
        exec(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
             {key, text});
    }

    // Upserts objects of one table at their versions, with what hangs off them: an invoice's
    // lines, and the customers to ask for saved payment methods.
    void upsert(Table table, QList<RowState> rows)
    {
        if (!ok() || rows.isEmpty())
            return;
        const auto written = m_rows.upsert(table, rows);
        if (!written) {
            fail();
            return;
        }
        if (written->isEmpty())
            return;
        m_result.written += int(written->size());
        m_result.changed.insert(table);
        const QSet<QString> writtenIds(written->cbegin(), written->cend());
        QList<RowState> accepted;
        for (RowState &row : rows)
            if (writtenIds.contains(row.id))
                accepted.append(std::move(row));
        if (table == Table::Invoices)
            replaceLines(accepted);
        noteOwners(table, accepted);
    }

    void remove(Table table, const QString &id, qint64 version)
    {
        if (!ok())
            return;
        if (!m_rows.remove(table, id, version)) {
            fail();
            return;
        }
        m_result.written += 1;
        m_result.changed.insert(table);
        if (table == Table::Invoices) {
            exec(QStringLiteral("DELETE FROM invoice_lines WHERE invoice = ?"), {id});
            exec(QStringLiteral("DELETE FROM pending_lines WHERE invoice = ?"), {id});
            m_result.changed.insert(Table::InvoiceLines);
        } else if (table == Table::Customers) {
            // Deleting a customer takes its saved payment methods with it.
            exec(QStringLiteral("DELETE FROM payment_methods WHERE customer = ?"), {id});
            exec(QStringLiteral("DELETE FROM payment_method_owners WHERE customer = ?"), {id});
            m_result.changed.insert(Table::PaymentMethods);
        }
    }

    void apply(const Change &change)
    {
        if (change.op == Change::Op::Delete) {
            remove(change.table, change.id, change.version);
            return;
        }
        // A payment method detached from its customer is no longer anyone's saved one.
        if (change.table == Table::PaymentMethods && json::id(change.object, u"customer").isEmpty()) {
            remove(change.table, change.id, change.version);
            return;
        }
        upsert(change.table, {rowOf(change.table, change.object, change.version)});
    }

    static RowState rowOf(Table table, const QJsonObject &object, qint64 version)
    {
        return {json::string(object, u"id"), createdOf(table, object), version, object};
    }

    WriteResult &result() { return m_result; }
    Connection &connection() { return m_connection; }
    RowWriter &rows() { return m_rows; }
    const QString &desk() const { return m_store.m_desk; }

private:
    // An invoice carries the first page of its lines: they replace what the mirror had, and
    // when there are more, the rest is fetched later (pending_lines).
    void replaceLines(const QList<RowState> &invoices)
    {
        // A handful of statements for the whole page, not a few per invoice.
        QStringList ids;
        QList<RowState> rows;
        QVariantList pending;
        for (const RowState &invoice : invoices) {
            ids << invoice.id;
            const QJsonObject lines = json::object(invoice.object, u"lines");
            const QJsonArray data = lines.value(QLatin1String("data")).toArray();
            for (qsizetype i = 0; i < data.size(); ++i) {
                QJsonObject line = data.at(i).toObject();
                if (!line.contains(QLatin1String("invoice")) || line.value(QLatin1String("invoice")).isNull())
                    line.insert(QStringLiteral("invoice"), invoice.id);
                rows.append({json::string(line, u"id"), invoice.created, invoice.version, line, i});
            }
            if (lines.value(QLatin1String("has_more")).toBool() && !data.isEmpty())
                pending << invoice.id << json::string(data.last().toObject(), u"id") << invoice.version;
        }
        if (ids.isEmpty())
            return;
        execFor(QStringLiteral("DELETE FROM invoice_lines WHERE invoice IN %1"), ids);
        execFor(QStringLiteral("DELETE FROM pending_lines WHERE invoice IN %1"), ids);
        if (!rows.isEmpty() && ok() && !m_rows.upsert(Table::InvoiceLines, rows))
            fail();
        m_result.changed.insert(Table::InvoiceLines);
        if (!pending.isEmpty())
            exec(QStringLiteral("INSERT INTO pending_lines (invoice, after, version) VALUES %1")
                     .arg(tuples(int(pending.size() / 3), 3)),
                 pending);
    }

    // Customers whose saved payment methods are worth one request each: those with a default
    // payment method or source, and those who paid with a payment method. (Stripe has no
    // account-wide list of saved payment methods; see Backfill.h.)
    void noteOwners(Table table, const QList<RowState> &rows)
    {
        QSet<QString> owners;
        for (const RowState &row : rows) {
            const QJsonObject &o = row.object;
            if (table == Table::Customers) {
                if (!json::id(o, u"invoice_settings.default_payment_method").isEmpty()
                    || !json::id(o, u"default_source").isEmpty())
                    owners.insert(row.id);
            } else if (table == Table::Charges || table == Table::PaymentIntents) {
                const QString customer = json::id(o, u"customer");
                if (!customer.isEmpty() && !json::id(o, u"payment_method").isEmpty())
                    owners.insert(customer);
            }
        }
        if (owners.isEmpty())
            return;
        QVariantList values;
        for (const QString &customer : std::as_const(owners))
            values << customer;
        exec(QStringLiteral("INSERT INTO payment_method_owners (customer, listed_version) VALUES %1 "
                            "ON CONFLICT (customer) DO NOTHING")
                 .arg(tuples(int(values.size()), 1, QStringLiteral("0"))),
             values);
    }

    // "(?, ?, ?), (?, ?, ?)": count tuples of width placeholders, each followed by `extra`.
    static QString tuples(int count, int width, const QString &extra = {})
    {
        QStringList one;
        for (int i = 0; i < width; ++i)
            one << QStringLiteral("?");
        if (!extra.isEmpty())
            one << extra;
        const QString tuple = QLatin1Char('(') + one.join(QStringLiteral(", ")) + QLatin1Char(')');
        QStringList all;
        for (int i = 0; i < count; ++i)
            all << tuple;
        return all.join(QStringLiteral(", "));
    }

    // Runs sql, whose %1 is an IN list, for the ids, 500 at a time.
    void execFor(const QString &sql, const QStringList &ids)
    {
        for (qsizetype start = 0; start < ids.size() && ok(); start += 500) {
            const QStringList chunk = ids.mid(start, 500);
            QVariantList values;
            for (const QString &id : chunk)
                values << id;
            exec(sql.arg(tuples(1, int(chunk.size()))), values);
        }
    }

    Store &m_store;
    Connection &m_connection;
    RowWriter m_rows;
    WriteResult m_result;
};

} // namespace mirror
