// Store's writes of the listing's pages: a table's list, an invoice's further lines, a
// customer's saved payment methods; one page or several in one transaction.

#include "src/mirror/StoreWriter.h"

namespace mirror {

namespace {

void listPage(StoreWriter &writer, Table table, const QList<QJsonObject> &objects, const QString &cursor,
              bool last)
{
    const QString prefix = QStringLiteral("listing.%1.").arg(tableName(table));
    // A table listed again from the top has a version of its own (Store::restartTableListing).
    const qint64 restarted = writer.state(prefix + QStringLiteral("version")).toLongLong();
    const qint64 version
        = restarted > 0 ? restarted : writer.state(QStringLiteral("listing.version")).toLongLong();
    if (!writer.ok())
        return;
    if (version <= 0) {
        writer.result().error = {StoreError::Kind::Failed, QStringLiteral("no listing has begun")};
        return;
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
        writer.exec(QStringLiteral("DELETE FROM %1 WHERE version < ?").arg(tableName(table)), {version});
        if (table == Table::Invoices) {
            // NOT EXISTS, not NOT IN: PostgreSQL plans NOT IN over a subquery whose ids outgrow
            // its working memory as one scan of every invoice per line (seen running for over
            // ten minutes at 400,000 invoices); NOT EXISTS is an anti-join on both stores. A line
            // always names its invoice, so the two agree.
            for (const QLatin1String lines : {QLatin1String("invoice_lines"), QLatin1String("pending_lines")})
                writer.exec(QStringLiteral("DELETE FROM %1 WHERE invoice IS NOT NULL AND NOT EXISTS "
                                           "(SELECT 1 FROM invoices WHERE invoices.id = %1.invoice)")
                                .arg(lines));
        }
        writer.setState(prefix + QStringLiteral("done"), 1);
        writer.result().changed.insert(table);
        // Now that the table holds the account, SQLite's planner gets statistics to choose its
        // indexes by. Read in full (about two seconds for 400,000 invoices, on the store's
        // thread): a sample of a thousand rows per index counted about a thousand invoices per
        // status, so "open invoices by amount due" sorted all 100,000 open ones instead of
        // reading the amount's index. PostgreSQL's autovacuum does this by itself.
        if (writer.connection().backend() == Backend::Sqlite) {
            writer.exec(QStringLiteral("PRAGMA analysis_limit = 0"));
            writer.exec(QStringLiteral("ANALYZE %1").arg(tableName(table)));
        }
    }
}

void linesPage(StoreWriter &writer, const QString &invoice, qint64 version, const QList<QJsonObject> &lines,
               bool last)
{
    const QVariant pending
        = writer.scalar(QStringLiteral("SELECT version FROM pending_lines WHERE invoice = ?"), {invoice});
    const QVariant current
        = writer.scalar(QStringLiteral("SELECT version FROM invoices WHERE id = ?"), {invoice});
    if (!writer.ok() || !pending.isValid() || pending.toLongLong() != version)
        return; // a newer state of the invoice asked for its own lines
    if (!current.isValid() || current.toLongLong() != version) {
        writer.exec(QStringLiteral("DELETE FROM pending_lines WHERE invoice = ?"), {invoice});
        return;
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
}

void methodsPage(StoreWriter &writer, const QString &customer, const QList<QJsonObject> &methods, bool last)
{
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
}

void apply(StoreWriter &writer, const ListedPage &page)
{
    switch (page.kind) {
    case ListedPage::Kind::List:
        listPage(writer, page.table, page.objects, page.cursor, page.last);
        return;
    case ListedPage::Kind::Lines:
        linesPage(writer, page.owner, page.version, page.objects, page.last);
        return;
    case ListedPage::Kind::PaymentMethods:
        methodsPage(writer, page.owner, page.objects, page.last);
        return;
    }
}

} // namespace

WriteResult Store::applyPages(const QList<ListedPage> &pages)
{
    StoreWriter writer(*this);
    if (!writer.begin())
        return writer.result();
    for (const ListedPage &page : pages)
        apply(writer, page);
    return writer.commit();
}

WriteResult Store::applyListedPage(Table table, const QList<QJsonObject> &objects, const QString &cursor,
                                   bool last)
{
    ListedPage page;
    page.table = table;
    page.objects = objects;
    page.cursor = cursor;
    page.last = last;
    return applyPages({page});
}

WriteResult Store::applyInvoiceLines(const QString &invoice, qint64 version, const QList<QJsonObject> &lines,
                                     bool last)
{
    ListedPage page;
    page.kind = ListedPage::Kind::Lines;
    page.table = Table::InvoiceLines;
    page.owner = invoice;
    page.version = version;
    page.objects = lines;
    page.last = last;
    return applyPages({page});
}

WriteResult Store::applyPaymentMethods(const QString &customer, const QList<QJsonObject> &methods, bool last)
{
    ListedPage page;
    page.kind = ListedPage::Kind::PaymentMethods;
    page.table = Table::PaymentMethods;
    page.owner = customer;
    page.objects = methods;
    page.last = last;
    return applyPages({page});
}

} // namespace mirror
