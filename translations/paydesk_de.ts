<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Only writes that did not finish</source>
        <translation>Nur Schreibvorgänge, die nicht abgeschlossen wurden</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Retry safely…</source>
        <translation>Sicher &amp;wiederholen…</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Filter the writes</source>
        <translation>Schreibvorgänge filtern</translation>
    </message>
    <message>
        <source>Filter by any text: operation, object, request id, person…</source>
        <translation>Nach beliebigem Text filtern: Vorgang, Objekt, Anfrage-ID, Person…</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>Schreibvorgänge</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Reading the history of writes…</source>
        <translation>Verlauf der Schreibvorgänge wird gelesen…</translation>
    </message>
    <message>
        <source>Activity status</source>
        <translation>Status der Aktivität</translation>
    </message>
    <message>
        <source>1 write did not finish: Paydesk never heard whether Stripe performed it.</source>
        <translation>1 Schreibvorgang wurde nicht abgeschlossen: Paydesk hat nie erfahren, ob Stripe ihn ausgeführt hat.</translation>
    </message>
    <message>
        <source>%1 writes did not finish: Paydesk never heard whether Stripe performed them.</source>
        <translation>%1 Schreibvorgänge wurden nicht abgeschlossen: Paydesk hat nie erfahren, ob Stripe sie ausgeführt hat.</translation>
    </message>
    <message>
        <source>Check each one, or retry it safely — Stripe performs a write at most once for its key.</source>
        <translation>Prüfen Sie jeden einzeln oder wiederholen Sie ihn sicher – Stripe führt einen Schreibvorgang pro Schlüssel höchstens einmal aus.</translation>
    </message>
    <message>
        <source>This write belongs to account %1: open that account to check or retry it.</source>
        <translation>Dieser Schreibvorgang gehört zum Konto %1: Öffnen Sie dieses Konto, um ihn zu prüfen oder zu wiederholen.</translation>
    </message>
    <message>
        <source>Checking with Stripe…</source>
        <translation>Wird bei Stripe geprüft…</translation>
    </message>
    <message>
        <source>It is older than 24 hours, so start it again as a new write if it is still wanted.</source>
        <translation>Er ist älter als 24 Stunden; starten Sie ihn als neuen Schreibvorgang, falls er noch gewünscht ist.</translation>
    </message>
    <message>
        <source>“Retry safely” shows what sending it again would do.</source>
        <translation>„Sicher wiederholen“ zeigt, was ein erneutes Senden bewirken würde.</translation>
    </message>
    <message>
        <source>Looking at it as it is now…</source>
        <translation>Aktueller Stand wird abgerufen…</translation>
    </message>
    <message>
        <source>Review what sending it again would do.</source>
        <translation>Prüfen Sie, was ein erneutes Senden bewirken würde.</translation>
    </message>
    <message>
        <source>Send this write again?</source>
        <translation>Diesen Schreibvorgang erneut senden?</translation>
    </message>
    <message>
        <source>Send it again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>It had already happened: Stripe returned the first answer.</source>
        <translation>Er war bereits ausgeführt: Stripe hat die erste Antwort zurückgegeben.</translation>
    </message>
    <message>
        <source>Done: it happened now, once.</source>
        <translation>Erledigt: Er wurde jetzt ausgeführt, genau einmal.</translation>
    </message>
    <message>
        <source>Stripe refused it: %1</source>
        <translation>Von Stripe abgelehnt: %1</translation>
    </message>
    <message>
        <source>Still no answer: %1</source>
        <translation>Weiterhin keine Antwort: %1</translation>
    </message>
    <message>
        <source>Sending again under the same idempotency key…</source>
        <translation>Wird mit demselben Idempotenzschlüssel erneut gesendet…</translation>
    </message>
    <message>
        <source>Dismiss this write?</source>
        <translation>Diesen Schreibvorgang verwerfen?</translation>
    </message>
    <message>
        <source>“%1” will no longer be listed as unfinished. Paydesk will not find out whether it happened.</source>
        <translation>„%1“ wird nicht mehr als unvollständig aufgeführt. Paydesk erfährt dann nicht, ob er ausgeführt wurde.</translation>
    </message>
    <message>
        <source>Dismissed: “%1”.</source>
        <translation>Verworfen: „%1“.</translation>
    </message>
    <message>
        <source>Export activity</source>
        <translation>Aktivität exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>%1 Zeilen nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Export nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>ColumnChooserDialog</name>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Columns of %1</source>
        <translation>Spalten von %1</translation>
    </message>
    <message>
        <source>&amp;Columns to show, left to right:</source>
        <translation>Angezeigte &amp;Spalten, von links nach rechts:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Every column, in Paydesk&apos;s order.</source>
        <translation>Alle Spalten, in Paydesks Reihenfolge.</translation>
    </message>
    <message>
        <source>Drag a column&apos;s header to move it too; right-click a header for this list.</source>
        <translation>Ziehen Sie den Kopf einer Spalte, um sie ebenfalls zu verschieben; ein Rechtsklick auf einen Kopf zeigt diese Liste.</translation>
    </message>
    <message>
        <source>Tick at least one column: a table shows one or more.</source>
        <translation>Haken Sie mindestens eine Spalte an: Eine Tabelle zeigt eine oder mehr.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;Check key</source>
        <translation>Schlüssel &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Save and open</source>
        <translation>Sp&amp;eichern und öffnen</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Connect to Stripe</source>
        <translation>Mit Stripe verbinden</translation>
    </message>
    <message>
        <source>Paste a secret key (sk_…) or a restricted key (rk_…) from the Stripe Dashboard, Developers → API keys. Paydesk keeps it in your system keychain, never in a file.</source>
        <translation>Fügen Sie einen geheimen Schlüssel (sk_…) oder einen eingeschränkten Schlüssel (rk_…) aus dem Stripe-Dashboard ein (Entwickler → API-Schlüssel). Paydesk bewahrt ihn im Schlüsselbund Ihres Systems auf, niemals in einer Datei.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>Schlüssel zeigen oder verbergen</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Checking the key with Stripe…</source>
        <translation>Schlüssel wird bei Stripe geprüft…</translation>
    </message>
    <message>
        <source>LIVE mode — real money</source>
        <translation>LIVE-Modus – echtes Geld</translation>
    </message>
    <message>
        <source>test mode</source>
        <translation>Testmodus</translation>
    </message>
    <message>
        <source>Found: %1 (%2), %3%4</source>
        <translation>Gefunden: %1 (%2), %3%4</translation>
    </message>
    <message>
        <source>account id not readable with this key</source>
        <translation>Konto-ID mit diesem Schlüssel nicht lesbar</translation>
    </message>
    <message>
        <source>, restricted key</source>
        <translation>, eingeschränkter Schlüssel</translation>
    </message>
    <message>
        <source>Saving the key in the system keychain…</source>
        <translation>Schlüssel wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>Try the keychain again</source>
        <translation>Schlüsselbund erneut versuchen</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Kunde bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Metadata:</source>
        <translation>&amp;Metadaten:</translation>
    </message>
    <message>
        <source>Create customer</source>
        <translation>Kunde anlegen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Name, email or ID (cus_…)</source>
        <translation>Name, E-Mail oder ID (cus_…)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Customers matching the text</source>
        <translation>Kunden, die zum Text passen</translation>
    </message>
    <message>
        <source>Could not look up customers: %1</source>
        <translation>Kunden konnten nicht gesucht werden: %1</translation>
    </message>
    <message>
        <source>Customer with no name or email (%1)</source>
        <translation>Kunde ohne Name oder E-Mail (%1)</translation>
    </message>
    <message>
        <source>%1 — customer since %2</source>
        <translation>%1 — Kunde seit %2</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <source>Search by email or name</source>
        <translation>Nach E-Mail oder Name suchen</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Neuer Kunde…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Ne&amp;w invoice…</source>
        <translation>Neue Rechnun&amp;g…</translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>Neuer Auftrag…</translation>
    </message>
    <message>
        <source>Customer %1 created</source>
        <translation>Kunde %1 angelegt</translation>
    </message>
    <message>
        <source>Customer %1 saved</source>
        <translation>Kunde %1 gespeichert</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Kunde löschen</translation>
    </message>
    <message>
        <source>Customer %1 deleted</source>
        <translation>Kunde %1 gelöscht</translation>
    </message>
</context>
<context>
    <name>DateRangeFilter</name>
    <message>
        <source>Any day</source>
        <translation>Jeder Tag</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Angelegt ab</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Angelegt bis</translation>
    </message>
    <message>
        <source>Created dates</source>
        <translation>Anlegedaten</translation>
    </message>
    <message>
        <source>Show only what was created between two days</source>
        <translation>Nur zeigen, was zwischen zwei Tagen angelegt wurde</translation>
    </message>
    <message>
        <source>Any time: clear the created dates</source>
        <translation>Jederzeit: die Anlegedaten leeren</translation>
    </message>
    <message>
        <source>Clear the created dates</source>
        <translation>Anlegedaten leeren</translation>
    </message>
    <message>
        <source>&amp;Any time</source>
        <translation>&amp;Jederzeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Created &amp;from:</source>
        <translation>Angelegt &amp;von:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;bis:</translation>
    </message>
    <message>
        <source>Created: any time</source>
        <translation>Angelegt: jederzeit</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Angelegt: %1</translation>
    </message>
    <message>
        <source>Due from</source>
        <translation>Fällig ab</translation>
    </message>
    <message>
        <source>Due until</source>
        <translation>Fällig bis</translation>
    </message>
    <message>
        <source>Due dates</source>
        <translation>Fälligkeitsdaten</translation>
    </message>
    <message>
        <source>Show only what is due between two days (an invoice charged automatically is due when it was created)</source>
        <translation>Nur zeigen, was zwischen zwei Tagen fällig ist (eine automatisch eingezogene Rechnung ist bei ihrer Anlage fällig)</translation>
    </message>
    <message>
        <source>Any time: clear the due dates</source>
        <translation>Jederzeit: die Fälligkeitsdaten leeren</translation>
    </message>
    <message>
        <source>Clear the due dates</source>
        <translation>Fälligkeitsdaten leeren</translation>
    </message>
    <message>
        <source>Due &amp;from:</source>
        <translation>Fällig &amp;von:</translation>
    </message>
    <message>
        <source>Due: any time</source>
        <translation>Fällig: jederzeit</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Fällig: %1</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select a row to see its details.</source>
        <translation>Wählen Sie eine Zeile, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON-Rohdaten</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Laden nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>ExportProgressDialog</name>
    <message>
        <source>Exporting %1 to CSV</source>
        <translation>%1 werden als CSV exportiert</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 von %2 %3</translation>
    </message>
    <message>
        <source>%1 of %2 %3 written</source>
        <translation>%1 von %2 %3 geschrieben</translation>
    </message>
    <message>
        <source>%1 %2 written so far</source>
        <translation>%1 %2 bisher geschrieben</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The export stopped and no file was written.

%1</source>
        <translation>Der Export wurde abgebrochen, es wurde keine Datei geschrieben.

%1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>FigurePanel</name>
    <message>
        <source>Show as table</source>
        <translation>Als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Export figure…</source>
        <translation>Grafik exportieren…</translation>
    </message>
    <message>
        <source>Export selected rows…</source>
        <translation>Ausgewählte Zeilen exportieren…</translation>
    </message>
    <message>
        <source>The same numbers as a table</source>
        <translation>Dieselben Zahlen als Tabelle</translation>
    </message>
    <message>
        <source>Save this figure&apos;s numbers, every currency, to a CSV file</source>
        <translation>Die Zahlen dieser Grafik, alle Währungen, in eine CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Save the records behind the selected bar or row to a CSV file</source>
        <translation>Die Datensätze hinter dem gewählten Balken oder der Zeile in eine CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation>Als Diagramm zeigen</translation>
    </message>
</context>
<context>
    <name>InvoiceItemDialog</name>
    <message>
        <source>Add an item to the invoice</source>
        <translation>Position zur Rechnung hinzufügen</translation>
    </message>
    <message>
        <source>An amount</source>
        <translation>Ein Betrag</translation>
    </message>
    <message>
        <source>A price from the catalogue</source>
        <translation>Ein Preis aus dem Katalog</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>What the customer reads on the invoice</source>
        <translation>Was der Kunde auf der Rechnung liest</translation>
    </message>
    <message>
        <source>Invoice:</source>
        <translation>Rechnung:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Bes&amp;chreibung:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Preis:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Position hinzufügen</translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <source>the draft invoice for %1</source>
        <translation>Rechnungsentwurf für %1</translation>
    </message>
    <message>
        <source>invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <source>%1 finalized</source>
        <translation>%1 abgeschlossen</translation>
    </message>
    <message>
        <source>%1 sent to the customer</source>
        <translation>%1 an den Kunden gesendet</translation>
    </message>
    <message>
        <source>%1 paid</source>
        <translation>%1 bezahlt</translation>
    </message>
    <message>
        <source>%1 voided</source>
        <translation>%1 storniert</translation>
    </message>
    <message>
        <source>%1 marked uncollectible</source>
        <translation>%1 als uneinbringlich markiert</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>Invoice status</source>
        <translation>Rechnungsstatus</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Uncollectible</source>
        <translation>Uneinbringlich</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>&amp;New invoice…</source>
        <translation>&amp;Neue Rechnung…</translation>
    </message>
    <message>
        <source>Add i&amp;tem…</source>
        <translation>Pos&amp;ition hinzufügen…</translation>
    </message>
    <message>
        <source>Draft invoice for %1 created</source>
        <translation>Rechnungsentwurf für %1 angelegt</translation>
    </message>
    <message>
        <source>Item added to %1</source>
        <translation>Position zu %1 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 invoice</source>
        <translation>Rechnung: %1</translation>
    </message>
    <message>
        <source>Customer: name, email or ID</source>
        <translation>Kunde: Name, E-Mail oder ID</translation>
    </message>
    <message>
        <source>Invoices of the customer</source>
        <translation>Rechnungen des Kunden</translation>
    </message>
    <message>
        <source>Invoice currency</source>
        <translation>Rechnungswährung</translation>
    </message>
    <message>
        <source>Any currency</source>
        <translation>Jede Währung</translation>
    </message>
    <message>
        <source>Search invoices</source>
        <translation>Rechnungen durchsuchen</translation>
    </message>
    <message>
        <source>Finds invoices by any word of their number, their customer&apos;s name or email, their description, metadata or ID. This searches this desk&apos;s copy of the account.</source>
        <translation>Findet Rechnungen über jedes Wort in ihrer Nummer, im Namen oder in der E-Mail ihres Kunden, in Beschreibung, Metadaten oder ID. Gesucht wird in der Kopie des Kontos auf diesem Rechner.</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
</context>
<context>
    <name>LoadRestButton</name>
    <message>
        <source>&amp;Load the rest…</source>
        <translation>&amp;Bis zum Ende laden…</translation>
    </message>
    <message>
        <source>Load all the %1 from Stripe, so that the sort covers them all, not only those loaded so far.</source>
        <translation>Alle %1 von Stripe laden, damit die Sortierung alle erfasst, nicht nur die bisher geladenen.</translation>
    </message>
    <message>
        <source>Loading all %1</source>
        <translation>Alle %1 werden geladen</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Laden anhalten</translation>
    </message>
    <message>
        <source>%1 %2 loaded so far.
Paydesk stops at %3.</source>
        <translation>Bisher %1 %2 geladen.
Paydesk hört bei %3 auf.</translation>
    </message>
    <message>
        <source>All %1 %2 loaded and sorted.</source>
        <translation>Alle %1 %2 geladen und sortiert.</translation>
    </message>
    <message>
        <source>Stopped at %1 %2: Paydesk loads no more to sort. Narrow the filters to sort them all.</source>
        <translation>Bei %1 %2 angehalten: Paydesk lädt zum Sortieren nicht mehr. Grenzen Sie die Filter ein, um alle zu sortieren.</translation>
    </message>
    <message>
        <source>Stopped loading; only the %1 loaded are sorted.</source>
        <translation>Laden angehalten; nur die %1 geladenen sind sortiert.</translation>
    </message>
    <message>
        <source>Loading stopped at %1 %2: a page failed (Retry is below the table).</source>
        <translation>Laden bei %1 %2 angehalten: Eine Seite ist fehlgeschlagen (Erneut versuchen steht unter der Tabelle).</translation>
    </message>
    <message>
        <source>Too many to sort</source>
        <translation>Zu viele zum Sortieren</translation>
    </message>
    <message>
        <source>%1 %2 are loaded and Stripe has more. Paydesk sorts at most %3 at a time: narrow the filters to sort them all.</source>
        <translation>%1 %2 sind geladen, und Stripe hat mehr. Paydesk sortiert höchstens %3 auf einmal: Grenzen Sie die Filter ein, um alle zu sortieren.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Paydesk</source>
        <translation>Paydesk</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Rechnungen</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>Auf&amp;träge</translation>
    </message>
    <message>
        <source>&amp;Payments &amp;&amp; refunds</source>
        <translation>&amp;Zahlungen &amp;&amp; Rückerstattungen</translation>
    </message>
    <message>
        <source>Pro&amp;mo codes</source>
        <translation>Aktions&amp;codes</translation>
    </message>
    <message>
        <source>Pro&amp;ducts</source>
        <translation>Prod&amp;ukte</translation>
    </message>
    <message>
        <source>Go to ID or email</source>
        <translation>Zu ID oder E-Mail springen</translation>
    </message>
    <message>
        <source>Go to ID or email (Ctrl+L)</source>
        <translation>Zu ID oder E-Mail springen (Strg+L)</translation>
    </message>
    <message>
        <source>%1 Paydesk turned off what needs it.</source>
        <translation>%1 Paydesk hat abgeschaltet, was diese Berechtigung braucht.</translation>
    </message>
    <message>
        <source>Use another key…</source>
        <translation>Anderen Schlüssel verwenden…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;Export view to CSV…</source>
        <translation>Ansicht als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Go to ID or email…</source>
        <translation>&amp;Zu ID oder E-Mail springen…</translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation>ID &amp;kopieren</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Open in Stripe &amp;Dashboard</source>
        <translation>Im Stripe-&amp;Dashboard öffnen</translation>
    </message>
    <message>
        <source>Opened %1 in the web browser.</source>
        <translation>%1 im Webbrowser geöffnet.</translation>
    </message>
    <message>
        <source>No web browser could be opened</source>
        <translation>Kein Webbrowser konnte geöffnet werden</translation>
    </message>
    <message>
        <source>Paydesk could not open a web browser for the Stripe Dashboard. The address is copied to the clipboard:
%1</source>
        <translation>Paydesk konnte keinen Webbrowser für das Stripe-Dashboard öffnen. Die Adresse wurde in die Zwischenablage kopiert:
%1</translation>
    </message>
    <message>
        <source>&amp;Activity (every write)…</source>
        <translation>&amp;Aktivität (alle Schreibvorgänge)…</translation>
    </message>
    <message>
        <source>&amp;About Paydesk</source>
        <translation>&amp;Über Paydesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>K&amp;onto</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Daten&amp;satz</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>LIVE — %1</source>
        <translation>LIVE – %1</translation>
    </message>
    <message>
        <source>%1 (test mode)</source>
        <translation>%1 (Testmodus)</translation>
    </message>
    <message>
        <source>Showing %1 %2</source>
        <translation>%1 %2 wird angezeigt</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 wird gesucht…</translation>
    </message>
    <message>
        <source>Showing order %1</source>
        <translation>Auftrag %1 wird angezeigt</translation>
    </message>
    <message>
        <source>Showing payment intent %1 (not one of Paydesk&apos;s orders)</source>
        <translation>Payment Intent %1 wird angezeigt (kein Auftrag von Paydesk)</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 %2 to %3</source>
        <translation>%1 %2 nach %3 exportiert</translation>
    </message>
    <message>
        <source>The sandbox&apos;s records exist only in Paydesk, not in the Stripe Dashboard.</source>
        <translation>Die Datensätze der Sandbox gibt es nur in Paydesk, nicht im Stripe-Dashboard.</translation>
    </message>
    <message>
        <source>Select a record to open it in the Stripe Dashboard.</source>
        <translation>Wählen Sie einen Datensatz, um ihn im Stripe-Dashboard zu öffnen.</translation>
    </message>
    <message>
        <source>Settled: %1</source>
        <translation>Geklärt: %1</translation>
    </message>
    <message>
        <source>About Paydesk</source>
        <translation>Über Paydesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Paydesk %1&lt;/h3&gt;&lt;p&gt;A desktop admin console for Stripe.&lt;/p&gt;&lt;p&gt;Stripe API version %2. Your API key is kept in the system keychain, never in a file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Paydesk %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Verwaltungskonsole für Stripe.&lt;/p&gt;&lt;p&gt;Stripe-API-Version %2. Ihr API-Schlüssel wird im Schlüsselbund des Systems aufbewahrt, niemals in einer Datei.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export &amp;selected rows…</source>
        <translation>&amp;Ausgewählte Zeilen exportieren…</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln IDs to the clipboard, one per line.</source>
        <translation>
            <numerusform>%Ln ID in die Zwischenablage kopiert, eine pro Zeile.</numerusform>
            <numerusform>%Ln IDs in die Zwischenablage kopiert, eine pro Zeile.</numerusform>
        </translation>
    </message>
    <message>
        <source>Co&amp;lumns…</source>
        <translation>Spa&amp;lten…</translation>
    </message>
    <message>
        <source>Show, hide and order the columns of this tab&apos;s table.</source>
        <translation>Die Spalten der Tabelle dieses Reiters zeigen, verbergen und ordnen.</translation>
    </message>
    <message>
        <source>More than 10 customers have the email %1: they are listed in Customers.</source>
        <translation>Mehr als 10 Kunden haben die E-Mail-Adresse %1: Sie stehen unter Kunden.</translation>
    </message>
    <message>
        <source>%1 customers have the email %2: they are listed in Customers.</source>
        <translation>%1 Kunden haben die E-Mail-Adresse %2: Sie stehen unter Kunden.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Copy %Ln IDs</source>
        <translation>
            <numerusform>%Ln ID &amp;kopieren</numerusform>
            <numerusform>%Ln IDs &amp;kopieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opens one record at a time: %Ln are selected.</source>
        <translation>
            <numerusform>Öffnet einen Datensatz auf einmal: %Ln ist ausgewählt.</numerusform>
            <numerusform>Öffnet einen Datensatz auf einmal: %Ln sind ausgewählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %Ln &amp;selected rows…</source>
        <translation>
            <numerusform>%Ln &amp;ausgewählte Zeile exportieren…</numerusform>
            <numerusform>%Ln &amp;ausgewählte Zeilen exportieren…</numerusform>
        </translation>
    </message>
    <message>
        <source>Select rows (Ctrl or Shift for several) to export just them.</source>
        <translation>Wählen Sie Zeilen (Strg oder Umschalt für mehrere), um nur diese zu exportieren.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>Copy of this a&amp;ccount…</source>
        <translation>&amp;Kopie dieses Kontos…</translation>
    </message>
    <message>
        <source>&amp;Team database…</source>
        <translation>&amp;Team-Datenbank…</translation>
    </message>
    <message>
        <source>Showing %1. The figure counts %2.</source>
        <translation>%1 wird angezeigt. Die Grafik zählt %2.</translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Eintrag entfernen</translation>
    </message>
</context>
<context>
    <name>MirrorDetailsDialog</name>
    <message>
        <source>&amp;Delete the copy…</source>
        <translation>Kopie &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Team database…</source>
        <translation>&amp;Team-Datenbank…</translation>
    </message>
    <message>
        <source>Copy of this account</source>
        <translation>Kopie dieses Kontos</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Syncing progress by kind of record</source>
        <translation>Fortschritt des Abgleichs nach Art der Datensätze</translation>
    </message>
    <message>
        <source>Kept in:</source>
        <translation>Gespeichert in:</translation>
    </message>
    <message>
        <source>No account is open.</source>
        <translation>Kein Konto ist geöffnet.</translation>
    </message>
    <message>
        <source>%1 (%2 on disk; readable by you alone)</source>
        <translation>%1 (%2 auf dem Datenträger; nur für Sie lesbar)</translation>
    </message>
    <message>
        <source>&amp;Resume syncing</source>
        <translation>Abgleich fo&amp;rtsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause syncing</source>
        <translation>Abgleich &amp;pausieren</translation>
    </message>
    <message>
        <source>Turn the copy &amp;off</source>
        <translation>Kopie &amp;abschalten</translation>
    </message>
    <message>
        <source>&amp;Keep a copy on this desk</source>
        <translation>Kopie auf diesem Rechner &amp;führen</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>not syncing</source>
        <translation>kein Abgleich</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>complete when stopped</source>
        <translation>vollständig beim Anhalten</translation>
    </message>
    <message>
        <source>copying…</source>
        <translation>wird kopiert…</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation>Rechnungszeilen</translation>
    </message>
    <message>
        <source>%1 invoices with more lines to fetch</source>
        <translation>%1 Rechnungen mit weiteren Zeilen</translation>
    </message>
    <message>
        <source>Saved cards</source>
        <translation>Gespeicherte Karten</translation>
    </message>
    <message>
        <source>%1 customers to ask</source>
        <translation>%1 Kunden noch abzufragen</translation>
    </message>
    <message>
        <source>Delete the copy of this account?</source>
        <translation>Kopie dieses Kontos löschen?</translation>
    </message>
    <message>
        <source>Paydesk deletes %1 and reads from Stripe until you keep a copy again. Nothing changes at Stripe.</source>
        <translation>Paydesk löscht %1 und liest von Stripe, bis Sie wieder eine Kopie führen. Bei Stripe ändert sich nichts.</translation>
    </message>
    <message>
        <source>Delete the copy</source>
        <translation>Kopie löschen</translation>
    </message>
    <message>
        <source>Deleted the copy of this account (%1).</source>
        <translation>Kopie dieses Kontos gelöscht (%1).</translation>
    </message>
    <message>
        <source>The copy could not be deleted</source>
        <translation>Die Kopie konnte nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>MirrorOfferDialog</name>
    <message>
        <source>&amp;Keep a copy on this desk</source>
        <translation>Kopie auf diesem Rechner &amp;führen</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>Keep a copy of %1 on this desk?</source>
        <translation>Eine Kopie von %1 auf diesem Rechner führen?</translation>
    </message>
    <message>
        <source>Paydesk can keep a copy of %1&apos;s customers, invoices and their lines, invoice items, payments, refunds, orders, products, prices, coupons, promotion codes and the saved cards of customers who have them, as Stripe returns them: names, email and postal addresses, amounts, card brands and last 4 digits. Never a card number, and never your API key. With it the Overview totals every invoice and payment, and it is kept current from Stripe&apos;s events every few seconds.</source>
        <translation>Paydesk kann eine Kopie der Kunden, Rechnungen und ihrer Zeilen, Rechnungsposten, Zahlungen, Rückerstattungen, Aufträge, Produkte, Preise, Coupons, Aktionscodes und gespeicherten Karten (bei Kunden, die welche haben) von %1 führen, so wie Stripe sie liefert: Namen, E-Mail- und Postadressen, Beträge, Kartenmarken und die letzten 4 Ziffern. Nie eine Kartennummer und nie Ihren API-Schlüssel. Damit summiert die Übersicht jede Rechnung und Zahlung, und die Kopie wird alle paar Sekunden aus den Ereignissen von Stripe aktualisiert.</translation>
    </message>
    <message>
        <source>%1 — readable by you alone</source>
        <translation>%1 – nur für Sie lesbar</translation>
    </message>
    <message>
        <source>Counting the account…</source>
        <translation>Konto wird gezählt…</translation>
    </message>
    <message>
        <source>You can pause it, turn it off or delete it at any time: click where the status bar says where the figures come from, at its right.</source>
        <translation>Sie können sie jederzeit pausieren, abschalten oder löschen: Klicken Sie rechts in der Statusleiste auf die Angabe, woher die Zahlen stammen.</translation>
    </message>
    <message>
        <source>Kept in:</source>
        <translation>Gespeichert in:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>. Making the copy takes about a minute; Paydesk works from Stripe meanwhile.</source>
        <translation>. Das Anlegen der Kopie dauert etwa eine Minute; Paydesk arbeitet so lange mit Stripe.</translation>
    </message>
    <message>
        <source>. Making the copy takes about %1 minutes; Paydesk works from Stripe meanwhile.</source>
        <translation>. Das Anlegen der Kopie dauert etwa %1 Minuten; Paydesk arbeitet so lange mit Stripe.</translation>
    </message>
</context>
<context>
    <name>MirrorStatusButton</name>
    <message>
        <source>From Stripe</source>
        <translation>Von Stripe</translation>
    </message>
    <message>
        <source>Paydesk reads from Stripe.</source>
        <translation>Paydesk liest von Stripe.</translation>
    </message>
    <message>
        <source>Data source: %1</source>
        <translation>Datenquelle: %1</translation>
    </message>
</context>
<context>
    <name>ModeBanner</name>
    <message>
        <source>Sandbox — made-up data, nothing here is real</source>
        <translation>Sandbox – erfundene Daten, nichts hier ist echt</translation>
    </message>
    <message>
        <source>Test mode — no real money moves</source>
        <translation>Testmodus – es fließt kein echtes Geld</translation>
    </message>
    <message>
        <source>LIVE — real money</source>
        <translation>LIVE – echtes Geld</translation>
    </message>
</context>
<context>
    <name>NewInvoiceDialog</name>
    <message>
        <source>New draft invoice</source>
        <translation>Neuer Rechnungsentwurf</translation>
    </message>
    <message>
        <source>Charge the customer&apos;s saved payment method</source>
        <translation>Gespeicherte Zahlungsmethode des Kunden belasten</translation>
    </message>
    <message>
        <source>Email the invoice; due in</source>
        <translation>Rechnung per E-Mail senden; fällig in</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Days until the invoice is due</source>
        <translation>Tage bis zur Fälligkeit der Rechnung</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>Zahlung:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Create draft</source>
        <translation>Entwurf anlegen</translation>
    </message>
    <message>
        <source>Choose the customer: type part of their name or email, or paste their ID.</source>
        <translation>Wählen Sie den Kunden: Tippen Sie einen Teil des Namens oder der E-Mail-Adresse, oder fügen Sie die ID ein.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>New order</source>
        <translation>Neuer Auftrag</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>Zeile &amp;entfernen</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Auftragszeilen</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Artikel:</translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Summe:</translation>
    </message>
    <message>
        <source>Add items to the order.</source>
        <translation>Fügen Sie dem Auftrag Artikel hinzu.</translation>
    </message>
    <message>
        <source>Create order of %1</source>
        <translation>Auftrag über %1 anlegen</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Choose the customer: type part of their name or email, or paste their ID.</source>
        <translation>Wählen Sie den Kunden: Tippen Sie einen Teil des Namens oder der E-Mail-Adresse, oder fügen Sie die ID ein.</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <source>Order of %1 for %2</source>
        <translation>Auftrag über %1 für %2</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Auftragsstatus</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Alle Aufträge</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>Zahlung ausstehend</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>&amp;Neuer Auftrag…</translation>
    </message>
    <message>
        <source>Pa&amp;y order…</source>
        <translation>Auftrag &amp;bezahlen…</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>Auftrag stornieren…</translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <source>%1 paid</source>
        <translation>%1 bezahlt</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Auftrag stornieren</translation>
    </message>
    <message>
        <source>Cancel this order</source>
        <translation>Diesen Auftrag stornieren</translation>
    </message>
    <message>
        <source>Keep order</source>
        <translation>Auftrag behalten</translation>
    </message>
    <message>
        <source>%1 canceled</source>
        <translation>%1 storniert</translation>
    </message>
    <message>
        <source>Customer: name, email or ID</source>
        <translation>Kunde: Name, E-Mail oder ID</translation>
    </message>
    <message>
        <source>Orders of the customer</source>
        <translation>Aufträge des Kunden</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Aufträge durchsuchen</translation>
    </message>
    <message>
        <source>Finds orders by any word of what was ordered, their card&apos;s last 4, their customer&apos;s name or email, their metadata or ID. Stripe cannot search orders by text: this searches this desk&apos;s copy of the account.</source>
        <translation>Findet Aufträge über jedes Wort in den bestellten Artikeln, den letzten 4 Ziffern ihrer Karte, im Namen oder in der E-Mail ihres Kunden, in ihren Metadaten oder der ID. Stripe kann Aufträge nicht nach Text durchsuchen: Gesucht wird in der Kopie des Kontos auf diesem Rechner.</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Not yet due</source>
        <translation>Noch nicht fällig</translation>
    </message>
    <message>
        <source>1–30 days past due</source>
        <translation>1–30 Tage überfällig</translation>
    </message>
    <message>
        <source>31–60 days past due</source>
        <translation>31–60 Tage überfällig</translation>
    </message>
    <message>
        <source>61–90 days past due</source>
        <translation>61–90 Tage überfällig</translation>
    </message>
    <message>
        <source>Over 90 days past due</source>
        <translation>Über 90 Tage überfällig</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 Tage</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 Tage</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 Tage</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Über 90 Tage</translation>
    </message>
    <message>
        <source>%1: %2, %3 owed.</source>
        <translation>%1: %2, %3 offen.</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>Offene Rechnungen</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>All open invoices</source>
        <translation>Alle offenen Rechnungen</translation>
    </message>
    <message>
        <source>%1: revenue %2 from %3.</source>
        <translation>%1: Umsatz %2 aus %3.</translation>
    </message>
    <message>
        <source>%1: refunds %2 (%3).</source>
        <translation>%1: Rückerstattungen %2 (%3).</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Rückerstattungen</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>open invoices in %1</source>
        <translation>offene Rechnungen in %1</translation>
    </message>
    <message>
        <source>open invoices of %1 in %2</source>
        <translation>offene Rechnungen von %1 in %2</translation>
    </message>
    <message>
        <source>, due from %1 to before %2</source>
        <translation>, fällig ab %1 bis vor %2</translation>
    </message>
    <message>
        <source>, due %1 or later</source>
        <translation>, fällig ab %1</translation>
    </message>
    <message>
        <source>, due before %1</source>
        <translation>, fällig vor %1</translation>
    </message>
    <message>
        <source>%1 in %2 created from %3 to before %4</source>
        <translation>%1 in %2, erstellt ab %3 bis vor %4</translation>
    </message>
    <message>
        <source>succeeded payments</source>
        <translation>erfolgreiche Zahlungen</translation>
    </message>
    <message>
        <source>succeeded refunds</source>
        <translation>erfolgreiche Rückerstattungen</translation>
    </message>
    <message>
        <source>about a minute left</source>
        <translation>noch etwa eine Minute</translation>
    </message>
    <message>
        <source>about %1 minutes left</source>
        <translation>noch etwa %1 Minuten</translation>
    </message>
    <message>
        <source>Syncing progress</source>
        <translation>Fortschritt des Abgleichs</translation>
    </message>
    <message>
        <source>Currency of the figures</source>
        <translation>Währung der Zahlen</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Open receivables by age</source>
        <translation>Offene Forderungen nach Alter</translation>
    </message>
    <message>
        <source>Revenue and refunds by month</source>
        <translation>Umsatz und Rückerstattungen nach Monat</translation>
    </message>
    <message>
        <source>Largest open balances</source>
        <translation>Größte offene Salden</translation>
    </message>
    <message>
        <source>No account is open.</source>
        <translation>Kein Konto ist geöffnet.</translation>
    </message>
    <message>
        <source>The Overview reads the team database, which cannot be used now.</source>
        <translation>Die Übersicht liest die Team-Datenbank, die gerade nicht nutzbar ist.</translation>
    </message>
    <message>
        <source>Syncing is paused. The Overview adds up every invoice and payment of the account from its copy, which must be complete and current.</source>
        <translation>Der Abgleich ist pausiert. Die Übersicht summiert jede Rechnung und Zahlung des Kontos aus seiner Kopie, die vollständig und aktuell sein muss.</translation>
    </message>
    <message>
        <source>Resume s&amp;yncing</source>
        <translation>Abg&amp;leich fortsetzen</translation>
    </message>
    <message>
        <source>The Overview adds up every invoice, payment and refund of the account. It needs a copy of the account on this desk, and none is kept for this account.</source>
        <translation>Die Übersicht summiert jede Rechnung, Zahlung und Rückerstattung des Kontos. Dafür braucht sie eine Kopie des Kontos auf diesem Rechner, und für dieses Konto wird keine geführt.</translation>
    </message>
    <message>
        <source>The copy holds customers, invoices and payments as Stripe returns them, never a key or a card number; it can be turned off or deleted at any time from the status bar.</source>
        <translation>Die Kopie enthält Kunden, Rechnungen und Zahlungen, wie Stripe sie liefert, nie einen Schlüssel oder eine Kartennummer; sie lässt sich jederzeit über die Statusleiste abschalten oder löschen.</translation>
    </message>
    <message>
        <source>&amp;Keep a copy on this desk</source>
        <translation>Kopie auf diesem Rechner &amp;führen</translation>
    </message>
    <message>
        <source>Opening the copy of this account…</source>
        <translation>Kopie dieses Kontos wird geöffnet…</translation>
    </message>
    <message>
        <source>The team database cannot be reached, so the Overview cannot be shown. It comes back by itself when the database does.</source>
        <translation>Die Team-Datenbank ist nicht erreichbar, daher kann die Übersicht nicht angezeigt werden. Sie kommt von selbst zurück, sobald die Datenbank wieder da ist.</translation>
    </message>
    <message>
        <source>The copy of this account cannot be used.</source>
        <translation>Die Kopie dieses Kontos kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The Overview adds up every invoice, payment and refund, so it waits for the copy of the account to be complete. %1%2.</source>
        <translation>Die Übersicht summiert jede Rechnung, Zahlung und Rückerstattung und wartet daher, bis die Kopie des Kontos vollständig ist. %1%2.</translation>
    </message>
    <message>
        <source>The figures could not be read.</source>
        <translation>Die Zahlen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Adding up every invoice, payment and refund…</source>
        <translation>Jede Rechnung, Zahlung und Rückerstattung wird summiert…</translation>
    </message>
    <message>
        <source>As of %1, from the copy of the account%2.</source>
        <translation>Stand %1, aus der Kopie des Kontos%2.</translation>
    </message>
    <message>
        <source> synced with Stripe at %1</source>
        <translation> (um %1 mit Stripe abgeglichen)</translation>
    </message>
    <message>
        <source>No open invoices in %1.</source>
        <translation>Keine offenen Rechnungen in %1.</translation>
    </message>
    <message>
        <source>any currency</source>
        <translation>jeder Währung</translation>
    </message>
    <message>
        <source>No payments or refunds in %1 in the last twelve months.</source>
        <translation>Keine Zahlungen oder Rückerstattungen in %1 in den letzten zwölf Monaten.</translation>
    </message>
    <message>
        <source>No customer owes anything in %1.</source>
        <translation>Kein Kunde schuldet etwas in %1.</translation>
    </message>
    <message>
        <source>Exported the figure to %1</source>
        <translation>Grafik nach %1 exportiert</translation>
    </message>
    <message>
        <source>Exported %1 %2 (%3) to %4</source>
        <translation>%1 %2 (%3) nach %4 exportiert</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1 open invoice</source>
        <translation>%1 offene Rechnung</translation>
    </message>
    <message>
        <source>%1 open invoices</source>
        <translation>%1 offene Rechnungen</translation>
    </message>
    <message>
        <source>%1 payment</source>
        <translation>%1 Zahlung</translation>
    </message>
    <message>
        <source>%1 payments</source>
        <translation>%1 Zahlungen</translation>
    </message>
    <message>
        <source>%1 refund</source>
        <translation>%1 Rückerstattung</translation>
    </message>
    <message>
        <source>%1 refunds</source>
        <translation>%1 Rückerstattungen</translation>
    </message>
