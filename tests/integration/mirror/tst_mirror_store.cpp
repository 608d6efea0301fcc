#include "Objects.h"
#include "StoreUnderTest.h"
#include "TestMain.h"
#include "mirror/Reader.h"
#include "mirror/Schema.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using mirror::AppliedEvent;
using mirror::Change;
using mirror::EventCursor;
using mirror::Filter;
using mirror::Table;

namespace {

QJsonObject stored(mirror::Store &store, records::Kind kind, const QString &id)
{
    mirror::Reader reader(store);
    const auto found = reader.object(kind, id);
    return found ? found->object() : QJsonObject();
}

qint64 countOf(mirror::Store &store, const Filter &filter)
{
    return mirror::Reader(store).count(filter).value_or(-1);
}

Filter kind(records::Kind kind, const QString &text = {})
{
    Filter filter;
    filter.kind = kind;
    filter.text = text;
    return filter;
}

AppliedEvent applied(const QString &id, qint64 version, const QJsonObject &object, bool deleted = false)
{
    AppliedEvent applied;
    applied.id = id;
    applied.version = version;
    applied.created = version >> 20;
    const auto table = mirror::tableForObject(object.value("object").toString());
    applied.change = Change {*table, deleted ? Change::Op::Delete : Change::Op::Upsert,
                             object.value("id").toString(), object, version};
    return applied;
}

} // namespace

// The store under the mirror, on SQLite and on PostgreSQL alike: its schema and migrations, the
// rule that an older state never replaces a newer one, deletions that stay deleted, listings
// that remove what Stripe no longer has, and event pages applied once.
class TestMirrorStore : public QObject
{
    Q_OBJECT

private slots:
    void opensPrivateAndCurrent_data() { StoreUnderTest::addRows(); }
    void opensPrivateAndCurrent();
    void leavesAFolderItDidNotMakeAlone();
    void refusesAnotherAccountsStore_data() { StoreUnderTest::addRows(); }
    void refusesAnotherAccountsStore();
    void refusesANewerSchema_data() { StoreUnderTest::addRows(); }
    void refusesANewerSchema();
    void migratesAnOlderSchema_data() { StoreUnderTest::addRows(); }
    void migratesAnOlderSchema();
    void olderStateNeverReplacesNewer_data() { StoreUnderTest::addRows(); }
    void olderStateNeverReplacesNewer();
    void deletedStaysDeleted_data() { StoreUnderTest::addRows(); }
    void deletedStaysDeleted();
    void listingAgainRemovesWhatIsGone_data() { StoreUnderTest::addRows(); }
    void listingAgainRemovesWhatIsGone();
    void invoiceLinesFollowTheirInvoice_data() { StoreUnderTest::addRows(); }
    void invoiceLinesFollowTheirInvoice();
    void eventsApplyOnceOntoTheirCursor_data() { StoreUnderTest::addRows(); }
    void eventsApplyOnceOntoTheirCursor();
    void ownWritesWinAtOnce_data() { StoreUnderTest::addRows(); }
    void ownWritesWinAtOnce();
    void savedPaymentMethods_data() { StoreUnderTest::addRows(); }
    void savedPaymentMethods();
    void stateSurvivesReopening_data() { StoreUnderTest::addRows(); }
    void stateSurvivesReopening();
};

void TestMirrorStore::opensPrivateAndCurrent()
{
    OPEN_TEST_STORE(place);
    mirror::StoreError error;
    auto store = place.open(-1, &error);
    QVERIFY2(store, qPrintable(error.message));
    QCOMPARE(store->schemaVersion(), mirror::schema::latestVersion);
    QCOMPARE(store->syncState().account, QStringLiteral("acct_test"));
    if (place.backend() == mirror::Backend::Sqlite) {
        const QFileInfo file(place.sqlitePath());
        QCOMPARE(file.permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
                 QFile::ReadOwner | QFile::WriteOwner);
        const QFileInfo folder(file.path());
        QCOMPARE(folder.permissions()
                     & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeGroup | QFile::ExeOther),
                 QFileDevice::Permissions());
        QCOMPARE(store->connection().scalar("PRAGMA journal_mode").toString(), QStringLiteral("wal"));
    } else {
        QVERIFY2(mirror::schema::hasSearchIndex(store->connection()), "pg_trgm's index was not made");
    }
    // A second connection (the UI's, beside the sync's) opens the same store.
    auto second = place.open(-1, &error);
    QVERIFY2(second, qPrintable(error.message));
}

