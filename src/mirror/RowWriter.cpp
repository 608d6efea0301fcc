#include "src/mirror/RowWriter.h"

#include "src/mirror/Connection.h"
#include "src/mirror/LinkedColumns.h"
#include "src/mirror/ObjectColumns.h"
#include "src/mirror/Schema.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace mirror {

namespace {

// Rows per statement: 100 rows of the widest table stay far below both SQLite's (32,766) and
// PostgreSQL's (65,535) limits on parameters.
constexpr int rowsPerStatement = 100;

QString placeholders(int count)
{
    QString text = QStringLiteral("(");
    for (int i = 0; i < count; ++i)
        text += i ? QStringLiteral(", ?") : QStringLiteral("?");
    return text + QLatin1Char(')');
}

} // namespace

RowWriter::RowWriter(Connection &connection, int schemaVersion)
    : m_connection(connection)
    , m_schemaVersion(schemaVersion)
{ }

std::optional<QStringList> RowWriter::upsert(Table table, QList<RowState> rows)
{
    // One statement must not name a row twice (PostgreSQL refuses): keep the newest state.
    QHash<QString, int> seen;
    QList<RowState> unique;
    unique.reserve(rows.size());
    for (RowState &row : rows) {
        if (row.id.isEmpty())
            continue;
        const auto it = seen.constFind(row.id);
        if (it == seen.cend()) {
            seen.insert(row.id, int(unique.size()));
            unique.append(std::move(row));
        } else if (unique[*it].version <= row.version) {
            unique[*it] = std::move(row);
        }
    }
    QStringList written;
    for (qsizetype start = 0; start < unique.size(); start += rowsPerStatement) {
        const auto chunk = withoutDeleted(table, unique.mid(start, rowsPerStatement));
        if (!chunk)
            return std::nullopt;
        if (chunk->isEmpty())
            continue;
        const auto ids = upsertChunk(table, *chunk);
        if (!ids)
            return std::nullopt;
        written += *ids;
    }
    return written;
}

std::optional<QList<RowState>> RowWriter::withoutDeleted(Table table, const QList<RowState> &rows)
{
    QVariantList values {tableName(table)};
    for (const RowState &row : rows)
        values << row.id;
    QSqlQuery &query = m_connection.prepared(
        QStringLiteral("SELECT id, version FROM tombstones WHERE tbl = ? AND id IN %1")
            .arg(placeholders(int(rows.size()))));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return std::nullopt;
    QHash<QString, qint64> deleted;
    while (query.next())
        deleted.insert(query.value(0).toString(), query.value(1).toLongLong());
    query.finish();
    if (deleted.isEmpty())
        return rows;
    QList<RowState> kept;
    for (const RowState &row : rows)
        if (!deleted.contains(row.id) || deleted.value(row.id) <= row.version)
            kept.append(row);
    return kept;
}

std::optional<QStringList> RowWriter::upsertChunk(Table table, const QList<RowState> &rows)
{
    const QList<ColumnSpec> specColumns = columnsAt(table, m_schemaVersion);
    const bool withSearch = m_schemaVersion >= 2; // search came with version 2 (Schema.h)
    const QString name = tableName(table);
    const bool postgres = m_connection.backend() == Backend::Postgres;
    QStringList columns {QStringLiteral("id"), QStringLiteral("created"), QStringLiteral("version")};
    if (postgres)
        columns << QStringLiteral("json");
    for (const ColumnSpec &column : specColumns)
        columns << column.name;
    if (withSearch)
        columns << QStringLiteral("search");
    // What the row keeps from the rows it names is computed by the database from them, with the
    // row's own columns (bound again for each reference) naming them.
    QString row = placeholders(int(columns.size()));
    QList<const ColumnSpec *> linkValues;
    if (m_schemaVersion >= schema::linkedColumnsVersion) {
        const TableSpec &spec = specOf(table);
        QStringList expressions;
        for (const linkedColumns::LinkedColumn &column :
             linkedColumns::columnsAtVersion(table, m_schemaVersion)) {
            columns << column.name;
            expressions << linkedColumns::valueSql(table, column.name, [&](QLatin1String own) {
                linkValues.append(spec.column(QString(own)));
                return QStringLiteral("?");
            });
        }
        if (!expressions.isEmpty())
            row = row.chopped(1) + QStringLiteral(", ") + expressions.join(QStringLiteral(", "))
                + QLatin1Char(')');
    }
    QStringList updates;
    for (qsizetype i = 1; i < columns.size(); ++i)
        updates << QStringLiteral("%1 = excluded.%1").arg(columns.at(i));
    QStringList rowList;
    for (qsizetype i = 0; i < rows.size(); ++i)
        rowList << row;
    // The WHERE makes the version rule the database's: an older state never replaces a newer
    // one, whatever order pages, events and the app's own writes arrive in. RETURNING names
    // the rows actually written (SQLite 3.35+, PostgreSQL).
    const QString sql
        = QStringLiteral("INSERT INTO %1 (%2) VALUES %3 ON CONFLICT (id) DO UPDATE SET %4 "
                         "WHERE %1.version <= excluded.version RETURNING id%5")
              .arg(name, columns.join(QStringLiteral(", ")), rowList.join(QStringLiteral(", ")),
                   updates.join(QStringLiteral(", ")), postgres ? QString() : QStringLiteral(", n"));
    QHash<QString, QString> texts;
    QSqlQuery &query = m_connection.prepared(sql);
    for (const RowState &state : rows) {
        const QString json = QString::fromUtf8(QJsonDocument(state.object).toJson(QJsonDocument::Compact));
        query.addBindValue(state.id);
        query.addBindValue(state.created);
        query.addBindValue(state.version);
        if (postgres)
            query.addBindValue(json);
        else
            texts.insert(state.id, json);
        for (const ColumnSpec &column : specColumns)
            query.addBindValue(column.read ? column.read(state.object) : QVariant(state.position));
        if (withSearch)
            query.addBindValue(searchTextOf(table, state.object));
        for (const ColumnSpec *own : std::as_const(linkValues))
            query.addBindValue(own->read(state.object));
    }
    if (!query.exec())
        return std::nullopt;
    QStringList written;
    QVariantList jsonRows;
    while (query.next()) {
        written << query.value(0).toString();
        if (!postgres)
            jsonRows << query.value(1) << texts.value(written.constLast());
    }
    query.finish();
    if (!jsonRows.isEmpty()) {
        QStringList pairs;
        for (qsizetype i = 0; i < jsonRows.size(); i += 2)
            pairs << QStringLiteral("(?, ?)");
        QSqlQuery &json = m_connection.prepared(
            QStringLiteral(
                "INSERT INTO %1_json (n, json) VALUES %2 ON CONFLICT (n) DO UPDATE SET json = excluded.json")
                .arg(name, pairs.join(QStringLiteral(", "))));
        for (const QVariant &value : std::as_const(jsonRows))
            json.addBindValue(value);
        if (!json.exec())
            return std::nullopt;
        json.finish();
    }
    return written;
}

bool RowWriter::remove(Table table, const QString &id, qint64 version)
{
    const QString name = tableName(table);
    return m_connection.exec(QStringLiteral("DELETE FROM %1 WHERE id = ? AND version <= ?").arg(name),
                             {id, version})
        && m_connection.exec(QStringLiteral("INSERT INTO tombstones (tbl, id, version) VALUES (?, ?, ?) "
                                            "ON CONFLICT (tbl, id) DO UPDATE SET version = excluded.version "
                                            "WHERE tombstones.version < excluded.version"),
                             {name, id, version});
}

} // namespace mirror
