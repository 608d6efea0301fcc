#pragma once

#include "src/mirror/Table.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace mirror {

class Connection;

// One object about to become a row.
struct RowState
{
    QString id;
    qint64 created = 0;
    qint64 version = 0;
    QJsonObject object;
    qint64 position = -1; // invoice lines: the order on the invoice
};

// Writes rows of one table inside the caller's transaction: many rows per statement (one
// round trip per hundred objects, not per object), each only if it is not older than the row
// it replaces or than the object's deletion.
class RowWriter
{
public:
    // Writes the columns a store at this schema version has.
    RowWriter(Connection &connection, int schemaVersion);

    // The ids actually written, or nothing when the database failed.
    std::optional<QStringList> upsert(Table table, QList<RowState> rows);
    // Deletes the row if version is not older than it, and remembers the deletion.
    bool remove(Table table, const QString &id, qint64 version);

private:
    std::optional<QStringList> upsertChunk(Table table, const QList<RowState> &rows);
    // Drops the rows whose object was deleted at a newer version.
    std::optional<QList<RowState>> withoutDeleted(Table table, const QList<RowState> &rows);

    Connection &m_connection;
    int m_schemaVersion;
};

} // namespace mirror
