// Store's writes: each function is one transaction that leaves rows and sync state in step.

#include "mirror/ObjectColumns.h"
#include "mirror/RowWriter.h"
#include "mirror/Schema.h"
#include "mirror/Store.h"

#include "records/Json.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlQuery>

namespace mirror {

namespace json = records::json;

// The parts of a write that every function shares; a friend of Store.
class StoreWriter
{
public:
    explicit StoreWriter(Store &store)
        : m_store(store)
        , m_connection(*store.m_connection)
        , m_rows(m_connection, store.schemaVersion() >= 2)
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
        for (const RowState &invoice : invoices) {
            const QJsonObject lines = json::object(invoice.object, u"lines");
            const QJsonArray data = lines.value(QLatin1String("data")).toArray();
            exec(QStringLiteral("DELETE FROM invoice_lines WHERE invoice = ?"), {invoice.id});
            QList<RowState> rows;
            for (qsizetype i = 0; i < data.size(); ++i) {
                QJsonObject line = data.at(i).toObject();
                if (!line.contains(QLatin1String("invoice")) || line.value(QLatin1String("invoice")).isNull())
                    line.insert(QStringLiteral("invoice"), invoice.id);
                rows.append({json::string(line, u"id"), invoice.created, invoice.version, line, i});
            }
            if (!rows.isEmpty() && ok() && !m_rows.upsert(Table::InvoiceLines, rows))
                fail();
            m_result.changed.insert(Table::InvoiceLines);
            if (lines.value(QLatin1String("has_more")).toBool() && !rows.isEmpty())
                exec(QStringLiteral("INSERT INTO pending_lines (invoice, after, version) VALUES (?, ?, ?) "
                                    "ON CONFLICT (invoice) DO UPDATE SET after = excluded.after, "
                                    "version = excluded.version"),
                     {invoice.id, rows.constLast().id, invoice.version});
            else
                exec(QStringLiteral("DELETE FROM pending_lines WHERE invoice = ?"), {invoice.id});
        }
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
        for (const QString &customer : std::as_const(owners))
            exec(QStringLiteral("INSERT INTO payment_method_owners (customer, listed_version) VALUES (?, 0) "
                                "ON CONFLICT (customer) DO NOTHING"),
                 {customer});
    }

    Store &m_store;
    Connection &m_connection;
    RowWriter m_rows;
    WriteResult m_result;
};

WriteResult Store::beginListing(const EventCursor &anchor)
{
    StoreWriter writer(*this);
    if (!writer.begin())
        return writer.result();
    const qint64 previous = std::max(writer.state(QStringLiteral("events.version")).toLongLong(),
                                     writer.state(QStringLiteral("listing.version")).toLongLong());
    // Newer than every row already there: the listing replaces them all, and what it does not
    // see again is removed when each table's listing ends.
    const qint64 version
        = anchor.id.isEmpty() ? previous + 1 : EventCursor::versionAfter(previous, anchor.created);
    writer.exec(QStringLiteral("DELETE FROM sync_state WHERE key LIKE 'listing.%'"));
    writer.setState(QStringLiteral("listing.version"), version);
    writer.setState(QStringLiteral("listing.started"), QDateTime::currentMSecsSinceEpoch());
    writer.setState(QStringLiteral("events.id"), anchor.id);
    writer.setState(QStringLiteral("events.version"), version);
    writer.setState(QStringLiteral("events.created"), anchor.created);
    writer.setState(QStringLiteral("events.from_start"), anchor.id.isEmpty() ? 1 : 0);
    // Customers whose payment methods the mirror has are asked again.
    writer.exec(QStringLiteral("INSERT INTO payment_method_owners (customer, listed_version) "
                               "SELECT DISTINCT customer, 0 FROM payment_methods WHERE customer IS NOT NULL "
                               "ON CONFLICT (customer) DO NOTHING"));
    return writer.commit();
}