void TestMirrorStore::leavesAFolderItDidNotMakeAlone()
{
    // A file named in a folder that exists (anyone's: /tmp, say) is made 0600; the folder keeps
    // its permissions.
    QTemporaryDir dir;
    const auto shared = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
        | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(dir.path(), shared));
    mirror::StoreError error;
    auto store
        = mirror::Store::open(mirror::StoreConfig::sqlite(dir.filePath("m.sqlite"), "acct_x"), {}, &error);
    QVERIFY2(store, qPrintable(error.message));
    QCOMPARE(QFileInfo(dir.path()).permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
             shared);
    QCOMPARE(QFileInfo(dir.filePath("m.sqlite")).permissions()
                 & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
             QFile::ReadOwner | QFile::WriteOwner);
}

void TestMirrorStore::refusesAnotherAccountsStore()
{
    OPEN_TEST_STORE(place);
    QVERIFY(place.open());
    mirror::StoreConfig other = place.config();
    other.accountId = "acct_other";
    mirror::StoreError error;
    mirror::Store::OpenOptions options;
    options.password = place.password();
    QVERIFY(!mirror::Store::open(other, options, &error));
    QCOMPARE(error.kind, mirror::StoreError::Kind::OtherAccount);
}

void TestMirrorStore::refusesANewerSchema()
{
    OPEN_TEST_STORE(place);
    {
        auto store = place.open();
        QVERIFY(store->connection().exec("INSERT INTO schema_version (version, applied_at) VALUES (99, 0)"));
    }
    mirror::StoreError error;
    QVERIFY(!place.open(-1, &error));
    QCOMPARE(error.kind, mirror::StoreError::Kind::NewerSchema);
    QVERIFY(error.message.contains("newer"));
}

void TestMirrorStore::migratesAnOlderSchema()
{
    OPEN_TEST_STORE(place);
    {
        auto store = place.open(1);
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), 1);
        QVERIFY(store->beginListing({}).ok());
        QVERIFY(store
                    ->applyListedPage(Table::Customers,
                                      {objects::customer("cus_old1", "Grace Hopper", "grace@navy.mil", 100),
                                       objects::customer("cus_old2", "Alan Turing", "alan@bletchley.uk", 90)},
                                      "cus_old2", true)
                    .ok());
    }
    auto store = place.open();
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), mirror::schema::latestVersion);
    // Rows written before search existed are found by it after the migration...
    QCOMPARE(countOf(*store, kind(records::Kind::Customer, "hopper")), 1);
    QCOMPARE(countOf(*store, kind(records::Kind::Customer, "bletchley")), 1);
    // ...and rows written after it too.
    QVERIFY(store->applyObject(objects::customer("cus_new", "Ada Lovelace", "ada@engine.uk", 200)).ok());
    QCOMPARE(countOf(*store, kind(records::Kind::Customer, "lovelace")), 1);
    QCOMPARE(store->connection().scalar("SELECT count(*) FROM schema_version").toInt(),
             mirror::schema::latestVersion);
}

void TestMirrorStore::olderStateNeverReplacesNewer()
{
    OPEN_TEST_STORE(place);
    auto store = place.open();
    QVERIFY(store->beginListing({"evt_anchor", 0, 1000}).ok());
    const qint64 listed = store->syncState().listingVersion;
    QVERIFY(listed >= (qint64(1000) << 20));
    // An event newer than the listing's anchor arrives before the listing reaches the object.
    const EventCursor from = store->syncState().events;
    const qint64 v1 = EventCursor::versionAfter(from.version, 1010);
    QVERIFY(store
                ->applyEvents({applied("evt_1", v1, objects::customer("cus_1", "New Name", "new@x.com", 10))},
                              from, {"evt_1", v1, 1010})
                .ok());
    // The listing's page, fetched before that change, still shows the old name: it loses.
    const auto page = store->applyListedPage(Table::Customers,
                                             {objects::customer("cus_1", "Old Name", "old@x.com", 10),
                                              objects::customer("cus_2", "Other", "o@x.com", 9)},
                                             "cus_2", false);
    QVERIFY(page.ok());
    QCOMPARE(page.written, 1);
    QCOMPARE(stored(*store, records::Kind::Customer, "cus_1").value("name").toString(),
             QStringLiteral("New Name"));
    QCOMPARE(countOf(*store, kind(records::Kind::Customer, "old@x")), 0);
    // An event replayed out of order (older than what is stored) loses too.
    const EventCursor now = store->syncState().events;
    QVERIFY(
        store
            ->applyEvents({applied("evt_0", v1 - 1, objects::customer("cus_1", "Older", "older@x.com", 10))},
                          now, {"evt_0", v1, 1010})
            .ok());
    QCOMPARE(stored(*store, records::Kind::Customer, "cus_1").value("name").toString(),
             QStringLiteral("New Name"));
    QCOMPARE(listed, store->syncState().listingVersion);
}

