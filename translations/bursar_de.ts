<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>QObject</name>
    <message>
        <source>Bursar cannot open the database</source>
        <translation>Bursar kann die Datenbank nicht öffnen</translation>
    </message>
</context>
<context>
    <name>bursar::Currencies</name>
    <message>
        <source>Choose a currency, for example USD.</source>
        <translation>Wählen Sie eine Währung, zum Beispiel USD.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 4217 currency code Bursar knows; use a three-letter code such as USD, EUR or JPY.</source>
        <translation>„%1“ ist kein ISO-4217-Währungscode, den Bursar kennt; verwenden Sie einen dreibuchstabigen Code wie USD, EUR oder JPY.</translation>
    </message>
    <message>
        <source>“%1” is not a number: write it as %2 or %3.</source>
        <translation>„%1“ ist keine Zahl: Schreiben Sie sie als %2 oder %3.</translation>
    </message>
</context>
<context>
    <name>bursar::PaymentKind</name>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Banküberweisung</translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation>Lastschrift</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>bursar::api::ApiHandler</name>
    <message>
        <source>The request has more than %1 headers or %2 bytes of them.</source>
        <translation>Die Anfrage hat mehr als %1 Header oder %2 Bytes davon.</translation>
    </message>
    <message>
        <source>The Billing API only reads: a request has no body.</source>
        <translation>Die Billing-API liest nur: Eine Anfrage hat keinen Inhalt.</translation>
    </message>
    <message>
        <source>The Billing API only reads: use GET.</source>
        <translation>Die Billing-API liest nur: Verwenden Sie GET.</translation>
    </message>
    <message>
        <source>This server does not answer for the host “%1”.</source>
        <translation>Dieser Server antwortet nicht für den Host „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not a path of the Billing API; see /v1/openapi.json.</source>
        <translation>„%1“ ist kein Pfad der Billing-API; siehe /v1/openapi.json.</translation>
    </message>
    <message>
        <source>The key “%1” sent more than %2 requests a second; try again in %3 s.</source>
        <translation>Der Schlüssel „%1“ hat mehr als %2 Anfragen pro Sekunde gesendet; versuchen Sie es in %3 s erneut.</translation>
    </message>
    <message>
        <source>The parameter “%1”: %2</source>
        <translation>Der Parameter „%1“: %2</translation>
    </message>
    <message>
        <source>give 1 to %1.</source>
        <translation>geben Sie 1 bis %1 an.</translation>
    </message>
    <message>
        <source>give the next_cursor of the page before.</source>
        <translation>geben Sie den next_cursor der vorigen Seite an.</translation>
    </message>
    <message>
        <source>give open, closed or past_due.</source>
        <translation>geben Sie open, closed oder past_due an.</translation>
    </message>
    <message>
        <source>no vendor has that key.</source>
        <translation>kein Anbieter hat diesen Schlüssel.</translation>
    </message>
    <message>
        <source>give a month as YYYY-MM.</source>
        <translation>geben Sie einen Monat als JJJJ-MM an.</translation>
    </message>
    <message>
        <source>There is no statement %1.</source>
        <translation>Es gibt keine Abrechnung %1.</translation>
    </message>
    <message>
        <source>This server cannot write %1.</source>
        <translation>Dieser Server kann %1 nicht schreiben.</translation>
    </message>
    <message>
        <source>The request&apos;s headers are over %1 lines or %2 bytes.</source>
        <translation>Die Header der Anfrage sind über %1 Zeilen oder %2 Bytes.</translation>
    </message>
    <message>
        <source>give a number from the records&apos; &quot;id&quot; fields.</source>
        <translation>geben Sie eine Zahl aus den &quot;id&quot;-Feldern der Datensätze an.</translation>
    </message>
    <message>
        <source>give a day as YYYY-MM-DD.</source>
        <translation>geben Sie einen Tag als JJJJ-MM-TT an.</translation>
    </message>
    <message>
        <source>There is no credit %1.</source>
        <translation>Es gibt keine Gutschrift %1.</translation>
    </message>
    <message>
        <source>give credit_memo, debit_memo or payment.</source>
        <translation>geben Sie credit_memo, debit_memo oder payment an.</translation>
    </message>
    <message>
        <source>give open, closed, past_due or cancelled.</source>
        <translation>geben Sie open, closed, past_due oder cancelled an.</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>Es gibt keinen Beleg %1.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Es gibt keinen Kunden %1.</translation>
    </message>
    <message>
        <source>There is no services credits purchase %1.</source>
        <translation>Es gibt keinen Service-Credit-Kauf %1.</translation>
    </message>
</context>
<context>
    <name>bursar::api::ApiRunner</name>
    <message>
        <source>Billing API: %1</source>
        <translation>Billing-API: %1</translation>
    </message>
    <message>
        <source>Billing API not running: %1</source>
        <translation>Billing-API läuft nicht: %1</translation>
    </message>
</context>
<context>
    <name>bursar::api::ApiServer</name>
    <message>
        <source>--listen “%1” is not an address and port; write it as 127.0.0.1:8080.</source>
        <translation>--listen „%1“ ist keine Adresse mit Port; schreiben Sie es als 127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>The Billing API listens on %1 only with TLS: give --certificate and --key, or listen on 127.0.0.1 behind a reverse proxy (README).</source>
        <translation>Die Billing-API lauscht auf %1 nur mit TLS: Geben Sie --certificate und --key an, oder lauschen Sie auf 127.0.0.1 hinter einem Reverse-Proxy (README).</translation>
    </message>
    <message>
        <source>Cannot read the certificate “%1” or the key “%2”.</source>
        <translation>Das Zertifikat „%1“ oder der Schlüssel „%2“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” or “%2” is not a PEM certificate and RSA key.</source>
        <translation>„%1“ oder „%2“ ist kein PEM-Zertifikat mit RSA-Schlüssel.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Auf %1 kann nicht gelauscht werden: %2</translation>
    </message>
    <message>
        <source>Cannot listen on %1.</source>
        <translation>Auf %1 kann nicht gelauscht werden.</translation>
    </message>
</context>
<context>
    <name>bursar::app::Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source> (see bursar %1 --help)</source>
        <translation> (siehe bursar %1 --help)</translation>
    </message>
    <message>
        <source>Output: %1 (default %2).</source>
        <translation>Ausgabe: %1 (Standard %2).</translation>
    </message>
    <message>
        <source>--format must be %1, not “%2”.</source>
        <translation>--format muss %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>--customer is required: give the customer&apos;s ID, for example --customer 100042.</source>
        <translation>--customer ist erforderlich: geben Sie die Kundennummer an, zum Beispiel --customer 100042.</translation>
    </message>
    <message>
        <source>--customer “%1” is not a customer ID; give the number, for example 100042 or #100042.</source>
        <translation>--customer „%1“ ist keine Kundennummer; geben Sie die Nummer an, zum Beispiel 100042 oder #100042.</translation>
    </message>
    <message>
        <source>Fill an empty database with deterministic demo data.</source>
        <translation>Eine leere Datenbank mit reproduzierbaren Demodaten füllen.</translation>
    </message>
    <message>
        <source>Number of customers to create (default 500).</source>
        <translation>Anzahl der anzulegenden Kunden (Standard 500).</translation>
    </message>
    <message>
        <source>Seed; the same seed gives the same data (default 1).</source>
        <translation>Startwert; derselbe Startwert ergibt dieselben Daten (Standard 1).</translation>
    </message>
    <message>
        <source>--customers must be a whole number of at least 1, not “%1”.</source>
        <translation>--customers muss eine ganze Zahl von mindestens 1 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--seed must be a whole number, not “%1”.</source>
        <translation>--seed muss eine ganze Zahl sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>List customers.</source>
        <translation>Kunden auflisten.</translation>
    </message>
    <message>
        <source>customers list takes no arguments; “%1” is extra.</source>
        <translation>customers list nimmt keine Argumente; „%1“ ist zu viel.</translation>
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
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Zahlungsziel</translation>
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
        <source>1 customer</source>
        <translation>1 Kunde</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 Kunden</translation>
    </message>
    <message>
        <source>Add a customer.</source>
        <translation>Einen Kunden anlegen.</translation>
    </message>
    <message>
        <source>The customer&apos;s name (required).</source>
        <translation>Name des Kunden (erforderlich).</translation>
    </message>
    <message>
        <source>Region (drives tax), for example US.</source>
        <translation>Region (bestimmt die Steuer), zum Beispiel US.</translation>
    </message>
    <message>
        <source>State or province, for example WA.</source>
        <translation>Bundesstaat oder Provinz, zum Beispiel WA.</translation>
    </message>
    <message>
        <source>Payment terms in days, 0 to 365 (default 30).</source>
        <translation>Zahlungsziel in Tagen, 0 bis 365 (Standard 30).</translation>
    </message>
    <message>
        <source>Billing email.</source>
        <translation>E-Mail für Rechnungen.</translation>
    </message>
    <message>
        <source>Tenant ID the customer belongs to (default: the first partner).</source>
        <translation>ID des Mandanten, zu dem der Kunde gehört (Standard: der erste Partner).</translation>
    </message>
    <message>
        <source>--name is required: bursar customers add --name &quot;Acme Inc.&quot;</source>
        <translation>--name ist erforderlich: bursar customers add --name &quot;Acme Inc.&quot;</translation>
    </message>
    <message>
        <source>--payment-terms must be a whole number of days, not “%1”.</source>
        <translation>--payment-terms muss eine ganze Zahl von Tagen sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--tenant must be a tenant ID, not “%1”.</source>
        <translation>--tenant muss eine Mandanten-ID sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Added customer %1.</source>
        <translation>Kunde %1 angelegt.</translation>
    </message>
    <message>
        <source>Show one customer with its billing setup.</source>
        <translation>Einen Kunden mit seiner Abrechnungseinrichtung anzeigen.</translation>
    </message>
    <message>
        <source>customers show needs one customer ID, for example: bursar customers show 100042</source>
        <translation>customers show braucht eine Kundennummer, zum Beispiel: bursar customers show 100042</translation>
    </message>
    <message>
        <source>“%1” is not a customer ID; give the number, for example 100042.</source>
        <translation>„%1“ ist keine Kundennummer; geben Sie die Nummer an, zum Beispiel 100042.</translation>
    </message>
    <message>
        <source>Tenant: </source>
        <translation>Mandant: </translation>
    </message>
    <message>
        <source>Region: </source>
        <translation>Region: </translation>
    </message>
    <message>
        <source>  Terms: </source>
        <translation>  Zahlungsziel: </translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Account </source>
        <translation>Konto </translation>
    </message>
    <message>
        <source>Customer ID.</source>
        <translation>Kundennummer.</translation>
    </message>
    <message>
        <source>Map a vendor account or subscription to a customer.</source>
        <translation>Ein Anbieterkonto oder Abonnement einem Kunden zuordnen.</translation>
    </message>
    <message>
        <source>Vendor account or subscription ID.</source>
        <translation>ID des Anbieterkontos oder Abonnements.</translation>
    </message>
    <message>
        <source>Optional label.</source>
        <translation>Optionale Bezeichnung.</translation>
    </message>
    <message>
        <source>--account is required: the vendor account or subscription ID.</source>
        <translation>--account ist erforderlich: die ID des Anbieterkontos oder Abonnements.</translation>
    </message>
    <message>
        <source>Mapped %1 account %2 to customer %3.</source>
        <translation>%1-Konto %2 dem Kunden %3 zugeordnet.</translation>
    </message>
    <message>
        <source>Set a customer&apos;s Cloud Provider setting for a vendor.</source>
        <translation>Die Cloud-Anbieter-Einstellung eines Kunden für einen Anbieter setzen.</translation>
    </message>
    <message>
        <source>Invoice currency, ISO 4217 (USD, EUR, JPY ...).</source>
        <translation>Rechnungswährung, ISO 4217 (USD, EUR, JPY ...).</translation>
    </message>
    <message>
        <source>Keep the vendor disabled for this customer.</source>
        <translation>Den Anbieter für diesen Kunden deaktiviert lassen.</translation>
    </message>
    <message>
        <source>--currency is required: the invoice currency, for example USD.</source>
        <translation>--currency ist erforderlich: die Rechnungswährung, zum Beispiel USD.</translation>
    </message>
    <message>
        <source>Print the database path Bursar uses.</source>
        <translation>Den Datenbankpfad ausgeben, den Bursar verwendet.</translation>
    </message>
    <message>
        <source>Print nothing when the database file does not exist yet.</source>
        <translation>Nichts ausgeben, solange die Datenbankdatei noch nicht existiert.</translation>
    </message>
    <message>
        <source>Check the database file for damage.</source>
        <translation>Die Datenbankdatei auf Schäden prüfen.</translation>
    </message>
    <message>
        <source>%1: schema %2, no damage found.</source>
        <translation>%1: Schema %2, keine Schäden gefunden.</translation>
    </message>
    <message>
        <source>List the tenant tree.</source>
        <translation>Den Mandantenbaum auflisten.</translation>
    </message>
    <message>
        <source>Add a distributor (no --parent) or a partner below --parent.</source>
        <translation>Einen Distributor (ohne --parent) oder einen Partner unter --parent anlegen.</translation>
    </message>
    <message>
        <source>The tenant&apos;s name.</source>
        <translation>Name des Mandanten.</translation>
    </message>
    <message>
        <source>The tenant it belongs to; without it, a new distributor.</source>
        <translation>Der übergeordnete Mandant; ohne Angabe ein neuer Distributor.</translation>
    </message>
    <message>
        <source>--name is required: bursar tenants add --name &quot;Partner Ltd&quot; --parent 1</source>
        <translation>--name ist erforderlich: bursar tenants add --name &quot;Partner Ltd&quot; --parent 1</translation>
    </message>
    <message>
        <source>--parent must be a tenant ID, not “%1”.</source>
        <translation>--parent muss eine Mandanten-ID sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Added tenant %1.</source>
        <translation>Mandant %1 angelegt.</translation>
    </message>
    <message>
        <source>Usage: bursar [--database PATH] tenants list|add [--help]</source>
        <translation>Aufruf: bursar [--database PFAD] tenants list|add [--help]</translation>
    </message>
    <message>
        <source>unknown tenants command “%1”; use list or add.</source>
        <translation>unbekannter tenants-Befehl „%1“; verwenden Sie list oder add.</translation>
    </message>
    <message>
        <source>Usage: bursar [--database PATH] customers list|add|show|map-account|set-provider [--help]</source>
        <translation>Aufruf: bursar [--database PFAD] customers list|add|show|map-account|set-provider [--help]</translation>
    </message>
    <message>
        <source>unknown customers command “%1”; use list, add, show, map-account or set-provider.</source>
        <translation>unbekannter customers-Befehl „%1“; verwenden Sie list, add, show, map-account oder set-provider.</translation>
    </message>
    <message>
        <source>--database needs a path, for example --database ~/bursar.sqlite</source>
        <translation>--database braucht einen Pfad, zum Beispiel --database ~/bursar.sqlite</translation>
    </message>
    <message>
        <source>--database needs a path, for example --database=~/bursar.sqlite</source>
        <translation>--database braucht einen Pfad, zum Beispiel --database=~/bursar.sqlite</translation>
    </message>
    <message>
        <source>unknown option “%1” (see bursar --help)</source>
        <translation>unbekannte Option „%1“ (siehe bursar --help)</translation>
    </message>
    <message>
        <source>unknown command “%1” (see bursar --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe bursar --help)</translation>
    </message>
    <message>
        <source>Copy a single-clerk SQLite database into a new, empty shared PostgreSQL database, then verify every table.</source>
        <translation>Eine SQLite-Datenbank eines einzelnen Sachbearbeiters in eine neue, leere gemeinsame PostgreSQL-Datenbank kopieren und danach jede Tabelle prüfen.</translation>
    </message>
    <message>
        <source>The SQLite database file to copy.</source>
        <translation>Die zu kopierende SQLite-Datenbankdatei.</translation>
    </message>
    <message>
        <source>The new PostgreSQL database, as a URL.</source>
        <translation>Die neue PostgreSQL-Datenbank, als URL.</translation>
    </message>
    <message>
        <source>db copy needs --from FILE and --to postgresql://user@host/dbname.</source>
        <translation>db copy braucht --from DATEI und --to postgresql://benutzer@host/datenbank.</translation>
    </message>
    <message>
        <source>--from must be a SQLite file; “%1” is a PostgreSQL URL.</source>
        <translation>--from muss eine SQLite-Datei sein; „%1“ ist eine PostgreSQL-URL.</translation>
    </message>
    <message>
        <source>The database file “%1” does not exist.</source>
        <translation>Die Datenbankdatei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>--to must be a PostgreSQL URL such as postgresql://user@host/dbname, not “%1”.</source>
        <translation>--to muss eine PostgreSQL-URL wie postgresql://benutzer@host/datenbank sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Copied %1 to %2.</source>
        <translation>%1 nach %2 kopiert.</translation>
    </message>
    <message>
        <source>--user works on SQLite files only; on PostgreSQL the database login is the user.</source>
        <translation>--user gilt nur für SQLite-Dateien; bei PostgreSQL ist die Datenbankanmeldung der Benutzer.</translation>
    </message>
    <message>
        <source>Add a Bursar user.</source>
        <translation>Einen Bursar-Benutzer anlegen.</translation>
    </message>
    <message>
        <source>Grant privileges.</source>
        <translation>Berechtigungen erteilen.</translation>
    </message>
    <message>
        <source>Revoke privileges.</source>
        <translation>Berechtigungen entziehen.</translation>
    </message>
    <message>
        <source>The user&apos;s name.</source>
        <translation>Name des Benutzers.</translation>
    </message>
    <message>
        <source>The PostgreSQL login that acts as this user (shared databases).</source>
        <translation>Die PostgreSQL-Anmeldung, die als dieser Benutzer handelt (gemeinsame Datenbanken).</translation>
    </message>
    <message>
        <source>Comma-separated privileges, for example ARDOCS_CREATE,MANAGE_CUSTOMERS.</source>
        <translation>Kommagetrennte Berechtigungen, zum Beispiel ARDOCS_CREATE,MANAGE_CUSTOMERS.</translation>
    </message>
    <message>
        <source>Every privilege.</source>
        <translation>Alle Berechtigungen.</translation>
    </message>
    <message>
        <source>--name is required: the Bursar user&apos;s name.</source>
        <translation>--name ist erforderlich: der Name des Bursar-Benutzers.</translation>
    </message>
    <message>
        <source>Give either --privileges P1,P2,... or --all.</source>
        <translation>Geben Sie entweder --privileges P1,P2,... oder --all an.</translation>
    </message>
    <message>
        <source>Added user %1.</source>
        <translation>Benutzer %1 angelegt.</translation>
    </message>
    <message>
        <source>Privileges of %1 changed.</source>
        <translation>Berechtigungen von %1 geändert.</translation>
    </message>
    <message>
        <source>--user needs a Bursar user name, for example --user alice</source>
        <translation>--user braucht einen Bursar-Benutzernamen, zum Beispiel --user alice</translation>
    </message>
    <message>
        <source>The vendor&apos;s pricebook that prices this customer (kept when not given).</source>
        <translation>Die Preisliste des Herstellers für diesen Kunden (bleibt unverändert, wenn nicht angegeben).</translation>
    </message>
    <message>
        <source>Customer %1: %2 %3, invoice currency %4, pricebook %5.</source>
        <translation>Kunde %1: %2 %3, Rechnungswährung %4, Preisliste %5.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>give --uplift or --discount, not both.</source>
        <translation>Geben Sie --uplift oder --discount an, nicht beides.</translation>
    </message>
    <message>
        <source>--uplift PERCENT or --discount PERCENT is required, for example --uplift 10.</source>
        <translation>--uplift PROZENT oder --discount PROZENT ist nötig, zum Beispiel --uplift 10.</translation>
    </message>
    <message>
        <source>--uplift and --discount take a percent without a sign, not “%1”.</source>
        <translation>--uplift und --discount nehmen einen Prozentsatz ohne Vorzeichen, nicht „%1“.</translation>
    </message>
    <message>
        <source>--%1 must be a date written YYYY-MM-DD, not “%2”.</source>
        <translation>--%1 muss ein Datum in der Form JJJJ-MM-TT sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>every period</source>
        <translation>jede Periode</translation>
    </message>
    <message>
        <source>period %1 on</source>
        <translation>Periode %1 an</translation>
    </message>
    <message>
        <source>Applies from %1. %2</source>
        <translation>Gilt ab %1. %2</translation>
    </message>
    <message>
        <source>Applies from %1.</source>
        <translation>Gilt ab %1.</translation>
    </message>
    <message>
        <source>Percent added to the vendor&apos;s cost, for example 10.</source>
        <translation>Prozentsatz, der auf die Herstellerkosten aufgeschlagen wird, zum Beispiel 10.</translation>
    </message>
    <message>
        <source>Percent taken off the vendor&apos;s cost, for example 5.</source>
        <translation>Prozentsatz, der von den Herstellerkosten abgezogen wird, zum Beispiel 5.</translation>
    </message>
    <message>
        <source>First day it applies (default today); ended periods are never changed.</source>
        <translation>Erster Tag der Gültigkeit (Standard: heute); abgeschlossene Perioden werden nie geändert.</translation>
    </message>
    <message>
        <source>Add a pricebook: a percent uplift or discount on vendor cost.</source>
        <translation>Eine Preisliste anlegen: ein prozentualer Aufschlag oder Rabatt auf die Herstellerkosten.</translation>
    </message>
    <message>
        <source>The pricebook&apos;s name.</source>
        <translation>Der Name der Preisliste.</translation>
    </message>
    <message>
        <source>--name is required: bursar pricebooks add --name Standard --vendor aws --uplift 10</source>
        <translation>--name ist nötig: bursar pricebooks add --name Standard --vendor aws --uplift 10</translation>
    </message>
    <message>
        <source>Added pricebook %1 for %2: %3%. %4</source>
        <translation>Preisliste %1 für %2 angelegt: %3 %. %4</translation>
    </message>
    <message>
        <source>Change a pricebook&apos;s percent, or set a per-product override with --product.</source>
        <translation>Den Prozentsatz einer Preisliste ändern oder mit --product eine Abweichung für ein Produkt festlegen.</translation>
    </message>
    <message>
        <source>The product (service name) the override is for.</source>
        <translation>Das Produkt (der Dienstname), für das die Abweichung gilt.</translation>
    </message>
    <message>
        <source>Pricebook %1%2: %3%. %4</source>
        <translation>Preisliste %1%2: %3 %. %4</translation>
    </message>
    <message>
        <source>, override for %1</source>
        <translation>, Abweichung für %1</translation>
    </message>
    <message>
        <source>List pricebooks with their effective-dated rules.</source>
        <translation>Preislisten mit ihren zeitlich gültigen Regeln auflisten.</translation>
    </message>
    <message>
        <source>(all products)</source>
        <translation>(alle Produkte)</translation>
    </message>
    <message>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pricebook(s)</source>
        <translation>
            <numerusform>%n Preisliste</numerusform>
            <numerusform>%n Preislisten</numerusform>
        </translation>
    </message>
    <message>
        <source>Global discounts and uplifts on every customer&apos;s price for a vendor.</source>
        <translation>Globale Rabatte und Aufschläge auf den Preis jedes Kunden für einen Hersteller.</translation>
    </message>
    <message>
        <source>What it is, for the statement&apos;s explanation.</source>
        <translation>Was es ist, für die Erläuterung auf der Abrechnung.</translation>
    </message>
    <message>
        <source>The adjustment to end.</source>
        <translation>Die Anpassung, die enden soll.</translation>
    </message>
    <message>
        <source>The last day it applies (default: the end of last month).</source>
        <translation>Der letzte Tag der Gültigkeit (Standard: Ende des Vormonats).</translation>
    </message>
    <message>
        <source>Added global adjustment %1: %2%. %3</source>
        <translation>Globale Anpassung %1 angelegt: %2 %. %3</translation>
    </message>
    <message>
        <source>--id is required: the number bursar pricing global list shows.</source>
        <translation>--id ist nötig: die Nummer, die bursar pricing global list zeigt.</translation>
    </message>
    <message>
        <source>Global adjustment %1 applies up to %2. %3</source>
        <translation>Globale Anpassung %1 gilt bis %2. %3</translation>
    </message>
    <message numerus="yes">
        <source>%n global adjustment(s)</source>
        <translation>
            <numerusform>%n globale Anpassung</numerusform>
            <numerusform>%n globale Anpassungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Support plans: a percent of a customer&apos;s usage price, at least a minimum.</source>
        <translation>Supportpläne: ein Prozentsatz vom Verbrauchspreis eines Kunden, mindestens ein Mindestbetrag.</translation>
    </message>
    <message>
        <source>Custom charges: fixed monthly lines on a customer&apos;s statement.</source>
        <translation>Zusatzgebühren: feste monatliche Zeilen auf der Abrechnung eines Kunden.</translation>
    </message>
    <message>
        <source>The support plan&apos;s name.</source>
        <translation>Der Name des Supportplans.</translation>
    </message>
    <message>
        <source>The line&apos;s text on the statement.</source>
        <translation>Der Text der Zeile auf der Abrechnung.</translation>
    </message>
    <message>
        <source>The monthly amount.</source>
        <translation>Der monatliche Betrag.</translation>
    </message>
    <message>
        <source>Percent of the usage price, 0 to 100.</source>
        <translation>Prozentsatz vom Verbrauchspreis, 0 bis 100.</translation>
    </message>
    <message>
        <source>The least it charges in a month.</source>
        <translation>Der Mindestbetrag pro Monat.</translation>
    </message>
    <message>
        <source>ISO 4217 currency.</source>
        <translation>Währung nach ISO 4217.</translation>
    </message>
    <message>
        <source>First day it applies (default today).</source>
        <translation>Erster Tag der Gültigkeit (Standard: heute).</translation>
    </message>
    <message>
        <source>The entry to end.</source>
        <translation>Der Eintrag, der enden soll.</translation>
    </message>
    <message>
        <source>--%1 must be an amount such as 250.00: %2</source>
        <translation>--%1 muss ein Betrag wie 250.00 sein: %2</translation>
    </message>
    <message>
        <source>Added support plan %1.</source>
        <translation>Supportplan %1 angelegt.</translation>
    </message>
    <message>
        <source>Added custom charge %1.</source>
        <translation>Zusatzgebühr %1 angelegt.</translation>
    </message>
    <message>
        <source>--id is required: the number the list shows.</source>
        <translation>--id ist nötig: die Nummer, die die Liste zeigt.</translation>
    </message>
    <message>
        <source>%1 applies up to %2. %3</source>
        <translation>%1 gilt bis %2. %3</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>The &lt;Vendor&gt; Billing Customers Report: per customer the vendor cost, the customer price and the margin, by product type. Vendor credits and tax are not in it. Amounts are exact.</source>
        <translation>Der Bericht „&lt;Hersteller&gt; Billing Customers Report“: je Kunde die Herstellerkosten, der Kundenpreis und die Marge, nach Produktart. Gutschriften und Steuern des Herstellers sind nicht enthalten. Beträge sind exakt.</translation>
    </message>
    <message>
        <source>The billing period (the first one with --to).</source>
        <translation>Die Abrechnungsperiode (die erste, wenn --to angegeben ist).</translation>
    </message>
    <message>
        <source>The last period of a range.</source>
        <translation>Die letzte Periode eines Zeitraums.</translation>
    </message>
    <message>
        <source>JSON: include each customer&apos;s lines by product.</source>
        <translation>JSON: die Zeilen jedes Kunden nach Produkt mit ausgeben.</translation>
    </message>
    <message>
        <source>--period (and --to) must be a billing period written YYYY-MM, for example --period 2026-09.</source>
        <translation>--period (und --to) müssen eine Abrechnungsperiode in der Form JJJJ-MM sein, zum Beispiel --period 2026-09.</translation>
    </message>
    <message>
        <source>%1 Billing Customers Report</source>
        <translation>%1 Billing Customers Report</translation>
    </message>
    <message>
        <source>%1 Billing Customers Report, %2 to %3</source>
        <translation>%1 Billing Customers Report, %2 bis %3</translation>
    </message>
    <message numerus="yes">
        <source>%n customer row(s)</source>
        <translation>
            <numerusform>%n Kundenzeile</numerusform>
            <numerusform>%n Kundenzeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) with usage are not mapped to a customer (bursar usage unmapped).</source>
        <translation>
            <numerusform>%n Konto mit Verbrauch ist keinem Kunden zugeordnet (bursar usage unmapped).</numerusform>
            <numerusform>%n Konten mit Verbrauch sind keinem Kunden zugeordnet (bursar usage unmapped).</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: bursar [--database PATH] pricing global|charges|support add|list|end [--help]</source>
        <translation>Aufruf: bursar [--database PFAD] pricing global|charges|support add|list|end [--help]</translation>
    </message>
    <message>
        <source>use: bursar pricing global|charges|support add|list|end, not “%1”.</source>
        <translation>verwenden Sie: bursar pricing global|charges|support add|list|end, nicht „%1“.</translation>
    </message>
    <message>
        <source>The file&apos;s format when its header does not tell: focus, aws-cur, azure, partner-center.</source>
        <translation>Das Format der Datei, wenn die Kopfzeile es nicht verrät: focus, aws-cur, azure, partner-center.</translation>
    </message>
    <message>
        <source>import usage needs one file, for example: bursar import usage september-focus.csv</source>
        <translation>import usage braucht eine Datei, zum Beispiel: bursar import usage september-focus.csv</translation>
    </message>
    <message>
        <source>--as must be focus, aws-cur, azure or partner-center, not “%1”.</source>
        <translation>--as muss focus, aws-cur, azure oder partner-center sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Imported %1 (%2, %3): %4 rows, %5 usage lines, %6 Free Tier rows ignored; periods %7; cost %8.</source>
        <translation>%1 importiert (%2, %3): %4 Zeilen, %5 Verbrauchszeilen, %6 Free-Tier-Zeilen ignoriert; Perioden %7; Kosten %8.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) are not mapped to a customer yet: %1. Map them with bursar customers map-account; their usage then counts without a second import.</source>
        <translation>
            <numerusform>%n Konto ist noch keinem Kunden zugeordnet: %1. Ordnen Sie es mit bursar customers map-account zu; sein Verbrauch zählt dann ohne zweiten Import.</numerusform>
            <numerusform>%n Konten sind noch keinem Kunden zugeordnet: %1. Ordnen Sie sie mit bursar customers map-account zu; ihr Verbrauch zählt dann ohne zweiten Import.</numerusform>
        </translation>
    </message>
    <message>
        <source>List imported usage files, newest first.</source>
        <translation>Importierte Verbrauchsdateien auflisten, neueste zuerst.</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s)</source>
        <translation>
            <numerusform>%n Import</numerusform>
            <numerusform>%n Importe</numerusform>
        </translation>
    </message>
    <message>
        <source>List vendor accounts with imported usage that no customer is mapped to.</source>
        <translation>Herstellerkonten mit importiertem Verbrauch auflisten, die keinem Kunden zugeordnet sind.</translation>
    </message>
    <message numerus="yes">
        <source>%n unmapped account(s)</source>
        <translation>
            <numerusform>%n nicht zugeordnetes Konto</numerusform>
            <numerusform>%n nicht zugeordnete Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>List, add or remove a vendor&apos;s own legal entities. A usage row whose publisher is not one of them is a marketplace charge.</source>
        <translation>Die eigenen Rechtsträger eines Herstellers auflisten, hinzufügen oder entfernen. Eine Verbrauchszeile, deren Anbieter keiner davon ist, ist eine Marketplace-Gebühr.</translation>
    </message>
    <message>
        <source>Add this legal name.</source>
        <translation>Diesen Firmennamen hinzufügen.</translation>
    </message>
    <message>
        <source>Remove this legal name.</source>
        <translation>Diesen Firmennamen entfernen.</translation>
    </message>
    <message>
        <source>Usage: bursar [--database PATH] import usage FILE [--vendor V] [--as FORMAT] [--format json]</source>
        <translation>Aufruf: bursar [--database PFAD] import usage DATEI [--vendor V] [--as FORMAT] [--format json]</translation>
    </message>
    <message>
        <source>unknown import command “%1”; use: bursar import usage FILE</source>
        <translation>unbekannter import-Befehl „%1“; verwenden Sie: bursar import usage DATEI</translation>
    </message>
    <message>
        <source>Usage: bursar [--database PATH] %1 %2 [--help]</source>
        <translation>Aufruf: bursar [--database PFAD] %1 %2 [--help]</translation>
    </message>
    <message>
        <source>unknown %1 command “%2”; use %3.</source>
        <translation>unbekannter %1-Befehl „%2“; verwenden Sie %3.</translation>
    </message>
    <message>
        <source>List the credits the vendor gave in its usage files, per customer and account, so they can be issued as customer credits. They are never passed on by themselves.</source>
        <translation>Die Gutschriften des Herstellers aus seinen Verbrauchsdateien je Kunde und Konto auflisten, damit sie als Kundengutschriften ausgestellt werden können. Sie werden nie von selbst weitergegeben.</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(kein Kunde)</translation>
    </message>
    <message numerus="yes">
        <source>%n vendor credit(s)</source>
        <translation>
            <numerusform>%n Herstellergutschrift</numerusform>
            <numerusform>%n Herstellergutschriften</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data written to %1: %2 customers, %3 vendor accounts, %4 subscriptions, %5 pricebooks, %6 usage lines from %7 files, %8 credits, %9 tax rates in %10 ms.</source>
        <translation>Demodaten in %1 geschrieben: %2 Kunden, %3 Herstellerkonten, %4 Abonnements, %5 Preislisten, %6 Verbrauchszeilen aus %7 Dateien, %8 Gutschriften, %9 Steuersätze in %10 ms.</translation>
    </message>
    <message>
        <source>--customer “%1” is not a customer ID; give the number, for example 100042.</source>
        <translation>--customer „%1“ ist keine Kunden-ID; geben Sie die Nummer an, zum Beispiel 100042.</translation>
    </message>
    <message>
        <source>Add a credit to a customer&apos;s profile. Type the amount without a minus sign: it is stored negative.</source>
        <translation>Eine Gutschrift im Kundenprofil anlegen. Geben Sie den Betrag ohne Minuszeichen ein: er wird negativ gespeichert.</translation>
    </message>
    <message>
        <source>The credit&apos;s currency, for example USD.</source>
        <translation>Die Währung der Gutschrift, zum Beispiel USD.</translation>
    </message>
    <message>
        <source>The amount the customer is owed, positive, for example 250.00.</source>
        <translation>Der Betrag, der dem Kunden zusteht, positiv, zum Beispiel 250.00.</translation>
    </message>
    <message>
        <source>Account or subscription, and why.</source>
        <translation>Konto oder Abonnement, und warum.</translation>
    </message>
    <message>
        <source>The last day the credit can pay for.</source>
        <translation>Der letzte Tag, für den die Gutschrift zahlen kann.</translation>
    </message>
    <message>
        <source>A marketplace credit: pays marketplace fees only.</source>
        <translation>Eine Marketplace-Gutschrift: bezahlt nur Marketplace-Gebühren.</translation>
    </message>
    <message>
        <source>The credit this new entry corrects.</source>
        <translation>Die Gutschrift, die dieser neue Eintrag berichtigt.</translation>
    </message>
    <message>
        <source>--currency is required, for example --currency USD.</source>
        <translation>--currency ist erforderlich, zum Beispiel --currency USD.</translation>
    </message>
    <message>
        <source>--amount is required: the amount the customer is owed, without a minus sign.</source>
        <translation>--amount ist erforderlich: der Betrag, der dem Kunden zusteht, ohne Minuszeichen.</translation>
    </message>
    <message>
        <source>--corrects takes a credit&apos;s ID, not “%1”.</source>
        <translation>--corrects erwartet die ID einer Gutschrift, nicht „%1“.</translation>
    </message>
    <message>
        <source>Added credit %1 for the customer with ID %2: %3 %4 (%5).</source>
        <translation>Gutschrift %1 für den Kunden mit der ID %2 angelegt: %3 %4 (%5).</translation>
    </message>
    <message>
        <source>Credits with what was applied and what remains (issued = applied + remaining).</source>
        <translation>Gutschriften mit dem, was angerechnet wurde und was übrig ist (ausgestellt = angerechnet + verbleibend).</translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s)</source>
        <translation>
            <numerusform>%n Gutschrift</numerusform>
            <numerusform>%n Gutschriften</numerusform>
        </translation>
    </message>
    <message>
        <source>One credit and every statement it was applied to.</source>
        <translation>Eine Gutschrift und jede Abrechnung, auf die sie angerechnet wurde.</translation>
    </message>
    <message>
        <source>give the credit&apos;s ID: bursar credits show 12</source>
        <translation>geben Sie die ID der Gutschrift an: bursar credits show 12</translation>
    </message>
    <message>
        <source>Credit %1, customer %2, %3 %4: issued %5, applied %6, remaining %7</source>
        <translation>Gutschrift %1, Kunde %2, %3 %4: ausgestellt %5, angerechnet %6, verbleibend %7</translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation>Entwurf %1</translation>
    </message>
    <message>
        <source>Void a credit nothing was applied from (it is kept, marked, never counted).</source>
        <translation>Eine Gutschrift stornieren, von der nichts angerechnet wurde (sie bleibt erhalten, markiert, und zählt nie).</translation>
    </message>
    <message>
        <source>Why the credit is voided.</source>
        <translation>Warum die Gutschrift storniert wird.</translation>
    </message>
    <message>
        <source>give the credit&apos;s ID: bursar credits void 12 --reason &quot;typed twice&quot;</source>
        <translation>geben Sie die ID der Gutschrift an: bursar credits void 12 --reason &quot;doppelt erfasst&quot;</translation>
    </message>
    <message>
        <source>Credit %1 voided.</source>
        <translation>Gutschrift %1 storniert.</translation>
    </message>
    <message>
        <source>Generate draft statements for a vendor and period. A customer that cannot be billed fails alone; exit code 1 when any did.</source>
        <translation>Abrechnungsentwürfe für einen Hersteller und eine Periode erzeugen. Ein Kunde, der nicht abgerechnet werden kann, scheitert allein; Exit-Code 1, wenn das vorkam.</translation>
    </message>
    <message>
        <source>The billing period.</source>
        <translation>Die Abrechnungsperiode.</translation>
    </message>
    <message>
        <source>Every customer with charges in the period.</source>
        <translation>Jeden Kunden mit Kosten in der Periode.</translation>
    </message>
    <message>
        <source>A customer to bill (repeat it, or separate IDs with commas).</source>
        <translation>Ein abzurechnender Kunde (wiederholen Sie die Option oder trennen Sie IDs mit Kommas).</translation>
    </message>
    <message>
        <source>Apply the customers&apos; credits.</source>
        <translation>Die Gutschriften der Kunden anrechnen.</translation>
    </message>
    <message>
        <source>Include tax from the tax table.</source>
        <translation>Steuer aus der Steuertabelle einschließen.</translation>
    </message>
    <message>
        <source>Include marketplace fees (pass-through, 0 margin).</source>
        <translation>Marketplace-Gebühren einschließen (durchlaufend, 0 Marge).</translation>
    </message>
    <message>
        <source>Use marketplace credits for marketplace fees.</source>
        <translation>Marketplace-Gutschriften für Marketplace-Gebühren verwenden.</translation>
    </message>
    <message>
        <source>--period must be a billing period written YYYY-MM, for example --period 2026-09.</source>
        <translation>--period muss eine Abrechnungsperiode im Format JJJJ-MM sein, zum Beispiel --period 2026-09.</translation>
    </message>
    <message>
        <source>give --all or one or more --customer ID, not both or neither.</source>
        <translation>geben Sie --all oder eine oder mehrere --customer ID an, nicht beides und nicht keines.</translation>
    </message>
    <message>
        <source>Run %1, %2 %3: %4 draft statement(s) generated, %5 failed, %6 skipped.</source>
        <translation>Lauf %1, %2 %3: %4 Abrechnungsentwurf/-entwürfe erzeugt, %5 fehlgeschlagen, %6 übersprungen.</translation>
    </message>
    <message>
        <source>  failed: %1</source>
        <translation>  fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>  skipped: %1</source>
        <translation>  übersprungen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) could not be billed; the others were.</source>
        <translation>
            <numerusform>%n Kunde konnte nicht abgerechnet werden; die anderen wurden es.</numerusform>
            <numerusform>%n Kunden konnten nicht abgerechnet werden; die anderen wurden es.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this customer.</source>
        <translation>Nur dieser Kunde.</translation>
    </message>
    <message>
        <source>Only this vendor.</source>
        <translation>Nur dieser Hersteller.</translation>
    </message>
    <message>
        <source>Only this billing period (the first with --to).</source>
        <translation>Nur diese Abrechnungsperiode (die erste mit --to).</translation>
    </message>
    <message>
        <source>draft, open, closed or past-due.</source>
        <translation>draft, open, closed oder past-due.</translation>
    </message>
    <message>
        <source>Only the statements of this billing run.</source>
        <translation>Nur die Abrechnungen dieses Abrechnungslaufs.</translation>
    </message>
    <message>
        <source>--period (and --to) must be a billing period written YYYY-MM.</source>
        <translation>--period (und --to) müssen Abrechnungsperioden im Format JJJJ-MM sein.</translation>
    </message>
    <message>
        <source>--status must be draft, open, closed or past-due, not “%1”.</source>
        <translation>--status muss draft, open, closed oder past-due sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--run takes a billing run&apos;s number.</source>
        <translation>--run erwartet die Nummer eines Abrechnungslaufs.</translation>
    </message>
    <message>
        <source>Billing statements (Billing &gt; Customer Invoices).</source>
        <translation>Abrechnungen (Abrechnung &gt; Kundenrechnungen).</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n Abrechnung</numerusform>
            <numerusform>%n Abrechnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>One statement whole: lines, credits, marketplace fees, tax and total as exact decimals, and where each number came from. --currency shows it in another currency (the rate is recorded).</source>
        <translation>Eine Abrechnung vollständig: Zeilen, Gutschriften, Marketplace-Gebühren, Steuer und Summe als exakte Dezimalzahlen, und woher jede Zahl stammt. --currency zeigt sie in einer anderen Währung (der Kurs wird festgehalten).</translation>
    </message>
    <message>
        <source>Show the amounts in this currency too.</source>
        <translation>Die Beträge auch in dieser Währung zeigen.</translation>
    </message>
    <message>
        <source>give the statement&apos;s ID or number: bursar invoices show INV-2026-000001</source>
        <translation>geben Sie die ID oder Nummer der Abrechnung an: bursar invoices show INV-2026-000001</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>In %1 at %2 (rate of %3): total %4 %1.</source>
        <translation>In %1 zum Kurs %2 (Kurs vom %3): Summe %4 %1.</translation>
    </message>
    <message>
        <source>Approve drafts: each gets the next number and becomes Open (visible to the customer).</source>
        <translation>Entwürfe freigeben: jeder erhält die nächste Nummer und wird Offen (für den Kunden sichtbar).</translation>
    </message>
    <message>
        <source>Every draft the filters select.</source>
        <translation>Jeden Entwurf, den die Filter auswählen.</translation>
    </message>
    <message>
        <source>The issue date (default today).</source>
        <translation>Das Rechnungsdatum (Standard heute).</translation>
    </message>
    <message>
        <source>give statement IDs or --all, not both or neither.</source>
        <translation>geben Sie Abrechnungs-IDs oder --all an, nicht beides und nicht keines.</translation>
    </message>
    <message>
        <source>“%1” is not a statement ID.</source>
        <translation>„%1“ ist keine Abrechnungs-ID.</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) approved.</source>
        <translation>
            <numerusform>%n Abrechnung freigegeben.</numerusform>
            <numerusform>%n Abrechnungen freigegeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) were not approved.</source>
        <translation>
            <numerusform>%n Abrechnung wurde nicht freigegeben.</numerusform>
            <numerusform>%n Abrechnungen wurden nicht freigegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete draft statements: their credits return to the balance and the period unlocks.</source>
        <translation>Abrechnungsentwürfe löschen: ihre Gutschriften kehren ins Guthaben zurück und die Periode wird entsperrt.</translation>
    </message>
    <message>
        <source>give the draft statements&apos; IDs: bursar invoices delete 57 58</source>
        <translation>geben Sie die IDs der Entwürfe an: bursar invoices delete 57 58</translation>
    </message>
    <message>
        <source>Deleted draft %1.</source>
        <translation>Entwurf %1 gelöscht.</translation>
    </message>
    <message>
        <source>The new pattern: {YYYY}, {YY}, {MM} and one counter such as {000000}.</source>
        <translation>Das neue Muster: {YYYY}, {YY}, {MM} und ein Zähler wie {000000}.</translation>
    </message>
    <message>
        <source>Set a tax rate for a region (and state or province) from a date on.</source>
        <translation>Einen Steuersatz für eine Region (und ein Bundesland oder eine Provinz) ab einem Datum festlegen.</translation>
    </message>
    <message>
        <source>The customers&apos; region, for example US.</source>
        <translation>Die Region der Kunden, zum Beispiel US.</translation>
    </message>
    <message>
        <source>The state or province; without it, the region&apos;s own rate.</source>
        <translation>Das Bundesland oder die Provinz; ohne sie der eigene Satz der Region.</translation>
    </message>
    <message>
        <source>Percent, for example 10.25.</source>
        <translation>Prozent, zum Beispiel 10.25.</translation>
    </message>
    <message>
        <source>The first day it applies (default today).</source>
        <translation>Der erste Tag, ab dem er gilt (Standard heute).</translation>
    </message>
    <message>
        <source>The name printed on statements, for example GST.</source>
        <translation>Der Name auf den Abrechnungen, zum Beispiel GST.</translation>
    </message>
    <message>
        <source>--rate is required, for example --rate 10.25.</source>
        <translation>--rate ist erforderlich, zum Beispiel --rate 10.25.</translation>
    </message>
    <message>
        <source>Tax rate saved (%1).</source>
        <translation>Steuersatz gespeichert (%1).</translation>
    </message>
    <message>
        <source>The tax table.</source>
        <translation>Die Steuertabelle.</translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s)</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>
    </message>
    <message>
        <source>Set an exchange rate: 1 FROM = RATE TO, from a date on.</source>
        <translation>Einen Wechselkurs festlegen: 1 FROM = RATE TO, ab einem Datum.</translation>
    </message>
    <message>
        <source>The currency converted.</source>
        <translation>Die umgerechnete Währung.</translation>
    </message>
    <message>
        <source>The currency it becomes.</source>
        <translation>Die Währung, die daraus wird.</translation>
    </message>
    <message>
        <source>Units of TO per unit of FROM.</source>
        <translation>Einheiten von TO je Einheit von FROM.</translation>
    </message>
    <message>
        <source>The rate&apos;s date (default today).</source>
        <translation>Das Datum des Kurses (Standard heute).</translation>
    </message>
    <message>
        <source>Exchange rate saved.</source>
        <translation>Wechselkurs gespeichert.</translation>
    </message>
    <message>
        <source>The exchange-rate table.</source>
        <translation>Die Wechselkurstabelle.</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter, not “%1”.</source>
        <translation>--paper muss a4 oder letter sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>a4 or letter (default: Settings &gt; Statement Documents).</source>
        <translation>a4 oder letter (Standard: Einstellungen &gt; Abrechnungsdokumente).</translation>
    </message>
    <message>
        <source>Write PDF/A-1b.</source>
        <translation>PDF/A-1b schreiben.</translation>
    </message>
    <message>
        <source>Start CSV files with a byte order mark.</source>
        <translation>CSV-Dateien mit einer Byte-Order-Markierung beginnen.</translation>
    </message>
    <message>
        <source>Separate CSV fields with &apos;;&apos; and write decimal commas.</source>
        <translation>CSV-Felder mit &apos;;&apos; trennen und Dezimalkommas schreiben.</translation>
    </message>
    <message>
        <source>Write statements to a folder as PDF, CSV or Detailed CSV (each file written whole, then renamed into place); prints the paths written.</source>
        <translation>Abrechnungen als PDF, CSV oder detaillierte CSV in einen Ordner schreiben (jede Datei vollständig geschrieben, dann umbenannt); gibt die geschriebenen Pfade aus.</translation>
    </message>
    <message>
        <source>With --period: every statement of that vendor and period.</source>
        <translation>Mit --period: jede Abrechnung dieses Herstellers und dieser Periode.</translation>
    </message>
    <message>
        <source>The folder the files go to (it must exist).</source>
        <translation>Der Ordner für die Dateien (er muss existieren).</translation>
    </message>
    <message>
        <source>File names, e.g. {period}-{vendor}-{customer}-{number}.</source>
        <translation>Dateinamen, z. B. {period}-{vendor}-{customer}-{number}.</translation>
    </message>
    <message>
        <source>--out is required: the folder the files go to.</source>
        <translation>--out ist erforderlich: der Ordner für die Dateien.</translation>
    </message>
    <message>
        <source>give statement IDs or --vendor V --period YYYY-MM, not both or neither.</source>
        <translation>geben Sie Abrechnungs-IDs oder --vendor V --period JJJJ-MM an, nicht beides und nicht keines.</translation>
    </message>
    <message>
        <source>statement %1: %2</source>
        <translation>Abrechnung %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written.</source>
        <translation>
            <numerusform>%n Datei geschrieben.</numerusform>
            <numerusform>%n Dateien geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) could not be written.</source>
        <translation>
            <numerusform>%n Abrechnung konnte nicht geschrieben werden.</numerusform>
            <numerusform>%n Abrechnungen konnten nicht geschrieben werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>A customer&apos;s statement of account as PDF: open statements and the balance as of a date.</source>
        <translation>Der Kontoauszug eines Kunden als PDF: offene Abrechnungen und der Saldo zu einem Stichtag.</translation>
    </message>
    <message>
        <source>The date (default today).</source>
        <translation>Der Stichtag (Standard heute).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>--out is required: the PDF file to write.</source>
        <translation>--out ist erforderlich: die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>How amounts and dates read, e.g. en_US or de_DE (default: the settings).</source>
        <translation>Wie Beträge und Daten geschrieben werden, z. B. en_US oder de_DE (Standard: die Einstellungen).</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>--as must be %1, not “%2”.</source>
        <translation>--as muss %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>“%1” is not a %2 ID; give the numbers, for example 12 13.</source>
        <translation>„%1“ ist keine %2-ID; geben Sie die Nummern an, zum Beispiel 12 13.</translation>
    </message>
    <message>
        <source>give at least one %1 ID.</source>
        <translation>geben Sie mindestens eine %1-ID an.</translation>
    </message>
    <message>
        <source>ID      Type         Number              Status     Customer  Date        Due         Total            Left</source>
        <translation>ID      Art          Nummer              Status     Kunde     Datum       Fällig      Summe            Offen</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Beleg</numerusform>
            <numerusform>%n Belege</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 — %3, customer %4 (%5)
</source>
        <translation>%1 %2 — %3, Kunde %4 (%5)
</translation>
    </message>
    <message>
        <source>Date %1, due %2. %3
</source>
        <translation>Datum %1, fällig %2. %3
</translation>
    </message>
    <message>
        <source>Total %1 %2 (rounding %3), applied %4, %5 %6
</source>
        <translation>Summe %1 %2 (Rundung %3), verrechnet %4, %5 %6
</translation>
    </message>
    <message>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>  #%1 %2 %3 → %4 %5 by %6%7; after: %8
</source>
        <translation>  #%1 %2 %3 → %4 %5 von %6%7; danach: %8
</translation>
    </message>
    <message>
        <source> (reverses #%1)</source>
        <translation> (hebt #%1 auf)</translation>
    </message>
    <message>
        <source>Create a credit or debit memo on Hold. Each --line is DESC|QTY|UOM|PRICE|DISCOUNT|TAXCAT (discount and tax category may be empty).</source>
        <translation>Eine Gut- oder Lastschrift im Status Zurückgehalten anlegen. Jede --line ist DESC|QTY|UOM|PRICE|DISCOUNT|TAXCAT (Rabatt und Steuerkategorie dürfen leer sein).</translation>
    </message>
    <message>
        <source>credit or debit.</source>
        <translation>credit oder debit.</translation>
    </message>
    <message>
        <source>Default: the customer&apos;s invoice currency.</source>
        <translation>Standard: die Rechnungswährung des Kunden.</translation>
    </message>
    <message>
        <source>The document date (default today).</source>
        <translation>Das Belegdatum (Standard: heute).</translation>
    </message>
    <message>
        <source>Why the memo is issued.</source>
        <translation>Warum der Beleg ausgestellt wird.</translation>
    </message>
    <message>
        <source>A detail line; repeat for more.</source>
        <translation>Eine Position; für weitere wiederholen.</translation>
    </message>
    <message>
        <source>The statement or memo it adjusts (its number).</source>
        <translation>Die Abrechnung oder der Beleg, den er korrigiert (Nummer).</translation>
    </message>
    <message>
        <source>Sales branch.</source>
        <translation>Vertriebsniederlassung.</translation>
    </message>
    <message>
        <source>Sales person.</source>
        <translation>Vertriebsmitarbeiter.</translation>
    </message>
    <message>
        <source>Payment terms in days (default the customer&apos;s).</source>
        <translation>Zahlungsziel in Tagen (Standard: das des Kunden).</translation>
    </message>
    <message>
        <source>--type must be credit or debit, not “%1”.</source>
        <translation>--type muss credit oder debit sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--terms takes a number of days, not “%1”.</source>
        <translation>--terms erwartet eine Anzahl Tage, nicht „%1“.</translation>
    </message>
    <message>
        <source>--line “%1” needs DESC|QTY|UOM|PRICE|DISCOUNT|TAXCAT (discount and tax category may be left out).</source>
        <translation>--line „%1“ braucht DESC|QTY|UOM|PRICE|DISCOUNT|TAXCAT (Rabatt und Steuerkategorie dürfen fehlen).</translation>
    </message>
    <message>
        <source>Created %1 %2 on Hold for customer %3: %4 %5.</source>
        <translation>%1 %2 für Kunde %3 angelegt (zurückgehalten): %4 %5.</translation>
    </message>
    <message>
        <source>Release Hold memos: each takes its number and is Open.</source>
        <translation>Zurückgehaltene Belege freigeben: jeder erhält seine Nummer und ist offen.</translation>
    </message>
    <message>
        <source>memo</source>
        <translation>Beleg</translation>
    </message>
    <message numerus="yes">
        <source>Released %n memo(s): %1.</source>
        <translation>
            <numerusform>%n Beleg freigegeben: %1.</numerusform>
            <numerusform>%n Belege freigegeben: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Hold memos (no number is used).</source>
        <translation>Zurückgehaltene Belege löschen (es wird keine Nummer verbraucht).</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n memo(s).</source>
        <translation>
            <numerusform>%n Beleg gelöscht.</numerusform>
            <numerusform>%n Belege gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel an Open memo or payment with a reversing document (its applications reversed first).</source>
        <translation>Einen offenen Beleg oder eine Zahlung durch einen Gegenbeleg stornieren (seine Verrechnungen zuvor aufgehoben).</translation>
    </message>
    <message>
        <source>The reversing document&apos;s date (default today).</source>
        <translation>Das Datum des Gegenbelegs (Standard: heute).</translation>
    </message>
    <message>
        <source>Why, for the reversing document.</source>
        <translation>Warum, für den Gegenbeleg.</translation>
    </message>
    <message>
        <source>document</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Cancelled by %1 %2.</source>
        <translation>Storniert durch %1 %2.</translation>
    </message>
    <message>
        <source>Payments, newest first.</source>
        <translation>Zahlungen, neueste zuerst.</translation>
    </message>
    <message>
        <source>Credit and debit memos, newest first.</source>
        <translation>Gut- und Lastschriften, neueste zuerst.</translation>
    </message>
    <message>
        <source>hold, open, past_due, closed or cancelled.</source>
        <translation>hold, open, past_due, closed oder cancelled.</translation>
    </message>
    <message>
        <source>Dated on or after.</source>
        <translation>Datiert am oder nach.</translation>
    </message>
    <message>
        <source>Dated on or before.</source>
        <translation>Datiert am oder vor.</translation>
    </message>
    <message>
        <source>Total at least.</source>
        <translation>Summe mindestens.</translation>
    </message>
    <message>
        <source>Total at most.</source>
        <translation>Summe höchstens.</translation>
    </message>
    <message>
        <source>--status must be hold, open, past_due, closed or cancelled.</source>
        <translation>--status muss hold, open, past_due, closed oder cancelled sein.</translation>
    </message>
    <message>
        <source>One document with its lines, tax and every application and reversal.</source>
        <translation>Ein Beleg mit Positionen, Steuer und jeder Verrechnung und Aufhebung.</translation>
    </message>
    <message>
        <source>give one document&apos;s ID or number.</source>
        <translation>geben Sie die ID oder Nummer eines Belegs an.</translation>
    </message>
    <message>
        <source>Record a customer&apos;s payment; it is Open at once.</source>
        <translation>Eine Zahlung eines Kunden erfassen; sie ist sofort offen.</translation>
    </message>
    <message>
        <source>The amount received, for example 1250.00.</source>
        <translation>Der erhaltene Betrag, zum Beispiel 1250.00.</translation>
    </message>
    <message>
        <source>Its currency.</source>
        <translation>Seine Währung.</translation>
    </message>
    <message>
        <source>The day it was received (default today).</source>
        <translation>Der Eingangstag (Standard: heute).</translation>
    </message>
    <message>
        <source>A payment method&apos;s ID of the customer, or a reference text.</source>
        <translation>Die ID einer Zahlungsart des Kunden oder ein Referenztext.</translation>
    </message>
    <message>
        <source>The bank&apos;s or cheque&apos;s reference.</source>
        <translation>Die Referenz der Bank oder des Schecks.</translation>
    </message>
    <message>
        <source>--amount and --currency are required, for example --amount 1250.00 --currency EUR.</source>
        <translation>--amount und --currency sind erforderlich, zum Beispiel --amount 1250.00 --currency EUR.</translation>
    </message>
    <message>
        <source>Recorded payment %1 from customer %2: %3 %4.</source>
        <translation>Zahlung %1 von Kunde %2 erfasst: %3 %4.</translation>
    </message>
    <message>
        <source>Apply an Open credit memo or payment to statements and debit memos of the same customer and currency. --to and --amount may be repeated in pairs; --auto splits everything available by --policy; --preview shows the split and writes nothing.</source>
        <translation>Eine offene Gutschrift oder Zahlung mit Abrechnungen und Lastschriften desselben Kunden und derselben Währung verrechnen. --to und --amount dürfen paarweise wiederholt werden; --auto verteilt alles Verfügbare nach --policy; --preview zeigt die Aufteilung und schreibt nichts.</translation>
    </message>
    <message>
        <source>A statement or debit memo (number, or statement:ID).</source>
        <translation>Eine Abrechnung oder Lastschrift (Nummer oder statement:ID).</translation>
    </message>
    <message>
        <source>The amount for the --to before it.</source>
        <translation>Der Betrag für das vorangehende --to.</translation>
    </message>
    <message>
        <source>Split everything available over what the customer owes.</source>
        <translation>Alles Verfügbare auf die offenen Posten des Kunden verteilen.</translation>
    </message>
    <message>
        <source>oldest-due (default), oldest-document or pro-rata.</source>
        <translation>oldest-due (Standard), oldest-document oder pro-rata.</translation>
    </message>
    <message>
        <source>The application&apos;s date (default today).</source>
        <translation>Das Datum der Verrechnung (Standard: heute).</translation>
    </message>
    <message>
        <source>Show the split before and after; write nothing.</source>
        <translation>Die Aufteilung vorher und nachher zeigen; nichts schreiben.</translation>
    </message>
    <message>
        <source>--from is required: the credit memo or payment to apply.</source>
        <translation>--from ist erforderlich: die zu verrechnende Gutschrift oder Zahlung.</translation>
    </message>
    <message>
        <source>give --to DOC --amount A in pairs, or --auto.</source>
        <translation>geben Sie --to DOC --amount A paarweise an, oder --auto.</translation>
    </message>
    <message>
        <source>--policy must be oldest-due, oldest-document or pro-rata.</source>
        <translation>--policy muss oldest-due, oldest-document oder pro-rata sein.</translation>
    </message>
    <message>
        <source>%1 %2: %3 %4 available; split %5 (nothing written)
</source>
        <translation>%1 %2: %3 %4 verfügbar; Aufteilung %5 (nichts geschrieben)
</translation>
    </message>
    <message>
        <source>--amount “%1” is not a number; write it as 60.00.</source>
        <translation>--amount „%1“ ist keine Zahl; schreiben Sie sie als 60.00.</translation>
    </message>
    <message>
        <source>Applied #%1: %2 → %3 %4
</source>
        <translation>Verrechnet #%1: %2 → %3 %4
</translation>
    </message>
    <message>
        <source>Nothing applied.</source>
        <translation>Nichts verrechnet.</translation>
    </message>
    <message>
        <source>Reverse one application; every other application stays. The reversal is recorded, never deleted.</source>
        <translation>Eine Verrechnung aufheben; alle anderen bleiben. Die Aufhebung wird gebucht, nie gelöscht.</translation>
    </message>
    <message>
        <source>The reversal&apos;s date (default today).</source>
        <translation>Das Datum der Aufhebung (Standard: heute).</translation>
    </message>
    <message>
        <source>application</source>
        <translation>Verrechnung</translation>
    </message>
    <message>
        <source>Application %1 reversed by entry %2.</source>
        <translation>Verrechnung %1 durch Buchung %2 aufgehoben.</translation>
    </message>
    <message>
        <source>A customer&apos;s balance per currency: open statements + open debit memos − unapplied credit memos − unapplied payments.</source>
        <translation>Der Saldo eines Kunden je Währung: offene Abrechnungen + offene Lastschriften − nicht verrechnete Gutschriften − nicht verrechnete Zahlungen.</translation>
    </message>
    <message>
        <source>The day (default today).</source>
        <translation>Der Tag (Standard: heute).</translation>
    </message>
    <message>
        <source>Nothing owed and nothing unapplied.</source>
        <translation>Nichts offen und nichts unverrechnet.</translation>
    </message>
    <message>
        <source>What customers owe as of a date, by days past due; unapplied credit memos and payments as their own negative column. Only documents and applications dated on or before the date count, so a past date prints the same later.</source>
        <translation>Was Kunden zu einem Stichtag schulden, nach Tagen überfällig; nicht verrechnete Gutschriften und Zahlungen als eigene negative Spalte. Nur Belege und Verrechnungen bis zum Stichtag zählen, daher ergibt ein vergangener Stichtag später dieselben Zahlen.</translation>
    </message>
    <message>
        <source>The day the aging is as of.</source>
        <translation>Der Stichtag der Fälligkeitsanalyse.</translation>
    </message>
    <message>
        <source>Only the customers of this tenant and the tenants below it.</source>
        <translation>Nur die Kunden dieses Mandanten und der Mandanten darunter.</translation>
    </message>
    <message>
        <source>--as-of is required, for example --as-of 2026-12-01.</source>
        <translation>--as-of ist erforderlich, zum Beispiel --as-of 2026-12-01.</translation>
    </message>
    <message>
        <source>--tenant takes a tenant&apos;s ID (see bursar tenants list).</source>
        <translation>--tenant erwartet die ID eines Mandanten (siehe bursar tenants list).</translation>
    </message>
    <message>
        <source>Aging as of %1
</source>
        <translation>Fälligkeitsanalyse zum %1
</translation>
    </message>
    <message>
        <source>Customer  Cur        Current        1-30       31-60       61-90     Over 90   Unapplied       Total
</source>
        <translation>Kunde     Whg     Nicht fällig    1-30       31-60       61-90    Über 90  Unverrechnet     Summe
</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Proof %1: Σ buckets %2 = Σ balances %3 %4
</source>
        <translation>Probe %1: Σ Spalten %2 = Σ Salden %3 %4
</translation>
    </message>
    <message>
        <source>— NOT EQUAL</source>
        <translation>— NICHT GLEICH</translation>
    </message>
    <message>
        <source>The credit memo or payment (ID or number); with --auto it may be repeated to apply many in one transaction.</source>
        <translation>Die Gutschrift oder Zahlung (ID oder Nummer); mit --auto darf sie wiederholt werden, um viele in einer Transaktion zu verrechnen.</translation>
    </message>
    <message>
        <source>%1 of %2 documents applied (%3 applications); %4 had nothing to pay.</source>
        <translation>%1 von %2 Belegen verrechnet (%3 Verrechnungen); %4 hatten nichts zu bezahlen.</translation>
    </message>
    <message>
        <source>Receivables: %1 approved statements, %2 payments, %3 credit memos, %4 debit memos, %5 applications.</source>
        <translation>Forderungen: %1 genehmigte Abrechnungen, %2 Zahlungen, %3 Gutschriften, %4 Lastschriften, %5 Verrechnungen.</translation>
    </message>
    <message>
        <source>Each number of a series with its document, status and reversing document, and whether the series has a hole (named when it has).</source>
        <translation>Jede Nummer einer Serie mit ihrem Beleg, Status und Gegenbeleg, und ob die Serie eine Lücke hat (benannt, wenn ja).</translation>
    </message>
    <message>
        <source>One series; all four by default.</source>
        <translation>Eine Serie; standardmäßig alle vier.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 numbers; %4
</source>
        <translation>%1 (%2): %3 Nummern; %4
</translation>
    </message>
    <message>
        <source>no hole</source>
        <translation>keine Lücke</translation>
    </message>
    <message>
        <source>holes: %1; held twice: %2</source>
        <translation>Lücken: %1; doppelt vergeben: %2</translation>
    </message>
    <message>
        <source>  cancelled by %1</source>
        <translation>  storniert durch %1</translation>
    </message>
    <message>
        <source>Write credit memos, debit memos or payments to a folder, one file each, named by number (a Hold memo as HOLD-&lt;id&gt;, watermarked); prints the paths written.</source>
        <translation>Gutschriften, Lastschriften oder Zahlungen in einen Ordner schreiben, eine Datei je Beleg, nach Nummer benannt (ein zurückgehaltener Beleg als HOLD-&lt;id&gt;, mit Wasserzeichen); gibt die geschriebenen Pfade aus.</translation>
    </message>
    <message>
        <source>The format: %1.</source>
        <translation>Das Format: %1.</translation>
    </message>
    <message>
        <source>--out must name a folder that exists.</source>
        <translation>--out muss einen vorhandenen Ordner nennen.</translation>
    </message>
    <message>
        <source>Expiring credits: per customer, vendor and currency, what remains of credits that expire within 30, 60 and 90 days (each includes the ones before it; a credit expiring on the day still counts). Amounts keep the credits&apos; sign and are exact.</source>
        <translation>Ablaufende Gutschriften: je Kunde, Anbieter und Währung der Rest der Gutschriften, die innerhalb von 30, 60 und 90 Tagen ablaufen (jede Spalte enthält die vorigen; eine Gutschrift, die am Stichtag abläuft, zählt noch). Beträge behalten das Vorzeichen der Gutschriften und sind exakt.</translation>
    </message>
    <message>
        <source>The expiring credits (the only report of credits so far).</source>
        <translation>Die ablaufenden Gutschriften (bisher der einzige Bericht zu Gutschriften).</translation>
    </message>
    <message>
        <source>The day to count from (default today).</source>
        <translation>Der Stichtag (Standard: heute).</translation>
    </message>
    <message>
        <source>say which report of credits: bursar report credits --expiring (every credit is in bursar credits list)</source>
        <translation>Geben Sie an, welcher Bericht zu Gutschriften: bursar report credits --expiring (jede Gutschrift steht in bursar credits list)</translation>
    </message>
    <message>
        <source>%1  %2  %3 %4  30 days %5  60 days %6  90 days %7  first %8</source>
        <translation>%1  %2  %3 %4  30 Tage %5  60 Tage %6  90 Tage %7  zuerst %8</translation>
    </message>
    <message>
        <source>No credit expires within 90 days.</source>
        <translation>Keine Gutschrift läuft innerhalb von 90 Tagen ab.</translation>
    </message>
    <message>
        <source>The write-off tolerance per currency: a document with at most this much left can be written off. With --currency and --amount it is set first (0 removes it).</source>
        <translation>Die Ausbuchungsgrenze je Währung: Ein Beleg, auf dem höchstens so viel offen ist, kann ausgebucht werden. Mit --currency und --amount wird sie zuerst gesetzt (0 entfernt sie).</translation>
    </message>
    <message>
        <source>The currency, for example USD.</source>
        <translation>Die Währung, zum Beispiel USD.</translation>
    </message>
    <message>
        <source>The tolerance, for example 1.00; 0 removes it.</source>
        <translation>Die Grenze, zum Beispiel 1.00; 0 entfernt sie.</translation>
    </message>
    <message>
        <source>give both --currency and --amount to set a tolerance, or neither to list them</source>
        <translation>geben Sie --currency und --amount an, um eine Grenze zu setzen, oder keines von beiden, um sie aufzulisten</translation>
    </message>
    <message>
        <source>No write-off tolerance is set: nothing can be written off.</source>
        <translation>Keine Ausbuchungsgrenze gesetzt: Nichts kann ausgebucht werden.</translation>
    </message>
    <message>
        <source>Close a document whose remaining amount is within its currency&apos;s write-off tolerance by an adjustment memo of its own (a credit memo for what a customer still owes, a debit memo for what is left of a credit memo or payment), applied on the day.</source>
        <translation>Schließt einen Beleg, dessen Restbetrag innerhalb der Ausbuchungsgrenze seiner Währung liegt, durch einen eigenen Korrekturbeleg (eine Gutschrift für das, was ein Kunde noch schuldet, eine Lastschrift für den Rest einer Gutschrift oder Zahlung), am Tag verrechnet.</translation>
    </message>
    <message>
        <source>The write-off&apos;s date (default today).</source>
        <translation>Das Datum der Ausbuchung (Standard: heute).</translation>
    </message>
    <message>
        <source>name one document: bursar write-off INV-2026-000012 (or statement:ID, CM-…, DM-…, PAY-…, or a memo&apos;s or payment&apos;s ID)</source>
        <translation>nennen Sie einen Beleg: bursar write-off INV-2026-000012 (oder statement:ID, CM-…, DM-…, PAY-… oder die ID einer Gutschrift, Lastschrift oder Zahlung)</translation>
    </message>
    <message>
        <source>%1 written off by %2.</source>
        <translation>%1 ausgebucht durch %2.</translation>
    </message>
    <message>
        <source>Show or set the pattern of a number series, for example INV-{YYYY}-{000000}: statements by default, or credit memos, debit memos or payments.</source>
        <translation>Das Muster einer Nummernfolge anzeigen oder setzen, zum Beispiel INV-{YYYY}-{000000}: standardmäßig die der Abrechnungen, sonst die der Gutschriften, Lastschriften oder Zahlungen.</translation>
    </message>
    <message>
        <source>The series: statement (default), credit_memo, debit_memo or payment.</source>
        <translation>Die Folge: statement (Standard), credit_memo, debit_memo oder payment.</translation>
    </message>
    <message>
        <source>there is no number series “%1”; use statement, credit_memo, debit_memo or payment.</source>
        <translation>es gibt keine Nummernfolge „%1“; verwenden Sie statement, credit_memo, debit_memo oder payment.</translation>
    </message>
    <message>
        <source>Statement numbers</source>
        <translation>Abrechnungsnummern</translation>
    </message>
    <message>
        <source>Credit memo numbers</source>
        <translation>Gutschriftsnummern</translation>
    </message>
    <message>
        <source>Debit memo numbers</source>
        <translation>Lastschriftsnummern</translation>
    </message>
    <message>
        <source>Payment numbers</source>
        <translation>Zahlungsnummern</translation>
    </message>
    <message>
        <source>%1: %2 (next: %3)</source>
        <translation>%1: %2 (nächste: %3)</translation>
    </message>
    <message>
        <source>Change a Hold memo: the options given replace what it has; the --line options replace all its lines. Its type and customer stay.</source>
        <translation>Einen Beleg im Status Hold ändern: die angegebenen Optionen ersetzen, was er hat; die --line-Optionen ersetzen alle seine Zeilen. Art und Kunde bleiben.</translation>
    </message>
    <message>
        <source>The memo adjusts no document any more.</source>
        <translation>Der Beleg berichtigt keinen Beleg mehr.</translation>
    </message>
    <message>
        <source>give one memo ID.</source>
        <translation>geben Sie eine Beleg-ID an.</translation>
    </message>
    <message>
        <source>give --adjusts DOC or --no-adjusts, not both.</source>
        <translation>geben Sie --adjusts BELEG oder --no-adjusts an, nicht beides.</translation>
    </message>
    <message>
        <source>Saved %1 %2 on Hold for customer %3: %4 %5.</source>
        <translation>%1 %2 (Hold) für Kunde %3 gespeichert: %4 %5.</translation>
    </message>
    <message>
        <source>The tax categories of memo lines and which rates each pays.</source>
        <translation>Die Steuerkategorien von Belegzeilen und welche Sätze jede zahlt.</translation>
    </message>
    <message>
        <source>region rate</source>
        <translation>Satz der Region</translation>
    </message>
    <message>
        <source>no region rate</source>
        <translation>kein Satz der Region</translation>
    </message>
    <message>
        <source>state rate</source>
        <translation>Satz des Bundesstaats</translation>
    </message>
    <message>
        <source>no state rate</source>
        <translation>kein Satz des Bundesstaats</translation>
    </message>
    <message numerus="yes">
        <source>%n tax category(ies)</source>
        <translation>
            <numerusform>%n Steuerkategorie</numerusform>
            <numerusform>%n Steuerkategorien</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a tax category of memo lines, or change the rates it pays: the region&apos;s and the state&apos;s, unless turned off.</source>
        <translation>Eine Steuerkategorie für Belegzeilen anlegen oder die Sätze ändern, die sie zahlt: den der Region und den des Bundesstaats, sofern nicht abgeschaltet.</translation>
    </message>
    <message>
        <source>Lines of this category do not pay the region&apos;s rate.</source>
        <translation>Zeilen dieser Kategorie zahlen den Satz der Region nicht.</translation>
    </message>
    <message>
        <source>Lines of this category do not pay the state&apos;s rate.</source>
        <translation>Zeilen dieser Kategorie zahlen den Satz des Bundesstaats nicht.</translation>
    </message>
    <message>
        <source>give one tax category name, for example: bursar tax category set Reduced.</source>
        <translation>geben Sie einen Namen einer Steuerkategorie an, zum Beispiel: bursar tax category set Ermäßigt.</translation>
    </message>
    <message>
        <source>Tax category saved: %1.</source>
        <translation>Steuerkategorie gespeichert: %1.</translation>
    </message>
    <message>
        <source>Remove a tax category that no Hold memo uses (released memos keep their tax).</source>
        <translation>Eine Steuerkategorie entfernen, die kein Beleg im Status Hold verwendet (freigegebene Belege behalten ihre Steuer).</translation>
    </message>
    <message>
        <source>give one tax category name.</source>
        <translation>geben Sie einen Namen einer Steuerkategorie an.</translation>
    </message>
    <message>
        <source>Tax category removed: %1.</source>
        <translation>Steuerkategorie entfernt: %1.</translation>
    </message>
    <message>
        <source>%1 was already imported as %2 on %3 by %4 (import %5); nothing changed.</source>
        <translation>%1 wurde bereits als %2 am %3 von %4 importiert (Import %5); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Cur</source>
        <translation>Whg</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>%1 %2: no customer to bill, so no run was recorded; %3 skipped.</source>
        <translation>%1 %2: kein Kunde abzurechnen, daher wurde kein Lauf verzeichnet; %3 übersprungen.</translation>
    </message>
    <message>
        <source>Import a vendor usage file (FOCUS, AWS CUR, Azure cost details, Partner Center). The whole file imports or nothing does; the same file twice changes nothing, and a file with the same usage as an earlier import is refused.</source>
        <translation>Eine Verbrauchsdatei eines Anbieters importieren (FOCUS, AWS CUR, Azure-Kostendetails, Partner Center). Die ganze Datei wird importiert oder nichts; dieselbe Datei zweimal ändert nichts, und eine Datei mit demselben Verbrauch wie ein früherer Import wird abgelehnt.</translation>
    </message>
    <message>
        <source>An earlier import of an unbilled period that this file replaces (a re-issued month): it stays in the history as replaced and no longer counts.</source>
        <translation>Ein früherer Import einer nicht abgerechneten Periode, den diese Datei ersetzt (ein neu ausgestellter Monat): Er bleibt als ersetzt im Verlauf und zählt nicht mehr.</translation>
    </message>
    <message>
        <source>--replaces takes the ID of an import (bursar usage history lists them), not “%1”.</source>
        <translation>--replaces erwartet die ID eines Imports (bursar usage history listet sie auf), nicht „%1“.</translation>
    </message>
    <message>
        <source>Import %1 is replaced by this one: it stays in the history and no longer counts.</source>
        <translation>Import %1 wird durch diesen ersetzt: Er bleibt im Verlauf und zählt nicht mehr.</translation>
    </message>
    <message>
        <source>replaced by import %1 on %2 by %3</source>
        <translation>ersetzt durch Import %1 am %2 von %3</translation>
    </message>
    <message>
        <source>A FOCUS provider (ProviderName) whose rows are left out, on record; repeat for several.</source>
        <translation>Ein FOCUS-Anbieter (ProviderName), dessen Zeilen nachweislich ausgelassen werden; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>Left out as asked: the rows of “%1” (%2).</source>
        <translation>Wie gewünscht ausgelassen: die Zeilen von „%1“ (%2).</translation>
    </message>
    <message>
        <source>--vendor is required: %1.</source>
        <translation>--vendor ist erforderlich: %1.</translation>
    </message>
    <message>
        <source>--vendor “%1” is not a vendor Bursar bills; use %2 (bursar vendors list), or add it with bursar vendors add.</source>
        <translation>--vendor „%1“ ist kein Hersteller, den Bursar abrechnet; verwenden Sie %2 (bursar vendors list) oder fügen Sie ihn mit bursar vendors add hinzu.</translation>
    </message>
    <message>
        <source>Vendor key: aws, microsoft, google, or one from bursar vendors list.</source>
        <translation>Herstellerschlüssel: aws, microsoft, google oder einer aus bursar vendors list.</translation>
    </message>
    <message>
        <source>Vendor key (bursar vendors list), for FOCUS files that do not name their provider.</source>
        <translation>Herstellerschlüssel (bursar vendors list), für FOCUS-Dateien, die ihren Anbieter nicht nennen.</translation>
    </message>
    <message>
        <source>The vendors Bursar bills, with the FOCUS provider names that mean each and its own legal entities.</source>
        <translation>Die Hersteller, die Bursar abrechnet, mit den FOCUS-Anbieternamen, die jeden bezeichnen, und seinen eigenen Rechtsträgern.</translation>
    </message>
    <message>
        <source>FOCUS providers: %1</source>
        <translation>FOCUS-Anbieter: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n vendor(s)</source>
        <translation>
            <numerusform>%n Hersteller</numerusform>
            <numerusform>%n Hersteller</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a vendor (Oracle Cloud, IBM Cloud, a SaaS publisher): its key, its name, the FOCUS ProviderName values that mean it and its own legal entities. Its usage, pricebooks, credits, reports and statements then work as AWS&apos;s do.</source>
        <translation>Einen Hersteller hinzufügen (Oracle Cloud, IBM Cloud, ein SaaS-Anbieter): Schlüssel, Name, die FOCUS-ProviderName-Werte, die ihn bezeichnen, und seine eigenen Rechtsträger. Nutzung, Preisbücher, Gutschriften, Berichte und Abrechnungen funktionieren dann wie bei AWS.</translation>
    </message>
    <message>
        <source>The key typed in commands and stored: oracle, ibm-cloud.</source>
        <translation>Der Schlüssel, der in Befehlen eingegeben und gespeichert wird: oracle, ibm-cloud.</translation>
    </message>
    <message>
        <source>The name clerks know it by: Oracle Cloud.</source>
        <translation>Der Name, unter dem ihn die Sachbearbeiter kennen: Oracle Cloud.</translation>
    </message>
    <message>
        <source>A FOCUS ProviderName that means this vendor (repeat for several).</source>
        <translation>Ein FOCUS-ProviderName, der diesen Hersteller bezeichnet (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>One of the vendor&apos;s own legal entities: a publisher among them is not a marketplace seller (repeat for several).</source>
        <translation>Einer der eigenen Rechtsträger des Herstellers: ein Publisher darunter ist kein Marketplace-Verkäufer (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>What the vendor calls an account (default: account).</source>
        <translation>Wie der Hersteller ein Konto nennt (Standard: account).</translation>
    </message>
    <message>
        <source>The vendor&apos;s marketplace fees are not billed (as Azure Marketplace&apos;s are not).</source>
        <translation>Die Marketplace-Gebühren des Herstellers werden nicht abgerechnet (wie bei Azure Marketplace).</translation>
    </message>
    <message>
        <source>--key and --name are required, for example: bursar vendors add --key oracle --name &quot;Oracle Cloud&quot; --focus-provider Oracle.</source>
        <translation>--key und --name sind erforderlich, zum Beispiel: bursar vendors add --key oracle --name &quot;Oracle Cloud&quot; --focus-provider Oracle.</translation>
    </message>
    <message>
        <source>Vendor added: %1 (%2).</source>
        <translation>Hersteller hinzugefügt: %1 (%2).</translation>
    </message>
    <message>
        <source>Add or remove a vendor&apos;s FOCUS provider names and legal entities.</source>
        <translation>FOCUS-Anbieternamen und Rechtsträger eines Herstellers hinzufügen oder entfernen.</translation>
    </message>
    <message>
        <source>A FOCUS ProviderName that means this vendor.</source>
        <translation>Ein FOCUS-ProviderName, der diesen Hersteller bezeichnet.</translation>
    </message>
    <message>
        <source>A FOCUS ProviderName that no longer means it.</source>
        <translation>Ein FOCUS-ProviderName, der ihn nicht mehr bezeichnet.</translation>
    </message>
    <message>
        <source>One of the vendor&apos;s own legal entities.</source>
        <translation>Einer der eigenen Rechtsträger des Herstellers.</translation>
    </message>
    <message>
        <source>A legal entity to remove.</source>
        <translation>Ein zu entfernender Rechtsträger.</translation>
    </message>
    <message>
        <source>give one vendor key, for example: bursar vendors set oracle --add-focus-provider &quot;Oracle Cloud Infrastructure&quot;.</source>
        <translation>geben Sie einen Herstellerschlüssel an, zum Beispiel: bursar vendors set oracle --add-focus-provider &quot;Oracle Cloud Infrastructure&quot;.</translation>
    </message>
    <message>
        <source>“%1” is not a vendor Bursar bills; use %2 (bursar vendors list).</source>
        <translation>„%1“ ist kein Hersteller, den Bursar abrechnet; verwenden Sie %2 (bursar vendors list).</translation>
    </message>
    <message>
        <source>Vendor saved: %1.</source>
        <translation>Hersteller gespeichert: %1.</translation>
    </message>
    <message>
        <source>Services credits: %1 purchases, %2 opportunities, %3 projects with %4 milestones.</source>
        <translation>Service-Credits: %1 Käufe, %2 Verkaufschancen, %3 Projekte mit %4 Meilensteinen.</translation>
    </message>
    <message>
        <source>Add an opportunity for a customer.</source>
        <translation>Eine Verkaufschance für einen Kunden anlegen.</translation>
    </message>
    <message>
        <source>Name.</source>
        <translation>Name.</translation>
    </message>
    <message>
        <source>Close date (YYYY-MM-DD).</source>
        <translation>Abschlussdatum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Opportunity %1 added.</source>
        <translation>Verkaufschance %1 angelegt.</translation>
    </message>
    <message>
        <source>Add a product to an opportunity; one with --credits can become a services credits purchase.</source>
        <translation>Ein Produkt zu einer Verkaufschance hinzufügen; eines mit --credits kann ein Service-Credit-Kauf werden.</translation>
    </message>
    <message>
        <source>Opportunity ID.</source>
        <translation>ID der Verkaufschance.</translation>
    </message>
    <message>
        <source>Product name.</source>
        <translation>Produktname.</translation>
    </message>
    <message>
        <source>Quantity.</source>
        <translation>Menge.</translation>
    </message>
    <message>
        <source>Unit price.</source>
        <translation>Stückpreis.</translation>
    </message>
    <message>
        <source>Services credits the product carries.</source>
        <translation>Service-Credits, die das Produkt enthält.</translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <source>Product %1 added.</source>
        <translation>Produkt %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Opportunities, newest first.</source>
        <translation>Verkaufschancen, neueste zuerst.</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 product(s), %5 without a purchase yet</source>
        <translation>%1  %2  %3  %4 Produkt(e), %5 noch ohne Kauf</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(s)</source>
        <translation>
            <numerusform>%n Verkaufschance</numerusform>
            <numerusform>%n Verkaufschancen</numerusform>
        </translation>
    </message>
    <message>
        <source>An opportunity with its products.</source>
        <translation>Eine Verkaufschance mit ihren Produkten.</translation>
    </message>
    <message>
        <source>Opportunity %1 — %2, customer %3
</source>
        <translation>Verkaufschance %1 — %2, Kunde %3
</translation>
    </message>
    <message>
        <source>  %1  %2  %3 × %4  credits %5%6
</source>
        <translation>  %1  %2  %3 × %4  Credits %5%6
</translation>
    </message>
    <message>
        <source>  purchase %1</source>
        <translation>  Kauf %1</translation>
    </message>
    <message>
        <source>Create Services Credits Customer Purchase: one purchase per product with services credits and no purchase yet; value and amount paid per credit = the product&apos;s total / its credits, exact; start today, expiry one year later.</source>
        <translation>Service-Credit-Kauf anlegen: ein Kauf je Produkt mit Service-Credits und noch ohne Kauf; Wert und bezahlter Betrag je Credit = Gesamtpreis des Produkts / seine Credits, exakt; Start heute, Ablauf ein Jahr später.</translation>
    </message>
    <message>
        <source>Currency of the purchases (default USD).</source>
        <translation>Währung der Käufe (Standard USD).</translation>
    </message>
    <message>
        <source>Start date (default today).</source>
        <translation>Startdatum (Standard heute).</translation>
    </message>
    <message>
        <source>Expiry date (default one year after the start).</source>
        <translation>Ablaufdatum (Standard ein Jahr nach dem Start).</translation>
    </message>
    <message>
        <source>Create them as drafts.</source>
        <translation>Als Entwürfe anlegen.</translation>
    </message>
    <message>
        <source>Purchase %1: %2 credits at %3 %4 (%5)
</source>
        <translation>Kauf %1: %2 Credits zu %3 %4 (%5)
</translation>
    </message>
    <message>
        <source>Skipped product %1 (%2): %3
</source>
        <translation>Produkt %1 übersprungen (%2): %3
</translation>
    </message>
    <message>
        <source>it has purchase %1</source>
        <translation>es hat schon Kauf %1</translation>
    </message>
    <message>
        <source>it carries no services credits</source>
        <translation>es enthält keine Service-Credits</translation>
    </message>
    <message>
        <source>Nothing to create.</source>
        <translation>Nichts anzulegen.</translation>
    </message>
    <message>
        <source>Add a project for a customer.</source>
        <translation>Ein Projekt für einen Kunden anlegen.</translation>
    </message>
    <message>
        <source>Project %1 added.</source>
        <translation>Projekt %1 angelegt.</translation>
    </message>
    <message>
        <source>Add a milestone to a project.</source>
        <translation>Einen Meilenstein zu einem Projekt hinzufügen.</translation>
    </message>
    <message>
        <source>Project ID.</source>
        <translation>Projekt-ID.</translation>
    </message>
    <message>
        <source>Credits required.</source>
        <translation>Benötigte Credits.</translation>
    </message>
    <message>
        <source>Due date (YYYY-MM-DD).</source>
        <translation>Fälligkeitsdatum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Currency of its credits (default: its first allocation&apos;s).</source>
        <translation>Währung seiner Credits (Standard: die seiner ersten Zuordnung).</translation>
    </message>
    <message>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Milestone %1 added.</source>
        <translation>Meilenstein %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Milestones with their credits.</source>
        <translation>Meilensteine mit ihren Credits.</translation>
    </message>
    <message>
        <source>%1  project %2  %3  needs %4, allocated %5, redeemed %6 %7  %8</source>
        <translation>%1  Projekt %2  %3  benötigt %4, zugeordnet %5, eingelöst %6 %7  %8</translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation>abgeschlossen %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n Meilenstein</numerusform>
            <numerusform>%n Meilensteine</numerusform>
        </translation>
    </message>
    <message>
        <source>Projects with their milestones.</source>
        <translation>Projekte mit ihren Meilensteinen.</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 milestone(s)</source>
        <translation>%1  %2  %3  %4 Meilenstein(e)</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n Projekt</numerusform>
            <numerusform>%n Projekte</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct a completion: the redemptions are reversed (recorded, with the reason), the credits are allocated to the milestone again and it is open.</source>
        <translation>Einen Abschluss korrigieren: die Einlösungen werden storniert (aufgezeichnet, mit Begründung), die Credits dem Meilenstein wieder zugeordnet und er ist offen.</translation>
    </message>
    <message>
        <source>Why the completion is corrected.</source>
        <translation>Warum der Abschluss korrigiert wird.</translation>
    </message>
    <message>
        <source>The day of the correction (default today).</source>
        <translation>Der Tag der Korrektur (Standard heute).</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Milestone %1 reopened.</source>
        <translation>Meilenstein %1 wieder geöffnet.</translation>
    </message>
    <message>
        <source>Complete a milestone: its allocated credits are redeemed (recorded and dated).</source>
        <translation>Einen Meilenstein abschließen: seine zugeordneten Credits werden eingelöst (aufgezeichnet und datiert).</translation>
    </message>
    <message>
        <source>The day it was completed (default today).</source>
        <translation>Der Tag des Abschlusses (Standard heute).</translation>
    </message>
    <message>
        <source>Completed; the credits are redeemed.</source>
        <translation>Abgeschlossen; die Credits sind eingelöst.</translation>
    </message>
    <message>
        <source>Settings &gt; Services Credits: show them, or change those given.</source>
        <translation>Einstellungen &gt; Service-Credits: anzeigen oder die angegebenen ändern.</translation>
    </message>
    <message>
        <source>on or off.</source>
        <translation>on oder off.</translation>
    </message>
    <message>
        <source>Days after the expiry date before credits expire.</source>
        <translation>Tage nach dem Ablaufdatum, bevor Credits verfallen.</translation>
    </message>
    <message>
        <source>--%1 is on or off, not “%2”.</source>
        <translation>--%1 ist on oder off, nicht „%2“.</translation>
    </message>
    <message>
        <source>--grace-days is a number of days, not “%1”.</source>
        <translation>--grace-days ist eine Anzahl Tage, nicht „%1“.</translation>
    </message>
    <message>
        <source>Usage: bursar [--database PATH] report billing|balance|aging|numbering|credits|services-credits ... [--help]</source>
        <translation>Aufruf: bursar [--database PFAD] report billing|balance|aging|numbering|credits|services-credits ... [--help]</translation>
    </message>
    <message>
        <source>unknown report “%1”; use: bursar report billing, balance, aging, numbering, credits or services-credits</source>
        <translation>unbekannter Bericht „%1“; verwenden Sie: bursar report billing, balance, aging, numbering, credits oder services-credits</translation>
    </message>
    <message>
        <source>Number of services credits (a positive whole number).</source>
        <translation>Anzahl Service-Credits (eine positive ganze Zahl).</translation>
    </message>
    <message>
        <source>Value per credit.</source>
        <translation>Wert je Credit.</translation>
    </message>
    <message>
        <source>Amount paid per credit (default: the value; ignored while the setting keeps them equal).</source>
        <translation>Bezahlter Betrag je Credit (Standard: der Wert; ignoriert, solange die Einstellung beide gleich hält).</translation>
    </message>
    <message>
        <source>Currency (ISO 4217).</source>
        <translation>Währung (ISO 4217).</translation>
    </message>
    <message>
        <source>First day the credits can be used (YYYY-MM-DD).</source>
        <translation>Erster Tag, an dem die Credits nutzbar sind (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Last day the credits can be used (YYYY-MM-DD).</source>
        <translation>Letzter Tag, an dem die Credits nutzbar sind (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Record it as a draft (editable; its credits cannot move).</source>
        <translation>Als Entwurf erfassen (bearbeitbar; seine Credits können sich nicht bewegen).</translation>
    </message>
    <message>
        <source>Description.</source>
        <translation>Beschreibung.</translation>
    </message>
    <message>
        <source>Record a services credits customer purchase: a number of credits bought on one day at one value and amount paid, in one currency.</source>
        <translation>Einen Service-Credit-Kauf eines Kunden erfassen: eine Anzahl Credits, an einem Tag zu einem Wert und bezahlten Betrag gekauft, in einer Währung.</translation>
    </message>
    <message>
        <source>Purchase %1 recorded.</source>
        <translation>Kauf %1 erfasst.</translation>
    </message>
    <message>
        <source>Change a draft purchase&apos;s fields (a purchase that is not a draft: add --draft, allowed while none of its credits moved).</source>
        <translation>Die Felder eines Kaufentwurfs ändern (ein Kauf, der kein Entwurf ist: --draft hinzufügen, erlaubt, solange sich keines seiner Credits bewegt hat).</translation>
    </message>
    <message>
        <source>Remove the draft flag in the same change.</source>
        <translation>Das Entwurfskennzeichen in derselben Änderung entfernen.</translation>
    </message>
    <message>
        <source>purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Purchase %1 saved.</source>
        <translation>Kauf %1 gespeichert.</translation>
    </message>
    <message>
        <source>Mark a purchase draft (only while none of its credits moved).</source>
        <translation>Einen Kauf als Entwurf markieren (nur solange sich keines seiner Credits bewegt hat).</translation>
    </message>
    <message>
        <source>Remove a purchase&apos;s draft flag: its credits are available from its start date.</source>
        <translation>Das Entwurfskennzeichen eines Kaufs entfernen: seine Credits sind ab seinem Startdatum verfügbar.</translation>
    </message>
    <message>
        <source>Marked draft.</source>
        <translation>Als Entwurf markiert.</translation>
    </message>
    <message>
        <source>Draft flag removed.</source>
        <translation>Entwurfskennzeichen entfernt.</translation>
    </message>
    <message>
        <source>Purchases, newest first, with their credits purchased, allocated, redeemed, expired and available.</source>
        <translation>Käufe, neueste zuerst, mit ihren gekauften, zugeordneten, eingelösten, verfallenen und verfügbaren Credits.</translation>
    </message>
    <message>
        <source>ID      Customer  Currency  Start       Expires     Purchased  Allocated  Redeemed  Expired  Available  Value per credit</source>
        <translation>ID      Kunde     Währung   Start       Ablauf      Gekauft    Zugeordnet Eingelöst Verfallen Verfügbar Wert je Credit</translation>
    </message>
    <message>
        <source>  draft</source>
        <translation>  Entwurf</translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s)</source>
        <translation>
            <numerusform>%n Kauf</numerusform>
            <numerusform>%n Käufe</numerusform>
        </translation>
    </message>
    <message>
        <source>One purchase: its fields, its credits by where they are, and its history with running balances.</source>
        <translation>Ein Kauf: seine Felder, seine Credits nach Verbleib und sein Verlauf mit laufenden Salden.</translation>
    </message>
    <message>
        <source>Purchase %1%2 — customer %3 %4
</source>
        <translation>Kauf %1%2 — Kunde %3 %4
</translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation> (Entwurf)</translation>
    </message>
    <message>
        <source>%1 credits at %2 %3 (paid %4), usable %5 to %6
</source>
        <translation>%1 Credits zu %2 %3 (bezahlt %4), nutzbar %5 bis %6
</translation>
    </message>
    <message>
        <source>Allocated %1, redeemed %2, expired %3, available %4
</source>
        <translation>Zugeordnet %1, eingelöst %2, verfallen %3, verfügbar %4
</translation>
    </message>
    <message>
        <source>Allocate credits to a milestone: from one purchase, or automatically (non-draft, started, unexpired purchases of the milestone&apos;s currency, earliest expiry first, then oldest). --all-open allocates every open milestone automatically.</source>
        <translation>Credits einem Meilenstein zuordnen: aus einem Kauf oder automatisch (keine Entwürfe, begonnene, nicht abgelaufene Käufe in der Währung des Meilensteins, früheste Ablaufdaten zuerst, dann die ältesten). --all-open ordnet jedem offenen Meilenstein automatisch zu.</translation>
    </message>
    <message>
        <source>Milestone ID.</source>
        <translation>Meilenstein-ID.</translation>
    </message>
    <message>
        <source>Purchase ID.</source>
        <translation>Kauf-ID.</translation>
    </message>
    <message>
        <source>Credits to allocate.</source>
        <translation>Zuzuordnende Credits.</translation>
    </message>
    <message>
        <source>Choose the purchases automatically.</source>
        <translation>Die Käufe automatisch wählen.</translation>
    </message>
    <message>
        <source>Every open milestone, automatically.</source>
        <translation>Jeder offene Meilenstein, automatisch.</translation>
    </message>
    <message>
        <source>With --all-open: one customer&apos;s milestones.</source>
        <translation>Mit --all-open: die Meilensteine eines Kunden.</translation>
    </message>
    <message>
        <source>The day of the allocation (default today).</source>
        <translation>Der Tag der Zuordnung (Standard heute).</translation>
    </message>
    <message>
        <source>--milestone is required (or --all-open).</source>
        <translation>--milestone ist erforderlich (oder --all-open).</translation>
    </message>
    <message>
        <source>give --purchase ID --credits N, or --auto.</source>
        <translation>geben Sie --purchase ID --credits N oder --auto an.</translation>
    </message>
    <message>
        <source>Lower or remove a milestone&apos;s allocation; the credits return to their purchase (and expire at once if the purchase has expired).</source>
        <translation>Die Zuordnung eines Meilensteins verringern oder aufheben; die Credits gehen an ihren Kauf zurück (und verfallen sofort, wenn der Kauf abgelaufen ist).</translation>
    </message>
    <message>
        <source>Only this purchase&apos;s credits (default: all).</source>
        <translation>Nur die Credits dieses Kaufs (Standard: alle).</translation>
    </message>
    <message>
        <source>Credits to return (default: all).</source>
        <translation>Zurückzugebende Credits (Standard: alle).</translation>
    </message>
    <message>
        <source>The day of the return (default today).</source>
        <translation>Der Tag der Rückgabe (Standard heute).</translation>
    </message>
    <message>
        <source>Credits returned.</source>
        <translation>Credits zurückgegeben.</translation>
    </message>
    <message>
        <source>The expiry run: what is left of every purchase past its expiry date (and the grace period) expires, including credits allocated to milestones not completed; each expiry is a ledger entry, nothing is deleted.</source>
        <translation>Der Verfallslauf: was von jedem Kauf nach seinem Ablaufdatum (und der Karenzzeit) übrig ist, verfällt, auch Credits, die nicht abgeschlossenen Meilensteinen zugeordnet sind; jeder Verfall ist ein Buchungseintrag, nichts wird gelöscht.</translation>
    </message>
    <message>
        <source>Run as of this day (default today).</source>
        <translation>Stichtag des Laufs (Standard heute).</translation>
    </message>
    <message>
        <source>%1 credits of %2 purchase(s) expired (%3 allocation(s) to milestones not completed returned and expired).</source>
        <translation>%1 Credits aus %2 Kauf/Käufen verfallen (%3 Zuordnung(en) zu nicht abgeschlossenen Meilensteinen zurückgegeben und verfallen).</translation>
    </message>
    <message>
        <source>--%1 must be a %2 ID, for example --%1 12.</source>
        <translation>--%1 muss eine ID von %2 sein, zum Beispiel --%1 12.</translation>
    </message>
    <message>
        <source>%1 credits allocated.</source>
        <translation>%1 Credits zugeordnet.</translation>
    </message>
    <message>
        <source>Customer  Name                            Currency  Purchased  Allocated  Redeemed  Expired  Available  Available value</source>
        <translation>Kunde     Name                            Währung   Gekauft    Zugeordnet Eingelöst Verfallen Verfügbar Verfügbarer Wert</translation>
    </message>
    <message>
        <source>Purchase  Customer  Currency  Expires     Days  Credits  Value</source>
        <translation>Kauf      Kunde     Währung   Ablauf      Tage  Credits  Wert</translation>
    </message>
    <message>
        <source>%1: %2 credits within 30 days, %3 within 31–60, %4 within 61–90, %5 later</source>
        <translation>%1: %2 Credits innerhalb von 30 Tagen, %3 in 31–60, %4 in 61–90, %5 später</translation>
    </message>
    <message>
        <source>Services credits liability %1 to %2 (credits; value)
</source>
        <translation>Service-Credit-Verbindlichkeit %1 bis %2 (Credits; Wert)
</translation>
    </message>
    <message>
        <source>%1  %2  opening %3 + purchased %4 − redeemed %5 − expired %6 = closing %7 (%8)%9
</source>
        <translation>%1  %2  Anfang %3 + gekauft %4 − eingelöst %5 − verfallen %6 = Ende %7 (%8)%9
</translation>
    </message>
    <message>
        <source>Total  </source>
        <translation>Summe  </translation>
    </message>
    <message>
        <source>  PROOF FAILS</source>
        <translation>  PROBE STIMMT NICHT</translation>
    </message>
    <message>
        <source>Services credits: balance per customer and currency (credits and value), credits expiring within DAYS, or the liability roll-forward for a period with its proof line (opening + purchased − redeemed − expired = closing).</source>
        <translation>Service-Credits: Saldo je Kunde und Währung (Credits und Wert), innerhalb von TAGEN ablaufende Credits oder die Fortschreibung der Verbindlichkeit für einen Zeitraum mit ihrer Probe (Anfang + gekauft − eingelöst − verfallen = Ende).</translation>
    </message>
    <message>
        <source>Balances as of this day (default today).</source>
        <translation>Salden zu diesem Tag (Standard heute).</translation>
    </message>
    <message>
        <source>Purchases expiring within DAYS days.</source>
        <translation>Käufe, die innerhalb von TAGEN Tagen ablaufen.</translation>
    </message>
    <message>
        <source>The liability roll-forward for --from to --to.</source>
        <translation>Die Fortschreibung der Verbindlichkeit von --from bis --to.</translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation>Erster Tag des Zeitraums.</translation>
    </message>
    <message>
        <source>Last day of the period.</source>
        <translation>Letzter Tag des Zeitraums.</translation>
    </message>
    <message>
        <source>--expiring-within is a number of days, for example 90.</source>
        <translation>--expiring-within ist eine Anzahl Tage, zum Beispiel 90.</translation>
    </message>
    <message>
        <source>--roll-forward needs --from YYYY-MM-DD and --to YYYY-MM-DD.</source>
        <translation>--roll-forward braucht --from JJJJ-MM-TT und --to JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>tenant %1</source>
        <translation>Mandant %1</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Make a key of the Billing API. The key is printed this once; Bursar keeps only its hash.</source>
        <translation>Einen Schlüssel für die Billing-API erstellen. Der Schlüssel wird nur dieses eine Mal ausgegeben; Bursar speichert nur seinen Hash.</translation>
    </message>
    <message>
        <source>The key&apos;s name, for the log and for revoking it.</source>
        <translation>Der Name des Schlüssels, für das Protokoll und zum Widerrufen.</translation>
    </message>
    <message>
        <source>The last day the key works; none: until revoked.</source>
        <translation>Der letzte Tag, an dem der Schlüssel gilt; ohne: bis zum Widerruf.</translation>
    </message>
    <message>
        <source>--name is required: what the key is for, for example &quot;partner portal&quot;.</source>
        <translation>--name ist erforderlich: wofür der Schlüssel ist, zum Beispiel &quot;Partnerportal&quot;.</translation>
    </message>
    <message>
        <source>API key “%1” (%2) made. Keep it now; Bursar cannot show it again:</source>
        <translation>API-Schlüssel „%1“ (%2) erstellt. Bewahren Sie ihn jetzt auf; Bursar kann ihn nicht noch einmal zeigen:</translation>
    </message>
    <message>
        <source>List the keys of the Billing API (never the keys).</source>
        <translation>Die Schlüssel der Billing-API auflisten (nie die Schlüssel selbst).</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>widerrufen %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft ab %1</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>kein Ablauf</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>nie benutzt</translation>
    </message>
    <message>
        <source>last used %1 from %2</source>
        <translation>zuletzt benutzt %1 von %2</translation>
    </message>
    <message>
        <source>No API keys; make one with bursar api-keys create --name N.</source>
        <translation>Keine API-Schlüssel; erstellen Sie einen mit bursar api-keys create --name N.</translation>
    </message>
    <message>
        <source>Revoke a key of the Billing API: it stops working at once.</source>
        <translation>Einen Schlüssel der Billing-API widerrufen: Er funktioniert sofort nicht mehr.</translation>
    </message>
    <message>
        <source>The key&apos;s name.</source>
        <translation>Der Name des Schlüssels.</translation>
    </message>
    <message>
        <source>--name is required: the key to revoke (bursar api-keys list).</source>
        <translation>--name ist erforderlich: der zu widerrufende Schlüssel (bursar api-keys list).</translation>
    </message>
    <message>
        <source>API key “%1” revoked.</source>
        <translation>API-Schlüssel „%1“ widerrufen.</translation>
    </message>
    <message>
        <source>Give one of --tenant ID, --customer ID or --all-tenants.</source>
        <translation>Geben Sie eines von --tenant ID, --customer ID oder --all-tenants an.</translation>
    </message>
    <message>
        <source>Give --tenant ID, --customer ID or --all-tenants: what the user sees.</source>
        <translation>Geben Sie --tenant ID, --customer ID oder --all-tenants an: was der Benutzer sieht.</translation>
    </message>
    <message>
        <source>--%1: “%2” is not an ID; give the number tenants list or customers list shows.</source>
        <translation>--%1: „%2“ ist keine ID; geben Sie die Nummer an, die tenants list oder customers list zeigt.</translation>
    </message>
    <message>
        <source>Sees this tenant and the tenants below it, and reads only.</source>
        <translation>Sieht diesen Mandanten und die Mandanten darunter, und liest nur.</translation>
    </message>
    <message>
        <source>Sees this one customer&apos;s records that are not draft or on hold, and reads only.</source>
        <translation>Sieht die Datensätze dieses einen Kunden, die kein Entwurf und nicht zurückgehalten sind, und liest nur.</translation>
    </message>
    <message>
        <source>Run the Billing API: read-only JSON, PDF and CSV under /v1 for API keys (bursar api-keys).</source>
        <translation>Die Billing-API betreiben: nur lesend JSON, PDF und CSV unter /v1 für API-Schlüssel (bursar api-keys).</translation>
    </message>
    <message>
        <source>Address and port (default 127.0.0.1:8080; any other address needs TLS).</source>
        <translation>Adresse und Port (Standard 127.0.0.1:8080; jede andere Adresse braucht TLS).</translation>
    </message>
    <message>
        <source>TLS certificate (PEM).</source>
        <translation>TLS-Zertifikat (PEM).</translation>
    </message>
    <message>
        <source>TLS private key (PEM).</source>
        <translation>Privater TLS-Schlüssel (PEM).</translation>
    </message>
    <message>
        <source>A Host header value to answer (repeat it); default: any.</source>
        <translation>Ein Host-Header-Wert, der beantwortet wird (wiederholbar); Standard: jeder.</translation>
    </message>
    <message>
        <source>Requests a second for each key (default 100; twice that at once).</source>
        <translation>Anfragen pro Sekunde für jeden Schlüssel (Standard 100; das Doppelte auf einmal).</translation>
    </message>
    <message>
        <source>--rate: give requests a second, 1 or more.</source>
        <translation>--rate: geben Sie Anfragen pro Sekunde an, 1 oder mehr.</translation>
    </message>
    <message>
        <source>Cannot watch for signals.</source>
        <translation>Signale können nicht überwacht werden.</translation>
    </message>
    <message>
        <source>Billing API listening on %1 (stop with Ctrl+C).</source>
        <translation>Billing-API lauscht auf %1 (beenden mit Strg+C).</translation>
    </message>
    <message>
        <source>Billing API stopped.</source>
        <translation>Billing-API beendet.</translation>
    </message>
    <message>
        <source>tenant %1, reads only</source>
        <translation>Mandant %1, nur lesend</translation>
    </message>
    <message>
        <source>customer %1, reads only</source>
        <translation>Kunde %1, nur lesend</translation>
    </message>
    <message>
        <source>no privileges</source>
        <translation>keine Berechtigungen</translation>
    </message>
    <message>
        <source>List Bursar users, their privileges and what they see.</source>
        <translation>Bursar-Benutzer auflisten, ihre Berechtigungen und was sie sehen.</translation>
    </message>
    <message>
        <source>Change what a user sees.</source>
        <translation>Ändern, was ein Benutzer sieht.</translation>
    </message>
    <message>
        <source>The user sees the whole installation again.</source>
        <translation>Der Benutzer sieht wieder die ganze Installation.</translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation>%1 geändert.</translation>
    </message>
    <message>
        <source>A user of a tenant or a customer reads only: leave out --privileges and --all.</source>
        <translation>Ein Benutzer eines Mandanten oder Kunden liest nur: Lassen Sie --privileges und --all weg.</translation>
    </message>
    <message>
        <source>Give either --privileges P1,P2,... or --all, or --tenant ID or --customer ID.</source>
        <translation>Geben Sie entweder --privileges P1,P2,... oder --all an, oder --tenant ID oder --customer ID.</translation>
    </message>
    <message>
        <source>Usage: bursar [--database PATH] users list|add|set|grant|revoke [--help]</source>
        <translation>Aufruf: bursar [--database PFAD] users list|add|set|grant|revoke [--help]</translation>
    </message>
    <message>
        <source>unknown users command “%1”; use list, add, set, grant or revoke.</source>
        <translation>unbekannter users-Befehl „%1“; verwenden Sie list, add, set, grant oder revoke.</translation>
    </message>
    <message>
        <source>Statement emails: %1</source>
        <translation>Abrechnungs-E-Mails: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>SMTP server: %1:%2 (%3)%4</source>
        <translation>SMTP-Server: %1:%2 (%3)%4</translation>
    </message>
    <message>
        <source>, login %1</source>
        <translation>, Anmeldung %1</translation>
    </message>
    <message>
        <source>Sender: %1</source>
        <translation>Absender: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>Body:
%1</source>
        <translation>Text:
%1</translation>
    </message>
    <message>
        <source>Show or change Settings &gt; Notifications: the SMTP server statement emails are sent through. The password is never stored here (bursar notify password).</source>
        <translation>Einstellungen &gt; Benachrichtigungen anzeigen oder ändern: der SMTP-Server, über den Abrechnungen per E-Mail versandt werden. Das Passwort wird hier nie gespeichert (bursar notify password).</translation>
    </message>
    <message>
        <source>Whether approving a statement emails it: on or off.</source>
        <translation>Ob eine freigegebene Abrechnung per E-Mail versandt wird: on oder off.</translation>
    </message>
    <message>
        <source>The SMTP server.</source>
        <translation>Der SMTP-Server.</translation>
    </message>
    <message>
        <source>Its port: 587 for STARTTLS, 465 for TLS.</source>
        <translation>Sein Port: 587 für STARTTLS, 465 für TLS.</translation>
    </message>
    <message>
        <source>none, starttls or tls.</source>
        <translation>none, starttls oder tls.</translation>
    </message>
    <message>
        <source>The From address.</source>
        <translation>Die Absenderadresse.</translation>
    </message>
    <message>
        <source>The login; empty for a server without one.</source>
        <translation>Die Anmeldung; leer bei einem Server ohne Anmeldung.</translation>
    </message>
    <message>
        <source>The subject; placeholders: %1.</source>
        <translation>Der Betreff; Platzhalter: %1.</translation>
    </message>
    <message>
        <source>The text; the same placeholders, \n for a new line.</source>
        <translation>Der Text; dieselben Platzhalter, \n für eine neue Zeile.</translation>
    </message>
    <message>
        <source>--port is a number, for example 587.</source>
        <translation>--port ist eine Zahl, zum Beispiel 587.</translation>
    </message>
    <message>
        <source>--security is none, starttls or tls.</source>
        <translation>--security ist none, starttls oder tls.</translation>
    </message>
    <message>
        <source>Show or set a customer&apos;s billing contact for statement emails, and whether the customer gets them.</source>
        <translation>Den Rechnungskontakt eines Kunden für Abrechnungs-E-Mails anzeigen oder festlegen, und ob der Kunde sie erhält.</translation>
    </message>
    <message>
        <source>The customer&apos;s ID.</source>
        <translation>Die ID des Kunden.</translation>
    </message>
    <message>
        <source>The billing contact&apos;s address; empty: the customer&apos;s own email.</source>
        <translation>Die Adresse des Rechnungskontakts; leer: die E-Mail-Adresse des Kunden.</translation>
    </message>
    <message>
        <source>Customer #%1: statement emails %2, to %3</source>
        <translation>Kunde #%1: Abrechnungs-E-Mails %2, an %3</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(keine Adresse)</translation>
    </message>
    <message>
        <source>The SMTP login %1 needs its password: save it with bursar notify password, or give it in BURSAR_SMTP_PASSWORD (%2).</source>
        <translation>Die SMTP-Anmeldung %1 braucht ihr Passwort: Speichern Sie es mit bursar notify password oder geben Sie es in BURSAR_SMTP_PASSWORD an (%2).</translation>
    </message>
    <message>
        <source>Send the statement emails that are due now (the window sends them by itself).</source>
        <translation>Die jetzt fälligen Abrechnungs-E-Mails senden (das Fenster sendet sie von selbst).</translation>
    </message>
    <message>
        <source>At most this many (default: all that are due).</source>
        <translation>Höchstens so viele (Standard: alle fälligen).</translation>
    </message>
    <message>
        <source>--limit is a number of emails, 1 or more.</source>
        <translation>--limit ist eine Anzahl E-Mails, 1 oder mehr.</translation>
    </message>
    <message>
        <source>%1 sent, %2 to try again later, %3 failed (bursar notify list --status failed).</source>
        <translation>%1 gesendet, %2 werden später erneut versucht, %3 fehlgeschlagen (bursar notify list --status failed).</translation>
    </message>
    <message>
        <source>List statement emails, newest first.</source>
        <translation>Abrechnungs-E-Mails auflisten, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>One statement&apos;s emails.</source>
        <translation>Die E-Mails einer Abrechnung.</translation>
    </message>
    <message>
        <source>One customer&apos;s emails.</source>
        <translation>Die E-Mails eines Kunden.</translation>
    </message>
    <message>
        <source>queued, sent or failed.</source>
        <translation>queued, sent oder failed.</translation>
    </message>
    <message>
        <source>--statement is a statement ID.</source>
        <translation>--statement ist die ID einer Abrechnung.</translation>
    </message>
    <message>
        <source>--status is queued, sent or failed.</source>
        <translation>--status ist queued, sent oder failed.</translation>
    </message>
    <message>
        <source>No statement emails.</source>
        <translation>Keine Abrechnungs-E-Mails.</translation>
    </message>
    <message>
        <source>A statement&apos;s notification log, oldest first.</source>
        <translation>Das Benachrichtigungsprotokoll einer Abrechnung, die ältesten Einträge zuerst.</translation>
    </message>
    <message>
        <source>The statement&apos;s ID.</source>
        <translation>Die ID der Abrechnung.</translation>
    </message>
    <message>
        <source>--statement is required: the statement&apos;s ID.</source>
        <translation>--statement ist erforderlich: die ID der Abrechnung.</translation>
    </message>
    <message>
        <source>Queue an Open statement&apos;s email again (bursar notify send, or the window, sends it).</source>
        <translation>Die E-Mail einer offenen Abrechnung erneut einreihen (bursar notify send oder das Fenster sendet sie).</translation>
    </message>
    <message>
        <source>Another address; default: the billing contact.</source>
        <translation>Eine andere Adresse; Standard: der Rechnungskontakt.</translation>
    </message>
    <message>
        <source>Statement %1&apos;s email queued again (email %2).</source>
        <translation>Die E-Mail der Abrechnung %1 ist erneut eingereiht (E-Mail %2).</translation>
    </message>
    <message>
        <source>Save the SMTP login&apos;s password in the system keyring, read from standard input (never in the database). --forget removes it.</source>
        <translation>Das Passwort der SMTP-Anmeldung im Schlüsselbund des Systems speichern, von der Standardeingabe gelesen (nie in der Datenbank). --forget entfernt es.</translation>
    </message>
    <message>
        <source>Remove the saved password.</source>
        <translation>Das gespeicherte Passwort entfernen.</translation>
    </message>
    <message>
        <source>Settings &gt; Notifications has no login: set one with bursar notify settings --login L.</source>
        <translation>Einstellungen &gt; Benachrichtigungen hat keine Anmeldung: Legen Sie eine mit bursar notify settings --login L fest.</translation>
    </message>
    <message>
        <source>The password of %1 is no longer in the keyring.</source>
        <translation>Das Passwort von %1 ist nicht mehr im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Give the password on standard input.</source>
        <translation>Geben Sie das Passwort auf der Standardeingabe an.</translation>
    </message>
    <message>
        <source>The password of %1 is in the system keyring.</source>
        <translation>Das Passwort von %1 ist im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Only this customer&apos;s vendor credits.</source>
        <translation>Nur die Anbietergutschriften dieses Kunden.</translation>
    </message>
    <message>
        <source>Issue every listed vendor credit not issued yet as a customer credit of its amount, rounded to the currency&apos;s units: all in one transaction, or none when one cannot be (an account without a customer, an amount that is not a credit). One that rounds to nothing is passed over.</source>
        <translation>Jede aufgeführte, noch nicht ausgegebene Anbietergutschrift als Kundengutschrift über ihren Betrag ausgeben, auf die Einheiten der Währung gerundet: alle in einer Transaktion oder keine, wenn eine nicht möglich ist (ein Konto ohne Kunden, ein Betrag, der keine Gutschrift ist). Eine, die auf nichts rundet, wird übergangen.</translation>
    </message>
    <message>
        <source>  issued as credit %1</source>
        <translation>  ausgegeben als Gutschrift %1</translation>
    </message>
    <message numerus="yes">
        <source>Issued %n customer credit(s).</source>
        <translation>
            <numerusform>%n Kundengutschrift ausgegeben.</numerusform>
            <numerusform>%n Kundengutschriften ausgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check that nobody changed, removed or added a row of the audit log behind Bursar&apos;s back: every row must carry the hash of the row before it and a hash of its own columns. Names the first row that does not fit and exits 1.</source>
        <translation>Prüfen, dass niemand hinter Bursars Rücken eine Zeile des Prüfprotokolls geändert, entfernt oder hinzugefügt hat: Jede Zeile muss den Hash der Zeile davor und einen Hash ihrer eigenen Spalten tragen. Nennt die erste Zeile, die nicht passt, und endet mit 1.</translation>
    </message>
    <message>
        <source>The audit log does not fit its chain at row %1: %2.</source>
        <translation>Das Prüfprotokoll passt bei Zeile %1 nicht zu seiner Kette: %2.</translation>
    </message>
    <message>
        <source>The audit log does not fit its chain at row %1 (%2, %3 %4 %5): %6.</source>
        <translation>Das Prüfprotokoll passt bei Zeile %1 (%2, %3 %4 %5) nicht zu seiner Kette: %6.</translation>
    </message>
    <message>
        <source>The audit log of %1 is intact: %2 rows, each chained to the one before it. The last is row %3, hash %4.</source>
        <translation>Das Prüfprotokoll von %1 ist unversehrt: %2 Zeilen, jede mit der vorigen verkettet. Die letzte ist Zeile %3, Hash %4.</translation>
    </message>
    <message>
        <source>Back up the SQLite database to a new file, consistent even while the window or other commands are writing. The file is readable by you only. On PostgreSQL, says how to use pg_dump instead.</source>
        <translation>Die SQLite-Datenbank in eine neue Datei sichern, stimmig auch während das Fenster oder andere Befehle schreiben. Nur Sie können die Datei lesen. Bei PostgreSQL wird stattdessen erklärt, wie pg_dump zu verwenden ist.</translation>
    </message>
    <message>
        <source>The backup file to write, for example %1.</source>
        <translation>Die zu schreibende Sicherungsdatei, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>Replace FILE when it exists (it is replaced only once the new backup is complete and checked).</source>
        <translation>FILE ersetzen, wenn es schon existiert (erst, wenn die neue Sicherung vollständig und geprüft ist).</translation>
    </message>
    <message>
        <source>db backup needs --to FILE, for example --to %1.</source>
        <translation>db backup braucht --to FILE, zum Beispiel --to %1.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (schema %3, %4 customers, %5 statements, %6 bytes).</source>
        <translation>%1 nach %2 gesichert (Schema %3, %4 Kunden, %5 Abrechnungen, %6 Bytes).</translation>
    </message>
    <message>
        <source>Replace the SQLite database&apos;s contents with a backup. The backup is checked first and nothing changes when it is not a sound Bursar database; the database as it was is kept beside it as a backup of its own. Refused while a Bursar window has the database open.</source>
        <translation>Den Inhalt der SQLite-Datenbank durch eine Sicherung ersetzen. Die Sicherung wird zuerst geprüft, und nichts ändert sich, wenn sie keine einwandfreie Bursar-Datenbank ist; die Datenbank, wie sie war, bleibt daneben als eigene Sicherung erhalten. Abgelehnt, solange ein Bursar-Fenster die Datenbank geöffnet hat.</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>Die wiederherzustellende Sicherungsdatei.</translation>
    </message>
    <message>
        <source>db restore needs --from FILE, the backup to restore.</source>
        <translation>db restore braucht --from FILE, die wiederherzustellende Sicherung.</translation>
    </message>
    <message>
        <source>Restored %1 from %2 (schema %3, written %4): %5 rows. The database as it was is kept as %6.</source>
        <translation>%1 aus %2 wiederhergestellt (Schema %3, geschrieben %4): %5 Zeilen. Die Datenbank, wie sie war, bleibt als %6 erhalten.</translation>
    </message>
    <message>
        <source>Usage: bursar [--database PATH] db path|check|copy|backup|restore</source>
        <translation>Aufruf: bursar [--database PFAD] db path|check|copy|backup|restore</translation>
    </message>
    <message>
        <source>unknown db command “%1”; use path, check, copy, backup or restore.</source>
        <translation>unbekannter db-Befehl „%1“; verwenden Sie path, check, copy, backup oder restore.</translation>
    </message>
    <message>
        <source>Usage: bursar [--database PATH] [COMMAND [ARGS...]]

Without a command Bursar opens its window. With one it runs headless.

Global options:
  --database PATH   a SQLite file (default: %1) or a postgresql:// URL
  --user NAME       act as this Bursar user (SQLite files; the administrator by default)
  --help            this help; COMMAND --help for a command&apos;s own
  --version         print the version

Commands:
  demo --customers N [--seed S]       fill an empty database with demo data
  customers list [--format table|json|csv]
  customers add --name NAME [--region R] [--state S] [--payment-terms DAYS] [--format json]
  customers show ID [--format json]
  customers map-account --customer ID --vendor V --account ACCOUNT
  customers set-provider --customer ID --vendor V --currency CUR [--pricebook NAME] [--disabled]
  tenants list [--format table|json]  the tenant tree with customer counts
  tenants add --name NAME [--parent ID] [--format json]
  users list [--format table|json]
  users add --name NAME [--login LOGIN] (--privileges P1,P2,... | --all | --tenant ID | --customer ID)
  users set --name NAME (--tenant ID | --customer ID | --all-tenants)   what the user sees
  api-keys create --name N [--tenant ID | --customer ID] [--expires YYYY-MM-DD] [--format json]
  api-keys list [--format json] | api-keys revoke --name N   (the key is printed once, at create)
  serve [--listen 127.0.0.1:PORT] [--certificate F --key F] [--host NAME]... [--rate N]   the Billing API
  notify settings [--enabled on|off] [--host H] [--port N] [--security none|starttls|tls] [--sender A]
                  [--login L] [--subject T] [--body T]   the SMTP server statement emails go through
  notify contact --customer ID [--email A] [--enabled on|off]   a customer&apos;s billing contact
  notify send|list|log|resend   send what is due; the emails and their log; queue one again
  users grant|revoke --name NAME (--privileges P1,P2,... | --all)
  import usage FILE [--vendor V] [--as focus|aws-cur|azure|partner-center] [--replaces IMPORT]
                    [--skip-provider NAME]... [--format json]
  usage history|unmapped [--format table|json]   imported files; accounts without a customer
  usage credits --vendor V --period YYYY-MM      the vendor&apos;s credits per customer and account
  usage entities --vendor V [--add NAME | --remove NAME]   the vendor&apos;s own legal entities
  vendors list|add|set   the vendors billed: vendors add --key KEY --name NAME [--focus-provider NAME]...
  pricebooks add --name NAME --vendor V [--uplift P | --discount P] [--effective YYYY-MM-DD]
  pricebooks set --name NAME --vendor V (--uplift P | --discount P) [--product PRODUCT] [--effective D]
  pricebooks list [--vendor V] [--format table|json]
  pricing global|charges|support add|list|end ...   discounts/uplifts, custom charges, support plans
  report billing --vendor V --period YYYY-MM [--to YYYY-MM] [--format table|json|csv]
  credits add --customer ID --vendor V --currency C --amount A [--comment T] [--expires YYYY-MM-DD]
              [--marketplace] [--corrects CREDIT]   typed positive, stored negative
  credits list [--customer ID] [--vendor V] [--format table|json|csv]
  credits show CREDIT | credits void CREDIT --reason T
  invoices generate --vendor V --period YYYY-MM (--all | --customer ID...) [--apply-credits] [--tax]
                    [--marketplace-fees] [--marketplace-credits] [--format table|json]
  invoices list [--customer ID] [--vendor V] [--period P [--to P]] [--status S] [--format table|json|csv]
  invoices show ID|NUMBER [--currency C] [--format table|json]
  invoices approve (ID... | --all [filters]) [--date YYYY-MM-DD]   numbers the drafts
  invoices delete ID...               deletes drafts; their credits return
  invoices numbering [--series S] [--pattern P]   a number pattern: statement (default), credit_memo,
                    debit_memo or payment
  invoices export (ID... | --vendor V --period YYYY-MM) --as pdf|csv|detailed-csv|ubl --out DIR
                  [--pattern P] [--paper a4|letter] [--pdfa] [--csv-bom] [--csv-semicolon]
  invoices account --customer ID [--as-of YYYY-MM-DD] --out FILE.pdf   statement of account
  memo create --type credit|debit --customer ID [--currency C] [--date YYYY-MM-DD] --description T
              --line &quot;DESC|QTY|UOM|PRICE|DISCOUNT|TAXCAT&quot;... [--adjusts DOC] [--branch B] [--salesperson P]
  memo update ID [--description T] [--line ...]... [--date D] [--adjusts DOC | --no-adjusts] ...   Hold only
  memo release ID... | memo delete ID... | memo cancel ID [--date D] [--reason T]
  memo list [--type credit|debit] [--customer ID] [--status S] [--format table|json|csv] | memo show ID
  memo export ID... --as pdf|ubl --out DIR   memos and payments as documents (UBL: memos only)
  payment record --customer ID --amount A --currency C [--date D] [--method M] [--reference T]
  payment list|show ...
  apply --from DOC (--to DOC --amount A ... | --auto [--policy P]) [--date D] [--preview]
  unapply APPLICATION [--date D]      reverses one application; the others stay
  write-off DOC [--date D] | write-off tolerance [--currency C --amount A]   small balances
  report balance --customer ID [--as-of D] [--format table|json]
  report aging --as-of YYYY-MM-DD [--tenant ID] [--customer ID] [--format table|json|csv]
  report numbering [--series S] [--format table|json]   every number, its document, any hole
  report credits --expiring [--as-of D] [--format table|json|csv]   credits expiring in 30/60/90 days
  services-credits purchase add --customer ID --credits N --value V [--paid P] --currency C --start D
                   --expires D [--draft] [--description T] | purchase edit|list|show|draft|undraft ...
  services-credits allocate --milestone ID (--purchase ID --credits N | --auto) | --all-open [--on D]
  services-credits release-allocation --milestone ID [--purchase ID [--credits N]] | expire [--as-of D]
  services-credits settings [--paid-equals-value on|off] [--grace-days N] ...   Settings &gt; Services Credits
  opportunity add --customer ID --name T | add-product --opportunity ID --name T --quantity Q --price P
              [--credits N] | list | show ID | create-purchases ID [--currency C] [--format json]
  project add --customer ID --name T | project list | project milestone add --project ID --name T
          --credits N [--due D] | project complete-milestone ID | project reopen-milestone ID --reason T
  report services-credits [--expiring-within DAYS] [--roll-forward --from D --to D] [--format json|csv]
  tax set --region R [--state S] --rate PERCENT [--from YYYY-MM-DD] [--name NAME] | tax list
  tax category list [--format table|json] | tax category set NAME [--no-region-rate] [--no-state-rate]
  tax category remove NAME            tax categories of memo lines
  rates set --from C --to C --rate R [--date YYYY-MM-DD] | rates list   exchange rates
  einvoice seller [--legal-name T] [--vat-id ID] [--company-id ID] [--endpoint ID --scheme EAS]
                  [--iban IBAN] [--bic BIC] [--vat-currency C]   what our e-invoices name us by
  einvoice customer ID [--receives yes|no] [--vat-id ID] [--endpoint ID --scheme EAS]
                  [--buyer-reference T] [--tax-category Z|E|AE|K|G|O|auto] [--exemption-reason T]
  einvoice check ID... [--memo] [--format json]   the rule and field that stop a UBL export
  einvoice exports ID [--memo] [--format json]   the UBL files written, with their SHA-256
  db path [--if-exists]               print the database path
  db check                            check the database for damage
  db copy --from FILE --to postgresql://...   move a SQLite database into a new shared one
  db backup --to FILE [--replace]     a consistent copy, even while the window writes (SQLite)
  db restore --from FILE              checks the backup, keeps the database as it was, restores
  audit verify [--format table|json]   check the audit log&apos;s hash chain; names the first row that does not fit

Exit codes: 0 success, 1 failure, 2 wrong usage. Errors are one line on stderr.
</source>
        <translation>Aufruf: bursar [--database PFAD] [BEFEHL [ARGUMENTE...]]

Ohne Befehl öffnet Bursar sein Fenster, mit einem läuft es ohne Oberfläche.

Globale Optionen:
  --database PATH   eine SQLite-Datei (Standard: %1) oder eine postgresql://-URL
  --user NAME       als dieser Bursar-Benutzer handeln (SQLite-Dateien; standardmäßig der Administrator)
  --help            diese Hilfe; BEFEHL --help für die eines Befehls
  --version         die Version ausgeben

Befehle:
  demo --customers N [--seed S]       eine leere Datenbank mit Demodaten füllen
  customers list [--format table|json|csv]
  customers add --name NAME [--region R] [--state S] [--payment-terms DAYS] [--format json]
  customers show ID [--format json]
  customers map-account --customer ID --vendor V --account ACCOUNT
  customers set-provider --customer ID --vendor V --currency CUR [--pricebook NAME] [--disabled]
  tenants list [--format table|json]  der Mandantenbaum mit Kundenzahlen
  tenants add --name NAME [--parent ID] [--format json]
  users list [--format table|json]
  users add --name NAME [--login LOGIN] (--privileges P1,P2,... | --all | --tenant ID | --customer ID)
  users set --name NAME (--tenant ID | --customer ID | --all-tenants)   was der Benutzer sieht
  api-keys create --name N [--tenant ID | --customer ID] [--expires JJJJ-MM-TT] [--format json]
  api-keys list [--format json] | api-keys revoke --name N   (der Schlüssel wird nur einmal ausgegeben, bei create)
  serve [--listen 127.0.0.1:PORT] [--certificate F --key F] [--host NAME]... [--rate N]   die Billing-API
  notify settings [--enabled on|off] [--host H] [--port N] [--security none|starttls|tls] [--sender A]
                  [--login L] [--subject T] [--body T]   der SMTP-Server für Abrechnungs-E-Mails
  notify contact --customer ID [--email A] [--enabled on|off]   der Rechnungskontakt eines Kunden
  notify send|list|log|resend   Fälliges senden; die E-Mails und ihr Protokoll; eine erneut einreihen
  users grant|revoke --name NAME (--privileges P1,P2,... | --all)
  import usage FILE [--vendor V] [--as focus|aws-cur|azure|partner-center] [--replaces IMPORT]
                    [--skip-provider NAME]... [--format json]
  usage history|unmapped [--format table|json]   importierte Dateien; Konten ohne Kunden
  usage credits --vendor V --period YYYY-MM      die Gutschriften des Herstellers je Kunde und Konto
  usage entities --vendor V [--add NAME | --remove NAME]   die eigenen Rechtsträger des Herstellers
  vendors list|add|set   die abgerechneten Hersteller: vendors add --key KEY --name NAME [--focus-provider NAME]...
  pricebooks add --name NAME --vendor V [--uplift P | --discount P] [--effective YYYY-MM-DD]
  pricebooks set --name NAME --vendor V (--uplift P | --discount P) [--product PRODUCT] [--effective D]
  pricebooks list [--vendor V] [--format table|json]
  pricing global|charges|support add|list|end ...   Rabatte/Aufschläge, Zusatzgebühren, Supportpläne
  report billing --vendor V --period YYYY-MM [--to YYYY-MM] [--format table|json|csv]
  credits add --customer ID --vendor V --currency C --amount A [--comment T] [--expires YYYY-MM-DD]
              [--marketplace] [--corrects CREDIT]   positiv eingegeben, negativ gespeichert
  credits list [--customer ID] [--vendor V] [--format table|json|csv]
  credits show CREDIT | credits void CREDIT --reason T
  invoices generate --vendor V --period YYYY-MM (--all | --customer ID...) [--apply-credits] [--tax]
                    [--marketplace-fees] [--marketplace-credits] [--format table|json]
  invoices list [--customer ID] [--vendor V] [--period P [--to P]] [--status S] [--format table|json|csv]
  invoices show ID|NUMBER [--currency C] [--format table|json]
  invoices approve (ID... | --all [filters]) [--date YYYY-MM-DD]   nummeriert die Entwürfe
  invoices delete ID...               löscht Entwürfe; ihre Gutschriften kehren zurück
  invoices numbering [--series S] [--pattern P]   ein Nummernmuster: statement (Standard), credit_memo,
                    debit_memo oder payment
  invoices export (ID... | --vendor V --period YYYY-MM) --as pdf|csv|detailed-csv|ubl --out DIR
                  [--pattern P] [--paper a4|letter] [--pdfa] [--csv-bom] [--csv-semicolon]
  invoices account --customer ID [--as-of YYYY-MM-DD] --out FILE.pdf   Kontoauszug
  memo create --type credit|debit --customer ID [--currency C] [--date YYYY-MM-DD] --description T
              --line &quot;DESC|QTY|UOM|PRICE|DISCOUNT|TAXCAT&quot;... [--adjusts DOC] [--branch B] [--salesperson P]
  memo update ID [--description T] [--line ...]... [--date D] [--adjusts DOC | --no-adjusts] ...   nur Hold
  memo release ID... | memo delete ID... | memo cancel ID [--date D] [--reason T]
  memo list [--type credit|debit] [--customer ID] [--status S] [--format table|json|csv] | memo show ID
  memo export ID... --as pdf|ubl --out DIR   Belege und Zahlungen als Dokumente (UBL: nur Belege)
  payment record --customer ID --amount A --currency C [--date D] [--method M] [--reference T]
  payment list|show ...
  apply --from DOC (--to DOC --amount A ... | --auto [--policy P]) [--date D] [--preview]
  unapply APPLICATION [--date D]      hebt eine Verrechnung auf; die anderen bleiben
  write-off DOC [--date D] | write-off tolerance [--currency C --amount A]   Kleinbeträge ausbuchen
  report balance --customer ID [--as-of D] [--format table|json]
  report aging --as-of YYYY-MM-DD [--tenant ID] [--customer ID] [--format table|json|csv]
  report numbering [--series S] [--format table|json]   jede Nummer, ihr Beleg, jede Lücke
  report credits --expiring [--as-of D] [--format table|json|csv]   Gutschriften, die in 30/60/90 Tagen ablaufen
  services-credits purchase add --customer ID --credits N --value V [--paid P] --currency C --start D
                   --expires D [--draft] [--description T] | purchase edit|list|show|draft|undraft ...
  services-credits allocate --milestone ID (--purchase ID --credits N | --auto) | --all-open [--on D]
  services-credits release-allocation --milestone ID [--purchase ID [--credits N]] | expire [--as-of D]
  services-credits settings [--paid-equals-value on|off] [--grace-days N] ...   Einstellungen &gt; Service-Credits
  opportunity add --customer ID --name T | add-product --opportunity ID --name T --quantity Q --price P
              [--credits N] | list | show ID | create-purchases ID [--currency C] [--format json]
  project add --customer ID --name T | project list | project milestone add --project ID --name T
          --credits N [--due D] | project complete-milestone ID | project reopen-milestone ID --reason T
  report services-credits [--expiring-within DAYS] [--roll-forward --from D --to D] [--format json|csv]
  tax set --region R [--state S] --rate PERCENT [--from YYYY-MM-DD] [--name NAME] | tax list
  tax category list [--format table|json] | tax category set NAME [--no-region-rate] [--no-state-rate]
  tax category remove NAME            Steuerkategorien von Belegzeilen
  rates set --from C --to C --rate R [--date YYYY-MM-DD] | rates list   Wechselkurse
  einvoice seller [--legal-name T] [--vat-id ID] [--company-id ID] [--endpoint ID --scheme EAS]
                  [--iban IBAN] [--bic BIC] [--vat-currency C]   womit unsere E-Rechnungen uns nennen
  einvoice customer ID [--receives yes|no] [--vat-id ID] [--endpoint ID --scheme EAS]
                  [--buyer-reference T] [--tax-category Z|E|AE|K|G|O|auto] [--exemption-reason T]
  einvoice check ID... [--memo] [--format json]   die Regel und das Feld, die einen UBL-Export aufhalten
  einvoice exports ID [--memo] [--format json]   die geschriebenen UBL-Dateien mit ihrem SHA-256
  db path [--if-exists]               den Datenbankpfad ausgeben
  db check                            die Datenbank auf Schäden prüfen
  db copy --from FILE --to postgresql://...   eine SQLite-Datenbank in eine neue gemeinsame verschieben
  db backup --to FILE [--replace]     eine stimmige Kopie, auch während das Fenster schreibt (SQLite)
  db restore --from FILE              prüft die Sicherung, behält die Datenbank, wie sie war, und stellt wieder her
  audit verify [--format table|json]   die Hash-Kette des Prüfprotokolls prüfen; nennt die erste Zeile, die nicht passt

Exit-Codes: 0 Erfolg, 1 Fehler, 2 falscher Aufruf. Fehler sind eine Zeile auf stderr.
</translation>
    </message>
    <message>
        <source>Show or set what our e-invoices name us by (Settings &gt; Account Information &gt; E-invoicing): legal name, VAT ID, company registration, electronic address, bank account, VAT currency.</source>
        <translation>Zeigt oder setzt, womit unsere E-Rechnungen uns nennen (Einstellungen &gt; Kontoinformationen &gt; E-Rechnung): Firmenname laut Register, USt-IdNr., Handelsregister, elektronische Adresse, Bankkonto, USt-Währung.</translation>
    </message>
    <message>
        <source>The registered legal name (default: the company name).</source>
        <translation>Der eingetragene Firmenname (ohne Angabe: der Firmenname).</translation>
    </message>
    <message>
        <source>Our VAT identifier with its country prefix, for example DE123456789.</source>
        <translation>Unsere USt-IdNr. mit Länderkennung, zum Beispiel DE123456789.</translation>
    </message>
    <message>
        <source>Our company registration number.</source>
        <translation>Unsere Handelsregisternummer.</translation>
    </message>
    <message>
        <source>Our electronic address (Peppol participant ID).</source>
        <translation>Unsere elektronische Adresse (Peppol-Teilnehmer-ID).</translation>
    </message>
    <message>
        <source>Its Peppol EAS scheme code, for example 0088 or 9930.</source>
        <translation>Ihr Peppol-EAS-Schema, zum Beispiel 0088 oder 9930.</translation>
    </message>
    <message>
        <source>The bank account customers pay to.</source>
        <translation>Das Bankkonto, auf das Kunden zahlen.</translation>
    </message>
    <message>
        <source>The bank&apos;s BIC.</source>
        <translation>Die BIC der Bank.</translation>
    </message>
    <message>
        <source>The currency we account VAT in, when documents are in others (empty: none).</source>
        <translation>Die Währung, in der wir die USt abrechnen, wenn Dokumente in anderen sind (leer: keine).</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Firmenname laut Register</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>Handelsregister</translation>
    </message>
    <message>
        <source>Electronic address</source>
        <translation>Elektronische Adresse</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>VAT currency</source>
        <translation>USt-Währung</translation>
    </message>
    <message>
        <source>Show or set how a customer receives e-invoices (Customers &gt; the customer &gt; E-invoicing).</source>
        <translation>Zeigt oder setzt, wie ein Kunde E-Rechnungen erhält (Kunden &gt; der Kunde &gt; E-Rechnung).</translation>
    </message>
    <message>
        <source>Whether the customer receives e-invoices: yes or no.</source>
        <translation>Ob der Kunde E-Rechnungen erhält: yes oder no.</translation>
    </message>
    <message>
        <source>The customer&apos;s VAT identifier, for example FR12345678901.</source>
        <translation>Die USt-IdNr. des Kunden, zum Beispiel FR12345678901.</translation>
    </message>
    <message>
        <source>The customer&apos;s electronic address (Peppol participant ID).</source>
        <translation>Die elektronische Adresse des Kunden (Peppol-Teilnehmer-ID).</translation>
    </message>
    <message>
        <source>Its Peppol EAS scheme code.</source>
        <translation>Ihr Peppol-EAS-Schema.</translation>
    </message>
    <message>
        <source>The reference the customer asked for on every invoice.</source>
        <translation>Die Referenz, die der Kunde auf jeder Rechnung sehen will.</translation>
    </message>
    <message>
        <source>The VAT category of documents without tax: Z, E, AE, K, G, O, or auto (by region).</source>
        <translation>Die USt-Kategorie von Dokumenten ohne Steuer: Z, E, AE, K, G, O oder auto (nach Region).</translation>
    </message>
    <message>
        <source>Why no VAT is charged (required for E).</source>
        <translation>Warum keine USt berechnet wird (für E erforderlich).</translation>
    </message>
    <message>
        <source>give one customer ID, for example: bursar einvoice customer 100042 --vat-id FR…</source>
        <translation>geben Sie eine Kunden-ID an, zum Beispiel: bursar einvoice customer 100042 --vat-id FR…</translation>
    </message>
    <message>
        <source>--receives must be yes or no, not “%1”.</source>
        <translation>--receives muss yes oder no sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Receives</source>
        <translation>Erhält</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Buyer reference</source>
        <translation>Käuferreferenz</translation>
    </message>
    <message>
        <source>VAT category</source>
        <translation>USt-Kategorie</translation>
    </message>
    <message>
        <source>by region</source>
        <translation>nach Region</translation>
    </message>
    <message>
        <source>Exemption reason</source>
        <translation>Befreiungsgrund</translation>
    </message>
    <message>
        <source>Check statements (or memos) against the e-invoice rules Bursar checks itself, before an export: each problem names the rule and the field to fix. Exits 1 when one is found.</source>
        <translation>Prüft Abrechnungen (oder Belege) vor einem Export gegen die E-Rechnungs-Regeln, die Bursar selbst prüft: jedes Problem nennt die Regel und das zu ändernde Feld. Endet mit 1, wenn eines gefunden wird.</translation>
    </message>
    <message>
        <source>The IDs are credit or debit memos, not statements.</source>
        <translation>Die IDs sind Gutschriften oder Lastschriften, keine Abrechnungen.</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>Abrechnung</translation>
    </message>
    <message numerus="yes">
        <source>No problems: %n document(s) can leave as e-invoices.</source>
        <translation>
            <numerusform>Keine Probleme: %n Dokument kann als E-Rechnung hinausgehen.</numerusform>
            <numerusform>Keine Probleme: %n Dokumente können als E-Rechnung hinausgehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The UBL files written of a statement (or memo): when, by whom, and their SHA-256.</source>
        <translation>Die geschriebenen UBL-Dateien einer Abrechnung (oder eines Belegs): wann, von wem und ihr SHA-256.</translation>
    </message>
    <message>
        <source>The ID is a credit or debit memo, not a statement.</source>
        <translation>Die ID ist eine Gutschrift oder Lastschrift, keine Abrechnung.</translation>
    </message>
    <message>
        <source>give one ID.</source>
        <translation>geben Sie eine ID an.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written</source>
        <translation>
            <numerusform>%n Datei geschrieben</numerusform>
            <numerusform>%n Dateien geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bursar::core::AccountInfoService</name>
    <message>
        <source>reading the account information</source>
        <translation>beim Lesen der Kontoinformationen</translation>
    </message>
    <message>
        <source>Account Information</source>
        <translation>Kontoinformationen</translation>
    </message>
    <message>
        <source>%1: the company name is empty; type your company&apos;s name as it should appear on statements.</source>
        <translation>%1: Der Firmenname ist leer; geben Sie den Namen Ihrer Firma so ein, wie er auf Abrechnungen erscheinen soll.</translation>
    </message>
    <message>
        <source>%1: the company name is longer than 200 characters; shorten it.</source>
        <translation>%1: Der Firmenname ist länger als 200 Zeichen; kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>%1: “%2” is not an email address; type it as name@example.com or leave it empty.</source>
        <translation>%1: „%2“ ist keine E-Mail-Adresse; geben Sie sie als name@example.com ein oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>%1: the logo is not a PNG, JPEG or SVG image; choose another file.</source>
        <translation>%1: Das Logo ist kein PNG-, JPEG- oder SVG-Bild; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>saving the account information</source>
        <translation>beim Speichern der Kontoinformationen</translation>
    </message>
    <message>
        <source>%1 was changed by someone else after you opened it; reload it and make your change again.</source>
        <translation>%1 wurde von jemand anderem geändert, nachdem Sie es geöffnet haben; laden Sie neu und nehmen Sie Ihre Änderung erneut vor.</translation>
    </message>
    <message>
        <source>Cannot read the logo “%1”: %2.</source>
        <translation>Das Logo „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The logo “%1” is larger than 2 MB; choose a smaller image.</source>
        <translation>Das Logo „%1“ ist größer als 2 MB; wählen Sie ein kleineres Bild.</translation>
    </message>
    <message>
        <source>The logo “%1” is not a PNG, JPEG or SVG image; choose another file.</source>
        <translation>Das Logo „%1“ ist kein PNG-, JPEG- oder SVG-Bild; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>change the Account Information</source>
        <translation>die Kontoinformationen ändern</translation>
    </message>
    <message>
        <source>use it as the logo</source>
        <translation>sie als Logo verwenden</translation>
    </message>
</context>
<context>
    <name>bursar::core::AccountStatements</name>
    <message>
        <source>Statement</source>
        <translation>Abrechnung</translation>
    </message>
</context>
<context>
    <name>bursar::core::Aging</name>
    <message>
        <source>The aging needs a date to be as of (YYYY-MM-DD).</source>
        <translation>Die Fälligkeitsanalyse braucht einen Stichtag (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>reading the open documents</source>
        <translation>beim Lesen der offenen Belege</translation>
    </message>
    <message>
        <source>reading the applications after the date</source>
        <translation>beim Lesen der Verrechnungen nach dem Stichtag</translation>
    </message>
    <message>
        <source>reading the customers&apos; names</source>
        <translation>beim Lesen der Kundennamen</translation>
    </message>
    <message>
        <source>reading the customers</source>
        <translation>Lesen der Kunden</translation>
    </message>
</context>
<context>
    <name>bursar::core::AllocationLedger</name>
    <message>
        <source>An allocation of %1 %2 to %3 %4 cannot be recorded: the amount must be a number other than zero.</source>
        <translation>Eine Zuordnung von %1 %2 zu %3 %4 kann nicht erfasst werden: Der Betrag muss eine Zahl ungleich null sein.</translation>
    </message>
    <message>
        <source>An allocation needs a source, a target and a date; %1 %2 → %3 %4 on “%5” has not.</source>
        <translation>Eine Zuordnung braucht eine Quelle, ein Ziel und ein Datum; %1 %2 → %3 %4 am „%5“ hat sie nicht.</translation>
    </message>
    <message>
        <source>Allocation %1 cannot be reversed by this entry: only a standing application is reversed, once, by its exact opposite.</source>
        <translation>Zuordnung %1 kann durch diesen Eintrag nicht storniert werden: Nur eine bestehende Anrechnung wird storniert, einmal, durch ihr genaues Gegenstück.</translation>
    </message>
    <message>
        <source>reading allocations</source>
        <translation>beim Lesen der Zuordnungen</translation>
    </message>
    <message>
        <source>reading the allocation&apos;s source</source>
        <translation>beim Lesen der Quelle der Zuordnung</translation>
    </message>
    <message>
        <source>There is no %1 %2.</source>
        <translation>Es gibt kein(e) %1 %2.</translation>
    </message>
    <message>
        <source>Allocation %1 names a %2 → %3 this Bursar does not know; open the database with a newer Bursar.</source>
        <translation>Zuordnung %1 nennt %2 → %3, das dieses Bursar nicht kennt; öffnen Sie die Datenbank mit einem neueren Bursar.</translation>
    </message>
    <message>
        <source>An allocation names a target “%1” this Bursar does not know; open the database with a newer Bursar.</source>
        <translation>Eine Zuordnung nennt ein Ziel „%1“, das dieses Bursar nicht kennt; öffnen Sie die Datenbank mit einem neueren Bursar.</translation>
    </message>
</context>
<context>
    <name>bursar::core::ApiKeyService</name>
    <message>
        <source>The API key is missing, unknown, revoked or expired.</source>
        <translation>Der API-Schlüssel fehlt, ist unbekannt, widerrufen oder abgelaufen.</translation>
    </message>
    <message>
        <source>make API keys</source>
        <translation>API-Schlüssel erstellen</translation>
    </message>
    <message>
        <source>New API key: “%1” is not a key name; use 1 to 64 letters, digits, spaces and . _ @ - only.</source>
        <translation>Neuer API-Schlüssel: „%1“ ist kein Schlüsselname; verwenden Sie 1 bis 64 Buchstaben, Ziffern, Leerzeichen und nur . _ @ -.</translation>
    </message>
    <message>
        <source>API key “%1”: it would expire on %2, which has passed; choose a later date or none.</source>
        <translation>API-Schlüssel „%1“: Er würde am %2 ablaufen, das ist vorbei; wählen Sie ein späteres Datum oder keines.</translation>
    </message>
    <message>
        <source>reading API keys</source>
        <translation>beim Lesen der API-Schlüssel</translation>
    </message>
    <message>
        <source>New API key: a key named “%1” exists already; choose another name.</source>
        <translation>Neuer API-Schlüssel: Ein Schlüssel namens „%1“ existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>making the API key</source>
        <translation>beim Erstellen des API-Schlüssels</translation>
    </message>
    <message>
        <source>There is no API key named “%1”; list them with bursar api-keys list.</source>
        <translation>Es gibt keinen API-Schlüssel namens „%1“; listen Sie sie mit bursar api-keys list auf.</translation>
    </message>
    <message>
        <source>revoke API keys</source>
        <translation>API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>The API key “%1” was revoked already, on %2 by %3.</source>
        <translation>Der API-Schlüssel „%1“ wurde bereits widerrufen, am %2 von %3.</translation>
    </message>
    <message>
        <source>revoking the API key</source>
        <translation>beim Widerrufen des API-Schlüssels</translation>
    </message>
    <message>
        <source>recording the key&apos;s use</source>
        <translation>beim Festhalten der Nutzung des Schlüssels</translation>
    </message>
    <message>
        <source>API key “%1”</source>
        <translation>API-Schlüssel „%1“</translation>
    </message>
</context>
<context>
    <name>bursar::core::ApiServerSettingsService</name>
    <message>
        <source>reading the Billing API settings</source>
        <translation>beim Lesen der Billing-API-Einstellungen</translation>
    </message>
    <message>
        <source>The listen address “%1” is not HOST:PORT, for example 127.0.0.1:8080.</source>
        <translation>Die Adresse „%1“ hat nicht die Form HOST:PORT, zum Beispiel 127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>change the Billing API settings</source>
        <translation>die Billing-API-Einstellungen ändern</translation>
    </message>
    <message>
        <source>The Billing API listens on %1, which is not this computer alone: give a TLS certificate and key, or listen on 127.0.0.1 behind a reverse proxy.</source>
        <translation>Die Billing-API lauscht auf %1, also nicht nur auf diesem Computer: geben Sie ein TLS-Zertifikat und seinen Schlüssel an, oder lauschen Sie auf 127.0.0.1 hinter einem Reverse-Proxy.</translation>
    </message>
    <message>
        <source>TLS needs both the certificate and its private key.</source>
        <translation>TLS braucht das Zertifikat und seinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>Each key&apos;s budget is 1 to 1000000 requests a second, not %1.</source>
        <translation>Das Budget je Schlüssel ist 1 bis 1000000 Anfragen pro Sekunde, nicht %1.</translation>
    </message>
    <message>
        <source>saving the Billing API settings</source>
        <translation>beim Speichern der Billing-API-Einstellungen</translation>
    </message>
</context>
<context>
    <name>bursar::core::ArApplications</name>
    <message>
        <source>Statement</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>%1 %2 (not numbered yet)</source>
        <translation>%1 %2 (noch nicht nummeriert)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>reading the document</source>
        <translation>beim Lesen des Belegs</translation>
    </message>
    <message>
        <source>%1 cannot be paid: a credit memo or payment is applied to a statement or a debit memo.</source>
        <translation>%1 kann nicht bezahlt werden: eine Gutschrift oder Zahlung wird mit einer Abrechnung oder Lastschrift verrechnet.</translation>
    </message>
    <message>
        <source>%1 is a Draft: approve it first; only an Open or Past Due statement is paid.</source>
        <translation>%1 ist ein Entwurf: genehmigen Sie ihn zuerst; nur eine offene oder überfällige Abrechnung wird bezahlt.</translation>
    </message>
    <message>
        <source>%1 is Hold: release it first.</source>
        <translation>%1 ist zurückgehalten: geben Sie ihn zuerst frei.</translation>
    </message>
    <message>
        <source>%1 is customer %2&apos;s and %3 is customer %4&apos;s: a document is applied to its own customer&apos;s documents only.</source>
        <translation>%1 gehört Kunde %2 und %3 Kunde %4: ein Beleg wird nur mit Belegen seines eigenen Kunden verrechnet.</translation>
    </message>
    <message>
        <source>%1 is in %2 and %3 in %4: a document is applied to documents of its own currency.</source>
        <translation>%1 ist in %2 und %3 in %4: ein Beleg wird nur mit Belegen seiner eigenen Währung verrechnet.</translation>
    </message>
    <message>
        <source>%1 is dated %2; an application dated %3 would come before it. Date it %2 or later.</source>
        <translation>%1 ist auf den %2 datiert; eine Verrechnung zum %3 läge davor. Datieren Sie sie auf den %2 oder später.</translation>
    </message>
    <message>
        <source>finding the document</source>
        <translation>beim Suchen des Belegs</translation>
    </message>
    <message>
        <source>There is no document “%1”; give a number (INV-…, CM-…, DM-…, PAY-…), statement:ID for a statement&apos;s ID, or a memo&apos;s or payment&apos;s ID.</source>
        <translation>Es gibt keinen Beleg „%1“; geben Sie eine Nummer an (INV-…, CM-…, DM-…, PAY-…), statement:ID für die ID einer Abrechnung oder die ID eines Belegs oder einer Zahlung.</translation>
    </message>
    <message>
        <source>There is no %1 %2.</source>
        <translation>Es gibt kein(e) %1 %2.</translation>
    </message>
    <message>
        <source>Only a credit memo or a payment is applied; %1 %2 is neither.</source>
        <translation>Nur eine Gutschrift oder Zahlung wird verrechnet; %1 %2 ist keines von beiden.</translation>
    </message>
    <message>
        <source>reading the outstanding documents</source>
        <translation>beim Lesen der offenen Posten</translation>
    </message>
    <message>
        <source>apply credit memos and payments</source>
        <translation>Gutschriften und Zahlungen verrechnen</translation>
    </message>
    <message>
        <source>There is no %1 %2 to apply.</source>
        <translation>Es gibt kein(e) %1 %2 zum Verrechnen.</translation>
    </message>
    <message>
        <source>%1 cannot be applied: only a credit memo or a payment is applied to what a customer owes.</source>
        <translation>%1 kann nicht verrechnet werden: nur eine Gutschrift oder Zahlung wird mit den Schulden eines Kunden verrechnet.</translation>
    </message>
    <message>
        <source>%1 is Hold: release it first; only an Open credit memo is applied.</source>
        <translation>%1 ist zurückgehalten: geben Sie sie zuerst frei; nur eine offene Gutschrift wird verrechnet.</translation>
    </message>
    <message>
        <source>%1: nothing to apply; name at least one document and an amount.</source>
        <translation>%1: nichts zu verrechnen; nennen Sie mindestens einen Beleg und einen Betrag.</translation>
    </message>
    <message>
        <source>%1: the application needs a date.</source>
        <translation>%1: die Verrechnung braucht ein Datum.</translation>
    </message>
    <message>
        <source>%1: the amount for %2 %3 must be above zero.</source>
        <translation>%1: der Betrag für %2 %3 muss größer als null sein.</translation>
    </message>
    <message>
        <source>%1: the amount %2 has %3 decimals; %4 has %5.</source>
        <translation>%1: der Betrag %2 hat %3 Nachkommastellen; %4 hat %5.</translation>
    </message>
    <message>
        <source>There is no %1 %2 to apply to.</source>
        <translation>Es gibt kein(e) %1 %2, mit dem verrechnet werden könnte.</translation>
    </message>
    <message>
        <source>%1 has a balance of %2 %3; %4 %3 cannot be applied to it. Apply at most %2.</source>
        <translation>%1 hat einen Saldo von %2 %3; %4 %3 können nicht damit verrechnet werden. Verrechnen Sie höchstens %2.</translation>
    </message>
    <message>
        <source>%1 has %2 %3 available; %4 %3 cannot be applied from it. Apply at most %2.</source>
        <translation>%1 hat %2 %3 verfügbar; %4 %3 können daraus nicht verrechnet werden. Verrechnen Sie höchstens %2.</translation>
    </message>
    <message>
        <source>reading the applications</source>
        <translation>beim Lesen der Verrechnungen</translation>
    </message>
    <message>
        <source>%1 %2: customer %3 owes nothing in %4 that it could pay.</source>
        <translation>%1 %2: Kunde %3 schuldet nichts in %4, das damit bezahlt werden könnte.</translation>
    </message>
    <message>
        <source>reverse applications</source>
        <translation>Verrechnungen aufheben</translation>
    </message>
    <message>
        <source>reading the application</source>
        <translation>beim Lesen der Verrechnung</translation>
    </message>
    <message>
        <source>There is no application %1.</source>
        <translation>Es gibt keine Verrechnung %1.</translation>
    </message>
    <message>
        <source>Application %1 is a credit applied by a billing run; it is returned by deleting the draft statement, not by Unapply.</source>
        <translation>Verrechnung %1 ist eine von einem Abrechnungslauf angewendete Gutschrift; sie kehrt durch Löschen des Abrechnungsentwurfs zurück, nicht durch Aufheben.</translation>
    </message>
    <message>
        <source>Entry %1 is itself a reversal; apply the amount again instead.</source>
        <translation>Buchung %1 ist selbst eine Aufhebung; verrechnen Sie den Betrag stattdessen erneut.</translation>
    </message>
    <message>
        <source>Application %1 was already reversed on %2 (entry %3).</source>
        <translation>Verrechnung %1 wurde bereits am %2 aufgehoben (Buchung %3).</translation>
    </message>
    <message>
        <source>Application %1 is what cancels a document with its reversing document; it stays.</source>
        <translation>Verrechnung %1 storniert einen Beleg mit seinem Gegenbeleg; sie bleibt bestehen.</translation>
    </message>
    <message>
        <source>Application %1 is dated %2; its reversal cannot be dated %3, before it.</source>
        <translation>Verrechnung %1 ist auf den %2 datiert; ihre Aufhebung kann nicht auf den %3 davor datiert werden.</translation>
    </message>
    <message>
        <source>reading the reversal</source>
        <translation>beim Lesen der Aufhebung</translation>
    </message>
    <message>
        <source>%1 %2 has nothing left to apply: its whole total is applied.</source>
        <translation>%1 %2 hat nichts mehr zu verrechnen: die ganze Summe ist verrechnet.</translation>
    </message>
    <message>
        <source>locking the documents</source>
        <translation>beim Sperren der Belege</translation>
    </message>
    <message>
        <source>reading the credit memos and payments</source>
        <translation>beim Lesen der Gutschriften und Zahlungen</translation>
    </message>
    <message>
        <source>locking the statements</source>
        <translation>beim Sperren der Abrechnungen</translation>
    </message>
    <message>
        <source>The applications need a date.</source>
        <translation>Die Verrechnungen brauchen ein Datum.</translation>
    </message>
</context>
<context>
    <name>bursar::core::ArDocument</name>
    <message>
        <source>Credit Memo</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Debit Memo</source>
        <translation>Lastschrift</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Past Due</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Hold %1 %2</source>
        <translation>Zurückgehalten %1 %2</translation>
    </message>
</context>
<context>
    <name>bursar::core::ArDocuments</name>
    <message>
        <source>%1 for customer %2</source>
        <translation>%1 für Kunde %2</translation>
    </message>
    <message>
        <source>%1: the customer has no invoice currency yet; choose the memo&apos;s currency.</source>
        <translation>%1: der Kunde hat noch keine Rechnungswährung; wählen Sie die Währung des Belegs.</translation>
    </message>
    <message>
        <source>%1: %2 is a payment; a memo adjusts a statement or another memo.</source>
        <translation>%1: %2 ist eine Zahlung; ein Beleg korrigiert eine Abrechnung oder einen anderen Beleg.</translation>
    </message>
    <message>
        <source>%1: the adjusted document %2 is customer %3&apos;s; a memo adjusts a document of its own customer.</source>
        <translation>%1: der korrigierte Beleg %2 gehört Kunde %3; ein Beleg korrigiert nur Belege seines eigenen Kunden.</translation>
    </message>
    <message>
        <source>reading the adjusted statement</source>
        <translation>beim Lesen der korrigierten Abrechnung</translation>
    </message>
    <message>
        <source>%1: there is no statement or memo “%2” to adjust; give its number (INV-…, CM-…, DM-…).</source>
        <translation>%1: es gibt keine Abrechnung und keinen Beleg „%2“ zum Korrigieren; geben Sie die Nummer an (INV-…, CM-…, DM-…).</translation>
    </message>
    <message>
        <source>%1: the adjusted statement %2 is customer %3&apos;s; a memo adjusts a document of its own customer.</source>
        <translation>%1: die korrigierte Abrechnung %2 gehört Kunde %3; ein Beleg korrigiert nur Belege seines eigenen Kunden.</translation>
    </message>
    <message>
        <source>create memos</source>
        <translation>Belege anlegen</translation>
    </message>
    <message>
        <source>A payment is recorded with Record Payment, not created as a memo.</source>
        <translation>Eine Zahlung wird mit „Zahlung erfassen“ erfasst, nicht als Beleg angelegt.</translation>
    </message>
    <message>
        <source>save a memo with more than one detail line</source>
        <translation>einen Beleg mit mehr als einer Position speichern</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the description is empty; say why the memo is issued (a sales return, a goodwill credit, ...).</source>
        <translation>%1: die Beschreibung ist leer; sagen Sie, warum der Beleg ausgestellt wird (Rücksendung, Kulanzgutschrift, ...).</translation>
    </message>
    <message>
        <source>%1: payment terms of %2 days; enter 0 to 365.</source>
        <translation>%1: Zahlungsziel von %2 Tagen; geben Sie 0 bis 365 ein.</translation>
    </message>
    <message>
        <source>%1: the total is %2; a memo is for an amount above zero.</source>
        <translation>%1: die Summe ist %2; ein Beleg lautet auf einen Betrag über null.</translation>
    </message>
    <message>
        <source>creating the memo</source>
        <translation>beim Anlegen des Belegs</translation>
    </message>
    <message>
        <source>delete memos</source>
        <translation>Belege löschen</translation>
    </message>
    <message>
        <source>%1 %2 is %3 and cannot be deleted: only a Hold memo is deleted (no number is used). Cancel it instead; it is then closed by a reversing document.</source>
        <translation>%1 %2 ist %3 und kann nicht gelöscht werden: nur ein zurückgehaltener Beleg wird gelöscht (ohne Nummer). Stornieren Sie ihn stattdessen; er wird dann durch einen Gegenbeleg geschlossen.</translation>
    </message>
    <message>
        <source>There is no memo %1; nothing was deleted.</source>
        <translation>Es gibt keinen Beleg %1; nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>deleting memos</source>
        <translation>beim Löschen der Belege</translation>
    </message>
    <message>
        <source>release memos</source>
        <translation>Belege freigeben</translation>
    </message>
    <message>
        <source>There is no memo %1; nothing was released.</source>
        <translation>Es gibt keinen Beleg %1; nichts wurde freigegeben.</translation>
    </message>
    <message>
        <source>%1 %2 is %3, not Hold: only a Hold memo is released, once. Nothing was released.</source>
        <translation>%1 %2 ist %3, nicht zurückgehalten: nur ein zurückgehaltener Beleg wird freigegeben, einmal. Nichts wurde freigegeben.</translation>
    </message>
    <message>
        <source>record payments</source>
        <translation>Zahlungen erfassen</translation>
    </message>
    <message>
        <source>%1: the amount “%2” is not a positive number; enter it as 1250.00.</source>
        <translation>%1: der Betrag „%2“ ist keine positive Zahl; geben Sie ihn als 1250.00 ein.</translation>
    </message>
    <message>
        <source>%1: the amount %2 has %3 decimals; %4 has %5.</source>
        <translation>%1: der Betrag %2 hat %3 Nachkommastellen; %4 hat %5.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>recording the payment</source>
        <translation>beim Erfassen der Zahlung</translation>
    </message>
    <message>
        <source>cancel AR documents</source>
        <translation>Debitorenbelege stornieren</translation>
    </message>
    <message>
        <source>There is no AR document %1.</source>
        <translation>Es gibt keinen Debitorenbeleg %1.</translation>
    </message>
    <message>
        <source>%1 is Hold: delete it instead (no number is used).</source>
        <translation>%1 ist zurückgehalten: löschen Sie ihn stattdessen (es wird keine Nummer verbraucht).</translation>
    </message>
    <message>
        <source>%1 is already cancelled or is itself a reversing document.</source>
        <translation>%1 ist bereits storniert oder selbst ein Gegenbeleg.</translation>
    </message>
    <message>
        <source>%1 still has %2 %3 applied: reverse its applications first (Unapply), then cancel it.</source>
        <translation>%1 hat noch %2 %3 verrechnet: heben Sie zuerst seine Verrechnungen auf und stornieren Sie ihn dann.</translation>
    </message>
    <message>
        <source>%1 is dated %2; it cannot be cancelled on %3, before it.</source>
        <translation>%1 ist auf den %2 datiert; er kann nicht am %3 davor storniert werden.</translation>
    </message>
    <message>
        <source>Cancels %1</source>
        <translation>Storniert %1</translation>
    </message>
    <message>
        <source>Cancels %1: %2</source>
        <translation>Storniert %1: %2</translation>
    </message>
    <message>
        <source>creating the reversing document</source>
        <translation>beim Anlegen des Gegenbelegs</translation>
    </message>
    <message>
        <source>copying the memo&apos;s lines</source>
        <translation>beim Kopieren der Positionen</translation>
    </message>
    <message>
        <source>copying the memo&apos;s tax</source>
        <translation>beim Kopieren der Steuer</translation>
    </message>
    <message>
        <source>There is no credit memo, debit memo or payment “%1”; give its ID or number (CM-…, DM-…, PAY-…).</source>
        <translation>Es gibt keine Gutschrift, Lastschrift oder Zahlung „%1“; geben Sie ihre ID oder Nummer an (CM-…, DM-…, PAY-…).</translation>
    </message>
    <message>
        <source>The amount filter “%1” is not a number.</source>
        <translation>Der Betragsfilter „%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>reading the memo&apos;s lines</source>
        <translation>beim Lesen der Positionen</translation>
    </message>
    <message>
        <source>reading the memo&apos;s tax</source>
        <translation>beim Lesen der Steuer</translation>
    </message>
    <message>
        <source>reading the allocation ledger</source>
        <translation>beim Lesen des Verrechnungsjournals</translation>
    </message>
    <message>
        <source>locking a document</source>
        <translation>beim Sperren eines Belegs</translation>
    </message>
    <message>
        <source>reading AR documents</source>
        <translation>beim Lesen der Debitorenbelege</translation>
    </message>
    <message>
        <source>counting AR documents</source>
        <translation>beim Zählen der Debitorenbelege</translation>
    </message>
    <message>
        <source>There is no %1 %2.</source>
        <translation>Es gibt kein(e) %1 %2.</translation>
    </message>
    <message>
        <source>reading the document&apos;s parties</source>
        <translation>beim Lesen der Parteien des Belegs</translation>
    </message>
    <message>
        <source>reading the customers</source>
        <translation>beim Lesen der Kunden</translation>
    </message>
    <message>
        <source>releasing the memos</source>
        <translation>beim Freigeben der Belege</translation>
    </message>
    <message>
        <source>A memo was released by someone else meanwhile; nothing was released.</source>
        <translation>Ein Beleg wurde inzwischen von jemand anderem freigegeben; nichts wurde freigegeben.</translation>
    </message>
    <message>
        <source>reading the documents to settle</source>
        <translation>beim Lesen der auszugleichenden Belege</translation>
    </message>
    <message>
        <source>settling the documents</source>
        <translation>beim Ausgleichen der Belege</translation>
    </message>
    <message>
        <source>edit memos</source>
        <translation>Belege ändern</translation>
    </message>
    <message>
        <source>%1 %2 is %3, not Hold: only a Hold memo is edited. Cancel it instead; it is then closed by a reversing document.</source>
        <translation>%1 %2 ist %3, nicht Hold: nur ein Beleg im Status Hold wird geändert. Stornieren Sie ihn stattdessen; er wird dann durch einen Gegenbeleg geschlossen.</translation>
    </message>
    <message>
        <source>%1 is a %2 of customer %3; its type and customer stay. Delete it and create a new one instead.</source>
        <translation>%1 ist ein(e) %2 von Kunde %3; Art und Kunde bleiben. Löschen Sie ihn und legen Sie stattdessen einen neuen an.</translation>
    </message>
    <message>
        <source>%1: a memo cannot adjust itself; pick a statement or another memo.</source>
        <translation>%1: ein Beleg kann nicht sich selbst berichtigen; wählen Sie eine Abrechnung oder einen anderen Beleg.</translation>
    </message>
    <message>
        <source>saving the memo</source>
        <translation>Speichern des Belegs</translation>
    </message>
    <message>
        <source>%1 was released or deleted by someone else meanwhile; nothing was changed.</source>
        <translation>%1 wurde inzwischen von jemand anderem freigegeben oder gelöscht; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>saving the memo&apos;s lines</source>
        <translation>Speichern der Belegzeilen</translation>
    </message>
    <message>
        <source>%1 writes statements only.</source>
        <translation>%1 schreibt nur Abrechnungen.</translation>
    </message>
</context>
<context>
    <name>bursar::core::AuditChain</name>
    <message>
        <source>reading the audit log&apos;s chain</source>
        <translation>beim Lesen der Kette des Prüfprotokolls</translation>
    </message>
    <message>
        <source>The head of the audit log&apos;s chain (table audit_chain) is missing: the database was changed outside Bursar. Restore it from a backup.</source>
        <translation>Der Kopf der Kette des Prüfprotokolls (Tabelle audit_chain) fehlt: Die Datenbank wurde außerhalb von Bursar geändert. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>writing the audit log&apos;s chain</source>
        <translation>beim Schreiben der Kette des Prüfprotokolls</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Das Prüfprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>beim Lesen des Prüfprotokolls</translation>
    </message>
    <message>
        <source>it has no hash, so it was not written by Bursar</source>
        <translation>sie hat keinen Hash, wurde also nicht von Bursar geschrieben</translation>
    </message>
    <message>
        <source>it comes after the chain&apos;s last row (%1), so it was added behind Bursar&apos;s back</source>
        <translation>sie folgt auf die letzte Zeile der Kette (%1), wurde also hinter Bursars Rücken hinzugefügt</translation>
    </message>
    <message>
        <source>it should be the first row of the chain but follows a row that is no longer there: rows before it were removed</source>
        <translation>sie sollte die erste Zeile der Kette sein, folgt aber einer Zeile, die nicht mehr da ist: Zeilen davor wurden entfernt</translation>
    </message>
    <message>
        <source>it does not follow row %1: row %1 was changed, or a row between them was removed</source>
        <translation>sie folgt nicht auf Zeile %1: Zeile %1 wurde geändert, oder eine Zeile dazwischen wurde entfernt</translation>
    </message>
    <message>
        <source>its columns are not what was written: it was changed after it was written</source>
        <translation>ihre Spalten sind nicht, was geschrieben wurde: sie wurde nachträglich geändert</translation>
    </message>
    <message>
        <source>the chain ends at row %1 with %2 rows, but the log ends at row %3 with %4: rows at the end were removed</source>
        <translation>die Kette endet bei Zeile %1 mit %2 Zeilen, das Protokoll aber bei Zeile %3 mit %4: Zeilen am Ende wurden entfernt</translation>
    </message>
</context>
<context>
    <name>bursar::core::BillingReportBuilder</name>
    <message>
        <source>Pricebook %1, override for %2: %3 (from %4)</source>
        <translation>Preisliste %1, Abweichung für %2: %3 (ab %4)</translation>
    </message>
    <message>
        <source>Pricebook %1: %2</source>
        <translation>Preisliste %1: %2</translation>
    </message>
    <message>
        <source>Pricebook %1: %2 (from %3)</source>
        <translation>Preisliste %1: %2 (ab %3)</translation>
    </message>
    <message>
        <source>%1: %2 (from %3)</source>
        <translation>%1: %2 (ab %3)</translation>
    </message>
    <message>
        <source>A period is written YYYY-MM, for example 2026-09; “%1” to “%2” is not.</source>
        <translation>Eine Periode schreibt man JJJJ-MM, zum Beispiel 2026-09; „%1“ bis „%2“ ist keine.</translation>
    </message>
    <message>
        <source>The range starts (%1) after it ends (%2).</source>
        <translation>Der Zeitraum beginnt (%1) nach seinem Ende (%2).</translation>
    </message>
    <message>
        <source>reading pricebooks</source>
        <translation>beim Lesen der Preislisten</translation>
    </message>
    <message>
        <source>reading pricebook rules</source>
        <translation>beim Lesen der Preislistenregeln</translation>
    </message>
    <message>
        <source>reading Cloud Provider settings</source>
        <translation>beim Lesen der Cloud-Provider-Einstellungen</translation>
    </message>
    <message>
        <source>The customer with ID %1 does not have a pricebook for %2: set it in Customers &gt; %1 &gt; Cloud Billing &gt; Cloud Providers.</source>
        <translation>Der Kunde mit der ID %1 hat keine Preisliste für %2: legen Sie sie unter Kunden &gt; %1 &gt; Cloud Billing &gt; Cloud-Provider fest.</translation>
    </message>
    <message>
        <source>The customer with ID %1 does not have the currency %2 enabled: set the Invoice Currency in Customers &gt; %1 &gt; Cloud Billing &gt; Cloud Providers.</source>
        <translation>Der Kunde mit der ID %1 hat die Währung %2 nicht aktiviert: legen Sie die Rechnungswährung unter Kunden &gt; %1 &gt; Cloud Billing &gt; Cloud-Provider fest.</translation>
    </message>
    <message>
        <source>%1 is disabled for the customer with ID %2.</source>
        <translation>%1 ist für den Kunden mit der ID %2 deaktiviert.</translation>
    </message>
    <message>
        <source>Marketplace: passed through at cost</source>
        <translation>Marketplace: zum Einstandspreis weiterberechnet</translation>
    </message>
    <message>
        <source>No pricebook</source>
        <translation>Keine Preisliste</translation>
    </message>
    <message>
        <source>reading vendor accounts</source>
        <translation>beim Lesen der Herstellerkonten</translation>
    </message>
    <message>
        <source>reading usage totals</source>
        <translation>beim Lesen der Verbrauchssummen</translation>
    </message>
    <message>
        <source>The pricebook “%1” has no rule for %2 yet: its first rule starts later.</source>
        <translation>Die Preisliste „%1“ hat noch keine Regel für %2: ihre erste Regel beginnt später.</translation>
    </message>
    <message>
        <source>Support plan %1: %2% of usage, minimum %3 %4 applied</source>
        <translation>Supportplan %1: %2 % des Verbrauchs, Mindestbetrag %3 %4 angewandt</translation>
    </message>
    <message>
        <source>Support plan %1: %2% of usage</source>
        <translation>Supportplan %1: %2 % des Verbrauchs</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Custom charge, monthly</source>
        <translation>Zusatzgebühr, monatlich</translation>
    </message>
    <message>
        <source>Custom charges</source>
        <translation>Zusatzgebühren</translation>
    </message>
    <message>
        <source>reading customers</source>
        <translation>beim Lesen der Kunden</translation>
    </message>
    <message>
        <source>reading usage lines</source>
        <translation>beim Lesen der Verbrauchszeilen</translation>
    </message>
    <message>
        <source>reading statements</source>
        <translation>beim Lesen der Abrechnungen</translation>
    </message>
    <message>
        <source>reading the statements of the range</source>
        <translation>beim Lesen der Abrechnungen des Zeitraums</translation>
    </message>
</context>
<context>
    <name>bursar::core::BillingRun</name>
    <message>
        <source>The customer with ID %1 does not have the currency %2 enabled: set the Invoice Currency in Customers &gt; %1 &gt; Cloud Billing &gt; Cloud Providers.</source>
        <translation>Der Kunde mit der ID %1 hat die Währung %2 nicht aktiviert: legen Sie die Rechnungswährung unter Kunden &gt; %1 &gt; Cloud Billing &gt; Cloud-Provider fest.</translation>
    </message>
    <message>
        <source>The customer with ID %1 does not have the currency %2 enabled: its %3 invoice currency is %4, and Settings &gt; Exchange Rates has no %2 → %4 rate on or before %5. Add the rate, or set the Invoice Currency to %2 in Customers &gt; %1 &gt; Cloud Billing &gt; Cloud Providers.</source>
        <translation>Der Kunde mit der ID %1 hat die Währung %2 nicht aktiviert: seine %3-Rechnungswährung ist %4, und unter Einstellungen &gt; Wechselkurse gibt es keinen Kurs %2 → %4 am oder vor dem %5. Legen Sie den Kurs an, oder setzen Sie die Rechnungswährung unter Kunden &gt; %1 &gt; Cloud Billing &gt; Cloud-Provider auf %2.</translation>
    </message>
    <message>
        <source>; converted from %1 at %2 (%3%4)</source>
        <translation>; umgerechnet aus %1 zum Kurs %2 (%3%4)</translation>
    </message>
    <message>
        <source>, the inverse of the %1 → %2 rate</source>
        <translation>, der Kehrwert des Kurses %1 → %2</translation>
    </message>
    <message>
        <source>The customer with ID %1 has net %2 charges of %3 %4 for %5 (refunds exceed the usage); a statement never goes below 0.00. Add the amount as a credit on the customer&apos;s profile instead.</source>
        <translation>Der Kunde mit der ID %1 hat für %5 Netto-%2-Kosten von %3 %4 (die Erstattungen übersteigen den Verbrauch); eine Abrechnung wird nie negativ. Legen Sie den Betrag stattdessen als Gutschrift im Kundenprofil an.</translation>
    </message>
    <message>
        <source>The customer with ID %1: the statement&apos;s amounts exceed Bursar&apos;s range.</source>
        <translation>Der Kunde mit der ID %1: die Beträge der Abrechnung überschreiten den Wertebereich von Bursar.</translation>
    </message>
    <message>
        <source>generate statements</source>
        <translation>Abrechnungen erzeugen</translation>
    </message>
    <message>
        <source>A billing period is written YYYY-MM, for example 2026-09, not “%1”.</source>
        <translation>Eine Abrechnungsperiode wird JJJJ-MM geschrieben, zum Beispiel 2026-09, nicht „%1“.</translation>
    </message>
    <message>
        <source>No customers are selected: tick the customers to bill in the report, or use Select All.</source>
        <translation>Keine Kunden ausgewählt: haken Sie die abzurechnenden Kunden im Bericht an, oder verwenden Sie Alle auswählen.</translation>
    </message>
    <message>
        <source>reading customers</source>
        <translation>beim Lesen der Kunden</translation>
    </message>
    <message>
        <source>reading subscriptions</source>
        <translation>beim Lesen der Abonnements</translation>
    </message>
    <message>
        <source>reading billing profiles</source>
        <translation>beim Lesen der Rechnungsprofile</translation>
    </message>
    <message>
        <source>reading Cloud Provider settings</source>
        <translation>beim Lesen der Cloud-Provider-Einstellungen</translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation>Entwurf %1</translation>
    </message>
    <message>
        <source>reading statements</source>
        <translation>beim Lesen der Abrechnungen</translation>
    </message>
    <message>
        <source>The customer with ID %1 has no %2 charges for %3; there is nothing to bill.</source>
        <translation>Der Kunde mit der ID %1 hat keine %2-Kosten für %3; es gibt nichts abzurechnen.</translation>
    </message>
    <message>
        <source>There is no customer with ID %1.</source>
        <translation>Es gibt keinen Kunden mit der ID %1.</translation>
    </message>
    <message>
        <source>recording the billing run</source>
        <translation>beim Festhalten des Abrechnungslaufs</translation>
    </message>
    <message>
        <source>reading credits</source>
        <translation>beim Lesen der Gutschriften</translation>
    </message>
    <message>
        <source>numbering the statements</source>
        <translation>beim Nummerieren der Abrechnungen</translation>
    </message>
    <message>
        <source>The statement IDs could not be taken; try again.</source>
        <translation>Die Abrechnungs-IDs konnten nicht vergeben werden; versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The statement for the customer with ID %1 could not be saved: %2</source>
        <translation>Die Abrechnung für den Kunden mit der ID %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Statement %1 for the customer with ID %2, %3 %4, in %5; pricebook %6.</source>
        <translation>Abrechnung %1 für den Kunden mit der ID %2, %3 %4, in %5; Preisliste %6.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Switches: Apply Credits %1, Include Tax %2, Include Marketplace Fees %3, Use Credits for Marketplace Fees %4.</source>
        <translation>Schalter: Gutschriften anrechnen %1, Steuer einschließen %2, Marketplace-Gebühren einschließen %3, Gutschriften für Marketplace-Gebühren verwenden %4.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Line %1, %2 / %3: vendor cost %4 %5 → price %6 %7 (%8).</source>
        <translation>Zeile %1, %2 / %3: Herstellerkosten %4 %5 → Preis %6 %7 (%8).</translation>
    </message>
    <message>
        <source>Exchange rate: 1 %1 = %2 %3, dated %4.</source>
        <translation>Wechselkurs: 1 %1 = %2 %3, vom %4.</translation>
    </message>
    <message>
        <source>Charges %1 at full precision, %2 in %3 units (half-up).</source>
        <translation>Kosten %1 in voller Genauigkeit, %2 in %3-Einheiten (kaufmännisch gerundet).</translation>
    </message>
    <message>
        <source>%1 %2%3: %4 %5 for account %6 (%7).</source>
        <translation>%1 %2%3: %4 %5 für Konto %6 (%7).</translation>
    </message>
    <message>
        <source>, expires %1</source>
        <translation>, läuft ab am %1</translation>
    </message>
    <message>
        <source>, no expiry</source>
        <translation>, ohne Ablauf</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>no comment</source>
        <translation>kein Kommentar</translation>
    </message>
    <message>
        <source>Credits applied: %1 (earliest expiry first, then oldest; never below 0.00).</source>
        <translation>Angerechnete Gutschriften: %1 (das früheste Ablaufdatum zuerst, dann die älteste; nie unter 0.00).</translation>
    </message>
    <message>
        <source>Marketplace fees %1 at cost (0 margin), marketplace credit %2.</source>
        <translation>Marketplace-Gebühren %1 zum Einstandspreis (0 Marge), Marketplace-Gutschrift %2.</translation>
    </message>
    <message>
        <source>Marketplace fees not billed on this statement.</source>
        <translation>Marketplace-Gebühren werden auf dieser Abrechnung nicht berechnet.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4%5, rate from %6) = %7.</source>
        <translation>%1: %2 von %3 (%4%5, Satz ab %6) = %7.</translation>
    </message>
    <message>
        <source>No tax rate applies to region “%1”, state “%2”.</source>
        <translation>Für Region „%1“, Bundesland „%2“ gilt kein Steuersatz.</translation>
    </message>
    <message>
        <source>Rounding to %1 units: %2.</source>
        <translation>Rundung auf %1-Einheiten: %2.</translation>
    </message>
    <message>
        <source>Total %1 = charges %2 + credits %3 + marketplace %4 + marketplace credit %5 + tax %6.</source>
        <translation>Summe %1 = Kosten %2 + Gutschriften %3 + Marketplace %4 + Marketplace-Gutschrift %5 + Steuer %6.</translation>
    </message>
    <message>
        <source>reading the last billing run</source>
        <translation>beim Lesen des letzten Abrechnungslaufs</translation>
    </message>
    <message>
        <source>reading the period&apos;s statements</source>
        <translation>beim Lesen der Abrechnungen des Zeitraums</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) of %1 %2 were made with tax; this run makes its statements without tax. Switch on Include Tax to bill the period the same way.</source>
        <translation>
            <numerusform>%n Abrechnung von %1 %2 wurde mit Steuer erstellt; dieser Lauf erstellt seine Abrechnungen ohne Steuer. Schalten Sie „Steuer einbeziehen“ ein, um den Zeitraum gleich abzurechnen.</numerusform>
            <numerusform>%n Abrechnungen von %1 %2 wurden mit Steuer erstellt; dieser Lauf erstellt seine Abrechnungen ohne Steuer. Schalten Sie „Steuer einbeziehen“ ein, um den Zeitraum gleich abzurechnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) of %1 %2 were made without tax; this run adds tax to its statements.</source>
        <translation>
            <numerusform>%n Abrechnung von %1 %2 wurde ohne Steuer erstellt; dieser Lauf berechnet auf seine Abrechnungen Steuer.</numerusform>
            <numerusform>%n Abrechnungen von %1 %2 wurden ohne Steuer erstellt; dieser Lauf berechnet auf seine Abrechnungen Steuer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer with ID %1 already has a statement of its %2 usage for %3 (%4); delete the draft to generate it again.</source>
        <translation>Der Kunde mit der ID %1 hat schon eine %2-Abrechnung für %3 (%4); löschen Sie den Entwurf, um sie neu zu erzeugen.</translation>
    </message>
</context>
<context>
    <name>bursar::core::BulkInsert</name>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>An amount for %1.%2 is out of range (more than 20 digits before the decimal point) and cannot be stored exactly; nothing was written. Check the amounts that add up to it.</source>
        <translation>Ein Betrag für %1.%2 liegt außerhalb des Bereichs (mehr als 20 Stellen vor dem Komma) und kann nicht exakt gespeichert werden; nichts wurde geschrieben. Prüfen Sie die Beträge, die ihn ergeben.</translation>
    </message>
    <message>
        <source>Writing %1 failed: the PostgreSQL connection is not open.</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen: Die PostgreSQL-Verbindung ist nicht offen.</translation>
    </message>
    <message>
        <source>Writing %1 failed: this build has no COPY.</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen: Dieser Build kann kein COPY.</translation>
    </message>
</context>
<context>
    <name>bursar::core::CreditService</name>
    <message>
        <source>Credit</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Marketplace credit</source>
        <translation>Marketplace-Gutschrift</translation>
    </message>
    <message>
        <source>Type the credit amount, for example 250.00.</source>
        <translation>Geben Sie den Betrag der Gutschrift ein, zum Beispiel 250.00.</translation>
    </message>
    <message>
        <source>Type the credit amount without a minus sign (“%1”): Bursar stores every credit as a negative amount itself.</source>
        <translation>Geben Sie den Betrag der Gutschrift ohne Minuszeichen ein („%1“): Bursar speichert jede Gutschrift selbst als negativen Betrag.</translation>
    </message>
    <message>
        <source>Type the credit amount without a sign, for example 250.00, not “%1”.</source>
        <translation>Geben Sie den Betrag der Gutschrift ohne Vorzeichen ein, zum Beispiel 250.00, nicht „%1“.</translation>
    </message>
    <message>
        <source>The credit amount “%1” is not a number: %2</source>
        <translation>Der Betrag der Gutschrift „%1“ ist keine Zahl: %2</translation>
    </message>
    <message>
        <source>A credit of %1 credits nothing; type the amount the customer is owed.</source>
        <translation>Eine Gutschrift über %1 schreibt nichts gut; geben Sie den Betrag ein, der dem Kunden zusteht.</translation>
    </message>
    <message>
        <source>%1 has no decimals; type the credit amount as a whole number, not “%2”.</source>
        <translation>%1 hat keine Nachkommastellen; geben Sie den Betrag als ganze Zahl ein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 has %2 decimals; “%3” has %4. Type at most %2 decimals.</source>
        <translation>%1 hat %2 Nachkommastellen; „%3“ hat %4. Geben Sie höchstens %2 Nachkommastellen ein.</translation>
    </message>
    <message>
        <source>The credit amount %1 is not below 1,000,000,000,000; check the amount.</source>
        <translation>Der Betrag %1 ist nicht kleiner als 1,000,000,000,000; prüfen Sie den Betrag.</translation>
    </message>
    <message>
        <source>Credits are applied when statements are generated with Apply Credits, for the same vendor and currency only: the credit that expires first is used first, credits without an expiry date last, and among equals the oldest first. A statement never goes below 0.00; what is left carries over to the next cycle.</source>
        <translation>Gutschriften werden angerechnet, wenn Abrechnungen mit „Gutschriften anrechnen“ erzeugt werden, und nur für denselben Hersteller und dieselbe Währung: die Gutschrift, die zuerst abläuft, wird zuerst verwendet, Gutschriften ohne Ablaufdatum zuletzt, und unter Gleichen die älteste zuerst. Eine Abrechnung wird nie negativ; der Rest wird in den nächsten Zeitraum übertragen.</translation>
    </message>
    <message>
        <source>reading credits</source>
        <translation>beim Lesen der Gutschriften</translation>
    </message>
    <message>
        <source>reading credit applications</source>
        <translation>beim Lesen der Anrechnungen</translation>
    </message>
    <message>
        <source>add credits</source>
        <translation>Gutschriften anlegen</translation>
    </message>
    <message>
        <source>Credit for customer %1</source>
        <translation>Gutschrift für Kunde %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: Azure Marketplace fees are not billed by Bursar, so a Microsoft marketplace credit could never be used. Add it as a credit instead.</source>
        <translation>%1: Azure-Marketplace-Gebühren rechnet Bursar nicht ab, eine Microsoft-Marketplace-Gutschrift könnte also nie verwendet werden. Legen Sie sie stattdessen als Gutschrift an.</translation>
    </message>
    <message>
        <source>%1: the comment has %2 characters; at most 500 are kept.</source>
        <translation>%1: der Kommentar hat %2 Zeichen; höchstens 500 werden gespeichert.</translation>
    </message>
    <message>
        <source>reading the customer</source>
        <translation>beim Lesen des Kunden</translation>
    </message>
    <message>
        <source>There is no customer with ID %1.</source>
        <translation>Es gibt keinen Kunden mit der ID %1.</translation>
    </message>
    <message>
        <source>%1: there is no credit %2 to correct.</source>
        <translation>%1: es gibt keine Gutschrift %2, die berichtigt werden könnte.</translation>
    </message>
    <message>
        <source>%1: credit %2 is for customer %3, %4, %5; a correction is for the same customer, vendor and currency.</source>
        <translation>%1: Gutschrift %2 gehört zu Kunde %3, %4, %5; eine Berichtigung gilt für denselben Kunden, Hersteller und dieselbe Währung.</translation>
    </message>
    <message>
        <source>adding the credit</source>
        <translation>beim Anlegen der Gutschrift</translation>
    </message>
    <message>
        <source>void credits</source>
        <translation>Gutschriften stornieren</translation>
    </message>
    <message>
        <source>Credit %1: say why it is voided (the reason is kept with it).</source>
        <translation>Gutschrift %1: sagen Sie, warum sie storniert wird (der Grund wird mit ihr gespeichert).</translation>
    </message>
    <message>
        <source>There is no credit %1.</source>
        <translation>Es gibt keine Gutschrift %1.</translation>
    </message>
    <message>
        <source>Credit %1 was voided already, on %2 by %3.</source>
        <translation>Gutschrift %1 wurde schon storniert, am %2 von %3.</translation>
    </message>
    <message>
        <source>Credit %1 has been applied (%2 %3), so it never changes: add a correcting credit instead.</source>
        <translation>Gutschrift %1 wurde angerechnet (%2 %3) und ändert sich daher nie: legen Sie stattdessen eine berichtigende Gutschrift an.</translation>
    </message>
    <message>
        <source>voiding the credit</source>
        <translation>beim Stornieren der Gutschrift</translation>
    </message>
    <message>
        <source>reading the credits</source>
        <translation>beim Lesen der Gutschriften</translation>
    </message>
    <message>
        <source>%1: this vendor credit (%2) was issued already as credit %3; void that credit first to issue it again.</source>
        <translation>%1: Diese Anbietergutschrift (%2) wurde bereits als Gutschrift %3 ausgegeben; stornieren Sie zuerst diese Gutschrift, um sie erneut auszugeben.</translation>
    </message>
    <message>
        <source>The %1 credit on account %2 (%3, %4)</source>
        <translation>Die %1-Gutschrift auf Konto %2 (%3, %4)</translation>
    </message>
    <message>
        <source>%1 has no customer: map the account to one in Usage &gt; Unmapped Accounts, then issue its credit.</source>
        <translation>%1 hat keinen Kunden: Ordnen Sie das Konto unter Verbrauch &gt; Nicht zugeordnete Konten einem Kunden zu und geben Sie dann die Gutschrift aus.</translation>
    </message>
    <message>
        <source>%1 was issued already as credit %2; void that credit first to issue it again.</source>
        <translation>%1 wurde bereits als Gutschrift %2 ausgegeben; stornieren Sie zuerst diese Gutschrift, um sie erneut auszugeben.</translation>
    </message>
    <message>
        <source>%1 is %2 %3: rounded to the currency&apos;s units there is nothing to pass on.</source>
        <translation>%1 beträgt %2 %3: auf die Einheiten der Währung gerundet bleibt nichts weiterzugeben.</translation>
    </message>
    <message>
        <source>%1 is %2 %3, not a credit: only a negative amount is passed on as a customer credit.</source>
        <translation>%1 beträgt %2 %3 und ist keine Gutschrift: Nur ein negativer Betrag wird als Kundengutschrift weitergegeben.</translation>
    </message>
    <message>
        <source>Vendor credit: %1, account %2, %3</source>
        <translation>Anbietergutschrift: %1, Konto %2, %3</translation>
    </message>
    <message>
        <source>issue credits</source>
        <translation>Gutschriften auszugeben</translation>
    </message>
    <message>
        <source>Select the vendor credits to issue as customer credits.</source>
        <translation>Wählen Sie die Anbietergutschriften aus, die als Kundengutschriften ausgegeben werden sollen.</translation>
    </message>
</context>
<context>
    <name>bursar::core::CsvReader</name>
    <message>
        <source>The file is UTF-16 text; export it as UTF-8 (with or without BOM) and import again.</source>
        <translation>Die Datei ist UTF-16-Text; exportieren Sie sie als UTF-8 (mit oder ohne BOM) und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>The file ends inside a quoted field that starts on line %1; the file is probably truncated. Export it again.</source>
        <translation>Die Datei endet in einem Feld in Anführungszeichen, das in Zeile %1 beginnt; die Datei ist wahrscheinlich abgeschnitten. Exportieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Line %1, column %2: a quoted field must end at its closing quote, but “%3” follows it. Quotes inside a field are written twice (&quot;&quot;).</source>
        <translation>Zeile %1, Spalte %2: ein Feld in Anführungszeichen muss mit dem schließenden Anführungszeichen enden, aber „%3“ folgt darauf. Anführungszeichen im Feld werden doppelt geschrieben (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1, column %2: a quote inside a field that does not start with one. Quote the whole field and write inner quotes twice (&quot;&quot;).</source>
        <translation>Zeile %1, Spalte %2: ein Anführungszeichen in einem Feld, das nicht mit einem beginnt. Setzen Sie das ganze Feld in Anführungszeichen und schreiben Sie innere doppelt (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 MiB; this is not a usage export Bursar can read (wrong file, or a damaged one).</source>
        <translation>Zeile %1 ist länger als %2 MiB; das ist kein Verbrauchsexport, den Bursar lesen kann (falsche oder beschädigte Datei).</translation>
    </message>
    <message>
        <source>Line %1, column %2 is not UTF-8 text; export the file as UTF-8 and import again.</source>
        <translation>Zeile %1, Spalte %2 ist kein UTF-8-Text; exportieren Sie die Datei als UTF-8 und importieren Sie erneut.</translation>
    </message>
</context>
<context>
    <name>bursar::core::CurMapper</name>
    <message>
        <source>“%1” is not a line item type Bursar knows (Usage, DiscountedUsage, SavingsPlanCoveredUsage, Fee, RIFee, Tax, Credit, Refund, discounts).</source>
        <translation>„%1“ ist keine Positionsart, die Bursar kennt (Usage, DiscountedUsage, SavingsPlanCoveredUsage, Fee, RIFee, Tax, Credit, Refund, Rabatte).</translation>
    </message>
</context>
<context>
    <name>bursar::core::CustomerQuery</name>
    <message>
        <source>counting customers</source>
        <translation>beim Zählen der Kunden</translation>
    </message>
    <message>
        <source>reading customers</source>
        <translation>beim Lesen der Kunden</translation>
    </message>
</context>
<context>
    <name>bursar::core::CustomerService</name>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>%1: %2 is %3 characters long; shorten it to at most %4.</source>
        <translation>%1: %2 ist %3 Zeichen lang; kürzen Sie auf höchstens %4.</translation>
    </message>
    <message>
        <source>%1: “%2” is not an email address; type it as name@example.com or leave it empty.</source>
        <translation>%1: „%2“ ist keine E-Mail-Adresse; geben Sie sie als name@example.com ein oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>%1: the phone number “%2” may hold digits, spaces and + ( ) - . / only.</source>
        <translation>%1: Die Telefonnummer „%2“ darf nur Ziffern, Leerzeichen und + ( ) - . / enthalten.</translation>
    </message>
    <message>
        <source>the contact name</source>
        <translation>der Kontaktname</translation>
    </message>
    <message>
        <source>the email</source>
        <translation>die E-Mail</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>die Telefonnummer</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>die Adresse</translation>
    </message>
    <message>
        <source>the second address line</source>
        <translation>die zweite Adresszeile</translation>
    </message>
    <message>
        <source>the city</source>
        <translation>der Ort</translation>
    </message>
    <message>
        <source>the postal code</source>
        <translation>die Postleitzahl</translation>
    </message>
    <message>
        <source>the country</source>
        <translation>das Land</translation>
    </message>
    <message>
        <source>Type at least the last four characters of the card or account number.</source>
        <translation>Geben Sie mindestens die letzten vier Zeichen der Karten- oder Kontonummer ein.</translation>
    </message>
    <message>
        <source>A card reference holds digits only, for example 4242 or the full number; Bursar keeps only the last four digits.</source>
        <translation>Eine Kartenreferenz enthält nur Ziffern, zum Beispiel 4242 oder die ganze Nummer; Bursar behält nur die letzten vier Ziffern.</translation>
    </message>
    <message>
        <source>reading tenants</source>
        <translation>beim Lesen der Mandanten</translation>
    </message>
    <message>
        <source>New tenant: the name is empty; type the tenant&apos;s name.</source>
        <translation>Neuer Mandant: Der Name ist leer; geben Sie den Namen des Mandanten ein.</translation>
    </message>
    <message>
        <source>Tenant “%1”: a distributor is the top of the tree and has no parent.</source>
        <translation>Mandant „%1“: Ein Distributor steht an der Spitze des Baums und hat keinen übergeordneten Mandanten.</translation>
    </message>
    <message>
        <source>Tenant “%1”: a partner belongs to a distributor or partner; choose its parent.</source>
        <translation>Mandant „%1“: Ein Partner gehört zu einem Distributor oder Partner; wählen Sie den übergeordneten Mandanten.</translation>
    </message>
    <message>
        <source>Tenant “%1”: the parent tenant %2 does not exist.</source>
        <translation>Mandant „%1“: Der übergeordnete Mandant %2 existiert nicht.</translation>
    </message>
    <message>
        <source>adding a tenant</source>
        <translation>beim Anlegen eines Mandanten</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distributor</translation>
    </message>
    <message>
        <source>Tenant %1: the name is empty; type the tenant&apos;s name.</source>
        <translation>Mandant %1: Der Name ist leer; geben Sie den Namen des Mandanten ein.</translation>
    </message>
    <message>
        <source>Tenant %1: the name is longer than 200 characters; shorten it.</source>
        <translation>Mandant %1: Der Name ist länger als 200 Zeichen; kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>renaming the tenant</source>
        <translation>beim Umbenennen des Mandanten</translation>
    </message>
    <message>
        <source>Tenant %1 does not exist; reload the list.</source>
        <translation>Mandant %1 existiert nicht; laden Sie die Liste neu.</translation>
    </message>
    <message>
        <source>counting customers</source>
        <translation>beim Zählen der Kunden</translation>
    </message>
    <message>
        <source>%1: the name is empty; type the customer&apos;s name.</source>
        <translation>%1: Der Name ist leer; geben Sie den Namen des Kunden ein.</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>der Name</translation>
    </message>
    <message>
        <source>the region</source>
        <translation>die Region</translation>
    </message>
    <message>
        <source>the state or province</source>
        <translation>der Bundesstaat oder die Provinz</translation>
    </message>
    <message>
        <source>%1: payment terms of %2 days are out of range; use 0 to 365 days.</source>
        <translation>%1: Ein Zahlungsziel von %2 Tagen liegt außerhalb des Bereichs; verwenden Sie 0 bis 365 Tage.</translation>
    </message>
    <message>
        <source>%1: the tenant %2 does not exist; choose an existing partner or distributor.</source>
        <translation>%1: Der Mandant %2 existiert nicht; wählen Sie einen vorhandenen Partner oder Distributor.</translation>
    </message>
    <message>
        <source>reading a customer</source>
        <translation>beim Lesen eines Kunden</translation>
    </message>
    <message>
        <source>There is no customer with ID %1; check the number in the Customers list.</source>
        <translation>Es gibt keinen Kunden mit der ID %1; prüfen Sie die Nummer in der Kundenliste.</translation>
    </message>
    <message>
        <source>numbering the customer</source>
        <translation>beim Nummerieren des Kunden</translation>
    </message>
    <message>
        <source>adding the customer</source>
        <translation>beim Anlegen des Kunden</translation>
    </message>
    <message>
        <source>saving the customer</source>
        <translation>beim Speichern des Kunden</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 after you opened it; reload it and make your change again.</source>
        <translation>%1 wurde von %2 um %3 geändert, nachdem Sie ihn geöffnet haben; laden Sie neu und nehmen Sie Ihre Änderung erneut vor.</translation>
    </message>
    <message>
        <source>reading customers</source>
        <translation>beim Lesen der Kunden</translation>
    </message>
    <message>
        <source>reading cloud providers</source>
        <translation>beim Lesen der Cloud-Anbieter</translation>
    </message>
    <message>
        <source>%1, %2: choose an invoice currency before enabling the vendor.</source>
        <translation>%1, %2: Wählen Sie eine Rechnungswährung, bevor Sie den Anbieter aktivieren.</translation>
    </message>
    <message>
        <source>saving the cloud provider</source>
        <translation>beim Speichern des Cloud-Anbieters</translation>
    </message>
    <message>
        <source>reading vendor accounts</source>
        <translation>beim Lesen der Anbieterkonten</translation>
    </message>
    <message>
        <source>%1: the %2 account is empty; type the account or subscription ID.</source>
        <translation>%1: Das %2-Konto ist leer; geben Sie die Konto- oder Abonnement-ID ein.</translation>
    </message>
    <message>
        <source>%1: the account ID is %2 characters long; at most 256 are allowed.</source>
        <translation>%1: Die Konto-ID ist %2 Zeichen lang; höchstens 256 sind erlaubt.</translation>
    </message>
    <message>
        <source>%1: the account ID “%2” contains a space; vendor account IDs have none.</source>
        <translation>%1: Die Konto-ID „%2“ enthält ein Leerzeichen; Anbieterkonto-IDs haben keine.</translation>
    </message>
    <message>
        <source>The %1 account %2 is already mapped to customer %3; unmap it there first.</source>
        <translation>Das %1-Konto %2 ist bereits dem Kunden %3 zugeordnet; heben Sie die Zuordnung dort zuerst auf.</translation>
    </message>
    <message>
        <source>mapping the account</source>
        <translation>beim Zuordnen des Kontos</translation>
    </message>
    <message>
        <source>The %1 account %2 is not mapped to any customer.</source>
        <translation>Das %1-Konto %2 ist keinem Kunden zugeordnet.</translation>
    </message>
    <message>
        <source>unmapping the account</source>
        <translation>beim Aufheben der Kontozuordnung</translation>
    </message>
    <message>
        <source>reading payment methods</source>
        <translation>beim Lesen der Zahlungsarten</translation>
    </message>
    <message>
        <source>the holder name</source>
        <translation>der Name des Inhabers</translation>
    </message>
    <message>
        <source>adding the payment method</source>
        <translation>beim Anlegen der Zahlungsart</translation>
    </message>
    <message>
        <source>removing the payment method</source>
        <translation>beim Entfernen der Zahlungsart</translation>
    </message>
    <message>
        <source>Payment method %1 no longer exists; reload the customer.</source>
        <translation>Zahlungsart %1 existiert nicht mehr; laden Sie den Kunden neu.</translation>
    </message>
    <message>
        <source>reading billing profiles</source>
        <translation>beim Lesen der Rechnungsprofile</translation>
    </message>
    <message>
        <source>, billing profile “%1”</source>
        <translation>, Rechnungsprofil „%1“</translation>
    </message>
    <message>
        <source>, new billing profile: the name is empty; type a name such as Head office.</source>
        <translation>, neues Rechnungsprofil: Der Name ist leer; geben Sie einen Namen wie Hauptsitz ein.</translation>
    </message>
    <message>
        <source>%1: the payment method does not belong to this customer; choose one of its own.</source>
        <translation>%1: Die Zahlungsart gehört nicht zu diesem Kunden; wählen Sie eine eigene.</translation>
    </message>
    <message>
        <source>adding the billing profile</source>
        <translation>beim Anlegen des Rechnungsprofils</translation>
    </message>
    <message>
        <source>saving the billing profile</source>
        <translation>beim Speichern des Rechnungsprofils</translation>
    </message>
    <message>
        <source>%1 no longer exists; reload the customer.</source>
        <translation>%1 existiert nicht mehr; laden Sie den Kunden neu.</translation>
    </message>
    <message>
        <source>removing the billing profile</source>
        <translation>beim Entfernen des Rechnungsprofils</translation>
    </message>
    <message>
        <source>Billing profile %1 no longer exists; reload the customer.</source>
        <translation>Rechnungsprofil %1 existiert nicht mehr; laden Sie den Kunden neu.</translation>
    </message>
    <message>
        <source>reading subscriptions</source>
        <translation>beim Lesen der Abonnements</translation>
    </message>
    <message>
        <source>, subscription “%1”</source>
        <translation>, Abonnement „%1“</translation>
    </message>
    <message>
        <source>, new subscription: the name is empty; type the subscription&apos;s name.</source>
        <translation>, neues Abonnement: Der Name ist leer; geben Sie den Namen des Abonnements ein.</translation>
    </message>
    <message>
        <source>%1: the billing profile does not belong to this customer; choose one of its own.</source>
        <translation>%1: Das Rechnungsprofil gehört nicht zu diesem Kunden; wählen Sie ein eigenes.</translation>
    </message>
    <message>
        <source>saving the subscription</source>
        <translation>beim Speichern des Abonnements</translation>
    </message>
    <message>
        <source>adding the subscription</source>
        <translation>beim Anlegen des Abonnements</translation>
    </message>
    <message>
        <source>removing the subscription</source>
        <translation>beim Entfernen des Abonnements</translation>
    </message>
    <message>
        <source>Subscription %1 no longer exists; reload the customer.</source>
        <translation>Abonnement %1 existiert nicht mehr; laden Sie den Kunden neu.</translation>
    </message>
    <message>
        <source>add tenants</source>
        <translation>Mandanten anlegen</translation>
    </message>
    <message>
        <source>rename tenants</source>
        <translation>Mandanten umbenennen</translation>
    </message>
    <message>
        <source>add customers</source>
        <translation>Kunden anlegen</translation>
    </message>
    <message>
        <source>change customers</source>
        <translation>Kunden ändern</translation>
    </message>
    <message>
        <source>change Cloud Providers</source>
        <translation>Cloud-Anbieter ändern</translation>
    </message>
    <message>
        <source>map vendor accounts</source>
        <translation>Anbieterkonten zuordnen</translation>
    </message>
    <message>
        <source>unmap vendor accounts</source>
        <translation>Zuordnungen von Anbieterkonten aufheben</translation>
    </message>
    <message>
        <source>add payment methods</source>
        <translation>Zahlungsarten anlegen</translation>
    </message>
    <message>
        <source>remove payment methods</source>
        <translation>Zahlungsarten entfernen</translation>
    </message>
    <message>
        <source>change billing profiles</source>
        <translation>Rechnungsprofile ändern</translation>
    </message>
    <message>
        <source>remove billing profiles</source>
        <translation>Rechnungsprofile entfernen</translation>
    </message>
    <message>
        <source>change subscriptions</source>
        <translation>Abonnements ändern</translation>
    </message>
    <message>
        <source>remove subscriptions</source>
        <translation>Abonnements entfernen</translation>
    </message>
    <message>
        <source>reading pricebooks</source>
        <translation>beim Lesen der Preislisten</translation>
    </message>
    <message>
        <source>%1, %2: pricebook %3 does not exist.</source>
        <translation>%1, %2: Preisliste %3 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1, %2: the pricebook “%3” prices another vendor&apos;s usage; choose one of %2&apos;s pricebooks.</source>
        <translation>%1, %2: die Preisliste „%3“ gilt für einen anderen Hersteller; wählen Sie eine Preisliste für %2.</translation>
    </message>
</context>
<context>
    <name>bursar::core::Database</name>
    <message>
        <source>Cannot read the database “%1”: %2. Check that the file exists and that you may read it.</source>
        <translation>Die Datenbank „%1“ kann nicht gelesen werden: %2. Prüfen Sie, ob die Datei existiert und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>“%1” is not a Bursar database: it is not a SQLite file. Bursar left it unchanged; open a Bursar database or give a new file name.</source>
        <translation>„%1“ ist keine Bursar-Datenbank: Es ist keine SQLite-Datei. Bursar hat sie nicht verändert; öffnen Sie eine Bursar-Datenbank oder geben Sie einen neuen Dateinamen an.</translation>
    </message>
    <message>
        <source>The database “%1” is damaged and cannot be read (%2). Bursar left it unchanged; restore it from a backup.</source>
        <translation>Die Datenbank „%1“ ist beschädigt und kann nicht gelesen werden (%2). Bursar hat sie nicht verändert; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>“%1” is not a Bursar database: it is a SQLite database of another program. Bursar left it unchanged; open a Bursar database or give a new file name.</source>
        <translation>„%1“ ist keine Bursar-Datenbank: Es ist eine SQLite-Datenbank eines anderen Programms. Bursar hat sie nicht verändert; öffnen Sie eine Bursar-Datenbank oder geben Sie einen neuen Dateinamen an.</translation>
    </message>
    <message>
        <source>its schema table is missing</source>
        <translation>ihre Schematabelle fehlt</translation>
    </message>
    <message>
        <source>No database was given; pass a file path with --database.</source>
        <translation>Es wurde keine Datenbank angegeben; übergeben Sie einen Dateipfad mit --database.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist; create it or choose another place for the database.</source>
        <translation>Der Ordner „%1“ existiert nicht; legen Sie ihn an oder wählen Sie einen anderen Ort für die Datenbank.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file; give a file name such as %2/bursar.sqlite.</source>
        <translation>„%1“ ist ein Ordner, keine Datenbankdatei; geben Sie einen Dateinamen wie %2/bursar.sqlite an.</translation>
    </message>
    <message>
        <source>The database “%1” was written by a newer Bursar (schema %2; this Bursar knows up to %3). Bursar left it unchanged; update Bursar to open it.</source>
        <translation>Die Datenbank „%1“ wurde von einem neueren Bursar geschrieben (Schema %2; dieses Bursar kennt bis %3). Bursar hat sie nicht verändert; aktualisieren Sie Bursar, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Cannot open the database “%1”: %2.</source>
        <translation>Die Datenbank „%1“ kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>Cannot prepare the database “%1” (%2): %3.</source>
        <translation>Die Datenbank „%1“ kann nicht vorbereitet werden (%2): %3.</translation>
    </message>
    <message>
        <source>creating the schema table</source>
        <translation>beim Anlegen der Schematabelle</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>beim Lesen der Schemaversion</translation>
    </message>
    <message>
        <source>Cannot mark the database as Bursar&apos;s: %1</source>
        <translation>Die Datenbank kann nicht als Bursar-Datenbank gekennzeichnet werden: %1</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Migration %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>upgrading the database to schema %1</source>
        <translation>beim Aktualisieren der Datenbank auf Schema %1</translation>
    </message>
    <message>
        <source>recording schema %1</source>
        <translation>beim Vermerken von Schema %1</translation>
    </message>
    <message>
        <source>Cannot start a database transaction: %1</source>
        <translation>Eine Datenbanktransaktion kann nicht begonnen werden: %1</translation>
    </message>
    <message>
        <source>Cannot save the change; nothing was written: %1</source>
        <translation>Die Änderung kann nicht gespeichert werden; nichts wurde geschrieben: %1</translation>
    </message>
    <message>
        <source>checking the database</source>
        <translation>beim Prüfen der Datenbank</translation>
    </message>
    <message>
        <source>The database “%1” is damaged: %2</source>
        <translation>Die Datenbank „%1“ ist beschädigt: %2</translation>
    </message>
    <message>
        <source>working with the database</source>
        <translation>bei der Arbeit mit der Datenbank</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Datenbankfehler %1: %2</translation>
    </message>
    <message>
        <source>writing the audit log</source>
        <translation>beim Schreiben des Prüfprotokolls</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL URL Bursar understands; write it as postgresql://user@host:port/dbname or postgresql://user@/dbname?host=/socket/dir.</source>
        <translation>„%1“ ist keine PostgreSQL-URL, die Bursar versteht; schreiben Sie sie als postgresql://benutzer@host:port/datenbank oder postgresql://benutzer@/datenbank?host=/socket/ordner.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt is not installed; install libqt6sql6-psql (Debian) or the Qt PostgreSQL plugin and try again.</source>
        <translation>Der PostgreSQL-Treiber von Qt ist nicht installiert; installieren Sie libqt6sql6-psql (Debian) oder das Qt-PostgreSQL-Plugin und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database %1: %2. Check the server, the user name and the password (PGPASSWORD or ~/.pgpass).</source>
        <translation>Keine Verbindung zur PostgreSQL-Datenbank %1: %2. Prüfen Sie den Server, den Benutzernamen und das Passwort (PGPASSWORD oder ~/.pgpass).</translation>
    </message>
    <message>
        <source>Cannot read the tables of %1: %2</source>
        <translation>Die Tabellen von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 is not a Bursar database: it holds other tables. Bursar left it unchanged; create an empty database for Bursar.</source>
        <translation>Die PostgreSQL-Datenbank %1 ist keine Bursar-Datenbank: Sie enthält andere Tabellen. Bursar hat sie nicht verändert; legen Sie eine leere Datenbank für Bursar an.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1: %2</source>
        <translation>Die Schemaversion von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot wait for another Bursar to upgrade the database: %1</source>
        <translation>Es kann nicht gewartet werden, bis ein anderes Bursar die Datenbank aktualisiert hat: %1</translation>
    </message>
    <message>
        <source>numbering %1</source>
        <translation>beim Nummerieren von %1</translation>
    </message>
    <message>
        <source>reading privileges</source>
        <translation>beim Lesen der Berechtigungen</translation>
    </message>
    <message>
        <source>reading users</source>
        <translation>beim Lesen der Benutzer</translation>
    </message>
    <message>
        <source>The PostgreSQL login “%1” is not a Bursar user of %2. An administrator can add it: bursar users add --name NAME --login %1 --privileges ...</source>
        <translation>Die PostgreSQL-Anmeldung „%1“ ist kein Bursar-Benutzer von %2. Ein Administrator kann sie hinzufügen: bursar users add --name NAME --login %1 --privileges ...</translation>
    </message>
    <message>
        <source>creating the administrator</source>
        <translation>beim Anlegen des Administrators</translation>
    </message>
    <message>
        <source>There is no Bursar user “%1”; list them with bursar users list.</source>
        <translation>Es gibt keinen Bursar-Benutzer „%1“; listen Sie sie mit bursar users list auf.</translation>
    </message>
    <message>
        <source>%1 may not %2: the privilege %3 is missing. An administrator can grant it in Settings &gt; Users &amp; Privileges.</source>
        <translation>%1 darf nicht %2: Die Berechtigung %3 fehlt. Ein Administrator kann sie unter Einstellungen &gt; Benutzer &amp; Berechtigungen erteilen.</translation>
    </message>
    <message>
        <source>Bursar refused to write an amount that is not a number while %1 (value %2 of the statement); nothing was written.</source>
        <translation>Bursar hat einen Betrag, der keine Zahl ist, nicht geschrieben (%1, Wert %2 der Anweisung); es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cannot upgrade the database to schema %1: table %2 still has “%3”.</source>
        <translation>Die Datenbank kann nicht auf Schema %1 aktualisiert werden: Tabelle %2 enthält noch „%3“.</translation>
    </message>
    <message>
        <source>reading the vendors</source>
        <translation>beim Lesen der Hersteller</translation>
    </message>
    <message>
        <source>reading the schema</source>
        <translation>beim Lesen des Schemas</translation>
    </message>
    <message>
        <source>changing the user</source>
        <translation>beim Wechseln des Benutzers</translation>
    </message>
    <message>
        <source>limiting what %1 sees</source>
        <translation>beim Begrenzen dessen, was %1 sieht</translation>
    </message>
    <message>
        <source>chaining the audit log</source>
        <translation>beim Verketten des Prüfprotokolls</translation>
    </message>
    <message>
        <source>Cannot back up the database before upgrading it to schema %1, so it was left as it is: %2</source>
        <translation>Die Datenbank kann vor der Aktualisierung auf Schema %1 nicht gesichert werden, sie bleibt daher, wie sie ist: %2</translation>
    </message>
</context>
<context>
    <name>bursar::core::DatabaseBackup</name>
    <message>
        <source>Cannot create “%1”: %2. Choose a folder you may write to.</source>
        <translation>„%1“ kann nicht angelegt werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder to upgrade the backup in: %1.</source>
        <translation>Es kann kein temporärer Ordner zum Aktualisieren der Sicherung angelegt werden: %1.</translation>
    </message>
    <message>
        <source>Cannot copy the backup “%1” to upgrade it: %2.</source>
        <translation>Die Sicherung „%1“ kann zum Aktualisieren nicht kopiert werden: %2.</translation>
    </message>
    <message>
        <source>The backup “%1” cannot be brought to this Bursar&apos;s schema: %2 Nothing was changed.</source>
        <translation>Die Sicherung „%1“ kann nicht auf das Schema dieses Bursar gebracht werden: %2 Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The restored table %1 does not match the backup; nothing was restored.</source>
        <translation>Die wiederhergestellte Tabelle %1 stimmt nicht mit der Sicherung überein; nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>The backup&apos;s table %1 refers to a row that is not there; nothing was restored.</source>
        <translation>Die Tabelle %1 der Sicherung verweist auf eine Zeile, die es nicht gibt; nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 is a shared PostgreSQL database: back it up with PostgreSQL&apos;s own tools, which see every desktop&apos;s changes at one moment. For example: pg_dump --format=custom --file=bursar.dump &quot;%1&quot;; restore into a new, empty database with pg_restore --dbname=NEW_URL bursar.dump. Ask the server&apos;s administrator, who may already back it up.</source>
        <translation>%1 ist eine gemeinsame PostgreSQL-Datenbank: Sichern Sie sie mit den Werkzeugen von PostgreSQL, die die Änderungen aller Arbeitsplätze in einem Moment sehen. Zum Beispiel: pg_dump --format=custom --file=bursar.dump &quot;%1&quot;; in eine neue, leere Datenbank wiederherstellen mit pg_restore --dbname=NEW_URL bursar.dump. Fragen Sie den Administrator des Servers, der sie vielleicht schon sichert.</translation>
    </message>
    <message>
        <source>The backup “%1” does not exist.</source>
        <translation>Die Sicherung „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is a folder; choose a backup file.</source>
        <translation>„%1“ ist ein Ordner; wählen Sie eine Sicherungsdatei.</translation>
    </message>
    <message>
        <source>“%1” is not a Bursar database, so it is no backup of one; nothing was changed.</source>
        <translation>„%1“ ist keine Bursar-Datenbank und damit keine Sicherung davon; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The backup “%1” is damaged (%2); nothing was changed. Choose another backup.</source>
        <translation>Die Sicherung „%1“ ist beschädigt (%2); nichts wurde geändert. Wählen Sie eine andere Sicherung.</translation>
    </message>
    <message>
        <source>The backup “%1” has no schema table; nothing was changed.</source>
        <translation>Die Sicherung „%1“ hat keine Schematabelle; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The backup “%1” was written by a newer Bursar (schema %2; this Bursar knows up to %3); nothing was changed. Update Bursar to restore it.</source>
        <translation>Die Sicherung „%1“ wurde von einem neueren Bursar geschrieben (Schema %2; dieses Bursar kennt bis %3); nichts wurde geändert. Aktualisieren Sie Bursar, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>No backup file was given; name a new file, for example %1.</source>
        <translation>Keine Sicherungsdatei angegeben; nennen Sie eine neue Datei, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist; create it or choose another place for the backup.</source>
        <translation>Der Ordner „%1“ existiert nicht; legen Sie ihn an oder wählen Sie einen anderen Ort für die Sicherung.</translation>
    </message>
    <message>
        <source>“%1” is a folder; name a backup file in it, for example %2.</source>
        <translation>„%1“ ist ein Ordner; nennen Sie eine Sicherungsdatei darin, zum Beispiel %2.</translation>
    </message>
    <message>
        <source>“%1” is a database Bursar has open; a backup needs a file of its own.</source>
        <translation>„%1“ ist eine Datenbank, die Bursar geöffnet hat; eine Sicherung braucht eine eigene Datei.</translation>
    </message>
    <message>
        <source>“%1” exists already; choose a new name for the backup, or remove the old file first.</source>
        <translation>„%1“ existiert bereits; wählen Sie einen neuen Namen für die Sicherung oder entfernen Sie zuerst die alte Datei.</translation>
    </message>
    <message>
        <source>backing up the database to %1</source>
        <translation>beim Sichern der Datenbank nach %1</translation>
    </message>
    <message>
        <source>Cannot name the backup “%1”: %2.</source>
        <translation>Die Sicherung kann nicht „%1“ genannt werden: %2.</translation>
    </message>
    <message>
        <source>“%1” is the database itself; choose a backup of it.</source>
        <translation>„%1“ ist die Datenbank selbst; wählen Sie eine Sicherung davon.</translation>
    </message>
    <message>
        <source>Cannot keep the database as it is before restoring: %1 Nothing was changed.</source>
        <translation>Die Datenbank kann vor dem Wiederherstellen nicht, wie sie ist, aufbewahrt werden: %1 Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>restoring the backup %1</source>
        <translation>beim Wiederherstellen der Sicherung %1</translation>
    </message>
    <message>
        <source>The backup “%1” does not hold the tables of this database (schema %2); nothing was changed beyond keeping the database as %3.</source>
        <translation>Die Sicherung „%1“ enthält nicht die Tabellen dieser Datenbank (Schema %2); nichts wurde geändert, außer dass die Datenbank als %3 aufbewahrt wurde.</translation>
    </message>
    <message>
        <source>%1 The database is as it was; it was also kept as %2.</source>
        <translation>%1 Die Datenbank ist, wie sie war; sie wurde außerdem als %2 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>bursar::core::DatabaseCopy</name>
    <message>
        <source>reading %1</source>
        <translation>beim Lesen von %1</translation>
    </message>
    <message>
        <source>%1 has schema %2 and %3 schema %4; open both with this Bursar first.</source>
        <translation>%1 hat Schema %2 und %3 Schema %4; öffnen Sie zuerst beide mit diesem Bursar.</translation>
    </message>
    <message>
        <source>checking the target</source>
        <translation>beim Prüfen des Ziels</translation>
    </message>
    <message>
        <source>The target %1 already holds records (%2 in %3). Bursar copies only into a new, empty database and left this one unchanged.</source>
        <translation>Das Ziel %1 enthält bereits Datensätze (%2 in %3). Bursar kopiert nur in eine neue, leere Datenbank und hat diese nicht verändert.</translation>
    </message>
    <message>
        <source>copying %1</source>
        <translation>beim Kopieren von %1</translation>
    </message>
    <message>
        <source>The copy of %1 does not match the original (%2 rows there, %3 here); nothing was written to %4.</source>
        <translation>Die Kopie von %1 stimmt nicht mit dem Original überein (%2 Zeilen dort, %3 hier); in %4 wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>copy a database into %1</source>
        <translation>eine Datenbank nach %1 kopieren</translation>
    </message>
    <message>
        <source>%1 sees one tenant or customer only and may not copy a database; ask a user of the whole installation.</source>
        <translation>%1 sieht nur einen Mandanten oder Kunden und darf keine Datenbank kopieren; fragen Sie einen Benutzer der ganzen Installation.</translation>
    </message>
</context>
<context>
    <name>bursar::core::DatabaseFiles</name>
    <message>
        <source>“%1” is a file of the Bursar database that is open now; Bursar will not %2, because touching the database&apos;s files from outside the database can lose committed records. Choose another file.</source>
        <translation>„%1“ ist eine Datei der Bursar-Datenbank, die gerade geöffnet ist; Bursar wird %2 nicht, denn wer die Dateien der Datenbank außerhalb der Datenbank anfasst, kann gespeicherte Datensätze verlieren. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>write over it</source>
        <translation>sie überschreiben</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>bursar::core::Decimal</name>
    <message>
        <source>The amount is empty; type a number such as 12.50.</source>
        <translation>Der Betrag ist leer; geben Sie eine Zahl wie 12.50 ein.</translation>
    </message>
    <message>
        <source>“%1” has more than one sign; type at most one leading minus, for example -1.</source>
        <translation>„%1“ hat mehr als ein Vorzeichen; geben Sie höchstens ein führendes Minus ein, zum Beispiel -1.</translation>
    </message>
    <message>
        <source>“%1” has more than one decimal point.</source>
        <translation>„%1“ hat mehr als einen Dezimalpunkt.</translation>
    </message>
    <message>
        <source>“%1” contains a comma: type the decimal separator as a point and no thousands separators, for example 1234.5.</source>
        <translation>„%1“ enthält ein Komma: Geben Sie das Dezimaltrennzeichen als Punkt und keine Tausendertrennzeichen ein, zum Beispiel 1234.5.</translation>
    </message>
    <message>
        <source>“%1” is in exponent notation; type the number in full, for example 1000 instead of 1e3.</source>
        <translation>„%1“ ist in Exponentenschreibweise; geben Sie die Zahl ausgeschrieben ein, zum Beispiel 1000 statt 1e3.</translation>
    </message>
    <message>
        <source>“%1” has a sign in the wrong place; only one leading minus is allowed.</source>
        <translation>„%1“ hat ein Vorzeichen an der falschen Stelle; nur ein führendes Minus ist erlaubt.</translation>
    </message>
    <message>
        <source>“%1” is not a number: only digits, one decimal point and a leading minus are allowed.</source>
        <translation>„%1“ ist keine Zahl: Nur Ziffern, ein Dezimalpunkt und ein führendes Minus sind erlaubt.</translation>
    </message>
    <message>
        <source>“%1” is not a number: it has no digits.</source>
        <translation>„%1“ ist keine Zahl: Sie enthält keine Ziffern.</translation>
    </message>
    <message>
        <source>“%1” has an exponent without digits.</source>
        <translation>„%1“ hat einen Exponenten ohne Ziffern.</translation>
    </message>
    <message>
        <source>“%1” is not a number: the exponent may hold digits only.</source>
        <translation>„%1“ ist keine Zahl: Der Exponent darf nur Ziffern enthalten.</translation>
    </message>
    <message>
        <source>“%1” has an exponent out of range.</source>
        <translation>„%1“ hat einen Exponenten außerhalb des Bereichs.</translation>
    </message>
    <message>
        <source>“%1” has too many digits: at most 38 significant digits, 20 before the point and 18 after.</source>
        <translation>„%1“ hat zu viele Stellen: höchstens 38 signifikante Stellen, 20 vor dem Punkt und 18 danach.</translation>
    </message>
    <message>
        <source>“%1” needs more than 18 decimal places and cannot be held exactly.</source>
        <translation>„%1“ braucht mehr als 18 Nachkommastellen und kann nicht exakt gehalten werden.</translation>
    </message>
    <message>
        <source>“%1” has %2 decimal places; at most 18 are allowed.</source>
        <translation>„%1“ hat %2 Nachkommastellen; höchstens 18 sind erlaubt.</translation>
    </message>
    <message>
        <source>“%1” is too large: at most 20 digits before the decimal point.</source>
        <translation>„%1“ ist zu groß: höchstens 20 Stellen vor dem Dezimalpunkt.</translation>
    </message>
</context>
<context>
    <name>bursar::core::DemoData</name>
    <message>
        <source>The number of demo customers must be between 1 and 10000000; %1 was given.</source>
        <translation>Die Anzahl der Demokunden muss zwischen 1 und 10000000 liegen; angegeben wurde %1.</translation>
    </message>
    <message>
        <source>checking the database</source>
        <translation>beim Prüfen der Datenbank</translation>
    </message>
    <message>
        <source>The database “%1” already holds customers; demo data only goes into an empty database. Give a new file with --database.</source>
        <translation>Die Datenbank „%1“ enthält bereits Kunden; Demodaten kommen nur in eine leere Datenbank. Geben Sie mit --database eine neue Datei an.</translation>
    </message>
    <message>
        <source>Cannot write demo data: %1</source>
        <translation>Demodaten können nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>write demo data</source>
        <translation>Demodaten schreiben</translation>
    </message>
</context>
<context>
    <name>bursar::core::DocumentFormats</name>
    <message>
        <source>CSV (the statement&apos;s lines and totals)</source>
        <translation>CSV (die Zeilen und Summen der Abrechnung)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV …</translation>
    </message>
    <message>
        <source>Detailed CSV (every usage line and credit)</source>
        <translation>Detaillierte CSV (jede Verbrauchszeile und Gutschrift)</translation>
    </message>
    <message>
        <source>De&amp;tailed CSV…</source>
        <translation>De&amp;taillierte CSV …</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>&amp;PDF speichern …</translation>
    </message>
    <message>
        <source>UBL e-invoice (EN 16931, Peppol BIS Billing 3.0)</source>
        <translation>UBL-E-Rechnung (EN 16931, Peppol BIS Billing 3.0)</translation>
    </message>
    <message>
        <source>UBL XML files (*.xml)</source>
        <translation>UBL-XML-Dateien (*.xml)</translation>
    </message>
    <message>
        <source>&amp;UBL e-invoice…</source>
        <translation>&amp;UBL-E-Rechnung…</translation>
    </message>
</context>
<context>
    <name>bursar::core::DocumentSettingsService</name>
    <message>
        <source>reading the settings</source>
        <translation>beim Lesen der Einstellungen</translation>
    </message>
    <message>
        <source>The file name pattern is empty; use one such as {period}-{vendor}-{customer}-{number}.</source>
        <translation>Das Dateinamenmuster ist leer; verwenden Sie eines wie {period}-{vendor}-{customer}-{number}.</translation>
    </message>
    <message>
        <source>The file name pattern “%1” has an unknown part {%2}; use {number}, {id}, {customer}, {period}, {vendor} and {currency}.</source>
        <translation>Das Dateinamenmuster „%1“ hat einen unbekannten Teil {%2}; verwenden Sie {number}, {id}, {customer}, {period}, {vendor} und {currency}.</translation>
    </message>
    <message>
        <source>The file name pattern “%1” needs {number} or {id}, or two statements would get one file name.</source>
        <translation>Das Dateinamenmuster „%1“ braucht {number} oder {id}, sonst erhielten zwei Abrechnungen denselben Dateinamen.</translation>
    </message>
    <message>
        <source>The file name pattern “%1” names a folder; the folder is chosen when exporting.</source>
        <translation>Das Dateinamenmuster „%1“ nennt einen Ordner; der Ordner wird beim Exportieren gewählt.</translation>
    </message>
    <message>
        <source>change the statement document settings</source>
        <translation>die Einstellungen der Abrechnungsdokumente ändern</translation>
    </message>
    <message>
        <source>The paper is A4 or Letter, not “%1”.</source>
        <translation>Das Papier ist A4 oder Letter, nicht „%1“.</translation>
    </message>
    <message>
        <source>saving the settings</source>
        <translation>beim Speichern der Einstellungen</translation>
    </message>
    <message>
        <source>The statement locale is written like en_US or de_DE, not “%1”.</source>
        <translation>Das Gebietsschema der Abrechnungen wird wie en_US oder de_DE geschrieben, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>bursar::core::EInvoices</name>
    <message>
        <source>Account Information &gt; E-invoicing</source>
        <translation>Kontoinformationen &gt; E-Rechnung</translation>
    </message>
    <message>
        <source>%1: the VAT ID “%2” must start with the country code and hold no spaces (DE123456789).</source>
        <translation>%1: Die USt-IdNr. „%2“ muss mit der Länderkennung beginnen und darf keine Leerzeichen enthalten (DE123456789).</translation>
    </message>
    <message>
        <source>%1: the electronic address needs its scheme, a Peppol EAS code such as 0088 (GLN), 0208 (Belgian company number) or 9930 (German VAT ID); “%2” is not one.</source>
        <translation>%1: Die elektronische Adresse braucht ihr Schema, einen Peppol-EAS-Code wie 0088 (GLN), 0208 (belgische Unternehmensnummer) oder 9930 (deutsche USt-IdNr.); „%2“ ist keiner.</translation>
    </message>
    <message>
        <source>%1: “%2” is not an IBAN; its check digits do not match. Type it as your bank prints it.</source>
        <translation>%1: „%2“ ist keine IBAN; ihre Prüfziffern stimmen nicht. Geben Sie sie ein, wie Ihre Bank sie druckt.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a BIC; it has 8 or 11 letters and digits (DEUTDEFF).</source>
        <translation>%1: „%2“ ist keine BIC; sie hat 8 oder 11 Buchstaben und Ziffern (DEUTDEFF).</translation>
    </message>
    <message>
        <source>%1: “%2” is not an ISO 4217 currency code.</source>
        <translation>%1: „%2“ ist kein ISO-4217-Währungscode.</translation>
    </message>
    <message>
        <source>Customer %1 &gt; E-invoicing</source>
        <translation>Kunde %1 &gt; E-Rechnung</translation>
    </message>
    <message>
        <source>%1: the VAT ID “%2” must start with the country code and hold no spaces (FR12345678901).</source>
        <translation>%1: Die USt-IdNr. „%2“ muss mit der Länderkennung beginnen und darf keine Leerzeichen enthalten (FR12345678901).</translation>
    </message>
    <message>
        <source>%1: “%2” is not a VAT category Bursar writes; use %3, or leave it empty to decide by region.</source>
        <translation>%1: „%2“ ist keine USt-Kategorie, die Bursar schreibt; verwenden Sie %3 oder lassen Sie das Feld leer, um nach Region zu entscheiden.</translation>
    </message>
    <message>
        <source>%1: exempt (E) needs the reason for the exemption (BR-E-10), for example “Exempt under Article 132 of Directive 2006/112/EC”.</source>
        <translation>%1: Steuerbefreit (E) braucht den Grund der Befreiung (BR-E-10), zum Beispiel „Steuerfrei nach Artikel 132 der Richtlinie 2006/112/EG“.</translation>
    </message>
    <message>
        <source>%1: a customer who receives e-invoices needs its electronic address (Peppol ID) and scheme.</source>
        <translation>%1: Ein Kunde, der E-Rechnungen erhält, braucht seine elektronische Adresse (Peppol-ID) und ihr Schema.</translation>
    </message>
    <message>
        <source>reading the e-invoicing settings</source>
        <translation>beim Lesen der E-Rechnungs-Einstellungen</translation>
    </message>
    <message>
        <source>change the e-invoicing settings</source>
        <translation>die E-Rechnungs-Einstellungen ändern</translation>
    </message>
    <message>
        <source>saving the e-invoicing settings</source>
        <translation>beim Speichern der E-Rechnungs-Einstellungen</translation>
    </message>
    <message>
        <source>The e-invoicing settings were changed by someone else after you opened them; reload them and make your change again.</source>
        <translation>Die E-Rechnungs-Einstellungen wurden von jemand anderem geändert, nachdem Sie sie geöffnet haben; laden Sie sie neu und nehmen Sie Ihre Änderung erneut vor.</translation>
    </message>
    <message>
        <source>reading the customers&apos; e-invoicing settings</source>
        <translation>beim Lesen der E-Rechnungs-Einstellungen der Kunden</translation>
    </message>
    <message>
        <source>change customers</source>
        <translation>Kunden ändern</translation>
    </message>
    <message>
        <source>reading the customer&apos;s e-invoicing settings</source>
        <translation>beim Lesen der E-Rechnungs-Einstellungen des Kunden</translation>
    </message>
    <message>
        <source>Customer %1&apos;s e-invoicing settings were changed by someone else after you opened them; reload them and make your change again.</source>
        <translation>Die E-Rechnungs-Einstellungen von Kunde %1 wurden von jemand anderem geändert, nachdem Sie sie geöffnet haben; laden Sie sie neu und nehmen Sie Ihre Änderung erneut vor.</translation>
    </message>
    <message>
        <source>saving the customer&apos;s e-invoicing settings</source>
        <translation>beim Speichern der E-Rechnungs-Einstellungen des Kunden</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Es gibt keinen Kunden %1.</translation>
    </message>
    <message>
        <source>reading the e-invoices written</source>
        <translation>beim Lesen der geschriebenen E-Rechnungen</translation>
    </message>
    <message>
        <source>keeping the e-invoice written</source>
        <translation>beim Festhalten der geschriebenen E-Rechnung</translation>
    </message>
</context>
<context>
    <name>bursar::core::ExchangeRates</name>
    <message>
        <source>change exchange rates</source>
        <translation>Wechselkurse ändern</translation>
    </message>
    <message>
        <source>An exchange rate is between two currencies; %1 to %1 is always 1.</source>
        <translation>Ein Wechselkurs verbindet zwei Währungen; %1 zu %1 ist immer 1.</translation>
    </message>
    <message>
        <source>The exchange rate %1 → %2 needs the date it applies from.</source>
        <translation>Der Wechselkurs %1 → %2 braucht das Datum, ab dem er gilt.</translation>
    </message>
    <message>
        <source>The exchange rate “%1” is not a number: %2</source>
        <translation>Der Wechselkurs „%1“ ist keine Zahl: %2</translation>
    </message>
    <message>
        <source>The exchange rate %1 → %2 must be above 0, not %3.</source>
        <translation>Der Wechselkurs %1 → %2 muss größer als 0 sein, nicht %3.</translation>
    </message>
    <message>
        <source>The exchange rate %1 has more than 10 decimals or is above 1,000,000.</source>
        <translation>Der Wechselkurs %1 hat mehr als 10 Nachkommastellen oder liegt über 1,000,000.</translation>
    </message>
    <message>
        <source>saving the exchange rate</source>
        <translation>beim Speichern des Wechselkurses</translation>
    </message>
    <message>
        <source>reading exchange rates</source>
        <translation>beim Lesen der Wechselkurse</translation>
    </message>
</context>
<context>
    <name>bursar::core::FocusMapper</name>
    <message>
        <source>“%1” is not a FOCUS charge category (Usage, Purchase, Tax, Credit, Adjustment).</source>
        <translation>„%1“ ist keine FOCUS-Kostenkategorie (Usage, Purchase, Tax, Credit, Adjustment).</translation>
    </message>
    <message>
        <source>SubAccountId is empty and there is no BillingAccountId; the row belongs to no account.</source>
        <translation>SubAccountId ist leer und es gibt keine BillingAccountId; die Zeile gehört zu keinem Konto.</translation>
    </message>
    <message>
        <source>the charge date %1 lies outside the billing period %2 to %3 by more than Bursar accepts (%4 days before, %5 after); the export is inconsistent. Export the period again.</source>
        <translation>das Buchungsdatum %1 liegt weiter außerhalb der Abrechnungsperiode %2 bis %3, als Bursar annimmt (%4 Tage davor, %5 danach); der Export ist widersprüchlich. Exportieren Sie die Periode erneut.</translation>
    </message>
</context>
<context>
    <name>bursar::core::IndexesAfterLoad</name>
    <message>
        <source>preparing a bulk load</source>
        <translation>beim Vorbereiten eines Massenladens</translation>
    </message>
    <message>
        <source>reading the keys of %1</source>
        <translation>beim Lesen der Schlüssel von %1</translation>
    </message>
    <message>
        <source>reading the indexes of %1</source>
        <translation>beim Lesen der Indizes von %1</translation>
    </message>
    <message>
        <source>preparing %1 for a bulk load</source>
        <translation>beim Vorbereiten von %1 für ein Massenladen</translation>
    </message>
    <message>
        <source>checking the loaded rows</source>
        <translation>beim Prüfen der geladenen Zeilen</translation>
    </message>
</context>
<context>
    <name>bursar::core::MemoCalculator</name>
    <message>
        <source>Line %1: the %2 is empty; enter a number such as 1 or 12.50.</source>
        <translation>Position %1: %2 ist leer; geben Sie eine Zahl wie 1 oder 12.50 ein.</translation>
    </message>
    <message>
        <source>Line %1: the %2 “%3” is not a number; enter it as 12.50.</source>
        <translation>Position %1: %2 „%3“ ist keine Zahl; geben Sie sie als 12.50 ein.</translation>
    </message>
    <message>
        <source>Line %1: the %2 %3 is negative; enter it without a sign (a credit memo already lowers the balance, a debit memo raises it).</source>
        <translation>Position %1: %2 %3 ist negativ; geben Sie den Wert ohne Vorzeichen ein (eine Gutschrift senkt den Saldo bereits, eine Lastschrift erhöht ihn).</translation>
    </message>
    <message>
        <source>Line %1: the %2 %3 has %4 decimals; at most %5 are allowed here.</source>
        <translation>Position %1: %2 %3 hat %4 Nachkommastellen; höchstens %5 sind hier erlaubt.</translation>
    </message>
    <message>
        <source>A memo needs at least one detail line; add one with its description, quantity and price.</source>
        <translation>Ein Beleg braucht mindestens eine Position; fügen Sie eine mit Beschreibung, Menge und Preis hinzu.</translation>
    </message>
    <message>
        <source>Line %1: the description is empty; say what the line credits or charges.</source>
        <translation>Position %1: die Beschreibung ist leer; sagen Sie, was die Position gutschreibt oder belastet.</translation>
    </message>
    <message>
        <source>Line %1: the quantity is 0; enter how many units the line is for.</source>
        <translation>Position %1: die Menge ist 0; geben Sie an, für wie viele Einheiten die Position gilt.</translation>
    </message>
    <message>
        <source>Line %1: the discount %2 is larger than the line&apos;s %3 × %4 = %5; enter at most %5.</source>
        <translation>Position %1: der Rabatt %2 ist größer als %3 × %4 = %5 der Position; geben Sie höchstens %5 ein.</translation>
    </message>
    <message>
        <source>Line %1: there is no tax category “%2”; use one of %3 (Settings &gt; Tax Tables), or leave it blank when the line is not taxable.</source>
        <translation>Position %1: es gibt keine Steuerkategorie „%2“; verwenden Sie eine von %3 (Einstellungen &gt; Steuertabellen) oder lassen Sie sie leer, wenn die Position nicht steuerpflichtig ist.</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>die Menge</translation>
    </message>
    <message>
        <source>price</source>
        <translation>der Preis</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>der Rabatt</translation>
    </message>
</context>
<context>
    <name>bursar::core::MilestoneService</name>
    <message>
        <source>Purchase %1</source>
        <translation>Kauf %1</translation>
    </message>
    <message>
        <source>Milestone %1 (%2) was completed on %3 and its credits redeemed; reopen it to change its allocations.</source>
        <translation>Meilenstein %1 (%2) wurde am %3 abgeschlossen und seine Credits eingelöst; öffnen Sie ihn wieder, um seine Zuordnungen zu ändern.</translation>
    </message>
    <message>
        <source>%1 belongs to customer %2, milestone %3 to a project of customer %4; credits are allocated within one customer.</source>
        <translation>%1 gehört zu Kunde %2, Meilenstein %3 zu einem Projekt von Kunde %4; Credits werden nur innerhalb eines Kunden zugeordnet.</translation>
    </message>
    <message>
        <source>%1 is a draft; its credits cannot be allocated. Remove the draft flag first.</source>
        <translation>%1 ist ein Entwurf; seine Credits können nicht zugeordnet werden. Entfernen Sie zuerst das Entwurfskennzeichen.</translation>
    </message>
    <message>
        <source>%1&apos;s credits can be used from %2; allocate them on or after that day, not on %3.</source>
        <translation>Die Credits von %1 sind ab %2 nutzbar; ordnen Sie sie an oder nach diesem Tag zu, nicht am %3.</translation>
    </message>
    <message>
        <source>%1 expired after %2; its credits cannot be allocated on %3. Choose a purchase that has not expired.</source>
        <translation>%1 ist nach dem %2 abgelaufen; seine Credits können am %3 nicht zugeordnet werden. Wählen Sie einen Kauf, der nicht abgelaufen ist.</translation>
    </message>
    <message>
        <source>%1 is in %2, milestone %3 holds %4 credits; a milestone&apos;s credits are of one currency.</source>
        <translation>%1 lautet auf %2, Meilenstein %3 hält Credits in %4; die Credits eines Meilensteins sind in einer Währung.</translation>
    </message>
    <message>
        <source>%1 has %2 credits available; %3 cannot be allocated from it.</source>
        <translation>%1 hat %2 Credits verfügbar; %3 können daraus nicht zugeordnet werden.</translation>
    </message>
    <message>
        <source>Milestone %1 needs %2 credits and holds %3; at most %4 more can be allocated to it.</source>
        <translation>Meilenstein %1 benötigt %2 Credits und hält %3; höchstens %4 weitere können ihm zugeordnet werden.</translation>
    </message>
    <message>
        <source>Milestone %1&apos;s credits from purchase %2 moved on %3; a change dated %4 would come before it. Date it on or after %3.</source>
        <translation>Die Credits von Meilenstein %1 aus Kauf %2 wurden am %3 bewegt; eine Änderung zum %4 läge davor. Datieren Sie sie auf oder nach den %3.</translation>
    </message>
    <message>
        <source>saving the milestone</source>
        <translation>Speichern des Meilensteins</translation>
    </message>
    <message>
        <source>Milestone %1 was changed meanwhile; reload it and try again.</source>
        <translation>Meilenstein %1 wurde inzwischen geändert; laden Sie ihn neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>allocate services credits</source>
        <translation>Service-Credits zuordnen</translation>
    </message>
    <message>
        <source>Settings &gt; Services Credits allows automatic allocation only; allocate milestone %1 automatically.</source>
        <translation>Einstellungen &gt; Service-Credits erlaubt nur die automatische Zuordnung; ordnen Sie Meilenstein %1 automatisch zu.</translation>
    </message>
    <message>
        <source>Allocation to milestone %1</source>
        <translation>Zuordnung zu Meilenstein %1</translation>
    </message>
    <message>
        <source>There is no milestone %1.</source>
        <translation>Es gibt keinen Meilenstein %1.</translation>
    </message>
    <message>
        <source>Some of the milestones do not exist; reload the list.</source>
        <translation>Einige der Meilensteine gibt es nicht; laden Sie die Liste neu.</translation>
    </message>
    <message>
        <source>return allocated services credits</source>
        <translation>zugeordnete Service-Credits zurückgeben</translation>
    </message>
    <message>
        <source>Say which purchase&apos;s allocation to lower by %1 credits (--purchase).</source>
        <translation>Geben Sie an, welche Zuordnung um %1 Credits verringert werden soll (--purchase).</translation>
    </message>
    <message>
        <source>Return from milestone %1</source>
        <translation>Rückgabe von Meilenstein %1</translation>
    </message>
    <message>
        <source>Milestone %1 holds no credits of purchase %2.</source>
        <translation>Meilenstein %1 hält keine Credits aus Kauf %2.</translation>
    </message>
    <message>
        <source>Milestone %1 holds no credits.</source>
        <translation>Meilenstein %1 hält keine Credits.</translation>
    </message>
    <message>
        <source>Milestone %1 holds %2 credits of purchase %3; %4 cannot be returned.</source>
        <translation>Meilenstein %1 hält %2 Credits aus Kauf %3; %4 können nicht zurückgegeben werden.</translation>
    </message>
    <message>
        <source>complete milestones</source>
        <translation>Meilensteine abschließen</translation>
    </message>
    <message>
        <source>Milestone %1 (%2) was completed on %3 already; its credits are redeemed.</source>
        <translation>Meilenstein %1 (%2) wurde bereits am %3 abgeschlossen; seine Credits sind eingelöst.</translation>
    </message>
    <message>
        <source>Milestone %1 (%2) holds no credits; allocate its credits first (services-credits allocate --milestone %1 --auto).</source>
        <translation>Meilenstein %1 (%2) hält keine Credits; ordnen Sie zuerst seine Credits zu (services-credits allocate --milestone %1 --auto).</translation>
    </message>
    <message>
        <source>correct milestone completions</source>
        <translation>Abschlüsse von Meilensteinen korrigieren</translation>
    </message>
    <message>
        <source>Say why milestone %1&apos;s completion is corrected; the reason is kept with the correction.</source>
        <translation>Geben Sie an, warum der Abschluss von Meilenstein %1 korrigiert wird; die Begründung wird mit der Korrektur aufbewahrt.</translation>
    </message>
    <message>
        <source>Milestone %1 is not completed; there is no redemption to correct.</source>
        <translation>Meilenstein %1 ist nicht abgeschlossen; es gibt keine Einlösung zu korrigieren.</translation>
    </message>
    <message>
        <source>run the services credits expiry</source>
        <translation>den Service-Credit-Verfallslauf ausführen</translation>
    </message>
    <message>
        <source>reading services credits purchases</source>
        <translation>Lesen der Service-Credit-Käufe</translation>
    </message>
    <message>
        <source>add projects</source>
        <translation>Projekte anlegen</translation>
    </message>
    <message>
        <source>Project for customer %1</source>
        <translation>Projekt für Kunde %1</translation>
    </message>
    <message>
        <source>%1: the name is missing; give the project a name.</source>
        <translation>%1: der Name fehlt; geben Sie dem Projekt einen Namen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>adding the project</source>
        <translation>Anlegen des Projekts</translation>
    </message>
    <message>
        <source>The database did not return the new project&apos;s ID.</source>
        <translation>Die Datenbank hat die ID des neuen Projekts nicht zurückgegeben.</translation>
    </message>
    <message>
        <source>add milestones</source>
        <translation>Meilensteine anlegen</translation>
    </message>
    <message>
        <source>Milestone of project %1</source>
        <translation>Meilenstein von Projekt %1</translation>
    </message>
    <message>
        <source>%1: the name is missing; give the milestone a name.</source>
        <translation>%1: der Name fehlt; geben Sie dem Meilenstein einen Namen.</translation>
    </message>
    <message>
        <source>reading the project</source>
        <translation>Lesen des Projekts</translation>
    </message>
    <message>
        <source>There is no project %1; add it first (bursar project add).</source>
        <translation>Es gibt kein Projekt %1; legen Sie es zuerst an (bursar project add).</translation>
    </message>
    <message>
        <source>adding the milestone</source>
        <translation>Anlegen des Meilensteins</translation>
    </message>
    <message>
        <source>The database did not return the new milestone&apos;s ID.</source>
        <translation>Die Datenbank hat die ID des neuen Meilensteins nicht zurückgegeben.</translation>
    </message>
    <message>
        <source>reading projects</source>
        <translation>Lesen der Projekte</translation>
    </message>
    <message>
        <source>reading milestones</source>
        <translation>Lesen der Meilensteine</translation>
    </message>
    <message>
        <source>reading allocations</source>
        <translation>Lesen der Zuordnungen</translation>
    </message>
</context>
<context>
    <name>bursar::core::NotificationSender</name>
    <message>
        <source>This Bursar cannot write PDFs, so it cannot send statements.</source>
        <translation>Dieses Bursar kann keine PDFs schreiben und daher keine Abrechnungen senden.</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>Das PDF konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>bursar::core::NotificationService</name>
    <message>
        <source>reading the approved statements</source>
        <translation>beim Lesen der freigegebenen Abrechnungen</translation>
    </message>
    <message>
        <source>writing the notification log</source>
        <translation>beim Schreiben des Benachrichtigungsprotokolls</translation>
    </message>
    <message>
        <source>reading the customer&apos;s billing contact</source>
        <translation>beim Lesen des Rechnungskontakts des Kunden</translation>
    </message>
    <message>
        <source>There is no customer #%1.</source>
        <translation>Es gibt keinen Kunden #%1.</translation>
    </message>
    <message>
        <source>change a customer&apos;s billing contact</source>
        <translation>den Rechnungskontakt eines Kunden ändern</translation>
    </message>
    <message>
        <source>The billing contact “%1” of customer #%2 is not an email address like billing@example.com; correct it or leave it empty to use the customer&apos;s email.</source>
        <translation>Der Rechnungskontakt „%1“ des Kunden #%2 ist keine E-Mail-Adresse wie billing@example.com; korrigieren Sie ihn oder lassen Sie ihn leer, um die E-Mail-Adresse des Kunden zu verwenden.</translation>
    </message>
    <message>
        <source>saving the customer&apos;s billing contact</source>
        <translation>beim Speichern des Rechnungskontakts des Kunden</translation>
    </message>
    <message>
        <source>send statement emails</source>
        <translation>Abrechnungs-E-Mails senden</translation>
    </message>
    <message>
        <source>“%1” is not an email address like billing@example.com.</source>
        <translation>„%1“ ist keine E-Mail-Adresse wie billing@example.com.</translation>
    </message>
    <message>
        <source>reading the statement</source>
        <translation>beim Lesen der Abrechnung</translation>
    </message>
    <message>
        <source>There is no statement %1.</source>
        <translation>Es gibt keine Abrechnung %1.</translation>
    </message>
    <message>
        <source>Statement %1 is %2: only an Open statement is emailed.</source>
        <translation>Abrechnung %1 ist %2: Nur eine offene Abrechnung wird per E-Mail versandt.</translation>
    </message>
    <message>
        <source>Customer #%1 has no billing contact address: set one on the customer (bursar notify contact --customer %1 --email ADDRESS) or give --to.</source>
        <translation>Kunde #%1 hat keine Adresse für den Rechnungskontakt: Legen Sie eine beim Kunden fest (bursar notify contact --customer %1 --email ADRESSE) oder geben Sie --to an.</translation>
    </message>
    <message>
        <source>queuing the statement&apos;s email</source>
        <translation>beim Einreihen der E-Mail der Abrechnung</translation>
    </message>
    <message>
        <source>counting statement emails</source>
        <translation>beim Zählen der Abrechnungs-E-Mails</translation>
    </message>
    <message>
        <source>reading statement emails</source>
        <translation>beim Lesen der Abrechnungs-E-Mails</translation>
    </message>
    <message>
        <source>reading the notification log</source>
        <translation>beim Lesen des Benachrichtigungsprotokolls</translation>
    </message>
    <message>
        <source>reading the emails to send</source>
        <translation>beim Lesen der zu sendenden E-Mails</translation>
    </message>
    <message>
        <source>taking an email to send</source>
        <translation>beim Übernehmen einer zu sendenden E-Mail</translation>
    </message>
    <message>
        <source>recording a sent email</source>
        <translation>beim Festhalten einer gesendeten E-Mail</translation>
    </message>
    <message>
        <source>reading an email</source>
        <translation>beim Lesen einer E-Mail</translation>
    </message>
    <message>
        <source>recording a failed email</source>
        <translation>beim Festhalten einer fehlgeschlagenen E-Mail</translation>
    </message>
    <message>
        <source>%1 (trying again at %2)</source>
        <translation>%1 (neuer Versuch um %2)</translation>
    </message>
</context>
<context>
    <name>bursar::core::NotificationSettingsService</name>
    <message>
        <source>Statement {number} for {period}</source>
        <translation>Abrechnung {number} für {period}</translation>
    </message>
    <message>
        <source>Dear {customer},

your billing statement {number} for {period} is ready: {total} {currency}, due on {due_date}. The statement is attached as a PDF.

Kind regards
{company}</source>
        <translation>Guten Tag {customer},

Ihre Abrechnung {number} für {period} liegt vor: {total} {currency}, fällig am {due_date}. Die Abrechnung ist als PDF angehängt.

Mit freundlichen Grüßen
{company}</translation>
    </message>
    <message>
        <source>The placeholder {%1} is not known; use %2.</source>
        <translation>Der Platzhalter {%1} ist unbekannt; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>reading the notification settings</source>
        <translation>beim Lesen der Benachrichtigungseinstellungen</translation>
    </message>
    <message>
        <source>change the notification settings</source>
        <translation>die Benachrichtigungseinstellungen ändern</translation>
    </message>
    <message>
        <source>The SMTP server “%1” is not a host name or address.</source>
        <translation>Der SMTP-Server „%1“ ist kein Hostname und keine Adresse.</translation>
    </message>
    <message>
        <source>Give the SMTP server that sends the statements, or switch the emails off.</source>
        <translation>Geben Sie den SMTP-Server an, der die Abrechnungen sendet, oder schalten Sie die E-Mails aus.</translation>
    </message>
    <message>
        <source>The SMTP port is 1 to 65535, not %1 (587 for STARTTLS, 465 for TLS).</source>
        <translation>Der SMTP-Port ist 1 bis 65535, nicht %1 (587 für STARTTLS, 465 für TLS).</translation>
    </message>
    <message>
        <source>The sender “%1” is not an email address like billing@example.com.</source>
        <translation>Der Absender „%1“ ist keine E-Mail-Adresse wie billing@example.com.</translation>
    </message>
    <message>
        <source>saving the notification settings</source>
        <translation>beim Speichern der Benachrichtigungseinstellungen</translation>
    </message>
    <message>
        <source>No SMTP server is set: set one in Settings &gt; Notifications (bursar notify settings).</source>
        <translation>Es ist kein SMTP-Server festgelegt: Legen Sie einen unter Einstellungen &gt; Benachrichtigungen fest (bursar notify settings).</translation>
    </message>
</context>
<context>
    <name>bursar::core::NumberAudits</name>
    <message>
        <source>There is no number series “%1”; use statement, credit_memo, debit_memo or payment.</source>
        <translation>Es gibt keine Nummernserie „%1“; verwenden Sie statement, credit_memo, debit_memo oder payment.</translation>
    </message>
    <message>
        <source>reading the numbered documents</source>
        <translation>beim Lesen der nummerierten Belege</translation>
    </message>
    <message>
        <source>reading the number counters</source>
        <translation>beim Lesen der Nummernzähler</translation>
    </message>
</context>
<context>
    <name>bursar::core::NumberSeries</name>
    <message>
        <source>The number pattern is empty; type one such as INV-{YYYY}-{000000}.</source>
        <translation>Das Nummernmuster ist leer; geben Sie eines wie INV-{YYYY}-{000000} ein.</translation>
    </message>
    <message>
        <source>The number pattern “%1” is longer than 60 characters; shorten it.</source>
        <translation>Das Nummernmuster „%1“ ist länger als 60 Zeichen; kürzen Sie es.</translation>
    </message>
    <message>
        <source>The counter {%1} in “%2” has more than 12 digits; use at most {000000000000}.</source>
        <translation>Der Zähler {%1} in „%2“ hat mehr als 12 Stellen; verwenden Sie höchstens {000000000000}.</translation>
    </message>
    <message>
        <source>The number pattern “%1” has an unknown part {%2}; use {YYYY}, {YY}, {MM} and one counter such as {000000}.</source>
        <translation>Das Nummernmuster „%1“ hat einen unbekannten Teil {%2}; verwenden Sie {YYYY}, {YY}, {MM} und einen Zähler wie {000000}.</translation>
    </message>
    <message>
        <source>The number pattern “%1” has an unmatched brace.</source>
        <translation>Das Nummernmuster „%1“ hat eine Klammer ohne Gegenstück.</translation>
    </message>
    <message>
        <source>The number pattern “%1” needs exactly one counter such as {000000}; it has %2.</source>
        <translation>Das Nummernmuster „%1“ braucht genau einen Zähler wie {000000}; es hat %2.</translation>
    </message>
    <message>
        <source>The number series needs a name, such as invoice.</source>
        <translation>Der Nummernkreis braucht einen Namen, zum Beispiel invoice.</translation>
    </message>
    <message>
        <source>saving the number series</source>
        <translation>beim Speichern des Nummernkreises</translation>
    </message>
    <message>
        <source>reading the number series</source>
        <translation>beim Lesen des Nummernkreises</translation>
    </message>
    <message>
        <source>There is no number series “%1”; define its pattern first.</source>
        <translation>Es gibt keinen Nummernkreis „%1“; legen Sie zuerst sein Muster fest.</translation>
    </message>
    <message>
        <source>numbering the document</source>
        <translation>beim Nummerieren des Belegs</translation>
    </message>
    <message>
        <source>The number series “%1” could not give a number; try again.</source>
        <translation>Der Nummernkreis „%1“ konnte keine Nummer vergeben; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>define number series</source>
        <translation>Nummernkreise festlegen</translation>
    </message>
</context>
<context>
    <name>bursar::core::OpportunityService</name>
    <message>
        <source>add opportunities</source>
        <translation>Verkaufschancen anlegen</translation>
    </message>
    <message>
        <source>Opportunity for customer %1</source>
        <translation>Verkaufschance für Kunde %1</translation>
    </message>
    <message>
        <source>%1: the name is missing; give the opportunity a name.</source>
        <translation>%1: der Name fehlt; geben Sie der Verkaufschance einen Namen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>adding the opportunity</source>
        <translation>Anlegen der Verkaufschance</translation>
    </message>
    <message>
        <source>The database did not return the new opportunity&apos;s ID.</source>
        <translation>Die Datenbank hat die ID der neuen Verkaufschance nicht zurückgegeben.</translation>
    </message>
    <message>
        <source>add opportunity products</source>
        <translation>Produkte von Verkaufschancen anlegen</translation>
    </message>
    <message>
        <source>Product of opportunity %1</source>
        <translation>Produkt der Verkaufschance %1</translation>
    </message>
    <message>
        <source>%1: the name is missing; give the product a name.</source>
        <translation>%1: der Name fehlt; geben Sie dem Produkt einen Namen.</translation>
    </message>
    <message>
        <source>%1: the quantity “%2” is not a positive number; type one such as 1 or 2.5.</source>
        <translation>%1: die Menge „%2“ ist keine positive Zahl; geben Sie eine wie 1 oder 2.5 ein.</translation>
    </message>
    <message>
        <source>%1: the unit price “%2” is not an amount; type one such as 1000.00.</source>
        <translation>%1: der Stückpreis „%2“ ist kein Betrag; geben Sie einen wie 1000.00 ein.</translation>
    </message>
    <message>
        <source>%1: quantity × unit price is not below 1,000,000,000,000; check the numbers.</source>
        <translation>%1: Menge × Stückpreis liegt nicht unter 1.000.000.000.000; prüfen Sie die Zahlen.</translation>
    </message>
    <message>
        <source>adding the product</source>
        <translation>Anlegen des Produkts</translation>
    </message>
    <message>
        <source>The database did not return the new product&apos;s ID.</source>
        <translation>Die Datenbank hat die ID des neuen Produkts nicht zurückgegeben.</translation>
    </message>
    <message>
        <source>reading opportunities</source>
        <translation>Lesen der Verkaufschancen</translation>
    </message>
    <message>
        <source>reading the opportunity</source>
        <translation>Lesen der Verkaufschance</translation>
    </message>
    <message>
        <source>There is no opportunity %1.</source>
        <translation>Es gibt keine Verkaufschance %1.</translation>
    </message>
    <message>
        <source>reading the opportunity&apos;s products</source>
        <translation>Lesen der Produkte der Verkaufschance</translation>
    </message>
    <message>
        <source>add services credits purchases</source>
        <translation>Service-Credit-Käufe anlegen</translation>
    </message>
    <message>
        <source>Purchase from product %1 of opportunity %2</source>
        <translation>Kauf aus Produkt %1 der Verkaufschance %2</translation>
    </message>
    <message>
        <source>%1: the opportunity has no such product.</source>
        <translation>%1: die Verkaufschance hat kein solches Produkt.</translation>
    </message>
    <message>
        <source>%1: “%2” carries no services credits; give it a services-credits quantity first.</source>
        <translation>%1: „%2“ enthält keine Service-Credits; geben Sie ihm zuerst eine Anzahl Service-Credits.</translation>
    </message>
    <message>
        <source>%1: “%2” has purchase %3 already; a product becomes one purchase only.</source>
        <translation>%1: „%2“ hat schon Kauf %3; ein Produkt wird nur ein Kauf.</translation>
    </message>
    <message>
        <source>value per credit</source>
        <translation>Wert je Credit</translation>
    </message>
    <message>
        <source>amount paid per credit</source>
        <translation>bezahlte Betrag je Credit</translation>
    </message>
    <message>
        <source>%1: the expiry date %2 is before the start date %3; give an expiry date on or after the start date.</source>
        <translation>%1: das Ablaufdatum %2 liegt vor dem Startdatum %3; geben Sie ein Ablaufdatum an oder nach dem Startdatum an.</translation>
    </message>
    <message>
        <source>adding the services credits purchase</source>
        <translation>Anlegen des Service-Credit-Kaufs</translation>
    </message>
    <message>
        <source>The database did not return the new purchase&apos;s ID.</source>
        <translation>Die Datenbank hat die ID des neuen Kaufs nicht zurückgegeben.</translation>
    </message>
</context>
<context>
    <name>bursar::core::PricingService</name>
    <message>
        <source>%1 has ended and is being reconciled or has been billed, so the change applies from %2.</source>
        <translation>%1 ist abgeschlossen und wird abgestimmt oder ist abgerechnet, daher gilt die Änderung ab %2.</translation>
    </message>
    <message>
        <source>The percent “%1” is not a number: %2</source>
        <translation>Der Prozentsatz „%1“ ist keine Zahl: %2</translation>
    </message>
    <message>
        <source>The percent %1 is outside -100 to 1000.</source>
        <translation>Der Prozentsatz %1 liegt außerhalb von -100 bis 1000.</translation>
    </message>
    <message>
        <source>The percent %1 has more than 6 decimals.</source>
        <translation>Der Prozentsatz %1 hat mehr als 6 Nachkommastellen.</translation>
    </message>
    <message>
        <source>add pricebooks</source>
        <translation>Preislisten anlegen</translation>
    </message>
    <message>
        <source>The pricebook needs a name.</source>
        <translation>Die Preisliste braucht einen Namen.</translation>
    </message>
    <message>
        <source>reading pricebooks</source>
        <translation>beim Lesen der Preislisten</translation>
    </message>
    <message>
        <source>%1 already has a pricebook named “%2”; choose another name.</source>
        <translation>%1 hat bereits eine Preisliste namens „%2“; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>adding the pricebook</source>
        <translation>beim Anlegen der Preisliste</translation>
    </message>
    <message>
        <source>%1 has no pricebook named “%2”%3.</source>
        <translation>%1 hat keine Preisliste namens „%2“%3.</translation>
    </message>
    <message>
        <source>; add one with bursar pricebooks add or in Settings &gt; Pricebooks</source>
        <translation>; legen Sie eine mit bursar pricebooks add oder unter Einstellungen &gt; Preislisten an</translation>
    </message>
    <message>
        <source> (there are: %1)</source>
        <translation> (vorhanden: %1)</translation>
    </message>
    <message>
        <source>change pricebooks</source>
        <translation>Preislisten ändern</translation>
    </message>
    <message>
        <source>Pricebook %1 does not exist.</source>
        <translation>Preisliste %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>changing the pricebook</source>
        <translation>beim Ändern der Preisliste</translation>
    </message>
    <message>
        <source>reading pricebook rules</source>
        <translation>beim Lesen der Preislistenregeln</translation>
    </message>
    <message>
        <source>add global discounts and uplifts</source>
        <translation>globale Rabatte und Aufschläge anlegen</translation>
    </message>
    <message>
        <source>The global discount or uplift needs a description.</source>
        <translation>Der globale Rabatt oder Aufschlag braucht eine Beschreibung.</translation>
    </message>
    <message>
        <source>adding the global adjustment</source>
        <translation>beim Anlegen der globalen Anpassung</translation>
    </message>
    <message>
        <source>reading global adjustments</source>
        <translation>beim Lesen der globalen Anpassungen</translation>
    </message>
    <message>
        <source>add custom charges</source>
        <translation>Zusatzgebühren anlegen</translation>
    </message>
    <message>
        <source>The custom charge needs a description; it is the line&apos;s text on the statement.</source>
        <translation>Die Zusatzgebühr braucht eine Beschreibung; sie ist der Text der Zeile auf der Abrechnung.</translation>
    </message>
    <message>
        <source>The custom charge&apos;s amount must be more than zero.</source>
        <translation>Der Betrag der Zusatzgebühr muss größer als null sein.</translation>
    </message>
    <message>
        <source>%1 has %2 decimals; the amount %3 has more.</source>
        <translation>%1 hat %2 Nachkommastellen; der Betrag %3 hat mehr.</translation>
    </message>
    <message>
        <source>reading the customer</source>
        <translation>beim Lesen des Kunden</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Es gibt keinen Kunden %1.</translation>
    </message>
    <message>
        <source>adding the custom charge</source>
        <translation>beim Anlegen der Zusatzgebühr</translation>
    </message>
    <message>
        <source>reading custom charges</source>
        <translation>beim Lesen der Zusatzgebühren</translation>
    </message>
    <message>
        <source>add support plans</source>
        <translation>Supportpläne anlegen</translation>
    </message>
    <message>
        <source>The support plan needs a name.</source>
        <translation>Der Supportplan braucht einen Namen.</translation>
    </message>
    <message>
        <source>A support plan&apos;s percent is 0 to 100 with at most 6 decimals, not %1.</source>
        <translation>Der Prozentsatz eines Supportplans liegt zwischen 0 und 100 mit höchstens 6 Nachkommastellen, nicht %1.</translation>
    </message>
    <message>
        <source>The minimum must be zero or more, with at most %1 decimals for %2.</source>
        <translation>Der Mindestbetrag muss null oder mehr sein, mit höchstens %1 Nachkommastellen für %2.</translation>
    </message>
    <message>
        <source>adding the support plan</source>
        <translation>beim Anlegen des Supportplans</translation>
    </message>
    <message>
        <source>reading support plans</source>
        <translation>beim Lesen der Supportpläne</translation>
    </message>
    <message>
        <source>end %1</source>
        <translation>%1 beenden</translation>
    </message>
    <message>
        <source>%1 has ended and is being reconciled or has been billed, so it still applies up to %2.</source>
        <translation>%1 ist abgeschlossen und wird abgestimmt oder ist abgerechnet, daher gilt es noch bis %2.</translation>
    </message>
    <message>
        <source>ending %1</source>
        <translation>beim Beenden von %1</translation>
    </message>
    <message>
        <source>There is no %1 with ID %2.</source>
        <translation>Es gibt keine(n) %1 mit der ID %2.</translation>
    </message>
    <message>
        <source>global adjustment</source>
        <translation>globale Anpassung</translation>
    </message>
    <message>
        <source>custom charge</source>
        <translation>Zusatzgebühr</translation>
    </message>
    <message>
        <source>support plan</source>
        <translation>Supportplan</translation>
    </message>
</context>
<context>
    <name>bursar::core::PurchaseService</name>
    <message>
        <source>draft: not available until the draft flag is removed</source>
        <translation>Entwurf: nicht verfügbar, bis das Entwurfskennzeichen entfernt ist</translation>
    </message>
    <message>
        <source>Services credits purchase %1</source>
        <translation>Service-Credit-Kauf %1</translation>
    </message>
    <message>
        <source>New purchase</source>
        <translation>Neuer Kauf</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the start date is missing; give the first day the credits can be used.</source>
        <translation>%1: das Startdatum fehlt; geben Sie den ersten Tag an, an dem die Credits nutzbar sind.</translation>
    </message>
    <message>
        <source>%1: the expiry date is missing; give the last day the credits can be used.</source>
        <translation>%1: das Ablaufdatum fehlt; geben Sie den letzten Tag an, an dem die Credits nutzbar sind.</translation>
    </message>
    <message>
        <source>%1: the expiry date %2 is before the start date %3; the credits would never be usable. Give an expiry date on or after the start date.</source>
        <translation>%1: das Ablaufdatum %2 liegt vor dem Startdatum %3; die Credits wären nie nutzbar. Geben Sie ein Ablaufdatum an oder nach dem Startdatum an.</translation>
    </message>
    <message>
        <source>value per credit</source>
        <translation>Wert je Credit</translation>
    </message>
    <message>
        <source>amount paid per credit</source>
        <translation>bezahlte Betrag je Credit</translation>
    </message>
    <message>
        <source>%1: the description has %2 characters; at most 500 are kept.</source>
        <translation>%1: die Beschreibung hat %2 Zeichen; höchstens 500 werden gespeichert.</translation>
    </message>
    <message>
        <source>%1: the number of services credits is missing; type a whole number such as 200.</source>
        <translation>%1: die Anzahl Service-Credits fehlt; geben Sie eine ganze Zahl wie 200 ein.</translation>
    </message>
    <message>
        <source>%1: services credits are whole credits; “%2” has a fraction. Type a whole number such as 200.</source>
        <translation>%1: Service-Credits sind ganze Credits; „%2“ hat Nachkommastellen. Geben Sie eine ganze Zahl wie 200 ein.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number of services credits; type a whole number such as 200.</source>
        <translation>%1: „%2“ ist keine Anzahl Service-Credits; geben Sie eine ganze Zahl wie 200 ein.</translation>
    </message>
    <message>
        <source>%1: %2 services credits is more than Bursar keeps (1,000,000,000); check the number.</source>
        <translation>%1: %2 Service-Credits sind mehr, als Bursar führt (1.000.000.000); prüfen Sie die Zahl.</translation>
    </message>
    <message>
        <source>%1: the number of services credits must be positive, not %2.</source>
        <translation>%1: die Anzahl Service-Credits muss positiv sein, nicht %2.</translation>
    </message>
    <message>
        <source>%1: the %2 is missing; type an amount such as 100.00.</source>
        <translation>%1: der %2 fehlt; geben Sie einen Betrag wie 100.00 ein.</translation>
    </message>
    <message>
        <source>%1: the %2 “%3” is not an amount: %4</source>
        <translation>%1: der %2 „%3“ ist kein Betrag: %4</translation>
    </message>
    <message>
        <source>%1: the %2 must be more than zero, not %3.</source>
        <translation>%1: der %2 muss größer als null sein, nicht %3.</translation>
    </message>
    <message>
        <source>%1: %2 has %3 decimals; the %4 “%5” has %6. Type at most %3 decimals.</source>
        <translation>%1: %2 hat %3 Nachkommastellen; der %4 „%5“ hat %6. Geben Sie höchstens %3 Nachkommastellen ein.</translation>
    </message>
    <message>
        <source>%1: the %2 %3 is not below 1,000,000,000,000; check the amount.</source>
        <translation>%1: der %2 %3 liegt nicht unter 1.000.000.000.000; prüfen Sie den Betrag.</translation>
    </message>
    <message>
        <source>reading the customer</source>
        <translation>Lesen des Kunden</translation>
    </message>
    <message>
        <source>there is no customer with ID %1.</source>
        <translation>es gibt keinen Kunden mit der Nummer %1.</translation>
    </message>
    <message>
        <source>reading services credits purchases</source>
        <translation>Lesen der Service-Credit-Käufe</translation>
    </message>
    <message>
        <source>There is no services credits purchase %1.</source>
        <translation>Es gibt keinen Service-Credit-Kauf %1.</translation>
    </message>
    <message>
        <source>add services credits purchases</source>
        <translation>Service-Credit-Käufe anlegen</translation>
    </message>
    <message>
        <source>Services credits purchase for customer %1</source>
        <translation>Service-Credit-Kauf für Kunde %1</translation>
    </message>
    <message>
        <source>adding the services credits purchase</source>
        <translation>Anlegen des Service-Credit-Kaufs</translation>
    </message>
    <message>
        <source>The database did not return the new purchase&apos;s ID.</source>
        <translation>Die Datenbank hat die ID des neuen Kaufs nicht zurückgegeben.</translation>
    </message>
    <message>
        <source>Purchase %1 cannot be marked draft: its credits have moved (now %2 allocated, %3 redeemed, %4 expired). A purchase is marked draft only while none of its credits have ever been allocated or expired; record a new purchase instead.</source>
        <translation>Kauf %1 kann nicht als Entwurf markiert werden: seine Credits haben sich bewegt (jetzt %2 zugeordnet, %3 eingelöst, %4 verfallen). Ein Kauf wird nur als Entwurf markiert, solange keines seiner Credits je zugeordnet wurde oder verfallen ist; erfassen Sie stattdessen einen neuen Kauf.</translation>
    </message>
    <message>
        <source>edit services credits purchases</source>
        <translation>Service-Credit-Käufe bearbeiten</translation>
    </message>
    <message>
        <source>%1 was changed by %2 while you edited it; reload it and make your change again.</source>
        <translation>%1 wurde von %2 geändert, während Sie ihn bearbeitet haben; laden Sie ihn neu und ändern Sie ihn noch einmal.</translation>
    </message>
    <message>
        <source>%1 is not a draft, so its fields cannot change. Tick Draft to edit it (allowed while none of its credits have been allocated or expired).</source>
        <translation>%1 ist kein Entwurf, deshalb können sich seine Felder nicht ändern. Setzen Sie Entwurf, um ihn zu bearbeiten (erlaubt, solange keines seiner Credits zugeordnet wurde oder verfallen ist).</translation>
    </message>
    <message>
        <source>%1 was created from an opportunity of customer %2; its customer cannot change.</source>
        <translation>%1 wurde aus einer Verkaufschance von Kunde %2 angelegt; sein Kunde kann sich nicht ändern.</translation>
    </message>
    <message>
        <source>saving the services credits purchase</source>
        <translation>Speichern des Service-Credit-Kaufs</translation>
    </message>
    <message>
        <source>%1 was changed meanwhile; reload it and make your change again.</source>
        <translation>%1 wurde inzwischen geändert; laden Sie ihn neu und ändern Sie ihn noch einmal.</translation>
    </message>
    <message>
        <source>mark services credits purchases draft</source>
        <translation>Service-Credit-Käufe als Entwurf markieren</translation>
    </message>
    <message>
        <source>%1 is a draft already.</source>
        <translation>%1 ist bereits ein Entwurf.</translation>
    </message>
    <message>
        <source>%1 is not a draft.</source>
        <translation>%1 ist kein Entwurf.</translation>
    </message>
    <message>
        <source>counting services credits purchases</source>
        <translation>Zählen der Service-Credit-Käufe</translation>
    </message>
    <message>
        <source>%1: the name has %2 characters; at most 200 are kept.</source>
        <translation>%1: der Name hat %2 Zeichen; höchstens 200 werden gespeichert.</translation>
    </message>
</context>
<context>
    <name>bursar::core::RunLock</name>
    <message>
        <source>“%1” is not a billing period; write it as YYYY-MM, for example 2026-09.</source>
        <translation>„%1“ ist kein Abrechnungszeitraum; schreiben Sie ihn als JJJJ-MM, zum Beispiel 2026-09.</translation>
    </message>
    <message>
        <source>locking the billing run</source>
        <translation>beim Sperren des Abrechnungslaufs</translation>
    </message>
    <message>
        <source>another session</source>
        <translation>eine andere Sitzung</translation>
    </message>
    <message>
        <source>A billing run for %1 is already running (by %2). Wait for it to finish; two runs must never bill the same period.</source>
        <translation>Ein Abrechnungslauf für %1 läuft bereits (von %2). Warten Sie, bis er fertig ist; zwei Läufe dürfen nie denselben Zeitraum abrechnen.</translation>
    </message>
    <message>
        <source>A billing run for %1 is already running (process %2 on %3). Wait for it to finish; two runs must never bill the same period.</source>
        <translation>Ein Abrechnungslauf für %1 läuft bereits (Prozess %2 auf %3). Warten Sie, bis er fertig ist; zwei Läufe dürfen nie denselben Zeitraum abrechnen.</translation>
    </message>
</context>
<context>
    <name>bursar::core::ServicesCreditReport</name>
    <message>
        <source>reading services credits purchases</source>
        <translation>Lesen der Service-Credit-Käufe</translation>
    </message>
    <message>
        <source>counting services credits balances</source>
        <translation>Zählen der Service-Credit-Salden</translation>
    </message>
    <message>
        <source>reading services credits balances</source>
        <translation>Lesen der Service-Credit-Salden</translation>
    </message>
    <message>
        <source>The roll-forward needs a period: a from date on or before the to date.</source>
        <translation>Die Fortschreibung braucht einen Zeitraum: ein Von-Datum an oder vor dem Bis-Datum.</translation>
    </message>
    <message>
        <source>reading allocations</source>
        <translation>Lesen der Zuordnungen</translation>
    </message>
</context>
<context>
    <name>bursar::core::ServicesCreditSettingsService</name>
    <message>
        <source>reading the services credits settings</source>
        <translation>Lesen der Service-Credit-Einstellungen</translation>
    </message>
    <message>
        <source>change the services credits settings</source>
        <translation>die Service-Credit-Einstellungen ändern</translation>
    </message>
    <message>
        <source>The grace period is a number of days from 0 to 3650, not %1.</source>
        <translation>Die Karenzzeit ist eine Anzahl Tage von 0 bis 3650, nicht %1.</translation>
    </message>
    <message>
        <source>saving the services credits settings</source>
        <translation>Speichern der Service-Credit-Einstellungen</translation>
    </message>
</context>
<context>
    <name>bursar::core::StatementExporter</name>
    <message>
        <source>“%1” is not a document format; use %2.</source>
        <translation>„%1“ ist kein Dokumentformat; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist; create it or choose another.</source>
        <translation>Der Ordner „%1“ existiert nicht; legen Sie ihn an oder wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be written to; choose another.</source>
        <translation>In den Ordner „%1“ kann nicht geschrieben werden; wählen Sie einen anderen.</translation>
    </message>
</context>
<context>
    <name>bursar::core::StatementExports</name>
    <message>
        <source>Rounding to %1 units</source>
        <translation>Rundung auf %1-Einheiten</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>%1-Gutschriften</translation>
    </message>
    <message>
        <source>Marketplace credit</source>
        <translation>Marketplace-Gutschrift</translation>
    </message>
    <message>
        <source>%1% of %2</source>
        <translation>%1% von %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>reading the statement&apos;s usage</source>
        <translation>beim Lesen des Verbrauchs der Abrechnung</translation>
    </message>
    <message>
        <source>Statement %1: usage points to line %2, which it does not have.</source>
        <translation>Abrechnung %1: Verbrauch verweist auf Zeile %2, die es nicht gibt.</translation>
    </message>
    <message>
        <source>Priced on the line&apos;s usage totals; each usage line priced on its own differs by this</source>
        <translation>Auf die Verbrauchssummen der Zeile bepreist; jede Verbrauchszeile einzeln bepreist weicht um diesen Betrag ab</translation>
    </message>
    <message>
        <source>Rounded once, half-up, to %1 units</source>
        <translation>Einmal kaufmännisch auf %1-Einheiten gerundet</translation>
    </message>
    <message>
        <source>%1 %2%3%4</source>
        <translation>%1 %2%3%4</translation>
    </message>
    <message>
        <source>, expires %1</source>
        <translation>, läuft ab am %1</translation>
    </message>
    <message>
        <source>%1% of %2 (%3%4, from %5)</source>
        <translation>%1% von %2 (%3%4, ab %5)</translation>
    </message>
    <message>
        <source>The sum of every record above</source>
        <translation>Die Summe aller Datensätze darüber</translation>
    </message>
</context>
<context>
    <name>bursar::core::StatementService</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Beglichen</translation>
    </message>
    <message>
        <source>Past Due</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>Entwurf %1</translation>
    </message>
    <message>
        <source>counting statements</source>
        <translation>beim Zählen der Abrechnungen</translation>
    </message>
    <message>
        <source>reading statements</source>
        <translation>beim Lesen der Abrechnungen</translation>
    </message>
    <message>
        <source>reading the statement</source>
        <translation>beim Lesen der Abrechnung</translation>
    </message>
    <message>
        <source>There is no statement %1; it may have been a draft that was deleted.</source>
        <translation>Es gibt keine Abrechnung %1; vielleicht war sie ein gelöschter Entwurf.</translation>
    </message>
    <message>
        <source>reading the statement&apos;s lines</source>
        <translation>beim Lesen der Zeilen der Abrechnung</translation>
    </message>
    <message>
        <source>reading the statement&apos;s tax</source>
        <translation>beim Lesen der Steuer der Abrechnung</translation>
    </message>
    <message>
        <source>reading the statement&apos;s credits</source>
        <translation>beim Lesen der Gutschriften der Abrechnung</translation>
    </message>
    <message>
        <source>finding the statement</source>
        <translation>beim Suchen der Abrechnung</translation>
    </message>
    <message>
        <source>There is no statement numbered %1.</source>
        <translation>Es gibt keine Abrechnung mit der Nummer %1.</translation>
    </message>
    <message>
        <source>approve statements</source>
        <translation>Abrechnungen freigeben</translation>
    </message>
    <message>
        <source>reading the drafts</source>
        <translation>beim Lesen der Entwürfe</translation>
    </message>
    <message>
        <source>Statement %1 is not a draft: it was approved as %2.</source>
        <translation>Abrechnung %1 ist kein Entwurf: sie wurde als %2 freigegeben.</translation>
    </message>
    <message>
        <source>There is no statement %1; it may have been deleted.</source>
        <translation>Es gibt keine Abrechnung %1; vielleicht wurde sie gelöscht.</translation>
    </message>
    <message>
        <source>approving the statements</source>
        <translation>beim Freigeben der Abrechnungen</translation>
    </message>
    <message>
        <source>delete draft statements</source>
        <translation>Abrechnungsentwürfe löschen</translation>
    </message>
    <message>
        <source>There is no statement %1; it may have been deleted already.</source>
        <translation>Es gibt keine Abrechnung %1; vielleicht wurde sie schon gelöscht.</translation>
    </message>
    <message>
        <source>Statement %1 was approved as %2 and never changes; correct it with a credit or debit memo.</source>
        <translation>Abrechnung %1 wurde als %2 freigegeben und ändert sich nie; berichtigen Sie sie mit einer Gutschrifts- oder Lastschriftsanzeige.</translation>
    </message>
    <message>
        <source>deleting the draft</source>
        <translation>beim Löschen des Entwurfs</translation>
    </message>
    <message>
        <source>There is no %1 → %2 exchange rate on or before %3; add one in Settings &gt; Exchange Rates.</source>
        <translation>Es gibt keinen Wechselkurs %1 → %2 am oder vor dem %3; legen Sie einen unter Einstellungen &gt; Wechselkurse an.</translation>
    </message>
    <message>
        <source>recording the exchange rate</source>
        <translation>beim Festhalten des Wechselkurses</translation>
    </message>
    <message>
        <source>reading the statement&apos;s exchange rates</source>
        <translation>beim Lesen der Wechselkurse der Abrechnung</translation>
    </message>
    <message>
        <source>the usage of %1 account %2 for %3 belongs to the customer with ID %4, whose billing for that period is locked by draft statement %5: delete the draft first (Billing &gt; Preview Generated Billing Statements), then try again.</source>
        <translation>der Verbrauch des %1-Kontos %2 für %3 gehört dem Kunden mit der ID %4, dessen Abrechnung für diese Periode durch den Abrechnungsentwurf %5 gesperrt ist: löschen Sie zuerst den Entwurf (Abrechnung &gt; Vorschau erzeugter Abrechnungen) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>the usage of %1 account %2 for %3 belongs to the customer with ID %4, whose statement %5 for that period is approved and never changes: correct it with a credit or debit memo.</source>
        <translation>der Verbrauch des %1-Kontos %2 für %3 gehört dem Kunden mit der ID %4, dessen Abrechnung %5 für diese Periode freigegeben ist und sich nie ändert: berichtigen Sie sie mit einer Gutschrifts- oder Lastschriftsanzeige.</translation>
    </message>
    <message>
        <source>checking locked periods</source>
        <translation>beim Prüfen gesperrter Perioden</translation>
    </message>
    <message>
        <source>The account cannot be mapped: %1</source>
        <translation>Das Konto kann nicht zugeordnet werden: %1</translation>
    </message>
    <message>
        <source>The account cannot be unmapped: %1</source>
        <translation>Die Zuordnung des Kontos kann nicht aufgehoben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 The %n statement(s) approved before stay approved.</source>
        <translation>
            <numerusform>%1 Die zuvor freigegebene Abrechnung bleibt freigegeben.</numerusform>
            <numerusform>%1 Die %n zuvor freigegebenen Abrechnungen bleiben freigegeben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bursar::core::TaxCategories</name>
    <message>
        <source>reading the tax categories</source>
        <translation>Lesen der Steuerkategorien</translation>
    </message>
    <message>
        <source>region and state rates</source>
        <translation>Sätze der Region und des Bundesstaats</translation>
    </message>
    <message>
        <source>region rate only</source>
        <translation>nur der Satz der Region</translation>
    </message>
    <message>
        <source>state rate only</source>
        <translation>nur der Satz des Bundesstaats</translation>
    </message>
    <message>
        <source>no rate (not taxed)</source>
        <translation>kein Satz (nicht besteuert)</translation>
    </message>
    <message>
        <source>change the tax categories</source>
        <translation>die Steuerkategorien ändern</translation>
    </message>
    <message>
        <source>A tax category needs a name, such as Standard or Reduced.</source>
        <translation>Eine Steuerkategorie braucht einen Namen, etwa Standard oder Ermäßigt.</translation>
    </message>
    <message>
        <source>The tax category name “%1” is longer than 40 characters; shorten it.</source>
        <translation>Der Name der Steuerkategorie „%1“ ist länger als 40 Zeichen; kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>The tax category name “%1” contains “|”, which separates a memo line&apos;s fields on the command line; leave it out.</source>
        <translation>Der Name der Steuerkategorie „%1“ enthält „|“, das auf der Kommandozeile die Felder einer Belegzeile trennt; lassen Sie es weg.</translation>
    </message>
    <message>
        <source>saving the tax category</source>
        <translation>Speichern der Steuerkategorie</translation>
    </message>
    <message>
        <source>There is no tax category “%1”; nothing was removed.</source>
        <translation>Es gibt keine Steuerkategorie „%1“; nichts wurde entfernt.</translation>
    </message>
    <message>
        <source>reading the memos</source>
        <translation>Lesen der Belege</translation>
    </message>
    <message>
        <source>The tax category “%1” is on a line of the Hold memo %2; change that line or delete the memo first. Released memos keep their tax whatever happens to the category.</source>
        <translation>Die Steuerkategorie „%1“ steht auf einer Zeile des Belegs %2 (Hold); ändern Sie diese Zeile oder löschen Sie zuerst den Beleg. Freigegebene Belege behalten ihre Steuer, was immer mit der Kategorie geschieht.</translation>
    </message>
    <message>
        <source>removing the tax category</source>
        <translation>Entfernen der Steuerkategorie</translation>
    </message>
</context>
<context>
    <name>bursar::core::TaxTable</name>
    <message>
        <source>The tax rate “%1” is not a number: %2</source>
        <translation>Der Steuersatz „%1“ ist keine Zahl: %2</translation>
    </message>
    <message>
        <source>The tax rate %1 is outside 0 to 100 percent.</source>
        <translation>Der Steuersatz %1 liegt außerhalb von 0 bis 100 Prozent.</translation>
    </message>
    <message>
        <source>The tax rate %1 has more than 4 decimals.</source>
        <translation>Der Steuersatz %1 hat mehr als 4 Nachkommastellen.</translation>
    </message>
    <message>
        <source>change the tax table</source>
        <translation>die Steuertabelle ändern</translation>
    </message>
    <message>
        <source>A tax rate needs a region, such as US or DE (the customers&apos; Region field).</source>
        <translation>Ein Steuersatz braucht eine Region, etwa US oder DE (das Feld Region der Kunden).</translation>
    </message>
    <message>
        <source>The region and state are at most 40 characters each.</source>
        <translation>Region und Bundesland haben höchstens 40 Zeichen.</translation>
    </message>
    <message>
        <source>The tax rate for %1 needs the date it applies from.</source>
        <translation>Der Steuersatz für %1 braucht das Datum, ab dem er gilt.</translation>
    </message>
    <message>
        <source>%1 tax</source>
        <translation>Steuer %1</translation>
    </message>
    <message>
        <source>reading the tax table</source>
        <translation>beim Lesen der Steuertabelle</translation>
    </message>
    <message>
        <source>changing the tax rate</source>
        <translation>beim Ändern des Steuersatzes</translation>
    </message>
    <message>
        <source>adding the tax rate</source>
        <translation>beim Anlegen des Steuersatzes</translation>
    </message>
</context>
<context>
    <name>bursar::core::UblWriter</name>
    <message>
        <source>The sum of the lines</source>
        <translation>Die Summe der Positionen</translation>
    </message>
    <message>
        <source>The total without VAT</source>
        <translation>Der Gesamtbetrag ohne USt</translation>
    </message>
    <message>
        <source>The VAT total</source>
        <translation>Die USt-Summe</translation>
    </message>
    <message>
        <source>The total with VAT</source>
        <translation>Der Gesamtbetrag mit USt</translation>
    </message>
    <message>
        <source>The amount due</source>
        <translation>Der fällige Betrag</translation>
    </message>
    <message>
        <source>A VAT category&apos;s taxable amount</source>
        <translation>Die Bemessungsgrundlage einer USt-Kategorie</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Account Information</source>
        <translation>Kontoinformationen</translation>
    </message>
    <message>
        <source>E-invoicing</source>
        <translation>E-Rechnung</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Firmenname laut Register</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Electronic address</source>
        <translation>Elektronische Adresse</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>VAT category</source>
        <translation>USt-Kategorie</translation>
    </message>
    <message>
        <source>Exemption reason</source>
        <translation>Befreiungsgrund</translation>
    </message>
    <message>
        <source>%1 is missing (%2). Set it in %3.</source>
        <translation>%1 fehlt (%2). Setzen Sie es unter %3.</translation>
    </message>
    <message>
        <source>Our legal name</source>
        <translation>Unser Firmenname laut Register</translation>
    </message>
    <message>
        <source>Our country (a country name or ISO code Bursar knows)</source>
        <translation>Unser Land (ein Ländername oder ISO-Code, den Bursar kennt)</translation>
    </message>
    <message>
        <source>The customer&apos;s name</source>
        <translation>Der Name des Kunden</translation>
    </message>
    <message>
        <source>The customer&apos;s country (its region)</source>
        <translation>Das Land des Kunden (seine Region)</translation>
    </message>
    <message>
        <source>Our electronic address</source>
        <translation>Unsere elektronische Adresse</translation>
    </message>
    <message>
        <source>The customer&apos;s electronic address</source>
        <translation>Die elektronische Adresse des Kunden</translation>
    </message>
    <message>
        <source>the electronic address scheme “%1” is not a Peppol EAS code (for example 0088, 0208, 9930). Set it in %2.</source>
        <translation>das Schema „%1“ der elektronischen Adresse ist kein Peppol-EAS-Code (zum Beispiel 0088, 0208, 9930). Setzen Sie es in %2.</translation>
    </message>
    <message>
        <source>it mixes lines not subject to VAT with taxed lines; a document not subject to VAT holds no other VAT category.</source>
        <translation>es mischt nicht steuerbare mit besteuerten Positionen; ein nicht steuerbares Dokument enthält keine andere USt-Kategorie.</translation>
    </message>
    <message>
        <source>Our VAT identifier</source>
        <translation>Unsere USt-IdNr.</translation>
    </message>
    <message>
        <source>the VAT identifier “%1” does not start with a country code (DE…, FR…, EL… for Greece). Set it in %2.</source>
        <translation>die USt-IdNr. „%1“ beginnt nicht mit einer Länderkennung (DE…, FR…, EL… für Griechenland). Setzen Sie sie in %2.</translation>
    </message>
    <message>
        <source>Under reverse charge, the customer&apos;s VAT identifier</source>
        <translation>Bei Reverse Charge die USt-IdNr. des Kunden</translation>
    </message>
    <message>
        <source>For an intra-community supply, the customer&apos;s VAT identifier</source>
        <translation>Bei einer innergemeinschaftlichen Lieferung die USt-IdNr. des Kunden</translation>
    </message>
    <message>
        <source>Our bank account (IBAN), where the customer pays</source>
        <translation>Unser Bankkonto (IBAN), auf das der Kunde zahlt</translation>
    </message>
    <message>
        <source>“%1” is not an IBAN (its check digits do not match).</source>
        <translation>„%1“ ist keine IBAN (ihre Prüfziffern stimmen nicht).</translation>
    </message>
    <message>
        <source>an amount is due but no due date is known.</source>
        <translation>ein Betrag ist fällig, aber kein Fälligkeitsdatum bekannt.</translation>
    </message>
    <message>
        <source>%1 is %2 %3 but the parts add up to %4 %3 (%5). The document is inconsistent; report it.</source>
        <translation>%1 ist %2 %3, aber die Teile ergeben %4 %3 (%5). Das Dokument ist widersprüchlich; melden Sie es.</translation>
    </message>
    <message>
        <source>the %1 %2 % VAT is %3 %4 on a base of %5 %4; the base at that rate gives %6.</source>
        <translation>die USt %1 %2 % beträgt %3 %4 auf eine Bemessungsgrundlage von %5 %4; diese ergibt zu diesem Satz %6.</translation>
    </message>
    <message>
        <source>The reason for the VAT exemption</source>
        <translation>Der Grund der Steuerbefreiung</translation>
    </message>
    <message>
        <source>VAT category %1 carries no tax, but %2 %3 is charged.</source>
        <translation>Die USt-Kategorie %1 trägt keine Steuer, aber %2 %3 werden berechnet.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 4217 currency code.</source>
        <translation>„%1“ ist kein ISO-4217-Währungscode.</translation>
    </message>
    <message>
        <source>it has no issue date.</source>
        <translation>es hat kein Ausstellungsdatum.</translation>
    </message>
    <message>
        <source>it carries no tax, and seller and buyer are both in %1, so Bursar cannot tell why. Choose the VAT category for untaxed documents (Z zero-rated, E exempt with a reason, O not subject to VAT) in Customers &gt; %2 &gt; E-invoicing.</source>
        <translation>es trägt keine Steuer, und Verkäufer und Käufer sind beide in %1, daher kann Bursar nicht wissen, warum. Wählen Sie die USt-Kategorie für Dokumente ohne Steuer (Z Nullsatz, E steuerbefreit mit Grund, O nicht steuerbar) unter Kunden &gt; %2 &gt; E-Rechnung.</translation>
    </message>
    <message>
        <source>an unknown country</source>
        <translation>einem unbekannten Land</translation>
    </message>
    <message>
        <source>the %1 %2 %3 has more decimals than the %4 EN 16931 allows; this document cannot be an e-invoice.</source>
        <translation>%1 %2 %3 hat mehr Nachkommastellen als die %4, die EN 16931 erlaubt; dieses Dokument kann keine E-Rechnung sein.</translation>
    </message>
    <message>
        <source>our VAT is accounted in %1, and Settings &gt; Exchange Rates has no %2 → %1 rate on or before %3. Add the rate.</source>
        <translation>unsere USt wird in %1 abgerechnet, und Einstellungen &gt; Wechselkurse hat keinen Kurs %2 → %1 am oder vor dem %3. Fügen Sie den Kurs hinzu.</translation>
    </message>
    <message>
        <source>Statement %1</source>
        <translation>Abrechnung %1</translation>
    </message>
    <message>
        <source>it is a draft. Only approved statements leave as e-invoices; approve it first.</source>
        <translation>es ist ein Entwurf. Nur freigegebene Abrechnungen gehen als E-Rechnung hinaus; geben Sie sie zuerst frei.</translation>
    </message>
    <message>
        <source>it carries %1 taxes on one base (%2). An e-invoice gives each line one VAT rate; EN 16931 has no stacked taxes.</source>
        <translation>es trägt %1 Steuern auf einer Bemessungsgrundlage (%2). Eine E-Rechnung gibt jeder Position einen USt-Satz; EN 16931 kennt keine gestapelten Steuern.</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>total</source>
        <translation>Gesamtbetrag</translation>
    </message>
    <message>
        <source>amount paid</source>
        <translation>bezahlte Betrag</translation>
    </message>
    <message>
        <source>charges</source>
        <translation>Gebühren</translation>
    </message>
    <message>
        <source>its lines add up to %1 %2, but it shows charges and marketplace fees of %3 %2; report it.</source>
        <translation>seine Positionen ergeben %1 %2, es zeigt aber Gebühren und Marketplace-Gebühren von %3 %2; melden Sie es.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>a payment is not an invoice; only memos leave as e-invoices.</source>
        <translation>eine Zahlung ist keine Rechnung; nur Gutschriften und Lastschriften gehen als E-Rechnung hinaus.</translation>
    </message>
    <message>
        <source>it is on Hold. Only released memos leave as e-invoices; release it first.</source>
        <translation>es ist zurückgehalten. Nur freigegebene Belege gehen als E-Rechnung hinaus; geben Sie es zuerst frei.</translation>
    </message>
    <message>
        <source>line %1&apos;s tax category %2 takes %3 rates at once; an e-invoice gives each line one VAT rate.</source>
        <translation>die Steuerkategorie %2 der Position %1 nimmt %3 Sätze zugleich; eine E-Rechnung gibt jeder Position einen USt-Satz.</translation>
    </message>
    <message>
        <source>line %1&apos;s price</source>
        <translation>Preis der Position %1</translation>
    </message>
    <message>
        <source>line %1 has a negative price; write the line with a negative quantity instead.</source>
        <translation>Position %1 hat einen negativen Preis; schreiben Sie die Position stattdessen mit negativer Menge.</translation>
    </message>
    <message>
        <source>line %1&apos;s discount</source>
        <translation>Rabatt der Position %1</translation>
    </message>
    <message>
        <source>Receives e-invoices</source>
        <translation>Erhält E-Rechnungen</translation>
    </message>
    <message>
        <source>customer %1 does not receive e-invoices. Tick “receives e-invoices” in %2 and give its VAT ID and electronic address, or send it the PDF.</source>
        <translation>Kunde %1 erhält keine E-Rechnungen. Setzen Sie das Häkchen „erhält E-Rechnungen“ unter %2 und geben Sie seine USt-IdNr. und elektronische Adresse an, oder senden Sie ihm das PDF.</translation>
    </message>
</context>
<context>
    <name>bursar::core::UsageImporter</name>
    <message>
        <source>reading the import&apos;s totals</source>
        <translation>beim Lesen der Summen des Imports</translation>
    </message>
    <message>
        <source>reading the import</source>
        <translation>beim Lesen des Imports</translation>
    </message>
    <message>
        <source>Import %1 does not exist.</source>
        <translation>Import %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>reading the import&apos;s periods</source>
        <translation>beim Lesen der Perioden des Imports</translation>
    </message>
    <message>
        <source>finding unmapped accounts</source>
        <translation>beim Suchen nicht zugeordneter Konten</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1, line %2, column %3 (%4): %5</source>
        <translation>%1, Zeile %2, Spalte %3 (%4): %5</translation>
    </message>
    <message>
        <source>import usage</source>
        <translation>Verbrauch importieren</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation>„%1“ lässt sich nicht öffnen: %2.</translation>
    </message>
    <message>
        <source>%1 is empty; there is nothing to import. Export the usage again.</source>
        <translation>%1 ist leer; es gibt nichts zu importieren. Exportieren Sie den Verbrauch erneut.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 holds no header and no rows; there is nothing to import.</source>
        <translation>%1 enthält weder Kopfzeile noch Zeilen; es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>%1: the header is one column that contains “%2”: the file is separated by “%2”, but usage exports are comma-separated. Export it again with commas.</source>
        <translation>%1: die Kopfzeile ist eine einzige Spalte, die „%2“ enthält: die Datei ist durch „%2“ getrennt, Verbrauchsexporte sind aber kommagetrennt. Exportieren Sie sie erneut mit Kommas.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>%1 is not a usage export Bursar recognises (FOCUS, AWS CUR, Azure cost details, Partner Center). Check the file, or name the format with --as.</source>
        <translation>%1 ist kein Verbrauchsexport, den Bursar erkennt (FOCUS, AWS CUR, Azure-Kostendetails, Partner Center). Prüfen Sie die Datei oder nennen Sie das Format mit --as.</translation>
    </message>
    <message>
        <source>reading the vendors&apos; entities</source>
        <translation>beim Lesen der Rechtsträger der Hersteller</translation>
    </message>
    <message>
        <source>recording the import</source>
        <translation>beim Festhalten des Imports</translation>
    </message>
    <message>
        <source>Import of %1 cancelled; nothing was imported.</source>
        <translation>Import von %1 abgebrochen; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>the row is %1 usage (provider “%2”), but the file is imported as %3 usage.</source>
        <translation>die Zeile ist Verbrauch von %1 (Anbieter „%2“), aber die Datei wird als Verbrauch von %3 importiert.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 4217 currency code (USD, EUR, JPY ...).</source>
        <translation>„%1“ ist kein Währungscode nach ISO 4217 (USD, EUR, JPY …).</translation>
    </message>
    <message>
        <source>subscription %1 belongs to customer %2 here but to customer %3 on line %4; one subscription cannot belong to two customers. Correct the file.</source>
        <translation>Abonnement %1 gehört hier zu Kunde %2, in Zeile %4 aber zu Kunde %3; ein Abonnement kann nicht zwei Kunden gehören. Korrigieren Sie die Datei.</translation>
    </message>
    <message>
        <source> (and %1 more problems)</source>
        <translation> (und %1 weitere Probleme)</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing changed. %2</source>
        <translation>%1 wurde nicht importiert; nichts wurde geändert. %2</translation>
    </message>
    <message>
        <source>%1 could not be read to its end; nothing was imported.</source>
        <translation>%1 ließ sich nicht bis zum Ende lesen; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>looking for an earlier import of the file</source>
        <translation>beim Suchen eines früheren Imports der Datei</translation>
    </message>
    <message>
        <source>Could not prepare the import: %1</source>
        <translation>Der Import ließ sich nicht vorbereiten: %1</translation>
    </message>
    <message>
        <source>%1: the sum of %2&apos;s %3 costs exceeds Bursar&apos;s range; nothing was imported.</source>
        <translation>%1: die Summe der Kosten %3 von %2 übersteigt den Wertebereich von Bursar; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Writing usage totals failed: %1</source>
        <translation>Schreiben der Verbrauchssummen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3 rows, %4 lines, SHA-256 %5)</source>
        <translation>%1 (%2, %3 Zeilen, %4 Verbrauchszeilen, SHA-256 %5)</translation>
    </message>
    <message>
        <source>reading the import history</source>
        <translation>beim Lesen des Importverlaufs</translation>
    </message>
    <message>
        <source>reading the vendor&apos;s credits</source>
        <translation>beim Lesen der Gutschriften des Herstellers</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing changed: %2</source>
        <translation>%1 wurde nicht importiert; nichts wurde geändert: %2</translation>
    </message>
    <message>
        <source>import it as usage</source>
        <translation>sie als Verbrauch importieren</translation>
    </message>
    <message>
        <source>%1 is in the %2 format, which holds %3 usage, not %4.</source>
        <translation>%1 ist eine %2-Datei, die Verbrauch von %3 enthält, nicht von %4.</translation>
    </message>
    <message>
        <source>%1 has its header and no usage rows; nothing was imported. Export the month again, with its rows.</source>
        <translation>%1 hat eine Kopfzeile und keine Verbrauchszeilen; nichts wurde importiert. Exportieren Sie den Monat erneut, mit seinen Zeilen.</translation>
    </message>
    <message>
        <source>looking for an earlier import of the same usage</source>
        <translation>Suche nach einem früheren Import desselben Verbrauchs</translation>
    </message>
    <message>
        <source>reading the import to replace</source>
        <translation>Lesen des zu ersetzenden Imports</translation>
    </message>
    <message>
        <source>There is no import %1 to replace; Usage &gt; Imports (bursar usage history) lists them.</source>
        <translation>Es gibt keinen Import %1 zum Ersetzen; Verbrauch &gt; Importe (bursar usage history) listet sie auf.</translation>
    </message>
    <message>
        <source>Import %1 (%2) holds %3 usage; %4 holds %5 usage and cannot replace it.</source>
        <translation>Import %1 (%2) enthält %3-Verbrauch; %4 enthält %5-Verbrauch und kann ihn nicht ersetzen.</translation>
    </message>
    <message>
        <source>Import %1 (%2) was replaced already, by import %3; replace that one instead.</source>
        <translation>Import %1 (%2) wurde bereits durch Import %3 ersetzt; ersetzen Sie stattdessen diesen.</translation>
    </message>
    <message>
        <source>reading statements</source>
        <translation>Lesen der Abrechnungen</translation>
    </message>
    <message>
        <source>Import %1 (%2) is billed on statement %3; a billed period&apos;s usage cannot be replaced. Credit or debit the difference with a memo instead.</source>
        <translation>Import %1 (%2) ist in der Abrechnung %3 abgerechnet; der Verbrauch einer abgerechneten Periode kann nicht ersetzt werden. Schreiben Sie die Differenz stattdessen mit einer Gut- oder Lastschrift gut oder zu Lasten.</translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation>Entwurf %1</translation>
    </message>
    <message>
        <source>Import %1 (%2) holds %3 and %4 holds %5: a corrected file re-issues the same billing periods. Import it on its own instead.</source>
        <translation>Import %1 (%2) enthält %3 und %4 enthält %5: Eine korrigierte Datei stellt dieselben Abrechnungsperioden neu aus. Importieren Sie sie stattdessen für sich.</translation>
    </message>
    <message>
        <source>Import %1 (%2) cannot be replaced: %3</source>
        <translation>Import %1 (%2) kann nicht ersetzt werden: %3</translation>
    </message>
    <message>
        <source>recording the replacement</source>
        <translation>Verzeichnen der Ersetzung</translation>
    </message>
    <message>
        <source>Import %1 was replaced meanwhile in another window; nothing changed.</source>
        <translation>Import %1 wurde inzwischen in einem anderen Fenster ersetzt; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>replaced by import %1 (%2)</source>
        <translation>ersetzt durch Import %1 (%2)</translation>
    </message>
    <message>
        <source>%1 holds the same usage as import %2 (%3, imported %4): the same accounts, periods, products and amounts, in other bytes. Nothing was imported; nothing changed. A file the vendor corrected differs in its amounts.</source>
        <translation>%1 enthält denselben Verbrauch wie Import %2 (%3, importiert %4): dieselben Konten, Perioden, Produkte und Beträge in anderen Bytes. Nichts wurde importiert; nichts wurde geändert. Eine vom Anbieter korrigierte Datei unterscheidet sich in ihren Beträgen.</translation>
    </message>
    <message>
        <source>reading the import&apos;s vendors</source>
        <translation>Lesen der Hersteller des Imports</translation>
    </message>
    <message>
        <source>“%1” (rows: %2)</source>
        <translation>„%1“ (Zeilen: %2)</translation>
    </message>
    <message>
        <source>; left out: %1 (rows: %2)</source>
        <translation>; ausgelassen: %1 (Zeilen: %2)</translation>
    </message>
    <message>
        <source>%1: every row was left out (--skip-provider); nothing was imported.</source>
        <translation>%1: Jede Zeile wurde ausgelassen (--skip-provider); nichts wurde importiert.</translation>
    </message>
    <message>
        <source>reading the vendors&apos; FOCUS provider names</source>
        <translation>beim Lesen der FOCUS-Anbieternamen der Hersteller</translation>
    </message>
    <message>
        <source>the file does not say which vendor&apos;s usage it holds (no known ProviderName); name it with --vendor %1.</source>
        <translation>die Datei sagt nicht, welches Herstellers Nutzung sie enthält (kein bekannter ProviderName); nennen Sie ihn mit --vendor %1.</translation>
    </message>
    <message>
        <source>%1 holds usage of providers no Bursar vendor claims: %2. Add the vendor (Settings &gt; Vendors, or bursar vendors add --key KEY --name NAME --focus-provider NAME); if a name is another spelling of a vendor Bursar has, add it to that vendor (bursar vendors set KEY --add-focus-provider NAME); or leave its rows out on record with --skip-provider NAME.</source>
        <translation>%1 enthält Nutzung von Anbietern, die kein Bursar-Hersteller beansprucht: %2. Fügen Sie den Hersteller hinzu (Einstellungen &gt; Hersteller oder bursar vendors add --key KEY --name NAME --focus-provider NAME); ist ein Name eine andere Schreibweise eines Herstellers, den Bursar hat, fügen Sie ihn diesem Hersteller hinzu (bursar vendors set KEY --add-focus-provider NAME); oder lassen Sie seine Zeilen nachvollziehbar mit --skip-provider NAME weg.</translation>
    </message>
    <message>
        <source>reading the credits issued from vendor credits</source>
        <translation>beim Lesen der aus Anbietergutschriften ausgegebenen Gutschriften</translation>
    </message>
</context>
<context>
    <name>bursar::core::UsageRowMapper</name>
    <message>
        <source>FinOps FOCUS</source>
        <translation>FinOps FOCUS</translation>
    </message>
    <message>
        <source>AWS Cost and Usage Report</source>
        <translation>AWS Cost and Usage Report</translation>
    </message>
    <message>
        <source>Azure cost details</source>
        <translation>Azure-Kostendetails</translation>
    </message>
    <message>
        <source>Partner Center daily rated usage</source>
        <translation>Partner Center, täglich bewerteter Verbrauch</translation>
    </message>
    <message>
        <source>%1 is empty; every row needs it.</source>
        <translation>%1 ist leer; jede Zeile braucht es.</translation>
    </message>
    <message>
        <source>%1 is empty; every row needs an amount.</source>
        <translation>%1 ist leer; jede Zeile braucht einen Betrag.</translation>
    </message>
    <message>
        <source>“%1” in %2 is not an amount: %3</source>
        <translation>„%1“ in %2 ist kein Betrag: %3</translation>
    </message>
    <message>
        <source>%1 is empty; every row needs a date.</source>
        <translation>%1 ist leer; jede Zeile braucht ein Datum.</translation>
    </message>
    <message>
        <source>the row has %1 columns but the header has %2; a delimiter or quote is probably missing or extra.</source>
        <translation>die Zeile hat %1 Spalten, die Kopfzeile aber %2; wahrscheinlich fehlt ein Trennzeichen oder Anführungszeichen oder ist zu viel.</translation>
    </message>
    <message>
        <source>Column %1 of the header has no name; the first line must name every column.</source>
        <translation>Spalte %1 der Kopfzeile hat keinen Namen; die erste Zeile muss jede Spalte benennen.</translation>
    </message>
    <message>
        <source>The header names “%1” twice (columns %2 and %3); Bursar cannot tell which one to read.</source>
        <translation>Die Kopfzeile nennt „%1“ zweimal (Spalten %2 und %3); Bursar kann nicht entscheiden, welche gelesen werden soll.</translation>
    </message>
    <message>
        <source>The header lacks the column %1, which every %2 file has.</source>
        <translation>Der Kopfzeile fehlt die Spalte %1, die jede %2-Datei hat.</translation>
    </message>
    <message>
        <source>“%1” in %2 is not a date Bursar reads (2024-09-01, 2024-09-01T00:00:00Z, 2024-09-01 00:00:00, or month first as Microsoft writes it: 9/1/2024 or 09/01/2024).</source>
        <translation>„%1“ in %2 ist kein Datum, das Bursar liest (2024-09-01, 2024-09-01T00:00:00Z, 2024-09-01 00:00:00 oder mit dem Monat zuerst, wie Microsoft schreibt: 9/1/2024 oder 09/01/2024).</translation>
    </message>
</context>
<context>
    <name>bursar::core::UserService</name>
    <message>
        <source>“%1” is not a privilege; use %2.</source>
        <translation>„%1“ ist keine Berechtigung; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>Name at least one privilege, for example MANAGE_CUSTOMERS.</source>
        <translation>Nennen Sie mindestens eine Berechtigung, zum Beispiel MANAGE_CUSTOMERS.</translation>
    </message>
    <message>
        <source>reading users</source>
        <translation>beim Lesen der Benutzer</translation>
    </message>
    <message>
        <source>There is no Bursar user “%1”; list them with bursar users list.</source>
        <translation>Es gibt keinen Bursar-Benutzer „%1“; listen Sie sie mit bursar users list auf.</translation>
    </message>
    <message>
        <source>add users</source>
        <translation>Benutzer anlegen</translation>
    </message>
    <message>
        <source>New user: “%1” is not a user name; use 1 to 64 letters, digits and . _ @ - only.</source>
        <translation>Neuer Benutzer: „%1“ ist kein Benutzername; verwenden Sie 1 bis 64 Buchstaben, Ziffern und nur . _ @ -.</translation>
    </message>
    <message>
        <source>New user %1: “%2” is not a PostgreSQL login name.</source>
        <translation>Neuer Benutzer %1: „%2“ ist kein PostgreSQL-Anmeldename.</translation>
    </message>
    <message>
        <source>New user: a user named “%1” or with that login exists already.</source>
        <translation>Neuer Benutzer: Ein Benutzer namens „%1“ oder mit dieser Anmeldung existiert bereits.</translation>
    </message>
    <message>
        <source>adding the user</source>
        <translation>beim Anlegen des Benutzers</translation>
    </message>
    <message>
        <source>grant privileges</source>
        <translation>Berechtigungen erteilen</translation>
    </message>
    <message>
        <source>granting privileges</source>
        <translation>beim Erteilen von Berechtigungen</translation>
    </message>
    <message>
        <source>revoke privileges</source>
        <translation>Berechtigungen entziehen</translation>
    </message>
    <message>
        <source>revoking privileges</source>
        <translation>beim Entziehen von Berechtigungen</translation>
    </message>
    <message>
        <source>%1 is the last user who may manage users; grant MANAGE_USERS to someone else first.</source>
        <translation>%1 ist der letzte Benutzer, der Benutzer verwalten darf; erteilen Sie MANAGE_USERS zuerst jemand anderem.</translation>
    </message>
    <message>
        <source>User %1: a user of a tenant or a customer reads only and holds no privileges; revoke them first, or keep the user for the whole installation.</source>
        <translation>Benutzer %1: Ein Benutzer eines Mandanten oder Kunden liest nur und hat keine Berechtigungen; entziehen Sie sie zuerst, oder lassen Sie den Benutzer bei der ganzen Installation.</translation>
    </message>
    <message>
        <source>change users</source>
        <translation>Benutzer ändern</translation>
    </message>
    <message>
        <source>reading privileges</source>
        <translation>beim Lesen der Berechtigungen</translation>
    </message>
    <message>
        <source>changing the user</source>
        <translation>beim Ändern des Benutzers</translation>
    </message>
    <message>
        <source>%1 belongs to a tenant or a customer and reads only; move the user to the whole installation first (bursar users set --name %1 --all-tenants).</source>
        <translation>%1 gehört zu einem Mandanten oder Kunden und liest nur; stellen Sie den Benutzer zuerst auf die ganze Installation um (bursar users set --name %1 --all-tenants).</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>reading the scope</source>
        <translation>beim Lesen des Bereichs</translation>
    </message>
    <message>
        <source>%1: there is no tenant %2; list them with bursar tenants list.</source>
        <translation>%1: Es gibt keinen Mandanten %2; listen Sie sie mit bursar tenants list auf.</translation>
    </message>
    <message>
        <source>%1: there is no customer %2; list them with bursar customers list.</source>
        <translation>%1: Es gibt keinen Kunden %2; listen Sie sie mit bursar customers list auf.</translation>
    </message>
</context>
<context>
    <name>bursar::core::Vendor</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
</context>
<context>
    <name>bursar::core::VendorCatalog</name>
    <message>
        <source>The FOCUS provider name is empty; type it as the file&apos;s ProviderName column writes it.</source>
        <translation>Der FOCUS-Anbietername ist leer; geben Sie ihn so ein, wie ihn die Spalte ProviderName der Datei schreibt.</translation>
    </message>
    <message>
        <source>reading the vendors&apos; FOCUS provider names</source>
        <translation>beim Lesen der FOCUS-Anbieternamen der Hersteller</translation>
    </message>
    <message>
        <source>%1 already has the FOCUS provider name “%2”.</source>
        <translation>%1 hat den FOCUS-Anbieternamen „%2“ bereits.</translation>
    </message>
    <message>
        <source>The FOCUS provider name “%1” already means %2; a provider name means one vendor. Remove it there first (bursar vendors set %3 --remove-focus-provider NAME).</source>
        <translation>Der FOCUS-Anbietername „%1“ bezeichnet bereits %2; ein Anbietername bezeichnet genau einen Hersteller. Entfernen Sie ihn dort zuerst (bursar vendors set %3 --remove-focus-provider NAME).</translation>
    </message>
    <message>
        <source>adding the FOCUS provider name</source>
        <translation>beim Hinzufügen des FOCUS-Anbieternamens</translation>
    </message>
    <message>
        <source>removing the FOCUS provider name</source>
        <translation>beim Entfernen des FOCUS-Anbieternamens</translation>
    </message>
    <message>
        <source>%1 has no FOCUS provider name “%2”.</source>
        <translation>%1 hat keinen FOCUS-Anbieternamen „%2“.</translation>
    </message>
    <message>
        <source>reading the vendors</source>
        <translation>beim Lesen der Hersteller</translation>
    </message>
    <message>
        <source>add vendors</source>
        <translation>Hersteller hinzufügen</translation>
    </message>
    <message>
        <source>“%1” cannot be a vendor key: use 2 to 23 lower-case letters, digits or &apos;-&apos;, starting with a letter (oracle, ibm-cloud).</source>
        <translation>„%1“ kann kein Herstellerschlüssel sein: verwenden Sie 2 bis 23 Kleinbuchstaben, Ziffern oder &apos;-&apos;, beginnend mit einem Buchstaben (oracle, ibm-cloud).</translation>
    </message>
    <message>
        <source>The vendor has no name; type the name clerks know it by (Oracle Cloud).</source>
        <translation>Der Hersteller hat keinen Namen; geben Sie den Namen ein, unter dem ihn die Sachbearbeiter kennen (Oracle Cloud).</translation>
    </message>
    <message>
        <source>adding the vendor</source>
        <translation>beim Hinzufügen des Herstellers</translation>
    </message>
    <message>
        <source>%1; account label “%2”; marketplace fees %3; FOCUS providers: %4; entities: %5</source>
        <translation>%1; Kontobezeichnung „%2“; Marketplace-Gebühren %3; FOCUS-Anbieter: %4; Rechtsträger: %5</translation>
    </message>
    <message>
        <source>billed</source>
        <translation>abgerechnet</translation>
    </message>
    <message>
        <source>not billed</source>
        <translation>nicht abgerechnet</translation>
    </message>
    <message>
        <source>change the vendors</source>
        <translation>Hersteller ändern</translation>
    </message>
    <message>
        <source>“%1” already means the vendor %2 (key %3); choose another key.</source>
        <translation>„%1“ bezeichnet bereits den Hersteller %2 (Schlüssel %3); wählen Sie einen anderen Schlüssel.</translation>
    </message>
    <message>
        <source>“%1” already means the vendor %2 (key %3); choose another name.</source>
        <translation>„%1“ bezeichnet bereits den Hersteller %2 (Schlüssel %3); wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>bursar::core::VendorEntities</name>
    <message>
        <source>reading the vendor&apos;s entities</source>
        <translation>beim Lesen der Rechtsträger des Herstellers</translation>
    </message>
    <message>
        <source>change the vendors&apos; entities</source>
        <translation>die Rechtsträger der Hersteller ändern</translation>
    </message>
    <message>
        <source>The entity name is empty; type the legal name as usage files write it.</source>
        <translation>Der Name ist leer; geben Sie den Firmennamen so ein, wie Verbrauchsdateien ihn schreiben.</translation>
    </message>
    <message>
        <source>%1 already lists “%2”.</source>
        <translation>%1 führt „%2“ bereits.</translation>
    </message>
    <message>
        <source>adding the entity</source>
        <translation>beim Hinzufügen des Rechtsträgers</translation>
    </message>
    <message>
        <source>removing the entity</source>
        <translation>beim Entfernen des Rechtsträgers</translation>
    </message>
    <message>
        <source>%1 does not list “%2”.</source>
        <translation>%1 führt „%2“ nicht.</translation>
    </message>
</context>
<context>
    <name>bursar::core::WideDecimal</name>
    <message>
        <source>“%1” has %2 decimal places; Bursar holds usage amounts exactly up to 36.</source>
        <translation>„%1“ hat %2 Nachkommastellen; Bursar hält Verbrauchsbeträge bis 36 Stellen exakt.</translation>
    </message>
</context>
<context>
    <name>bursar::core::WindowLock</name>
    <message>
        <source>Cannot take the window lock “%1” beside the database; check that you may write in its folder.</source>
        <translation>Die Fenstersperre „%1“ neben der Datenbank kann nicht angelegt werden; prüfen Sie, ob Sie in ihrem Ordner schreiben dürfen.</translation>
    </message>
    <message>
        <source>Bursar already has “%1” open in another window (process %2 of %3 on %4, since %5). Switch to that window, or close it and try again. A database file is one clerk&apos;s; clerks who work at the same time share a PostgreSQL database (File &gt; Open Shared Database). The command line works beside the window.</source>
        <translation>Bursar hat „%1“ bereits in einem anderen Fenster geöffnet (Prozess %2 von %3 auf %4, seit %5). Wechseln Sie zu diesem Fenster oder schließen Sie es und versuchen Sie es erneut. Eine Datenbankdatei gehört einem Sachbearbeiter; wer gleichzeitig arbeitet, teilt eine PostgreSQL-Datenbank (Datei &gt; Gemeinsame Datenbank öffnen). Die Kommandozeile funktioniert neben dem Fenster.</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>einem anderen Benutzer</translation>
    </message>
</context>
<context>
    <name>bursar::core::WriteOffs</name>
    <message>
        <source>reading the write-off tolerances</source>
        <translation>beim Lesen der Ausbuchungsgrenzen</translation>
    </message>
    <message>
        <source>change the write-off tolerances</source>
        <translation>die Ausbuchungsgrenzen ändern</translation>
    </message>
    <message>
        <source>“%1” is not a currency Bursar knows; give its ISO code, for example USD.</source>
        <translation>„%1“ ist keine Währung, die Bursar kennt; geben Sie den ISO-Code an, zum Beispiel USD.</translation>
    </message>
    <message>
        <source>The write-off tolerance for %1 must be an amount of 0 or more with at most %2 decimals, for example 1.00; “%3” is not.</source>
        <translation>Die Ausbuchungsgrenze für %1 muss ein Betrag von 0 oder mehr mit höchstens %2 Nachkommastellen sein, zum Beispiel 1.00; „%3“ ist es nicht.</translation>
    </message>
    <message>
        <source>saving the write-off tolerance</source>
        <translation>beim Speichern der Ausbuchungsgrenze</translation>
    </message>
    <message>
        <source>write off small balances</source>
        <translation>Kleinbeträge ausbuchen</translation>
    </message>
    <message>
        <source>There is no %1 %2.</source>
        <translation>Es gibt keinen Beleg %1 %2.</translation>
    </message>
    <message>
        <source>%1 is not open yet: approve or release it first.</source>
        <translation>%1 ist noch nicht offen: Genehmigen oder freigeben Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>%1 has nothing left to write off.</source>
        <translation>Auf %1 ist nichts mehr auszubuchen.</translation>
    </message>
    <message>
        <source>%1: there is no write-off tolerance for %2. Set one in Settings &gt; Write-off, or apply a payment or a memo instead.</source>
        <translation>%1: Es gibt keine Ausbuchungsgrenze für %2. Setzen Sie eine unter Einstellungen &gt; Ausbuchung oder verrechnen Sie stattdessen eine Zahlung oder einen Beleg.</translation>
    </message>
    <message>
        <source>%1 has %2 %3 left, more than the write-off tolerance of %4 %3. Apply a payment or a memo instead, or raise the tolerance in Settings &gt; Write-off.</source>
        <translation>Auf %1 sind noch %2 %3 offen, mehr als die Ausbuchungsgrenze von %4 %3. Verrechnen Sie stattdessen eine Zahlung oder einen Beleg oder erhöhen Sie die Grenze unter Einstellungen &gt; Ausbuchung.</translation>
    </message>
    <message>
        <source>%1 is dated %2; it cannot be written off on %3, before it.</source>
        <translation>%1 ist auf den %2 datiert; er kann nicht am %3, davor, ausgebucht werden.</translation>
    </message>
    <message>
        <source>Small-balance write-off of %1</source>
        <translation>Ausbuchung des Kleinbetrags von %1</translation>
    </message>
    <message>
        <source>writing the write-off memo</source>
        <translation>beim Schreiben des Ausbuchungsbelegs</translation>
    </message>
</context>
<context>
    <name>bursar::notify::NotifyRunner</name>
    <message>
        <source>Statement emails: %1</source>
        <translation>Abrechnungs-E-Mails: %1</translation>
    </message>
    <message>
        <source>Statement emails wait for the SMTP password (Settings &gt; Notifications).</source>
        <translation>Abrechnungs-E-Mails warten auf das SMTP-Passwort (Einstellungen &gt; Benachrichtigungen).</translation>
    </message>
    <message>
        <source>Statement emails: %1 sent, %2 to try again, %3 failed.</source>
        <translation>Abrechnungs-E-Mails: %1 gesendet, %2 für einen neuen Versuch, %3 fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>bursar::notify::SmtpPassword</name>
    <message>
        <source>The system keyring did not answer.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>No password for %1 in the system keyring: %2</source>
        <translation>Kein Passwort für %1 im Schlüsselbund des Systems: %2</translation>
    </message>
    <message>
        <source>The system keyring did not keep the password: %1.</source>
        <translation>Der Schlüsselbund des Systems hat das Passwort nicht gespeichert: %1.</translation>
    </message>
</context>
<context>
    <name>bursar::notify::SmtpTransport</name>
    <message>
        <source>The mail library could not start.</source>
        <translation>Die Mail-Bibliothek konnte nicht starten.</translation>
    </message>
</context>
<context>
    <name>bursar::render::StatementPainter</name>
    <message>
        <source>DRAFT</source>
        <translation>ENTWURF</translation>
    </message>
    <message>
        <source>%1 · statement %2 · customer %3</source>
        <translation>%1 · Abrechnung %2 · Kunde %3</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>DRAFT (not numbered)</source>
        <translation>ENTWURF (nicht nummeriert)</translation>
    </message>
    <message>
        <source>on approval</source>
        <translation>bei der Freigabe</translation>
    </message>
    <message>
        <source>Billing Statement</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>BILL TO</source>
        <translation>RECHNUNG AN</translation>
    </message>
    <message>
        <source>Attn. %1</source>
        <translation>z. Hd. %1</translation>
    </message>
    <message>
        <source>Customer ID %1</source>
        <translation>Kunden-ID %1</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>Abrechnungsperiode</translation>
    </message>
    <message>
        <source>Cloud provider</source>
        <translation>Cloud-Provider</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeit</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after approval</source>
        <translation>
            <numerusform>%n Tag nach der Freigabe</numerusform>
            <numerusform>%n Tage nach der Freigabe</numerusform>
        </translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Billing Statement %1 · %2 · %3 %4 (continued)</source>
        <translation>Abrechnung %1 · %2 · %3 %4 (Fortsetzung)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Betrag (%1)</translation>
    </message>
    <message>
        <source>Subtotal %1</source>
        <translation>Zwischensumme %1</translation>
    </message>
    <message>
        <source>No charges for this period.</source>
        <translation>Keine Kosten in dieser Periode.</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>%1-Gutschriften</translation>
    </message>
    <message>
        <source>%1 Marketplace fees (passed through at cost)</source>
        <translation>%1-Marketplace-Gebühren (zum Einstandspreis weiterberechnet)</translation>
    </message>
    <message>
        <source>%1 Marketplace credit</source>
        <translation>%1-Marketplace-Gutschrift</translation>
    </message>
    <message>
        <source>%1 %2% on %3</source>
        <translation>%1 %2% auf %3</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Zu zahlender Betrag</translation>
    </message>
    <message>
        <source>Please pay by %1. </source>
        <translation>Bitte zahlen Sie bis zum %1. </translation>
    </message>
    <message>
        <source>This is a draft: it is not yet approved, has no number and is not visible to you in the customer portal. </source>
        <translation>Dies ist ein Entwurf: er ist noch nicht freigegeben, hat keine Nummer und ist für Sie im Kundenportal nicht sichtbar. </translation>
    </message>
    <message>
        <source>Amounts are calculated at full precision and rounded to the currency&apos;s units for display; the Detailed CSV lists every usage line.</source>
        <translation>Die Beträge werden in voller Genauigkeit berechnet und für die Anzeige auf die Einheiten der Währung gerundet; die detaillierte CSV enthält jede Verbrauchszeile.</translation>
    </message>
    <message>
        <source>%1 · statement of account · customer %2</source>
        <translation>%1 · Kontoauszug · Kunde %2</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Statement of Account</source>
        <translation>Kontoauszug</translation>
    </message>
    <message>
        <source>Customer ID %1 · open documents and balance as of %2</source>
        <translation>Kunden-ID %1 · offene Dokumente und Saldo zum %2</translation>
    </message>
    <message>
        <source>No open documents.</source>
        <translation>Keine offenen Dokumente.</translation>
    </message>
    <message>
        <source>Balance %1 %2</source>
        <translation>Saldo %1 %2</translation>
    </message>
    <message>
        <source>The PDF for “%1” could not be started.</source>
        <translation>Das PDF für „%1“ konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Billing Statement %1 — %2, %3 %4</source>
        <translation>Abrechnung %1 — %2, %3 %4</translation>
    </message>
    <message>
        <source>DRAFT %1</source>
        <translation>ENTWURF %1</translation>
    </message>
    <message>
        <source>Statement of Account — %1 %2, %3</source>
        <translation>Kontoauszug — %1 %2, %3</translation>
    </message>
    <message>
        <source>unapplied</source>
        <translation>unverrechnet</translation>
    </message>
    <message>
        <source>Current %1 · 1–30 days %2 · 31–60 days %3 · 61–90 days %4 · over 90 days %5 · unapplied %6</source>
        <translation>Aktuell %1 · 1–30 Tage %2 · 31–60 Tage %3 · 61–90 Tage %4 · über 90 Tage %5 · unverrechnet %6</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>ZURÜCKGEHALTEN</translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Date %1</source>
        <translation>Datum %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig %1</translation>
    </message>
    <message>
        <source>Currency %1</source>
        <translation>Währung %1</translation>
    </message>
    <message>
        <source>Adjusts %1</source>
        <translation>Korrigiert %1</translation>
    </message>
    <message>
        <source>Method %1 · reference %2</source>
        <translation>Zahlungsart %1 · Referenz %2</translation>
    </message>
    <message>
        <source>On hold: not released, no number yet.</source>
        <translation>Zurückgehalten: nicht freigegeben, noch keine Nummer.</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>%1 %2 % on %3 (%4)</source>
        <translation>%1 %2 % auf %3 (%4)</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Rundung</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Summe %1</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Verrechnet</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Credit Memo</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Debit Memo</source>
        <translation>Lastschrift</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
</context>
<context>
    <name>bursar::ui</name>
    <message>
        <source>— not set —</source>
        <translation>— nicht gesetzt —</translation>
    </message>
    <message>
        <source>PostgreSQL Password</source>
        <translation>PostgreSQL-Passwort</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
</context>
<context>
    <name>bursar::ui::AccountInfoPage</name>
    <message>
        <source>Account Information</source>
        <translation>Kontoinformationen</translation>
    </message>
    <message>
        <source>Your company as it appears on every billing statement.</source>
        <translation>Ihre Firma, wie sie auf jeder Abrechnung erscheint.</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>Firmen&amp;name:</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>Standard&amp;währung:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>C&amp;hoose Logo…</source>
        <translation>Logo aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Remo&amp;ve Logo</source>
        <translation>Logo ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Choose Logo</source>
        <translation>Logo auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Account information saved.</source>
        <translation>Kontoinformationen gespeichert.</translation>
    </message>
    <message>
        <source>Logo chosen; Save to keep it.</source>
        <translation>Logo ausgewählt; speichern Sie, um es zu behalten.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Unternehmen</translation>
    </message>
    <message>
        <source>Billing &amp;API</source>
        <translation>Billing-&amp;API</translation>
    </message>
    <message>
        <source>&amp;E-invoicing</source>
        <translation>&amp;E-Rechnung</translation>
    </message>
</context>
<context>
    <name>bursar::ui::AddCreditDialog</name>
    <message>
        <source>Expires on</source>
        <translation>Läuft ab am</translation>
    </message>
    <message>
        <source>Add Credit — customer %1</source>
        <translation>Gutschrift anlegen — Kunde %1</translation>
    </message>
    <message>
        <source>A marketplace credit (the vendor&apos;s, e.g. AWS Marketplace) pays marketplace fees only, and only when a run uses credits for marketplace fees.</source>
        <translation>Eine Marketplace-Gutschrift (die des Herstellers, z. B. AWS Marketplace) bezahlt nur Marketplace-Gebühren, und nur wenn ein Lauf Gutschriften für Marketplace-Gebühren verwendet.</translation>
    </message>
    <message>
        <source>Account or subscription number, reason</source>
        <translation>Konto- oder Abonnementnummer, Grund</translation>
    </message>
    <message>
        <source>Cloud provider:</source>
        <translation>Cloud-Provider:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Währung:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Betrag:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <source>Type the amount as a positive number: Bursar stores every credit as a negative value.</source>
        <translation>Geben Sie den Betrag als positive Zahl ein: Bursar speichert jede Gutschrift als negativen Wert.</translation>
    </message>
    <message>
        <source>Amount owed, without a minus sign</source>
        <translation>Geschuldeter Betrag, ohne Minuszeichen</translation>
    </message>
    <message>
        <source>Issue Vendor Credit — customer %1</source>
        <translation>Anbietergutschrift ausgeben — Kunde %1</translation>
    </message>
    <message>
        <source>The vendor&apos;s %1 %2, rounded to the currency&apos;s units. Change the amount to pass on part of it.</source>
        <translation>%1 %2 des Anbieters, auf die Einheiten der Währung gerundet. Ändern Sie den Betrag, um nur einen Teil weiterzugeben.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::AgingPage</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Nicht fällig</translation>
    </message>
    <message>
        <source>1–30</source>
        <translation>1–30</translation>
    </message>
    <message>
        <source>31–60</source>
        <translation>31–60</translation>
    </message>
    <message>
        <source>61–90</source>
        <translation>61–90</translation>
    </message>
    <message>
        <source>Over 90</source>
        <translation>Über 90</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>Unverrechnet</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>Alle Mandanten</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export Aging</source>
        <translation>Fälligkeitsanalyse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>Stichtag:</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Mandant:</translation>
    </message>
    <message>
        <source>By due date. Only documents and applications dated on or before the date count, so the same date prints the same numbers later. Double-click a row for its documents.</source>
        <translation>Nach Fälligkeit. Nur Belege und Verrechnungen bis zum Stichtag zählen, daher ergibt derselbe Stichtag später dieselben Zahlen. Doppelklick auf eine Zeile zeigt ihre Belege.</translation>
    </message>
    <message>
        <source>%1: Σ buckets %2 = Σ balances %3 %4</source>
        <translation>%1: Σ Spalten %2 = Σ Salden %3 %4</translation>
    </message>
    <message>
        <source>— NOT EQUAL</source>
        <translation>— NICHT GLEICH</translation>
    </message>
    <message>
        <source>Nothing is owed and nothing is unapplied as of this date.</source>
        <translation>Zu diesem Stichtag ist nichts offen und nichts unverrechnet.</translation>
    </message>
    <message>
        <source>Proof: </source>
        <translation>Probe: </translation>
    </message>
    <message>
        <source>Open documents of customer %1 as of %2</source>
        <translation>Offene Belege von Kunde %1 zum %2</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Chart of the totals in:</source>
        <translation>Diagramm der Summen in:</translation>
    </message>
    <message>
        <source>Aging of %1 as of %2</source>
        <translation>Fälligkeitsstruktur %1 zum %2</translation>
    </message>
    <message>
        <source>Nothing to chart as of this date.</source>
        <translation>Zu diesem Datum gibt es nichts darzustellen.</translation>
    </message>
    <message>
        <source>The aging is still being added up; export it once the totals show.</source>
        <translation>Die Altersstruktur wird noch aufsummiert; exportieren Sie sie, sobald die Summen erscheinen.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n customer row(s); the others, the totals and the proof follow…</source>
        <translation>
            <numerusform>Die erste Kundenzeile; die übrigen, die Summen und die Probe folgen…</numerusform>
            <numerusform>Die ersten %n Kundenzeilen; die übrigen, die Summen und die Probe folgen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Aging by bucket, chart</source>
        <translation>Altersstruktur nach Zeitraum, Diagramm</translation>
    </message>
</context>
<context>
    <name>bursar::ui::ApplyDialog</name>
    <message>
        <source>Statement</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verrechnen</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Oldest due first</source>
        <translation>Älteste Fälligkeit zuerst</translation>
    </message>
    <message>
        <source>Oldest document first</source>
        <translation>Ältester Beleg zuerst</translation>
    </message>
    <message>
        <source>Pro-rata</source>
        <translation>Anteilig</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>Aufteilung:</translation>
    </message>
    <message>
        <source>Application date:</source>
        <translation>Verrechnungsdatum:</translation>
    </message>
    <message>
        <source>Nothing is written until you press Apply. Edit an amount to split by hand.</source>
        <translation>Nichts wird geschrieben, bevor Sie Verrechnen drücken. Ändern Sie einen Betrag, um von Hand aufzuteilen.</translation>
    </message>
    <message>
        <source>%1 %2: %3 %4 available for customer %5.</source>
        <translation>%1 %2: %3 %4 verfügbar für Kunde %5.</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>Applying %1 of %2 available; %3 left on the %4.</source>
        <translation>Verrechnet werden %1 von %2 verfügbar; %3 bleiben auf %4.</translation>
    </message>
    <message>
        <source>An amount is not a number.</source>
        <translation>Ein Betrag ist keine Zahl.</translation>
    </message>
    <message>
        <source>Row %1: “%2” is not an amount.</source>
        <translation>Zeile %1: „%2“ ist kein Betrag.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::ArDocumentList</name>
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
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Verrechnet</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Total from</source>
        <translation>Summe ab</translation>
    </message>
    <message>
        <source>Total to</source>
        <translation>Summe bis</translation>
    </message>
    <message>
        <source>Dated from</source>
        <translation>Datiert ab</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Record Payment…</source>
        <translation>Zahlung erfassen…</translation>
    </message>
    <message>
        <source>Add New Credit Memo…</source>
        <translation>Neue Gutschrift…</translation>
    </message>
    <message>
        <source>Add New Debit Memo…</source>
        <translation>Neue Lastschrift…</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Stornieren…</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Verrechnen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Released %n memo(s): %1.</source>
        <translation>
            <numerusform>%n Beleg freigegeben: %1.</numerusform>
            <numerusform>%n Belege freigegeben: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Hold memo(s)? No number is used.</source>
        <translation>
            <numerusform>%n zurückgehaltenen Beleg löschen? Es wird keine Nummer verbraucht.</numerusform>
            <numerusform>%n zurückgehaltene Belege löschen? Es wird keine Nummer verbraucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <source>A reversing document closes this one. Why is it cancelled?</source>
        <translation>Ein Gegenbeleg schließt diesen Beleg. Warum wird er storniert?</translation>
    </message>
    <message>
        <source>Cancelled by document %1.</source>
        <translation>Durch Beleg %1 storniert.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::BackupDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message numerus="yes">
        <source>Written %1; schema %2; %n customer(s)</source>
        <translation>
            <numerusform>Geschrieben %1; Schema %2; %n Kunde</numerusform>
            <numerusform>Geschrieben %1; Schema %2; %n Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n statement(s)</source>
        <translation>
            <numerusform>, %n Abrechnung</numerusform>
            <numerusform>, %n Abrechnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1.</source>
        <translation>; %1.</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>A backup is a copy of %1 as it is at one moment, taken while you go on working. Only you can read the file. Keep copies somewhere other than this computer too.</source>
        <translation>Eine Sicherung ist eine Kopie von %1, wie sie in einem Moment ist, erstellt, während Sie weiterarbeiten. Nur Sie können die Datei lesen. Bewahren Sie Kopien auch außerhalb dieses Computers auf.</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>Sicherungsdatei:</translation>
    </message>
    <message>
        <source>Bursar databases (*.sqlite);;All files (*)</source>
        <translation>Bursar-Datenbanken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>“%1” exists already. Replace it with a new backup? It is replaced only once the new backup is complete.</source>
        <translation>„%1“ existiert bereits. Durch eine neue Sicherung ersetzen? Sie wird erst ersetzt, wenn die neue Sicherung vollständig ist.</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Datenbank wird gesichert…</translation>
    </message>
    <message>
        <source>Backed up to %1. %2</source>
        <translation>Gesichert nach %1. %2</translation>
    </message>
</context>
<context>
    <name>bursar::ui::BillingApiBox</name>
    <message>
        <source>&amp;Run the Billing API while this window is open</source>
        <translation>Billing-API &amp;ausführen, solange dieses Fenster offen ist</translation>
    </message>
    <message>
        <source>Read-only HTTP access for portals, accountants and scripts: customers, approved statements with their PDF, credits, memos and payments, balances, the aging and services credits, each key limited to what it may see. Drafts and documents on hold never leave Bursar. The README shows the routes with curl.</source>
        <translation>Nur lesender HTTP-Zugriff für Portale, Buchhalter und Skripte: Kunden, freigegebene Abrechnungen mit ihrem PDF, Gutschriften, Belege und Zahlungen, Salden, die Altersstruktur und Service-Credits, jeder Schlüssel auf das beschränkt, was er sehen darf. Entwürfe und zurückgehaltene Belege verlassen Bursar nie. Die README zeigt die Routen mit curl.</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Lauschen auf:</translation>
    </message>
    <message>
        <source>PEM file; needed for any address but 127.0.0.1</source>
        <translation>PEM-Datei; nötig für jede Adresse außer 127.0.0.1</translation>
    </message>
    <message>
        <source>TLS &amp;certificate:</source>
        <translation>TLS-&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>PEM file of the certificate&apos;s private key</source>
        <translation>PEM-Datei mit dem privaten Schlüssel des Zertifikats</translation>
    </message>
    <message>
        <source>TLS private &amp;key:</source>
        <translation>Privater TLS-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source> requests a second</source>
        <translation> Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>Each key&apos;s &amp;budget:</source>
        <translation>&amp;Budget je Schlüssel:</translation>
    </message>
    <message>
        <source>Save &amp;Billing API</source>
        <translation>Billing-API s&amp;peichern</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sees</source>
        <translation>Sieht</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt benutzt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>&amp;New Key…</source>
        <translation>&amp;Neuer Schlüssel …</translation>
    </message>
    <message>
        <source>Re&amp;voke Key…</source>
        <translation>Schlüssel &amp;widerrufen …</translation>
    </message>
    <message>
        <source>Select the key to revoke in the list first.</source>
        <translation>Wählen Sie zuerst den zu widerrufenden Schlüssel in der Liste.</translation>
    </message>
    <message>
        <source>Revoke Key</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Revoke the key “%1”? Every request with it is refused from now on; this cannot be undone.</source>
        <translation>Den Schlüssel „%1“ widerrufen? Jede Anfrage mit ihm wird ab sofort abgewiesen; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Saved: this window runs the Billing API; the status bar shows it.</source>
        <translation>Gespeichert: Dieses Fenster führt die Billing-API aus; die Statusleiste zeigt es.</translation>
    </message>
    <message>
        <source>Saved: the Billing API is off in this window.</source>
        <translation>Gespeichert: Die Billing-API ist in diesem Fenster aus.</translation>
    </message>
    <message>
        <source>Key “%1” made. Its text was shown once; Bursar keeps only its hash.</source>
        <translation>Schlüssel „%1“ erstellt. Sein Text wurde einmal gezeigt; Bursar speichert nur seinen Hash.</translation>
    </message>
    <message>
        <source>Key “%1” revoked: requests with it get 401 from now on.</source>
        <translation>Schlüssel „%1“ widerrufen: Anfragen mit ihm erhalten ab sofort 401.</translation>
    </message>
    <message>
        <source>New API Key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>who uses it, for example partner portal</source>
        <translation>wer ihn benutzt, zum Beispiel Partnerportal</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Sees:</source>
        <translation>&amp;Sieht:</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Expires after</source>
        <translation>Läuft &amp;ab nach</translation>
    </message>
    <message>
        <source>&amp;Make Key</source>
        <translation>Schlüssel &amp;erstellen</translation>
    </message>
    <message>
        <source>API Key “%1”</source>
        <translation>API-Schlüssel „%1“</translation>
    </message>
    <message>
        <source>Copy the key now: this is the only time Bursar shows it. Give it to whoever uses the API; they send it as “Authorization: Bearer &lt;key&gt;”.</source>
        <translation>Kopieren Sie den Schlüssel jetzt: Bursar zeigt ihn nur dieses eine Mal. Geben Sie ihn dem, der die API benutzt; er sendet ihn als „Authorization: Bearer &lt;Schlüssel&gt;“.</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>In die Zwischenablage &amp;kopieren</translation>
    </message>
    <message>
        <source>API ke&amp;ys:</source>
        <translation>API-Schlüsse&amp;l:</translation>
    </message>
</context>
<context>
    <name>bursar::ui::BillingReportDetails</name>
    <message>
        <source>%1 %2 — %3 usage, %4 to %5</source>
        <translation>%1 %2 — Verbrauch %3, %4 bis %5</translation>
    </message>
    <message>
        <source>Product type / product</source>
        <translation>Produktart / Produkt</translation>
    </message>
    <message>
        <source>Usage lines</source>
        <translation>Verbrauchszeilen</translation>
    </message>
    <message>
        <source>Vendor cost</source>
        <translation>Herstellerkosten</translation>
    </message>
    <message>
        <source>Customer price</source>
        <translation>Kundenpreis</translation>
    </message>
    <message>
        <source>Priced by</source>
        <translation>Preisregel</translation>
    </message>
    <message>
        <source>Marketplace (billed only when the run includes marketplace fees)</source>
        <translation>Marketplace (nur berechnet, wenn der Lauf Marketplace-Gebühren einschließt)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>File, line</source>
        <translation>Datei, Zeile</translation>
    </message>
    <message>
        <source>%1 (marketplace)</source>
        <translation>%1 (Marketplace)</translation>
    </message>
    <message>
        <source>The first %1 usage lines (full precision); the detailed CSV has them all.</source>
        <translation>Die ersten %1 Verbrauchszeilen (volle Genauigkeit); die detaillierte CSV enthält alle.</translation>
    </message>
    <message numerus="yes">
        <source>%n usage line(s) at full precision, including the vendor&apos;s tax and credit rows.</source>
        <translation>
            <numerusform>%n Verbrauchszeile in voller Genauigkeit, einschließlich Steuer- und Gutschriftszeilen des Herstellers.</numerusform>
            <numerusform>%n Verbrauchszeilen in voller Genauigkeit, einschließlich Steuer- und Gutschriftszeilen des Herstellers.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; · %3 · pricebook %4 · vendor cost %5 · customer price %6 · margin %7%8</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; · %3 · Preisliste %4 · Herstellerkosten %5 · Kundenpreis %6 · Marge %7%8</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>bursar::ui::BillingReportModel</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Pricebook</source>
        <translation>Preisliste</translation>
    </message>
    <message>
        <source>Vendor cost</source>
        <translation>Herstellerkosten</translation>
    </message>
    <message>
        <source>Customer price</source>
        <translation>Kundenpreis</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Marge %</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Zu klären</translation>
    </message>
    <message>
        <source>Draft and approved</source>
        <translation>Entwurf und freigegeben</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Statements of %1 to %2: %3 draft, %4 approved.</source>
        <translation>Abrechnungen von %1 bis %2: %3 Entwurf, %4 freigegeben.</translation>
    </message>
    <message>
        <source>Invoice currency</source>
        <translation>Rechnungswährung</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Abgerechnet</translation>
    </message>
</context>
<context>
    <name>bursar::ui::BillingReportPage</name>
    <message>
        <source>Needs attention only</source>
        <translation>Nur zu Klärendes</translation>
    </message>
    <message>
        <source>%1 Billing Customers Report</source>
        <translation>%1 Billing Customers Report</translation>
    </message>
    <message>
        <source>Last Month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>This Month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Billing is monthly: the report covers every month the range touches.</source>
        <translation>Abgerechnet wird monatlich: der Bericht umfasst jeden Monat, den der Zeitraum berührt.</translation>
    </message>
    <message>
        <source>Filter by ID or name</source>
        <translation>Nach ID oder Name filtern</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alle auswählen</translation>
    </message>
    <message>
        <source>Selects every customer the list shows (the filter applies).</source>
        <translation>Wählt jeden Kunden, den die Liste zeigt (der Filter gilt).</translation>
    </message>
    <message>
        <source>Select None</source>
        <translation>Keine auswählen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Date Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>Periode %1</translation>
    </message>
    <message>
        <source>Periods %1 to %2</source>
        <translation>Perioden %1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>%n customer row(s) shown</source>
        <translation>
            <numerusform>%n Kundenzeile angezeigt</numerusform>
            <numerusform>%n Kundenzeilen angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 vendor cost %2, customer price %3</source>
        <translation>%1 Herstellerkosten %2, Kundenpreis %3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) need attention</source>
        <translation>
            <numerusform>%n Zeile ist zu klären</numerusform>
            <numerusform>%n Zeilen sind zu klären</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) with usage have no customer (Usage &gt; Unmapped Accounts)</source>
        <translation>
            <numerusform>%n Konto mit Verbrauch hat keinen Kunden (Verbrauch &gt; Nicht zugeordnete Konten)</numerusform>
            <numerusform>%n Konten mit Verbrauch haben keinen Kunden (Verbrauch &gt; Nicht zugeordnete Konten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Azure Marketplace fees are not in the reports</source>
        <translation>Azure-Marketplace-Gebühren sind nicht in den Berichten</translation>
    </message>
    <message>
        <source>Vendor credits and tax are not in this report</source>
        <translation>Gutschriften und Steuern des Herstellers sind nicht in diesem Bericht</translation>
    </message>
    <message>
        <source>Generate Invoices…</source>
        <translation>Rechnungen erzeugen …</translation>
    </message>
    <message>
        <source>Draft statements for the selected customers and the report&apos;s month.</source>
        <translation>Abrechnungsentwürfe für die ausgewählten Kunden und den Monat des Berichts.</translation>
    </message>
    <message>
        <source>Statements are generated for one month; the range %1 to %2 spans several. Choose Last Month, This Month or a Custom range within one month.</source>
        <translation>Abrechnungen werden für einen Monat erzeugt; der Zeitraum %1 bis %2 umfasst mehrere. Wählen Sie Letzter Monat, Dieser Monat oder einen benutzerdefinierten Zeitraum innerhalb eines Monats.</translation>
    </message>
    <message>
        <source>No customer is selected: tick the customers to bill, or use Options &gt; Select All.</source>
        <translation>Kein Kunde ausgewählt: haken Sie die abzurechnenden Kunden an, oder verwenden Sie Optionen &gt; Alle auswählen.</translation>
    </message>
    <message>
        <source>Generate Invoices</source>
        <translation>Rechnungen erzeugen</translation>
    </message>
</context>
<context>
    <name>bursar::ui::ContactForm</name>
    <message>
        <source>Contact &amp;name:</source>
        <translation>&amp;Kontaktname:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Ci&amp;ty:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Postal &amp;code:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Address, second line</source>
        <translation>Adresse, zweite Zeile</translation>
    </message>
</context>
<context>
    <name>bursar::ui::CreatePurchasesDialog</name>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>Value per credit</source>
        <translation>Wert je Credit</translation>
    </message>
    <message>
        <source>Amount paid per credit</source>
        <translation>Bezahlter Betrag je Credit</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Create Services Credits Customer Purchase</source>
        <translation>Service-Credit-Kauf anlegen</translation>
    </message>
    <message>
        <source>Products with services credits and no purchase yet. Value and amount paid per credit are the product&apos;s total / its credits, kept exact (shown rounded); change any cell before Create. Untick a product to leave it out.</source>
        <translation>Produkte mit Service-Credits und noch ohne Kauf. Wert und bezahlter Betrag je Credit sind der Gesamtpreis des Produkts / seine Credits, exakt gespeichert (gerundet angezeigt); ändern Sie beliebige Zellen vor Anlegen. Entfernen Sie das Häkchen, um ein Produkt auszulassen.</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Währung:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Tick at least one product.</source>
        <translation>Wählen Sie mindestens ein Produkt.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>bursar::ui::CreditsPanel</name>
    <message>
        <source>Voided: %1</source>
        <translation>Storniert: %1</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Verbraucht</translation>
    </message>
    <message>
        <source>Expired (remainder not used)</source>
        <translation>Abgelaufen (Rest nicht verwendet)</translation>
    </message>
    <message>
        <source>Partly used</source>
        <translation>Teilweise verbraucht</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Angerechnet</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>Angerechnet am</translation>
    </message>
    <message>
        <source>&amp;Add Credit…</source>
        <translation>Gutschrift &amp;anlegen …</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Stornieren …</translation>
    </message>
    <message>
        <source>Only a credit nothing was applied from can be voided; it is kept and marked.</source>
        <translation>Nur eine Gutschrift, von der nichts angerechnet wurde, kann storniert werden; sie bleibt erhalten und wird markiert.</translation>
    </message>
    <message>
        <source>Void Credit</source>
        <translation>Gutschrift stornieren</translation>
    </message>
    <message>
        <source>Why is the credit voided?</source>
        <translation>Warum wird die Gutschrift storniert?</translation>
    </message>
    <message>
        <source>Applications of the selected credit:</source>
        <translation>Anrechnungen der ausgewählten Gutschrift:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 %2 %3: remaining %4 of %5 issued</source>
        <translation>%1 %2 %3: verbleibend %4 von %5 ausgestellt</translation>
    </message>
    <message>
        <source> (%1 of it expired)</source>
        <translation> (davon %1 abgelaufen)</translation>
    </message>
    <message>
        <source>No credits.</source>
        <translation>Keine Gutschriften.</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Guthaben: %1</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>Entwurf %1</translation>
    </message>
    <message>
        <source>(no account)</source>
        <translation>(kein Konto)</translation>
    </message>
    <message>
        <source>Added credit %1.</source>
        <translation>Gutschrift %1 angelegt.</translation>
    </message>
    <message>
        <source>Select the credit to void first.</source>
        <translation>Wählen Sie zuerst die zu stornierende Gutschrift.</translation>
    </message>
    <message>
        <source>Credit %1 voided.</source>
        <translation>Gutschrift %1 storniert.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::CreditsReportPage</name>
    <message>
        <source>With something remaining only</source>
        <translation>Nur mit verbleibendem Betrag</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Angerechnet</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>Alle Hersteller</translation>
    </message>
    <message>
        <source>Filter by customer ID, name or comment</source>
        <translation>Nach Kunden-ID, Name oder Kommentar filtern</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Export Credits</source>
        <translation>Gutschriften exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Credits never appear in the Billing Customers Report; they are applied when statements are generated with Apply Credits. Issued = applied + remaining for every credit.</source>
        <translation>Gutschriften erscheinen nie im Billing Customers Report; sie werden angerechnet, wenn Abrechnungen mit „Gutschriften anrechnen“ erzeugt werden. Für jede Gutschrift gilt: ausgestellt = angerechnet + verbleibend.</translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s) shown</source>
        <translation>
            <numerusform>%n Gutschrift angezeigt</numerusform>
            <numerusform>%n Gutschriften angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: issued %3, applied %4, remaining %5</source>
        <translation>%1 %2: ausgestellt %3, angerechnet %4, verbleibend %5</translation>
    </message>
    <message>
        <source> (expired %1)</source>
        <translation> (abgelaufen %1)</translation>
    </message>
    <message>
        <source>Within 30 days</source>
        <translation>Innerhalb 30 Tagen</translation>
    </message>
    <message>
        <source>Within 60 days</source>
        <translation>Innerhalb 60 Tagen</translation>
    </message>
    <message>
        <source>Within 90 days</source>
        <translation>Innerhalb 90 Tagen</translation>
    </message>
    <message>
        <source>First expiry</source>
        <translation>Erster Ablauf</translation>
    </message>
    <message>
        <source>&lt;b&gt;Expiring credits&lt;/b&gt;: what remains of the credits shown that expires within 30, 60 and 90 days (each column includes the ones before it; a credit expiring today still pays today).</source>
        <translation>&lt;b&gt;Ablaufende Gutschriften&lt;/b&gt;: der Rest der angezeigten Gutschriften, der innerhalb von 30, 60 und 90 Tagen abläuft (jede Spalte enthält die vorigen; eine Gutschrift, die heute abläuft, zahlt heute noch).</translation>
    </message>
</context>
<context>
    <name>bursar::ui::CustomerArPanel</name>
    <message>
        <source>Document</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Verrechnet</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Save the customer first.</source>
        <translation>Speichern Sie zuerst den Kunden.</translation>
    </message>
    <message>
        <source>Balance: nothing owed, nothing unapplied.</source>
        <translation>Saldo: nichts offen, nichts unverrechnet.</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Saldo: %1</translation>
    </message>
</context>
<context>
    <name>bursar::ui::CustomerEInvoiceForm</name>
    <message>
        <source>This customer &amp;receives e-invoices (UBL, Peppol BIS Billing 3.0)</source>
        <translation>Dieser Kunde &amp;erhält E-Rechnungen (UBL, Peppol BIS Billing 3.0)</translation>
    </message>
    <message>
        <source>empty: the customer ID</source>
        <translation>leer: die Kunden-ID</translation>
    </message>
    <message>
        <source>By region (reverse charge inside the EU, export outside it)</source>
        <translation>Nach Region (Reverse Charge in der EU, Ausfuhr außerhalb)</translation>
    </message>
    <message>
        <source>Z — zero-rated</source>
        <translation>Z — Nullsatz</translation>
    </message>
    <message>
        <source>E — exempt (give the reason)</source>
        <translation>E — steuerbefreit (Grund angeben)</translation>
    </message>
    <message>
        <source>AE — reverse charge</source>
        <translation>AE — Reverse Charge</translation>
    </message>
    <message>
        <source>K — intra-community supply</source>
        <translation>K — innergemeinschaftliche Lieferung</translation>
    </message>
    <message>
        <source>G — export outside the EU</source>
        <translation>G — Ausfuhr außerhalb der EU</translation>
    </message>
    <message>
        <source>O — not subject to VAT</source>
        <translation>O — nicht steuerbar</translation>
    </message>
    <message>
        <source>&amp;VAT ID:</source>
        <translation>&amp;USt-IdNr.:</translation>
    </message>
    <message>
        <source>&amp;Electronic address:</source>
        <translation>&amp;Elektronische Adresse:</translation>
    </message>
    <message>
        <source>&amp;Buyer reference:</source>
        <translation>&amp;Käuferreferenz:</translation>
    </message>
    <message>
        <source>VAT &amp;category when untaxed:</source>
        <translation>USt-&amp;Kategorie ohne Steuer:</translation>
    </message>
    <message>
        <source>E&amp;xemption reason:</source>
        <translation>Befreiungs&amp;grund:</translation>
    </message>
    <message>
        <source>E-invoicing saved.</source>
        <translation>E-Rechnung gespeichert.</translation>
    </message>
    <message>
        <source>Save E-&amp;invoicing</source>
        <translation>E-&amp;Rechnung speichern</translation>
    </message>
</context>
<context>
    <name>bursar::ui::CustomerEmailsPanel</name>
    <message>
        <source>Email this customer&apos;s statements when they are approved</source>
        <translation>Die Abrechnungen dieses Kunden bei der Freigabe per E-Mail senden</translation>
    </message>
    <message>
        <source>empty: the customer&apos;s email (General)</source>
        <translation>leer: die E-Mail-Adresse des Kunden (Allgemein)</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Antwort des Servers</translation>
    </message>
    <message>
        <source>Billing contact:</source>
        <translation>Rechnungskontakt:</translation>
    </message>
    <message>
        <source>Save Contact</source>
        <translation>Kontakt speichern</translation>
    </message>
    <message>
        <source>Statement emails, newest first:</source>
        <translation>Abrechnungs-E-Mails, die neuesten zuerst:</translation>
    </message>
    <message>
        <source>Approved statements are not emailed.</source>
        <translation>Freigegebene Abrechnungen werden nicht per E-Mail versandt.</translation>
    </message>
    <message>
        <source>No address: approved statements cannot be emailed.</source>
        <translation>Keine Adresse: Freigegebene Abrechnungen können nicht per E-Mail versandt werden.</translation>
    </message>
    <message>
        <source>Approved statements go to %1.</source>
        <translation>Freigegebene Abrechnungen gehen an %1.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Billing contact saved.</source>
        <translation>Rechnungskontakt gespeichert.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::CustomerInvoicesPage</name>
    <message>
        <source>All vendors</source>
        <translation>Alle Hersteller</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Billing periods from this month …</source>
        <translation>Abrechnungsperioden ab diesem Monat …</translation>
    </message>
    <message>
        <source>… to this month.</source>
        <translation>… bis zu diesem Monat.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Export Statements</source>
        <translation>Abrechnungen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Periods:</source>
        <translation>Perioden:</translation>
    </message>
    <message numerus="yes">
        <source>%1 · periods %2 to %3 · %n statement(s)</source>
        <translation>
            <numerusform>%1 · Perioden %2 bis %3 · %n Abrechnung</numerusform>
            <numerusform>%1 · Perioden %2 bis %3 · %n Abrechnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>All Customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <source>Print preview of the selected statements (all listed when none is selected).</source>
        <translation>Druckvorschau der ausgewählten Abrechnungen (aller aufgeführten, wenn keine ausgewählt ist).</translation>
    </message>
    <message>
        <source>Export Files…</source>
        <translation>Dateien exportieren …</translation>
    </message>
    <message>
        <source>The selected statements (all listed when none is selected) as PDF, CSV or Detailed CSV files in a folder.</source>
        <translation>Die ausgewählten Abrechnungen (alle aufgeführten, wenn keine ausgewählt ist) als PDF-, CSV- oder detaillierte CSV-Dateien in einen Ordner.</translation>
    </message>
    <message>
        <source>Statement of Account…</source>
        <translation>Kontoauszug …</translation>
    </message>
    <message>
        <source>The customer&apos;s open statements and balance as of today, as PDF.</source>
        <translation>Die offenen Abrechnungen und der Saldo des Kunden zum heutigen Tag, als PDF.</translation>
    </message>
    <message>
        <source>Statement of Account</source>
        <translation>Kontoauszug</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>There is no statement to print.</source>
        <translation>Es gibt keine Abrechnung zum Drucken.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>There is no statement to export.</source>
        <translation>Es gibt keine Abrechnung zum Exportieren.</translation>
    </message>
    <message>
        <source>All Customers — or a customer&apos;s name or ID</source>
        <translation>Alle Kunden — oder Name oder ID eines Kunden</translation>
    </message>
    <message>
        <source>Customer Invoices</source>
        <translation>Kundenrechnungen</translation>
    </message>
    <message>
        <source>Clear it for All Customers.</source>
        <translation>Leeren Sie das Feld für alle Kunden.</translation>
    </message>
    <message>
        <source>Show one customer first: type part of the customer&apos;s name in the customer field and pick the customer.</source>
        <translation>Zeigen Sie zuerst einen Kunden an: Tippen Sie einen Teil des Kundennamens in das Kundenfeld und wählen Sie den Kunden.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::CustomerListModel</name>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
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
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>State/Province</source>
        <translation>Bundesstaat/Provinz</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Zahlungsziel</translation>
    </message>
</context>
<context>
    <name>bursar::ui::CustomerPicker</name>
    <message>
        <source>Choose a customer: type part of the name and pick one from the list.</source>
        <translation>Wählen Sie einen Kunden: Tippen Sie einen Teil des Namens und wählen Sie ihn aus der Liste.</translation>
    </message>
    <message>
        <source>“%1” is not a customer: type part of the name and pick the customer from the list, or type the customer&apos;s ID, for example 100042.</source>
        <translation>„%1“ ist kein Kunde: Tippen Sie einen Teil des Namens und wählen Sie den Kunden aus der Liste, oder geben Sie die Kunden-ID ein, zum Beispiel 100042.</translation>
    </message>
    <message>
        <source>Customer name or #ID</source>
        <translation>Kundenname oder #ID</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Es gibt keinen Kunden %1.</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Kein Kunde passt zu „%1“.</translation>
    </message>
    <message>
        <source>Several customers match “%1”: pick one from the list.</source>
        <translation>Mehrere Kunden passen zu „%1“: Wählen Sie einen aus der Liste.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::CustomerProfileDialog</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Cloud Billing</source>
        <translation>Cloud-Abrechnung</translation>
    </message>
    <message>
        <source>Cloud Providers</source>
        <translation>Cloud-Anbieter</translation>
    </message>
    <message>
        <source>Vendor Accounts</source>
        <translation>Anbieterkonten</translation>
    </message>
    <message>
        <source>Billing Profiles</source>
        <translation>Rechnungsprofile</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Payment Methods</source>
        <translation>Zahlungsarten</translation>
    </message>
    <message>
        <source>Customer ID:</source>
        <translation>Kundennummer:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>Ma&amp;ndant:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;State/Province:</source>
        <translation>&amp;Bundesstaat/Provinz:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Payment &amp;terms:</source>
        <translation>Zahlungs&amp;ziel:</translation>
    </message>
    <message>
        <source>Region and state/province select the tax rate on statements.</source>
        <translation>Region und Bundesstaat/Provinz bestimmen den Steuersatz auf Abrechnungen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vendor&lt;/b&gt;</source>
        <translation>&lt;b&gt;Anbieter&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enabled&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aktiviert&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Invoice currency&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rechnungswährung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Usage rows of these AWS accounts, Azure subscriptions and Google billing accounts are billed to this customer. An account belongs to one customer only.</source>
        <translation>Verbrauchszeilen dieser AWS-Konten, Azure-Abonnements und Google-Abrechnungskonten werden diesem Kunden berechnet. Ein Konto gehört nur zu einem Kunden.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Account / subscription ID</source>
        <translation>Konto-/Abonnement-ID</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Account or subscription ID</source>
        <translation>Konto- oder Abonnement-ID</translation>
    </message>
    <message>
        <source>Label (optional)</source>
        <translation>Bezeichnung (optional)</translation>
    </message>
    <message>
        <source>&amp;Map Account</source>
        <translation>Konto &amp;zuordnen</translation>
    </message>
    <message>
        <source>&amp;Unmap</source>
        <translation>Zuordnung &amp;aufheben</translation>
    </message>
    <message>
        <source>Mapped %1 account %2.</source>
        <translation>%1-Konto %2 zugeordnet.</translation>
    </message>
    <message>
        <source>Select the account to unmap first.</source>
        <translation>Wählen Sie zuerst das Konto aus, dessen Zuordnung aufgehoben werden soll.</translation>
    </message>
    <message>
        <source>Unmapped %1 account %2.</source>
        <translation>Zuordnung des %1-Kontos %2 aufgehoben.</translation>
    </message>
    <message>
        <source>Bursar keeps only a masked reference (the last four characters). You may type the full number: the rest is dropped before saving.</source>
        <translation>Bursar speichert nur eine maskierte Referenz (die letzten vier Zeichen). Sie dürfen die ganze Nummer eingeben: Der Rest wird vor dem Speichern verworfen.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Card or account number (only the last 4 are kept)</source>
        <translation>Karten- oder Kontonummer (nur die letzten 4 werden behalten)</translation>
    </message>
    <message>
        <source>Holder name</source>
        <translation>Name des Inhabers</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Payment method added.</source>
        <translation>Zahlungsart hinzugefügt.</translation>
    </message>
    <message>
        <source>Select the payment method to remove first.</source>
        <translation>Wählen Sie zuerst die zu entfernende Zahlungsart aus.</translation>
    </message>
    <message>
        <source>Payment method removed.</source>
        <translation>Zahlungsart entfernt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Payment &amp;method:</source>
        <translation>Zahlungs&amp;art:</translation>
    </message>
    <message>
        <source>&amp;New Profile</source>
        <translation>&amp;Neues Profil</translation>
    </message>
    <message>
        <source>Save &amp;Profile</source>
        <translation>&amp;Profil speichern</translation>
    </message>
    <message>
        <source>&amp;Delete Profile</source>
        <translation>Profil &amp;löschen</translation>
    </message>
    <message>
        <source>Billing profile “%1” saved.</source>
        <translation>Rechnungsprofil „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Select the billing profile to delete first.</source>
        <translation>Wählen Sie zuerst das zu löschende Rechnungsprofil aus.</translation>
    </message>
    <message>
        <source>Billing profile deleted.</source>
        <translation>Rechnungsprofil gelöscht.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>State/Province</source>
        <translation>Bundesstaat/Provinz</translation>
    </message>
    <message>
        <source>Billing profile</source>
        <translation>Rechnungsprofil</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>S&amp;tate/Province:</source>
        <translation>Bundes&amp;staat/Provinz:</translation>
    </message>
    <message>
        <source>&amp;Billing profile:</source>
        <translation>&amp;Rechnungsprofil:</translation>
    </message>
    <message>
        <source>Default subscription of this customer</source>
        <translation>Standardabonnement dieses Kunden</translation>
    </message>
    <message>
        <source>&amp;New Subscription</source>
        <translation>&amp;Neues Abonnement</translation>
    </message>
    <message>
        <source>Save &amp;Subscription</source>
        <translation>&amp;Abonnement speichern</translation>
    </message>
    <message>
        <source>&amp;Delete Subscription</source>
        <translation>Abonnement &amp;löschen</translation>
    </message>
    <message>
        <source>Subscription “%1” saved.</source>
        <translation>Abonnement „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Select the subscription to delete first.</source>
        <translation>Wählen Sie zuerst das zu löschende Abonnement aus.</translation>
    </message>
    <message>
        <source>Subscription deleted.</source>
        <translation>Abonnement gelöscht.</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distributor</translation>
    </message>
    <message>
        <source>assigned when you save</source>
        <translation>wird beim Speichern vergeben</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
    <message>
        <source>Customer %1 – %2</source>
        <translation>Kunde %1 – %2</translation>
    </message>
    <message>
        <source>New Customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Customer %1 created. Now set up its Cloud Providers and accounts.</source>
        <translation>Kunde %1 angelegt. Richten Sie jetzt seine Cloud-Anbieter und Konten ein.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>For each vendor: whether this customer is billed for it, the pricebook that turns the vendor&apos;s cost into this customer&apos;s price, and the invoice currency of its statements. Statements cannot be generated for a vendor without both.</source>
        <translation>Für jeden Hersteller: ob dieser Kunde dafür abgerechnet wird, die Preisliste, die aus den Herstellerkosten den Preis dieses Kunden macht, und die Rechnungswährung seiner Abrechnungen. Ohne beides lassen sich für einen Hersteller keine Abrechnungen erstellen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pricebook&lt;/b&gt;</source>
        <translation>&lt;b&gt;Preisliste&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Gutschriften</translation>
    </message>
    <message>
        <source>Credits the customer is owed. They are applied when statements are generated with Apply Credits, and never appear in the Billing Customers Report.</source>
        <translation>Gutschriften, die dem Kunden zustehen. Sie werden angerechnet, wenn Abrechnungen mit „Gutschriften anrechnen“ erzeugt werden, und erscheinen nie im Billing Customers Report.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them before closing?</source>
        <translation>%1 hat Änderungen, die nicht gespeichert sind. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>The new customer</source>
        <translation>Der neue Kunde</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Reloaded: this is the customer as saved now. Make your change again and save.</source>
        <translation>Neu geladen: So ist der Kunde jetzt gespeichert. Nehmen Sie Ihre Änderung erneut vor und speichern Sie.</translation>
    </message>
    <message>
        <source>AR Documents</source>
        <translation>Debitorenbelege</translation>
    </message>
    <message>
        <source>The customer&apos;s balance and every credit memo, debit memo and payment (Finance &gt; Documents). Double-click one for its applications.</source>
        <translation>Der Saldo des Kunden und jede Gutschrift, Lastschrift und Zahlung (Finanzen &gt; Belege). Doppelklick zeigt ihre Verrechnungen.</translation>
    </message>
    <message>
        <source>%1 ID</source>
        <translation>%1-ID</translation>
    </message>
    <message>
        <source>Statement Emails</source>
        <translation>Abrechnungs-E-Mails</translation>
    </message>
    <message>
        <source>Where the customer&apos;s statements are emailed when they are approved (Settings &gt; Notifications sets the mail server), and the emails sent so far.</source>
        <translation>Wohin die Abrechnungen des Kunden bei der Freigabe per E-Mail gehen (den Mailserver legt Einstellungen &gt; Benachrichtigungen fest), und die bisher gesendeten E-Mails.</translation>
    </message>
    <message>
        <source>E-invoicing</source>
        <translation>E-Rechnung</translation>
    </message>
    <message>
        <source>What the customer&apos;s e-invoices (UBL, EN 16931, Peppol) need: its VAT ID, its electronic address and the reference it asked for. Export a statement as UBL from Billing &gt; Customer Invoices.</source>
        <translation>Was die E-Rechnungen des Kunden (UBL, EN 16931, Peppol) brauchen: seine USt-IdNr., seine elektronische Adresse und die gewünschte Referenz. Exportieren Sie eine Abrechnung als UBL unter Abrechnung &gt; Kundenrechnungen.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Search name, email, contact or #ID</source>
        <translation>Name, E-Mail, Kontakt oder #ID suchen</translation>
    </message>
    <message>
        <source>&amp;New Customer</source>
        <translation>&amp;Neuer Kunde</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suche:</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Mandant:</translation>
    </message>
    <message>
        <source>Export Customers</source>
        <translation>Kunden exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>Alle Mandanten</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 Kunde</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 Kunden</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>write the export over it</source>
        <translation>den Export darüber schreiben</translation>
    </message>
</context>
<context>
    <name>bursar::ui::DocumentSettingsPage</name>
    <message>
        <source>Write PDF/A-1b (for archiving)</source>
        <translation>PDF/A-1b schreiben (zur Archivierung)</translation>
    </message>
    <message>
        <source>Start CSV files with a byte order mark</source>
        <translation>CSV-Dateien mit einer Byte-Order-Markierung beginnen</translation>
    </message>
    <message>
        <source>Separate CSV fields with “;” and write decimal commas</source>
        <translation>CSV-Felder mit „;“ trennen und Dezimalkommas schreiben</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>{number} (DRAFT-&lt;id&gt; for a draft), {id}, {customer}, {period}, {vendor}, {currency}; {number} or {id} is needed.</source>
        <translation>{number} (DRAFT-&lt;id&gt; bei einem Entwurf), {id}, {customer}, {period}, {vendor}, {currency}; {number} oder {id} ist nötig.</translation>
    </message>
    <message>
        <source>Statement documents</source>
        <translation>Abrechnungsdokumente</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>Export file names:</source>
        <translation>Dateinamen beim Export:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Statements are PDFs with their fonts embedded and searchable text. The CSV options help spreadsheets in comma-decimal locales open the files; the amounts stay exact.</source>
        <translation>Abrechnungen sind PDFs mit eingebetteten Schriften und durchsuchbarem Text. Die CSV-Optionen helfen Tabellenkalkulationen in Gebietsschemas mit Dezimalkomma beim Öffnen der Dateien; die Beträge bleiben exakt.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Amounts and dates:</source>
        <translation>Beträge und Daten:</translation>
    </message>
</context>
<context>
    <name>bursar::ui::DocumentView</name>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Tax category</source>
        <translation>Steuerkategorie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Saldo danach</translation>
    </message>
    <message>
        <source>Unapply</source>
        <translation>Verrechnung aufheben</translation>
    </message>
    <message>
        <source>Applications and reversals — why it is open or closed:</source>
        <translation>Verrechnungen und Aufhebungen — warum er offen oder geschlossen ist:</translation>
    </message>
    <message>
        <source>%1 %2 — %3
Customer %4 %5 · dated %6 · due %7
%8
Total %9 %10 · applied %11 · left %12</source>
        <translation>%1 %2 — %3
Kunde %4 %5 · datiert %6 · fällig %7
%8
Summe %9 %10 · verrechnet %11 · offen %12</translation>
    </message>
    <message>
        <source>Statement %1 · total %2 %3 · balance %4</source>
        <translation>Abrechnung %1 · Summe %2 %3 · Saldo %4</translation>
    </message>
    <message>
        <source>#%1 reverses #%2</source>
        <translation>#%1 hebt #%2 auf</translation>
    </message>
    <message>
        <source>#%1, reversed by #%2</source>
        <translation>#%1, aufgehoben durch #%2</translation>
    </message>
    <message>
        <source>Application #%1 reversed; every other application stays.</source>
        <translation>Verrechnung #%1 aufgehoben; alle anderen Verrechnungen bleiben.</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>&amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Write Off</source>
        <translation>Ausbuchen</translation>
    </message>
    <message>
        <source>Close what is left, if it is within the currency&apos;s write-off tolerance, by an adjustment memo of its own (Settings &gt; Write-off).</source>
        <translation>Schließt den Rest, wenn er innerhalb der Ausbuchungsgrenze der Währung liegt, durch einen eigenen Korrekturbeleg (Einstellungen &gt; Ausbuchung).</translation>
    </message>
    <message>
        <source>Written off by %1.</source>
        <translation>Ausgebucht durch %1.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change a Hold memo&apos;s fields and lines; once released it is cancelled instead.</source>
        <translation>Felder und Zeilen eines Belegs im Status Hold ändern; nach der Freigabe wird er stattdessen storniert.</translation>
    </message>
    <message>
        <source>Save &amp;UBL…</source>
        <translation>&amp;UBL speichern…</translation>
    </message>
    <message>
        <source>The released memo as a UBL e-invoice (EN 16931, Peppol BIS Billing 3.0).</source>
        <translation>Der freigegebene Beleg als UBL-E-Rechnung (EN 16931, Peppol BIS Billing 3.0).</translation>
    </message>
    <message>
        <source>Save UBL E-invoice</source>
        <translation>UBL-E-Rechnung speichern</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>XML-Dateien (*.xml)</translation>
    </message>
    <message>
        <source>No %1 format is registered.</source>
        <translation>Kein Format %1 ist registriert.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::ExchangeRatesPage</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>e.g. EUR</source>
        <translation>z. B. EUR</translation>
    </message>
    <message>
        <source>Set a rate</source>
        <translation>Kurs festlegen</translation>
    </message>
    <message>
        <source>From currency:</source>
        <translation>Von Währung:</translation>
    </message>
    <message>
        <source>To currency:</source>
        <translation>Nach Währung:</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Kurs:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Save Rate</source>
        <translation>Kurs speichern</translation>
    </message>
    <message>
        <source>A statement whose usage is in another currency than the customer&apos;s invoice currency is converted at the latest rate on or before the period&apos;s last day. Showing a statement in another currency uses the rate on or before its issue date. The rate and its date are recorded with the statement.</source>
        <translation>Eine Abrechnung, deren Verbrauch in einer anderen Währung als der Rechnungswährung des Kunden vorliegt, wird zum letzten Kurs am oder vor dem letzten Tag der Periode umgerechnet. Wird eine Abrechnung in einer anderen Währung angezeigt, gilt der Kurs am oder vor ihrem Rechnungsdatum. Kurs und Datum werden mit der Abrechnung festgehalten.</translation>
    </message>
    <message>
        <source>Saved: 1 %1 = %2 %3 from %4.</source>
        <translation>Gespeichert: 1 %1 = %2 %3 ab %4.</translation>
    </message>
    <message>
        <source>Units of To per unit of From</source>
        <translation>Einheiten von „Nach“ je Einheit von „Von“</translation>
    </message>
</context>
<context>
    <name>bursar::ui::ExportDialog</name>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n Abrechnung</numerusform>
            <numerusform>%n Abrechnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save Statement</source>
        <translation>Abrechnung speichern</translation>
    </message>
    <message numerus="yes">
        <source>Export %n Statement(s)</source>
        <translation>
            <numerusform>%n Abrechnung exportieren</numerusform>
            <numerusform>%n Abrechnungen exportieren</numerusform>
        </translation>
    </message>
    <message>
        <source>{number} (DRAFT-&lt;id&gt; for a draft), {id}, {customer}, {period}, {vendor}, {currency}</source>
        <translation>{number} (DRAFT-&lt;id&gt; bei einem Entwurf), {id}, {customer}, {period}, {vendor}, {currency}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen …</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>File names:</source>
        <translation>Dateinamen:</translation>
    </message>
    <message>
        <source>Each file is written whole under a temporary name and then renamed, so a half-written document never appears. PDFs are rendered on every core.</source>
        <translation>Jede Datei wird vollständig unter einem vorläufigen Namen geschrieben und dann umbenannt, sodass nie ein halb geschriebenes Dokument erscheint. PDFs werden auf allen Kernen erzeugt.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n statement(s)…</source>
        <translation>
            <numerusform>Exportiere %n Abrechnung …</numerusform>
            <numerusform>Exportiere %n Abrechnungen …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n Datei nach %1 geschrieben.</numerusform>
            <numerusform>%n Dateien nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before the rest.</source>
        <translation>Vor dem Rest abgebrochen.</translation>
    </message>
    <message>
        <source>Export Files</source>
        <translation>Dateien exportieren</translation>
    </message>
    <message>
        <source>%1 of %2 statements</source>
        <translation>%1 von %2 Abrechnungen</translation>
    </message>
</context>
<context>
    <name>bursar::ui::ExportDone</name>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::FinanceDocumentsPage</name>
    <message>
        <source>Credit memos lower what a customer owes, debit memos raise it, payments pay it. A new memo is Hold until released; only Open credit memos and payments are applied.</source>
        <translation>Gutschriften senken die Schuld eines Kunden, Lastschriften erhöhen sie, Zahlungen begleichen sie. Ein neuer Beleg ist zurückgehalten, bis er freigegeben wird; nur offene Gutschriften und Zahlungen werden verrechnet.</translation>
    </message>
    <message>
        <source>Credit Memos</source>
        <translation>Gutschriften</translation>
    </message>
    <message>
        <source>Debit Memos</source>
        <translation>Lastschriften</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
</context>
<context>
    <name>bursar::ui::GenerateInvoicesDialog</name>
    <message>
        <source>Apply Credits</source>
        <translation>Gutschriften anrechnen</translation>
    </message>
    <message>
        <source>Include Tax</source>
        <translation>Steuer einschließen</translation>
    </message>
    <message>
        <source>Include Marketplace Fees</source>
        <translation>Marketplace-Gebühren einschließen</translation>
    </message>
    <message>
        <source>Use Credits for Marketplace Fees</source>
        <translation>Gutschriften für Marketplace-Gebühren verwenden</translation>
    </message>
    <message>
        <source>Generate Invoices</source>
        <translation>Rechnungen erzeugen</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 Billing Customers Report, %2&lt;/b&gt;&lt;br&gt;%n customer(s) selected. Each gets a draft statement; a customer that cannot be billed fails alone and the others go on.</source>
        <translation>
            <numerusform>&lt;b&gt;%1 Billing Customers Report, %2&lt;/b&gt;&lt;br&gt;%n Kunde ausgewählt. Jeder erhält einen Abrechnungsentwurf; ein Kunde, der nicht abgerechnet werden kann, scheitert allein und die anderen laufen weiter.</numerusform>
            <numerusform>&lt;b&gt;%1 Billing Customers Report, %2&lt;/b&gt;&lt;br&gt;%n Kunden ausgewählt. Jeder erhält einen Abrechnungsentwurf; ein Kunde, der nicht abgerechnet werden kann, scheitert allein und die anderen laufen weiter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tax from Settings &gt; Tax Tables by the customer&apos;s region and state, on the amount after credits.</source>
        <translation>Steuer aus Einstellungen &gt; Steuertabellen nach Region und Bundesland des Kunden, auf den Betrag nach Gutschriften.</translation>
    </message>
    <message>
        <source>Marketplace charges, passed through at cost with 0 margin.</source>
        <translation>Marketplace-Kosten, zum Einstandspreis mit 0 Marge weiterberechnet.</translation>
    </message>
    <message>
        <source>The vendor&apos;s marketplace credit (separate from the credits added by hand) pays marketplace fees only.</source>
        <translation>Die Marketplace-Gutschrift des Herstellers (getrennt von den von Hand angelegten Gutschriften) bezahlt nur Marketplace-Gebühren.</translation>
    </message>
    <message>
        <source>Azure Marketplace fees are not in the reports.</source>
        <translation>Azure-Marketplace-Gebühren sind nicht in den Berichten.</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>Generating %1 statements for %2…</source>
        <translation>Erzeuge %1-Abrechnungen für %2 …</translation>
    </message>
    <message>
        <source>The switches are as in the last %1 run.</source>
        <translation>Die Schalter stehen wie beim letzten %1-Lauf.</translation>
    </message>
    <message>
        <source>&amp;Generate With Tax</source>
        <translation>Mit Steuer &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Generate Without Tax</source>
        <translation>Ohne Steuer &amp;erstellen</translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>%1 von %2 Kunden</translation>
    </message>
</context>
<context>
    <name>bursar::ui::GenerateSummaryDialog</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Generate Invoices — run %1</source>
        <translation>Rechnungen erzeugen — Lauf %1</translation>
    </message>
    <message numerus="yes">
        <source>%n draft statement(s) generated.</source>
        <translation>
            <numerusform>%n Abrechnungsentwurf erzeugt.</numerusform>
            <numerusform>%n Abrechnungsentwürfe erzeugt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total %1 %2.</source>
        <translation>Summe %1 %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) failed and need you.</source>
        <translation>
            <numerusform>%n Kunde ist fehlgeschlagen und braucht Sie.</numerusform>
            <numerusform>%n Kunden sind fehlgeschlagen und brauchen Sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped.</source>
        <translation>
            <numerusform>%n übersprungen.</numerusform>
            <numerusform>%n übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the statements made before Cancel are whole; generate again for the rest.</source>
        <translation>Abgebrochen: die vor dem Abbruch erzeugten Abrechnungen sind vollständig; erzeugen Sie den Rest erneut.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>&amp;Preview Invoices</source>
        <translation>Rechnungen &amp;ansehen</translation>
    </message>
    <message>
        <source>Generate Invoices — nothing to bill</source>
        <translation>Rechnungen erstellen — nichts abzurechnen</translation>
    </message>
    <message>
        <source>Double-click to open %1.</source>
        <translation>Doppelklicken, um %1 zu öffnen.</translation>
    </message>
    <message>
        <source>Double-click a customer to open where it is fixed.</source>
        <translation>Doppelklicken Sie auf einen Kunden, um zu öffnen, wo es behoben wird.</translation>
    </message>
    <message>
        <source>the customer&apos;s Cloud Providers</source>
        <translation>die Cloud-Anbieter des Kunden</translation>
    </message>
    <message>
        <source>the customer&apos;s Credits</source>
        <translation>die Gutschriften des Kunden</translation>
    </message>
    <message>
        <source>Settings &gt; Exchange Rates</source>
        <translation>Einstellungen &gt; Wechselkurse</translation>
    </message>
    <message>
        <source>the customer&apos;s statements in Billing &gt; Customer Invoices</source>
        <translation>die Abrechnungen des Kunden unter Abrechnung &gt; Kundenrechnungen</translation>
    </message>
    <message>
        <source>the customer&apos;s profile</source>
        <translation>das Kundenprofil</translation>
    </message>
</context>
<context>
    <name>bursar::ui::HelpWindow</name>
    <message>
        <source>Bursar Guide</source>
        <translation>Bursar-Handbuch (englisch)</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Handbuch</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>%1 – Bursar Guide</source>
        <translation>%1 – Bursar-Handbuch (englisch)</translation>
    </message>
</context>
<context>
    <name>bursar::ui::Keyboard</name>
    <message>
        <source>%1 list</source>
        <translation>Liste %1</translation>
    </message>
</context>
<context>
    <name>bursar::ui::MainWindow</name>
    <message>
        <source>Bursar</source>
        <translation>Bursar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Bursar databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bursar-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Bursar</source>
        <translation>&amp;Über Bursar</translation>
    </message>
    <message>
        <source>About Bursar</source>
        <translation>Über Bursar</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Account Information</source>
        <translation>Kontoinformationen</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>Open &amp;Shared Database…</source>
        <translation>&amp;Gemeinsame Datenbank öffnen…</translation>
    </message>
    <message>
        <source>Open Shared Database</source>
        <translation>Gemeinsame Datenbank öffnen</translation>
    </message>
    <message>
        <source>PostgreSQL URL, for example postgresql://clerk@dbserver/bursar
(the password comes from ~/.pgpass or PGPASSWORD, or Bursar asks for it):</source>
        <translation>PostgreSQL-URL, zum Beispiel postgresql://sachbearbeiter@dbserver/bursar
(das Passwort kommt aus ~/.pgpass oder PGPASSWORD, sonst fragt Bursar danach):</translation>
    </message>
    <message>
        <source>Users &amp; Privileges</source>
        <translation>Benutzer &amp; Berechtigungen</translation>
    </message>
    <message>
        <source>&amp;Import Usage File…</source>
        <translation>Verbrauchsdatei &amp;importieren …</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Verbrauch</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Import Usage File</source>
        <translation>Verbrauchsdatei importieren</translation>
    </message>
    <message>
        <source>Usage exports (*.csv);;All files (*)</source>
        <translation>Verbrauchsexporte (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Unmapped Accounts</source>
        <translation>Nicht zugeordnete Konten</translation>
    </message>
    <message>
        <source>Pricebooks</source>
        <translation>Preislisten</translation>
    </message>
    <message>
        <source>Discounts, Charges &amp; Support</source>
        <translation>Rabatte, Gebühren &amp; Support</translation>
    </message>
    <message>
        <source>Vendor Credits</source>
        <translation>Herstellergutschriften</translation>
    </message>
    <message>
        <source>Preview Generated Billing Statements</source>
        <translation>Vorschau erzeugter Abrechnungen</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Gutschriften</translation>
    </message>
    <message>
        <source>Customer Invoices</source>
        <translation>Kundenrechnungen</translation>
    </message>
    <message>
        <source>Tax Tables</source>
        <translation>Steuertabellen</translation>
    </message>
    <message>
        <source>Exchange Rates</source>
        <translation>Wechselkurse</translation>
    </message>
    <message>
        <source>Statement Numbering</source>
        <translation>Abrechnungsnummern</translation>
    </message>
    <message>
        <source>Statement Documents</source>
        <translation>Abrechnungsdokumente</translation>
    </message>
    <message>
        <source>“%1” is the database this window has open already.</source>
        <translation>„%1“ ist die Datenbank, die dieses Fenster bereits geöffnet hat.</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>Fälligkeitsanalyse</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Ausbuchung</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Run Services Credits &amp;Expiry</source>
        <translation>Service-Credit-&amp;Verfall ausführen</translation>
    </message>
    <message>
        <source>Services Credits Expiry</source>
        <translation>Service-Credit-Verfall</translation>
    </message>
    <message>
        <source>Services credits expiry: %1 credits of %2 purchase(s) expired.</source>
        <translation>Service-Credit-Verfall: %1 Credits aus %2 Kauf/Käufen verfallen.</translation>
    </message>
    <message>
        <source>Services Credits</source>
        <translation>Service-Credits</translation>
    </message>
    <message>
        <source>Customer Purchases</source>
        <translation>Kundenkäufe</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Verkaufschancen</translation>
    </message>
    <message>
        <source>Projects &amp; Milestones</source>
        <translation>Projekte &amp; Meilensteine</translation>
    </message>
    <message>
        <source> (tenant %1, reads only)</source>
        <translation> (Mandant %1, nur lesend)</translation>
    </message>
    <message>
        <source> (customer %1, reads only)</source>
        <translation> (Kunde %1, nur lesend)</translation>
    </message>
    <message>
        <source>%1%2 — database: %3 (schema %4)</source>
        <translation>%1%2 — Datenbank: %3 (Schema %4)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <source>&amp;Usage</source>
        <translation>&amp;Verbrauch</translation>
    </message>
    <message>
        <source>&amp;Billing</source>
        <translation>Abrechnun&amp;g</translation>
    </message>
    <message>
        <source>Fi&amp;nance</source>
        <translation>Fi&amp;nanzen</translation>
    </message>
    <message>
        <source>&amp;Services Credits</source>
        <translation>&amp;Service-Credits</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>Be&amp;richte</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>E&amp;instellungen</translation>
    </message>
    <message>
        <source>Billing Report</source>
        <translation>Abrechnungsbericht</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Payments &amp;&amp; Memos</source>
        <translation>Zahlungen &amp;&amp; Belege</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>This page has no filter.</source>
        <translation>Diese Seite hat keinen Filter.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Month-End</source>
        <translation>Monatsabschluss</translation>
    </message>
    <message>
        <source>&amp;Navigation</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <source>Import File…</source>
        <translation>Datei importieren…</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>Datenbank &amp;sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore Database…</source>
        <translation>Datenbank &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore Database</source>
        <translation>Datenbank wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Verify Audit Log</source>
        <translation>Prüfprotokoll &amp;verifizieren</translation>
    </message>
    <message>
        <source>Verifying the audit log…</source>
        <translation>Prüfprotokoll wird verifiziert…</translation>
    </message>
    <message>
        <source>Verify Audit Log</source>
        <translation>Prüfprotokoll verifizieren</translation>
    </message>
    <message>
        <source>The audit log does not fit its chain at row %1 (%2, %3 %4 %5): %6.</source>
        <translation>Das Prüfprotokoll passt bei Zeile %1 (%2, %3 %4 %5) nicht zu seiner Kette: %6.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n row(s), each chained to the one before it.

The last is row %1, with the hash
%2</source>
        <translation>
            <numerusform>Das Prüfprotokoll ist unversehrt: %n Zeile, mit der vorigen verkettet.

Die letzte ist Zeile %1, mit dem Hash
%2</numerusform>
            <numerusform>Das Prüfprotokoll ist unversehrt: %n Zeilen, jede mit der vorigen verkettet.

Die letzte ist Zeile %1, mit dem Hash
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Bursar %1&lt;/b&gt;&lt;p&gt;Billing back office for cloud distributors and resellers.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;%3, schema %4 (this Bursar knows up to %5)&lt;/p&gt;&lt;p&gt;Qt %6&lt;/p&gt;</source>
        <translation>&lt;b&gt;Bursar %1&lt;/b&gt;&lt;p&gt;Abrechnungs-Backoffice für Cloud-Distributoren und -Wiederverkäufer.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;br&gt;%3, Schema %4 (dieses Bursar kennt bis %5)&lt;/p&gt;&lt;p&gt;Qt %6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>a shared PostgreSQL database</source>
        <translation>eine gemeinsame PostgreSQL-Datenbank</translation>
    </message>
    <message>
        <source>a SQLite file</source>
        <translation>eine SQLite-Datei</translation>
    </message>
    <message>
        <source>Bursar &amp;Guide</source>
        <translation>Bursar-&amp;Handbuch</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Optionen…</translation>
    </message>
    <message>
        <source>The language you chose applies from Bursar&apos;s next start.</source>
        <translation>Die gewählte Sprache gilt ab dem nächsten Start von Bursar.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::MemoDialog</name>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Tax category</source>
        <translation>Steuerkategorie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Add New Credit Memo</source>
        <translation>Neue Gutschrift</translation>
    </message>
    <message>
        <source>Add New Debit Memo</source>
        <translation>Neue Lastschrift</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Document #:</source>
        <translation>Beleg-Nr.:</translation>
    </message>
    <message>
        <source>assigned when the memo is released</source>
        <translation>wird bei der Freigabe vergeben</translation>
    </message>
    <message>
        <source>the customer&apos;s invoice currency</source>
        <translation>die Rechnungswährung des Kunden</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Währung:</translation>
    </message>
    <message>
        <source>Document date:</source>
        <translation>Belegdatum:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Sales branch:</source>
        <translation>Vertriebsniederlassung:</translation>
    </message>
    <message>
        <source>Sales person:</source>
        <translation>Vertriebsmitarbeiter:</translation>
    </message>
    <message>
        <source>Adjusted document:</source>
        <translation>Korrigierter Beleg:</translation>
    </message>
    <message>
        <source>Service quantity:</source>
        <translation>Leistungsmenge:</translation>
    </message>
    <message>
        <source>Unit of measure:</source>
        <translation>Mengeneinheit:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Preis:</translation>
    </message>
    <message>
        <source>Discount amount:</source>
        <translation>Rabattbetrag:</translation>
    </message>
    <message>
        <source>(not taxable)</source>
        <translation>(nicht steuerpflichtig)</translation>
    </message>
    <message>
        <source>Tax category:</source>
        <translation>Steuerkategorie:</translation>
    </message>
    <message>
        <source>Add Detail</source>
        <translation>Position hinzufügen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Add Memo</source>
        <translation>Beleg anlegen</translation>
    </message>
    <message>
        <source>Say why the memo is issued (a sales return, a goodwill credit, …).</source>
        <translation>Sagen Sie, warum der Beleg ausgestellt wird (Rücksendung, Kulanzgutschrift, …).</translation>
    </message>
    <message>
        <source>Add the memo&apos;s details.</source>
        <translation>Fügen Sie die Positionen des Belegs hinzu.</translation>
    </message>
    <message>
        <source>Subtotal %1 · tax %2 · rounding %3 · total %4 %5</source>
        <translation>Zwischensumme %1 · Steuer %2 · Rundung %3 · Summe %4 %5</translation>
    </message>
    <message>
        <source>the customer&apos;s</source>
        <translation>die des Kunden</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Payment terms:</source>
        <translation>Zahlungsziel:</translation>
    </message>
    <message>
        <source>Remove Detail</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>%1 %2 bearbeiten</translation>
    </message>
    <message>
        <source>Save Memo</source>
        <translation>Beleg speichern</translation>
    </message>
    <message>
        <source>optional: pick the statement or memo, or type its number</source>
        <translation>optional: die Abrechnung oder den Beleg wählen oder seine Nummer eingeben</translation>
    </message>
    <message>
        <source>%1 · statement of %2 · %3 %4</source>
        <translation>%1 · Abrechnung vom %2 · %3 %4</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 · %4 %5</source>
        <translation>%1 · %2 vom %3 · %4 %5</translation>
    </message>
</context>
<context>
    <name>bursar::ui::NotificationsPage</name>
    <message>
        <source>Email each statement to the customer when it is approved</source>
        <translation>Jede Abrechnung bei der Freigabe per E-Mail an den Kunden senden</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (Port 587)</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (Port 465)</translation>
    </message>
    <message>
        <source>None (a relay on this network only)</source>
        <translation>Keine (nur ein Relay in diesem Netz)</translation>
    </message>
    <message>
        <source>billing@example.com</source>
        <translation>billing@example.com</translation>
    </message>
    <message>
        <source>empty: the server takes mail without a login</source>
        <translation>leer: der Server nimmt E-Mails ohne Anmeldung an</translation>
    </message>
    <message>
        <source>kept in the system keyring, never in the database</source>
        <translation>im Schlüsselbund des Systems, nie in der Datenbank</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP-Server</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Absender:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Anmeldung:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>The email</source>
        <translation>Die E-Mail</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Placeholders: %1. The statement&apos;s PDF is attached.</source>
        <translation>Platzhalter: %1. Das PDF der Abrechnung wird angehängt.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Approving a statement (one, or Approve All) queues one email to the customer&apos;s billing contact (set in the customer&apos;s profile, Statement Emails). Bursar sends the queue in the background and tries a busy server again; a failed email never undoes an approval. Each statement&apos;s email log is in its view.</source>
        <translation>Die Freigabe einer Abrechnung (einzeln oder mit Alle freigeben) reiht eine E-Mail an den Rechnungskontakt des Kunden ein (festgelegt im Kundenprofil unter Abrechnungs-E-Mails). Bursar sendet die Warteschlange im Hintergrund und versucht es bei einem ausgelasteten Server erneut; eine fehlgeschlagene E-Mail macht nie eine Freigabe rückgängig. Das E-Mail-Protokoll jeder Abrechnung steht in ihrer Ansicht.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saved; the password is in the system keyring.</source>
        <translation>Gespeichert; das Passwort ist im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Saved. %1 The password is kept until Bursar closes.</source>
        <translation>Gespeichert. %1 Das Passwort bleibt erhalten, bis Bursar geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::NumberField</name>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>%1, e.g. %2</source>
        <translation>%1, z. B. %2</translation>
    </message>
</context>
<context>
    <name>bursar::ui::NumberingPage</name>
    <message>
        <source>(not a valid pattern yet)</source>
        <translation>(noch kein gültiges Muster)</translation>
    </message>
    <message>
        <source>Saved. Numbers already given stay as they are.</source>
        <translation>Gespeichert. Bereits vergebene Nummern bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Number series</source>
        <translation>Nummernfolgen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>Nächste Nummer</translation>
    </message>
    <message>
        <source>Statements:</source>
        <translation>Abrechnungen:</translation>
    </message>
    <message>
        <source>Credit memos:</source>
        <translation>Gutschriften:</translation>
    </message>
    <message>
        <source>Debit memos:</source>
        <translation>Lastschriften:</translation>
    </message>
    <message>
        <source>Payments:</source>
        <translation>Zahlungen:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>A statement gets its number when it is approved, a credit or debit memo when it is released and a payment when it is recorded, so deleted drafts leave no gap. Tokens: {YYYY} or {YY} (year), {MM} (month) and one counter, {000000} (zero-padded) or {N}. The counter starts again each year (or month) the pattern names.</source>
        <translation>Eine Abrechnung erhält ihre Nummer bei der Freigabe, eine Gutschrift oder Lastschrift bei der Freigabe und eine Zahlung bei der Erfassung, so hinterlassen gelöschte Entwürfe keine Lücke. Platzhalter: {YYYY} oder {YY} (Jahr), {MM} (Monat) und ein Zähler, {000000} (mit Nullen aufgefüllt) oder {N}. Der Zähler beginnt in jedem Jahr (oder Monat), das das Muster nennt, neu.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::OpportunitiesPage</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Abschlussdatum</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Without a purchase</source>
        <translation>Ohne Kauf</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Services credits</source>
        <translation>Service-Credits</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Opportunity name</source>
        <translation>Name der Verkaufschance</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Produktname</translation>
    </message>
    <message>
        <source>Services credits (optional)</source>
        <translation>Service-Credits (optional)</translation>
    </message>
    <message>
        <source>Add Opportunity</source>
        <translation>Verkaufschance anlegen</translation>
    </message>
    <message>
        <source>Closes:</source>
        <translation>Abschluss:</translation>
    </message>
    <message>
        <source>Add Product</source>
        <translation>Produkt hinzufügen</translation>
    </message>
    <message>
        <source>Create Services Credits Customer Purchase…</source>
        <translation>Service-Credit-Kauf anlegen…</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Verkaufschancen</translation>
    </message>
    <message>
        <source>Products of the selected opportunity (those with services credits can become purchases):</source>
        <translation>Produkte der ausgewählten Verkaufschance (die mit Service-Credits können Käufe werden):</translation>
    </message>
    <message>
        <source>Purchase %1</source>
        <translation>Kauf %1</translation>
    </message>
    <message>
        <source>Opportunity %1 added; add its products below.</source>
        <translation>Verkaufschance %1 angelegt; fügen Sie unten ihre Produkte hinzu.</translation>
    </message>
    <message>
        <source>Select the opportunity to add the product to.</source>
        <translation>Wählen Sie die Verkaufschance, zu der das Produkt gehört.</translation>
    </message>
    <message>
        <source>Product added.</source>
        <translation>Produkt hinzugefügt.</translation>
    </message>
    <message>
        <source>Select the opportunity to create purchases from.</source>
        <translation>Wählen Sie die Verkaufschance, aus der Käufe angelegt werden.</translation>
    </message>
    <message>
        <source>Opportunity %1 has no product with services credits that has no purchase yet.</source>
        <translation>Verkaufschance %1 hat kein Produkt mit Service-Credits, das noch keinen Kauf hat.</translation>
    </message>
    <message>
        <source>Created purchase(s) %1.</source>
        <translation>Kauf/Käufe %1 angelegt.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::PaymentDialog</name>
    <message>
        <source>Record Payment</source>
        <translation>Zahlung erfassen</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Date received:</source>
        <translation>Eingangsdatum:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Betrag:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Währung:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Zahlungsart:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referenz:</translation>
    </message>
</context>
<context>
    <name>bursar::ui::PlaceCombo</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(whole region)</source>
        <translation>(ganze Region)</translation>
    </message>
    <message>
        <source>Choose a region with states or provinces first.</source>
        <translation>Wählen Sie zuerst eine Region mit Bundesländern, Staaten oder Provinzen.</translation>
    </message>
    <message numerus="yes">
        <source>%n state(s) and province(s) of %1, from ISO 3166-2.</source>
        <translation>
            <numerusform>%n Bundesland bzw. Provinz von %1, aus ISO 3166-2.</numerusform>
            <numerusform>%n Bundesländer bzw. Provinzen von %1, aus ISO 3166-2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not in ISO 3166)</source>
        <translation>%1 (nicht in ISO 3166)</translation>
    </message>
</context>
<context>
    <name>bursar::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>The system&apos;s: %1</source>
        <translation>Die des Systems: %1</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>The window, its dates and amounts speak this language from the next start. The statement documents keep the language of Settings &gt; Statement Documents, and the command line the language of its environment.</source>
        <translation>Das Fenster, seine Datumsangaben und Beträge sprechen diese Sprache ab dem nächsten Start. Die Abrechnungsdokumente behalten die Sprache aus Einstellungen &gt; Abrechnungsdokumente, die Befehlszeile die Sprache ihrer Umgebung.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::PreviewPage</name>
    <message>
        <source>All drafts, of every run</source>
        <translation>Alle Entwürfe, aus jedem Lauf</translation>
    </message>
    <message>
        <source>Approve &amp;All</source>
        <translation>&amp;Alle freigeben</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansehen</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Approve every draft listed: each gets the next statement number and becomes Open, visible to the customer.</source>
        <translation>Jeden aufgeführten Entwurf freigeben: jeder erhält die nächste Abrechnungsnummer und wird Offen, für den Kunden sichtbar.</translation>
    </message>
    <message>
        <source>Delete the selected drafts: their credits return and the period unlocks.</source>
        <translation>Die ausgewählten Entwürfe löschen: ihre Gutschriften kehren zurück und die Periode wird entsperrt.</translation>
    </message>
    <message>
        <source>Back to Reports &gt; Billing.</source>
        <translation>Zurück zu Berichte &gt; Abrechnung.</translation>
    </message>
    <message>
        <source>Approve All</source>
        <translation>Alle freigeben</translation>
    </message>
    <message numerus="yes">
        <source>Approve all %n draft(s) listed? Approved statements are numbered, visible to the customers and never change.</source>
        <translation>
            <numerusform>Den aufgeführten %n Entwurf freigeben? Freigegebene Abrechnungen sind nummeriert, für die Kunden sichtbar und ändern sich nie.</numerusform>
            <numerusform>Alle %n aufgeführten Entwürfe freigeben? Freigegebene Abrechnungen sind nummeriert, für die Kunden sichtbar und ändern sich nie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts of billing run %1</source>
        <translation>Entwürfe des Abrechnungslaufs %1</translation>
    </message>
    <message>
        <source>All draft statements</source>
        <translation>Alle Abrechnungsentwürfe</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n statement(s). Drafts are hidden from customers and carry no number until approved.</source>
        <translation>
            <numerusform>%1: %n Abrechnung. Entwürfe sind für Kunden verborgen und tragen bis zur Freigabe keine Nummer.</numerusform>
            <numerusform>%1: %n Abrechnungen. Entwürfe sind für Kunden verborgen und tragen bis zur Freigabe keine Nummer.</numerusform>
        </translation>
    </message>
    <message>
        <source>There was no draft to approve.</source>
        <translation>Es gab keinen Entwurf zum Freigeben.</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) approved: %1 to %2.</source>
        <translation>
            <numerusform>%n Abrechnung freigegeben: %1 bis %2.</numerusform>
            <numerusform>%n Abrechnungen freigegeben: %1 bis %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the drafts to approve first.</source>
        <translation>Wählen Sie zuerst die freizugebenden Entwürfe.</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) approved.</source>
        <translation>
            <numerusform>%n Abrechnung freigegeben.</numerusform>
            <numerusform>%n Abrechnungen freigegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the drafts to delete first.</source>
        <translation>Wählen Sie zuerst die zu löschenden Entwürfe.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n draft(s)? Their credits return to the customers&apos; balances and the periods unlock.</source>
        <translation>
            <numerusform>%n Entwurf löschen? Seine Gutschriften kehren in das Guthaben des Kunden zurück und die Periode wird entsperrt.</numerusform>
            <numerusform>%n Entwürfe löschen? Ihre Gutschriften kehren in die Guthaben der Kunden zurück und die Perioden werden entsperrt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) deleted; their credits were returned.</source>
        <translation>
            <numerusform>%n Entwurf gelöscht; seine Gutschriften wurden zurückgegeben.</numerusform>
            <numerusform>%n Entwürfe gelöscht; ihre Gutschriften wurden zurückgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the statement to view first.</source>
        <translation>Wählen Sie zuerst die anzusehende Abrechnung.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>The drafts listed (or the selected ones) as PDF, CSV or Detailed CSV files in a folder.</source>
        <translation>Die aufgeführten (oder die ausgewählten) Entwürfe als PDF-, CSV- oder detaillierte CSV-Dateien in einen Ordner.</translation>
    </message>
    <message>
        <source>There is no draft to export.</source>
        <translation>Es gibt keinen Entwurf zum Exportieren.</translation>
    </message>
    <message>
        <source>Approving drafts…</source>
        <translation>Entwürfe werden freigegeben…</translation>
    </message>
    <message>
        <source>%1 of %2 drafts</source>
        <translation>%1 von %2 Entwürfen</translation>
    </message>
    <message>
        <source>Cancelled: the other drafts stay drafts.</source>
        <translation>Abgebrochen: Die übrigen Entwürfe bleiben Entwürfe.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::PricebooksPage</name>
    <message>
        <source>every period</source>
        <translation>jede Periode</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>%1 It applies from period %2: %3</source>
        <translation>%1 Es gilt ab Periode %2: %3</translation>
    </message>
    <message>
        <source>%1 It applies from period %2.</source>
        <translation>%1 Es gilt ab Periode %2.</translation>
    </message>
    <message>
        <source>First day the change applies. Periods that have ended are never changed: a date in one moves to the open period.</source>
        <translation>Erster Tag, ab dem die Änderung gilt. Abgeschlossene Perioden werden nie geändert: ein Datum darin rückt in die offene Periode.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Gilt</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>Geändert am</translation>
    </message>
    <message>
        <source>Name, for example Standard</source>
        <translation>Name, zum Beispiel Standard</translation>
    </message>
    <message>
        <source>Product for an override (empty: the whole pricebook)</source>
        <translation>Produkt für eine Abweichung (leer: die ganze Preisliste)</translation>
    </message>
    <message>
        <source>New pricebook</source>
        <translation>Neue Preisliste</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Add Pricebook</source>
        <translation>Preisliste anlegen</translation>
    </message>
    <message>
        <source>Change the selected pricebook</source>
        <translation>Die gewählte Preisliste ändern</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produkt:</translation>
    </message>
    <message>
        <source>Percent:</source>
        <translation>Prozent:</translation>
    </message>
    <message>
        <source>Effective:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <source>Save Change</source>
        <translation>Änderung speichern</translation>
    </message>
    <message>
        <source>Changes made during or after a period&apos;s billing reconciliation apply from the next period. An override for a product beats the pricebook&apos;s own percent.</source>
        <translation>Änderungen während oder nach der Abrechnungsabstimmung einer Periode gelten ab der nächsten Periode. Eine Abweichung für ein Produkt geht dem Prozentsatz der Preisliste vor.</translation>
    </message>
    <message>
        <source>(all products)</source>
        <translation>(alle Produkte)</translation>
    </message>
    <message>
        <source>Pricebook “%1” added; it prices every period until you change it.</source>
        <translation>Preisliste „%1“ angelegt; sie gilt für jede Periode, bis Sie sie ändern.</translation>
    </message>
    <message>
        <source>Choose a pricebook first.</source>
        <translation>Wählen Sie zuerst eine Preisliste.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>“%1” is not a vendor; type %2.</source>
        <translation>„%1“ ist kein Hersteller; geben Sie %2 ein.</translation>
    </message>
    <message>
        <source>10 for an uplift of 10 %, -5 for a discount of 5 %.</source>
        <translation>10 für einen Aufschlag von 10 %, -5 für einen Rabatt von 5 %.</translation>
    </message>
    <message>
        <source>Percent on vendor cost (10: uplift, -5: discount):</source>
        <translation>Prozent auf Herstellerkosten (10: Aufschlag, -5: Rabatt):</translation>
    </message>
</context>
<context>
    <name>bursar::ui::PricingAdjustmentsPage</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Gilt</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Mindestbetrag</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>End Selected</source>
        <translation>Auswahl beenden</translation>
    </message>
    <message>
        <source>Stops it from the open period on; periods that have ended keep it.</source>
        <translation>Beendet es ab der offenen Periode; abgeschlossene Perioden behalten es.</translation>
    </message>
    <message>
        <source>Choose a row first.</source>
        <translation>Wählen Sie zuerst eine Zeile.</translation>
    </message>
    <message>
        <source>Ended; it still applies up to %1: %2</source>
        <translation>Beendet; es gilt noch bis %1: %2</translation>
    </message>
    <message>
        <source>Ended; it applies up to %1.</source>
        <translation>Beendet; es gilt bis %1.</translation>
    </message>
    <message>
        <source>Global Discounts/Uplifts</source>
        <translation>Globale Rabatte/Aufschläge</translation>
    </message>
    <message>
        <source>Percent (-2 = 2 % discount)</source>
        <translation>Prozent (-2 = 2 % Rabatt)</translation>
    </message>
    <message>
        <source>Custom Charges</source>
        <translation>Zusatzgebühren</translation>
    </message>
    <message>
        <source>Monthly amount</source>
        <translation>Monatsbetrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Support Plans</source>
        <translation>Supportpläne</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>Planname</translation>
    </message>
    <message>
        <source>Percent of usage</source>
        <translation>Prozent vom Verbrauch</translation>
    </message>
    <message>
        <source>Changes made during or after a period&apos;s billing reconciliation apply from the next period.</source>
        <translation>Änderungen während oder nach der Abrechnungsabstimmung einer Periode gelten ab der nächsten Periode.</translation>
    </message>
    <message>
        <source>Global adjustment added.</source>
        <translation>Globale Anpassung angelegt.</translation>
    </message>
    <message>
        <source>Custom charge added.</source>
        <translation>Zusatzgebühr angelegt.</translation>
    </message>
    <message>
        <source>Support plan added.</source>
        <translation>Supportplan angelegt.</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Gültig ab</translation>
    </message>
</context>
<context>
    <name>bursar::ui::ProjectsPage</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Credits required</source>
        <translation>Benötigte Credits</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Eingelöst</translation>
    </message>
    <message>
        <source>Still needed</source>
        <translation>Noch benötigt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Purchase expires</source>
        <translation>Kauf läuft ab</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <source>Milestone name</source>
        <translation>Name des Meilensteins</translation>
    </message>
    <message>
        <source>Add Project</source>
        <translation>Projekt anlegen</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
    <message>
        <source>Add Milestone</source>
        <translation>Meilenstein hinzufügen</translation>
    </message>
    <message>
        <source>Allocate…</source>
        <translation>Zuordnen…</translation>
    </message>
    <message>
        <source>Allocate Automatically</source>
        <translation>Automatisch zuordnen</translation>
    </message>
    <message>
        <source>Allocate All Open</source>
        <translation>Allen offenen zuordnen</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Zurückgeben…</translation>
    </message>
    <message>
        <source>Return Credits</source>
        <translation>Credits zurückgeben</translation>
    </message>
    <message>
        <source>Credits to return from the selected purchase (empty: all):</source>
        <translation>Aus dem ausgewählten Kauf zurückzugebende Credits (leer: alle):</translation>
    </message>
    <message>
        <source>Complete Milestone</source>
        <translation>Meilenstein abschließen</translation>
    </message>
    <message>
        <source>Correct Completion…</source>
        <translation>Abschluss korrigieren…</translation>
    </message>
    <message>
        <source>Correct Completion</source>
        <translation>Abschluss korrigieren</translation>
    </message>
    <message>
        <source>Why is the completion corrected? (kept with the correction)</source>
        <translation>Warum wird der Abschluss korrigiert? (wird mit der Korrektur aufbewahrt)</translation>
    </message>
    <message>
        <source>Projects &amp; Milestones</source>
        <translation>Projekte &amp; Meilensteine</translation>
    </message>
    <message>
        <source>Milestones of the selected project:</source>
        <translation>Meilensteine des ausgewählten Projekts:</translation>
    </message>
    <message>
        <source>Credits the selected milestone holds, by purchase (completing it redeems them):</source>
        <translation>Credits, die der ausgewählte Meilenstein hält, je Kauf (sein Abschluss löst sie ein):</translation>
    </message>
    <message>
        <source>Completed %1</source>
        <translation>Abgeschlossen %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Project %1 added; add its milestones below.</source>
        <translation>Projekt %1 angelegt; fügen Sie unten seine Meilensteine hinzu.</translation>
    </message>
    <message>
        <source>Select the project to add the milestone to.</source>
        <translation>Wählen Sie das Projekt, zu dem der Meilenstein gehört.</translation>
    </message>
    <message>
        <source>Milestone %1 added.</source>
        <translation>Meilenstein %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Select the milestone to allocate credits to.</source>
        <translation>Wählen Sie den Meilenstein, dem Credits zugeordnet werden.</translation>
    </message>
    <message>
        <source>%1 credits of purchase %2 allocated to milestone %3.</source>
        <translation>%1 Credits aus Kauf %2 Meilenstein %3 zugeordnet.</translation>
    </message>
    <message>
        <source>%1 credits allocated automatically (earliest expiry first, then oldest).</source>
        <translation>%1 Credits automatisch zugeordnet (früheste Ablaufdaten zuerst, dann die ältesten).</translation>
    </message>
    <message>
        <source>Select the purchase whose credits the milestone returns.</source>
        <translation>Wählen Sie den Kauf, dessen Credits der Meilenstein zurückgibt.</translation>
    </message>
    <message>
        <source>Credits returned to purchase %1.</source>
        <translation>Credits an Kauf %1 zurückgegeben.</translation>
    </message>
    <message>
        <source>Select the milestone to complete.</source>
        <translation>Wählen Sie den abzuschließenden Meilenstein.</translation>
    </message>
    <message>
        <source>Milestone %1 completed; its credits are redeemed.</source>
        <translation>Meilenstein %1 abgeschlossen; seine Credits sind eingelöst.</translation>
    </message>
    <message>
        <source>Select the milestone whose completion is corrected.</source>
        <translation>Wählen Sie den Meilenstein, dessen Abschluss korrigiert wird.</translation>
    </message>
    <message>
        <source>Milestone %1 is open again; the correction is recorded.</source>
        <translation>Meilenstein %1 ist wieder offen; die Korrektur ist aufgezeichnet.</translation>
    </message>
    <message>
        <source>Allocate Credits to Milestone %1</source>
        <translation>Credits Meilenstein %1 zuordnen</translation>
    </message>
    <message>
        <source>Purchase %1 — %2 available, %3, expires %4</source>
        <translation>Kauf %1 — %2 verfügbar, %3, läuft ab %4</translation>
    </message>
    <message>
        <source>From purchase:</source>
        <translation>Aus Kauf:</translation>
    </message>
    <message>
        <source>Credits:</source>
        <translation>Credits:</translation>
    </message>
    <message>
        <source>Any currency</source>
        <translation>Jede Währung</translation>
    </message>
    <message>
        <source>The currency of the purchases that may pay this milestone; any when not chosen.</source>
        <translation>Die Währung der Käufe, die diesen Meilenstein bezahlen dürfen; jede, wenn keine gewählt ist.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::PurchaseDialog</name>
    <message>
        <source>Draft (editable; its credits cannot be allocated or expired)</source>
        <translation>Entwurf (bearbeitbar; seine Credits können weder zugeordnet werden noch verfallen)</translation>
    </message>
    <message>
        <source>Services Credits Customer Purchase %1</source>
        <translation>Service-Credit-Kauf %1</translation>
    </message>
    <message>
        <source>New Services Credits Customer Purchase</source>
        <translation>Neuer Service-Credit-Kauf</translation>
    </message>
    <message>
        <source>Settings &gt; Services Credits keeps the amount paid per credit equal to the value.</source>
        <translation>Einstellungen &gt; Service-Credits hält den bezahlten Betrag je Credit gleich dem Wert.</translation>
    </message>
    <message>
        <source>Account (customer):</source>
        <translation>Konto (Kunde):</translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation>Startdatum:</translation>
    </message>
    <message>
        <source>Expiry date:</source>
        <translation>Ablaufdatum:</translation>
    </message>
    <message>
        <source>Number of services credits:</source>
        <translation>Anzahl Service-Credits:</translation>
    </message>
    <message>
        <source>Value per credit:</source>
        <translation>Wert je Credit:</translation>
    </message>
    <message>
        <source>Amount paid per credit:</source>
        <translation>Bezahlter Betrag je Credit:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Währung:</translation>
    </message>
</context>
<context>
    <name>bursar::ui::PurchasesPage</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Eingelöst</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verfallen</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Value per credit</source>
        <translation>Wert je Credit</translation>
    </message>
    <message>
        <source>Paid per credit</source>
        <translation>Bezahlt je Credit</translation>
    </message>
    <message>
        <source>Available value</source>
        <translation>Verfügbarer Wert</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>Available after</source>
        <translation>Verfügbar danach</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Mark Draft</source>
        <translation>Als Entwurf markieren</translation>
    </message>
    <message>
        <source>Remove Draft</source>
        <translation>Entwurf aufheben</translation>
    </message>
    <message>
        <source>Run Expiry</source>
        <translation>Verfall ausführen</translation>
    </message>
    <message>
        <source>A purchase is a number of credits bought on one day at one value and amount paid, in one currency. A draft can be edited as often as needed; its credits cannot be allocated or expired. Credits can be used from the start date up to and including the expiry date.</source>
        <translation>Ein Kauf ist eine Anzahl Credits, an einem Tag zu einem Wert und bezahlten Betrag gekauft, in einer Währung. Ein Entwurf kann beliebig oft bearbeitet werden; seine Credits können weder zugeordnet werden noch verfallen. Credits sind vom Startdatum bis einschließlich zum Ablaufdatum nutzbar.</translation>
    </message>
    <message>
        <source>Customer Purchases</source>
        <translation>Kundenkäufe</translation>
    </message>
    <message>
        <source>Select a purchase to see its history.</source>
        <translation>Wählen Sie einen Kauf, um seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Select one purchase to edit.</source>
        <translation>Wählen Sie einen Kauf zum Bearbeiten.</translation>
    </message>
    <message>
        <source>Purchase %1 recorded.</source>
        <translation>Kauf %1 erfasst.</translation>
    </message>
    <message>
        <source>Purchase %1 saved.</source>
        <translation>Kauf %1 gespeichert.</translation>
    </message>
    <message>
        <source>Select one purchase.</source>
        <translation>Wählen Sie einen Kauf.</translation>
    </message>
    <message>
        <source>Purchase %1 is a draft now.</source>
        <translation>Kauf %1 ist jetzt ein Entwurf.</translation>
    </message>
    <message>
        <source>Purchase %1 is not a draft; its credits are available from its start date.</source>
        <translation>Kauf %1 ist kein Entwurf; seine Credits sind ab seinem Startdatum verfügbar.</translation>
    </message>
    <message>
        <source>Nothing to expire today.</source>
        <translation>Heute verfällt nichts.</translation>
    </message>
    <message>
        <source>%1 credits of %2 purchase(s) expired; %3 allocation(s) to milestones not completed were returned and expired.</source>
        <translation>%1 Credits aus %2 Kauf/Käufen verfallen; %3 Zuordnung(en) zu nicht abgeschlossenen Meilensteinen wurden zurückgegeben und sind verfallen.</translation>
    </message>
    <message>
        <source>History of purchase %1</source>
        <translation>Verlauf von Kauf %1</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zurückgegeben</translation>
    </message>
    <message>
        <source>Redemption corrected</source>
        <translation>Einlösung korrigiert</translation>
    </message>
    <message>
        <source>Customer name or #ID (all customers when empty)</source>
        <translation>Kundenname oder #ID (leer: alle Kunden)</translation>
    </message>
</context>
<context>
    <name>bursar::ui::RestoreDialog</name>
    <message>
        <source>Restore Database</source>
        <translation>Datenbank wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring replaces everything in %1 with the backup. The database as it is now is kept beside it first, as a backup of its own, so nothing is lost.</source>
        <translation>Das Wiederherstellen ersetzt alles in %1 durch die Sicherung. Die Datenbank, wie sie jetzt ist, wird zuerst daneben als eigene Sicherung aufbewahrt, damit nichts verloren geht.</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>Sicherungsdatei:</translation>
    </message>
    <message>
        <source>Bursar databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bursar-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>Es gibt keine Datei „%1“.</translation>
    </message>
    <message>
        <source>A sound Bursar backup. %1</source>
        <translation>Eine einwandfreie Bursar-Sicherung. %1</translation>
    </message>
    <message>
        <source>Replace everything in %1 with the backup “%2”?

The database as it is now is kept beside it first.</source>
        <translation>Alles in %1 durch die Sicherung „%2“ ersetzen?

Die Datenbank, wie sie jetzt ist, wird zuerst daneben aufbewahrt.</translation>
    </message>
    <message>
        <source>Replace with the Backup</source>
        <translation>Durch die Sicherung ersetzen</translation>
    </message>
    <message>
        <source>Restoring the database…</source>
        <translation>Datenbank wird wiederhergestellt…</translation>
    </message>
    <message numerus="yes">
        <source>Restored from %1: %n row(s). The database as it was is kept as %2.</source>
        <translation>
            <numerusform>Aus %1 wiederhergestellt: %n Zeile. Die Datenbank, wie sie war, bleibt als %2 erhalten.</numerusform>
            <numerusform>Aus %1 wiederhergestellt: %n Zeilen. Die Datenbank, wie sie war, bleibt als %2 erhalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bursar::ui::ScopePicker</name>
    <message>
        <source>The whole installation</source>
        <translation>Die ganze Installation</translation>
    </message>
    <message>
        <source>One customer</source>
        <translation>Ein Kunde</translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <translation>Mandant %1</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>Sees: %1</source>
        <translation>Sieht: %1</translation>
    </message>
</context>
<context>
    <name>bursar::ui::SellerEInvoiceForm</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>GLN (Global Location Number)</source>
        <translation>GLN (Global Location Number)</translation>
    </message>
    <message>
        <source>DUNS number</source>
        <translation>DUNS-Nummer</translation>
    </message>
    <message>
        <source>Belgian enterprise number</source>
        <translation>Belgische Unternehmensnummer</translation>
    </message>
    <message>
        <source>Dutch KvK number</source>
        <translation>Niederländische KvK-Nummer</translation>
    </message>
    <message>
        <source>Norwegian organisation number</source>
        <translation>Norwegische Organisationsnummer</translation>
    </message>
    <message>
        <source>Swedish organisation number</source>
        <translation>Schwedische Organisationsnummer</translation>
    </message>
    <message>
        <source>Danish CVR number</source>
        <translation>Dänische CVR-Nummer</translation>
    </message>
    <message>
        <source>French SIRET</source>
        <translation>Französische SIRET</translation>
    </message>
    <message>
        <source>German VAT number</source>
        <translation>Deutsche USt-IdNr.</translation>
    </message>
    <message>
        <source>French VAT number</source>
        <translation>Französische USt-IdNr.</translation>
    </message>
    <message>
        <source>Dutch VAT number</source>
        <translation>Niederländische USt-IdNr.</translation>
    </message>
    <message>
        <source>Belgian VAT number</source>
        <translation>Belgische USt-IdNr.</translation>
    </message>
    <message>
        <source>UK VAT number</source>
        <translation>Britische USt-IdNr.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(each document&apos;s own)</source>
        <translation>(die des jeweiligen Dokuments)</translation>
    </message>
    <message>
        <source>empty: the company name</source>
        <translation>leer: der Firmenname</translation>
    </message>
    <message>
        <source>What EN 16931 and Peppol e-invoices (UBL) name us by, besides the name and address on the Company tab. Each UBL file keeps what it was written with.</source>
        <translation>Womit E-Rechnungen nach EN 16931 und Peppol (UBL) uns nennen, neben Name und Anschrift auf dem Reiter Firma. Jede UBL-Datei behält, womit sie geschrieben wurde.</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>Firmenname laut &amp;Register:</translation>
    </message>
    <message>
        <source>&amp;VAT ID:</source>
        <translation>&amp;USt-IdNr.:</translation>
    </message>
    <message>
        <source>Company &amp;registration:</source>
        <translation>&amp;Handelsregister:</translation>
    </message>
    <message>
        <source>&amp;Electronic address:</source>
        <translation>&amp;Elektronische Adresse:</translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <source>&amp;BIC:</source>
        <translation>&amp;BIC:</translation>
    </message>
    <message>
        <source>VAT c&amp;urrency:</source>
        <translation>USt-&amp;Währung:</translation>
    </message>
    <message>
        <source>E-invoicing settings saved.</source>
        <translation>E-Rechnungs-Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Electronic address scheme</source>
        <translation>Schema der elektronischen Adresse</translation>
    </message>
    <message>
        <source>Electronic address</source>
        <translation>Elektronische Adresse</translation>
    </message>
</context>
<context>
    <name>bursar::ui::ServicesCreditsReportPage</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Käufe</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Eingelöst</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verfallen</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Available value</source>
        <translation>Verfügbarer Wert</translation>
    </message>
    <message>
        <source>Outstanding value</source>
        <translation>Offener Wert</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Resttage</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Available after</source>
        <translation>Verfügbar danach</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Probe</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Salden</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Ablaufend</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Purchase:</source>
        <translation>Kauf:</translation>
    </message>
    <message>
        <source>Purchase History</source>
        <translation>Verlauf eines Kaufs</translation>
    </message>
    <message>
        <source>Liability Roll-forward</source>
        <translation>Fortschreibung der Verbindlichkeit</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export Services Credits</source>
        <translation>Service-Credits exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>the services credits export</source>
        <translation>den Export der Service-Credits</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Services Credits</source>
        <translation>Service-Credits</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>bis:</translation>
    </message>
    <message>
        <source>What the company owes in services credits: a purchase counts from its start date once it is not a draft; redemptions and expiries by their dates. Each cell: credits · value · amount paid.</source>
        <translation>Was das Unternehmen an Service-Credits schuldet: ein Kauf zählt ab seinem Startdatum, sobald er kein Entwurf ist; Einlösungen und Verfälle nach ihrem Datum. Jede Zelle: Credits · Wert · bezahlter Betrag.</translation>
    </message>
    <message>
        <source>%1: %2 credits expire within 30 days, %3 within 31–60, %4 within 61–90.</source>
        <translation>%1: %2 Credits verfallen innerhalb von 30 Tagen, %3 in 31–60, %4 in 61–90.</translation>
    </message>
    <message>
        <source>No credits expire in the next 90 days.</source>
        <translation>In den nächsten 90 Tagen verfallen keine Credits.</translation>
    </message>
    <message>
        <source>Credits expiring per month</source>
        <translation>Ablaufende Credits je Monat</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>stimmt</translation>
    </message>
    <message>
        <source>FAILS</source>
        <translation>STIMMT NICHT</translation>
    </message>
    <message>
        <source>%1: %2 + %3 − %4 − %5 = %6 credits %7</source>
        <translation>%1: %2 + %3 − %4 − %5 = %6 Credits %7</translation>
    </message>
    <message>
        <source>(does not hold)</source>
        <translation>(stimmt nicht)</translation>
    </message>
    <message>
        <source>No services credits in this period.</source>
        <translation>Keine Service-Credits in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Proof (opening + purchased − redeemed − expired = closing): </source>
        <translation>Probe (Anfang + gekauft − eingelöst − verfallen = Ende): </translation>
    </message>
</context>
<context>
    <name>bursar::ui::ServicesCreditsSettingsPage</name>
    <message>
        <source>Keep the amount paid per credit equal to the value per credit</source>
        <translation>Den bezahlten Betrag je Credit gleich dem Wert je Credit halten</translation>
    </message>
    <message>
        <source>New purchases start as drafts</source>
        <translation>Neue Käufe beginnen als Entwürfe</translation>
    </message>
    <message>
        <source>Allocate from purchases whose expiry date has passed (during the grace period)</source>
        <translation>Aus Käufen zuordnen, deren Ablaufdatum vorbei ist (während der Karenzzeit)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Grace period before an expiry run expires a purchase:</source>
        <translation>Karenzzeit, bevor ein Verfallslauf einen Kauf verfallen lässt:</translation>
    </message>
    <message>
        <source>Credits can be used up to and including a purchase&apos;s expiry date. The expiry run (when Bursar opens a database, Run Expiry, or bursar services-credits expire) expires what is left after the expiry date plus the grace period, and the credits still allocated to milestones not completed by then.</source>
        <translation>Credits sind bis einschließlich zum Ablaufdatum eines Kaufs nutzbar. Der Verfallslauf (wenn Bursar eine Datenbank öffnet, Verfall ausführen oder bursar services-credits expire) lässt verfallen, was nach dem Ablaufdatum zuzüglich der Karenzzeit übrig ist, und die Credits, die dann noch nicht abgeschlossenen Meilensteinen zugeordnet sind.</translation>
    </message>
    <message>
        <source>Services Credits</source>
        <translation>Service-Credits</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Clerks may choose the purchases a milestone&apos;s credits come from</source>
        <translation>Sachbearbeiter dürfen die Käufe wählen, aus denen die Credits eines Meilensteins kommen</translation>
    </message>
    <message>
        <source>Off: credits are allocated automatically only.</source>
        <translation>Aus: Credits werden nur automatisch zugeordnet.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::StatementEmailsPanel</name>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Will try again</source>
        <translation>Neuer Versuch folgt</translation>
    </message>
    <message>
        <source>Queued again</source>
        <translation>Erneut eingereiht</translation>
    </message>
    <message>
        <source>Send &amp;Again…</source>
        <translation>Erneut &amp;senden…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Send the Statement Again</source>
        <translation>Abrechnung erneut senden</translation>
    </message>
    <message>
        <source>Send the statement&apos;s email to:</source>
        <translation>Die E-Mail der Abrechnung senden an:</translation>
    </message>
    <message>
        <source>Sent to %1 on %2.</source>
        <translation>Am %2 an %1 gesendet.</translation>
    </message>
    <message>
        <source>Not sent to %1: %2</source>
        <translation>Nicht an %1 gesendet: %2</translation>
    </message>
    <message>
        <source>Waiting to be sent to %1.</source>
        <translation>Wartet auf den Versand an %1.</translation>
    </message>
    <message>
        <source>No email for this statement.</source>
        <translation>Keine E-Mail für diese Abrechnung.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::StatementListModel</name>
    <message>
        <source>Visible to the customer&apos;s users</source>
        <translation>Für die Benutzer des Kunden sichtbar</translation>
    </message>
    <message>
        <source>A draft: hidden from the customer&apos;s users</source>
        <translation>Ein Entwurf: für die Benutzer des Kunden verborgen</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Gutschriften</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
</context>
<context>
    <name>bursar::ui::StatementViewDialog</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>&amp;Delete Draft</source>
        <translation>Entwurf &amp;löschen</translation>
    </message>
    <message>
        <source>Product type / product</source>
        <translation>Produkttyp / Produkt</translation>
    </message>
    <message>
        <source>Usage lines</source>
        <translation>Verbrauchszeilen</translation>
    </message>
    <message>
        <source>Vendor cost</source>
        <translation>Herstellerkosten</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Priced by</source>
        <translation>Bepreist durch</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Show in:</source>
        <translation>Anzeigen in:</translation>
    </message>
    <message>
        <source>Explain: every rule and credit behind the numbers</source>
        <translation>Erläuterung: jede Regel und Gutschrift hinter den Zahlen</translation>
    </message>
    <message>
        <source>Delete Draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <source>Delete this draft? Its credits return to the customer&apos;s balance and the period unlocks.</source>
        <translation>Diesen Entwurf löschen? Seine Gutschriften kehren in das Guthaben des Kunden zurück und die Periode wird entsperrt.</translation>
    </message>
    <message>
        <source>Statement %1 — %2 %3 (%4 %5)</source>
        <translation>Abrechnung %1 — %2 %3 (%4 %5)</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b02a1c&quot;&gt;&lt;b&gt;DRAFT&lt;/b&gt; — numbered when approved&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b02a1c&quot;&gt;&lt;b&gt;ENTWURF&lt;/b&gt; — wird bei der Freigabe nummeriert&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&quot;8&quot;&gt;&lt;tr&gt;&lt;td valign=&quot;top&quot;&gt;&lt;b&gt;Bill to&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Customer %2&lt;/td&gt;&lt;td valign=&quot;top&quot;&gt;&lt;b&gt;From&lt;/b&gt;&lt;br&gt;%3&lt;/td&gt;&lt;td valign=&quot;top&quot;&gt;Statement %4&lt;br&gt;Status: %5%6&lt;br&gt;%7 billing period %8&lt;br&gt;Issued: %9&lt;br&gt;Due: %10&lt;br&gt;Currency: %11 · pricebook %12&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&quot;8&quot;&gt;&lt;tr&gt;&lt;td valign=&quot;top&quot;&gt;&lt;b&gt;Rechnung an&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Kunde %2&lt;/td&gt;&lt;td valign=&quot;top&quot;&gt;&lt;b&gt;Von&lt;/b&gt;&lt;br&gt;%3&lt;/td&gt;&lt;td valign=&quot;top&quot;&gt;Abrechnung %4&lt;br&gt;Status: %5%6&lt;br&gt;%7-Abrechnungsperiode %8&lt;br&gt;Ausgestellt: %9&lt;br&gt;Fällig: %10&lt;br&gt;Währung: %11 · Preisliste %12&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source> (visible to the customer)</source>
        <translation> (für den Kunden sichtbar)</translation>
    </message>
    <message>
        <source> (hidden from the customer)</source>
        <translation> (für den Kunden verborgen)</translation>
    </message>
    <message>
        <source>on approval</source>
        <translation>bei der Freigabe</translation>
    </message>
    <message>
        <source>Marketplace fees (at cost)</source>
        <translation>Marketplace-Gebühren (zum Einstandspreis)</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>  of which rounding to %1 units</source>
        <translation>  davon Rundung auf %1-Einheiten</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>%1-Gutschriften</translation>
    </message>
    <message>
        <source>Marketplace fees</source>
        <translation>Marketplace-Gebühren</translation>
    </message>
    <message>
        <source>Marketplace credit</source>
        <translation>Marketplace-Gutschrift</translation>
    </message>
    <message>
        <source>%1 %2% on %3</source>
        <translation>%1 %2% auf %3</translation>
    </message>
    <message>
        <source>Tax (no rate for this region)</source>
        <translation>Steuer (kein Satz für diese Region)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Zu zahlender Betrag</translation>
    </message>
    <message>
        <source>In %1 at %2 (rate of %3%4): charges %5, credits %6, marketplace %7, tax %8, total %9. The rate is recorded with the statement.</source>
        <translation>In %1 zum Kurs %2 (Kurs vom %3%4): Kosten %5, Gutschriften %6, Marketplace %7, Steuer %8, Summe %9. Der Kurs wird mit der Abrechnung festgehalten.</translation>
    </message>
    <message>
        <source>, inverted</source>
        <translation>, invertiert</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>D&amp;rucken …</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>Approve the draft statement of %1 %2 for %3 %4, total %5 %6?

It takes the next statement number (now %7), is issued today, %8, and is due on %9. The customer can see it from then on, and it can never be changed again: corrections are credit or debit memos.</source>
        <translation>Den Abrechnungsentwurf von %1 %2 für %3 %4 über %5 %6 freigeben?

Er erhält die nächste Rechnungsnummer (jetzt %7), wird heute, %8, ausgestellt und ist am %9 fällig. Ab dann sieht ihn der Kunde, und er kann nie mehr geändert werden: Korrekturen sind Gut- oder Lastschriften.</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Show in</source>
        <translation>Anzeigen in</translation>
    </message>
    <message>
        <source>The currencies with a rate in Settings &gt; Exchange Rates.</source>
        <translation>Die Währungen mit einem Kurs unter Einstellungen &gt; Wechselkurse.</translation>
    </message>
    <message>
        <source>Add a rate in Settings &gt; Exchange Rates to show the statement in another currency.</source>
        <translation>Legen Sie unter Einstellungen &gt; Wechselkurse einen Kurs an, um die Abrechnung in einer anderen Währung anzuzeigen.</translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation>E-Rechnung</translation>
    </message>
    <message>
        <source>Ready: this statement leaves as a UBL e-invoice (EN 16931, Peppol BIS Billing 3.0).</source>
        <translation>Bereit: Diese Abrechnung geht als UBL-E-Rechnung hinaus (EN 16931, Peppol BIS Billing 3.0).</translation>
    </message>
    <message>
        <source>Not an e-invoice yet:</source>
        <translation>Noch keine E-Rechnung:</translation>
    </message>
    <message>
        <source>UBL files written (the first one&apos;s data writes every later one):</source>
        <translation>Geschriebene UBL-Dateien (die Daten der ersten schreiben jede spätere):</translation>
    </message>
    <message>
        <source>%1 by %2: %3, SHA-256 %4</source>
        <translation>%1 von %2: %3, SHA-256 %4</translation>
    </message>
</context>
<context>
    <name>bursar::ui::TaxCategoriesBox</name>
    <message>
        <source>Tax categories of memo lines</source>
        <translation>Steuerkategorien von Belegzeilen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Region rate</source>
        <translation>Satz der Region</translation>
    </message>
    <message>
        <source>State rate</source>
        <translation>Satz des Bundesstaats</translation>
    </message>
    <message>
        <source>Name, e.g. Reduced</source>
        <translation>Name, z. B. Ermäßigt</translation>
    </message>
    <message>
        <source>Save Category</source>
        <translation>Kategorie speichern</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>A memo line of a category pays the rates ticked here; a line without a category is not taxed. Memos keep the tax they were made with.</source>
        <translation>Eine Belegzeile einer Kategorie zahlt die hier angekreuzten Sätze; eine Zeile ohne Kategorie wird nicht besteuert. Belege behalten die Steuer, mit der sie erstellt wurden.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Saved: %1. Memos made from now on are taxed by it.</source>
        <translation>Gespeichert: %1. Ab jetzt erstellte Belege werden danach besteuert.</translation>
    </message>
    <message>
        <source>Removed: %1.</source>
        <translation>Entfernt: %1.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::TaxTablesPage</name>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>State / province</source>
        <translation>Bundesland / Provinz</translation>
    </message>
    <message>
        <source>Name on statements</source>
        <translation>Name auf Abrechnungen</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>Geändert am</translation>
    </message>
    <message>
        <source>e.g. WA sales tax, GST (optional)</source>
        <translation>z. B. WA sales tax, GST (optional)</translation>
    </message>
    <message>
        <source>Set a rate</source>
        <translation>Satz festlegen</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>State / province:</source>
        <translation>Bundesland / Provinz:</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Satz:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Ab:</translation>
    </message>
    <message>
        <source>Save Rate</source>
        <translation>Satz speichern</translation>
    </message>
    <message>
        <source>Include Tax charges a customer its region&apos;s own rate and its state&apos;s rate, each as a tax line, at the rates in force on the last day of the billing period, on the amount after credits. Statements already made keep their rates.</source>
        <translation>„Steuer einschließen“ berechnet einem Kunden den eigenen Satz seiner Region und den Satz seines Bundeslands, je als eigene Steuerzeile, zu den am letzten Tag der Abrechnungsperiode geltenden Sätzen, auf den Betrag nach Gutschriften. Bereits erzeugte Abrechnungen behalten ihre Sätze.</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(alle)</translation>
    </message>
    <message>
        <source>Saved: %1 from %2.</source>
        <translation>Gespeichert: %1 ab %2.</translation>
    </message>
    <message>
        <source>Percent (0 ends a rate)</source>
        <translation>Prozent (0 beendet einen Satz)</translation>
    </message>
    <message>
        <source>(whole region): the region&apos;s own rate, charged in all its states.</source>
        <translation>(ganze Region): der eigene Satz der Region, in allen ihren Bundesländern berechnet.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::TenantsPage</name>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>Distributor &gt; Partner &gt; Customer. A tenant sees its own customers and those of the tenants below it.</source>
        <translation>Distributor &gt; Partner &gt; Kunde. Ein Mandant sieht seine eigenen Kunden und die der Mandanten unter ihm.</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>New tenant &amp;name:</source>
        <translation>&amp;Name des neuen Mandanten:</translation>
    </message>
    <message>
        <source>&amp;Below:</source>
        <translation>&amp;Unter:</translation>
    </message>
    <message>
        <source>&amp;Rename Selected…</source>
        <translation>Auswahl &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Add Tenant</source>
        <translation>Mandant &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Select the tenant to rename first.</source>
        <translation>Wählen Sie zuerst den umzubenennenden Mandanten aus.</translation>
    </message>
    <message>
        <source>Rename Tenant</source>
        <translation>Mandant umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Tenant renamed.</source>
        <translation>Mandant umbenannt.</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distributor</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>— top: a new distributor —</source>
        <translation>— oberste Ebene: ein neuer Distributor —</translation>
    </message>
    <message>
        <source>Tenant “%1” added.</source>
        <translation>Mandant „%1“ hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::UnmappedAccountsPage</name>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Account / subscription</source>
        <translation>Konto / Abonnement</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Perioden</translation>
    </message>
    <message>
        <source>Usage lines</source>
        <translation>Verbrauchszeilen</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Map to Customer…</source>
        <translation>Kunden zuordnen …</translation>
    </message>
    <message>
        <source>Usage of these accounts is kept but belongs to no customer. Map an account and its usage counts in the reports at once, without importing again.</source>
        <translation>Der Verbrauch dieser Konten bleibt erhalten, gehört aber keinem Kunden. Ordnen Sie ein Konto zu, und sein Verbrauch zählt sofort in den Berichten, ohne erneuten Import.</translation>
    </message>
    <message>
        <source>Choose an account first.</source>
        <translation>Wählen Sie zuerst ein Konto.</translation>
    </message>
    <message>
        <source>Map to Customer</source>
        <translation>Kunden zuordnen</translation>
    </message>
    <message>
        <source>%1 account %2 now belongs to %3; its usage counts in the reports.</source>
        <translation>%1-Konto %2 gehört jetzt zu %3; sein Verbrauch zählt in den Berichten.</translation>
    </message>
    <message>
        <source>The customer whose usage %1 account %2 is (type part of the name, or #ID):</source>
        <translation>Der Kunde, dem der Verbrauch von %1-Konto %2 gehört (Teil des Namens oder #ID):</translation>
    </message>
</context>
<context>
    <name>bursar::ui::UsageImportsPage</name>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>Importiert am</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Verbrauchszeilen</translation>
    </message>
    <message>
        <source>Free Tier rows ignored</source>
        <translation>Ignorierte Free-Tier-Zeilen</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Vendor from the file</source>
        <translation>Hersteller aus der Datei</translation>
    </message>
    <message>
        <source>Format from the header</source>
        <translation>Format aus der Kopfzeile</translation>
    </message>
    <message>
        <source>Import Usage File…</source>
        <translation>Verbrauchsdatei importieren …</translation>
    </message>
    <message>
        <source>Import Usage File</source>
        <translation>Verbrauchsdatei importieren</translation>
    </message>
    <message>
        <source>Usage exports (*.csv);;All files (*)</source>
        <translation>Verbrauchsexporte (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported %1 (%2, %3): %4 usage lines for %5; cost %6.</source>
        <translation>%1 importiert (%2, %3): %4 Verbrauchszeilen für %5; Kosten %6.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) have no customer yet: map them in Usage &gt; Unmapped Accounts.</source>
        <translation>
            <numerusform>%n Konto hat noch keinen Kunden: ordnen Sie es unter Verbrauch &gt; Nicht zugeordnete Konten zu.</numerusform>
            <numerusform>%n Konten haben noch keinen Kunden: ordnen Sie sie unter Verbrauch &gt; Nicht zugeordnete Konten zu.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was already imported as %2 on %3 by %4; nothing changed.</source>
        <translation>%1 wurde bereits als %2 am %3 von %4 importiert; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>by import %1 on %2 by %3</source>
        <translation>durch Import %1 am %2 von %3</translation>
    </message>
    <message>
        <source>Replace With Corrected File…</source>
        <translation>Durch korrigierte Datei ersetzen …</translation>
    </message>
    <message>
        <source>The vendor re-issued the month: the chosen file replaces the selected import of an unbilled period, which stays in the history and no longer counts.</source>
        <translation>Der Anbieter hat den Monat neu ausgestellt: Die gewählte Datei ersetzt den markierten Import einer nicht abgerechneten Periode, der im Verlauf bleibt und nicht mehr zählt.</translation>
    </message>
    <message>
        <source>Select the import to replace in the list first.</source>
        <translation>Markieren Sie zuerst den zu ersetzenden Import in der Liste.</translation>
    </message>
    <message>
        <source>Replace With Corrected File</source>
        <translation>Durch korrigierte Datei ersetzen</translation>
    </message>
    <message>
        <source>FinOps FOCUS, AWS Cost and Usage Report, Azure cost details and Partner Center daily rated usage files. A file imports completely or not at all; the same file twice, or the same usage in other bytes, changes nothing. A re-issued month replaces its estimate.</source>
        <translation>Dateien im Format FinOps FOCUS, AWS Cost and Usage Report, Azure-Kostendetails und Partner Center (täglich bewerteter Verbrauch). Eine Datei wird vollständig oder gar nicht importiert; dieselbe Datei zweimal oder derselbe Verbrauch in anderen Bytes ändert nichts. Ein neu ausgestellter Monat ersetzt seine Schätzung.</translation>
    </message>
    <message>
        <source>Import %1 is replaced: it stays in the list and no longer counts.</source>
        <translation>Import %1 ist ersetzt: Er bleibt in der Liste und zählt nicht mehr.</translation>
    </message>
    <message>
        <source>Leave out providers (FOCUS)</source>
        <translation>Anbieter auslassen (FOCUS)</translation>
    </message>
    <message>
        <source>A FOCUS file of a FinOps tool holds every provider. Name the providers (ProviderName) whose rows Bursar leaves out, separated by commas; the import records them.</source>
        <translation>Eine FOCUS-Datei eines FinOps-Werkzeugs enthält alle Anbieter. Nennen Sie, durch Kommas getrennt, die Anbieter (ProviderName), deren Zeilen Bursar auslässt; der Import verzeichnet sie.</translation>
    </message>
    <message>
        <source>Left out as asked: the rows of “%1” (%2).</source>
        <translation>Wie gewünscht ausgelassen: die Zeilen von „%1“ (%2).</translation>
    </message>
    <message>
        <source>Usage Imports</source>
        <translation>Verbrauchsimporte</translation>
    </message>
</context>
<context>
    <name>bursar::ui::UsersPage</name>
    <message>
        <source>Users &amp; Privileges</source>
        <translation>Benutzer &amp; Berechtigungen</translation>
    </message>
    <message>
        <source>You act as %1. On a shared PostgreSQL database each clerk&apos;s database login is mapped to a user here; on a single-clerk file its owner is the administrator.</source>
        <translation>Sie handeln als %1. In einer gemeinsamen PostgreSQL-Datenbank ist die Datenbankanmeldung jedes Sachbearbeiters hier einem Benutzer zugeordnet; bei einer Einzeldatei ist ihr Besitzer der Administrator.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>PostgreSQL login</source>
        <translation>PostgreSQL-Anmeldung</translation>
    </message>
    <message>
        <source>only for shared databases</source>
        <translation>nur für gemeinsame Datenbanken</translation>
    </message>
    <message>
        <source>New user &amp;name:</source>
        <translation>&amp;Name des neuen Benutzers:</translation>
    </message>
    <message>
        <source>PostgreSQL &amp;login:</source>
        <translation>PostgreSQL-&amp;Anmeldung:</translation>
    </message>
    <message>
        <source>&amp;Add User</source>
        <translation>Benutzer &amp;hinzufügen</translation>
    </message>
    <message>
        <source>%1 may now use %2.</source>
        <translation>%1 darf jetzt %2 verwenden.</translation>
    </message>
    <message>
        <source>%1 no longer has %2.</source>
        <translation>%1 hat %2 nicht mehr.</translation>
    </message>
    <message>
        <source>User %1 added; tick the privileges they need.</source>
        <translation>Benutzer %1 angelegt; kreuzen Sie die benötigten Berechtigungen an.</translation>
    </message>
    <message>
        <source>Sees</source>
        <translation>Sieht</translation>
    </message>
    <message>
        <source>&amp;Apply to Selected User</source>
        <translation>Auf &amp;ausgewählten Benutzer anwenden</translation>
    </message>
    <message>
        <source>&amp;Sees:</source>
        <translation>&amp;Sieht:</translation>
    </message>
    <message>
        <source>A user of a tenant or of one customer reads only: no privileges, and a customer never sees drafts or documents on hold.</source>
        <translation>Ein Benutzer eines Mandanten oder eines Kunden liest nur: keine Berechtigungen, und ein Kunde sieht nie Entwürfe oder zurückgehaltene Belege.</translation>
    </message>
    <message>
        <source>Select the user to change in the list first.</source>
        <translation>Wählen Sie zuerst den zu ändernden Benutzer in der Liste aus.</translation>
    </message>
    <message>
        <source>%1 now sees: %2. It applies the next time the user opens Bursar.</source>
        <translation>%1 sieht jetzt: %2. Das gilt, sobald der Benutzer Bursar das nächste Mal öffnet.</translation>
    </message>
    <message>
        <source>User %1 added; they read what they see and change nothing.</source>
        <translation>Benutzer %1 hinzugefügt; er liest, was er sieht, und ändert nichts.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::VendorCreditsPage</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Account / subscription</source>
        <translation>Konto / Abonnement</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(kein Kunde)</translation>
    </message>
    <message numerus="yes">
        <source>%n vendor credit(s)</source>
        <translation>
            <numerusform>%n Herstellergutschrift</numerusform>
            <numerusform>%n Herstellergutschriften</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued as</source>
        <translation>Ausgegeben als</translation>
    </message>
    <message>
        <source>credit %1</source>
        <translation>Gutschrift %1</translation>
    </message>
    <message>
        <source>Issue as Customer Credit…</source>
        <translation>Als Kundengutschrift ausgeben…</translation>
    </message>
    <message>
        <source>Credits the vendor gave the distributor, as its usage files list them. They are not passed on by themselves: select those owed and issue them as customer credits.</source>
        <translation>Gutschriften, die der Anbieter dem Distributor gewährt hat, wie seine Nutzungsdateien sie aufführen. Sie werden nicht von selbst weitergegeben: Wählen Sie die geschuldeten aus und geben Sie sie als Kundengutschriften aus.</translation>
    </message>
    <message>
        <source>One row: Add Credit opens filled in from it. Several rows: each becomes a customer credit of its amount, all at once. Double-click a row to do the same.</source>
        <translation>Eine Zeile: Gutschrift hinzufügen öffnet sich daraus ausgefüllt. Mehrere Zeilen: Jede wird auf einmal eine Kundengutschrift über ihren Betrag. Ein Doppelklick auf eine Zeile tut dasselbe.</translation>
    </message>
    <message>
        <source>Issued credit %1.</source>
        <translation>Gutschrift %1 ausgegeben.</translation>
    </message>
    <message>
        <source>The selected vendor credits round to nothing in their currencies&apos; units: there is nothing to pass on.</source>
        <translation>Die ausgewählten Anbietergutschriften runden in den Einheiten ihrer Währungen auf nichts: Es gibt nichts weiterzugeben.</translation>
    </message>
    <message>
        <source>Issue as Customer Credits</source>
        <translation>Als Kundengutschriften ausgeben</translation>
    </message>
    <message numerus="yes">
        <source>Issue %n vendor credit(s) as customer credits, each of its own amount rounded to the currency&apos;s units (%1)?</source>
        <translation>
            <numerusform>%n Anbietergutschrift als Kundengutschrift ausgeben, über ihren eigenen Betrag auf die Einheiten der Währung gerundet (%1)?</numerusform>
            <numerusform>%n Anbietergutschriften als Kundengutschriften ausgeben, jede über ihren eigenen Betrag auf die Einheiten der Währung gerundet (%1)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issued %n customer credit(s): %1.</source>
        <translation>
            <numerusform>%n Kundengutschrift ausgegeben: %1.</numerusform>
            <numerusform>%n Kundengutschriften ausgegeben: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n round(s) to nothing in the currency&apos;s units and was passed over.</source>
        <translation>
            <numerusform>%n rundet in den Einheiten der Währung auf nichts und wurde übergangen.</numerusform>
            <numerusform>%n runden in den Einheiten der Währung auf nichts und wurden übergangen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bursar::ui::VendorsPage</name>
    <message>
        <source>one per line, as the FOCUS file&apos;s ProviderName column writes it: Oracle</source>
        <translation>einer pro Zeile, wie ihn die Spalte ProviderName der FOCUS-Datei schreibt: Oracle</translation>
    </message>
    <message>
        <source>one per line, as usage files write the publisher: Oracle America, Inc.</source>
        <translation>einer pro Zeile, wie Nutzungsdateien den Publisher schreiben: Oracle America, Inc.</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>The vendors whose usage Bursar bills. A FOCUS file&apos;s rows go to the vendor whose provider name they carry; a publisher that is not one of the vendor&apos;s own legal entities is a marketplace seller. Vendors are never removed: their usage, pricebooks, credits and statements keep their key.</source>
        <translation>Die Hersteller, deren Nutzung Bursar abrechnet. Die Zeilen einer FOCUS-Datei gehören zu dem Hersteller, dessen Anbietername sie tragen; ein Publisher, der keiner der eigenen Rechtsträger des Herstellers ist, ist ein Marketplace-Verkäufer. Hersteller werden nie entfernt: Nutzung, Preisbücher, Gutschriften und Abrechnungen behalten ihren Schlüssel.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Account label</source>
        <translation>Kontobezeichnung</translation>
    </message>
    <message>
        <source>Marketplace fees</source>
        <translation>Marketplace-Gebühren</translation>
    </message>
    <message>
        <source>FOCUS provider names</source>
        <translation>FOCUS-Anbieternamen</translation>
    </message>
    <message>
        <source>Legal entities</source>
        <translation>Rechtsträger</translation>
    </message>
    <message>
        <source>a name for the selected vendor</source>
        <translation>ein Name für den gewählten Hersteller</translation>
    </message>
    <message>
        <source>Selected vendor:</source>
        <translation>Gewählter Hersteller:</translation>
    </message>
    <message>
        <source>Add Provider Name</source>
        <translation>Anbieternamen hinzufügen</translation>
    </message>
    <message>
        <source>Remove Provider Name</source>
        <translation>Anbieternamen entfernen</translation>
    </message>
    <message>
        <source>Add Entity</source>
        <translation>Rechtsträger hinzufügen</translation>
    </message>
    <message>
        <source>Remove Entity</source>
        <translation>Rechtsträger entfernen</translation>
    </message>
    <message>
        <source>&lt;b&gt;New vendor&lt;/b&gt;</source>
        <translation>&lt;b&gt;Neuer Hersteller&lt;/b&gt;</translation>
    </message>
    <message>
        <source>oracle</source>
        <translation>oracle</translation>
    </message>
    <message>
        <source>Oracle Cloud</source>
        <translation>Oracle Cloud</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Its marketplace fees are billed (as AWS&apos;s are; Azure&apos;s are not)</source>
        <translation>Seine Marketplace-Gebühren werden abgerechnet (wie bei AWS; bei Azure nicht)</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Account &amp;label:</source>
        <translation>Konto&amp;bezeichnung:</translation>
    </message>
    <message>
        <source>&amp;FOCUS provider names:</source>
        <translation>&amp;FOCUS-Anbieternamen:</translation>
    </message>
    <message>
        <source>Legal &amp;entities:</source>
        <translation>&amp;Rechtsträger:</translation>
    </message>
    <message>
        <source>&amp;Add Vendor</source>
        <translation>Hersteller hin&amp;zufügen</translation>
    </message>
    <message>
        <source>billed</source>
        <translation>abgerechnet</translation>
    </message>
    <message>
        <source>not billed</source>
        <translation>nicht abgerechnet</translation>
    </message>
    <message>
        <source>%1 added. Its usage can be imported now; give customers its accounts and a pricebook to bill it.</source>
        <translation>%1 hinzugefügt. Seine Nutzung kann jetzt importiert werden; geben Sie Kunden seine Konten und ein Preisbuch, um ihn abzurechnen.</translation>
    </message>
    <message>
        <source>Choose a vendor in the list first.</source>
        <translation>Wählen Sie zuerst einen Hersteller in der Liste.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::Worker</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The work did not run.</source>
        <translation>Die Arbeit lief nicht.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::WriteOffPage</name>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>A statement, debit memo, credit memo or payment with at most this much left can be written off from its view (Write Off): an adjustment memo of exactly what is left is released and applied, so both close. The document itself never changes. A currency without a tolerance cannot be written off.</source>
        <translation>Eine Abrechnung, Lastschrift, Gutschrift oder Zahlung mit höchstens diesem Rest kann in ihrer Ansicht ausgebucht werden (Ausbuchen): Ein Korrekturbeleg über genau den Rest wird freigegeben und verrechnet, sodass beide geschlossen sind. Der Beleg selbst ändert sich nie. Eine Währung ohne Grenze kann nicht ausgebucht werden.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Tolerance (0 removes it)</source>
        <translation>Toleranz (0 entfernt sie)</translation>
    </message>
</context>
</TS>