</context>
<context>
    <name>PayInvoiceDialog</name>
    <message>
        <source>Pay invoice</source>
        <translation>Rechnung bezahlen</translation>
    </message>
    <message>
        <source>Charge a saved payment method</source>
        <translation>Gespeicherte Zahlungsmethode belasten</translation>
    </message>
    <message>
        <source>Paid outside Stripe (cash, bank transfer…)</source>
        <translation>Außerhalb von Stripe bezahlt (bar, Überweisung…)</translation>
    </message>
    <message>
        <source>Invoice:</source>
        <translation>Rechnung:</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation>&amp;Karte:</translation>
    </message>
    <message>
        <source>Every saved card has expired: choose one anyway, or record a payment made outside Stripe</source>
        <translation>Alle gespeicherten Karten sind abgelaufen: Wählen Sie trotzdem eine oder erfassen Sie eine Zahlung außerhalb von Stripe</translation>
    </message>
    <message>
        <source>Saved card</source>
        <translation>Gespeicherte Karte</translation>
    </message>
    <message>
        <source>Record as paid</source>
        <translation>Als bezahlt erfassen</translation>
    </message>
    <message>
        <source>Charge %1</source>
        <translation>%1 belasten</translation>
    </message>
</context>
<context>
    <name>PayOrderDialog</name>
    <message>
        <source>Pay order</source>
        <translation>Auftrag bezahlen</translation>
    </message>
    <message>
        <source>A saved card of the customer</source>
        <translation>Eine gespeicherte Karte des Kunden</translation>
    </message>
    <message>
        <source>A Stripe test card (test mode only)</source>
        <translation>Eine Stripe-Testkarte (nur im Testmodus)</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Auftrag:</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation>&amp;Karte:</translation>
    </message>
    <message>
        <source>&amp;Test card:</source>
        <translation>&amp;Testkarte:</translation>
    </message>
    <message>
        <source>Every saved card has expired</source>
        <translation>Alle gespeicherten Karten sind abgelaufen</translation>
    </message>
    <message>
        <source>Charge %1</source>
        <translation>%1 belasten</translation>
    </message>
</context>
<context>
    <name>PaymentsAndRefundsPage</name>
    <message>
        <source>Pa&amp;yments</source>
        <translation>Zah&amp;lungen</translation>
    </message>
    <message>
        <source>Refund&amp;s</source>
        <translation>Rückerstattu&amp;ngen</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <source>Ref&amp;und…</source>
        <translation>Rück&amp;erstatten…</translation>
    </message>
    <message>
        <source>Select a payment to refund it.</source>
        <translation>Wählen Sie eine Zahlung, um sie zu erstatten.</translation>
    </message>
    <message>
        <source>This payment cannot be refunded (failed, pending or refunded in full).</source>
        <translation>Diese Zahlung kann nicht erstattet werden (fehlgeschlagen, ausstehend oder vollständig erstattet).</translation>
    </message>
    <message>
        <source>Email, last 4, amount, date or ID</source>
        <translation>E-Mail, letzte 4, Betrag, Datum, ID</translation>
    </message>
    <message>
        <source>Min amount</source>
        <translation>Betrag ab</translation>
    </message>
    <message>
        <source>Max amount</source>
        <translation>Betrag bis</translation>
    </message>
    <message>
        <source>Search payments</source>
        <translation>Zahlungen suchen</translation>
    </message>
    <message>
        <source>An email (that customer&apos;s payments), four digits (a card&apos;s last four), an amount (12.50, 12.50 EUR, €12.50), a day or a range (2026-11-03, 3 Nov 2026, Nov 2026, 2026-11-01..2026-11-30), a payment, PaymentIntent or refund ID, or part of a customer&apos;s name.</source>
        <translation>Eine E-Mail-Adresse (die Zahlungen dieses Kunden), vier Ziffern (die letzten vier einer Karte), ein Betrag (12.50, 12.50 EUR, €12.50), ein Tag oder ein Zeitraum (2026-11-03, 3 Nov 2026, Nov 2026, 2026-11-01..2026-11-30), eine Zahlungs-, PaymentIntent- oder Erstattungs-ID oder ein Teil des Namens eines Kunden.</translation>
    </message>
    <message>
        <source>Customer: name, email or ID</source>
        <translation>Kunde: Name, E-Mail oder ID</translation>
    </message>
    <message>
        <source>Payments of the customer</source>
        <translation>Zahlungen des Kunden</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>Zahlungsstatus</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>Teilweise erstattet</translation>
    </message>
    <message>
        <source>Uncaptured</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Angefochten</translation>
    </message>
    <message>
        <source>Payment currency</source>
        <translation>Zahlungswährung</translation>
    </message>
    <message>
        <source>Any currency</source>
        <translation>Jede Währung</translation>
    </message>
    <message>
        <source>Smallest amount</source>
        <translation>Kleinster Betrag</translation>
    </message>
    <message>
        <source>Largest amount</source>
        <translation>Größter Betrag</translation>
    </message>
    <message>
        <source>In the chosen currency (or any two-decimal currency when none is chosen)</source>
        <translation>In der gewählten Währung (oder jeder Währung mit zwei Nachkommastellen, wenn keine gewählt ist)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Refund of %1 on %2: %3</source>
        <translation>Rückerstattung von %1 am %2: %3</translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <source>New price</source>
        <translation>Neuer Preis</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produkt:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>&amp;Nickname:</source>
        <translation>&amp;Kurzname:</translation>
    </message>
    <message>
        <source>Create price</source>
        <translation>Preis anlegen</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>New product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Add its price after creating it (New price…).</source>
        <translation>Fügen Sie den Preis nach dem Anlegen hinzu (Neuer Preis…).</translation>
    </message>
    <message>
        <source>Create product</source>
        <translation>Produkt anlegen</translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>Active or archived products</source>
        <translation>Aktive oder archivierte Produkte</translation>
    </message>
    <message>
        <source>Active products</source>
        <translation>Aktive Produkte</translation>
    </message>
    <message>
        <source>Archived products</source>
        <translation>Archivierte Produkte</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Alle Produkte</translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation>&amp;Neues Produkt…</translation>
    </message>
    <message>
        <source>Ne&amp;w price…</source>
        <translation>Neuer &amp;Preis…</translation>
    </message>
    <message>
        <source>Product %1 created</source>
        <translation>Produkt %1 angelegt</translation>
    </message>
    <message>
        <source>Price %1 added to %2</source>
        <translation>Preis %1 zu %2 hinzugefügt</translation>
    </message>
    <message>
        <source>Name, description or ID</source>
        <translation>Name, Beschreibung oder ID</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Produkte durchsuchen</translation>
    </message>
    <message>
        <source>Finds products by any word of their name, description, metadata or ID. This searches this desk&apos;s copy of the account.</source>
        <translation>Findet Produkte über jedes Wort in Name, Beschreibung, Metadaten oder ID. Gesucht wird in der Kopie des Kontos auf diesem Rechner.</translation>
    </message>
</context>
<context>
    <name>PromotionCodeDialog</name>
    <message>
        <source>New promotion code</source>
        <translation>Neuer Aktionscode</translation>
    </message>
    <message>
        <source>Limit the number of uses to</source>
        <translation>Anzahl der Einlösungen begrenzen auf</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Läuft ab am</translation>
    </message>
    <message>
        <source>Only for a customer&apos;s first order</source>
        <translation>Nur für die erste Bestellung eines Kunden</translation>
    </message>
    <message>
        <source>Only for orders of at least</source>
        <translation>Nur für Bestellungen ab</translation>
    </message>
    <message>
        <source>Maximum number of uses</source>
        <translation>Höchstzahl der Einlösungen</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Minimum order amount</source>
        <translation>Mindestbestellwert</translation>
    </message>
    <message>
        <source>Minimum order currency</source>
        <translation>Währung des Mindestbestellwerts</translation>
    </message>
    <message>
        <source>SUMMER25</source>
        <translation>SOMMER25</translation>
    </message>
    <message>
        <source>Anyone — or a customer&apos;s name, email or ID</source>
        <translation>Alle Kunden — oder Name, E-Mail, ID</translation>
    </message>
    <message>
        <source>Only for the customer</source>
        <translation>Nur für den Kunden</translation>
    </message>
    <message>
        <source>C&amp;oupon:</source>
        <translation>C&amp;oupon:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>For c&amp;ustomer:</source>
        <translation>Für &amp;Kunden:</translation>
    </message>
    <message>
        <source>Minimum order: %1</source>
        <translation>Mindestbestellwert: %1</translation>
    </message>
    <message>
        <source>For customer: choose one of the suggestions, or clear the field for anyone.</source>
        <translation>Für Kunde: Wählen Sie einen der Vorschläge, oder leeren Sie das Feld für alle.</translation>
    </message>
    <message>
        <source>Create code</source>
        <translation>Code anlegen</translation>
    </message>