void TestMirrorStore::deletedStaysDeleted()
{
    OPEN_TEST_STORE(place);
    auto store = place.open();
    QVERIFY(store->beginListing({"evt_anchor", 0, 1000}).ok());
    QVERIFY(store
                ->applyListedPage(Table::Customers, {objects::customer("cus_1", "Gone Soon", "g@x.com", 10)},
                                  "cus_1", false)
                .ok());
    QCOMPARE(countOf(*store, kind(records::Kind::Customer)), 1);
    const EventCursor from = store->syncState().events;
    const qint64 v = EventCursor::versionAfter(from.version, 1001);
    QVERIFY(
        store
            ->applyEvents({applied("evt_d", v, objects::customer("cus_1", "Gone Soon", "g@x.com", 10), true)},
                          from, {"evt_d", v, 1001})
            .ok());
    QCOMPARE(countOf(*store, kind(records::Kind::Customer)), 0);
    QCOMPARE(countOf(*store, kind(records::Kind::Customer, "gone")), 0);
    // A page listed before the deletion cannot bring it back.
    QVERIFY(store
                ->applyListedPage(Table::Customers, {objects::customer("cus_1", "Gone Soon", "g@x.com", 10)},
                                  "cus_1", true)
                .ok());
    QCOMPARE(countOf(*store, kind(records::Kind::Customer)), 0);
}

void TestMirrorStore::listingAgainRemovesWhatIsGone()
{
    OPEN_TEST_STORE(place);
    auto store = place.open();
    const auto begun = store->beginListing({});
    QVERIFY2(begun.ok(), qPrintable(begun.error.message));
    QVERIFY(store
                ->applyListedPage(Table::Customers,
                                  {objects::customer("cus_3", "C", "c@x.com", 3),
                                   objects::customer("cus_2", "B", "b@x.com", 2),
                                   objects::customer("cus_1", "A", "a@x.com", 1)},
                                  "cus_1", true)
                .ok());
    QVERIFY(store->syncState().isListed(Table::Customers));
    // Months later the events are too old: everything is listed again. cus_2 was deleted in
    // the meantime, and the mirror never saw the event.
    QVERIFY(store->beginListing({"evt_late", 0, 5000}).ok());
    QVERIFY(!store->syncState().isListed(Table::Customers));
    QVERIFY(store
                ->applyListedPage(Table::Customers, {objects::customer("cus_3", "C", "c@x.com", 3)}, "cus_3",
                                  false)
                .ok());
    QCOMPARE(countOf(*store, kind(records::Kind::Customer)), 3); // nothing is removed mid-listing
    QVERIFY(store
                ->applyListedPage(Table::Customers, {objects::customer("cus_1", "A", "a@x.com", 1)}, "cus_1",
                                  true)
                .ok());
    QCOMPARE(countOf(*store, kind(records::Kind::Customer)), 2);
    QVERIFY(stored(*store, records::Kind::Customer, "cus_2").isEmpty());
    QCOMPARE(store->syncState().listing.value(Table::Customers).count, 2);
}

