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
        <source>--vendor is required: aws, microsoft or google.</source>
        <translation>--vendor ist erforderlich: aws, microsoft oder google.</translation>
    </message>
    <message>
        <source>--vendor “%1” is not a vendor Bursar bills; use aws, microsoft or google.</source>
        <translation>--vendor „%1“ ist kein Anbieter, den Bursar abrechnet; verwenden Sie aws, microsoft oder google.</translation>
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
        <source>Demo data written to %1: %2 customers, %3 vendor accounts, %4 subscriptions in %5 ms.</source>
        <translation>Demodaten in %1 geschrieben: %2 Kunden, %3 Anbieterkonten, %4 Abonnements in %5 ms.</translation>
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
        <source>aws, microsoft or google.</source>
        <translation>aws, microsoft oder google.</translation>
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
        <source>Customer %1: %2 %3, invoice currency %4.</source>
        <translation>Kunde %1: %2 %3, Rechnungswährung %4.</translation>
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
        <source>Usage: bursar [--database PATH] db path|check|copy</source>
        <translation>Aufruf: bursar [--database PFAD] db path|check|copy</translation>
    </message>
    <message>
        <source>unknown db command “%1”; use path, check or copy.</source>
        <translation>unbekannter db-Befehl „%1“; verwenden Sie path, check oder copy.</translation>
    </message>
    <message>
        <source>--user works on SQLite files only; on PostgreSQL the database login is the user.</source>
        <translation>--user gilt nur für SQLite-Dateien; bei PostgreSQL ist die Datenbankanmeldung der Benutzer.</translation>
    </message>
    <message>
        <source>List Bursar users and their privileges.</source>
        <translation>Bursar-Benutzer und ihre Berechtigungen auflisten.</translation>
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
        <source>Usage: bursar [--database PATH] users list|add|grant|revoke [--help]</source>
        <translation>Aufruf: bursar [--database PFAD] users list|add|grant|revoke [--help]</translation>
    </message>
    <message>
        <source>unknown users command “%1”; use list, add, grant or revoke.</source>
        <translation>unbekannter users-Befehl „%1“; verwenden Sie list, add, grant oder revoke.</translation>
    </message>
    <message>
        <source>--user needs a Bursar user name, for example --user alice</source>
        <translation>--user braucht einen Bursar-Benutzernamen, zum Beispiel --user alice</translation>
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
  customers map-account --customer ID --vendor aws|microsoft|google --account ACCOUNT
  customers set-provider --customer ID --vendor V --currency CUR [--disabled]
  tenants list [--format table|json]  the tenant tree with customer counts
  tenants add --name NAME [--parent ID] [--format json]
  users list [--format table|json]
  users add --name NAME [--login LOGIN] (--privileges P1,P2,... | --all)
  users grant|revoke --name NAME (--privileges P1,P2,... | --all)
  db path [--if-exists]               print the database path
  db check                            check the database for damage
  db copy --from FILE --to postgresql://...   move a SQLite database into a new shared one

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
  customers map-account --customer ID --vendor aws|microsoft|google --account ACCOUNT
  customers set-provider --customer ID --vendor V --currency CUR [--disabled]
  tenants list [--format table|json]  der Mandantenbaum mit Kundenzahlen
  tenants add --name NAME [--parent ID] [--format json]
  users list [--format table|json]
  users add --name NAME [--login LOGIN] (--privileges P1,P2,... | --all)
  users grant|revoke --name NAME (--privileges P1,P2,... | --all)
  db path [--if-exists]               den Datenbankpfad ausgeben
  db check                            die Datenbank auf Schäden prüfen
  db copy --from FILE --to postgresql://...   eine SQLite-Datenbank in eine neue gemeinsame verschieben

Exit-Codes: 0 Erfolg, 1 Fehler, 2 falscher Aufruf. Fehler sind eine Zeile auf stderr.
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
        <source>e.g. US</source>
        <translation>z. B. US</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>e.g. WA</source>
        <translation>z. B. WA</translation>
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
        <source>For each vendor: whether this customer is billed for it and the invoice currency of its statements. Statements cannot be generated for a vendor without an invoice currency.</source>
        <translation>Für jeden Anbieter: ob dieser Kunde dafür abgerechnet wird und in welcher Währung seine Abrechnungen erstellt werden. Ohne Rechnungswährung können für einen Anbieter keine Abrechnungen erzeugt werden.</translation>
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
        <source>&lt;b&gt;Bursar %1&lt;/b&gt;&lt;p&gt;Billing back office for cloud distributors and resellers.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Bursar %1&lt;/b&gt;&lt;p&gt;Abrechnungs-Backoffice für Cloud-Distributoren und -Wiederverkäufer.&lt;/p&gt;</translation>
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
        <source>%1 — database: %2 (schema %3)</source>
        <translation>%1 — Datenbank: %2 (Schema %3)</translation>
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
</context>
</TS>