</context>
<context>
    <name>PromotionCodesTab</name>
    <message>
        <source>Active or inactive codes</source>
        <translation>Aktive oder inaktive Codes</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Aktiv und inaktiv</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Codes of the coupon</source>
        <translation>Codes des Coupons</translation>
    </message>
    <message>
        <source>All coupons</source>
        <translation>Alle Coupons</translation>
    </message>
    <message>
        <source>Code or part of it</source>
        <translation>Code oder ein Teil davon</translation>
    </message>
    <message>
        <source>Promotion code</source>
        <translation>Aktionscode</translation>
    </message>
    <message>
        <source>&amp;New code…</source>
        <translation>&amp;Neuer Code…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Deaktivieren…</translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation>Reaktivieren…</translation>
    </message>
    <message>
        <source>Promotion code %1 created</source>
        <translation>Aktionscode %1 angelegt</translation>
    </message>
    <message>
        <source>Reactivate code</source>
        <translation>Code reaktivieren</translation>
    </message>
    <message>
        <source>Deactivate code</source>
        <translation>Code deaktivieren</translation>
    </message>
    <message>
        <source>Promotion code %1 reactivated</source>
        <translation>Aktionscode %1 reaktiviert</translation>
    </message>
    <message>
        <source>Promotion code %1 deactivated</source>
        <translation>Aktionscode %1 deaktiviert</translation>
    </message>
    <message>
        <source>Customer, coupon or ID</source>
        <translation>Kunde, Coupon oder ID</translation>
    </message>
    <message>
        <source>Search promotion codes</source>
        <translation>Aktionscodes durchsuchen</translation>
    </message>
    <message>
        <source>Finds codes by any word of their customer&apos;s name or email, their coupon&apos;s name, metadata or ID. Stripe cannot search promotion codes: this searches this desk&apos;s copy of the account.</source>
        <translation>Findet Codes über jedes Wort im Namen oder in der E-Mail ihres Kunden, im Namen ihres Coupons, in den Metadaten oder der ID. Stripe kann Aktionscodes nicht durchsuchen: Gesucht wird in der Kopie des Kontos auf diesem Rechner.</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 werden geladen…</translation>
    </message>
    <message>
        <source>No %1 found.</source>
        <translation>Keine %1 gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n loaded — scroll for more</source>
        <translation>
            <numerusform>%n geladen – für mehr scrollen</numerusform>
            <numerusform>%n geladen – für mehr scrollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n angezeigt</numerusform>
            <numerusform>%n angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown — Stripe&apos;s list stopped early: %1</source>
        <translation>
            <numerusform>%n angezeigt – die Liste von Stripe endete vorzeitig: %1</numerusform>
            <numerusform>%n angezeigt – die Liste von Stripe endete vorzeitig: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>loading more…</source>
        <translation>weitere werden geladen…</translation>
    </message>
    <message>
        <source>Enter: %1 when the row allows it, else the row&apos;s details. Menu key: the row&apos;s actions.</source>
        <translation>Eingabetaste: %1, wenn die Zeile es zulässt, sonst die Details der Zeile. Menütaste: die Aktionen der Zeile.</translation>
    </message>
    <message>
        <source>Enter: the row&apos;s details. Menu key: the row&apos;s actions.</source>
        <translation>Eingabetaste: die Details der Zeile. Menütaste: die Aktionen der Zeile.</translation>
    </message>
    <message numerus="yes">
        <source>Sorted %Ln loaded of more (the most Paydesk loads to sort)</source>
        <translation>
            <numerusform>%Ln geladene von mehr sortiert (das meiste, was Paydesk zum Sortieren lädt)</numerusform>
            <numerusform>%Ln geladene von mehr sortiert (das meiste, was Paydesk zum Sortieren lädt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sorted %Ln loaded of more</source>
        <translation>
            <numerusform>%Ln geladene von mehr sortiert</numerusform>
            <numerusform>%Ln geladene von mehr sortiert</numerusform>
        </translation>
    </message>
    <message>
        <source>, amounts sorted within each currency</source>
        <translation>, Beträge innerhalb jeder Währung sortiert</translation>
    </message>
    <message>
        <source>Only the rows loaded so far are in this order: Stripe has more, which are not. Load the rest to sort every row.</source>
        <translation>Nur die bisher geladenen Zeilen stehen in dieser Reihenfolge: Stripe hat weitere, die es nicht tun. Laden Sie den Rest, um jede Zeile zu sortieren.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln ausgewählt</numerusform>
            <numerusform>%Ln ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Acts on one %1 at a time: %Ln are selected.</source>
        <translation>
            <numerusform>Wirkt auf ein(e) %1 auf einmal: %Ln ist ausgewählt.</numerusform>
            <numerusform>Wirkt auf ein(e) %1 auf einmal: %Ln sind ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the rows loaded so far are in this order: the copy of the account cannot order every row by this column. Load the rest to sort every row.</source>
        <translation>Nur die bisher geladenen Zeilen stehen in dieser Reihenfolge: Die Kopie des Kontos kann nicht jede Zeile nach dieser Spalte ordnen. Laden Sie den Rest, um jede Zeile zu sortieren.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund payment</source>
        <translation>Zahlung erstatten</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>Zahlung:</translation>
    </message>
    <message>
        <source>Already refunded:</source>
        <translation>Bereits erstattet:</translation>
    </message>
    <message>
        <source>Amount to refund, in %1</source>
        <translation>Zu erstattender Betrag in %1</translation>
    </message>
    <message>
        <source>At most %1</source>
        <translation>Höchstens %1</translation>
    </message>
    <message>
        <source>%1, the whole authorisation</source>
        <translation>%1, die gesamte Autorisierung</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Betrag:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>Uncaptured: nothing was taken from the card yet. Refunding it releases the authorisation, the hold on the customer&apos;s card.</source>
        <translation>Nicht erfasst: Von der Karte wurde noch nichts abgebucht. Die Rückerstattung gibt die Autorisierung frei, also die Reservierung auf der Karte des Kunden.</translation>
    </message>
    <message>
        <source>Left to refund: %1</source>
        <translation>Noch zu erstatten: %1</translation>
    </message>
    <message>
        <source>Requested by customer</source>
        <translation>Vom Kunden gewünscht</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doppelt</translation>
    </message>
    <message>
        <source>Fraudulent</source>
        <translation>Betrügerisch</translation>
    </message>
    <message>
        <source>Other (say why in the note)</source>
        <translation>Sonstiges (Grund in der Notiz angeben)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Note for the records (required for Other)</source>
        <translation>Notiz für die Akten (bei „Sonstiges“ erforderlich)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation>%1 freigeben</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>%1 erstatten</translation>
    </message>
</context>
<context>
    <name>RefundsTab</name>
    <message>
        <source>Payment ID (ch_…)</source>
        <translation>Zahlungs-ID (ch_…)</translation>
    </message>
    <message>
        <source>Refunds of the payment with the ID</source>
        <translation>Rückerstattungen der Zahlung mit dieser ID</translation>
    </message>
    <message>
        <source>Refund status</source>
        <translation>Erstattungsstatus</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Requires action</source>
        <translation>Aktion erforderlich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Refund currency</source>
        <translation>Erstattungswährung</translation>
    </message>
    <message>
        <source>Any currency</source>
        <translation>Jede Währung</translation>
    </message>
    <message>
        <source>Email, name, last 4 or ID</source>
        <translation>E-Mail, Name, letzte 4 oder ID</translation>
    </message>
    <message>
        <source>Search refunds</source>
        <translation>Rückerstattungen durchsuchen</translation>
    </message>
    <message>
        <source>Finds refunds by any word of their payment&apos;s email, card last 4 or customer, their description, metadata or ID. Stripe cannot search refunds: this searches this desk&apos;s copy of the account.</source>
        <translation>Findet Rückerstattungen über jedes Wort in E-Mail, letzten 4 Kartenziffern oder Kunde ihrer Zahlung, in Beschreibung, Metadaten oder ID. Stripe kann Rückerstattungen nicht durchsuchen: Gesucht wird in der Kopie des Kontos auf diesem Rechner.</translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <source>Show deta&amp;ils</source>
        <translation>Details &amp;zeigen</translation>
    </message>
    <message>
        <source>Select one row to see its details.</source>
        <translation>Wählen Sie eine Zeile, um ihre Details zu sehen.</translation>
    </message>
</context>
<context>
    <name>SaveViewDialog</name>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Ansicht umbenennen</translation>
    </message>
    <message>
        <source>e.g. Open invoices in euros</source>
        <translation>z. B. Offene Rechnungen in Euro</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>A view named “%1” exists: saving replaces it.</source>
        <translation>Eine Ansicht namens „%1“ gibt es schon: Speichern ersetzt sie.</translation>
    </message>
    <message>
        <source>Another view is named “%1”.</source>
        <translation>Eine andere Ansicht heißt „%1“.</translation>
    </message>
</context>
<context>
    <name>SavedViewsMenu</name>
    <message>
        <source>Saved &amp;views</source>
        <translation>Gespeicherte An&amp;sichten</translation>
    </message>
    <message>
        <source>No saved views of %1</source>
        <translation>Keine gespeicherten Ansichten von %1</translation>
    </message>
    <message>
        <source>Save this tab&apos;s filters, sort and columns with Save current view…</source>
        <translation>Speichern Sie Filter, Sortierung und Spalten dieses Reiters mit Aktuelle Ansicht speichern…</translation>
    </message>
    <message>
        <source>&amp;Save current view…</source>
        <translation>Aktuelle Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <source>Name this tab&apos;s filters, sort and columns, to show them again from this menu.</source>
        <translation>Benennen Sie Filter, Sortierung und Spalten dieses Reiters, um sie über dieses Menü wieder zu zeigen.</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>No saved view to rename.</source>
        <translation>Keine gespeicherte Ansicht zum Umbenennen.</translation>
    </message>
    <message>
        <source>No saved view to delete.</source>
        <translation>Keine gespeicherte Ansicht zum Löschen.</translation>
    </message>
    <message>
        <source>Stripe&apos;s order (newest first)</source>
        <translation>Stripes Reihenfolge (neueste zuerst)</translation>
    </message>
    <message>
        <source>%1, ascending</source>
        <translation>%1, aufsteigend</translation>
    </message>
    <message>
        <source>%1, descending</source>
        <translation>%1, absteigend</translation>
    </message>
    <message>
        <source>A view of %1 keeps its filters as they are now, the sort — %2 — and which columns show (%3 of %4).</source>
        <translation>Eine Ansicht von %1 behält die Filter, wie sie jetzt sind, die Sortierung — %2 — und welche Spalten zu sehen sind (%3 von %4).</translation>
    </message>
    <message>
        <source>Saved the view “%1” of %2.</source>
        <translation>Die Ansicht „%1“ von %2 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Only the name changes.</source>
        <translation>Nur der Name ändert sich.</translation>
    </message>
    <message>
        <source>Renamed the view “%1” to “%2”.</source>
        <translation>Die Ansicht „%1“ heißt jetzt „%2“.</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>Delete the saved view “%1” of %2? The records stay as they are; only the view&apos;s name, filters, sort and columns go.</source>
        <translation>Die gespeicherte Ansicht „%1“ von %2 löschen? Die Datensätze bleiben, wie sie sind; nur Name, Filter, Sortierung und Spalten der Ansicht gehen.</translation>
    </message>
    <message>
        <source>Deleted the view “%1”.</source>
        <translation>Die Ansicht „%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>Showing the view “%1” of %2.</source>
        <translation>Die Ansicht „%1“ von %2 wird gezeigt.</translation>
    </message>
</context>
<context>
    <name>SelectedRowsExport</name>
    <message>
        <source>Export selected rows to CSV</source>
        <translation>Ausgewählte Zeilen als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 selected %2 to %3</source>
        <translation>%1 ausgewählte %2 nach %3 exportiert</translation>
    </message>
</context>
<context>
    <name>StatePanel</name>
    <message>
        <source>Re&amp;try</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
</context>
<context>
    <name>TableColumns</name>
    <message>
        <source>A table shows at least one column.</source>
        <translation>Eine Tabelle zeigt mindestens eine Spalte.</translation>
    </message>
    <message>
        <source>&amp;Choose columns…</source>
        <translation>Spalten &amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Reset columns</source>
        <translation>Spalten &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Every column, in Paydesk&apos;s order.</source>
        <translation>Alle Spalten, in Paydesks Reihenfolge.</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Save and use it</source>
        <translation>&amp;Speichern und verwenden</translation>
    </message>
    <message>
        <source>Use this desk&apos;s own cop&amp;y</source>
        <translation>Kopie dieses &amp;Rechners verwenden</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Team-Datenbank</translation>
    </message>
    <message>
        <source>A team can keep this account&apos;s copy in its own PostgreSQL database: one desk keeps it current from Stripe, every desk reads it. Paydesk makes a schema of its own there, paydesk_mirror (the user needs CREATE on the database). The password is kept in the system keychain, never in a file.</source>
        <translation>Ein Team kann die Kopie dieses Kontos in seiner eigenen PostgreSQL-Datenbank führen: Ein Rechner hält sie aus Stripe aktuell, alle Rechner lesen sie. Paydesk legt dort ein eigenes Schema an, paydesk_mirror (der Benutzer braucht CREATE auf der Datenbank). Das Passwort wird im Schlüsselbund des Systems aufbewahrt, niemals in einer Datei.</translation>
    </message>
    <message>
        <source>Connection string</source>
        <translation>Verbindungszeichenfolge</translation>
    </message>
    <message>
        <source>db.example.com or /run/postgresql</source>
        <translation>db.example.com oder /run/postgresql</translation>
    </message>
    <message>
        <source>&amp;Connection string:</source>
        <translation>&amp;Verbindungs-URL:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Other &amp;options:</source>
        <translation>Weitere &amp;Optionen:</translation>
    </message>
    <message>
        <source>(kept in the system keychain; type to replace it)</source>
        <translation>(im Schlüsselbund des Systems; zum Ersetzen neu eingeben)</translation>
    </message>
    <message>
        <source>The saved password could not be read from the system keychain (%1). Type it again.</source>
        <translation>Das gespeicherte Passwort konnte nicht aus dem Schlüsselbund des Systems gelesen werden (%1). Geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Geben Sie den Namen der Datenbank ein.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>This account&apos;s copy is now kept in the team database (%1).</source>
        <translation>Die Kopie dieses Kontos wird jetzt in der Team-Datenbank geführt (%1).</translation>
    </message>
    <message>
        <source>This Paydesk has no keychain to keep the password in.</source>
        <translation>Dieses Paydesk hat keinen Schlüsselbund für das Passwort.</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>Passwort wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>The password could not be saved in the system keychain, so nothing was changed (%1).</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund des Systems gespeichert werden, daher wurde nichts geändert (%1).</translation>
    </message>
    <message>
        <source>This account&apos;s copy is kept on this desk again (%1).</source>
        <translation>Die Kopie dieses Kontos wird wieder auf diesem Rechner geführt (%1).</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Connect to Stripe…</source>
        <translation>Mit Stripe verbinden…</translation>
    </message>
    <message>
        <source>The key for %1 could not be read</source>
        <translation>Der Schlüssel für %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Enter the key…</source>
        <translation>Schlüssel eingeben…</translation>
    </message>
    <message>
        <source>Use the sandbox</source>
        <translation>Sandbox verwenden</translation>
    </message>
    <message>
        <source>The sandbox&apos;s saved data cannot be read</source>
        <translation>Die gespeicherten Daten der Sandbox können nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1

Paydesk can start the sandbox afresh, with new made-up data. The file it cannot read is kept, renamed, in the same folder: nothing is deleted.</source>
        <translation>%1

Paydesk kann die Sandbox neu beginnen, mit neuen erfundenen Daten. Die nicht lesbare Datei bleibt umbenannt im selben Ordner erhalten: Nichts wird gelöscht.</translation>
    </message>
    <message>
        <source>Start the sandbox afresh</source>
        <translation>Sandbox neu beginnen</translation>
    </message>
    <message>
        <source>Replace key…</source>
        <translation>Schlüssel ersetzen…</translation>
    </message>
    <message>
        <source>Forget %1?</source>
        <translation>%1 vergessen?</translation>
    </message>
    <message>
        <source>&amp;Connect to Stripe…</source>
        <translation>Mit Stripe &amp;verbinden…</translation>
    </message>
    <message>
        <source>%1 — LIVE</source>
        <translation>%1 – LIVE</translation>
    </message>
    <message>
        <source>%1 — test</source>
        <translation>%1 – Test</translation>
    </message>
    <message>
        <source>Sandbox (made-up data)</source>
        <translation>Sandbox (erfundene Daten)</translation>
    </message>
    <message>
        <source>&amp;Forget this account…</source>
        <translation>Dieses Konto &amp;vergessen…</translation>
    </message>
    <message>
        <source>Paydesk deletes the key for %1 from the system keychain, forgets the account&apos;s settings and deletes its copy on this desk. Nothing changes at Stripe; you can connect again with the key at any time.</source>
        <translation>Paydesk löscht den Schlüssel für %1 aus dem Schlüsselbund des Systems, vergisst die Einstellungen des Kontos und löscht seine Kopie auf diesem Rechner. Bei Stripe ändert sich nichts; Sie können sich jederzeit wieder mit dem Schlüssel verbinden.</translation>
    </message>
</context>
<context>
    <name>WriteDialog</name>
    <message>
        <source>Send this new one anyway</source>
        <translation>Diesen neuen trotzdem senden</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>LIVE — %1</source>
        <translation>LIVE – %1</translation>
    </message>
    <message>
        <source>LIVE — this moves real money.</source>
        <translation>LIVE – hier fließt echtes Geld.</translation>
    </message>
    <message>
        <source>An earlier write on this never got an answer: “%1”, started %2. It may have happened. Settle it in Activity (Ctrl+Shift+A) first, or tick below to send this new one anyway.</source>
        <translation>Ein früherer Schreibvorgang hierzu hat nie eine Antwort erhalten: „%1“, gestartet %2. Er wurde möglicherweise ausgeführt. Klären Sie ihn zuerst unter Aktivität (Strg+Umschalt+A) oder setzen Sie unten das Häkchen, um diesen neuen trotzdem zu senden.</translation>
    </message>
    <message>
        <source>LIVE: %1</source>
        <translation>LIVE: %1</translation>
    </message>
    <message>
        <source>Done. %1</source>
        <translation>Erledigt. %1</translation>
    </message>
    <message>
        <source>No answer came from Stripe, so Paydesk cannot tell whether this happened.
%1

“Check whether it happened” asks Stripe; “Retry safely” shows what sending it again would do before anything is sent. The write is also kept in Activity until it is settled.</source>
        <translation>Von Stripe kam keine Antwort, daher kann Paydesk nicht sagen, ob der Vorgang ausgeführt wurde.
%1

„Prüfen, ob ausgeführt“ fragt bei Stripe nach; „Sicher wiederholen“ zeigt, was ein erneutes Senden bewirken würde, bevor etwas gesendet wird. Der Schreibvorgang bleibt außerdem unter Aktivität, bis er geklärt ist.</translation>
    </message>
    <message>
        <source>“Retry safely” shows what sending it again would do.</source>
        <translation>„Sicher wiederholen“ zeigt, was ein erneutes Senden bewirken würde.</translation>
    </message>
    <message>
        <source>Send it again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Check whether it happened</source>
        <translation>Prüfen, ob ausgeführt</translation>
    </message>
    <message>
        <source>Retry safely…</source>
        <translation>Sicher wiederholen…</translation>
    </message>
    <message>
        <source>Asking Stripe…</source>
        <translation>Stripe wird gefragt…</translation>
    </message>
    <message>
        <source>Looking at it as it is now…</source>
        <translation>Aktueller Stand wird abgerufen…</translation>
    </message>
    <message>
        <source>It is settled in Activity.</source>
        <translation>Er ist unter Aktivität geklärt.</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Nicht mehr warten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Stop waiting for Stripe&apos;s answer. The write may still happen; it stays in Activity until it is settled.</source>
        <translation>Nicht mehr auf die Antwort von Stripe warten. Der Schreibvorgang kann trotzdem noch ausgeführt werden; er bleibt unter Aktivität, bis er geklärt ist.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>This write is on its way to Stripe. Wait for the answer, or press “Stop waiting”: it may still happen, and stays in Activity until it is settled.</source>
        <translation>Dieser Schreibvorgang ist auf dem Weg zu Stripe. Warten Sie auf die Antwort oder klicken Sie auf „Nicht mehr warten“: Er kann trotzdem noch ausgeführt werden und bleibt unter Aktivität, bis er geklärt ist.</translation>
    </message>
</context>
<context>
    <name>accounts::AccountProbe</name>
    <message>
        <source>the account id “%1” is not one Stripe gives</source>
        <translation>die Konto-ID „%1“ hat nicht die Form, die Stripe vergibt</translation>
    </message>
    <message>
        <source>Restricted key %1</source>
        <translation>Eingeschränkter Schlüssel %1</translation>
    </message>
    <message>
        <source>This key has expired. Create a new one in the Stripe Dashboard (Developers → API keys). Stripe said: %1</source>
        <translation>Dieser Schlüssel ist abgelaufen. Erstellen Sie einen neuen im Stripe-Dashboard (Entwickler → API-Schlüssel). Stripe meldete: %1</translation>
    </message>
    <message>
        <source>Stripe did not accept this key. Check that you copied all of it. Stripe said: %1</source>
        <translation>Stripe hat diesen Schlüssel nicht akzeptiert. Prüfen Sie, ob Sie ihn vollständig kopiert haben. Stripe meldete: %1</translation>
    </message>
    <message>
        <source>This restricted key may not read the account or its balance, so Paydesk cannot check it. Give it read access to Balance in the Dashboard. Stripe said: %1</source>
        <translation>Dieser eingeschränkte Schlüssel darf weder das Konto noch dessen Saldo lesen, daher kann Paydesk ihn nicht prüfen. Geben Sie ihm im Dashboard Lesezugriff auf „Balance“. Stripe meldete: %1</translation>
    </message>
</context>
<context>
    <name>accounts::KeyFormat</name>
    <message>
        <source>Paydesk needs a secret key (sk_…) or a restricted key (rk_…) from the Dashboard&apos;s API keys page.</source>
        <translation>Paydesk benötigt einen geheimen Schlüssel (sk_…) oder einen eingeschränkten Schlüssel (rk_…) von der Seite „API-Schlüssel“ im Dashboard.</translation>
    </message>
    <message>
        <source>Paste the key here.</source>
        <translation>Fügen Sie den Schlüssel hier ein.</translation>
    </message>
    <message>
        <source>The key has a space or line break inside it. Copy it again from the Dashboard in one piece.</source>
        <translation>Der Schlüssel enthält ein Leerzeichen oder einen Zeilenumbruch. Kopieren Sie ihn erneut am Stück aus dem Dashboard.</translation>
    </message>
    <message>
        <source>This does not look like a Stripe API key.</source>
        <translation>Das sieht nicht wie ein Stripe-API-Schlüssel aus.</translation>
    </message>
    <message>
        <source>This is a publishable key (pk_…).</source>
        <translation>Das ist ein veröffentlichbarer Schlüssel (pk_…).</translation>
    </message>
    <message>
        <source>This is a webhook signing secret (whsec_…), not an API key.</source>
        <translation>Das ist ein Webhook-Signaturgeheimnis (whsec_…), kein API-Schlüssel.</translation>
    </message>
    <message>
        <source>This key looks cut short or damaged. Copy it again from the Dashboard&apos;s API keys page.</source>
        <translation>Dieser Schlüssel wirkt gekürzt oder beschädigt. Kopieren Sie ihn erneut von der Seite „API-Schlüssel“ im Dashboard.</translation>
    </message>
</context>
<context>
    <name>accounts::KeyPermissions</name>
    <message>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>orders (payment intents)</source>
        <translation>Aufträge (Payment Intents)</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>refunds</source>
        <translation>Rückerstattungen</translation>
    </message>
    <message>
        <source>promotion codes</source>
        <translation>Aktionscodes</translation>
    </message>
    <message>
        <source>coupons</source>
        <translation>Coupons</translation>
    </message>
    <message>
        <source>products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>The API key in use may read %1 but not change them (Stripe refused it). A key with “%2: Write” in the Stripe Dashboard, or a secret key, can.</source>
        <translation>Der verwendete API-Schlüssel darf %1 lesen, aber nicht ändern (Stripe hat abgelehnt). Ein Schlüssel mit „%2: Write“ im Stripe-Dashboard oder ein geheimer Schlüssel darf es.</translation>
    </message>
    <message>
        <source>The API key in use may not read %1 (Stripe refused it). A key with “%2: Read” or “Write” in the Stripe Dashboard, or a secret key, can.</source>
        <translation>Der verwendete API-Schlüssel darf %1 nicht lesen (Stripe hat abgelehnt). Ein Schlüssel mit „%2: Read“ oder „Write“ im Stripe-Dashboard oder ein geheimer Schlüssel darf es.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>PaymentIntents</source>
        <translation>PaymentIntents</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Charges</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <source>Promotion Codes</source>
        <translation>Promotion Codes</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Coupons</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prices</translation>
    </message>
    <message>
        <source>The API key in use may not change %1. A key with “%2: Write” in the Stripe Dashboard (Developers → API keys), or a secret key, can.</source>
        <translation>Der verwendete API-Schlüssel darf %1 nicht ändern. Ein Schlüssel mit „%2: Write“ im Stripe-Dashboard (Entwickler → API-Schlüssel) oder ein geheimer Schlüssel darf es.</translation>
    </message>
    <message>
        <source>The API key in use may not read %1. A key with “%2: Read” in the Stripe Dashboard (Developers → API keys), or a secret key, can.</source>
        <translation>Der verwendete API-Schlüssel darf %1 nicht lesen. Ein Schlüssel mit „%2: Read“ im Stripe-Dashboard (Entwickler → API-Schlüssel) oder ein geheimer Schlüssel darf es.</translation>
    </message>
    <message>
        <source>The API key in use is not allowed to do this. A restricted key can do only what it was given in the Stripe Dashboard (Developers → API keys); a secret key can do everything.</source>
        <translation>Der verwendete API-Schlüssel darf das nicht. Ein eingeschränkter Schlüssel darf nur, was ihm im Stripe-Dashboard (Entwickler → API-Schlüssel) erlaubt wurde; ein geheimer Schlüssel darf alles.</translation>
    </message>
    <message>
        <source>(Request ID: %1)</source>
        <translation>(Anfrage-ID: %1)</translation>
    </message>
</context>
<context>
    <name>accounts::VaultError</name>
    <message>
        <source>The system keychain has no key saved for this account.</source>
        <translation>Im Schlüsselbund des Systems ist für dieses Konto kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>Paydesk could not reach the system keychain (no Secret Service is running, or it has no default keyring).</source>
        <translation>Paydesk konnte den Schlüsselbund des Systems nicht erreichen (es läuft kein Secret Service, oder er hat keinen Standard-Schlüsselbund).</translation>
    </message>
    <message>
        <source>The system keychain is locked, so Paydesk could not read the key for this account (the request to unlock it was cancelled, or could not be shown).</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt, daher konnte Paydesk den Schlüssel für dieses Konto nicht lesen (die Anfrage zum Entsperren wurde abgebrochen oder konnte nicht angezeigt werden).</translation>
    </message>
    <message>
        <source>The system keychain is locked, or did not allow Paydesk to use it, so the key was not saved.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt oder hat Paydesk den Zugriff verweigert, daher wurde der Schlüssel nicht gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain is locked, or did not allow Paydesk to use it, so the key was not deleted.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt oder hat Paydesk den Zugriff verweigert, daher wurde der Schlüssel nicht gelöscht.</translation>
    </message>
    <message>
        <source>within 1 second</source>
        <translation>innerhalb einer Sekunde</translation>
    </message>
    <message>
        <source>within %1 seconds</source>
        <translation>innerhalb von %1 Sekunden</translation>
    </message>
    <message>
        <source>The keychain did not answer %1 — a password prompt may be waiting on your desktop.</source>
        <translation>Der Schlüsselbund hat nicht %1 geantwortet – möglicherweise wartet eine Passwortabfrage auf Ihrem Desktop.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1.</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet: %1.</translation>
    </message>
    <message>
        <source>Connect the account again with its key.</source>
        <translation>Verbinden Sie das Konto erneut mit seinem Schlüssel.</translation>
    </message>
    <message>
        <source>You can keep the key for this session only; Paydesk will forget it when it closes.</source>
        <translation>Sie können den Schlüssel nur für diese Sitzung behalten; Paydesk vergisst ihn beim Beenden.</translation>
    </message>
    <message>
        <source>You can enter the key again and keep it for this session only.</source>
        <translation>Sie können den Schlüssel erneut eingeben und nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>The key may still be saved in the keychain; try again once the keychain answers.</source>
        <translation>Der Schlüssel ist möglicherweise noch im Schlüsselbund gespeichert; versuchen Sie es erneut, sobald der Schlüsselbund antwortet.</translation>
    </message>
    <message>
        <source>Unlock it in Keychain Access (with your login password)</source>
        <translation>Entsperren Sie ihn in der Schlüsselbundverwaltung (mit Ihrem Anmeldepasswort)</translation>
    </message>
    <message>
        <source>Sign in to Windows again, or allow Paydesk in Credential Manager</source>
        <translation>Melden Sie sich erneut bei Windows an oder erlauben Sie Paydesk in der Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>Unlock it with your login password, when your desktop asks or in its passwords app (Passwords and Keys, KWalletManager)</source>
        <translation>Entsperren Sie ihn mit Ihrem Anmeldepasswort, wenn Ihr Desktop danach fragt, oder in dessen Passwort-Programm (Passwörter und Verschlüsselung, KWalletManager)</translation>
    </message>
    <message>
        <source>%1, then choose the account again in the Account menu; or enter the key again and keep it for this session only.</source>
        <translation>%1, wählen Sie dann das Konto erneut im Menü Konto; oder geben Sie den Schlüssel erneut ein und behalten Sie ihn nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>%1 and save again; or keep the key for this session only, and Paydesk will forget it when it closes.</source>
        <translation>%1 und speichern Sie erneut; oder behalten Sie den Schlüssel nur für diese Sitzung, dann vergisst Paydesk ihn beim Beenden.</translation>
    </message>
    <message>
        <source>The key may still be saved in the keychain. %1 and forget the account again.</source>
        <translation>Der Schlüssel ist möglicherweise noch im Schlüsselbund gespeichert. %1 und vergessen Sie das Konto erneut.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Paydesk — a desktop admin console for Stripe.
Without a saved account Paydesk opens on its built-in sandbox.</source>
        <translation>Paydesk – eine Desktop-Verwaltungskonsole für Stripe.
Ohne gespeichertes Konto öffnet Paydesk die eingebaute Sandbox.</translation>
    </message>
    <message>
        <source>Open on the built-in sandbox (made-up data), even when an account is saved.</source>
        <translation>Mit der eingebauten Sandbox (erfundene Daten) öffnen, auch wenn ein Konto gespeichert ist.</translation>
    </message>
    <message>
        <source>Send API requests to &lt;url&gt; instead of https://api.stripe.com (a proxy, or a sandbox started with paydesk-sandbox). Plain http:// only to this computer.</source>
        <translation>API-Anfragen an &lt;url&gt; statt an https://api.stripe.com senden (ein Proxy oder eine mit paydesk-sandbox gestartete Sandbox). Unverschlüsseltes http:// nur zu diesem Computer.</translation>
    </message>
    <message>
        <source>Open on the saved account &lt;id&gt; (acct_...) instead of the last one used.</source>
        <translation>Mit dem gespeicherten Konto &lt;id&gt; (acct_...) statt dem zuletzt verwendeten öffnen.</translation>
    </message>
    <message>
        <source>Paydesk was started again with arguments it cannot use: %1</source>
        <translation>Paydesk wurde erneut mit Argumenten gestartet, die es nicht verwenden kann: %1</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
    <message numerus="yes">
        <source>Closing: waiting for Stripe&apos;s answer to %n write(s)…</source>
        <translation>
            <numerusform>Wird geschlossen: Warte auf Stripes Antwort auf %n Schreibvorgang…</numerusform>
            <numerusform>Wird geschlossen: Warte auf Stripes Antwort auf %n Schreibvorgänge…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mirror::AccountMirror</name>
    <message>
        <source>Paydesk could not delete %1.</source>
        <translation>Paydesk konnte %1 nicht löschen.</translation>
    </message>
    <message>
        <source>the team database %1</source>
        <translation>die Team-Datenbank %1</translation>
    </message>
    <message>
        <source>The team database&apos;s password may still be in the system keychain: %1.</source>
        <translation>Das Passwort der Team-Datenbank ist möglicherweise noch im Schlüsselbund des Systems: %1.</translation>
    </message>
    <message>
        <source>the system keychain has no password saved for the team database</source>
        <translation>im Schlüsselbund des Systems ist kein Passwort für die Team-Datenbank gespeichert</translation>
    </message>
    <message>
        <source>no system keychain could be reached</source>
        <translation>kein Schlüsselbund des Systems erreichbar</translation>
    </message>
    <message>
        <source>the system keychain is locked, or did not let Paydesk use it</source>
        <translation>der Schlüsselbund des Systems ist gesperrt oder hat Paydesk den Zugriff verweigert</translation>
    </message>
    <message>
        <source>the system keychain did not answer; a password prompt may be waiting on your desktop</source>
        <translation>der Schlüsselbund des Systems hat nicht geantwortet; vielleicht wartet eine Passwortabfrage auf Ihrem Desktop</translation>
    </message>
    <message>
        <source>the system keychain reported an error</source>
        <translation>der Schlüsselbund des Systems hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>the system keychain reported an error: %1</source>
        <translation>der Schlüsselbund des Systems hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>This Paydesk cannot read the team database&apos;s password.</source>
        <translation>Dieses Paydesk kann das Passwort der Team-Datenbank nicht lesen.</translation>
    </message>
    <message>
        <source>The team database&apos;s password could not be read from the system keychain (%1). Tabs read from Stripe; enter the password again in Account → Team database…</source>
        <translation>Das Passwort der Team-Datenbank konnte nicht aus dem Schlüsselbund des Systems gelesen werden (%1). Die Reiter lesen von Stripe; geben Sie das Passwort unter Konto → Team-Datenbank… erneut ein.</translation>
    </message>
</context>
<context>
    <name>mirror::Connection</name>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 could not be made: %2</source>
        <translation>%1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The permissions of %1 could not be set.</source>
        <translation>Die Berechtigungen von %1 konnten nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 could not be reached: %2</source>
        <translation>PostgreSQL unter %1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>mirror::EventFollower</name>
    <message>
        <source>The account has not been listed yet.</source>
        <translation>Das Konto wurde noch nicht aufgelistet.</translation>
    </message>
    <message>
        <source>The mirror lost its place in Stripe&apos;s events.</source>
        <translation>Der Spiegel hat seine Position in den Ereignissen von Stripe verloren.</translation>
    </message>
    <message>
        <source>The mirror&apos;s newest event is older than Stripe keeps events (30 days).</source>
        <translation>Das neueste Ereignis des Spiegels ist älter, als Stripe Ereignisse aufbewahrt (30 Tage).</translation>
    </message>
    <message>
        <source>Stripe no longer has the mirror&apos;s newest event.</source>
        <translation>Stripe hat das neueste Ereignis des Spiegels nicht mehr.</translation>
    </message>
</context>
<context>
    <name>mirror::Mirror</name>
    <message>
        <source>the listing could not begin</source>
        <translation>die Auflistung konnte nicht beginnen</translation>
    </message>
    <message>
        <source>The team&apos;s database cannot be reached (%1). Tabs read from Stripe until it is back.</source>
        <translation>Die Datenbank des Teams ist nicht erreichbar (%1). Die Reiter lesen von Stripe, bis sie wieder da ist.</translation>
    </message>
    <message>
        <source>The mirror file was damaged (%1). Paydesk removed it and is listing the account again.</source>
        <translation>Die Spiegeldatei war beschädigt (%1). Paydesk hat sie entfernt und listet das Konto erneut auf.</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>die Verbindung wurde unterbrochen</translation>
    </message>
</context>
<context>
    <name>mirror::MirrorCsvExport</name>
    <message>
        <source>The copy of this account is not open.</source>
        <translation>Die Kopie dieses Kontos ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>mirror::MirrorRows</name>
    <message>
        <source>1 %1</source>
        <translation>1 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · balances %2</source>
        <translation>%1 · Salden %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>mirror::OverviewFeed</name>
    <message>
        <source>The copy closed.</source>
        <translation>Die Kopie wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>mirror::Schema</name>
    <message>
        <source>No migration to version %1.</source>
        <translation>Keine Migration zu Version %1.</translation>
    </message>
</context>
<context>
    <name>mirror::SizeEstimate</name>
    <message>
        <source>Not connected to Stripe.</source>
        <translation>Nicht mit Stripe verbunden.</translation>
    </message>
    <message>
        <source>unknown (Paydesk could not count the account: %1)</source>
        <translation>unbekannt (Paydesk konnte das Konto nicht zählen: %1)</translation>
    </message>
    <message>
        <source>at least %1 (at least %2 objects; Stripe could not count every list)</source>
        <translation>mindestens %1 (mindestens %2 Objekte; Stripe konnte nicht jede Liste zählen)</translation>
    </message>
    <message>
        <source>about %1 (about %2 objects)</source>
        <translation>etwa %1 (etwa %2 Objekte)</translation>
    </message>
</context>
<context>
    <name>mirror::SourceStatus</name>
    <message>
        <source>Syncing: %1 of about %2 %3</source>
        <translation>Abgleich: %1 von etwa %2 %3</translation>
    </message>
    <message>
        <source>Syncing: %1 %2 so far</source>
        <translation>Abgleich: bisher %1 %2</translation>
    </message>
    <message>
        <source> This desk keeps the team&apos;s copy current.</source>
        <translation> Dieser Rechner hält die Kopie des Teams aktuell.</translation>
    </message>
    <message>
        <source> Another desk keeps the team&apos;s copy current; this one reads it.</source>
        <translation> Ein anderer Rechner hält die Kopie des Teams aktuell; dieser liest sie.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <source>Syncing: 100,000 of about 1,000,000 promotion codes</source>
        <translation>Abgleich: 100.000 von etwa 1.000.000 Aktionscodes</translation>
    </message>
    <message>
        <source>From Stripe</source>
        <translation>Von Stripe</translation>
    </message>
    <message>
        <source>Paydesk reads from Stripe.</source>
        <translation>Paydesk liest von Stripe.</translation>
    </message>
    <message>
        <source>Team database unavailable — from Stripe</source>
        <translation>Team-Datenbank nicht verfügbar – von Stripe</translation>
    </message>
    <message>
        <source>Syncing is paused: Paydesk reads from Stripe until you resume it.</source>
        <translation>Der Abgleich ist pausiert: Paydesk liest von Stripe, bis Sie ihn fortsetzen.</translation>
    </message>
    <message>
        <source>Paydesk reads from Stripe. It can keep a copy of this account on this desk, for totals and filters over every record.</source>
        <translation>Paydesk liest von Stripe. Es kann eine Kopie dieses Kontos auf diesem Rechner führen, für Summen und Filter über alle Datensätze.</translation>
    </message>
    <message>
        <source>Paydesk reads from Stripe; no copy of this account is kept.</source>
        <translation>Paydesk liest von Stripe; es wird keine Kopie dieses Kontos geführt.</translation>
    </message>
    <message>
        <source>Sync paused — from Stripe</source>
        <translation>Abgleich pausiert – von Stripe</translation>
    </message>
    <message>
        <source>Opening the copy — from Stripe</source>
        <translation>Kopie wird geöffnet – von Stripe</translation>
    </message>
    <message>
        <source>Paydesk is opening the copy of this account in %1; meanwhile it reads from Stripe.</source>
        <translation>Paydesk öffnet die Kopie dieses Kontos in %1; so lange liest es von Stripe.</translation>
    </message>
    <message>
        <source>Copy stopped — from Stripe</source>
        <translation>Kopie angehalten – von Stripe</translation>
    </message>
    <message>
        <source>The copy of this account cannot be used: %1 Paydesk reads from Stripe.</source>
        <translation>Die Kopie dieses Kontos kann nicht verwendet werden: %1 Paydesk liest von Stripe.</translation>
    </message>
    <message>
        <source>Syncing: the lines of %1 invoices</source>
        <translation>Abgleich: die Zeilen von %1 Rechnungen</translation>
    </message>
    <message>
        <source>records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Syncing: saved cards of %1 customers</source>
        <translation>Abgleich: gespeicherte Karten von %1 Kunden</translation>
    </message>
    <message>
        <source>Paydesk is copying this account into %1; until it is complete, this view reads from Stripe.%2</source>
        <translation>Paydesk kopiert dieses Konto nach %1; bis die Kopie vollständig ist, liest diese Ansicht von Stripe.%2</translation>
    </message>
    <message>
        <source>From Stripe · copy synced %1 ago</source>
        <translation>Von Stripe · Kopie vor %1 abgeglichen</translation>
    </message>
    <message>
        <source>This tab reads from Stripe. The copy of this account in %1 is complete%2.%3</source>
        <translation>Dieser Reiter liest von Stripe. Die Kopie dieses Kontos in %1 ist vollständig%2.%3</translation>
    </message>
    <message>
        <source> and was synced with Stripe %1 ago</source>
        <translation> und wurde vor %1 mit Stripe abgeglichen</translation>
    </message>
    <message>
        <source>Synced %1 ago</source>
        <translation>Vor %1 abgeglichen</translation>
    </message>
    <message>
        <source>Catching up with Stripe…</source>
        <translation>Abgleich mit Stripe wird nachgeholt…</translation>
    </message>
    <message>
        <source>This view reads the copy of this account in %1%2.%3</source>
        <translation>Diese Ansicht liest die Kopie dieses Kontos in %1%2.%3</translation>
    </message>
    <message>
        <source>, synced with Stripe %1 ago</source>
        <translation>, vor %1 mit Stripe abgeglichen</translation>
    </message>
</context>
<context>
    <name>mirror::Store</name>
    <message>
        <source>The schema %1 could not be made: %2</source>
        <translation>Das Schema %1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>This mirror was made by a newer version of Paydesk (schema %1; this one knows %2).</source>
        <translation>Dieser Spiegel wurde von einer neueren Paydesk-Version angelegt (Schema %1; diese kennt %2).</translation>
    </message>
    <message>
        <source>The mirror&apos;s tables could not be updated: %1</source>
        <translation>Die Tabellen des Spiegels konnten nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>This mirror holds another Stripe account (%1), not %2.</source>
        <translation>Dieser Spiegel enthält ein anderes Stripe-Konto (%1), nicht %2.</translation>
    </message>
</context>
<context>
    <name>mirror::StoreConfig</name>
    <message>
        <source>“%1” has no value in the connection string.</source>
        <translation>„%1“ hat in der Verbindungszeichenfolge keinen Wert.</translation>
    </message>
    <message>
        <source>A quoted value in the connection string is not closed.</source>
        <translation>Ein Wert in Anführungszeichen ist in der Verbindungszeichenfolge nicht geschlossen.</translation>
    </message>
    <message>
        <source>The connection string is not a valid postgresql:// address.</source>
        <translation>Die Verbindungszeichenfolge ist keine gültige postgresql://-Adresse.</translation>
    </message>
    <message>
        <source>Leave the password out of the connection string: Paydesk keeps it in the system keychain.</source>
        <translation>Lassen Sie das Passwort aus der Verbindungszeichenfolge weg: Paydesk bewahrt es im Schlüsselbund des Systems auf.</translation>
    </message>
    <message>
        <source>“%1” is not a port number.</source>
        <translation>„%1“ ist keine Portnummer.</translation>
    </message>
    <message>
        <source>The value of “%1” cannot contain “;”.</source>
        <translation>Der Wert von „%1“ darf kein „;“ enthalten.</translation>
    </message>
    <message>
        <source>The connection string names no database (dbname).</source>
        <translation>Die Verbindungszeichenfolge nennt keine Datenbank (dbname).</translation>
    </message>
    <message>
        <source>SQLite support for Qt is not installed (Debian: libqt6sql6-sqlite).</source>
        <translation>Die SQLite-Unterstützung für Qt ist nicht installiert (Debian: libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>PostgreSQL support for Qt is not installed (Debian: libqt6sql6-psql).</source>
        <translation>Die PostgreSQL-Unterstützung für Qt ist nicht installiert (Debian: libqt6sql6-psql).</translation>
    </message>
</context>
<context>
    <name>mirror::TeamConnectionCheck</name>
    <message>
        <source>the socket folder %1</source>
        <translation>den Socket-Ordner %1</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, Port %2</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 at %2 as %3, database %4.</source>
        <translation>Mit PostgreSQL %1 auf %2 als %3 verbunden, Datenbank %4.</translation>
    </message>
    <message>
        <source>the default user</source>
        <translation>den Standardbenutzer</translation>
    </message>
    <message>
        <source>%1 It already keeps the copy of another Stripe account (%2): choose another database for this one.</source>
        <translation>%1 Sie enthält bereits die Kopie eines anderen Stripe-Kontos (%2): Wählen Sie für dieses eine andere Datenbank.</translation>
    </message>
    <message>
        <source>%1 It already keeps this account&apos;s copy; Paydesk will use it.</source>
        <translation>%1 Sie enthält bereits die Kopie dieses Kontos; Paydesk wird sie verwenden.</translation>
    </message>
    <message>
        <source>%1 The user %2 may not create tables in it (Paydesk needs CREATE on the database to make its schema paydesk_mirror): ask its administrator for it.</source>
        <translation>%1 Der Benutzer %2 darf darin keine Tabellen anlegen (Paydesk braucht CREATE auf der Datenbank für sein Schema paydesk_mirror): Fragen Sie den Administrator danach.</translation>
    </message>
    <message>
        <source>%1 Paydesk will keep this account&apos;s copy in a schema of its own, paydesk_mirror.</source>
        <translation>%1 Paydesk führt die Kopie dieses Kontos in einem eigenen Schema, paydesk_mirror.</translation>
    </message>
    <message>
        <source>the user %1</source>
        <translation>den Benutzer %1</translation>
    </message>
    <message>
        <source>PostgreSQL refused the password for %1 (or there is no such user). Check the user name and the password.</source>
        <translation>PostgreSQL hat das Passwort für %1 abgelehnt (oder es gibt diesen Benutzer nicht). Prüfen Sie Benutzername und Passwort.</translation>
    </message>
    <message>
        <source>PostgreSQL asks %1 for a password: enter it.</source>
        <translation>PostgreSQL verlangt ein Passwort für %1: Geben Sie es ein.</translation>
    </message>
    <message>
        <source>The server has no database named %1. Check its name, or ask its administrator to create it.</source>
        <translation>Der Server hat keine Datenbank namens %1. Prüfen Sie den Namen oder bitten Sie den Administrator, sie anzulegen.</translation>
    </message>
    <message>
        <source>The server has no user named %1.</source>
        <translation>Der Server hat keinen Benutzer namens %1.</translation>
    </message>
    <message>
        <source>No computer named %1 could be found. Check the host name.</source>
        <translation>Kein Computer namens %1 wurde gefunden. Prüfen Sie den Hostnamen.</translation>
    </message>
    <message>
        <source>No PostgreSQL server is listening in %1. Is the server running, and is this its socket folder?</source>
        <translation>In %1 lauscht kein PostgreSQL-Server. Läuft der Server, und ist dies sein Socket-Ordner?</translation>
    </message>
    <message>
        <source>Nothing answers at %1: the server is not running there, or the port is wrong, or a firewall stands between.</source>
        <translation>Unter %1 antwortet nichts: Der Server läuft dort nicht, der Port ist falsch oder eine Firewall steht dazwischen.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer within 5 seconds. Check the host and the port, and that this computer may reach it.</source>
        <translation>Der Server unter %1 hat nicht innerhalb von 5 Sekunden geantwortet. Prüfen Sie Host und Port und ob dieser Computer ihn erreichen darf.</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed: %2 Check sslmode and the server&apos;s certificate.</source>
        <translation>Die sichere Verbindung (TLS) zu %1 ist fehlgeschlagen: %2 Prüfen Sie sslmode und das Zertifikat des Servers.</translation>
    </message>
    <message>
        <source>The server at %1 does not let %2 in from this computer (pg_hba.conf): ask its administrator.</source>
        <translation>Der Server unter %1 lässt %2 von diesem Computer aus nicht zu (pg_hba.conf): Fragen Sie den Administrator.</translation>
    </message>
    <message>
        <source>The server at %1 has no free connection left: try again later, or ask its administrator.</source>
        <translation>Der Server unter %1 hat keine freie Verbindung mehr: Versuchen Sie es später erneut oder fragen Sie den Administrator.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>money::AmountParser</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Der Betrag darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Type the amount in plain digits, like %1, not in scientific notation.</source>
        <translation>Geben Sie den Betrag in einfachen Ziffern ein, etwa %1, nicht in wissenschaftlicher Schreibweise.</translation>
    </message>
    <message>
        <source>The amount has more than one decimal separator; type it like %1.</source>
        <translation>Der Betrag enthält mehr als ein Dezimaltrennzeichen; geben Sie ihn etwa so ein: %1.</translation>
    </message>
    <message>
        <source>“%1” is not an amount; type it like %2.</source>
        <translation>„%1“ ist kein Betrag; geben Sie ihn etwa so ein: %2.</translation>
    </message>
    <message>
        <source>“%1” is not an amount: the digit groups look wrong. Type it like %2.</source>
        <translation>„%1“ ist kein Betrag: Die Zifferngruppen stimmen nicht. Geben Sie ihn etwa so ein: %2.</translation>
    </message>
    <message>
        <source>Type the digits after the decimal separator, like %1.</source>
        <translation>Geben Sie die Ziffern nach dem Dezimaltrennzeichen ein, etwa %1.</translation>
    </message>
    <message>
        <source>%1 amounts have no decimal places; type a whole number.</source>
        <translation>Beträge in %1 haben keine Nachkommastellen; geben Sie eine ganze Zahl ein.</translation>
    </message>
    <message>
        <source>%1 amounts have at most %2 decimal places.</source>
        <translation>Beträge in %1 haben höchstens %2 Nachkommastellen.</translation>
    </message>
    <message>
        <source>The amount is too large: the most Stripe accepts is %1.</source>
        <translation>Der Betrag ist zu hoch: Stripe akzeptiert höchstens %1.</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero.</source>
        <translation>Geben Sie einen Betrag größer als null ein.</translation>
    </message>
    <message>
        <source>Stripe takes %1 payments in steps of 0.010: the last of the three decimals must be 0.</source>
        <translation>Stripe nimmt Zahlungen in %1 in Schritten von 0,010 an: Die letzte der drei Nachkommastellen muss 0 sein.</translation>
    </message>
</context>
<context>
    <name>objects</name>
    <message>
        <source>“%1” is the ID of one of the %2, not of any %3; %3 IDs look like %4….</source>
        <translation>„%1“ gehört zu den %2, zu keinem Objekt vom Typ %3; IDs vom Typ %3 sehen so aus: %4….</translation>
    </message>
    <message>
        <source>“%1” is not the ID of any %2; %2 IDs look like %3….</source>
        <translation>„%1“ ist keine ID vom Typ %2; solche IDs sehen so aus: %3….</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>invoice item</source>
        <translation>Rechnungsposten</translation>
    </message>
    <message>
        <source>invoice items</source>
        <translation>Rechnungsposten</translation>
    </message>
    <message>
        <source>invoice line</source>
        <translation>Rechnungszeile</translation>
    </message>
    <message>
        <source>invoice lines</source>
        <translation>Rechnungszeilen</translation>
    </message>
    <message>
        <source>order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>payment intent</source>
        <translation>Payment Intent</translation>
    </message>
    <message>
        <source>payment intents</source>
        <translation>Payment Intents</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>Rückerstattung</translation>
    </message>
    <message>
        <source>refunds</source>
        <translation>Rückerstattungen</translation>
    </message>
    <message>
        <source>promotion code</source>
        <translation>Aktionscode</translation>
    </message>
    <message>
        <source>promotion codes</source>
        <translation>Aktionscodes</translation>
    </message>
    <message>
        <source>coupon</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <source>coupons</source>
        <translation>Coupons</translation>
    </message>
    <message>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>payment method</source>
        <translation>Zahlungsmethode</translation>
    </message>
    <message>
        <source>payment methods</source>
        <translation>Zahlungsmethoden</translation>
    </message>
</context>
<context>
    <name>platform::SingleInstance</name>
    <message>
        <source>Paydesk cannot create %1, which makes sure only one Paydesk runs.</source>
        <translation>Paydesk kann %1 nicht anlegen, das sicherstellt, dass nur ein Paydesk läuft.</translation>
    </message>
    <message>
        <source>Paydesk cannot listen on %1: %2</source>
        <translation>Paydesk kann nicht auf %1 lauschen: %2</translation>
    </message>
    <message>
        <source>Paydesk is already running (process %1) but did not answer within %2 seconds. If it is stuck, end that process and start Paydesk again.</source>
        <translation>Paydesk läuft bereits (Prozess %1), hat aber nicht innerhalb von %2 Sekunden geantwortet. Falls es hängt, beenden Sie diesen Prozess und starten Sie Paydesk erneut.</translation>
    </message>
    <message>
        <source>Paydesk is already running and is still starting.</source>
        <translation>Paydesk läuft bereits und startet noch.</translation>
    </message>
</context>
<context>
    <name>queries::CopySearch</name>
    <message>
        <source>No %1 contain “%2”.</source>
        <translation>Keine %1 enthalten „%2“.</translation>
    </message>
    <message>
        <source>Stripe cannot search %1 for “%2”. Paydesk searches them in this desk&apos;s copy of the account once the copy is complete; the button in the status bar says how far it is.</source>
        <translation>Stripe kann %1 nicht nach „%2“ durchsuchen. Paydesk durchsucht sie in der Kopie des Kontos auf diesem Rechner, sobald die Kopie vollständig ist; die Schaltfläche in der Statusleiste zeigt, wie weit sie ist.</translation>
    </message>
</context>
<context>
    <name>queries::CreatedRange</name>
    <message>
        <source>on %1</source>
        <translation>vom %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>No %1 created %2 match the filters.</source>
        <translation>Keine %1, angelegt %2, passen zu den Filtern.</translation>
    </message>
</context>
<context>
    <name>queries::CustomerLookup</name>
    <message>
        <source>No customer has the email %1 (Stripe compares emails exactly, capitals too).</source>
        <translation>Kein Kunde hat die E-Mail-Adresse %1 (Stripe vergleicht E-Mail-Adressen genau, auch Groß- und Kleinschreibung).</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Kein Kunde passt zu „%1“.</translation>
    </message>
    <message>
        <source>Type 3 letters or more of a name or an email, or paste an ID.</source>
        <translation>Tippen Sie 3 oder mehr Buchstaben eines Namens oder einer E-Mail-Adresse, oder fügen Sie eine ID ein.</translation>
    </message>
    <message>
        <source>Not connected to Stripe.</source>
        <translation>Nicht mit Stripe verbunden.</translation>
    </message>
    <message>
        <source>No customer has the ID %1.</source>
        <translation>Kein Kunde hat die ID %1.</translation>
    </message>
    <message>
        <source>Customer %1 has been deleted.</source>
        <translation>Kunde %1 wurde gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n matches; type more to narrow them.</source>
        <translation>
            <numerusform>Der erste von %n Treffern; tippen Sie mehr, um einzugrenzen.</numerusform>
            <numerusform>Die ersten %n Treffer; tippen Sie mehr, um sie einzugrenzen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>queries::PaymentFilter</name>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <source>refunded in part</source>
        <translation>teilweise erstattet</translation>
    </message>
    <message>
        <source>uncaptured</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>angefochten</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>card ending %1</source>
        <translation>Karte mit Endung %1</translation>
    </message>
    <message>
        <source>No payment has the ID %1.</source>
        <translation>Keine Zahlung hat die ID %1.</translation>
    </message>
    <message>
        <source>No payments for %1 yet: nobody has paid it.</source>
        <translation>Noch keine Zahlungen für %1: Niemand hat es bezahlt.</translation>
    </message>
    <message>
        <source>No payments match: %1.</source>
        <translation>Keine Zahlungen passen: %1.</translation>
    </message>
    <message>
        <source>No payments yet.</source>
        <translation>Noch keine Zahlungen.</translation>
    </message>
    <message>
        <source>No payments from this customer.</source>
        <translation>Keine Zahlungen von diesem Kunden.</translation>
    </message>
    <message>
        <source>Stripe&apos;s search is not available to this account: Paydesk reads every payment and keeps the matches, which takes longer.</source>
        <translation>Stripes Suche steht diesem Konto nicht zur Verfügung: Paydesk liest jede Zahlung und behält die Treffer, was länger dauert.</translation>
    </message>
    <message>
        <source>No payments match: %1. Stripe&apos;s search can take a minute to include a new payment.</source>
        <translation>Keine Zahlungen passen: %1. Stripes Suche findet eine neue Zahlung erst nach bis zu einer Minute.</translation>
    </message>
    <message>
        <source>Found with Stripe&apos;s search, which can take a minute to include a new payment.</source>
        <translation>Mit Stripes Suche gefunden, die eine neue Zahlung erst nach bis zu einer Minute findet.</translation>
    </message>
    <message>
        <source>Several customers have that email: Paydesk applies the other filters itself.</source>
        <translation>Mehrere Kunden haben diese E-Mail-Adresse: Paydesk wendet die übrigen Filter selbst an.</translation>
    </message>
    <message>
        <source>Stripe cannot search for uncaptured payments: Paydesk keeps them from the succeeded payments Stripe finds.</source>
        <translation>Stripe kann nicht nach nicht erfassten Zahlungen suchen: Paydesk wählt sie aus den erfolgreichen Zahlungen aus, die Stripe findet.</translation>
    </message>
</context>
<context>
    <name>queries::PaymentFinder</name>
    <message>
        <source>Could not look up the customers: %1</source>
        <translation>Die Kunden konnten nicht gesucht werden: %1</translation>
    </message>
    <message>
        <source>customers matching “%1”</source>
        <translation>Kunden, die zu „%1“ passen</translation>
    </message>
    <message>
        <source>Type 3 letters or more of a name or an email, four digits of a card, an amount, a date or an ID.</source>
        <translation>Tippen Sie 3 oder mehr Buchstaben eines Namens oder einer E-Mail-Adresse, vier Ziffern einer Karte, einen Betrag, ein Datum oder eine ID.</translation>
    </message>
    <message>
        <source>card ending %1</source>
        <translation>Karte mit Endung %1</translation>
    </message>
    <message>
        <source>Not connected to Stripe.</source>
        <translation>Nicht mit Stripe verbunden.</translation>
    </message>
    <message>
        <source>No payment has the ID %1.</source>
        <translation>Keine Zahlung hat die ID %1.</translation>
    </message>
    <message>
        <source>No refund has the ID %1.</source>
        <translation>Keine Erstattung hat die ID %1.</translation>
    </message>
    <message>
        <source>Refund %1 is not of a card payment.</source>
        <translation>Erstattung %1 gehört zu keiner Kartenzahlung.</translation>
    </message>
</context>
<context>
    <name>queries::PaymentSearchText</name>
    <message>
        <source>“%1” is not an amount: %2</source>
        <translation>„%1“ ist kein Betrag: %2</translation>
    </message>
    <message>
        <source>“%1” is not a date: write days as 2026-11-03 or 3 Nov 2026.</source>
        <translation>„%1“ ist kein Datum: Schreiben Sie Tage als 2026-11-03 oder 3 Nov 2026.</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
</context>
<context>
    <name>queries::PickerLists</name>
    <message>
        <source>No active prices: create a product and a price first</source>
        <translation>Keine aktiven Preise: Legen Sie zuerst ein Produkt und einen Preis an</translation>
    </message>
    <message>
        <source>No active prices in %1</source>
        <translation>Keine aktiven Preise in %1</translation>
    </message>
    <message>
        <source>This customer has no saved cards</source>
        <translation>Dieser Kunde hat keine gespeicherten Karten</translation>
    </message>
    <message>
        <source>No coupons: create one in the Stripe Dashboard first</source>
        <translation>Keine Coupons: Legen Sie zuerst einen im Stripe-Dashboard an</translation>
    </message>
</context>
<context>
    <name>queries::PromotionCodesQuery</name>
    <message>
        <source>No promotion codes match these filters.</source>
        <translation>Keine Aktionscodes entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>No promotion code contains “%1”.</source>
        <translation>Kein Aktionscode enthält „%1“.</translation>
    </message>
    <message>
        <source>Codes containing “%1”, matched by Paydesk over Stripe&apos;s list.</source>
        <translation>Codes, die „%1“ enthalten, von Paydesk in Stripes Liste gesucht.</translation>
    </message>
</context>
<context>
    <name>queries::TabQueries</name>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <source>uncollectible</source>
        <translation>uneinbringlich</translation>
    </message>
    <message>
        <source>void</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>No invoices yet.</source>
        <translation>Noch keine Rechnungen.</translation>
    </message>
    <message>
        <source>No invoices for this customer.</source>
        <translation>Keine Rechnungen für diesen Kunden.</translation>
    </message>
    <message>
        <source>No %1 invoices.</source>
        <translation>Keine Rechnungen mit Status „%1“.</translation>
    </message>
    <message>
        <source>No %1 invoices for this customer.</source>
        <translation>Keine Rechnungen mit Status „%1“ für diesen Kunden.</translation>
    </message>
    <message>
        <source>No orders yet. Create one with New order.</source>
        <translation>Noch keine Aufträge. Legen Sie einen mit „Neuer Auftrag“ an.</translation>
    </message>
    <message>
        <source>No orders for this customer.</source>
        <translation>Keine Aufträge für diesen Kunden.</translation>
    </message>
    <message>
        <source>No archived products.</source>
        <translation>Keine archivierten Produkte.</translation>
    </message>
    <message>
        <source>No products yet. Create one with New product.</source>
        <translation>Noch keine Produkte. Legen Sie eines mit „Neues Produkt“ an.</translation>
    </message>
    <message>
        <source>No refunds yet.</source>
        <translation>Noch keine Rückerstattungen.</translation>
    </message>
    <message>
        <source>No refunds for this payment.</source>
        <translation>Keine Rückerstattungen für diese Zahlung.</translation>
    </message>
    <message>
        <source>The currency and due dates are matched by Paydesk over Stripe&apos;s list.</source>
        <translation>Währung und Fälligkeitsdaten sucht Paydesk in Stripes Liste.</translation>
    </message>
    <message>
        <source>No invoices match these filters.</source>
        <translation>Keine Rechnungen entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>No refunds match these filters.</source>
        <translation>Keine Rückerstattungen entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>The status and currency are matched by Paydesk over Stripe&apos;s list.</source>
        <translation>Status und Währung sucht Paydesk in Stripes Liste.</translation>
    </message>
</context>
<context>
    <name>records::Columns</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(Entwurf)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Fälliger Betrag</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Bezahlter Betrag</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Eingelöst</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <source>Default price</source>
        <translation>Standardpreis</translation>
    </message>
    <message>
        <source>Unit amount</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
</context>
<context>
    <name>records::CsvExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>the list never ended: %1; the export stopped after %2 rows and saved nothing</source>
        <translation>die Liste endete nie: %1; der Export wurde nach %2 Zeilen abgebrochen und nichts gespeichert</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>records::Details</name>
    <message>
        <source>Metadata: %1</source>
        <translation>Metadaten: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Delinquent</source>
        <translation>Im Zahlungsverzug</translation>
    </message>
    <message>
        <source>Yes — the latest invoice payment failed</source>
        <translation>Ja – die Zahlung der letzten Rechnung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>E-Mail des Kunden</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Fälliger Betrag</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Bezahlter Betrag</translation>
    </message>
    <message>
        <source>Amount remaining</source>
        <translation>Restbetrag</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Einzug</translation>
    </message>
    <message>
        <source>Hosted invoice page</source>
        <translation>Gehostete Rechnungsseite</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Zahlungsmethode</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Payment intent</source>
        <translation>Payment Intent</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Times redeemed</source>
        <translation>Eingelöst (Anzahl)</translation>
    </message>
    <message>
        <source>Max redemptions</source>
        <translation>Höchstzahl der Einlösungen</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Only for customer</source>
        <translation>Nur für Kunde</translation>
    </message>
    <message>
        <source>First order only</source>
        <translation>Nur Erstbestellung</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation>Mindestbestellwert</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Redeem by</source>
        <translation>Einlösbar bis</translation>
    </message>
    <message>
        <source>Default price</source>
        <translation>Standardpreis</translation>
    </message>
    <message>
        <source>Default price amount</source>
        <translation>Betrag des Standardpreises</translation>
    </message>
    <message>
        <source>Unit amount</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Zahlungsmethoden</translation>
    </message>
    <message>
        <source>No saved payment methods.</source>
        <translation>Keine gespeicherten Zahlungsmethoden.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>No invoices for this customer.</source>
        <translation>Keine Rechnungen für diesen Kunden.</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>No payments from this customer.</source>
        <translation>Keine Zahlungen von diesem Kunden.</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>Rechnungspositionen</translation>
    </message>
    <message>
        <source>This invoice has no items yet.</source>
        <translation>Diese Rechnung hat noch keine Positionen.</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Rückerstattungen</translation>
    </message>
    <message>
        <source>No refunds for this payment.</source>
        <translation>Keine Rückerstattungen für diese Zahlung.</translation>
    </message>
    <message>
        <source>Promotion codes</source>
        <translation>Aktionscodes</translation>
    </message>
    <message>
        <source>No promotion codes for this coupon.</source>
        <translation>Keine Aktionscodes für diesen Coupon.</translation>
    </message>
    <message>
        <source>Other codes for this coupon</source>
        <translation>Weitere Codes für diesen Coupon</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>No prices for this product.</source>
        <translation>Keine Preise für dieses Produkt.</translation>
    </message>
    <message>
        <source>No payment attempts yet.</source>
        <translation>Noch keine Zahlungsversuche.</translation>
    </message>
    <message>
        <source>Refund note</source>
        <translation>Erstattungsvermerk</translation>
    </message>
    <message>
        <source>Order items</source>
        <translation>Auftragspositionen</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Made with Paydesk</source>
        <translation>Mit Paydesk erstellt</translation>
    </message>
</context>
<context>
    <name>records::ErrorText</name>
    <message>
        <source>Request ID: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>This key cannot read %1.</source>
        <translation>Dieser Schlüssel kann %1 nicht lesen.</translation>
    </message>
    <message>
        <source>This API key has expired.</source>
        <translation>Dieser API-Schlüssel ist abgelaufen.</translation>
    </message>
    <message>
        <source>Stripe no longer accepts this API key.</source>
        <translation>Stripe akzeptiert diesen API-Schlüssel nicht mehr.</translation>
    </message>
    <message>
        <source>Replace it with Account → Connect to Stripe…</source>
        <translation>Ersetzen Sie ihn über Konto → Mit Stripe verbinden…</translation>
    </message>
    <message>
        <source>Stripe said: %1</source>
        <translation>Stripe meldete: %1</translation>
    </message>
    <message>
        <source>Could not load %1.</source>
        <translation>%1 konnten nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>records::ListModel</name>
    <message>
        <source>The copy of the account could not be read.</source>
        <translation>Die Kopie des Kontos konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>records::Locator</name>
    <message>
        <source>Payment method %1 is not saved to a customer.</source>
        <translation>Die Zahlungsmethode %1 ist bei keinem Kunden gespeichert.</translation>
    </message>
    <message>
        <source>Invoice line items open with their invoice; paste the invoice ID (in_…).</source>
        <translation>Rechnungspositionen öffnen sich mit ihrer Rechnung; fügen Sie die Rechnungs-ID (in_…) ein.</translation>
    </message>
    <message>
        <source>Invoice item %1 is not on an invoice yet.</source>
        <translation>Der Rechnungsposten %1 steht noch auf keiner Rechnung.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nichts gefunden für „%1“.</translation>
    </message>
    <message>
        <source>%1 has been deleted.</source>
        <translation>%1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>No Stripe object has the ID “%1”.</source>
        <translation>Kein Stripe-Objekt hat die ID „%1“.</translation>
    </message>
    <message>
        <source>No customer has the email %1 (Stripe compares emails exactly, capitals too).</source>
        <translation>Kein Kunde hat die E-Mail-Adresse %1 (Stripe vergleicht E-Mail-Adressen genau, auch Groß- und Kleinschreibung).</translation>
    </message>
</context>
<context>
    <name>records::PriceCounts</name>
    <message>
        <source>Could not count the prices: %1</source>
        <translation>Die Preise konnten nicht gezählt werden: %1</translation>
    </message>
</context>
<context>
    <name>records::RecordFetch</name>
    <message>
        <source>Not connected to Stripe.</source>
        <translation>Nicht mit Stripe verbunden.</translation>
    </message>
</context>
<context>
    <name>records::Status</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Uncollectible</source>
        <translation>Uneinbringlich</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Uncaptured</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>Teilweise erstattet</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Requires action</source>
        <translation>Aktion erforderlich</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Zahlung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>Zahlung ausstehend</translation>
    </message>
    <message>
        <source>Needs customer action</source>
        <translation>Aktion des Kunden nötig</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Autorisiert</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Used up</source>
        <translation>Aufgebraucht</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
</context>
<context>
    <name>records::format</name>
    <message>
        <source>%1 credit</source>
        <translation>%1 Guthaben</translation>
    </message>
    <message>
        <source>%1 owed</source>
        <translation>%1 geschuldet</translation>
    </message>
    <message>
        <source>%1% off</source>
        <translation>%1 % Rabatt</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 Rabatt</translation>
    </message>
    <message>
        <source>%1 once</source>
        <translation>%1 einmalig</translation>
    </message>
    <message>
        <source>%1 forever</source>
        <translation>%1 dauerhaft</translation>
    </message>
    <message>
        <source>%1 for 1 month</source>
        <translation>%1 für 1 Monat</translation>
    </message>
    <message>
        <source>%1 for %2 months</source>
        <translation>%1 für %2 Monate</translation>
    </message>
    <message>
        <source>%1, EXPIRED %2</source>
        <translation>%1, ABGELAUFEN %2</translation>
    </message>
    <message>
        <source>%1, expires %2</source>
        <translation>%1, läuft ab %2</translation>
    </message>
    <message>
        <source>Requested by customer</source>
        <translation>Vom Kunden gewünscht</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doppelt</translation>
    </message>
    <message>
        <source>Fraudulent</source>
        <translation>Betrügerisch</translation>
    </message>
    <message>
        <source>Authorisation expired uncaptured</source>
        <translation>Autorisierung abgelaufen, nicht erfasst</translation>
    </message>
    <message>
        <source>Charged automatically</source>
        <translation>Automatisch abgebucht</translation>
    </message>
    <message>
        <source>Invoice sent to pay</source>
        <translation>Rechnung zum Bezahlen gesendet</translation>
    </message>
</context>
<context>
    <name>records::search</name>
    <message>
        <source>No customers yet.</source>
        <translation>Noch keine Kunden.</translation>
    </message>
    <message>
        <source>No customer&apos;s name or email contains “%1”.</source>
        <translation>Kein Kundenname und keine E-Mail enthält „%1“.</translation>
    </message>
    <message>
        <source>No customer has the email %1 (Stripe compares emails exactly, capitals too).</source>
        <translation>Kein Kunde hat die E-Mail-Adresse %1 (Stripe vergleicht E-Mail-Adressen genau, auch Groß- und Kleinschreibung).</translation>
    </message>
</context>
<context>
    <name>records::titles</name>
    <message>
        <source>%1 from %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Rechnungsentwurf</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <source>Draft invoice — %1</source>
        <translation>Rechnungsentwurf — %1</translation>
    </message>
    <message>
        <source>Invoice %1 — %2</source>
        <translation>Rechnung %1 — %2</translation>
    </message>
    <message>
        <source>Refund of %1</source>
        <translation>Erstattung von %1</translation>
    </message>
    <message>
        <source>Refund of %1 to %2</source>
        <translation>Erstattung von %1 an %2</translation>
    </message>
    <message>
        <source>Order of %1</source>
        <translation>Auftrag von %1</translation>
    </message>
    <message>
        <source>Payment intent of %1</source>
        <translation>PaymentIntent von %1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>Promotion code %1</source>
        <translation>Aktionscode %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>session::Session</name>
    <message>
        <source>No saved account has the id %1. Paydesk opened the sandbox.</source>
        <translation>Für die Konto-ID %1 ist kein Konto gespeichert. Paydesk hat die Sandbox geöffnet.</translation>
    </message>
    <message>
        <source>Paydesk is already running with %1 and cannot switch to %2. Quit Paydesk and start it again with --base-url to use it.</source>
        <translation>Paydesk läuft bereits mit %1 und kann nicht zu %2 wechseln. Beenden Sie Paydesk und starten Sie es mit --base-url neu, um diese Adresse zu verwenden.</translation>
    </message>
    <message>
        <source>Paydesk was started again with --sandbox: it shows the sandbox.</source>
        <translation>Paydesk wurde erneut mit --sandbox gestartet: Es zeigt die Sandbox.</translation>
    </message>
    <message>
        <source>Paydesk was started again with --sandbox, but the sandbox could not start.</source>
        <translation>Paydesk wurde erneut mit --sandbox gestartet, aber die Sandbox konnte nicht starten.</translation>
    </message>
    <message>
        <source>Paydesk was started again with --account %1, but no saved account has that id.</source>
        <translation>Paydesk wurde erneut mit --account %1 gestartet, aber für diese ID ist kein Konto gespeichert.</translation>
    </message>
    <message>
        <source>Paydesk was started again with --account %1: it shows %2.</source>
        <translation>Paydesk wurde erneut mit --account %1 gestartet: Es zeigt %2.</translation>
    </message>
    <message>
        <source>Paydesk was started again: this is the window already open.</source>
        <translation>Paydesk wurde erneut gestartet: Dies ist das bereits geöffnete Fenster.</translation>
    </message>
    <message>
        <source>No sandbox is built in.</source>
        <translation>Keine Sandbox eingebaut.</translation>
    </message>
    <message>
        <source>The sandbox could not start</source>
        <translation>Die Sandbox konnte nicht starten</translation>
    </message>
    <message>
        <source>Paydesk Sandbox</source>
        <translation>Paydesk-Sandbox</translation>
    </message>
    <message>
        <source>The sandbox started afresh. Its old data is kept in %1.</source>
        <translation>Die Sandbox wurde neu begonnen. Ihre alten Daten liegen in %1.</translation>
    </message>
    <message>
        <source>The account could not be opened</source>
        <translation>Das Konto konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No saved account has the id %1.</source>
        <translation>Für die Konto-ID %1 ist kein Konto gespeichert.</translation>
    </message>
    <message>
        <source>Reading the key for %1 from the system keychain…</source>
        <translation>Schlüssel für %1 wird aus dem Schlüsselbund des Systems gelesen…</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>Verbindung nicht möglich</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>the sandbox</source>
        <translation>die Sandbox</translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <translation>%1 (%2) %3</translation>
    </message>
    <message>
        <source>The key could not be deleted</source>
        <translation>Der Schlüssel konnte nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>stripe::AttemptVerdict</name>
    <message>
        <source>the connection was refused</source>
        <translation>die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <source>the connection was closed before an answer came</source>
        <translation>die Verbindung wurde geschlossen, bevor eine Antwort kam</translation>
    </message>
    <message>
        <source>the server&apos;s name could not be found</source>
        <translation>der Name des Servers wurde nicht gefunden</translation>
    </message>
    <message>
        <source>a secure connection could not be made: %1</source>
        <translation>es konnte keine sichere Verbindung hergestellt werden: %1</translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation>das Netzwerk ist nicht verfügbar</translation>
    </message>
    <message>
        <source>the proxy failed: %1</source>
        <translation>der Proxy ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>ungültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>a JSON object was expected</source>
        <translation>ein JSON-Objekt wurde erwartet</translation>
    </message>
    <message>
        <source>the answer would have been %1 MB, larger than %2 MB</source>
        <translation>die Antwort wäre %1 MB groß gewesen, mehr als %2 MB</translation>
    </message>
    <message>
        <source>the answer was larger than %1 MB</source>
        <translation>die Antwort war größer als %1 MB</translation>
    </message>
</context>
<context>
    <name>stripe::Client</name>
    <message>
        <source>“%1” is not a valid server address.</source>
        <translation>„%1“ ist keine gültige Serveradresse.</translation>
    </message>
    <message>
        <source>A server address cannot carry a user name, a query or a fragment.</source>
        <translation>Eine Serveradresse darf keinen Benutzernamen, keine Abfrage und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>Paydesk only talks plain http:// to this computer (localhost). Use https:// for %1, so that the API key never crosses a network unencrypted.</source>
        <translation>Paydesk spricht unverschlüsseltes http:// nur mit diesem Computer (localhost). Verwenden Sie https:// für %1, damit der API-Schlüssel nie unverschlüsselt über ein Netzwerk geht.</translation>
    </message>
    <message>
        <source>“%1” is not an http or https address.</source>
        <translation>„%1“ ist keine http- oder https-Adresse.</translation>
    </message>
    <message>
        <source>No Stripe API key is set.</source>
        <translation>Es ist kein Stripe-API-Schlüssel festgelegt.</translation>
    </message>
    <message>
        <source>Not sent: an ID in this request is not shaped like a Stripe ID.</source>
        <translation>Nicht gesendet: Eine ID in dieser Anfrage hat nicht die Form einer Stripe-ID.</translation>
    </message>
</context>
<context>
    <name>stripe::Error</name>
    <message>
        <source>%1 %2</source>
        <comment>a duration: 3 minutes 5 seconds</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (Request ID: %2)</source>
        <translation>%1 (Anfrage-ID: %2)</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>Stripe asked Paydesk to wait %1 before trying again.</source>
        <translation>Stripe hat Paydesk gebeten, %1 zu warten, bevor es erneut versucht.</translation>
    </message>
    <message>
        <source>The server asked Paydesk to wait %1 before trying again.</source>
        <translation>Der Server hat Paydesk gebeten, %1 zu warten, bevor es erneut versucht.</translation>
    </message>
    <message>
        <source>a web page instead of Stripe&apos;s answer</source>
        <translation>eine Webseite statt der Antwort von Stripe</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>eine leere Antwort</translation>
    </message>
    <message>
        <source>an answer that is not Stripe&apos;s error format</source>
        <translation>eine Antwort, die nicht dem Fehlerformat von Stripe entspricht</translation>
    </message>
    <message>
        <source>Paydesk could not reach Stripe (%1). Check the network connection and try again.</source>
        <translation>Paydesk konnte Stripe nicht erreichen (%1). Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Stripe did not answer in %1, over %2 attempts. Check the network connection and try again.</source>
        <translation>Stripe hat in %1 über %2 Versuche nicht geantwortet. Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Stripe did not answer within %1. Check the network connection and try again.</source>
        <translation>Stripe hat nicht innerhalb von %1 geantwortet. Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with %2.</source>
        <translation>Der Server antwortete mit HTTP %1 und %2.</translation>
    </message>
    <message>
        <source>A proxy or gateway between Paydesk and Stripe may be failing; try again in a moment.</source>
        <translation>Ein Proxy oder Gateway zwischen Paydesk und Stripe hat möglicherweise ein Problem; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Stripe&apos;s answer could not be read (%1).</source>
        <translation>Die Antwort von Stripe konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Stripe refused the request (HTTP %1).</source>
        <translation>Stripe hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Decline code: %1.</source>
        <translation>Ablehnungscode: %1.</translation>
    </message>
    <message>
        <source>Stripe is limiting how fast Paydesk may send requests; wait a moment.</source>
        <translation>Stripe begrenzt, wie schnell Paydesk Anfragen senden darf; warten Sie einen Moment.</translation>
    </message>
</context>
<context>
    <name>stripe::ListPager</name>
    <message>
        <source>the list has no data array</source>
        <translation>die Liste enthält kein data-Array</translation>
    </message>
    <message>
        <source>a page said there was more but gave no way to it</source>
        <translation>eine Seite meldete weitere Einträge, nannte aber keinen Weg dorthin</translation>
    </message>
    <message>
        <source>the same page came back twice</source>
        <translation>dieselbe Seite kam zweimal zurück</translation>
    </message>
    <message>
        <source>it went on past %1 pages</source>
        <translation>sie ging über %1 Seiten hinaus</translation>
    </message>
</context>
<context>
    <name>writes::AddInvoiceItemWrite</name>
    <message>
        <source>Choose the invoice to add the item to.</source>
        <translation>Wählen Sie die Rechnung, zu der die Position hinzugefügt werden soll.</translation>
    </message>
    <message>
        <source>Items can only be added to a draft invoice; this one is %1.</source>
        <translation>Positionen können nur zu einem Rechnungsentwurf hinzugefügt werden; diese Rechnung ist %1.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <source>Describe the item; the customer reads it on the invoice.</source>
        <translation>Beschreiben Sie die Position; der Kunde liest sie auf der Rechnung.</translation>
    </message>
    <message>
        <source>This invoice is in %1; add the item in %1 too.</source>
        <translation>Diese Rechnung lautet auf %1; geben Sie die Position ebenfalls in %1 an.</translation>
    </message>
    <message>
        <source>Enter an amount, or choose a price.</source>
        <translation>Geben Sie einen Betrag ein oder wählen Sie einen Preis.</translation>
    </message>
    <message>
        <source>The quantity must be between 1 and 10,000.</source>
        <translation>Die Menge muss zwischen 1 und 10.000 liegen.</translation>
    </message>
    <message>
        <source>This price is in %1 but the invoice is in %2.</source>
        <translation>Dieser Preis lautet auf %1, die Rechnung aber auf %2.</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>Die Beschreibung</translation>
    </message>
    <message>
        <source>Add “%1”, %2, to %3</source>
        <translation>„%1“, %2, zu %3 hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 × %2 (%3) to %4</source>
        <translation>%1 × %2 (%3) zu %4 hinzufügen</translation>
    </message>
</context>
<context>
    <name>writes::CancelOrderWrite</name>
    <message>
        <source>This order cannot be canceled: it is %1.</source>
        <translation>Dieser Auftrag kann nicht storniert werden: Er ist %1.</translation>
    </message>
    <message>
        <source>Cancel %1. Nothing has been charged; the order cannot be paid afterwards.</source>
        <translation>%1 stornieren. Es wurde nichts belastet; der Auftrag kann danach nicht mehr bezahlt werden.</translation>
    </message>
</context>
<context>
    <name>writes::CreateCustomerWrite</name>
    <message>
        <source>Create customer %1</source>
        <translation>Kunde %1 anlegen</translation>
    </message>
</context>
<context>
    <name>writes::CreateInvoiceWrite</name>
    <message>
        <source>Days until due must be between 1 and 365.</source>
        <translation>Die Tage bis zur Fälligkeit müssen zwischen 1 und 365 liegen.</translation>
    </message>
    <message>
        <source>“%1” is not a currency Paydesk knows.</source>
        <translation>„%1“ ist keine Währung, die Paydesk kennt.</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>Die Beschreibung</translation>
    </message>
    <message>
        <source>Create a draft invoice for %1, to be emailed and paid within %2 days</source>
        <translation>Rechnungsentwurf für %1 anlegen, per E-Mail zu senden und innerhalb von %2 Tagen zu bezahlen</translation>
    </message>
    <message>
        <source>Create a draft invoice for %1, charged automatically</source>
        <translation>Rechnungsentwurf für %1 anlegen, automatisch belastet</translation>
    </message>
</context>
<context>
    <name>writes::CreateOrderWrite</name>
    <message>
        <source>Add at least one item to the order.</source>
        <translation>Fügen Sie dem Auftrag mindestens einen Artikel hinzu.</translation>
    </message>
    <message>
        <source>An order holds at most %1 lines.</source>
        <translation>Ein Auftrag hat höchstens %1 Zeilen.</translation>
    </message>
    <message>
        <source>Quantities must be between 1 and 10,000.</source>
        <translation>Die Mengen müssen zwischen 1 und 10.000 liegen.</translation>
    </message>
    <message>
        <source>%1 has no fixed amount, so it cannot be ordered here.</source>
        <translation>%1 hat keinen festen Betrag und kann daher hier nicht bestellt werden.</translation>
    </message>
    <message>
        <source>An order is paid in one currency; these items are in %1 and %2.</source>
        <translation>Ein Auftrag wird in einer Währung bezahlt; diese Artikel lauten auf %1 und %2.</translation>
    </message>
    <message>
        <source>The order&apos;s total is more than Stripe accepts in one payment (%1).</source>
        <translation>Die Summe des Auftrags ist höher, als Stripe in einer Zahlung akzeptiert (%1).</translation>
    </message>
    <message>
        <source>The order&apos;s total must be more than zero.</source>
        <translation>Die Summe des Auftrags muss größer als null sein.</translation>
    </message>
    <message>
        <source>Stripe takes %1 payments in steps of 0.010; this total ends in another digit.</source>
        <translation>Stripe nimmt Zahlungen in %1 in Schritten von 0,010 an; diese Summe endet auf einer anderen Ziffer.</translation>
    </message>
    <message>
        <source>The order has too many lines to record with the payment.</source>
        <translation>Der Auftrag hat zu viele Zeilen, um sie mit der Zahlung zu speichern.</translation>
    </message>
    <message>
        <source>Create an order of %1 for %2: %3</source>
        <translation>Auftrag über %1 für %2 anlegen: %3</translation>
    </message>
</context>
<context>
    <name>writes::CreatePriceWrite</name>
    <message>
        <source>This product is archived; new prices go on active products.</source>
        <translation>Dieses Produkt ist archiviert; neue Preise gehören zu aktiven Produkten.</translation>
    </message>
    <message>
        <source>Choose the price&apos;s currency.</source>
        <translation>Wählen Sie die Währung des Preises.</translation>
    </message>
    <message>
        <source>Enter the price&apos;s amount.</source>
        <translation>Geben Sie den Betrag des Preises ein.</translation>
    </message>
    <message>
        <source>The nickname</source>
        <translation>Der Kurzname</translation>
    </message>
    <message>
        <source>Create a price of %1 for “%2”</source>
        <translation>Preis von %1 für „%2“ anlegen</translation>
    </message>
</context>
<context>
    <name>writes::CreateProductWrite</name>
    <message>
        <source>Give the product a name; customers see it on invoices and receipts.</source>
        <translation>Geben Sie dem Produkt einen Namen; Kunden sehen ihn auf Rechnungen und Belegen.</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>Die Beschreibung</translation>
    </message>
    <message>
        <source>Create product “%1”</source>
        <translation>Produkt „%1“ anlegen</translation>
    </message>
</context>
<context>
    <name>writes::CreatePromotionCodeWrite</name>
    <message>
        <source>Choose the coupon the code gives.</source>
        <translation>Wählen Sie den Coupon, den der Code gewährt.</translation>
    </message>
    <message>
        <source>This coupon can no longer be redeemed, so a new code for it would not work.</source>
        <translation>Dieser Coupon kann nicht mehr eingelöst werden, ein neuer Code dafür würde also nicht funktionieren.</translation>
    </message>
    <message>
        <source>The number of redemptions must be at least 1.</source>
        <translation>Die Anzahl der Einlösungen muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>The expiry date must be in the future.</source>
        <translation>Das Ablaufdatum muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The code cannot outlive its coupon, which can be redeemed until %1.</source>
        <translation>Der Code darf nicht länger gelten als sein Coupon, der bis %1 eingelöst werden kann.</translation>
    </message>
    <message>
        <source>The minimum order amount must be more than zero.</source>
        <translation>Der Mindestbestellwert muss größer als null sein.</translation>
    </message>
    <message>
        <source>at most %1 uses</source>
        <translation>höchstens %1 Einlösungen</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>first orders only</source>
        <translation>nur Erstbestellungen</translation>
    </message>
    <message>
        <source>orders of %1 or more</source>
        <translation>Bestellungen ab %1</translation>
    </message>
    <message>
        <source>only for %1</source>
        <translation>nur für %1</translation>
    </message>
    <message>
        <source>Create code %1 for coupon %2 (%3)</source>
        <translation>Code %1 für Coupon %2 anlegen (%3)</translation>
    </message>
</context>
<context>
    <name>writes::CustomerWrites</name>
    <message>
        <source>Enter at least a name or an email address.</source>
        <translation>Geben Sie mindestens einen Namen oder eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>Die Beschreibung</translation>
    </message>
    <message>
        <source>The metadata key “paydesk_intent” is Paydesk&apos;s own; choose another key.</source>
        <translation>Der Metadaten-Schlüssel „paydesk_intent“ gehört Paydesk; wählen Sie einen anderen Schlüssel.</translation>
    </message>
</context>
<context>
    <name>writes::DeleteCustomerWrite</name>
    <message>
        <source>This customer cannot be read, so it cannot be deleted.</source>
        <translation>Dieser Kunde kann nicht gelesen werden und daher nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Delete customer %1 (%2). Stripe deletes the customer for good and cancels their active subscriptions; their payments and invoices stay. This cannot be undone.</source>
        <translation>Kunde %1 (%2) löschen. Stripe löscht den Kunden endgültig und kündigt seine aktiven Abonnements; seine Zahlungen und Rechnungen bleiben erhalten. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>writes::InvoiceActionWrite</name>
    <message>
        <source>Finalize</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Bezahlen</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <source>Mark uncollectible</source>
        <translation>Ausbuchen</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <source>This invoice cannot be read.</source>
        <translation>Diese Rechnung kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Stripe does not allow “%1” on an invoice that is %2.</source>
        <translation>Stripe erlaubt „%1“ nicht für eine Rechnung mit Status „%2“.</translation>
    </message>
    <message>
        <source>Choose one of the customer&apos;s saved payment methods, or “Paid outside Stripe”.</source>
        <translation>Wählen Sie eine der gespeicherten Zahlungsmethoden des Kunden oder „Außerhalb von Stripe bezahlt“.</translation>
    </message>
    <message>
        <source>Finalize %1 (%2): it gets its number, can no longer be edited, and is due.</source>
        <translation>%1 (%2) abschließen: Sie erhält ihre Nummer, kann nicht mehr bearbeitet werden und wird fällig.</translation>
    </message>
    <message>
        <source>Email %1 (%2) to the customer</source>
        <translation>%1 (%2) per E-Mail an den Kunden senden</translation>
    </message>
    <message>
        <source>Record %1 of %2 as paid outside Stripe</source>
        <translation>%1 von %2 als außerhalb von Stripe bezahlt erfassen</translation>
    </message>
    <message>
        <source>Charge %1 for %2 to payment method %3</source>
        <translation>%1 für %2 über die Zahlungsmethode %3 belasten</translation>
    </message>
    <message>
        <source>Void %1 (%2): it stays on record but can never be paid.</source>
        <translation>%1 (%2) stornieren: Sie bleibt erhalten, kann aber nie bezahlt werden.</translation>
    </message>
    <message>
        <source>Mark %1 (%2) as uncollectible: you do not expect it to be paid.</source>
        <translation>%1 (%2) als uneinbringlich markieren: Sie erwarten keine Zahlung mehr.</translation>
    </message>
    <message>
        <source>Delete %1 (%2). A draft leaves no trace once deleted.</source>
        <translation>%1 (%2) löschen. Ein gelöschter Entwurf hinterlässt keine Spur.</translation>
    </message>
</context>
<context>
    <name>writes::InvoiceWrites</name>
    <message>
        <source>draft invoice %1</source>
        <translation>Rechnungsentwurf %1</translation>
    </message>
    <message>
        <source>invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
</context>
<context>
    <name>writes::JournalModel</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>Did not finish — check it</source>
        <translation>Nicht abgeschlossen – bitte prüfen</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>No answer — check it</source>
        <translation>Keine Antwort – bitte prüfen</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
</context>
<context>
    <name>writes::OrderWrites</name>
    <message>
        <source>order %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>order %1 (%2)</source>
        <translation>Auftrag %1 (%2)</translation>
    </message>
</context>
<context>
    <name>writes::PayOrderWrite</name>
    <message>
        <source>This order cannot be paid now: it is %1.</source>
        <translation>Dieser Auftrag kann jetzt nicht bezahlt werden: Er ist %1.</translation>
    </message>
    <message>
        <source>Test cards work only in test mode; this is a live account.</source>
        <translation>Testkarten funktionieren nur im Testmodus; dies ist ein Live-Konto.</translation>
    </message>
    <message>
        <source>Choose how the customer pays: one of their saved cards.</source>
        <translation>Wählen Sie, wie der Kunde bezahlt: mit einer seiner gespeicherten Karten.</translation>
    </message>
    <message>
        <source>the saved card</source>
        <translation>die gespeicherte Karte</translation>
    </message>
    <message>
        <source>Charge %1 for %2 to %3</source>
        <translation>%1 für %2 über %3 belasten</translation>
    </message>
    <message>
        <source>Test Visa</source>
        <translation>Test-Visa</translation>
    </message>
    <message>
        <source>Test Mastercard</source>
        <translation>Test-Mastercard</translation>
    </message>
    <message>
        <source>Test American Express</source>
        <translation>Test-American-Express</translation>
    </message>
    <message>
        <source>Test Visa debit</source>
        <translation>Test-Visa-Debit</translation>
    </message>
    <message>
        <source>Test card that is declined</source>
        <translation>Testkarte, die abgelehnt wird</translation>
    </message>
    <message>
        <source>Test card declined for insufficient funds</source>
        <translation>Testkarte, abgelehnt wegen unzureichender Deckung</translation>
    </message>
    <message>
        <source>Test card declined as expired</source>
        <translation>Testkarte, abgelehnt als abgelaufen</translation>
    </message>
</context>
<context>
    <name>writes::RefundWrite</name>
    <message>
        <source>This payment cannot be read, so it cannot be refunded.</source>
        <translation>Diese Zahlung kann nicht gelesen werden und daher nicht erstattet werden.</translation>
    </message>
    <message>
        <source>Only a successful payment can be refunded; this one is %1.</source>
        <translation>Nur eine erfolgreiche Zahlung kann erstattet werden; diese ist %1.</translation>
    </message>
    <message>
        <source>This authorisation has already been released.</source>
        <translation>Diese Autorisierung wurde bereits freigegeben.</translation>
    </message>
    <message>
        <source>This payment has already been refunded in full.</source>
        <translation>Diese Zahlung wurde bereits vollständig erstattet.</translation>
    </message>
    <message>
        <source>The refund must be in %1, the payment&apos;s currency.</source>
        <translation>Die Rückerstattung muss in %1 erfolgen, der Währung der Zahlung.</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero.</source>
        <translation>Geben Sie einen Betrag größer als null ein.</translation>
    </message>
    <message>
        <source>An uncaptured payment is released whole: Stripe cannot refund part of an authorisation. Refund all %1, or capture less in the Stripe Dashboard instead.</source>
        <translation>Eine nicht erfasste Zahlung wird vollständig freigegeben: Stripe kann keinen Teil einer Autorisierung erstatten. Erstatten Sie die gesamten %1 oder erfassen Sie stattdessen im Stripe-Dashboard einen geringeren Betrag.</translation>
    </message>
    <message>
        <source>You can refund at most %1, what is left of this payment.</source>
        <translation>Sie können höchstens %1 erstatten, den Restbetrag dieser Zahlung.</translation>
    </message>
    <message>
        <source>Say why in the note: “Other” needs a reason for the records.</source>
        <translation>Geben Sie den Grund in der Notiz an: „Sonstiges“ braucht eine Begründung für die Akten.</translation>
    </message>
    <message>
        <source>The note is too long: Stripe keeps at most %1 characters.</source>
        <translation>Die Notiz ist zu lang: Stripe speichert höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Release the authorisation of %1</source>
        <translation>Autorisierung über %1 freigeben</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>vom %1</translation>
    </message>
    <message>
        <source>nothing was captured, so no money moves; the hold on the card ends.</source>
        <translation>es wurde nichts erfasst, daher fließt kein Geld; die Reservierung auf der Karte endet.</translation>
    </message>
    <message>
        <source>Refund %1 of %2</source>
        <translation>%1 von %2 erstatten</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <source>Requested by customer</source>
        <translation>Vom Kunden gewünscht</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doppelt</translation>
    </message>
    <message>
        <source>Fraudulent</source>
        <translation>Betrügerisch</translation>
    </message>
</context>
<context>
    <name>writes::RetryReview</name>
    <message>
        <source>never answered</source>
        <translation>nie beantwortet</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>refused by Stripe</source>
        <translation>von Stripe abgelehnt</translation>
    </message>
    <message>
        <source>dismissed without knowing</source>
        <translation>verworfen, ohne es zu wissen</translation>
    </message>
    <message>
        <source>The payment now: %1 authorised and not captured; refunding it releases the authorisation.</source>
        <translation>Die Zahlung jetzt: %1 autorisiert und nicht erfasst; eine Rückerstattung gibt die Autorisierung frei.</translation>
    </message>
    <message>
        <source>The payment now: %1 paid, %2 refunded, %3 left to refund.</source>
        <translation>Die Zahlung jetzt: %1 bezahlt, %2 erstattet, %3 noch zu erstatten.</translation>
    </message>
    <message>
        <source>Nothing is left to refund on this payment: it must not be sent again.</source>
        <translation>Auf dieser Zahlung ist nichts mehr zu erstatten: Sie darf nicht erneut gesendet werden.</translation>
    </message>
    <message>
        <source>Only %1 is left to refund on this payment, less than this refund&apos;s %2: it must not be sent again.</source>
        <translation>Auf dieser Zahlung sind nur noch %1 zu erstatten, weniger als die %2 dieser Rückerstattung: Sie darf nicht erneut gesendet werden.</translation>
    </message>
    <message>
        <source>The invoice is %1 now.</source>
        <translation>Die Rechnung ist jetzt %1.</translation>
    </message>
    <message>
        <source>An invoice that is %1 no longer allows this: it must not be sent again.</source>
        <translation>Eine Rechnung mit Status „%1“ erlaubt das nicht mehr: Der Vorgang darf nicht erneut gesendet werden.</translation>
    </message>
    <message>
        <source>The order is %1 now.</source>
        <translation>Der Auftrag ist jetzt %1.</translation>
    </message>
    <message>
        <source>An order that is %1 cannot be paid again.</source>
        <translation>Ein Auftrag mit Status „%1“ kann nicht erneut bezahlt werden.</translation>
    </message>
    <message>
        <source>An order that is %1 cannot be canceled.</source>
        <translation>Ein Auftrag mit Status „%1“ kann nicht storniert werden.</translation>
    </message>
    <message>
        <source>%1 has been deleted since.</source>
        <translation>%1 wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>What this write acts on no longer exists: it must not be sent again.</source>
        <translation>Das Objekt dieses Schreibvorgangs existiert nicht mehr: Er darf nicht erneut gesendet werden.</translation>
    </message>
    <message>
        <source>The customer now: %1.</source>
        <translation>Der Kunde jetzt: %1.</translation>
    </message>
    <message>
        <source>The code is active now.</source>
        <translation>Der Code ist jetzt aktiv.</translation>
    </message>
    <message>
        <source>The code is inactive now.</source>
        <translation>Der Code ist jetzt inaktiv.</translation>
    </message>
    <message>
        <source>It acts on %1: %2.</source>
        <translation>Er betrifft %1: %2.</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>“%1” was started %2%3, and no answer came.</source>
        <translation>„%1“ wurde %2%3 gestartet, und es kam keine Antwort.</translation>
    </message>
    <message>
        <source>What it acts on could not be read now: %1</source>
        <translation>Das betroffene Objekt konnte jetzt nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>• %1 — %2, %3%4</source>
        <translation>• %1 – %2, %3%4</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>A write like this one on the same object succeeded after this one was started. If that was this write made again by hand, sending this one would do it twice.</source>
        <translation>Ein gleichartiger Schreibvorgang auf demselben Objekt war erfolgreich, nachdem dieser gestartet wurde. Falls das dieser Vorgang war, von Hand wiederholt, würde ein erneutes Senden ihn doppelt ausführen.</translation>
    </message>
    <message>
        <source>Other writes on it in Paydesk:</source>
        <translation>Weitere Schreibvorgänge darauf in Paydesk:</translation>
    </message>
    <message>
        <source>It was started more than 24 hours ago, and Stripe has forgotten its idempotency key: sending it again could do it twice. Start it again as a new write if it is still wanted.</source>
        <translation>Er wurde vor mehr als 24 Stunden gestartet, und Stripe hat seinen Idempotenzschlüssel vergessen: Ein erneutes Senden könnte ihn doppelt ausführen. Starten Sie ihn als neuen Schreibvorgang, falls er noch gewünscht ist.</translation>
    </message>
    <message>
        <source>Sending it again sends the very same request under the same idempotency key: if Stripe did perform it after all, Stripe answers with that result and nothing happens twice.</source>
        <translation>Ein erneutes Senden schickt genau dieselbe Anfrage unter demselben Idempotenzschlüssel: Hat Stripe sie doch ausgeführt, antwortet Stripe mit diesem Ergebnis, und nichts geschieht doppelt.</translation>
    </message>
</context>
<context>
    <name>writes::SetPromotionCodeActiveWrite</name>
    <message>
        <source>This promotion code cannot be read.</source>
        <translation>Dieser Aktionscode kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This code is already active.</source>
        <translation>Dieser Code ist bereits aktiv.</translation>
    </message>
    <message>
        <source>This code is already inactive.</source>
        <translation>Dieser Code ist bereits inaktiv.</translation>
    </message>
    <message>
        <source>Reactivate code %1: customers can redeem it again.</source>
        <translation>Code %1 reaktivieren: Kunden können ihn wieder einlösen.</translation>
    </message>
    <message>
        <source>Deactivate code %1: customers can no longer redeem it.</source>
        <translation>Code %1 deaktivieren: Kunden können ihn nicht mehr einlösen.</translation>
    </message>
</context>
<context>
    <name>writes::UpdateCustomerWrite</name>
    <message>
        <source>This customer cannot be read, so it cannot be changed.</source>
        <translation>Dieser Kunde kann nicht gelesen werden und daher nicht geändert werden.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Es hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Change %1 of customer %2</source>
        <translation>%1 von Kunde %2 ändern</translation>
    </message>
</context>
<context>
    <name>writes::WriteChecker</name>
    <message>
        <source>This write cannot be checked automatically.</source>
        <translation>Dieser Schreibvorgang kann nicht automatisch geprüft werden.</translation>
    </message>
    <message>
        <source>It happened: %1 is deleted.</source>
        <translation>Ausgeführt: %1 ist gelöscht.</translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation>Prüfen nicht möglich: %1</translation>
    </message>
    <message>
        <source>It happened: %1 exists.</source>
        <translation>Ausgeführt: %1 existiert.</translation>
    </message>
    <message>
        <source>It did not happen: Stripe has no trace of it.</source>
        <translation>Nicht ausgeführt: Stripe hat keine Spur davon.</translation>
    </message>
    <message>
        <source>It happened: %1 is now %2.</source>
        <translation>Ausgeführt: %1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>It did not happen: %1 is still %2.</source>
        <translation>Nicht ausgeführt: %1 ist weiterhin %2.</translation>
    </message>
    <message>
        <source>It did not happen: %1 still exists.</source>
        <translation>Nicht ausgeführt: %1 existiert weiterhin.</translation>
    </message>
</context>
<context>
    <name>writes::WriteJournal</name>
    <message>
        <source>The folder %1 for the write journal cannot be made: %2</source>
        <translation>Der Ordner %1 für das Schreibprotokoll kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The write journal %1 is in use by another Paydesk and could not be written.</source>
        <translation>Das Schreibprotokoll %1 wird von einem anderen Paydesk verwendet und konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The write journal %1 cannot be written: %2</source>
        <translation>Das Schreibprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The write journal %1 could not be saved: %2</source>
        <translation>Das Schreibprotokoll %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The write journal %1 is in use by another Paydesk.</source>
        <translation>Das Schreibprotokoll %1 wird von einem anderen Paydesk verwendet.</translation>
    </message>
    <message>
        <source>The write journal %1 cannot be rewritten: %2</source>
        <translation>Das Schreibprotokoll %1 kann nicht neu geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 What became of the write is kept in memory and written as soon as the disk allows; if Paydesk is closed first, the write is listed as unfinished at the next start, where Check settles it.</source>
        <translation>%1 Was aus dem Schreibvorgang wurde, bleibt im Speicher und wird geschrieben, sobald der Datenträger es zulässt; wird Paydesk vorher geschlossen, erscheint der Vorgang beim nächsten Start als unvollständig, und „Prüfen“ klärt ihn.</translation>
    </message>
</context>
<context>
    <name>writes::WriteRecovery</name>
    <message>
        <source>Confirmed by Check</source>
        <translation>Durch Prüfen bestätigt</translation>
    </message>
    <message>
        <source>It had already happened. %1 Nothing was sent again.</source>
        <translation>Er war bereits ausgeführt. %1 Es wurde nichts erneut gesendet.</translation>
    </message>
    <message>
        <source>Look at what this write would do now first: “Retry safely” shows it before anything is sent.</source>
        <translation>Sehen Sie sich zuerst an, was dieser Schreibvorgang jetzt bewirken würde: „Sicher wiederholen“ zeigt es, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>Dismissed without knowing whether it happened</source>
        <translation>Verworfen, ohne zu wissen, ob er ausgeführt wurde</translation>
    </message>
</context>
<context>
    <name>writes::WriteSender</name>
    <message>
        <source>Already deleted by an earlier attempt whose answer was lost.</source>
        <translation>Bereits durch einen früheren Versuch gelöscht, dessen Antwort verloren ging.</translation>
    </message>
    <message>
        <source>No write journal is open; nothing was sent.</source>
        <translation>Kein Schreibprotokoll ist geöffnet; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation>%1 Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>This write was started more than 24 hours ago, and Stripe has forgotten its idempotency key: sending it again could do it twice. Use Check to find out whether it happened.</source>
        <translation>Dieser Schreibvorgang wurde vor mehr als 24 Stunden gestartet, und Stripe hat seinen Idempotenzschlüssel vergessen: Ein erneutes Senden könnte ihn doppelt ausführen. Finden Sie mit „Prüfen“ heraus, ob er ausgeführt wurde.</translation>
    </message>
    <message>
        <source>Not connected to Stripe; nothing was sent.</source>
        <translation>Nicht mit Stripe verbunden; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>You stopped waiting for Stripe&apos;s answer.</source>
        <translation>Sie haben aufgehört, auf die Antwort von Stripe zu warten.</translation>
    </message>
</context>
<context>
    <name>writes::checks</name>
    <message>
        <source>Enter an email address.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>The email address is too long (at most 512 characters).</source>
        <translation>Die E-Mail-Adresse ist zu lang (höchstens 512 Zeichen).</translation>
    </message>
    <message>
        <source>“%1” is not an email address; it should look like jane@example.com.</source>
        <translation>„%1“ ist keine E-Mail-Adresse; sie sollte etwa so aussehen: erika@example.com.</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>Der Name ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>The phone number is too long (at most 20 characters).</source>
        <translation>Die Telefonnummer ist zu lang (höchstens 20 Zeichen).</translation>
    </message>
    <message>
        <source>“%1” is not a phone number; use digits, spaces and an optional leading +.</source>
        <translation>„%1“ ist keine Telefonnummer; verwenden Sie Ziffern, Leerzeichen und wahlweise ein führendes +.</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1 ist zu lang (höchstens %2 Zeichen).</translation>
    </message>
    <message>
        <source>Stripe keeps at most 50 metadata entries.</source>
        <translation>Stripe speichert höchstens 50 Metadaten-Einträge.</translation>
    </message>
    <message>
        <source>A metadata entry has no key.</source>
        <translation>Ein Metadaten-Eintrag hat keinen Schlüssel.</translation>
    </message>
    <message>
        <source>The metadata key “%1” is too long (at most 40 characters).</source>
        <translation>Der Metadaten-Schlüssel „%1“ ist zu lang (höchstens 40 Zeichen).</translation>
    </message>
    <message>
        <source>The metadata key “%1” may not contain square brackets.</source>
        <translation>Der Metadaten-Schlüssel „%1“ darf keine eckigen Klammern enthalten.</translation>
    </message>
    <message>
        <source>The metadata value for “%1” is too long (at most 500 characters).</source>
        <translation>Der Metadaten-Wert für „%1“ ist zu lang (höchstens 500 Zeichen).</translation>
    </message>
    <message>
        <source>Choose a %1.</source>
        <translation>Wählen Sie: %1.</translation>
    </message>
    <message>
        <source>Enter the code customers will type.</source>
        <translation>Geben Sie den Code ein, den Kunden eintippen.</translation>
    </message>
    <message>
        <source>The code is too long (at most 500 characters).</source>
        <translation>Der Code ist zu lang (höchstens 500 Zeichen).</translation>
    </message>
    <message>
        <source>A code may only contain the letters A–Z, digits and “-” — no spaces, accents or other signs.</source>
        <translation>Ein Code darf nur die Buchstaben A–Z, Ziffern und „-“ enthalten – keine Leerzeichen, Akzente oder anderen Zeichen.</translation>
    </message>
</context>
</TS>