void TestMirrorStore::invoiceLinesFollowTheirInvoice()
{
    OPEN_TEST_STORE(place);
    auto store = place.open();
    QVERIFY(store->beginListing({}).ok());
    const QJsonArray firstPage {objects::line("il_1", "in_1", 100, "Widget"),
                                objects::line("il_2", "in_1", 200, "Gadget")};
    QVERIFY(store
                ->applyListedPage(
                    Table::Invoices,
                    {objects::invoice("in_1", "cus_1", "open", 600, 10, 5000, "usd", firstPage, true)},
                    "in_1", true)
                .ok());
    auto state = store->syncState();
    QCOMPARE(state.pendingLines, 1);
    QVERIFY2(!state.isComplete(), "an invoice with lines still to fetch is not complete");
    mirror::Reader reader(*store);
    QCOMPARE(reader.invoiceLines("in_1").size(), 2);
    const auto pending = store->pendingLines(10);
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().after, QStringLiteral("il_2"));

    // The rest, fetched later, comes after the first page in the invoice's order.
    QVERIFY(store
                ->applyInvoiceLines("in_1", pending.first().version,
                                    {objects::line("il_3", "in_1", 300, "Thing")}, true)
                .ok());
    QCOMPARE(store->syncState().pendingLines, 0);
    QStringList order;
    for (const auto &line : reader.invoiceLines("in_1"))
        order << line.id();
    QCOMPARE(order, QStringList({"il_1", "il_2", "il_3"}));

    // The invoice changes: its new first page replaces the lines, and lines fetched for the
    // old state are dropped rather than mixed in.
    const EventCursor from = store->syncState().events;
    const qint64 v = EventCursor::versionAfter(from.version, 2000);
    QVERIFY(store
                ->applyEvents({applied("evt_u", v,
                                       objects::invoice("in_1", "cus_1", "open", 50, 10, 5000, "usd",
                                                        {objects::line("il_9", "in_1", 50, "Only")}, true))},
                              from, {"evt_u", v, 2000})
                .ok());
    QCOMPARE(reader.invoiceLines("in_1").size(), 1);
    QVERIFY(store
                ->applyInvoiceLines("in_1", pending.first().version,
                                    {objects::line("il_3", "in_1", 300, "Thing")}, true)
                .ok());
    QCOMPARE(reader.invoiceLines("in_1").size(), 1);
    QCOMPARE(store->pendingLines(10).first().version, v);
    // Deleting the invoice deletes its lines.
    const EventCursor next = store->syncState().events;
    const qint64 w = EventCursor::versionAfter(next.version, 2001);
    QVERIFY(store
                ->applyEvents({applied("evt_x", w, objects::deleted("in_1", "invoice"), true)}, next,
                              {"evt_x", w, 2001})
                .ok());
    QCOMPARE(reader.invoiceLines("in_1").size(), 0);
    QCOMPARE(store->syncState().pendingLines, 0);
}

void TestMirrorStore::eventsApplyOnceOntoTheirCursor()
{
    OPEN_TEST_STORE(place);
    auto store = place.open();
    // Recent events: the journal forgets those older than Stripe keeps (30 days).
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QVERIFY(store->beginListing({"evt_a", 0, now - 10}).ok());
    const EventCursor from = store->syncState().events;
    const qint64 v = EventCursor::versionAfter(from.version, now);
    const QList<AppliedEvent> page {applied("evt_b", v, objects::customer("cus_1", "One", "1@x.com", 5))};
    const auto first = store->applyEvents(page, from, {"evt_b", v, now});
    QVERIFY(first.ok());
    QVERIFY(first.changed.contains(Table::Customers));
    // A second desk read the same page after the same cursor: the store refuses it.
    const auto again = store->applyEvents(page, from, {"evt_b", v, now});
    QVERIFY(again.conflict);
    QVERIFY(!again.error.isError());
    QCOMPARE(store->connection().scalar("SELECT count(*) FROM applied_events").toInt(), 1);
    QCOMPARE(store->syncState().events.id, QStringLiteral("evt_b"));
    // Events of kinds the mirror does not keep still move the cursor.
    AppliedEvent other;
    other.id = "evt_c";
    other.version = v + 1;
    other.created = now;
    QVERIFY(store->applyEvents({other}, store->syncState().events, {"evt_c", v + 1, now}).ok());
    QCOMPARE(store->syncState().events.version, v + 1);
}