WriteResult Store::applyListedPage(Table table, const QList<QJsonObject> &objects, const QString &cursor,
                                   bool last)
{
    StoreWriter writer(*this);
    if (!writer.begin())
        return writer.result();
    const QString prefix = QStringLiteral("listing.%1.").arg(tableName(table));
    const qint64 restarted = writer.state(prefix + QStringLiteral("version")).toLongLong();
    const qint64 version
        = restarted > 0 ? restarted : writer.state(QStringLiteral("listing.version")).toLongLong();
    if (version <= 0) {
        writer.result().error = {StoreError::Kind::Failed, QStringLiteral("no listing has begun")};
        return writer.rollback();
    }
    QList<RowState> rows;
    rows.reserve(objects.size());
    for (const QJsonObject &object : objects)
        rows.append(StoreWriter::rowOf(table, object, version));
    writer.upsert(table, rows);

    const qint64 count = writer.state(prefix + QStringLiteral("count")).toLongLong() + objects.size();
    writer.setState(prefix + QStringLiteral("count"), count);
    writer.setState(prefix + QStringLiteral("cursor"), cursor);
    if (!objects.isEmpty()) {
        if (writer.state(prefix + QStringLiteral("newest")).isEmpty())
            writer.setState(prefix + QStringLiteral("newest"), createdOf(table, objects.constFirst()));
        writer.setState(prefix + QStringLiteral("reached"), createdOf(table, objects.constLast()));
    }
    if (last) {
        // What this listing did not see (and no event touched since it began) is gone from
        // Stripe.
        const QString name = tableName(table);
        writer.exec(QStringLiteral("DELETE FROM %1 WHERE version < ?").arg(name), {version});
        if (table == Table::Invoices) {
            writer.exec(
                QStringLiteral("DELETE FROM invoice_lines WHERE invoice NOT IN (SELECT id FROM invoices)"));
            writer.exec(
                QStringLiteral("DELETE FROM pending_lines WHERE invoice NOT IN (SELECT id FROM invoices)"));
        }
        writer.setState(prefix + QStringLiteral("done"), 1);
        writer.result().changed.insert(table);
    }
    return writer.commit();
}

WriteResult Store::restartTableListing(Table table)
{
    StoreWriter writer(*this);
    if (!writer.begin())
        return writer.result();
    const QString prefix = QStringLiteral("listing.%1.").arg(tableName(table));
    writer.exec(QStringLiteral("DELETE FROM sync_state WHERE key IN (?, ?, ?, ?)"),
                {prefix + QStringLiteral("cursor"), prefix + QStringLiteral("count"),
                 prefix + QStringLiteral("newest"), prefix + QStringLiteral("reached")});
    // The table's rows are listed again at a version newer than any they have, so that those
    // this listing does not see again are removed when it ends. The pages listed from now on
    // are newer than every event applied so far, so they may take the version past them; the
    // event cursor moves with it (a follower reading from the old one re-reads it).
    const qint64 version = std::max(writer.state(QStringLiteral("events.version")).toLongLong(),
                                    writer.state(QStringLiteral("listing.version")).toLongLong())
        + 1;
    writer.setState(prefix + QStringLiteral("version"), version);
    writer.setState(QStringLiteral("events.version"), version);
    return writer.commit();
}

WriteResult Store::applyInvoiceLines(const QString &invoice, qint64 version, const QList<QJsonObject> &lines,
                                     bool last)
{
    StoreWriter writer(*this);
    if (!writer.begin())
        return writer.result();
    const QVariant pending
        = writer.scalar(QStringLiteral("SELECT version FROM pending_lines WHERE invoice = ?"), {invoice});
    const QVariant current
        = writer.scalar(QStringLiteral("SELECT version FROM invoices WHERE id = ?"), {invoice});
    if (!writer.ok())
        return writer.commit();
    if (!pending.isValid() || pending.toLongLong() != version)
        return writer.rollback(); // a newer state of the invoice asked for its own lines
    if (!current.isValid() || current.toLongLong() != version) {
        writer.exec(QStringLiteral("DELETE FROM pending_lines WHERE invoice = ?"), {invoice});
        return writer.commit();
    }
    const qint64 created
        = writer.scalar(QStringLiteral("SELECT created FROM invoices WHERE id = ?"), {invoice}).toLongLong();
    qint64 position
        = writer
              .scalar(QStringLiteral(
                          "SELECT COALESCE(MAX(position) + 1, 0) FROM invoice_lines WHERE invoice = ?"),
                      {invoice})
              .toLongLong();
    QList<RowState> rows;
    for (QJsonObject line : lines) {
        if (line.value(QLatin1String("invoice")).toString().isEmpty())
            line.insert(QStringLiteral("invoice"), invoice);
        rows.append({json::string(line, u"id"), created, version, line, position++});
    }
    if (!rows.isEmpty() && writer.ok()) {
        if (writer.rows().upsert(Table::InvoiceLines, rows)) {
            writer.result().changed.insert(Table::InvoiceLines);
            writer.result().written += int(rows.size());
        } else {
            writer.fail();
        }
    }
    if (last || rows.isEmpty())
        writer.exec(QStringLiteral("DELETE FROM pending_lines WHERE invoice = ?"), {invoice});
    else
        writer.exec(QStringLiteral("UPDATE pending_lines SET after = ? WHERE invoice = ?"),
                    {rows.constLast().id, invoice});
    return writer.commit();
}