void TestMirrorStore::ownWritesWinAtOnce()
{
    OPEN_TEST_STORE(place);
    auto store = place.open();
    QVERIFY(store->beginListing({"evt_a", 0, 1000}).ok());
    QVERIFY(store
                ->applyListedPage(Table::Customers, {objects::customer("cus_1", "Before", "b@x.com", 5)},
                                  "cus_1", true)
                .ok());
    // Stripe's answer to Paydesk's own update replaces the listed state at once.
    const auto written = store->applyObject(objects::customer("cus_1", "After", "a@x.com", 5));
    QVERIFY(written.ok());
    QCOMPARE(written.changed, QSet<Table>({Table::Customers}));
    QCOMPARE(stored(*store, records::Kind::Customer, "cus_1").value("name").toString(),
             QStringLiteral("After"));
    // The event Stripe recorded for it comes later, newer still, and agrees.
    const EventCursor from = store->syncState().events;
    const qint64 v = EventCursor::versionAfter(from.version, 1001);
    QVERIFY(store
                ->applyEvents({applied("evt_b", v, objects::customer("cus_1", "After", "a@x.com", 5))}, from,
                              {"evt_b", v, 1001})
                .ok());
    QCOMPARE(stored(*store, records::Kind::Customer, "cus_1").value("name").toString(),
             QStringLiteral("After"));
    // A DELETE's answer removes it.
    QVERIFY(store->applyObject(objects::deleted("cus_1", "customer")).ok());
    QCOMPARE(countOf(*store, kind(records::Kind::Customer)), 0);
    // Objects the mirror does not keep are ignored.
    QVERIFY(store->applyObject(QJsonObject {{"id", "txn_1"}, {"object", "balance_transaction"}}).ok());
}

void TestMirrorStore::savedPaymentMethods()
{
    OPEN_TEST_STORE(place);
    auto store = place.open();
    QVERIFY(store->beginListing({}).ok());
    QJsonObject settings {{"default_payment_method", "pm_a"}};
    QVERIFY(store
                ->applyListedPage(Table::Customers,
                                  {objects::customer("cus_card", "Has Card", "h@x.com", 3,
                                                     QJsonObject {{"invoice_settings", settings}}),
                                   objects::customer("cus_none", "No Card", "n@x.com", 2)},
                                  "cus_none", true)
                .ok());
    QVERIFY(
        store->applyListedPage(Table::Charges, {objects::charge("ch_1", "cus_payer", 500, 4)}, "ch_1", true)
            .ok());
    // One request per customer known to have saved payment methods, not per customer.
    QCOMPARE(store->pendingPaymentMethodOwners(10), QStringList({"cus_card", "cus_payer"}));
    QVERIFY(store
                ->applyPaymentMethods("cus_card",
                                      {objects::paymentMethod("pm_a", "cus_card", "1111", 1),
                                       objects::paymentMethod("pm_b", "cus_card", "2222", 2)},
                                      true)
                .ok());
    QCOMPARE(store->pendingPaymentMethodOwners(10), QStringList({"cus_payer"}));
    Filter methods = kind(records::Kind::PaymentMethod);
    methods.customer = "cus_card";
    QCOMPARE(countOf(*store, methods), 2);
    QCOMPARE(countOf(*store, kind(records::Kind::PaymentMethod, "2222")), 1);
    // payment_method.detached: the object comes back without its customer.
    const EventCursor from = store->syncState().events;
    const qint64 v = EventCursor::versionAfter(from.version, 100);
    QVERIFY(store
                ->applyEvents(
                    {applied("evt_det", v, objects::paymentMethod("pm_b", QJsonValue::Null, "2222", 2))},
                    from, {"evt_det", v, 100})
                .ok());
    QCOMPARE(countOf(*store, methods), 1);
}

void TestMirrorStore::stateSurvivesReopening()
{
    OPEN_TEST_STORE(place);
    {
        auto store = place.open();
        QVERIFY(store->beginListing({"evt_a", 0, 1000}).ok());
        QVERIFY(store
                    ->applyListedPage(Table::Invoices, {objects::invoice("in_2", "cus_1", "paid", 100, 20)},
                                      "in_2", false)
                    .ok());
        QVERIFY(store->applyListedPage(Table::Products, {}, "", true).ok());
        QVERIFY(store->markSynced(123456).ok());
    }
    auto store = place.open();
    const auto state = store->syncState();
    QCOMPARE(state.events.id, QStringLiteral("evt_a"));
    QCOMPARE(state.listing.value(Table::Invoices).cursor, QStringLiteral("in_2"));
    QCOMPARE(state.listing.value(Table::Invoices).count, 1);
    QCOMPARE(state.listing.value(Table::Invoices).newest, 20);
    QVERIFY(!state.isListed(Table::Invoices));
    QVERIFY(state.isListed(Table::Products));
    QCOMPARE(state.syncedAtMs, 123456);
    QVERIFY(!state.isComplete());
}

PAYDESK_TEST_GUILESS_MAIN(TestMirrorStore)
#include "tst_mirror_store.moc"