WriteResult Store::applyPaymentMethods(const QString &customer, const QList<QJsonObject> &methods, bool last)
{
    StoreWriter writer(*this);
    if (!writer.begin())
        return writer.result();
    const qint64 version = writer.state(QStringLiteral("listing.version")).toLongLong();
    QList<RowState> rows;
    for (const QJsonObject &method : methods)
        if (json::id(method, u"customer") == customer)
            rows.append(StoreWriter::rowOf(Table::PaymentMethods, method, version));
    writer.upsert(Table::PaymentMethods, rows);
    if (last) {
        // The customer's saved payment methods that this listing did not see were detached.
        writer.exec(QStringLiteral("DELETE FROM payment_methods WHERE customer = ? AND version < ?"),
                    {customer, version});
        writer.exec(QStringLiteral("UPDATE payment_method_owners SET listed_version = ? WHERE customer = ?"),
                    {version, customer});
        writer.result().changed.insert(Table::PaymentMethods);
    }
    return writer.commit();
}

WriteResult Store::applyEvents(const QList<AppliedEvent> &events, const EventCursor &from,
                               const EventCursor &to)
{
    StoreWriter writer(*this);
    if (!writer.begin())
        return writer.result();
    // The compare-and-set that keeps two desks from applying one event twice: the events are
    // applied only onto the cursor they were read after.
    if (writer.state(QStringLiteral("events.id")) != from.id
        || writer.state(QStringLiteral("events.version")).toLongLong() != from.version)
        return writer.ok() ? writer.rollback(true) : writer.commit();
    for (const AppliedEvent &event : events) {
        if (event.change)
            writer.apply(*event.change);
        writer.exec(
            QStringLiteral("INSERT INTO applied_events (id, version, created, desk) VALUES (?, ?, ?, ?)"),
            {event.id, event.version, event.created, writer.desk()});
    }
    writer.setState(QStringLiteral("events.id"), to.id);
    writer.setState(QStringLiteral("events.version"), to.version);
    writer.setState(QStringLiteral("events.created"), to.created);
    // Stripe keeps events 30 days: the journal need not remember longer.
    writer.exec(QStringLiteral("DELETE FROM applied_events WHERE created < ?"),
                {QDateTime::currentSecsSinceEpoch() - 31 * 86400});
    return writer.commit();
}

WriteResult Store::markSynced(qint64 whenMs)
{
    StoreWriter writer(*this);
    if (!writer.begin())
        return writer.result();
    writer.setState(QStringLiteral("synced_at"), whenMs);
    return writer.commit();
}

WriteResult Store::applyObject(const QJsonObject &object)
{
    const auto table = tableForObject(json::string(object, u"object"));
    const QString id = json::string(object, u"id");
    if (!table || id.isEmpty() || *table == Table::InvoiceLines)
        return {};
    StoreWriter writer(*this);
    if (!writer.begin())
        return writer.result();
    const qint64 version = std::max<qint64>(1, writer.state(QStringLiteral("events.version")).toLongLong());
    Change change {*table, json::boolean(object, u"deleted") ? Change::Op::Delete : Change::Op::Upsert, id,
                   object, version};
    writer.apply(change);
    return writer.commit();
}

} // namespace mirror
