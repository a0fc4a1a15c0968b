<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <source>Bursar cannot open the database</source>
        <translation>Bursar ne peut pas ouvrir la base de données</translation>
    </message>
</context>
<context>
    <name>bursar::Currencies</name>
    <message>
        <source>Choose a currency, for example USD.</source>
        <translation>Choisissez une devise, par exemple USD.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 4217 currency code Bursar knows; use a three-letter code such as USD, EUR or JPY.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de devise ISO 4217 connu de Bursar&#xa0;; utilisez un code de trois lettres comme USD, EUR ou JPY.</translation>
    </message>
    <message>
        <source>“%1” is not a number: write it as %2 or %3.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre&#xa0;: écrivez-le %2 ou %3.</translation>
    </message>
</context>
<context>
    <name>bursar::PaymentKind</name>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Virement bancaire</translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation>Prélèvement</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>bursar::api::ApiHandler</name>
    <message>
        <source>The request has more than %1 headers or %2 bytes of them.</source>
        <translation>La requête a plus de %1 en-têtes ou plus de %2 octets d&apos;en-têtes.</translation>
    </message>
    <message>
        <source>The Billing API only reads: a request has no body.</source>
        <translation>L&apos;API de facturation ne fait que lire&#xa0;: une requête n&apos;a pas de corps.</translation>
    </message>
    <message>
        <source>The Billing API only reads: use GET.</source>
        <translation>L&apos;API de facturation ne fait que lire&#xa0;: utilisez GET.</translation>
    </message>
    <message>
        <source>This server does not answer for the host “%1”.</source>
        <translation>Ce serveur ne répond pas pour l&apos;hôte «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a path of the Billing API; see /v1/openapi.json.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un chemin de l&apos;API de facturation&#xa0;; voir /v1/openapi.json.</translation>
    </message>
    <message>
        <source>The key “%1” sent more than %2 requests a second; try again in %3 s.</source>
        <translation>La clé «&#xa0;%1&#xa0;» a envoyé plus de %2 requêtes par seconde&#xa0;; réessayez dans %3 s.</translation>
    </message>
    <message>
        <source>The parameter “%1”: %2</source>
        <translation>Le paramètre «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>give a number from the records&apos; &quot;id&quot; fields.</source>
        <translation>donnez un nombre tiré des champs &quot;id&quot; des enregistrements.</translation>
    </message>
    <message>
        <source>no vendor has that key.</source>
        <translation>aucun fournisseur n&apos;a cette clé.</translation>
    </message>
    <message>
        <source>give a day as YYYY-MM-DD.</source>
        <translation>donnez un jour au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>give 1 to %1.</source>
        <translation>donnez un nombre de 1 à %1.</translation>
    </message>
    <message>
        <source>give the next_cursor of the page before.</source>
        <translation>donnez le next_cursor de la page précédente.</translation>
    </message>
    <message>
        <source>give open, closed or past_due.</source>
        <translation>donnez open, closed ou past_due.</translation>
    </message>
    <message>
        <source>give a month as YYYY-MM.</source>
        <translation>donnez un mois au format AAAA-MM.</translation>
    </message>
    <message>
        <source>There is no statement %1.</source>
        <translation>Il n&apos;y a pas de relevé %1.</translation>
    </message>
    <message>
        <source>This server cannot write %1.</source>
        <translation>Ce serveur ne peut pas écrire %1.</translation>
    </message>
    <message>
        <source>There is no credit %1.</source>
        <translation>Il n&apos;y a pas de crédit %1.</translation>
    </message>
    <message>
        <source>give credit_memo, debit_memo or payment.</source>
        <translation>donnez credit_memo, debit_memo ou payment.</translation>
    </message>
    <message>
        <source>give open, closed, past_due or cancelled.</source>
        <translation>donnez open, closed, past_due ou cancelled.</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>Il n&apos;y a pas de document %1.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Il n&apos;y a pas de client %1.</translation>
    </message>
    <message>
        <source>There is no services credits purchase %1.</source>
        <translation>Il n&apos;y a pas d&apos;achat de crédits de services %1.</translation>
    </message>
    <message>
        <source>The request&apos;s headers are over %1 lines or %2 bytes.</source>
        <translation>Les en-têtes de la requête dépassent %1 lignes ou %2 octets.</translation>
    </message>
</context>
<context>
    <name>bursar::api::ApiRunner</name>
    <message>
        <source>Billing API: %1</source>
        <translation>API de facturation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Billing API not running: %1</source>
        <translation>API de facturation arrêtée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>bursar::api::ApiServer</name>
    <message>
        <source>--listen “%1” is not an address and port; write it as 127.0.0.1:8080.</source>
        <translation>--listen «&#xa0;%1&#xa0;» n&apos;est pas une adresse avec un port&#xa0;; écrivez-la 127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>The Billing API listens on %1 only with TLS: give --certificate and --key, or listen on 127.0.0.1 behind a reverse proxy (README).</source>
        <translation>L&apos;API de facturation n&apos;écoute sur %1 qu&apos;avec TLS&#xa0;: donnez --certificate et --key, ou écoutez sur 127.0.0.1 derrière un proxy inverse (README).</translation>
    </message>
    <message>
        <source>Cannot read the certificate “%1” or the key “%2”.</source>
        <translation>Impossible de lire le certificat «&#xa0;%1&#xa0;» ou la clé «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” or “%2” is not a PEM certificate and RSA key.</source>
        <translation>«&#xa0;%1&#xa0;» ou «&#xa0;%2&#xa0;» n&apos;est pas un certificat PEM et une clé RSA.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Impossible d&apos;écouter sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot listen on %1.</source>
        <translation>Impossible d&apos;écouter sur %1.</translation>
    </message>
</context>
<context>
    <name>bursar::app::Cli</name>
    <message>
        <source>--database needs a path, for example --database ~/bursar.sqlite</source>
        <translation>--database attend un chemin, par exemple --database ~/bursar.sqlite</translation>
    </message>
    <message>
        <source>--database needs a path, for example --database=~/bursar.sqlite</source>
        <translation>--database attend un chemin, par exemple --database=~/bursar.sqlite</translation>
    </message>
    <message>
        <source>--user needs a Bursar user name, for example --user alice</source>
        <translation>--user attend un nom d&apos;utilisateur Bursar, par exemple --user alice</translation>
    </message>
    <message>
        <source>unknown option “%1” (see bursar --help)</source>
        <translation>option inconnue «&#xa0;%1&#xa0;» (voir bursar --help)</translation>
    </message>
    <message>
        <source>unknown command “%1” (see bursar --help)</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;» (voir bursar --help)</translation>
    </message>
    <message>
        <source>tenant %1</source>
        <translation>locataire %1</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>client %1</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Make a key of the Billing API. The key is printed this once; Bursar keeps only its hash.</source>
        <translation>Créer une clé de l&apos;API de facturation. La clé n&apos;est affichée que cette fois&#xa0;; Bursar n&apos;en garde que l&apos;empreinte.</translation>
    </message>
    <message>
        <source>The key&apos;s name, for the log and for revoking it.</source>
        <translation>Le nom de la clé, pour le journal et pour la révoquer.</translation>
    </message>
    <message>
        <source>The last day the key works; none: until revoked.</source>
        <translation>Le dernier jour où la clé fonctionne&#xa0;; sans&#xa0;: jusqu&apos;à sa révocation.</translation>
    </message>
    <message>
        <source>--name is required: what the key is for, for example &quot;partner portal&quot;.</source>
        <translation>--name est obligatoire&#xa0;: à quoi sert la clé, par exemple &quot;portail partenaires&quot;.</translation>
    </message>
    <message>
        <source>API key “%1” (%2) made. Keep it now; Bursar cannot show it again:</source>
        <translation>Clé d&apos;API «&#xa0;%1&#xa0;» (%2) créée. Conservez-la maintenant&#xa0;; Bursar ne peut pas l&apos;afficher à nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>List the keys of the Billing API (never the keys).</source>
        <translation>Lister les clés de l&apos;API de facturation (jamais les clés elles-mêmes).</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>révoquée le %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expire le %1</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>sans expiration</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>jamais utilisée</translation>
    </message>
    <message>
        <source>last used %1 from %2</source>
        <translation>utilisée en dernier le %1 depuis %2</translation>
    </message>
    <message>
        <source>No API keys; make one with bursar api-keys create --name N.</source>
        <translation>Aucune clé d&apos;API&#xa0;; créez-en une avec bursar api-keys create --name N.</translation>
    </message>
    <message>
        <source>Revoke a key of the Billing API: it stops working at once.</source>
        <translation>Révoquer une clé de l&apos;API de facturation&#xa0;: elle cesse aussitôt de fonctionner.</translation>
    </message>
    <message>
        <source>The key&apos;s name.</source>
        <translation>Le nom de la clé.</translation>
    </message>
    <message>
        <source>--name is required: the key to revoke (bursar api-keys list).</source>
        <translation>--name est obligatoire&#xa0;: la clé à révoquer (bursar api-keys list).</translation>
    </message>
    <message>
        <source>API key “%1” revoked.</source>
        <translation>Clé d&apos;API «&#xa0;%1&#xa0;» révoquée.</translation>
    </message>
    <message>
        <source>Check that nobody changed, removed or added a row of the audit log behind Bursar&apos;s back: every row must carry the hash of the row before it and a hash of its own columns. Names the first row that does not fit and exits 1.</source>
        <translation>Vérifier que personne n&apos;a modifié, supprimé ou ajouté une ligne du journal d&apos;audit à l&apos;insu de Bursar&#xa0;: chaque ligne doit porter l&apos;empreinte de la ligne précédente et une empreinte de ses propres colonnes. Nomme la première ligne qui ne correspond pas et se termine avec le code 1.</translation>
    </message>
    <message>
        <source>The audit log does not fit its chain at row %1: %2.</source>
        <translation>Le journal d&apos;audit ne correspond pas à sa chaîne à la ligne %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The audit log does not fit its chain at row %1 (%2, %3 %4 %5): %6.</source>
        <translation>Le journal d&apos;audit ne correspond pas à sa chaîne à la ligne %1 (%2, %3 %4 %5)&#xa0;: %6.</translation>
    </message>
    <message>
        <source>The audit log of %1 is intact: %2 rows, each chained to the one before it. The last is row %3, hash %4.</source>
        <translation>Le journal d&apos;audit de %1 est intact&#xa0;: %2 lignes, chacune chaînée à la précédente. La dernière est la ligne %3, empreinte %4.</translation>
    </message>
    <message>
        <source>--user works on SQLite files only; on PostgreSQL the database login is the user.</source>
        <translation>--user ne fonctionne qu&apos;avec les fichiers SQLite&#xa0;; sur PostgreSQL, l&apos;identifiant de connexion est l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source> (see bursar %1 --help)</source>
        <translation> (voir bursar %1 --help)</translation>
    </message>
    <message>
        <source>Output: %1 (default %2).</source>
        <translation>Sortie&#xa0;: %1 (par défaut %2).</translation>
    </message>
    <message>
        <source>--format must be %1, not “%2”.</source>
        <translation>--format doit valoir %1, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a %2 ID; give the numbers, for example 12 13.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID de %2&#xa0;; donnez les numéros, par exemple 12 13.</translation>
    </message>
    <message>
        <source>give at least one %1 ID.</source>
        <translation>donnez au moins un ID de %1.</translation>
    </message>
    <message>
        <source>--customer is required: give the customer&apos;s ID, for example --customer 100042.</source>
        <translation>--customer est obligatoire&#xa0;: donnez l&apos;ID du client, par exemple --customer 100042.</translation>
    </message>
    <message>
        <source>--customer “%1” is not a customer ID; give the number, for example 100042 or #100042.</source>
        <translation>--customer «&#xa0;%1&#xa0;» n&apos;est pas un ID de client&#xa0;; donnez le numéro, par exemple 100042 ou #100042.</translation>
    </message>
    <message>
        <source>--vendor is required: %1.</source>
        <translation>--vendor est obligatoire&#xa0;: %1.</translation>
    </message>
    <message>
        <source>--vendor “%1” is not a vendor Bursar bills; use %2 (bursar vendors list), or add it with bursar vendors add.</source>
        <translation>--vendor «&#xa0;%1&#xa0;» n&apos;est pas un fournisseur que Bursar facture&#xa0;; utilisez %2 (bursar vendors list), ou ajoutez-le avec bursar vendors add.</translation>
    </message>
    <message>
        <source>--%1 must be a date written YYYY-MM-DD, not “%2”.</source>
        <translation>--%1 doit être une date écrite AAAA-MM-JJ, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Customer ID.</source>
        <translation>ID du client.</translation>
    </message>
    <message>
        <source>Vendor key: aws, microsoft, google, or one from bursar vendors list.</source>
        <translation>Clé du fournisseur&#xa0;: aws, microsoft, google, ou une de bursar vendors list.</translation>
    </message>
    <message>
        <source>Give one of --tenant ID, --customer ID or --all-tenants.</source>
        <translation>Donnez l&apos;une des options --tenant ID, --customer ID ou --all-tenants.</translation>
    </message>
    <message>
        <source>Give --tenant ID, --customer ID or --all-tenants: what the user sees.</source>
        <translation>Donnez --tenant ID, --customer ID ou --all-tenants&#xa0;: ce que voit l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>--%1: “%2” is not an ID; give the number tenants list or customers list shows.</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un ID&#xa0;; donnez le numéro qu&apos;affiche tenants list ou customers list.</translation>
    </message>
    <message>
        <source>Sees this tenant and the tenants below it, and reads only.</source>
        <translation>Voit ce locataire et les locataires en dessous, en lecture seule.</translation>
    </message>
    <message>
        <source>Sees this one customer&apos;s records that are not draft or on hold, and reads only.</source>
        <translation>Voit les enregistrements de ce seul client qui ne sont ni brouillons ni en attente, en lecture seule.</translation>
    </message>
    <message>
        <source>Usage: bursar [--database PATH] %1 %2 [--help]</source>
        <translation>Utilisation&#xa0;: bursar [--database CHEMIN] %1 %2 [--help]</translation>
    </message>
    <message>
        <source>unknown %1 command “%2”; use %3.</source>
        <translation>commande %1 inconnue «&#xa0;%2&#xa0;»&#xa0;; utilisez %3.</translation>
    </message>
    <message>
        <source>Add a credit to a customer&apos;s profile. Type the amount without a minus sign: it is stored negative.</source>
        <translation>Ajouter un crédit au profil d&apos;un client. Saisissez le montant sans signe moins&#xa0;: il est enregistré en négatif.</translation>
    </message>
    <message>
        <source>The credit&apos;s currency, for example USD.</source>
        <translation>La devise du crédit, par exemple USD.</translation>
    </message>
    <message>
        <source>The amount the customer is owed, positive, for example 250.00.</source>
        <translation>Le montant dû au client, positif, par exemple 250.00.</translation>
    </message>
    <message>
        <source>Account or subscription, and why.</source>
        <translation>Compte ou abonnement, et pourquoi.</translation>
    </message>
    <message>
        <source>The last day the credit can pay for.</source>
        <translation>Le dernier jour où le crédit peut servir.</translation>
    </message>
    <message>
        <source>A marketplace credit: pays marketplace fees only.</source>
        <translation>Un crédit de place de marché&#xa0;: ne règle que les frais de place de marché.</translation>
    </message>
    <message>
        <source>The credit this new entry corrects.</source>
        <translation>Le crédit que cette nouvelle entrée corrige.</translation>
    </message>
    <message>
        <source>--currency is required, for example --currency USD.</source>
        <translation>--currency est obligatoire, par exemple --currency USD.</translation>
    </message>
    <message>
        <source>--amount is required: the amount the customer is owed, without a minus sign.</source>
        <translation>--amount est obligatoire&#xa0;: le montant dû au client, sans signe moins.</translation>
    </message>
    <message>
        <source>--corrects takes a credit&apos;s ID, not “%1”.</source>
        <translation>--corrects attend l&apos;ID d&apos;un crédit, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Added credit %1 for the customer with ID %2: %3 %4 (%5).</source>
        <translation>Crédit %1 ajouté pour le client d&apos;ID %2&#xa0;: %3 %4 (%5).</translation>
    </message>
    <message>
        <source>Credits with what was applied and what remains (issued = applied + remaining).</source>
        <translation>Les crédits avec ce qui a été imputé et ce qui reste (émis = imputé + restant).</translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s)</source>
        <translation>
            <numerusform>%n crédit</numerusform>
            <numerusform>%n crédits</numerusform>
        </translation>
    </message>
    <message>
        <source>One credit and every statement it was applied to.</source>
        <translation>Un crédit et chaque relevé auquel il a été imputé.</translation>
    </message>
    <message>
        <source>give the credit&apos;s ID: bursar credits show 12</source>
        <translation>donnez l&apos;ID du crédit&#xa0;: bursar credits show 12</translation>
    </message>
    <message>
        <source>Credit %1, customer %2, %3 %4: issued %5, applied %6, remaining %7</source>
        <translation>Crédit %1, client %2, %3 %4&#xa0;: émis %5, imputé %6, restant %7</translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation>brouillon %1</translation>
    </message>
    <message>
        <source>Void a credit nothing was applied from (it is kept, marked, never counted).</source>
        <translation>Annuler un crédit dont rien n&apos;a été imputé (il est conservé, marqué, jamais compté).</translation>
    </message>
    <message>
        <source>Why the credit is voided.</source>
        <translation>Pourquoi le crédit est annulé.</translation>
    </message>
    <message>
        <source>give the credit&apos;s ID: bursar credits void 12 --reason &quot;typed twice&quot;</source>
        <translation>donnez l&apos;ID du crédit&#xa0;: bursar credits void 12 --reason &quot;saisi deux fois&quot;</translation>
    </message>
    <message>
        <source>Credit %1 voided.</source>
        <translation>Crédit %1 annulé.</translation>
    </message>
    <message>
        <source>Expiring credits: per customer, vendor and currency, what remains of credits that expire within 30, 60 and 90 days (each includes the ones before it; a credit expiring on the day still counts). Amounts keep the credits&apos; sign and are exact.</source>
        <translation>Crédits arrivant à échéance&#xa0;: par client, fournisseur et devise, ce qui reste des crédits qui expirent dans les 30, 60 et 90 jours (chaque tranche inclut les précédentes&#xa0;; un crédit qui expire le jour même compte encore). Les montants gardent le signe des crédits et sont exacts.</translation>
    </message>
    <message>
        <source>The expiring credits (the only report of credits so far).</source>
        <translation>Les crédits arrivant à échéance (le seul rapport de crédits pour l&apos;instant).</translation>
    </message>
    <message>
        <source>The day to count from (default today).</source>
        <translation>Le jour à partir duquel compter (par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>say which report of credits: bursar report credits --expiring (every credit is in bursar credits list)</source>
        <translation>dites quel rapport de crédits&#xa0;: bursar report credits --expiring (chaque crédit figure dans bursar credits list)</translation>
    </message>
    <message>
        <source>%1  %2  %3 %4  30 days %5  60 days %6  90 days %7  first %8</source>
        <translation>%1  %2  %3 %4  30 jours %5  60 jours %6  90 jours %7  premier %8</translation>
    </message>
    <message>
        <source>No credit expires within 90 days.</source>
        <translation>Aucun crédit n&apos;expire dans les 90 jours.</translation>
    </message>
    <message>
        <source>List customers.</source>
        <translation>Lister les clients.</translation>
    </message>
    <message>
        <source>customers list takes no arguments; “%1” is extra.</source>
        <translation>customers list ne prend pas d&apos;argument&#xa0;; «&#xa0;%1&#xa0;» est en trop.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 client</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <source>Add a customer.</source>
        <translation>Ajouter un client.</translation>
    </message>
    <message>
        <source>The customer&apos;s name (required).</source>
        <translation>Le nom du client (obligatoire).</translation>
    </message>
    <message>
        <source>Region (drives tax), for example US.</source>
        <translation>Région (détermine la taxe), par exemple US.</translation>
    </message>
    <message>
        <source>State or province, for example WA.</source>
        <translation>État ou province, par exemple WA.</translation>
    </message>
    <message>
        <source>Payment terms in days, 0 to 365 (default 30).</source>
        <translation>Délai de paiement en jours, de 0 à 365 (par défaut 30).</translation>
    </message>
    <message>
        <source>Billing email.</source>
        <translation>E-mail de facturation.</translation>
    </message>
    <message>
        <source>Tenant ID the customer belongs to (default: the first partner).</source>
        <translation>ID du locataire auquel appartient le client (par défaut&#xa0;: le premier partenaire).</translation>
    </message>
    <message>
        <source>--name is required: bursar customers add --name &quot;Acme Inc.&quot;</source>
        <translation>--name est obligatoire&#xa0;: bursar customers add --name &quot;Acme Inc.&quot;</translation>
    </message>
    <message>
        <source>--payment-terms must be a whole number of days, not “%1”.</source>
        <translation>--payment-terms doit être un nombre entier de jours, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--tenant must be a tenant ID, not “%1”.</source>
        <translation>--tenant doit être un ID de locataire, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Added customer %1.</source>
        <translation>Client %1 ajouté.</translation>
    </message>
    <message>
        <source>Show one customer with its billing setup.</source>
        <translation>Afficher un client avec sa configuration de facturation.</translation>
    </message>
    <message>
        <source>customers show needs one customer ID, for example: bursar customers show 100042</source>
        <translation>customers show attend un ID de client, par exemple&#xa0;: bursar customers show 100042</translation>
    </message>
    <message>
        <source>“%1” is not a customer ID; give the number, for example 100042.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID de client&#xa0;; donnez le numéro, par exemple 100042.</translation>
    </message>
    <message>
        <source>Tenant: </source>
        <translation>Locataire&#xa0;: </translation>
    </message>
    <message>
        <source>Region: </source>
        <translation>Région&#xa0;: </translation>
    </message>
    <message>
        <source>  Terms: </source>
        <translation>  Délai&#xa0;: </translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Account </source>
        <translation>Compte </translation>
    </message>
    <message>
        <source>Map a vendor account or subscription to a customer.</source>
        <translation>Associer un compte ou un abonnement fournisseur à un client.</translation>
    </message>
    <message>
        <source>Vendor account or subscription ID.</source>
        <translation>ID du compte ou de l&apos;abonnement fournisseur.</translation>
    </message>
    <message>
        <source>Optional label.</source>
        <translation>Libellé facultatif.</translation>
    </message>
    <message>
        <source>--account is required: the vendor account or subscription ID.</source>
        <translation>--account est obligatoire&#xa0;: l&apos;ID du compte ou de l&apos;abonnement fournisseur.</translation>
    </message>
    <message>
        <source>Mapped %1 account %2 to customer %3.</source>
        <translation>Compte %1 %2 associé au client %3.</translation>
    </message>
    <message>
        <source>Set a customer&apos;s Cloud Provider setting for a vendor.</source>
        <translation>Définir le réglage Fournisseur cloud d&apos;un client pour un fournisseur.</translation>
    </message>
    <message>
        <source>Invoice currency, ISO 4217 (USD, EUR, JPY ...).</source>
        <translation>Devise de facturation, ISO 4217 (USD, EUR, JPY ...).</translation>
    </message>
    <message>
        <source>The vendor&apos;s pricebook that prices this customer (kept when not given).</source>
        <translation>La grille tarifaire du fournisseur qui fixe les prix de ce client (conservée si elle n&apos;est pas donnée).</translation>
    </message>
    <message>
        <source>Keep the vendor disabled for this customer.</source>
        <translation>Garder le fournisseur désactivé pour ce client.</translation>
    </message>
    <message>
        <source>--currency is required: the invoice currency, for example USD.</source>
        <translation>--currency est obligatoire&#xa0;: la devise de facturation, par exemple USD.</translation>
    </message>
    <message>
        <source>Customer %1: %2 %3, invoice currency %4, pricebook %5.</source>
        <translation>Client %1&#xa0;: %2 %3, devise de facturation %4, grille tarifaire %5.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Usage: bursar [--database PATH] customers list|add|show|map-account|set-provider [--help]</source>
        <translation>Utilisation&#xa0;: bursar [--database CHEMIN] customers list|add|show|map-account|set-provider [--help]</translation>
    </message>
    <message>
        <source>unknown customers command “%1”; use list, add, show, map-account or set-provider.</source>
        <translation>commande customers inconnue «&#xa0;%1&#xa0;»&#xa0;; utilisez list, add, show, map-account ou set-provider.</translation>
    </message>
    <message>
        <source>Back up the SQLite database to a new file, consistent even while the window or other commands are writing. The file is readable by you only. On PostgreSQL, says how to use pg_dump instead.</source>
        <translation>Sauvegarder la base SQLite dans un nouveau fichier, cohérent même pendant que la fenêtre ou d&apos;autres commandes écrivent. Vous seul pouvez lire le fichier. Sur PostgreSQL, explique plutôt comment utiliser pg_dump.</translation>
    </message>
    <message>
        <source>The backup file to write, for example %1.</source>
        <translation>Le fichier de sauvegarde à écrire, par exemple %1.</translation>
    </message>
    <message>
        <source>Replace FILE when it exists (it is replaced only once the new backup is complete and checked).</source>
        <translation>Remplacer FILE s&apos;il existe (il n&apos;est remplacé qu&apos;une fois la nouvelle sauvegarde complète et vérifiée).</translation>
    </message>
    <message>
        <source>db backup needs --to FILE, for example --to %1.</source>
        <translation>db backup attend --to FILE, par exemple --to %1.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (schema %3, %4 customers, %5 statements, %6 bytes).</source>
        <translation>%1 sauvegardée dans %2 (schéma %3, %4 clients, %5 relevés, %6 octets).</translation>
    </message>
    <message>
        <source>Replace the SQLite database&apos;s contents with a backup. The backup is checked first and nothing changes when it is not a sound Bursar database; the database as it was is kept beside it as a backup of its own. Refused while a Bursar window has the database open.</source>
        <translation>Remplacer le contenu de la base SQLite par une sauvegarde. La sauvegarde est d&apos;abord vérifiée et rien ne change si ce n&apos;est pas une base Bursar saine&#xa0;; la base telle qu&apos;elle était est gardée à côté, comme sauvegarde à part entière. Refusé tant qu&apos;une fenêtre Bursar a la base ouverte.</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>Le fichier de sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>db restore needs --from FILE, the backup to restore.</source>
        <translation>db restore attend --from FILE, la sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>Restored %1 from %2 (schema %3, written %4): %5 rows. The database as it was is kept as %6.</source>
        <translation>%1 restaurée depuis %2 (schéma %3, écrite le %4)&#xa0;: %5 lignes. La base telle qu&apos;elle était est gardée sous %6.</translation>
    </message>
    <message>
        <source>Print the database path Bursar uses.</source>
        <translation>Afficher le chemin de la base de données qu&apos;utilise Bursar.</translation>
    </message>
    <message>
        <source>Print nothing when the database file does not exist yet.</source>
        <translation>Ne rien afficher quand le fichier de la base n&apos;existe pas encore.</translation>
    </message>
    <message>
        <source>Check the database file for damage.</source>
        <translation>Vérifier que le fichier de la base n&apos;est pas endommagé.</translation>
    </message>
    <message>
        <source>%1: schema %2, no damage found.</source>
        <translation>%1&#xa0;: schéma %2, aucun dommage trouvé.</translation>
    </message>
    <message>
        <source>Copy a single-clerk SQLite database into a new, empty shared PostgreSQL database, then verify every table.</source>
        <translation>Copier une base SQLite d&apos;un seul agent dans une nouvelle base PostgreSQL partagée et vide, puis vérifier chaque table.</translation>
    </message>
    <message>
        <source>The SQLite database file to copy.</source>
        <translation>Le fichier de base SQLite à copier.</translation>
    </message>
    <message>
        <source>The new PostgreSQL database, as a URL.</source>
        <translation>La nouvelle base PostgreSQL, sous forme d&apos;URL.</translation>
    </message>
    <message>
        <source>db copy needs --from FILE and --to postgresql://user@host/dbname.</source>
        <translation>db copy attend --from FILE et --to postgresql://utilisateur@hôte/base.</translation>
    </message>
    <message>
        <source>--from must be a SQLite file; “%1” is a PostgreSQL URL.</source>
        <translation>--from doit être un fichier SQLite&#xa0;; «&#xa0;%1&#xa0;» est une URL PostgreSQL.</translation>
    </message>
    <message>
        <source>The database file “%1” does not exist.</source>
        <translation>Le fichier de base de données «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>--to must be a PostgreSQL URL such as postgresql://user@host/dbname, not “%1”.</source>
        <translation>--to doit être une URL PostgreSQL comme postgresql://utilisateur@hôte/base, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Copied %1 to %2.</source>
        <translation>%1 copiée vers %2.</translation>
    </message>
    <message>
        <source>Usage: bursar [--database PATH] db path|check|copy|backup|restore</source>
        <translation>Utilisation&#xa0;: bursar [--database CHEMIN] db path|check|copy|backup|restore</translation>
    </message>
    <message>
        <source>unknown db command “%1”; use path, check, copy, backup or restore.</source>
        <translation>commande db inconnue «&#xa0;%1&#xa0;»&#xa0;; utilisez path, check, copy, backup ou restore.</translation>
    </message>
    <message>
        <source>Fill an empty database with deterministic demo data.</source>
        <translation>Remplir une base vide avec des données de démonstration déterministes.</translation>
    </message>
    <message>
        <source>Number of customers to create (default 500).</source>
        <translation>Nombre de clients à créer (par défaut 500).</translation>
    </message>
    <message>
        <source>Seed; the same seed gives the same data (default 1).</source>
        <translation>Graine&#xa0;; la même graine donne les mêmes données (par défaut 1).</translation>
    </message>
    <message>
        <source>--customers must be a whole number of at least 1, not “%1”.</source>
        <translation>--customers doit être un nombre entier d&apos;au moins 1, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--seed must be a whole number, not “%1”.</source>
        <translation>--seed doit être un nombre entier, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Demo data written to %1: %2 customers, %3 vendor accounts, %4 subscriptions, %5 pricebooks, %6 usage lines from %7 files, %8 credits, %9 tax rates in %10 ms.</source>
        <translation>Données de démonstration écrites dans %1&#xa0;: %2 clients, %3 comptes fournisseurs, %4 abonnements, %5 grilles tarifaires, %6 lignes de consommation de %7 fichiers, %8 crédits, %9 taux de taxe en %10 ms.</translation>
    </message>
    <message>
        <source>Receivables: %1 approved statements, %2 payments, %3 credit memos, %4 debit memos, %5 applications.</source>
        <translation>Créances&#xa0;: %1 relevés approuvés, %2 paiements, %3 avoirs, %4 notes de débit, %5 imputations.</translation>
    </message>
    <message>
        <source>Services credits: %1 purchases, %2 opportunities, %3 projects with %4 milestones.</source>
        <translation>Crédits de services&#xa0;: %1 achats, %2 opportunités, %3 projets avec %4 jalons.</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter, not “%1”.</source>
        <translation>--paper doit valoir a4 ou letter, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>a4 or letter (default: Settings &gt; Statement Documents).</source>
        <translation>a4 ou letter (par défaut&#xa0;: Paramètres &gt; Documents des relevés).</translation>
    </message>
    <message>
        <source>Write PDF/A-1b.</source>
        <translation>Écrire du PDF/A-1b.</translation>
    </message>
    <message>
        <source>How amounts and dates read, e.g. en_US or de_DE (default: the settings).</source>
        <translation>Comment se lisent les montants et les dates, p. ex. en_US ou fr_FR (par défaut&#xa0;: les paramètres).</translation>
    </message>
    <message>
        <source>Start CSV files with a byte order mark.</source>
        <translation>Commencer les fichiers CSV par une marque d&apos;ordre des octets.</translation>
    </message>
    <message>
        <source>Separate CSV fields with &apos;;&apos; and write decimal commas.</source>
        <translation>Séparer les champs CSV par &apos;;&apos; et écrire des virgules décimales.</translation>
    </message>
    <message>
        <source>Write statements to a folder as PDF, CSV or Detailed CSV (each file written whole, then renamed into place); prints the paths written.</source>
        <translation>Écrire des relevés dans un dossier en PDF, CSV ou CSV détaillé (chaque fichier écrit en entier, puis renommé à sa place)&#xa0;; affiche les chemins écrits.</translation>
    </message>
    <message>
        <source>With --period: every statement of that vendor and period.</source>
        <translation>Avec --period&#xa0;: chaque relevé de ce fournisseur et de cette période.</translation>
    </message>
    <message>
        <source>The billing period.</source>
        <translation>La période de facturation.</translation>
    </message>
    <message>
        <source>The folder the files go to (it must exist).</source>
        <translation>Le dossier où vont les fichiers (il doit exister).</translation>
    </message>
    <message>
        <source>File names, e.g. {period}-{vendor}-{customer}-{number}.</source>
        <translation>Noms de fichiers, p. ex. {period}-{vendor}-{customer}-{number}.</translation>
    </message>
    <message>
        <source>--as must be %1, not “%2”.</source>
        <translation>--as doit valoir %1, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--out is required: the folder the files go to.</source>
        <translation>--out est obligatoire&#xa0;: le dossier où vont les fichiers.</translation>
    </message>
    <message>
        <source>give statement IDs or --vendor V --period YYYY-MM, not both or neither.</source>
        <translation>donnez des ID de relevés ou --vendor V --period AAAA-MM, pas les deux ni aucun.</translation>
    </message>
    <message>
        <source>“%1” is not a statement ID.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID de relevé.</translation>
    </message>
    <message>
        <source>--period must be a billing period written YYYY-MM, for example --period 2026-09.</source>
        <translation>--period doit être une période de facturation écrite AAAA-MM, par exemple --period 2026-09.</translation>
    </message>
    <message>
        <source>statement %1: %2</source>
        <translation>relevé %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written.</source>
        <translation>
            <numerusform>%n fichier écrit.</numerusform>
            <numerusform>%n fichiers écrits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) could not be written.</source>
        <translation>
            <numerusform>%n relevé n&apos;a pas pu être écrit.</numerusform>
            <numerusform>%n relevés n&apos;ont pas pu être écrits.</numerusform>
        </translation>
    </message>
    <message>
        <source>A customer&apos;s statement of account as PDF: open statements and the balance as of a date.</source>
        <translation>Le relevé de compte d&apos;un client en PDF&#xa0;: les relevés ouverts et le solde à une date.</translation>
    </message>
    <message>
        <source>The date (default today).</source>
        <translation>La date (par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>--out is required: the PDF file to write.</source>
        <translation>--out est obligatoire&#xa0;: le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>--customer “%1” is not a customer ID; give the number, for example 100042.</source>
        <translation>--customer «&#xa0;%1&#xa0;» n&apos;est pas un ID de client&#xa0;; donnez le numéro, par exemple 100042.</translation>
    </message>
    <message>
        <source>Generate draft statements for a vendor and period. A customer that cannot be billed fails alone; exit code 1 when any did.</source>
        <translation>Générer les relevés brouillons d&apos;un fournisseur et d&apos;une période. Un client qui ne peut pas être facturé échoue seul&#xa0;; code de sortie 1 si c&apos;est arrivé.</translation>
    </message>
    <message>
        <source>Every customer with charges in the period.</source>
        <translation>Chaque client ayant des frais dans la période.</translation>
    </message>
    <message>
        <source>A customer to bill (repeat it, or separate IDs with commas).</source>
        <translation>Un client à facturer (répétez l&apos;option, ou séparez les ID par des virgules).</translation>
    </message>
    <message>
        <source>Apply the customers&apos; credits.</source>
        <translation>Imputer les crédits des clients.</translation>
    </message>
    <message>
        <source>Include tax from the tax table.</source>
        <translation>Inclure la taxe de la table des taxes.</translation>
    </message>
    <message>
        <source>Include marketplace fees (pass-through, 0 margin).</source>
        <translation>Inclure les frais de place de marché (refacturés, marge nulle).</translation>
    </message>
    <message>
        <source>Use marketplace credits for marketplace fees.</source>
        <translation>Utiliser les crédits de place de marché pour les frais de place de marché.</translation>
    </message>
    <message>
        <source>give --all or one or more --customer ID, not both or neither.</source>
        <translation>donnez --all ou un ou plusieurs --customer ID, pas les deux ni aucun.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 %2: no customer to bill, so no run was recorded; %3 skipped.</source>
        <translation>%1 %2&#xa0;: aucun client à facturer, aucune exécution n&apos;a donc été enregistrée&#xa0;; %3 ignoré(s).</translation>
    </message>
    <message>
        <source>Run %1, %2 %3: %4 draft statement(s) generated, %5 failed, %6 skipped.</source>
        <translation>Exécution %1, %2 %3&#xa0;: %4 relevé(s) brouillon(s) généré(s), %5 en échec, %6 ignoré(s).</translation>
    </message>
    <message>
        <source>  failed: %1</source>
        <translation>  en échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>  skipped: %1</source>
        <translation>  ignoré&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) could not be billed; the others were.</source>
        <translation>
            <numerusform>%n client n&apos;a pas pu être facturé&#xa0;; les autres l&apos;ont été.</numerusform>
            <numerusform>%n clients n&apos;ont pas pu être facturés&#xa0;; les autres l&apos;ont été.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this customer.</source>
        <translation>Seulement ce client.</translation>
    </message>
    <message>
        <source>Only this vendor.</source>
        <translation>Seulement ce fournisseur.</translation>
    </message>
    <message>
        <source>Only this billing period (the first with --to).</source>
        <translation>Seulement cette période de facturation (la première avec --to).</translation>
    </message>
    <message>
        <source>The last period of a range.</source>
        <translation>La dernière période d&apos;un intervalle.</translation>
    </message>
    <message>
        <source>draft, open, closed or past-due.</source>
        <translation>draft, open, closed ou past-due.</translation>
    </message>
    <message>
        <source>Only the statements of this billing run.</source>
        <translation>Seulement les relevés de cette exécution de facturation.</translation>
    </message>
    <message>
        <source>--period (and --to) must be a billing period written YYYY-MM.</source>
        <translation>--period (et --to) doivent être des périodes de facturation écrites AAAA-MM.</translation>
    </message>
    <message>
        <source>--status must be draft, open, closed or past-due, not “%1”.</source>
        <translation>--status doit valoir draft, open, closed ou past-due, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--run takes a billing run&apos;s number.</source>
        <translation>--run attend le numéro d&apos;une exécution de facturation.</translation>
    </message>
    <message>
        <source>Billing statements (Billing &gt; Customer Invoices).</source>
        <translation>Relevés de facturation (Facturation &gt; Factures clients).</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n relevé</numerusform>
            <numerusform>%n relevés</numerusform>
        </translation>
    </message>
    <message>
        <source>One statement whole: lines, credits, marketplace fees, tax and total as exact decimals, and where each number came from. --currency shows it in another currency (the rate is recorded).</source>
        <translation>Un relevé en entier&#xa0;: lignes, crédits, frais de place de marché, taxe et total en décimaux exacts, et d&apos;où vient chaque nombre. --currency l&apos;affiche dans une autre devise (le taux est enregistré).</translation>
    </message>
    <message>
        <source>Show the amounts in this currency too.</source>
        <translation>Afficher aussi les montants dans cette devise.</translation>
    </message>
    <message>
        <source>give the statement&apos;s ID or number: bursar invoices show INV-2026-000001</source>
        <translation>donnez l&apos;ID ou le numéro du relevé&#xa0;: bursar invoices show INV-2026-000001</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>In %1 at %2 (rate of %3): total %4 %1.</source>
        <translation>En %1 à %2 (taux du %3)&#xa0;: total %4 %1.</translation>
    </message>
    <message>
        <source>Approve drafts: each gets the next number and becomes Open (visible to the customer).</source>
        <translation>Approuver des brouillons&#xa0;: chacun reçoit le numéro suivant et devient Ouvert (visible du client).</translation>
    </message>
    <message>
        <source>Every draft the filters select.</source>
        <translation>Chaque brouillon que sélectionnent les filtres.</translation>
    </message>
    <message>
        <source>The issue date (default today).</source>
        <translation>La date d&apos;émission (par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>give statement IDs or --all, not both or neither.</source>
        <translation>donnez des ID de relevés ou --all, pas les deux ni aucun.</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) approved.</source>
        <translation>
            <numerusform>%n relevé approuvé.</numerusform>
            <numerusform>%n relevés approuvés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) were not approved.</source>
        <translation>
            <numerusform>%n relevé n&apos;a pas été approuvé.</numerusform>
            <numerusform>%n relevés n&apos;ont pas été approuvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete draft statements: their credits return to the balance and the period unlocks.</source>
        <translation>Supprimer des relevés brouillons&#xa0;: leurs crédits reviennent au solde et la période se déverrouille.</translation>
    </message>
    <message>
        <source>give the draft statements&apos; IDs: bursar invoices delete 57 58</source>
        <translation>donnez les ID des relevés brouillons&#xa0;: bursar invoices delete 57 58</translation>
    </message>
    <message>
        <source>Deleted draft %1.</source>
        <translation>Brouillon %1 supprimé.</translation>
    </message>
    <message>
        <source>Show or set the pattern of a number series, for example INV-{YYYY}-{000000}: statements by default, or credit memos, debit memos or payments.</source>
        <translation>Afficher ou définir le modèle d&apos;une série de numéros, par exemple INV-{YYYY}-{000000}&#xa0;: les relevés par défaut, ou les avoirs, les notes de débit ou les paiements.</translation>
    </message>
    <message>
        <source>The series: statement (default), credit_memo, debit_memo or payment.</source>
        <translation>La série&#xa0;: statement (par défaut), credit_memo, debit_memo ou payment.</translation>
    </message>
    <message>
        <source>The new pattern: {YYYY}, {YY}, {MM} and one counter such as {000000}.</source>
        <translation>Le nouveau modèle&#xa0;: {YYYY}, {YY}, {MM} et un compteur comme {000000}.</translation>
    </message>
    <message>
        <source>there is no number series “%1”; use statement, credit_memo, debit_memo or payment.</source>
        <translation>il n&apos;y a pas de série de numéros «&#xa0;%1&#xa0;»&#xa0;; utilisez statement, credit_memo, debit_memo ou payment.</translation>
    </message>
    <message>
        <source>Statement numbers</source>
        <translation>Numéros des relevés</translation>
    </message>
    <message>
        <source>Credit memo numbers</source>
        <translation>Numéros des avoirs</translation>
    </message>
    <message>
        <source>Debit memo numbers</source>
        <translation>Numéros des notes de débit</translation>
    </message>
    <message>
        <source>Payment numbers</source>
        <translation>Numéros des paiements</translation>
    </message>
    <message>
        <source>%1: %2 (next: %3)</source>
        <translation>%1&#xa0;: %2 (suivant&#xa0;: %3)</translation>
    </message>
    <message>
        <source>ID      Type         Number              Status     Customer  Date        Due         Total            Left</source>
        <translation>ID      Type         Numéro              Statut     Client    Date        Échéance    Total            Reste</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 — %3, customer %4 (%5)
</source>
        <translation>%1 %2 — %3, client %4 (%5)
</translation>
    </message>
    <message>
        <source>Date %1, due %2. %3
</source>
        <translation>Date %1, échéance %2. %3
</translation>
    </message>
    <message>
        <source>Total %1 %2 (rounding %3), applied %4, %5 %6
</source>
        <translation>Total %1 %2 (arrondi %3), imputé %4, %5 %6
</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>solde</translation>
    </message>
    <message>
        <source>  #%1 %2 %3 → %4 %5 by %6%7; after: %8
</source>
        <translation>  #%1 %2 %3 → %4 %5 par %6%7&#xa0;; après&#xa0;: %8
</translation>
    </message>
    <message>
        <source> (reverses #%1)</source>
        <translation> (annule #%1)</translation>
    </message>
    <message>
        <source>Default: the customer&apos;s invoice currency.</source>
        <translation>Par défaut&#xa0;: la devise de facturation du client.</translation>
    </message>
    <message>
        <source>The document date (default today).</source>
        <translation>La date du document (par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Why the memo is issued.</source>
        <translation>Pourquoi le document est émis.</translation>
    </message>
    <message>
        <source>A detail line; repeat for more.</source>
        <translation>Une ligne de détail&#xa0;; répétez pour en ajouter.</translation>
    </message>
    <message>
        <source>The statement or memo it adjusts (its number).</source>
        <translation>Le relevé ou le document qu&apos;il corrige (son numéro).</translation>
    </message>
    <message>
        <source>Sales branch.</source>
        <translation>Agence commerciale.</translation>
    </message>
    <message>
        <source>Sales person.</source>
        <translation>Commercial.</translation>
    </message>
    <message>
        <source>Payment terms in days (default the customer&apos;s).</source>
        <translation>Délai de paiement en jours (par défaut celui du client).</translation>
    </message>
    <message>
        <source>--terms takes a number of days, not “%1”.</source>
        <translation>--terms attend un nombre de jours, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--line “%1” needs DESC|QTY|UOM|PRICE|DISCOUNT|TAXCAT (discount and tax category may be left out).</source>
        <translation>--line «&#xa0;%1&#xa0;» attend DESC|QTY|UOM|PRICE|DISCOUNT|TAXCAT (la remise et la catégorie de taxe peuvent être omises).</translation>
    </message>
    <message>
        <source>Create a credit or debit memo on Hold. Each --line is DESC|QTY|UOM|PRICE|DISCOUNT|TAXCAT (discount and tax category may be empty).</source>
        <translation>Créer un avoir ou une note de débit en attente. Chaque --line est DESC|QTY|UOM|PRICE|DISCOUNT|TAXCAT (remise et catégorie de taxe peuvent être vides).</translation>
    </message>
    <message>
        <source>credit or debit.</source>
        <translation>credit ou debit.</translation>
    </message>
    <message>
        <source>--type must be credit or debit, not “%1”.</source>
        <translation>--type doit valoir credit ou debit, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Created %1 %2 on Hold for customer %3: %4 %5.</source>
        <translation>%1 %2 créé en attente pour le client %3&#xa0;: %4 %5.</translation>
    </message>
    <message>
        <source>Change a Hold memo: the options given replace what it has; the --line options replace all its lines. Its type and customer stay.</source>
        <translation>Modifier un document en attente&#xa0;: les options données remplacent ce qu&apos;il contient&#xa0;; les options --line remplacent toutes ses lignes. Son type et son client restent.</translation>
    </message>
    <message>
        <source>The memo adjusts no document any more.</source>
        <translation>Le document ne corrige plus aucun document.</translation>
    </message>
    <message>
        <source>memo</source>
        <translation>document</translation>
    </message>
    <message>
        <source>give one memo ID.</source>
        <translation>donnez un ID de document.</translation>
    </message>
    <message>
        <source>give --adjusts DOC or --no-adjusts, not both.</source>
        <translation>donnez --adjusts DOC ou --no-adjusts, pas les deux.</translation>
    </message>
    <message>
        <source>Saved %1 %2 on Hold for customer %3: %4 %5.</source>
        <translation>%1 %2 enregistré en attente pour le client %3&#xa0;: %4 %5.</translation>
    </message>
    <message>
        <source>Release Hold memos: each takes its number and is Open.</source>
        <translation>Émettre des documents en attente&#xa0;: chacun prend son numéro et devient Ouvert.</translation>
    </message>
    <message numerus="yes">
        <source>Released %n memo(s): %1.</source>
        <translation>
            <numerusform>%n document émis&#xa0;: %1.</numerusform>
            <numerusform>%n documents émis&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Hold memos (no number is used).</source>
        <translation>Supprimer des documents en attente (aucun numéro n&apos;est utilisé).</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n memo(s).</source>
        <translation>
            <numerusform>%n document supprimé.</numerusform>
            <numerusform>%n documents supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel an Open memo or payment with a reversing document (its applications reversed first).</source>
        <translation>Annuler un document ou un paiement ouvert par un document d&apos;extourne (ses imputations sont d&apos;abord annulées).</translation>
    </message>
    <message>
        <source>The reversing document&apos;s date (default today).</source>
        <translation>La date du document d&apos;extourne (par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Why, for the reversing document.</source>
        <translation>Pourquoi, pour le document d&apos;extourne.</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>Cancelled by %1 %2.</source>
        <translation>Annulé par %1 %2.</translation>
    </message>
    <message>
        <source>Payments, newest first.</source>
        <translation>Paiements, les plus récents d&apos;abord.</translation>
    </message>
    <message>
        <source>Credit and debit memos, newest first.</source>
        <translation>Avoirs et notes de débit, les plus récents d&apos;abord.</translation>
    </message>
    <message>
        <source>hold, open, past_due, closed or cancelled.</source>
        <translation>hold, open, past_due, closed ou cancelled.</translation>
    </message>
    <message>
        <source>Dated on or after.</source>
        <translation>Daté de ce jour ou après.</translation>
    </message>
    <message>
        <source>Dated on or before.</source>
        <translation>Daté de ce jour ou avant.</translation>
    </message>
    <message>
        <source>Total at least.</source>
        <translation>Total d&apos;au moins.</translation>
    </message>
    <message>
        <source>Total at most.</source>
        <translation>Total d&apos;au plus.</translation>
    </message>
    <message>
        <source>--status must be hold, open, past_due, closed or cancelled.</source>
        <translation>--status doit valoir hold, open, past_due, closed ou cancelled.</translation>
    </message>
    <message>
        <source>One document with its lines, tax and every application and reversal.</source>
        <translation>Un document avec ses lignes, sa taxe et chaque imputation et annulation.</translation>
    </message>
    <message>
        <source>give one document&apos;s ID or number.</source>
        <translation>donnez l&apos;ID ou le numéro d&apos;un document.</translation>
    </message>
    <message>
        <source>Record a customer&apos;s payment; it is Open at once.</source>
        <translation>Enregistrer le paiement d&apos;un client&#xa0;; il est aussitôt Ouvert.</translation>
    </message>
    <message>
        <source>The amount received, for example 1250.00.</source>
        <translation>Le montant reçu, par exemple 1250.00.</translation>
    </message>
    <message>
        <source>Its currency.</source>
        <translation>Sa devise.</translation>
    </message>
    <message>
        <source>The day it was received (default today).</source>
        <translation>Le jour de réception (par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>A payment method&apos;s ID of the customer, or a reference text.</source>
        <translation>L&apos;ID d&apos;un moyen de paiement du client, ou un texte de référence.</translation>
    </message>
    <message>
        <source>The bank&apos;s or cheque&apos;s reference.</source>
        <translation>La référence de la banque ou du chèque.</translation>
    </message>
    <message>
        <source>--amount and --currency are required, for example --amount 1250.00 --currency EUR.</source>
        <translation>--amount et --currency sont obligatoires, par exemple --amount 1250.00 --currency EUR.</translation>
    </message>
    <message>
        <source>Recorded payment %1 from customer %2: %3 %4.</source>
        <translation>Paiement %1 du client %2 enregistré&#xa0;: %3 %4.</translation>
    </message>
    <message>
        <source>Write credit memos, debit memos or payments to a folder, one file each, named by number (a Hold memo as HOLD-&lt;id&gt;, watermarked); prints the paths written.</source>
        <translation>Écrire des avoirs, des notes de débit ou des paiements dans un dossier, un fichier chacun, nommé par son numéro (un document en attente sous HOLD-&lt;id&gt;, en filigrane)&#xa0;; affiche les chemins écrits.</translation>
    </message>
    <message>
        <source>The format: %1.</source>
        <translation>Le format&#xa0;: %1.</translation>
    </message>
    <message>
        <source>--out must name a folder that exists.</source>
        <translation>--out doit nommer un dossier existant.</translation>
    </message>
    <message>
        <source>--%1 is on or off, not “%2”.</source>
        <translation>--%1 vaut on ou off, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--statement is required: the statement&apos;s ID.</source>
        <translation>--statement est obligatoire&#xa0;: l&apos;ID du relevé.</translation>
    </message>
    <message>
        <source>Statement emails: %1</source>
        <translation>E-mails des relevés&#xa0;: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activés</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivés</translation>
    </message>
    <message>
        <source>SMTP server: %1:%2 (%3)%4</source>
        <translation>Serveur SMTP&#xa0;: %1:%2 (%3)%4</translation>
    </message>
    <message>
        <source>, login %1</source>
        <translation>, identifiant %1</translation>
    </message>
    <message>
        <source>Sender: %1</source>
        <translation>Expéditeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Body:
%1</source>
        <translation>Texte&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Show or change Settings &gt; Notifications: the SMTP server statement emails are sent through. The password is never stored here (bursar notify password).</source>
        <translation>Afficher ou modifier Paramètres &gt; Notifications&#xa0;: le serveur SMTP par lequel partent les e-mails des relevés. Le mot de passe n&apos;est jamais enregistré ici (bursar notify password).</translation>
    </message>
    <message>
        <source>Whether approving a statement emails it: on or off.</source>
        <translation>Si l&apos;approbation d&apos;un relevé l&apos;envoie par e-mail&#xa0;: on ou off.</translation>
    </message>
    <message>
        <source>The SMTP server.</source>
        <translation>Le serveur SMTP.</translation>
    </message>
    <message>
        <source>Its port: 587 for STARTTLS, 465 for TLS.</source>
        <translation>Son port&#xa0;: 587 pour STARTTLS, 465 pour TLS.</translation>
    </message>
    <message>
        <source>none, starttls or tls.</source>
        <translation>none, starttls ou tls.</translation>
    </message>
    <message>
        <source>The From address.</source>
        <translation>L&apos;adresse d&apos;expédition.</translation>
    </message>
    <message>
        <source>The login; empty for a server without one.</source>
        <translation>L&apos;identifiant&#xa0;; vide pour un serveur sans identification.</translation>
    </message>
    <message>
        <source>The subject; placeholders: %1.</source>
        <translation>L&apos;objet&#xa0;; variables&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The text; the same placeholders, \n for a new line.</source>
        <translation>Le texte&#xa0;; les mêmes variables, \n pour un retour à la ligne.</translation>
    </message>
    <message>
        <source>--port is a number, for example 587.</source>
        <translation>--port est un nombre, par exemple 587.</translation>
    </message>
    <message>
        <source>--security is none, starttls or tls.</source>
        <translation>--security vaut none, starttls ou tls.</translation>
    </message>
    <message>
        <source>Show or set a customer&apos;s billing contact for statement emails, and whether the customer gets them.</source>
        <translation>Afficher ou définir le contact de facturation d&apos;un client pour les e-mails des relevés, et si le client les reçoit.</translation>
    </message>
    <message>
        <source>The customer&apos;s ID.</source>
        <translation>L&apos;ID du client.</translation>
    </message>
    <message>
        <source>The billing contact&apos;s address; empty: the customer&apos;s own email.</source>
        <translation>L&apos;adresse du contact de facturation&#xa0;; vide&#xa0;: l&apos;e-mail du client lui-même.</translation>
    </message>
    <message>
        <source>on or off.</source>
        <translation>on ou off.</translation>
    </message>
    <message>
        <source>Customer #%1: statement emails %2, to %3</source>
        <translation>Client #%1&#xa0;: e-mails des relevés %2, à %3</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(aucune adresse)</translation>
    </message>
    <message>
        <source>The SMTP login %1 needs its password: save it with bursar notify password, or give it in BURSAR_SMTP_PASSWORD (%2).</source>
        <translation>L&apos;identifiant SMTP %1 a besoin de son mot de passe&#xa0;: enregistrez-le avec bursar notify password, ou donnez-le dans BURSAR_SMTP_PASSWORD (%2).</translation>
    </message>
    <message>
        <source>Send the statement emails that are due now (the window sends them by itself).</source>
        <translation>Envoyer les e-mails de relevés dus maintenant (la fenêtre les envoie d&apos;elle-même).</translation>
    </message>
    <message>
        <source>At most this many (default: all that are due).</source>
        <translation>Au plus ce nombre (par défaut&#xa0;: tous ceux qui sont dus).</translation>
    </message>
    <message>
        <source>--limit is a number of emails, 1 or more.</source>
        <translation>--limit est un nombre d&apos;e-mails, 1 ou plus.</translation>
    </message>
    <message>
        <source>%1 sent, %2 to try again later, %3 failed (bursar notify list --status failed).</source>
        <translation>%1 envoyés, %2 à réessayer plus tard, %3 en échec (bursar notify list --status failed).</translation>
    </message>
    <message>
        <source>List statement emails, newest first.</source>
        <translation>Lister les e-mails des relevés, les plus récents d&apos;abord.</translation>
    </message>
    <message>
        <source>One statement&apos;s emails.</source>
        <translation>Les e-mails d&apos;un relevé.</translation>
    </message>
    <message>
        <source>One customer&apos;s emails.</source>
        <translation>Les e-mails d&apos;un client.</translation>
    </message>
    <message>
        <source>queued, sent or failed.</source>
        <translation>queued, sent ou failed.</translation>
    </message>
    <message>
        <source>--statement is a statement ID.</source>
        <translation>--statement est un ID de relevé.</translation>
    </message>
    <message>
        <source>--status is queued, sent or failed.</source>
        <translation>--status vaut queued, sent ou failed.</translation>
    </message>
    <message>
        <source>No statement emails.</source>
        <translation>Aucun e-mail de relevé.</translation>
    </message>
    <message>
        <source>A statement&apos;s notification log, oldest first.</source>
        <translation>Le journal des notifications d&apos;un relevé, les plus anciennes d&apos;abord.</translation>
    </message>
    <message>
        <source>The statement&apos;s ID.</source>
        <translation>L&apos;ID du relevé.</translation>
    </message>
    <message>
        <source>Queue an Open statement&apos;s email again (bursar notify send, or the window, sends it).</source>
        <translation>Remettre en file l&apos;e-mail d&apos;un relevé ouvert (bursar notify send, ou la fenêtre, l&apos;envoie).</translation>
    </message>
    <message>
        <source>Another address; default: the billing contact.</source>
        <translation>Une autre adresse&#xa0;; par défaut&#xa0;: le contact de facturation.</translation>
    </message>
    <message>
        <source>Statement %1&apos;s email queued again (email %2).</source>
        <translation>E-mail du relevé %1 remis en file (e-mail %2).</translation>
    </message>
    <message>
        <source>Save the SMTP login&apos;s password in the system keyring, read from standard input (never in the database). --forget removes it.</source>
        <translation>Enregistrer le mot de passe de l&apos;identifiant SMTP dans le trousseau du système, lu sur l&apos;entrée standard (jamais dans la base). --forget le retire.</translation>
    </message>
    <message>
        <source>Remove the saved password.</source>
        <translation>Retirer le mot de passe enregistré.</translation>
    </message>
    <message>
        <source>Settings &gt; Notifications has no login: set one with bursar notify settings --login L.</source>
        <translation>Paramètres &gt; Notifications n&apos;a pas d&apos;identifiant&#xa0;: définissez-en un avec bursar notify settings --login L.</translation>
    </message>
    <message>
        <source>The password of %1 is no longer in the keyring.</source>
        <translation>Le mot de passe de %1 n&apos;est plus dans le trousseau.</translation>
    </message>
    <message>
        <source>Give the password on standard input.</source>
        <translation>Donnez le mot de passe sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>The password of %1 is in the system keyring.</source>
        <translation>Le mot de passe de %1 est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>give --uplift or --discount, not both.</source>
        <translation>donnez --uplift ou --discount, pas les deux.</translation>
    </message>
    <message>
        <source>--uplift PERCENT or --discount PERCENT is required, for example --uplift 10.</source>
        <translation>--uplift POURCENT ou --discount POURCENT est obligatoire, par exemple --uplift 10.</translation>
    </message>
    <message>
        <source>--uplift and --discount take a percent without a sign, not “%1”.</source>
        <translation>--uplift et --discount attendent un pourcentage sans signe, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>every period</source>
        <translation>chaque période</translation>
    </message>
    <message>
        <source>period %1 on</source>
        <translation>à partir de la période %1</translation>
    </message>
    <message>
        <source>Applies from %1. %2</source>
        <translation>S&apos;applique à partir du %1. %2</translation>
    </message>
    <message>
        <source>Applies from %1.</source>
        <translation>S&apos;applique à partir du %1.</translation>
    </message>
    <message>
        <source>Percent added to the vendor&apos;s cost, for example 10.</source>
        <translation>Pourcentage ajouté au coût du fournisseur, par exemple 10.</translation>
    </message>
    <message>
        <source>Percent taken off the vendor&apos;s cost, for example 5.</source>
        <translation>Pourcentage retiré du coût du fournisseur, par exemple 5.</translation>
    </message>
    <message>
        <source>First day it applies (default today); ended periods are never changed.</source>
        <translation>Premier jour d&apos;application (par défaut aujourd&apos;hui)&#xa0;; les périodes closes ne changent jamais.</translation>
    </message>
    <message>
        <source>Add a pricebook: a percent uplift or discount on vendor cost.</source>
        <translation>Ajouter une grille tarifaire&#xa0;: une majoration ou une remise en pourcentage sur le coût du fournisseur.</translation>
    </message>
    <message>
        <source>The pricebook&apos;s name.</source>
        <translation>Le nom de la grille tarifaire.</translation>
    </message>
    <message>
        <source>--name is required: bursar pricebooks add --name Standard --vendor aws --uplift 10</source>
        <translation>--name est obligatoire&#xa0;: bursar pricebooks add --name Standard --vendor aws --uplift 10</translation>
    </message>
    <message>
        <source>Added pricebook %1 for %2: %3%. %4</source>
        <translation>Grille tarifaire %1 ajoutée pour %2&#xa0;: %3 %. %4</translation>
    </message>
    <message>
        <source>Change a pricebook&apos;s percent, or set a per-product override with --product.</source>
        <translation>Modifier le pourcentage d&apos;une grille tarifaire, ou définir une exception par produit avec --product.</translation>
    </message>
    <message>
        <source>The product (service name) the override is for.</source>
        <translation>Le produit (nom du service) concerné par l&apos;exception.</translation>
    </message>
    <message>
        <source>Pricebook %1%2: %3%. %4</source>
        <translation>Grille tarifaire %1%2&#xa0;: %3 %. %4</translation>
    </message>
    <message>
        <source>, override for %1</source>
        <translation>, exception pour %1</translation>
    </message>
    <message>
        <source>List pricebooks with their effective-dated rules.</source>
        <translation>Lister les grilles tarifaires avec leurs règles datées.</translation>
    </message>
    <message>
        <source>(all products)</source>
        <translation>(tous les produits)</translation>
    </message>
    <message>
        <source>always</source>
        <translation>toujours</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pricebook(s)</source>
        <translation>
            <numerusform>%n grille tarifaire</numerusform>
            <numerusform>%n grilles tarifaires</numerusform>
        </translation>
    </message>
    <message>
        <source>Global discounts and uplifts on every customer&apos;s price for a vendor.</source>
        <translation>Remises et majorations globales sur le prix de chaque client pour un fournisseur.</translation>
    </message>
    <message>
        <source>What it is, for the statement&apos;s explanation.</source>
        <translation>Ce que c&apos;est, pour l&apos;explication du relevé.</translation>
    </message>
    <message>
        <source>The adjustment to end.</source>
        <translation>L&apos;ajustement à terminer.</translation>
    </message>
    <message>
        <source>The last day it applies (default: the end of last month).</source>
        <translation>Le dernier jour d&apos;application (par défaut&#xa0;: la fin du mois dernier).</translation>
    </message>
    <message>
        <source>Added global adjustment %1: %2%. %3</source>
        <translation>Ajustement global %1 ajouté&#xa0;: %2 %. %3</translation>
    </message>
    <message>
        <source>--id is required: the number bursar pricing global list shows.</source>
        <translation>--id est obligatoire&#xa0;: le numéro qu&apos;affiche bursar pricing global list.</translation>
    </message>
    <message>
        <source>Global adjustment %1 applies up to %2. %3</source>
        <translation>L&apos;ajustement global %1 s&apos;applique jusqu&apos;au %2. %3</translation>
    </message>
    <message numerus="yes">
        <source>%n global adjustment(s)</source>
        <translation>
            <numerusform>%n ajustement global</numerusform>
            <numerusform>%n ajustements globaux</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 must be an amount such as 250.00: %2</source>
        <translation>--%1 doit être un montant comme 250.00&#xa0;: %2</translation>
    </message>
    <message>
        <source>Added support plan %1.</source>
        <translation>Forfait de support %1 ajouté.</translation>
    </message>
    <message>
        <source>Added custom charge %1.</source>
        <translation>Frais personnalisés %1 ajoutés.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Support plans: a percent of a customer&apos;s usage price, at least a minimum.</source>
        <translation>Forfaits de support&#xa0;: un pourcentage du prix de la consommation d&apos;un client, au moins un minimum.</translation>
    </message>
    <message>
        <source>Custom charges: fixed monthly lines on a customer&apos;s statement.</source>
        <translation>Frais personnalisés&#xa0;: lignes mensuelles fixes sur le relevé d&apos;un client.</translation>
    </message>
    <message>
        <source>The support plan&apos;s name.</source>
        <translation>Le nom du forfait de support.</translation>
    </message>
    <message>
        <source>The line&apos;s text on the statement.</source>
        <translation>Le texte de la ligne sur le relevé.</translation>
    </message>
    <message>
        <source>The monthly amount.</source>
        <translation>Le montant mensuel.</translation>
    </message>
    <message>
        <source>Percent of the usage price, 0 to 100.</source>
        <translation>Pourcentage du prix de la consommation, de 0 à 100.</translation>
    </message>
    <message>
        <source>The least it charges in a month.</source>
        <translation>Le minimum facturé par mois.</translation>
    </message>
    <message>
        <source>ISO 4217 currency.</source>
        <translation>Devise ISO 4217.</translation>
    </message>
    <message>
        <source>First day it applies (default today).</source>
        <translation>Premier jour d&apos;application (par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>The entry to end.</source>
        <translation>L&apos;entrée à terminer.</translation>
    </message>
    <message>
        <source>--id is required: the number the list shows.</source>
        <translation>--id est obligatoire&#xa0;: le numéro qu&apos;affiche la liste.</translation>
    </message>
    <message>
        <source>%1 applies up to %2. %3</source>
        <translation>%1 s&apos;applique jusqu&apos;au %2. %3</translation>
    </message>
    <message>
        <source>Usage: bursar [--database PATH] pricing global|charges|support add|list|end [--help]</source>
        <translation>Utilisation&#xa0;: bursar [--database CHEMIN] pricing global|charges|support add|list|end [--help]</translation>
    </message>
    <message>
        <source>use: bursar pricing global|charges|support add|list|end, not “%1”.</source>
        <translation>utilisez&#xa0;: bursar pricing global|charges|support add|list|end, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Add an opportunity for a customer.</source>
        <translation>Ajouter une opportunité pour un client.</translation>
    </message>
    <message>
        <source>Name.</source>
        <translation>Nom.</translation>
    </message>
    <message>
        <source>Close date (YYYY-MM-DD).</source>
        <translation>Date de clôture (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Opportunity %1 added.</source>
        <translation>Opportunité %1 ajoutée.</translation>
    </message>
    <message>
        <source>Add a product to an opportunity; one with --credits can become a services credits purchase.</source>
        <translation>Ajouter un produit à une opportunité&#xa0;; un produit avec --credits peut devenir un achat de crédits de services.</translation>
    </message>
    <message>
        <source>Opportunity ID.</source>
        <translation>ID de l&apos;opportunité.</translation>
    </message>
    <message>
        <source>Product name.</source>
        <translation>Nom du produit.</translation>
    </message>
    <message>
        <source>Quantity.</source>
        <translation>Quantité.</translation>
    </message>
    <message>
        <source>Unit price.</source>
        <translation>Prix unitaire.</translation>
    </message>
    <message>
        <source>Services credits the product carries.</source>
        <translation>Crédits de services que porte le produit.</translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation>opportunité</translation>
    </message>
    <message>
        <source>Product %1 added.</source>
        <translation>Produit %1 ajouté.</translation>
    </message>
    <message>
        <source>Opportunities, newest first.</source>
        <translation>Opportunités, les plus récentes d&apos;abord.</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 product(s), %5 without a purchase yet</source>
        <translation>%1  %2  %3  %4 produit(s), %5 sans achat pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(s)</source>
        <translation>
            <numerusform>%n opportunité</numerusform>
            <numerusform>%n opportunités</numerusform>
        </translation>
    </message>
    <message>
        <source>An opportunity with its products.</source>
        <translation>Une opportunité avec ses produits.</translation>
    </message>
    <message>
        <source>Opportunity %1 — %2, customer %3
</source>
        <translation>Opportunité %1 — %2, client %3
</translation>
    </message>
    <message>
        <source>  %1  %2  %3 × %4  credits %5%6
</source>
        <translation>  %1  %2  %3 × %4  crédits %5%6
</translation>
    </message>
    <message>
        <source>  purchase %1</source>
        <translation>  achat %1</translation>
    </message>
    <message>
        <source>Create Services Credits Customer Purchase: one purchase per product with services credits and no purchase yet; value and amount paid per credit = the product&apos;s total / its credits, exact; start today, expiry one year later.</source>
        <translation>Créer les achats de crédits de services des clients&#xa0;: un achat par produit portant des crédits de services et sans achat encore&#xa0;; valeur et montant payé par crédit = total du produit / ses crédits, exacts&#xa0;; début aujourd&apos;hui, expiration un an plus tard.</translation>
    </message>
    <message>
        <source>Currency of the purchases (default USD).</source>
        <translation>Devise des achats (par défaut USD).</translation>
    </message>
    <message>
        <source>Start date (default today).</source>
        <translation>Date de début (par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Expiry date (default one year after the start).</source>
        <translation>Date d&apos;expiration (par défaut un an après le début).</translation>
    </message>
    <message>
        <source>Create them as drafts.</source>
        <translation>Les créer comme brouillons.</translation>
    </message>
    <message>
        <source>Purchase %1: %2 credits at %3 %4 (%5)
</source>
        <translation>Achat %1&#xa0;: %2 crédits à %3 %4 (%5)
</translation>
    </message>
    <message>
        <source>Skipped product %1 (%2): %3
</source>
        <translation>Produit %1 ignoré (%2)&#xa0;: %3
</translation>
    </message>
    <message>
        <source>it has purchase %1</source>
        <translation>il a l&apos;achat %1</translation>
    </message>
    <message>
        <source>it carries no services credits</source>
        <translation>il ne porte aucun crédit de services</translation>
    </message>
    <message>
        <source>Nothing to create.</source>
        <translation>Rien à créer.</translation>
    </message>
    <message>
        <source>Add a project for a customer.</source>
        <translation>Ajouter un projet pour un client.</translation>
    </message>
    <message>
        <source>Project %1 added.</source>
        <translation>Projet %1 ajouté.</translation>
    </message>
    <message>
        <source>Add a milestone to a project.</source>
        <translation>Ajouter un jalon à un projet.</translation>
    </message>
    <message>
        <source>Project ID.</source>
        <translation>ID du projet.</translation>
    </message>
    <message>
        <source>Credits required.</source>
        <translation>Crédits requis.</translation>
    </message>
    <message>
        <source>Due date (YYYY-MM-DD).</source>
        <translation>Date d&apos;échéance (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Currency of its credits (default: its first allocation&apos;s).</source>
        <translation>Devise de ses crédits (par défaut&#xa0;: celle de sa première affectation).</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>Milestone %1 added.</source>
        <translation>Jalon %1 ajouté.</translation>
    </message>
    <message>
        <source>Milestones with their credits.</source>
        <translation>Les jalons avec leurs crédits.</translation>
    </message>
    <message>
        <source>%1  project %2  %3  needs %4, allocated %5, redeemed %6 %7  %8</source>
        <translation>%1  projet %2  %3  requiert %4, affecté %5, consommé %6 %7  %8</translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation>achevé le %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n jalon</numerusform>
            <numerusform>%n jalons</numerusform>
        </translation>
    </message>
    <message>
        <source>Projects with their milestones.</source>
        <translation>Les projets avec leurs jalons.</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 milestone(s)</source>
        <translation>%1  %2  %3  %4 jalon(s)</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n projet</numerusform>
            <numerusform>%n projets</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct a completion: the redemptions are reversed (recorded, with the reason), the credits are allocated to the milestone again and it is open.</source>
        <translation>Corriger un achèvement&#xa0;: les consommations sont annulées (enregistrées, avec le motif), les crédits sont de nouveau affectés au jalon et il est ouvert.</translation>
    </message>
    <message>
        <source>Why the completion is corrected.</source>
        <translation>Pourquoi l&apos;achèvement est corrigé.</translation>
    </message>
    <message>
        <source>The day of the correction (default today).</source>
        <translation>Le jour de la correction (par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>jalon</translation>
    </message>
    <message>
        <source>Milestone %1 reopened.</source>
        <translation>Jalon %1 rouvert.</translation>
    </message>
    <message>
        <source>Complete a milestone: its allocated credits are redeemed (recorded and dated).</source>
        <translation>Achever un jalon&#xa0;: ses crédits affectés sont consommés (enregistrés et datés).</translation>
    </message>
    <message>
        <source>The day it was completed (default today).</source>
        <translation>Le jour de l&apos;achèvement (par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Completed; the credits are redeemed.</source>
        <translation>Achevé&#xa0;; les crédits sont consommés.</translation>
    </message>
    <message>
        <source>Settings &gt; Services Credits: show them, or change those given.</source>
        <translation>Paramètres &gt; Crédits de services&#xa0;: les afficher, ou modifier ceux qui sont donnés.</translation>
    </message>
    <message>
        <source>Days after the expiry date before credits expire.</source>
        <translation>Jours après la date d&apos;expiration avant que les crédits expirent.</translation>
    </message>
    <message>
        <source>--grace-days is a number of days, not “%1”.</source>
        <translation>--grace-days est un nombre de jours, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 %2: %3 %4 available; split %5 (nothing written)
</source>
        <translation>%1 %2&#xa0;: %3 %4 disponibles&#xa0;; répartition %5 (rien n&apos;est écrit)
</translation>
    </message>
    <message>
        <source>%1 of %2 documents applied (%3 applications); %4 had nothing to pay.</source>
        <translation>%1 sur %2 documents imputés (%3 imputations)&#xa0;; %4 n&apos;avaient rien à régler.</translation>
    </message>
    <message>
        <source>Apply an Open credit memo or payment to statements and debit memos of the same customer and currency. --to and --amount may be repeated in pairs; --auto splits everything available by --policy; --preview shows the split and writes nothing.</source>
        <translation>Imputer un avoir ou un paiement ouvert sur des relevés et des notes de débit du même client et de la même devise. --to et --amount peuvent être répétés par paires&#xa0;; --auto répartit tout le disponible selon --policy&#xa0;; --preview montre la répartition et n&apos;écrit rien.</translation>
    </message>
    <message>
        <source>The credit memo or payment (ID or number); with --auto it may be repeated to apply many in one transaction.</source>
        <translation>L&apos;avoir ou le paiement (ID ou numéro)&#xa0;; avec --auto, il peut être répété pour en imputer plusieurs dans une seule transaction.</translation>
    </message>
    <message>
        <source>A statement or debit memo (number, or statement:ID).</source>
        <translation>Un relevé ou une note de débit (numéro, ou statement:ID).</translation>
    </message>
    <message>
        <source>The amount for the --to before it.</source>
        <translation>Le montant pour le --to qui le précède.</translation>
    </message>
    <message>
        <source>Split everything available over what the customer owes.</source>
        <translation>Répartir tout le disponible sur ce que doit le client.</translation>
    </message>
    <message>
        <source>oldest-due (default), oldest-document or pro-rata.</source>
        <translation>oldest-due (par défaut), oldest-document ou pro-rata.</translation>
    </message>
    <message>
        <source>The application&apos;s date (default today).</source>
        <translation>La date de l&apos;imputation (par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Show the split before and after; write nothing.</source>
        <translation>Montrer la répartition avant et après&#xa0;; ne rien écrire.</translation>
    </message>
    <message>
        <source>--from is required: the credit memo or payment to apply.</source>
        <translation>--from est obligatoire&#xa0;: l&apos;avoir ou le paiement à imputer.</translation>
    </message>
    <message>
        <source>give --to DOC --amount A in pairs, or --auto.</source>
        <translation>donnez --to DOC --amount A par paires, ou --auto.</translation>
    </message>
    <message>
        <source>--policy must be oldest-due, oldest-document or pro-rata.</source>
        <translation>--policy doit valoir oldest-due, oldest-document ou pro-rata.</translation>
    </message>
    <message>
        <source>--amount “%1” is not a number; write it as 60.00.</source>
        <translation>--amount «&#xa0;%1&#xa0;» n&apos;est pas un nombre&#xa0;; écrivez-le 60.00.</translation>
    </message>
    <message>
        <source>Applied #%1: %2 → %3 %4
</source>
        <translation>Imputation #%1&#xa0;: %2 → %3 %4
</translation>
    </message>
    <message>
        <source>Nothing applied.</source>
        <translation>Rien n&apos;a été imputé.</translation>
    </message>
    <message>
        <source>Reverse one application; every other application stays. The reversal is recorded, never deleted.</source>
        <translation>Annuler une imputation&#xa0;; toutes les autres restent. L&apos;annulation est enregistrée, jamais supprimée.</translation>
    </message>
    <message>
        <source>The reversal&apos;s date (default today).</source>
        <translation>La date de l&apos;annulation (par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>application</source>
        <translation>imputation</translation>
    </message>
    <message>
        <source>Application %1 reversed by entry %2.</source>
        <translation>Imputation %1 annulée par l&apos;écriture %2.</translation>
    </message>
    <message>
        <source>A customer&apos;s balance per currency: open statements + open debit memos − unapplied credit memos − unapplied payments.</source>
        <translation>Le solde d&apos;un client par devise&#xa0;: relevés ouverts + notes de débit ouvertes − avoirs non imputés − paiements non imputés.</translation>
    </message>
    <message>
        <source>The day (default today).</source>
        <translation>Le jour (par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Nothing owed and nothing unapplied.</source>
        <translation>Rien de dû et rien de non imputé.</translation>
    </message>
    <message>
        <source>What customers owe as of a date, by days past due; unapplied credit memos and payments as their own negative column. Only documents and applications dated on or before the date count, so a past date prints the same later.</source>
        <translation>Ce que doivent les clients à une date, par jours de retard&#xa0;; les avoirs et paiements non imputés dans une colonne négative à part. Seuls comptent les documents et imputations datés de ce jour ou avant, si bien qu&apos;une date passée s&apos;imprime de la même façon plus tard.</translation>
    </message>
    <message>
        <source>The day the aging is as of.</source>
        <translation>Le jour de la balance âgée.</translation>
    </message>
    <message>
        <source>Only the customers of this tenant and the tenants below it.</source>
        <translation>Seulement les clients de ce locataire et des locataires en dessous.</translation>
    </message>
    <message>
        <source>--as-of is required, for example --as-of 2026-12-01.</source>
        <translation>--as-of est obligatoire, par exemple --as-of 2026-12-01.</translation>
    </message>
    <message>
        <source>--tenant takes a tenant&apos;s ID (see bursar tenants list).</source>
        <translation>--tenant attend l&apos;ID d&apos;un locataire (voir bursar tenants list).</translation>
    </message>
    <message>
        <source>Aging as of %1
</source>
        <translation>Balance âgée au %1
</translation>
    </message>
    <message>
        <source>Customer  Cur        Current        1-30       31-60       61-90     Over 90   Unapplied       Total
</source>
        <translation>Client    Dev       À échoir        1-30       31-60       61-90     + de 90  Non imputé       Total
</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Proof %1: Σ buckets %2 = Σ balances %3 %4
</source>
        <translation>Preuve %1&#xa0;: Σ tranches %2 = Σ soldes %3 %4
</translation>
    </message>
    <message>
        <source>— NOT EQUAL</source>
        <translation>— DIFFÉRENT</translation>
    </message>
    <message>
        <source>Each number of a series with its document, status and reversing document, and whether the series has a hole (named when it has).</source>
        <translation>Chaque numéro d&apos;une série avec son document, son statut et son document d&apos;extourne, et si la série a un trou (nommé s&apos;il y en a un).</translation>
    </message>
    <message>
        <source>One series; all four by default.</source>
        <translation>Une série&#xa0;; les quatre par défaut.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 numbers; %4
</source>
        <translation>%1 (%2)&#xa0;: %3 numéros&#xa0;; %4
</translation>
    </message>
    <message>
        <source>no hole</source>
        <translation>aucun trou</translation>
    </message>
    <message>
        <source>holes: %1; held twice: %2</source>
        <translation>trous&#xa0;: %1&#xa0;; en double&#xa0;: %2</translation>
    </message>
    <message>
        <source>  cancelled by %1</source>
        <translation>  annulé par %1</translation>
    </message>
    <message>
        <source>The &lt;Vendor&gt; Billing Customers Report: per customer the vendor cost, the customer price and the margin, by product type. Vendor credits and tax are not in it. Amounts are exact.</source>
        <translation>Le rapport de facturation clients &lt;Fournisseur&gt;&#xa0;: par client, le coût du fournisseur, le prix client et la marge, par type de produit. Les crédits fournisseurs et la taxe n&apos;y figurent pas. Les montants sont exacts.</translation>
    </message>
    <message>
        <source>The billing period (the first one with --to).</source>
        <translation>La période de facturation (la première avec --to).</translation>
    </message>
    <message>
        <source>JSON: include each customer&apos;s lines by product.</source>
        <translation>JSON&#xa0;: inclure les lignes de chaque client par produit.</translation>
    </message>
    <message>
        <source>--period (and --to) must be a billing period written YYYY-MM, for example --period 2026-09.</source>
        <translation>--period (et --to) doivent être des périodes de facturation écrites AAAA-MM, par exemple --period 2026-09.</translation>
    </message>
    <message>
        <source>%1 Billing Customers Report</source>
        <translation>Rapport de facturation clients %1</translation>
    </message>
    <message>
        <source>%1 Billing Customers Report, %2 to %3</source>
        <translation>Rapport de facturation clients %1, de %2 à %3</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Cur</source>
        <translation>Dev</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message numerus="yes">
        <source>%n customer row(s)</source>
        <translation>
            <numerusform>%n ligne client</numerusform>
            <numerusform>%n lignes clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) with usage are not mapped to a customer (bursar usage unmapped).</source>
        <translation>
            <numerusform>%n compte avec consommation n&apos;est associé à aucun client (bursar usage unmapped).</numerusform>
            <numerusform>%n comptes avec consommation ne sont associés à aucun client (bursar usage unmapped).</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: bursar [--database PATH] report billing|balance|aging|numbering|credits|services-credits ... [--help]</source>
        <translation>Utilisation&#xa0;: bursar [--database CHEMIN] report billing|balance|aging|numbering|credits|services-credits ... [--help]</translation>
    </message>
    <message>
        <source>unknown report “%1”; use: bursar report billing, balance, aging, numbering, credits or services-credits</source>
        <translation>rapport inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez&#xa0;: bursar report billing, balance, aging, numbering, credits ou services-credits</translation>
    </message>
    <message>
        <source>Run the Billing API: read-only JSON, PDF and CSV under /v1 for API keys (bursar api-keys).</source>
        <translation>Lancer l&apos;API de facturation&#xa0;: JSON, PDF et CSV en lecture seule sous /v1 pour les clés d&apos;API (bursar api-keys).</translation>
    </message>
    <message>
        <source>Address and port (default 127.0.0.1:8080; any other address needs TLS).</source>
        <translation>Adresse et port (par défaut 127.0.0.1:8080&#xa0;; toute autre adresse exige TLS).</translation>
    </message>
    <message>
        <source>TLS certificate (PEM).</source>
        <translation>Certificat TLS (PEM).</translation>
    </message>
    <message>
        <source>TLS private key (PEM).</source>
        <translation>Clé privée TLS (PEM).</translation>
    </message>
    <message>
        <source>A Host header value to answer (repeat it); default: any.</source>
        <translation>Une valeur d&apos;en-tête Host à laquelle répondre (répétez l&apos;option)&#xa0;; par défaut&#xa0;: toutes.</translation>
    </message>
    <message>
        <source>Requests a second for each key (default 100; twice that at once).</source>
        <translation>Requêtes par seconde pour chaque clé (par défaut 100&#xa0;; le double d&apos;un coup).</translation>
    </message>
    <message>
        <source>--rate: give requests a second, 1 or more.</source>
        <translation>--rate&#xa0;: donnez un nombre de requêtes par seconde, 1 ou plus.</translation>
    </message>
    <message>
        <source>Cannot watch for signals.</source>
        <translation>Impossible de surveiller les signaux.</translation>
    </message>
    <message>
        <source>Billing API listening on %1 (stop with Ctrl+C).</source>
        <translation>API de facturation à l&apos;écoute sur %1 (arrêt avec Ctrl+C).</translation>
    </message>
    <message>
        <source>Billing API stopped.</source>
        <translation>API de facturation arrêtée.</translation>
    </message>
    <message>
        <source>Number of services credits (a positive whole number).</source>
        <translation>Nombre de crédits de services (un nombre entier positif).</translation>
    </message>
    <message>
        <source>Value per credit.</source>
        <translation>Valeur par crédit.</translation>
    </message>
    <message>
        <source>Amount paid per credit (default: the value; ignored while the setting keeps them equal).</source>
        <translation>Montant payé par crédit (par défaut&#xa0;: la valeur&#xa0;; ignoré tant que le réglage les garde égaux).</translation>
    </message>
    <message>
        <source>Currency (ISO 4217).</source>
        <translation>Devise (ISO 4217).</translation>
    </message>
    <message>
        <source>First day the credits can be used (YYYY-MM-DD).</source>
        <translation>Premier jour où les crédits peuvent servir (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Last day the credits can be used (YYYY-MM-DD).</source>
        <translation>Dernier jour où les crédits peuvent servir (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Record it as a draft (editable; its credits cannot move).</source>
        <translation>L&apos;enregistrer comme brouillon (modifiable&#xa0;; ses crédits ne peuvent pas bouger).</translation>
    </message>
    <message>
        <source>Description.</source>
        <translation>Description.</translation>
    </message>
    <message>
        <source>Record a services credits customer purchase: a number of credits bought on one day at one value and amount paid, in one currency.</source>
        <translation>Enregistrer un achat de crédits de services d&apos;un client&#xa0;: un nombre de crédits achetés un même jour à une valeur et un montant payé, dans une devise.</translation>
    </message>
    <message>
        <source>Purchase %1 recorded.</source>
        <translation>Achat %1 enregistré.</translation>
    </message>
    <message>
        <source>Change a draft purchase&apos;s fields (a purchase that is not a draft: add --draft, allowed while none of its credits moved).</source>
        <translation>Modifier les champs d&apos;un achat brouillon (un achat qui n&apos;est pas brouillon&#xa0;: ajoutez --draft, permis tant qu&apos;aucun de ses crédits n&apos;a bougé).</translation>
    </message>
    <message>
        <source>Remove the draft flag in the same change.</source>
        <translation>Retirer la marque de brouillon dans la même modification.</translation>
    </message>
    <message>
        <source>purchase</source>
        <translation>achat</translation>
    </message>
    <message>
        <source>Purchase %1 saved.</source>
        <translation>Achat %1 enregistré.</translation>
    </message>
    <message>
        <source>Mark a purchase draft (only while none of its credits moved).</source>
        <translation>Marquer un achat comme brouillon (seulement tant qu&apos;aucun de ses crédits n&apos;a bougé).</translation>
    </message>
    <message>
        <source>Remove a purchase&apos;s draft flag: its credits are available from its start date.</source>
        <translation>Retirer la marque de brouillon d&apos;un achat&#xa0;: ses crédits sont disponibles à partir de sa date de début.</translation>
    </message>
    <message>
        <source>Marked draft.</source>
        <translation>Marqué comme brouillon.</translation>
    </message>
    <message>
        <source>Draft flag removed.</source>
        <translation>Marque de brouillon retirée.</translation>
    </message>
    <message>
        <source>Purchases, newest first, with their credits purchased, allocated, redeemed, expired and available.</source>
        <translation>Achats, les plus récents d&apos;abord, avec leurs crédits achetés, affectés, consommés, expirés et disponibles.</translation>
    </message>
    <message>
        <source>ID      Customer  Currency  Start       Expires     Purchased  Allocated  Redeemed  Expired  Available  Value per credit</source>
        <translation>ID      Client    Devise    Début       Expire      Achetés    Affectés   Consommés Expirés  Disponibles Valeur par crédit</translation>
    </message>
    <message>
        <source>  draft</source>
        <translation>  brouillon</translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s)</source>
        <translation>
            <numerusform>%n achat</numerusform>
            <numerusform>%n achats</numerusform>
        </translation>
    </message>
    <message>
        <source>One purchase: its fields, its credits by where they are, and its history with running balances.</source>
        <translation>Un achat&#xa0;: ses champs, ses crédits selon où ils sont, et son historique avec les soldes successifs.</translation>
    </message>
    <message>
        <source>Purchase %1%2 — customer %3 %4
</source>
        <translation>Achat %1%2 — client %3 %4
</translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation> (brouillon)</translation>
    </message>
    <message>
        <source>%1 credits at %2 %3 (paid %4), usable %5 to %6
</source>
        <translation>%1 crédits à %2 %3 (payé %4), utilisables du %5 au %6
</translation>
    </message>
    <message>
        <source>Allocated %1, redeemed %2, expired %3, available %4
</source>
        <translation>Affectés %1, consommés %2, expirés %3, disponibles %4
</translation>
    </message>
    <message>
        <source>Allocate credits to a milestone: from one purchase, or automatically (non-draft, started, unexpired purchases of the milestone&apos;s currency, earliest expiry first, then oldest). --all-open allocates every open milestone automatically.</source>
        <translation>Affecter des crédits à un jalon&#xa0;: depuis un achat, ou automatiquement (achats non brouillons, commencés et non expirés dans la devise du jalon, l&apos;expiration la plus proche d&apos;abord, puis le plus ancien). --all-open affecte automatiquement chaque jalon ouvert.</translation>
    </message>
    <message>
        <source>Milestone ID.</source>
        <translation>ID du jalon.</translation>
    </message>
    <message>
        <source>Purchase ID.</source>
        <translation>ID de l&apos;achat.</translation>
    </message>
    <message>
        <source>Credits to allocate.</source>
        <translation>Crédits à affecter.</translation>
    </message>
    <message>
        <source>Choose the purchases automatically.</source>
        <translation>Choisir les achats automatiquement.</translation>
    </message>
    <message>
        <source>Every open milestone, automatically.</source>
        <translation>Chaque jalon ouvert, automatiquement.</translation>
    </message>
    <message>
        <source>With --all-open: one customer&apos;s milestones.</source>
        <translation>Avec --all-open&#xa0;: les jalons d&apos;un seul client.</translation>
    </message>
    <message>
        <source>The day of the allocation (default today).</source>
        <translation>Le jour de l&apos;affectation (par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>--milestone is required (or --all-open).</source>
        <translation>--milestone est obligatoire (ou --all-open).</translation>
    </message>
    <message>
        <source>give --purchase ID --credits N, or --auto.</source>
        <translation>donnez --purchase ID --credits N, ou --auto.</translation>
    </message>
    <message>
        <source>Lower or remove a milestone&apos;s allocation; the credits return to their purchase (and expire at once if the purchase has expired).</source>
        <translation>Réduire ou retirer l&apos;affectation d&apos;un jalon&#xa0;; les crédits reviennent à leur achat (et expirent aussitôt si l&apos;achat a expiré).</translation>
    </message>
    <message>
        <source>Only this purchase&apos;s credits (default: all).</source>
        <translation>Seulement les crédits de cet achat (par défaut&#xa0;: tous).</translation>
    </message>
    <message>
        <source>Credits to return (default: all).</source>
        <translation>Crédits à rendre (par défaut&#xa0;: tous).</translation>
    </message>
    <message>
        <source>The day of the return (default today).</source>
        <translation>Le jour du retour (par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Credits returned.</source>
        <translation>Crédits rendus.</translation>
    </message>
    <message>
        <source>The expiry run: what is left of every purchase past its expiry date (and the grace period) expires, including credits allocated to milestones not completed; each expiry is a ledger entry, nothing is deleted.</source>
        <translation>L&apos;expiration&#xa0;: ce qui reste de chaque achat dont la date d&apos;expiration (et le délai de grâce) est passée expire, y compris les crédits affectés à des jalons non achevés&#xa0;; chaque expiration est une écriture du registre, rien n&apos;est supprimé.</translation>
    </message>
    <message>
        <source>Run as of this day (default today).</source>
        <translation>Exécuter à cette date (par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>%1 credits of %2 purchase(s) expired (%3 allocation(s) to milestones not completed returned and expired).</source>
        <translation>%1 crédits de %2 achat(s) expirés (%3 affectation(s) à des jalons non achevés rendue(s) et expirée(s)).</translation>
    </message>
    <message>
        <source>--%1 must be a %2 ID, for example --%1 12.</source>
        <translation>--%1 doit être un ID de %2, par exemple --%1 12.</translation>
    </message>
    <message>
        <source>%1 credits allocated.</source>
        <translation>%1 crédits affectés.</translation>
    </message>
    <message>
        <source>Customer  Name                            Currency  Purchased  Allocated  Redeemed  Expired  Available  Available value</source>
        <translation>Client    Nom                             Devise    Achetés    Affectés   Consommés Expirés  Disponibles Valeur disponible</translation>
    </message>
    <message>
        <source>Purchase  Customer  Currency  Expires     Days  Credits  Value</source>
        <translation>Achat     Client    Devise    Expire      Jours Crédits  Valeur</translation>
    </message>
    <message>
        <source>%1: %2 credits within 30 days, %3 within 31–60, %4 within 61–90, %5 later</source>
        <translation>%1&#xa0;: %2 crédits dans les 30 jours, %3 de 31 à 60, %4 de 61 à 90, %5 plus tard</translation>
    </message>
    <message>
        <source>Services credits liability %1 to %2 (credits; value)
</source>
        <translation>Engagement en crédits de services du %1 au %2 (crédits&#xa0;; valeur)
</translation>
    </message>
    <message>
        <source>%1  %2  opening %3 + purchased %4 − redeemed %5 − expired %6 = closing %7 (%8)%9
</source>
        <translation>%1  %2  ouverture %3 + achetés %4 − consommés %5 − expirés %6 = clôture %7 (%8)%9
</translation>
    </message>
    <message>
        <source>Total  </source>
        <translation>Total  </translation>
    </message>
    <message>
        <source>  PROOF FAILS</source>
        <translation>  LA PREUVE ÉCHOUE</translation>
    </message>
    <message>
        <source>Services credits: balance per customer and currency (credits and value), credits expiring within DAYS, or the liability roll-forward for a period with its proof line (opening + purchased − redeemed − expired = closing).</source>
        <translation>Crédits de services&#xa0;: solde par client et par devise (crédits et valeur), crédits expirant dans DAYS jours, ou l&apos;évolution de l&apos;engagement sur une période avec sa ligne de preuve (ouverture + achetés − consommés − expirés = clôture).</translation>
    </message>
    <message>
        <source>Balances as of this day (default today).</source>
        <translation>Soldes à cette date (par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Purchases expiring within DAYS days.</source>
        <translation>Achats expirant dans DAYS jours.</translation>
    </message>
    <message>
        <source>The liability roll-forward for --from to --to.</source>
        <translation>L&apos;évolution de l&apos;engagement de --from à --to.</translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation>Premier jour de la période.</translation>
    </message>
    <message>
        <source>Last day of the period.</source>
        <translation>Dernier jour de la période.</translation>
    </message>
    <message>
        <source>--expiring-within is a number of days, for example 90.</source>
        <translation>--expiring-within est un nombre de jours, par exemple 90.</translation>
    </message>
    <message>
        <source>--roll-forward needs --from YYYY-MM-DD and --to YYYY-MM-DD.</source>
        <translation>--roll-forward attend --from AAAA-MM-JJ et --to AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Set a tax rate for a region (and state or province) from a date on.</source>
        <translation>Définir un taux de taxe pour une région (et un État ou une province) à partir d&apos;une date.</translation>
    </message>
    <message>
        <source>The customers&apos; region, for example US.</source>
        <translation>La région des clients, par exemple US.</translation>
    </message>
    <message>
        <source>The state or province; without it, the region&apos;s own rate.</source>
        <translation>L&apos;État ou la province&#xa0;; sans, le taux propre à la région.</translation>
    </message>
    <message>
        <source>Percent, for example 10.25.</source>
        <translation>Pourcentage, par exemple 10.25.</translation>
    </message>
    <message>
        <source>The first day it applies (default today).</source>
        <translation>Le premier jour d&apos;application (par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>The name printed on statements, for example GST.</source>
        <translation>Le nom imprimé sur les relevés, par exemple TVA.</translation>
    </message>
    <message>
        <source>--rate is required, for example --rate 10.25.</source>
        <translation>--rate est obligatoire, par exemple --rate 10.25.</translation>
    </message>
    <message>
        <source>Tax rate saved (%1).</source>
        <translation>Taux de taxe enregistré (%1).</translation>
    </message>
    <message>
        <source>The tax table.</source>
        <translation>La table des taxes.</translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s)</source>
        <translation>
            <numerusform>%n taux</numerusform>
            <numerusform>%n taux</numerusform>
        </translation>
    </message>
    <message>
        <source>The tax categories of memo lines and which rates each pays.</source>
        <translation>Les catégories de taxe des lignes de documents et les taux que chacune paie.</translation>
    </message>
    <message>
        <source>region rate</source>
        <translation>taux régional</translation>
    </message>
    <message>
        <source>no region rate</source>
        <translation>sans taux régional</translation>
    </message>
    <message>
        <source>state rate</source>
        <translation>taux de l&apos;État</translation>
    </message>
    <message>
        <source>no state rate</source>
        <translation>sans taux de l&apos;État</translation>
    </message>
    <message numerus="yes">
        <source>%n tax category(ies)</source>
        <translation>
            <numerusform>%n catégorie de taxe</numerusform>
            <numerusform>%n catégories de taxe</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a tax category of memo lines, or change the rates it pays: the region&apos;s and the state&apos;s, unless turned off.</source>
        <translation>Ajouter une catégorie de taxe pour les lignes de documents, ou changer les taux qu&apos;elle paie&#xa0;: ceux de la région et de l&apos;État, sauf s&apos;ils sont désactivés.</translation>
    </message>
    <message>
        <source>Lines of this category do not pay the region&apos;s rate.</source>
        <translation>Les lignes de cette catégorie ne paient pas le taux de la région.</translation>
    </message>
    <message>
        <source>Lines of this category do not pay the state&apos;s rate.</source>
        <translation>Les lignes de cette catégorie ne paient pas le taux de l&apos;État.</translation>
    </message>
    <message>
        <source>give one tax category name, for example: bursar tax category set Reduced.</source>
        <translation>donnez un nom de catégorie de taxe, par exemple&#xa0;: bursar tax category set Réduit.</translation>
    </message>
    <message>
        <source>Tax category saved: %1.</source>
        <translation>Catégorie de taxe enregistrée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Remove a tax category that no Hold memo uses (released memos keep their tax).</source>
        <translation>Retirer une catégorie de taxe qu&apos;aucun document en attente n&apos;utilise (les documents émis gardent leur taxe).</translation>
    </message>
    <message>
        <source>give one tax category name.</source>
        <translation>donnez un nom de catégorie de taxe.</translation>
    </message>
    <message>
        <source>Tax category removed: %1.</source>
        <translation>Catégorie de taxe retirée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Set an exchange rate: 1 FROM = RATE TO, from a date on.</source>
        <translation>Définir un taux de change&#xa0;: 1 FROM = RATE TO, à partir d&apos;une date.</translation>
    </message>
    <message>
        <source>The currency converted.</source>
        <translation>La devise convertie.</translation>
    </message>
    <message>
        <source>The currency it becomes.</source>
        <translation>La devise obtenue.</translation>
    </message>
    <message>
        <source>Units of TO per unit of FROM.</source>
        <translation>Unités de TO par unité de FROM.</translation>
    </message>
    <message>
        <source>The rate&apos;s date (default today).</source>
        <translation>La date du taux (par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Exchange rate saved.</source>
        <translation>Taux de change enregistré.</translation>
    </message>
    <message>
        <source>The exchange-rate table.</source>
        <translation>La table des taux de change.</translation>
    </message>
    <message>
        <source>List the tenant tree.</source>
        <translation>Lister l&apos;arbre des locataires.</translation>
    </message>
    <message>
        <source>Add a distributor (no --parent) or a partner below --parent.</source>
        <translation>Ajouter un distributeur (sans --parent) ou un partenaire sous --parent.</translation>
    </message>
    <message>
        <source>The tenant&apos;s name.</source>
        <translation>Le nom du locataire.</translation>
    </message>
    <message>
        <source>The tenant it belongs to; without it, a new distributor.</source>
        <translation>Le locataire auquel il appartient&#xa0;; sans, un nouveau distributeur.</translation>
    </message>
    <message>
        <source>--name is required: bursar tenants add --name &quot;Partner Ltd&quot; --parent 1</source>
        <translation>--name est obligatoire&#xa0;: bursar tenants add --name &quot;Partenaire SARL&quot; --parent 1</translation>
    </message>
    <message>
        <source>--parent must be a tenant ID, not “%1”.</source>
        <translation>--parent doit être un ID de locataire, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Added tenant %1.</source>
        <translation>Locataire %1 ajouté.</translation>
    </message>
    <message>
        <source>Usage: bursar [--database PATH] tenants list|add [--help]</source>
        <translation>Utilisation&#xa0;: bursar [--database CHEMIN] tenants list|add [--help]</translation>
    </message>
    <message>
        <source>unknown tenants command “%1”; use list or add.</source>
        <translation>commande tenants inconnue «&#xa0;%1&#xa0;»&#xa0;; utilisez list ou add.</translation>
    </message>
    <message>
        <source>Import a vendor usage file (FOCUS, AWS CUR, Azure cost details, Partner Center). The whole file imports or nothing does; the same file twice changes nothing, and a file with the same usage as an earlier import is refused.</source>
        <translation>Importer un fichier de consommation d&apos;un fournisseur (FOCUS, AWS CUR, détails des coûts Azure, Partner Center). Tout le fichier est importé ou rien ne l&apos;est&#xa0;; le même fichier deux fois ne change rien, et un fichier avec la même consommation qu&apos;une importation antérieure est refusé.</translation>
    </message>
    <message>
        <source>Vendor key (bursar vendors list), for FOCUS files that do not name their provider.</source>
        <translation>Clé du fournisseur (bursar vendors list), pour les fichiers FOCUS qui ne nomment pas leur fournisseur.</translation>
    </message>
    <message>
        <source>The file&apos;s format when its header does not tell: focus, aws-cur, azure, partner-center.</source>
        <translation>Le format du fichier quand son en-tête ne le dit pas&#xa0;: focus, aws-cur, azure, partner-center.</translation>
    </message>
    <message>
        <source>An earlier import of an unbilled period that this file replaces (a re-issued month): it stays in the history as replaced and no longer counts.</source>
        <translation>Une importation antérieure d&apos;une période non facturée que ce fichier remplace (un mois réémis)&#xa0;: elle reste dans l&apos;historique, marquée remplacée, et ne compte plus.</translation>
    </message>
    <message>
        <source>A FOCUS provider (ProviderName) whose rows are left out, on record; repeat for several.</source>
        <translation>Un fournisseur FOCUS (ProviderName) dont les lignes sont laissées de côté, avec trace&#xa0;; répétez pour plusieurs.</translation>
    </message>
    <message>
        <source>import usage needs one file, for example: bursar import usage september-focus.csv</source>
        <translation>import usage attend un fichier, par exemple&#xa0;: bursar import usage septembre-focus.csv</translation>
    </message>
    <message>
        <source>--replaces takes the ID of an import (bursar usage history lists them), not “%1”.</source>
        <translation>--replaces attend l&apos;ID d&apos;une importation (bursar usage history les liste), pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--as must be focus, aws-cur, azure or partner-center, not “%1”.</source>
        <translation>--as doit valoir focus, aws-cur, azure ou partner-center, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 was already imported as %2 on %3 by %4 (import %5); nothing changed.</source>
        <translation>%1 a déjà été importé sous %2 le %3 par %4 (importation %5)&#xa0;; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Imported %1 (%2, %3): %4 rows, %5 usage lines, %6 Free Tier rows ignored; periods %7; cost %8.</source>
        <translation>%1 importé (%2, %3)&#xa0;: %4 lignes, %5 lignes de consommation, %6 lignes Free Tier ignorées&#xa0;; périodes %7&#xa0;; coût %8.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) are not mapped to a customer yet: %1. Map them with bursar customers map-account; their usage then counts without a second import.</source>
        <translation>
            <numerusform>%n compte n&apos;est pas encore associé à un client&#xa0;: %1. Associez-le avec bursar customers map-account&#xa0;; sa consommation compte alors sans seconde importation.</numerusform>
            <numerusform>%n comptes ne sont pas encore associés à un client&#xa0;: %1. Associez-les avec bursar customers map-account&#xa0;; leur consommation compte alors sans seconde importation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out as asked: the rows of “%1” (%2).</source>
        <translation>Laissées de côté comme demandé&#xa0;: les lignes de «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message>
        <source>Import %1 is replaced by this one: it stays in the history and no longer counts.</source>
        <translation>L&apos;importation %1 est remplacée par celle-ci&#xa0;: elle reste dans l&apos;historique et ne compte plus.</translation>
    </message>
    <message>
        <source>List imported usage files, newest first.</source>
        <translation>Lister les fichiers de consommation importés, les plus récents d&apos;abord.</translation>
    </message>
    <message>
        <source>replaced by import %1 on %2 by %3</source>
        <translation>remplacée par l&apos;importation %1 le %2 par %3</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s)</source>
        <translation>
            <numerusform>%n importation</numerusform>
            <numerusform>%n importations</numerusform>
        </translation>
    </message>
    <message>
        <source>List vendor accounts with imported usage that no customer is mapped to.</source>
        <translation>Lister les comptes fournisseurs ayant une consommation importée qu&apos;aucun client ne possède.</translation>
    </message>
    <message numerus="yes">
        <source>%n unmapped account(s)</source>
        <translation>
            <numerusform>%n compte non associé</numerusform>
            <numerusform>%n comptes non associés</numerusform>
        </translation>
    </message>
    <message>
        <source>List the credits the vendor gave in its usage files, per customer and account, so they can be issued as customer credits. They are never passed on by themselves.</source>
        <translation>Lister les crédits que le fournisseur a accordés dans ses fichiers de consommation, par client et par compte, pour qu&apos;ils puissent être émis comme crédits clients. Ils ne sont jamais transmis d&apos;eux-mêmes.</translation>
    </message>
    <message>
        <source>Only this customer&apos;s vendor credits.</source>
        <translation>Seulement les crédits fournisseurs de ce client.</translation>
    </message>
    <message>
        <source>Issue every listed vendor credit not issued yet as a customer credit of its amount, rounded to the currency&apos;s units: all in one transaction, or none when one cannot be (an account without a customer, an amount that is not a credit). One that rounds to nothing is passed over.</source>
        <translation>Émettre chaque crédit fournisseur listé et pas encore émis comme crédit client de son montant, arrondi aux unités de la devise&#xa0;: tous dans une transaction, ou aucun si l&apos;un ne peut pas l&apos;être (un compte sans client, un montant qui n&apos;est pas un crédit). Celui qui s&apos;arrondit à zéro est ignoré.</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(aucun client)</translation>
    </message>
    <message>
        <source>  issued as credit %1</source>
        <translation>  émis comme crédit %1</translation>
    </message>
    <message numerus="yes">
        <source>%n vendor credit(s)</source>
        <translation>
            <numerusform>%n crédit fournisseur</numerusform>
            <numerusform>%n crédits fournisseurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issued %n customer credit(s).</source>
        <translation>
            <numerusform>%n crédit client émis.</numerusform>
            <numerusform>%n crédits clients émis.</numerusform>
        </translation>
    </message>
    <message>
        <source>List, add or remove a vendor&apos;s own legal entities. A usage row whose publisher is not one of them is a marketplace charge.</source>
        <translation>Lister, ajouter ou retirer les entités juridiques propres d&apos;un fournisseur. Une ligne de consommation dont l&apos;éditeur n&apos;en fait pas partie est un frais de place de marché.</translation>
    </message>
    <message>
        <source>Add this legal name.</source>
        <translation>Ajouter cette raison sociale.</translation>
    </message>
    <message>
        <source>Remove this legal name.</source>
        <translation>Retirer cette raison sociale.</translation>
    </message>
    <message>
        <source>Usage: bursar [--database PATH] import usage FILE [--vendor V] [--as FORMAT] [--format json]</source>
        <translation>Utilisation&#xa0;: bursar [--database CHEMIN] import usage FILE [--vendor V] [--as FORMAT] [--format json]</translation>
    </message>
    <message>
        <source>unknown import command “%1”; use: bursar import usage FILE</source>
        <translation>commande import inconnue «&#xa0;%1&#xa0;»&#xa0;; utilisez&#xa0;: bursar import usage FILE</translation>
    </message>
    <message>
        <source>tenant %1, reads only</source>
        <translation>locataire %1, lecture seule</translation>
    </message>
    <message>
        <source>customer %1, reads only</source>
        <translation>client %1, lecture seule</translation>
    </message>
    <message>
        <source>no privileges</source>
        <translation>aucun privilège</translation>
    </message>
    <message>
        <source>List Bursar users, their privileges and what they see.</source>
        <translation>Lister les utilisateurs Bursar, leurs privilèges et ce qu&apos;ils voient.</translation>
    </message>
    <message>
        <source>Change what a user sees.</source>
        <translation>Changer ce que voit un utilisateur.</translation>
    </message>
    <message>
        <source>The user&apos;s name.</source>
        <translation>Le nom de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The user sees the whole installation again.</source>
        <translation>L&apos;utilisateur voit de nouveau toute l&apos;installation.</translation>
    </message>
    <message>
        <source>--name is required: the Bursar user&apos;s name.</source>
        <translation>--name est obligatoire&#xa0;: le nom de l&apos;utilisateur Bursar.</translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation>%1 modifié.</translation>
    </message>
    <message>
        <source>Add a Bursar user.</source>
        <translation>Ajouter un utilisateur Bursar.</translation>
    </message>
    <message>
        <source>Grant privileges.</source>
        <translation>Accorder des privilèges.</translation>
    </message>
    <message>
        <source>Revoke privileges.</source>
        <translation>Retirer des privilèges.</translation>
    </message>
    <message>
        <source>The PostgreSQL login that acts as this user (shared databases).</source>
        <translation>L&apos;identifiant PostgreSQL qui agit en tant que cet utilisateur (bases partagées).</translation>
    </message>
    <message>
        <source>Comma-separated privileges, for example ARDOCS_CREATE,MANAGE_CUSTOMERS.</source>
        <translation>Privilèges séparés par des virgules, par exemple ARDOCS_CREATE,MANAGE_CUSTOMERS.</translation>
    </message>
    <message>
        <source>Every privilege.</source>
        <translation>Tous les privilèges.</translation>
    </message>
    <message>
        <source>A user of a tenant or a customer reads only: leave out --privileges and --all.</source>
        <translation>Un utilisateur d&apos;un locataire ou d&apos;un client ne fait que lire&#xa0;: omettez --privileges et --all.</translation>
    </message>
    <message>
        <source>Give either --privileges P1,P2,... or --all, or --tenant ID or --customer ID.</source>
        <translation>Donnez --privileges P1,P2,... ou --all, ou --tenant ID ou --customer ID.</translation>
    </message>
    <message>
        <source>Give either --privileges P1,P2,... or --all.</source>
        <translation>Donnez --privileges P1,P2,... ou --all.</translation>
    </message>
    <message>
        <source>Added user %1.</source>
        <translation>Utilisateur %1 ajouté.</translation>
    </message>
    <message>
        <source>Privileges of %1 changed.</source>
        <translation>Privilèges de %1 modifiés.</translation>
    </message>
    <message>
        <source>Usage: bursar [--database PATH] users list|add|set|grant|revoke [--help]</source>
        <translation>Utilisation&#xa0;: bursar [--database CHEMIN] users list|add|set|grant|revoke [--help]</translation>
    </message>
    <message>
        <source>unknown users command “%1”; use list, add, set, grant or revoke.</source>
        <translation>commande users inconnue «&#xa0;%1&#xa0;»&#xa0;; utilisez list, add, set, grant ou revoke.</translation>
    </message>
    <message>
        <source>The vendors Bursar bills, with the FOCUS provider names that mean each and its own legal entities.</source>
        <translation>Les fournisseurs que Bursar facture, avec les noms de fournisseur FOCUS qui désignent chacun et ses propres entités juridiques.</translation>
    </message>
    <message>
        <source>FOCUS providers: %1</source>
        <translation>Fournisseurs FOCUS&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n vendor(s)</source>
        <translation>
            <numerusform>%n fournisseur</numerusform>
            <numerusform>%n fournisseurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a vendor (Oracle Cloud, IBM Cloud, a SaaS publisher): its key, its name, the FOCUS ProviderName values that mean it and its own legal entities. Its usage, pricebooks, credits, reports and statements then work as AWS&apos;s do.</source>
        <translation>Ajouter un fournisseur (Oracle Cloud, IBM Cloud, un éditeur SaaS)&#xa0;: sa clé, son nom, les valeurs FOCUS ProviderName qui le désignent et ses propres entités juridiques. Sa consommation, ses grilles tarifaires, ses crédits, rapports et relevés fonctionnent alors comme ceux d&apos;AWS.</translation>
    </message>
    <message>
        <source>The key typed in commands and stored: oracle, ibm-cloud.</source>
        <translation>La clé saisie dans les commandes et enregistrée&#xa0;: oracle, ibm-cloud.</translation>
    </message>
    <message>
        <source>The name clerks know it by: Oracle Cloud.</source>
        <translation>Le nom sous lequel les agents le connaissent&#xa0;: Oracle Cloud.</translation>
    </message>
    <message>
        <source>A FOCUS ProviderName that means this vendor (repeat for several).</source>
        <translation>Un FOCUS ProviderName qui désigne ce fournisseur (répétez pour plusieurs).</translation>
    </message>
    <message>
        <source>One of the vendor&apos;s own legal entities: a publisher among them is not a marketplace seller (repeat for several).</source>
        <translation>Une des entités juridiques propres du fournisseur&#xa0;: un éditeur parmi elles n&apos;est pas un vendeur de place de marché (répétez pour plusieurs).</translation>
    </message>
    <message>
        <source>What the vendor calls an account (default: account).</source>
        <translation>Ce que le fournisseur appelle un compte (par défaut&#xa0;: compte).</translation>
    </message>
    <message>
        <source>The vendor&apos;s marketplace fees are not billed (as Azure Marketplace&apos;s are not).</source>
        <translation>Les frais de place de marché du fournisseur ne sont pas facturés (comme ceux d&apos;Azure Marketplace).</translation>
    </message>
    <message>
        <source>--key and --name are required, for example: bursar vendors add --key oracle --name &quot;Oracle Cloud&quot; --focus-provider Oracle.</source>
        <translation>--key et --name sont obligatoires, par exemple&#xa0;: bursar vendors add --key oracle --name &quot;Oracle Cloud&quot; --focus-provider Oracle.</translation>
    </message>
    <message>
        <source>Vendor added: %1 (%2).</source>
        <translation>Fournisseur ajouté&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>Add or remove a vendor&apos;s FOCUS provider names and legal entities.</source>
        <translation>Ajouter ou retirer des noms de fournisseur FOCUS et des entités juridiques d&apos;un fournisseur.</translation>
    </message>
    <message>
        <source>A FOCUS ProviderName that means this vendor.</source>
        <translation>Un FOCUS ProviderName qui désigne ce fournisseur.</translation>
    </message>
    <message>
        <source>A FOCUS ProviderName that no longer means it.</source>
        <translation>Un FOCUS ProviderName qui ne le désigne plus.</translation>
    </message>
    <message>
        <source>One of the vendor&apos;s own legal entities.</source>
        <translation>Une des entités juridiques propres du fournisseur.</translation>
    </message>
    <message>
        <source>A legal entity to remove.</source>
        <translation>Une entité juridique à retirer.</translation>
    </message>
    <message>
        <source>give one vendor key, for example: bursar vendors set oracle --add-focus-provider &quot;Oracle Cloud Infrastructure&quot;.</source>
        <translation>donnez une clé de fournisseur, par exemple&#xa0;: bursar vendors set oracle --add-focus-provider &quot;Oracle Cloud Infrastructure&quot;.</translation>
    </message>
    <message>
        <source>“%1” is not a vendor Bursar bills; use %2 (bursar vendors list).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fournisseur que Bursar facture&#xa0;; utilisez %2 (bursar vendors list).</translation>
    </message>
    <message>
        <source>Vendor saved: %1.</source>
        <translation>Fournisseur enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The write-off tolerance per currency: a document with at most this much left can be written off. With --currency and --amount it is set first (0 removes it).</source>
        <translation>La tolérance de passage en perte par devise&#xa0;: un document auquel il reste au plus ce montant peut être passé en perte. Avec --currency et --amount, elle est d&apos;abord définie (0 la retire).</translation>
    </message>
    <message>
        <source>The currency, for example USD.</source>
        <translation>La devise, par exemple USD.</translation>
    </message>
    <message>
        <source>The tolerance, for example 1.00; 0 removes it.</source>
        <translation>La tolérance, par exemple 1.00&#xa0;; 0 la retire.</translation>
    </message>
    <message>
        <source>give both --currency and --amount to set a tolerance, or neither to list them</source>
        <translation>donnez à la fois --currency et --amount pour définir une tolérance, ou aucun pour les lister</translation>
    </message>
    <message>
        <source>No write-off tolerance is set: nothing can be written off.</source>
        <translation>Aucune tolérance de passage en perte n&apos;est définie&#xa0;: rien ne peut être passé en perte.</translation>
    </message>
    <message>
        <source>Close a document whose remaining amount is within its currency&apos;s write-off tolerance by an adjustment memo of its own (a credit memo for what a customer still owes, a debit memo for what is left of a credit memo or payment), applied on the day.</source>
        <translation>Solder un document dont le reste est dans la tolérance de passage en perte de sa devise par un document d&apos;ajustement qui lui est propre (un avoir pour ce que le client doit encore, une note de débit pour ce qui reste d&apos;un avoir ou d&apos;un paiement), imputé le jour même.</translation>
    </message>
    <message>
        <source>The write-off&apos;s date (default today).</source>
        <translation>La date du passage en perte (par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>name one document: bursar write-off INV-2026-000012 (or statement:ID, CM-…, DM-…, PAY-…, or a memo&apos;s or payment&apos;s ID)</source>
        <translation>nommez un document&#xa0;: bursar write-off INV-2026-000012 (ou statement:ID, CM-…, DM-…, PAY-…, ou l&apos;ID d&apos;un document ou d&apos;un paiement)</translation>
    </message>
    <message>
        <source>%1 written off by %2.</source>
        <translation>%1 passé en perte par %2.</translation>
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
        <translation>Utilisation&#xa0;: bursar [--database CHEMIN] [COMMANDE [ARGUMENTS...]]

Sans commande, Bursar ouvre sa fenêtre. Avec une commande, il fonctionne sans fenêtre.

Options globales&#xa0;:
  --database CHEMIN  un fichier SQLite (par défaut&#xa0;: %1) ou une URL postgresql://
  --user NOM        agir en tant que cet utilisateur Bursar (fichiers SQLite&#xa0;; l&apos;administrateur par défaut)
  --help            cette aide&#xa0;; COMMANDE --help pour l&apos;aide d&apos;une commande
  --version         afficher la version

Commandes&#xa0;:
  demo --customers N [--seed S]       remplir une base vide avec des données de démonstration
  customers list [--format table|json|csv]
  customers add --name NAME [--region R] [--state S] [--payment-terms DAYS] [--format json]
  customers show ID [--format json]
  customers map-account --customer ID --vendor V --account ACCOUNT
  customers set-provider --customer ID --vendor V --currency CUR [--pricebook NAME] [--disabled]
  tenants list [--format table|json]  l&apos;arbre des locataires avec le nombre de clients
  tenants add --name NAME [--parent ID] [--format json]
  users list [--format table|json]
  users add --name NAME [--login LOGIN] (--privileges P1,P2,... | --all | --tenant ID | --customer ID)
  users set --name NAME (--tenant ID | --customer ID | --all-tenants)   ce que voit l&apos;utilisateur
  api-keys create --name N [--tenant ID | --customer ID] [--expires YYYY-MM-DD] [--format json]
  api-keys list [--format json] | api-keys revoke --name N   (la clé n&apos;est affichée qu&apos;une fois, à la création)
  serve [--listen 127.0.0.1:PORT] [--certificate F --key F] [--host NAME]... [--rate N]   l&apos;API de facturation
  notify settings [--enabled on|off] [--host H] [--port N] [--security none|starttls|tls] [--sender A]
                  [--login L] [--subject T] [--body T]   le serveur SMTP par lequel partent les e-mails des relevés
  notify contact --customer ID [--email A] [--enabled on|off]   le contact de facturation d&apos;un client
  notify send|list|log|resend   envoyer ce qui est dû&#xa0;; les e-mails et leur journal&#xa0;; remettre un e-mail en file
  users grant|revoke --name NAME (--privileges P1,P2,... | --all)
  import usage FILE [--vendor V] [--as focus|aws-cur|azure|partner-center] [--replaces IMPORT]
                    [--skip-provider NAME]... [--format json]
  usage history|unmapped [--format table|json]   fichiers importés&#xa0;; comptes sans client
  usage credits --vendor V --period YYYY-MM      les crédits du fournisseur par client et par compte
  usage entities --vendor V [--add NAME | --remove NAME]   les entités juridiques du fournisseur
  vendors list|add|set   les fournisseurs facturés&#xa0;: vendors add --key KEY --name NAME [--focus-provider NAME]...
  pricebooks add --name NAME --vendor V [--uplift P | --discount P] [--effective YYYY-MM-DD]
  pricebooks set --name NAME --vendor V (--uplift P | --discount P) [--product PRODUCT] [--effective D]
  pricebooks list [--vendor V] [--format table|json]
  pricing global|charges|support add|list|end ...   remises/majorations, frais personnalisés, forfaits de support
  report billing --vendor V --period YYYY-MM [--to YYYY-MM] [--format table|json|csv]
  credits add --customer ID --vendor V --currency C --amount A [--comment T] [--expires YYYY-MM-DD]
              [--marketplace] [--corrects CREDIT]   saisi positif, enregistré négatif
  credits list [--customer ID] [--vendor V] [--format table|json|csv]
  credits show CREDIT | credits void CREDIT --reason T
  invoices generate --vendor V --period YYYY-MM (--all | --customer ID...) [--apply-credits] [--tax]
                    [--marketplace-fees] [--marketplace-credits] [--format table|json]
  invoices list [--customer ID] [--vendor V] [--period P [--to P]] [--status S] [--format table|json|csv]
  invoices show ID|NUMBER [--currency C] [--format table|json]
  invoices approve (ID... | --all [filters]) [--date YYYY-MM-DD]   numérote les brouillons
  invoices delete ID...               supprime des brouillons&#xa0;; leurs crédits reviennent
  invoices numbering [--series S] [--pattern P]   un modèle de numéros&#xa0;: statement (par défaut), credit_memo,
                    debit_memo ou payment
  invoices export (ID... | --vendor V --period YYYY-MM) --as pdf|csv|detailed-csv|ubl --out DIR
                  [--pattern P] [--paper a4|letter] [--pdfa] [--csv-bom] [--csv-semicolon]
  invoices account --customer ID [--as-of YYYY-MM-DD] --out FILE.pdf   relevé de compte
  memo create --type credit|debit --customer ID [--currency C] [--date YYYY-MM-DD] --description T
              --line &quot;DESC|QTY|UOM|PRICE|DISCOUNT|TAXCAT&quot;... [--adjusts DOC] [--branch B] [--salesperson P]
  memo update ID [--description T] [--line ...]... [--date D] [--adjusts DOC | --no-adjusts] ...   en attente seulement
  memo release ID... | memo delete ID... | memo cancel ID [--date D] [--reason T]
  memo list [--type credit|debit] [--customer ID] [--status S] [--format table|json|csv] | memo show ID
  memo export ID... --as pdf|ubl --out DIR   avoirs, notes de débit et paiements en documents (UBL : avoirs et notes de débit seulement)
  payment record --customer ID --amount A --currency C [--date D] [--method M] [--reference T]
  payment list|show ...
  apply --from DOC (--to DOC --amount A ... | --auto [--policy P]) [--date D] [--preview]
  unapply APPLICATION [--date D]      annule une imputation&#xa0;; les autres restent
  write-off DOC [--date D] | write-off tolerance [--currency C --amount A]   petits soldes
  report balance --customer ID [--as-of D] [--format table|json]
  report aging --as-of YYYY-MM-DD [--tenant ID] [--customer ID] [--format table|json|csv]
  report numbering [--series S] [--format table|json]   chaque numéro, son document, chaque trou
  report credits --expiring [--as-of D] [--format table|json|csv]   crédits expirant dans 30/60/90 jours
  services-credits purchase add --customer ID --credits N --value V [--paid P] --currency C --start D
                   --expires D [--draft] [--description T] | purchase edit|list|show|draft|undraft ...
  services-credits allocate --milestone ID (--purchase ID --credits N | --auto) | --all-open [--on D]
  services-credits release-allocation --milestone ID [--purchase ID [--credits N]] | expire [--as-of D]
  services-credits settings [--paid-equals-value on|off] [--grace-days N] ...   Paramètres &gt; Crédits de services
  opportunity add --customer ID --name T | add-product --opportunity ID --name T --quantity Q --price P
              [--credits N] | list | show ID | create-purchases ID [--currency C] [--format json]
  project add --customer ID --name T | project list | project milestone add --project ID --name T
          --credits N [--due D] | project complete-milestone ID | project reopen-milestone ID --reason T
  report services-credits [--expiring-within DAYS] [--roll-forward --from D --to D] [--format json|csv]
  tax set --region R [--state S] --rate PERCENT [--from YYYY-MM-DD] [--name NAME] | tax list
  tax category list [--format table|json] | tax category set NAME [--no-region-rate] [--no-state-rate]
  tax category remove NAME            catégories de taxe des lignes d&apos;avoir et de note de débit
  rates set --from C --to C --rate R [--date YYYY-MM-DD] | rates list   taux de change
  einvoice seller [--legal-name T] [--vat-id ID] [--company-id ID] [--endpoint ID --scheme EAS]
                  [--iban IBAN] [--bic BIC] [--vat-currency C]   ce qui nous désigne dans nos factures électroniques
  einvoice customer ID [--receives yes|no] [--vat-id ID] [--endpoint ID --scheme EAS]
                  [--buyer-reference T] [--tax-category Z|E|AE|K|G|O|auto] [--exemption-reason T]
  einvoice check ID... [--memo] [--format json]   la règle et le champ qui arrêtent un export UBL
  einvoice exports ID [--memo] [--format json]   les fichiers UBL écrits, avec leur SHA-256
  db path [--if-exists]               afficher le chemin de la base
  db check                            vérifier que la base n&apos;est pas endommagée
  db copy --from FILE --to postgresql://...   déplacer une base SQLite dans une nouvelle base partagée
  db backup --to FILE [--replace]     une copie cohérente, même pendant que la fenêtre écrit (SQLite)
  db restore --from FILE              vérifie la sauvegarde, garde la base telle qu&apos;elle était, restaure
  audit verify [--format table|json]   vérifier la chaîne d&apos;empreintes du journal d&apos;audit&#xa0;; nomme la première ligne qui ne correspond pas

Codes de sortie&#xa0;: 0 succès, 1 échec, 2 mauvaise utilisation. Les erreurs tiennent en une ligne sur stderr.
</translation>
    </message>
    <message>
        <source>Show or set what our e-invoices name us by (Settings &gt; Account Information &gt; E-invoicing): legal name, VAT ID, company registration, electronic address, bank account, VAT currency.</source>
        <translation>Afficher ou définir ce qui nous désigne dans nos factures électroniques (Paramètres &gt; Informations du compte &gt; Facturation électronique)&#xa0;: raison sociale, n° de TVA, immatriculation, adresse électronique, compte bancaire, devise de TVA.</translation>
    </message>
    <message>
        <source>The registered legal name (default: the company name).</source>
        <translation>La raison sociale enregistrée (par défaut&#xa0;: le nom de la société).</translation>
    </message>
    <message>
        <source>Our VAT identifier with its country prefix, for example DE123456789.</source>
        <translation>Notre numéro de TVA avec le préfixe du pays, par exemple FR40303265045.</translation>
    </message>
    <message>
        <source>Our company registration number.</source>
        <translation>Notre numéro d&apos;immatriculation.</translation>
    </message>
    <message>
        <source>Our electronic address (Peppol participant ID).</source>
        <translation>Notre adresse électronique (identifiant de participant Peppol).</translation>
    </message>
    <message>
        <source>Its Peppol EAS scheme code, for example 0088 or 9930.</source>
        <translation>Son code de schéma EAS Peppol, par exemple 0088 ou 9930.</translation>
    </message>
    <message>
        <source>The bank account customers pay to.</source>
        <translation>Le compte bancaire sur lequel les clients paient.</translation>
    </message>
    <message>
        <source>The bank&apos;s BIC.</source>
        <translation>Le BIC de la banque.</translation>
    </message>
    <message>
        <source>The currency we account VAT in, when documents are in others (empty: none).</source>
        <translation>La devise dans laquelle nous déclarons la TVA, quand des documents sont dans d&apos;autres (vide&#xa0;: aucune).</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>Immatriculation</translation>
    </message>
    <message>
        <source>Electronic address</source>
        <translation>Adresse électronique</translation>
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
        <translation>Devise de TVA</translation>
    </message>
    <message>
        <source>Show or set how a customer receives e-invoices (Customers &gt; the customer &gt; E-invoicing).</source>
        <translation>Afficher ou définir comment un client reçoit les factures électroniques (Clients &gt; le client &gt; Facturation électronique).</translation>
    </message>
    <message>
        <source>Whether the customer receives e-invoices: yes or no.</source>
        <translation>Si le client reçoit des factures électroniques&#xa0;: yes ou no.</translation>
    </message>
    <message>
        <source>The customer&apos;s VAT identifier, for example FR12345678901.</source>
        <translation>Le numéro de TVA du client, par exemple FR12345678901.</translation>
    </message>
    <message>
        <source>The customer&apos;s electronic address (Peppol participant ID).</source>
        <translation>L&apos;adresse électronique du client (identifiant de participant Peppol).</translation>
    </message>
    <message>
        <source>Its Peppol EAS scheme code.</source>
        <translation>Son code de schéma EAS Peppol.</translation>
    </message>
    <message>
        <source>The reference the customer asked for on every invoice.</source>
        <translation>La référence que le client demande sur chaque facture.</translation>
    </message>
    <message>
        <source>The VAT category of documents without tax: Z, E, AE, K, G, O, or auto (by region).</source>
        <translation>La catégorie de TVA des documents sans taxe&#xa0;: Z, E, AE, K, G, O, ou auto (selon la région).</translation>
    </message>
    <message>
        <source>Why no VAT is charged (required for E).</source>
        <translation>Pourquoi aucune TVA n&apos;est facturée (obligatoire pour E).</translation>
    </message>
    <message>
        <source>give one customer ID, for example: bursar einvoice customer 100042 --vat-id FR…</source>
        <translation>donnez un identifiant client, par exemple&#xa0;: bursar einvoice customer 100042 --vat-id FR…</translation>
    </message>
    <message>
        <source>--receives must be yes or no, not “%1”.</source>
        <translation>--receives doit être yes ou no, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Receives</source>
        <translation>Reçoit</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Buyer reference</source>
        <translation>Référence acheteur</translation>
    </message>
    <message>
        <source>VAT category</source>
        <translation>Catégorie de TVA</translation>
    </message>
    <message>
        <source>by region</source>
        <translation>selon la région</translation>
    </message>
    <message>
        <source>Exemption reason</source>
        <translation>Motif d&apos;exonération</translation>
    </message>
    <message>
        <source>Check statements (or memos) against the e-invoice rules Bursar checks itself, before an export: each problem names the rule and the field to fix. Exits 1 when one is found.</source>
        <translation>Contrôler des relevés (ou des avoirs et notes de débit) selon les règles de facturation électronique que Bursar vérifie lui-même, avant un export&#xa0;: chaque problème nomme la règle et le champ à corriger. Code de sortie 1 s&apos;il y en a un.</translation>
    </message>
    <message>
        <source>The IDs are credit or debit memos, not statements.</source>
        <translation>Les identifiants sont des avoirs ou des notes de débit, pas des relevés.</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>relevé</translation>
    </message>
    <message numerus="yes">
        <source>No problems: %n document(s) can leave as e-invoices.</source>
        <translation>
            <numerusform>Aucun problème&#xa0;: %n document peut partir en facture électronique.</numerusform>
            <numerusform>Aucun problème&#xa0;: %n documents peuvent partir en factures électroniques.</numerusform>
        </translation>
    </message>
    <message>
        <source>The UBL files written of a statement (or memo): when, by whom, and their SHA-256.</source>
        <translation>Les fichiers UBL écrits d&apos;un relevé (ou d&apos;un avoir)&#xa0;: quand, par qui, et leur SHA-256.</translation>
    </message>
    <message>
        <source>The ID is a credit or debit memo, not a statement.</source>
        <translation>L&apos;identifiant est un avoir ou une note de débit, pas un relevé.</translation>
    </message>
    <message>
        <source>give one ID.</source>
        <translation>donnez un identifiant.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written</source>
        <translation>
            <numerusform>%n fichier écrit</numerusform>
            <numerusform>%n fichiers écrits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bursar::core::AccountInfoService</name>
    <message>
        <source>reading the account information</source>
        <translation>lors de la lecture des informations du compte</translation>
    </message>
    <message>
        <source>change the Account Information</source>
        <translation>modifier les Informations du compte</translation>
    </message>
    <message>
        <source>Account Information</source>
        <translation>Informations du compte</translation>
    </message>
    <message>
        <source>%1: the company name is empty; type your company&apos;s name as it should appear on statements.</source>
        <translation>%1&#xa0;: le nom de la société est vide&#xa0;; saisissez le nom de votre société tel qu&apos;il doit figurer sur les relevés.</translation>
    </message>
    <message>
        <source>%1: the company name is longer than 200 characters; shorten it.</source>
        <translation>%1&#xa0;: le nom de la société dépasse 200 caractères&#xa0;; raccourcissez-le.</translation>
    </message>
    <message>
        <source>%1: “%2” is not an email address; type it as name@example.com or leave it empty.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une adresse e-mail&#xa0;; écrivez-la nom@exemple.fr ou laissez-la vide.</translation>
    </message>
    <message>
        <source>%1: the logo is not a PNG, JPEG or SVG image; choose another file.</source>
        <translation>%1&#xa0;: le logo n&apos;est pas une image PNG, JPEG ou SVG&#xa0;; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>saving the account information</source>
        <translation>lors de l&apos;enregistrement des informations du compte</translation>
    </message>
    <message>
        <source>%1 was changed by someone else after you opened it; reload it and make your change again.</source>
        <translation>%1 a été modifié par quelqu&apos;un d&apos;autre après son ouverture&#xa0;; rechargez et refaites votre modification.</translation>
    </message>
    <message>
        <source>use it as the logo</source>
        <translation>l&apos;utiliser comme logo</translation>
    </message>
    <message>
        <source>Cannot read the logo “%1”: %2.</source>
        <translation>Impossible de lire le logo «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The logo “%1” is larger than 2 MB; choose a smaller image.</source>
        <translation>Le logo «&#xa0;%1&#xa0;» dépasse 2 Mo&#xa0;; choisissez une image plus petite.</translation>
    </message>
    <message>
        <source>The logo “%1” is not a PNG, JPEG or SVG image; choose another file.</source>
        <translation>Le logo «&#xa0;%1&#xa0;» n&apos;est pas une image PNG, JPEG ou SVG&#xa0;; choisissez un autre fichier.</translation>
    </message>
</context>
<context>
    <name>bursar::core::AccountStatements</name>
    <message>
        <source>Statement</source>
        <translation>Relevé</translation>
    </message>
</context>
<context>
    <name>bursar::core::Aging</name>
    <message>
        <source>reading the applications after the date</source>
        <translation>lors de la lecture des imputations postérieures à la date</translation>
    </message>
    <message>
        <source>The aging needs a date to be as of (YYYY-MM-DD).</source>
        <translation>La balance âgée a besoin d&apos;une date de référence (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>reading the open documents</source>
        <translation>lors de la lecture des documents ouverts</translation>
    </message>
    <message>
        <source>reading the customers&apos; names</source>
        <translation>lors de la lecture des noms des clients</translation>
    </message>
    <message>
        <source>reading the customers</source>
        <translation>lors de la lecture des clients</translation>
    </message>
</context>
<context>
    <name>bursar::core::AllocationLedger</name>
    <message>
        <source>An allocation of %1 %2 to %3 %4 cannot be recorded: the amount must be a number other than zero.</source>
        <translation>Une affectation de %1 %2 à %3 %4 ne peut pas être enregistrée&#xa0;: le montant doit être un nombre différent de zéro.</translation>
    </message>
    <message>
        <source>An allocation needs a source, a target and a date; %1 %2 → %3 %4 on “%5” has not.</source>
        <translation>Une affectation a besoin d&apos;une source, d&apos;une cible et d&apos;une date&#xa0;; %1 %2 → %3 %4 le «&#xa0;%5&#xa0;» n&apos;en a pas.</translation>
    </message>
    <message>
        <source>Allocation %1 cannot be reversed by this entry: only a standing application is reversed, once, by its exact opposite.</source>
        <translation>L&apos;affectation %1 ne peut pas être annulée par cette écriture&#xa0;: seule une imputation en vigueur est annulée, une fois, par son exact opposé.</translation>
    </message>
    <message>
        <source>reading allocations</source>
        <translation>lors de la lecture des affectations</translation>
    </message>
    <message>
        <source>An allocation names a target “%1” this Bursar does not know; open the database with a newer Bursar.</source>
        <translation>Une affectation désigne une cible «&#xa0;%1&#xa0;» que ce Bursar ne connaît pas&#xa0;; ouvrez la base avec un Bursar plus récent.</translation>
    </message>
    <message>
        <source>reading the allocation&apos;s source</source>
        <translation>lors de la lecture de la source de l&apos;affectation</translation>
    </message>
    <message>
        <source>There is no %1 %2.</source>
        <translation>Il n&apos;y a pas de %1 %2.</translation>
    </message>
    <message>
        <source>Allocation %1 names a %2 → %3 this Bursar does not know; open the database with a newer Bursar.</source>
        <translation>L&apos;affectation %1 désigne un %2 → %3 que ce Bursar ne connaît pas&#xa0;; ouvrez la base avec un Bursar plus récent.</translation>
    </message>
</context>
<context>
    <name>bursar::core::ApiKeyService</name>
    <message>
        <source>The API key is missing, unknown, revoked or expired.</source>
        <translation>La clé d&apos;API manque, est inconnue, révoquée ou expirée.</translation>
    </message>
    <message>
        <source>make API keys</source>
        <translation>créer des clés d&apos;API</translation>
    </message>
    <message>
        <source>New API key: “%1” is not a key name; use 1 to 64 letters, digits, spaces and . _ @ - only.</source>
        <translation>Nouvelle clé d&apos;API&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nom de clé&#xa0;; utilisez de 1 à 64 lettres, chiffres, espaces et . _ @ - seulement.</translation>
    </message>
    <message>
        <source>API key “%1”: it would expire on %2, which has passed; choose a later date or none.</source>
        <translation>Clé d&apos;API «&#xa0;%1&#xa0;»&#xa0;: elle expirerait le %2, date passée&#xa0;; choisissez une date plus tardive ou aucune.</translation>
    </message>
    <message>
        <source>reading API keys</source>
        <translation>lors de la lecture des clés d&apos;API</translation>
    </message>
    <message>
        <source>New API key: a key named “%1” exists already; choose another name.</source>
        <translation>Nouvelle clé d&apos;API&#xa0;: une clé nommée «&#xa0;%1&#xa0;» existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>API key “%1”</source>
        <translation>Clé d&apos;API «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>making the API key</source>
        <translation>lors de la création de la clé d&apos;API</translation>
    </message>
    <message>
        <source>There is no API key named “%1”; list them with bursar api-keys list.</source>
        <translation>Il n&apos;y a pas de clé d&apos;API nommée «&#xa0;%1&#xa0;»&#xa0;; listez-les avec bursar api-keys list.</translation>
    </message>
    <message>
        <source>revoke API keys</source>
        <translation>révoquer des clés d&apos;API</translation>
    </message>
    <message>
        <source>The API key “%1” was revoked already, on %2 by %3.</source>
        <translation>La clé d&apos;API «&#xa0;%1&#xa0;» a déjà été révoquée, le %2 par %3.</translation>
    </message>
    <message>
        <source>revoking the API key</source>
        <translation>lors de la révocation de la clé d&apos;API</translation>
    </message>
    <message>
        <source>recording the key&apos;s use</source>
        <translation>lors de l&apos;enregistrement de l&apos;utilisation de la clé</translation>
    </message>
</context>
<context>
    <name>bursar::core::ApiServerSettingsService</name>
    <message>
        <source>reading the Billing API settings</source>
        <translation>lors de la lecture des paramètres de l&apos;API de facturation</translation>
    </message>
    <message>
        <source>The listen address “%1” is not HOST:PORT, for example 127.0.0.1:8080.</source>
        <translation>L&apos;adresse d&apos;écoute «&#xa0;%1&#xa0;» n&apos;est pas de la forme HÔTE:PORT, par exemple 127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>change the Billing API settings</source>
        <translation>modifier les paramètres de l&apos;API de facturation</translation>
    </message>
    <message>
        <source>The Billing API listens on %1, which is not this computer alone: give a TLS certificate and key, or listen on 127.0.0.1 behind a reverse proxy.</source>
        <translation>L&apos;API de facturation écoute sur %1, qui n&apos;est pas seulement cet ordinateur&#xa0;: donnez un certificat TLS et sa clé, ou écoutez sur 127.0.0.1 derrière un proxy inverse.</translation>
    </message>
    <message>
        <source>TLS needs both the certificate and its private key.</source>
        <translation>TLS exige à la fois le certificat et sa clé privée.</translation>
    </message>
    <message>
        <source>Each key&apos;s budget is 1 to 1000000 requests a second, not %1.</source>
        <translation>Le budget de chaque clé va de 1 à 1000000 requêtes par seconde, pas %1.</translation>
    </message>
    <message>
        <source>saving the Billing API settings</source>
        <translation>lors de l&apos;enregistrement des paramètres de l&apos;API de facturation</translation>
    </message>
</context>
<context>
    <name>bursar::core::ArApplications</name>
    <message>
        <source>finding the document</source>
        <translation>lors de la recherche du document</translation>
    </message>
    <message>
        <source>There is no document “%1”; give a number (INV-…, CM-…, DM-…, PAY-…), statement:ID for a statement&apos;s ID, or a memo&apos;s or payment&apos;s ID.</source>
        <translation>Il n&apos;y a pas de document «&#xa0;%1&#xa0;»&#xa0;; donnez un numéro (INV-…, CM-…, DM-…, PAY-…), statement:ID pour l&apos;ID d&apos;un relevé, ou l&apos;ID d&apos;un document ou d&apos;un paiement.</translation>
    </message>
    <message>
        <source>There is no %1 %2.</source>
        <translation>Il n&apos;y a pas de %1 %2.</translation>
    </message>
    <message>
        <source>Only a credit memo or a payment is applied; %1 %2 is neither.</source>
        <translation>Seul un avoir ou un paiement s&apos;impute&#xa0;; %1 %2 n&apos;est ni l&apos;un ni l&apos;autre.</translation>
    </message>
    <message>
        <source>reading the outstanding documents</source>
        <translation>lors de la lecture des documents en cours</translation>
    </message>
    <message>
        <source>There is no %1 %2 to apply.</source>
        <translation>Il n&apos;y a pas de %1 %2 à imputer.</translation>
    </message>
    <message>
        <source>%1 cannot be applied: only a credit memo or a payment is applied to what a customer owes.</source>
        <translation>%1 ne peut pas être imputé&#xa0;: seuls un avoir ou un paiement s&apos;imputent sur ce que doit un client.</translation>
    </message>
    <message>
        <source>%1 is Hold: release it first; only an Open credit memo is applied.</source>
        <translation>%1 est en attente&#xa0;: émettez-le d&apos;abord&#xa0;; seul un avoir ouvert s&apos;impute.</translation>
    </message>
    <message>
        <source>%1: nothing to apply; name at least one document and an amount.</source>
        <translation>%1&#xa0;: rien à imputer&#xa0;; nommez au moins un document et un montant.</translation>
    </message>
    <message>
        <source>%1: the application needs a date.</source>
        <translation>%1&#xa0;: l&apos;imputation a besoin d&apos;une date.</translation>
    </message>
    <message>
        <source>%1 is dated %2; an application dated %3 would come before it. Date it %2 or later.</source>
        <translation>%1 est daté du %2&#xa0;; une imputation datée du %3 le précéderait. Datez-la du %2 ou plus tard.</translation>
    </message>
    <message>
        <source>%1: the amount for %2 %3 must be above zero.</source>
        <translation>%1&#xa0;: le montant pour %2 %3 doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>%1: the amount %2 has %3 decimals; %4 has %5.</source>
        <translation>%1&#xa0;: le montant %2 a %3 décimales&#xa0;; %4 en a %5.</translation>
    </message>
    <message>
        <source>There is no %1 %2 to apply to.</source>
        <translation>Il n&apos;y a pas de %1 %2 sur lequel imputer.</translation>
    </message>
    <message>
        <source>%1 has a balance of %2 %3; %4 %3 cannot be applied to it. Apply at most %2.</source>
        <translation>%1 a un solde de %2 %3&#xa0;; %4 %3 ne peuvent pas y être imputés. Imputez au plus %2.</translation>
    </message>
    <message>
        <source>%1 has %2 %3 available; %4 %3 cannot be applied from it. Apply at most %2.</source>
        <translation>%1 a %2 %3 disponibles&#xa0;; %4 %3 ne peuvent pas en être imputés. Imputez au plus %2.</translation>
    </message>
    <message>
        <source>reading the applications</source>
        <translation>lors de la lecture des imputations</translation>
    </message>
    <message>
        <source>apply credit memos and payments</source>
        <translation>imputer des avoirs et des paiements</translation>
    </message>
    <message>
        <source>%1 %2 has nothing left to apply: its whole total is applied.</source>
        <translation>%1 %2 n&apos;a plus rien à imputer&#xa0;: tout son total est imputé.</translation>
    </message>
    <message>
        <source>%1 %2: customer %3 owes nothing in %4 that it could pay.</source>
        <translation>%1 %2&#xa0;: le client %3 ne doit rien en %4 qui puisse être réglé.</translation>
    </message>
    <message>
        <source>reverse applications</source>
        <translation>annuler des imputations</translation>
    </message>
    <message>
        <source>reading the application</source>
        <translation>lors de la lecture de l&apos;imputation</translation>
    </message>
    <message>
        <source>There is no application %1.</source>
        <translation>Il n&apos;y a pas d&apos;imputation %1.</translation>
    </message>
    <message>
        <source>Application %1 is a credit applied by a billing run; it is returned by deleting the draft statement, not by Unapply.</source>
        <translation>L&apos;imputation %1 est un crédit imputé par une exécution de facturation&#xa0;; il revient en supprimant le relevé brouillon, pas par Annuler l&apos;imputation.</translation>
    </message>
    <message>
        <source>Entry %1 is itself a reversal; apply the amount again instead.</source>
        <translation>L&apos;écriture %1 est elle-même une annulation&#xa0;; imputez plutôt le montant de nouveau.</translation>
    </message>
    <message>
        <source>Application %1 was already reversed on %2 (entry %3).</source>
        <translation>L&apos;imputation %1 a déjà été annulée le %2 (écriture %3).</translation>
    </message>
    <message>
        <source>Application %1 is what cancels a document with its reversing document; it stays.</source>
        <translation>L&apos;imputation %1 est ce qui annule un document par son document d&apos;extourne&#xa0;; elle reste.</translation>
    </message>
    <message>
        <source>Application %1 is dated %2; its reversal cannot be dated %3, before it.</source>
        <translation>L&apos;imputation %1 est datée du %2&#xa0;; son annulation ne peut pas être datée du %3, avant elle.</translation>
    </message>
    <message>
        <source>reading the reversal</source>
        <translation>lors de la lecture de l&apos;annulation</translation>
    </message>
    <message>
        <source>locking the documents</source>
        <translation>lors du verrouillage des documents</translation>
    </message>
    <message>
        <source>reading the credit memos and payments</source>
        <translation>lors de la lecture des avoirs et des paiements</translation>
    </message>
    <message>
        <source>locking the statements</source>
        <translation>lors du verrouillage des relevés</translation>
    </message>
    <message>
        <source>The applications need a date.</source>
        <translation>Les imputations ont besoin d&apos;une date.</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Relevé</translation>
    </message>
    <message>
        <source>%1 %2 (not numbered yet)</source>
        <translation>%1 %2 (pas encore numéroté)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>reading the document</source>
        <translation>lors de la lecture du document</translation>
    </message>
    <message>
        <source>%1 cannot be paid: a credit memo or payment is applied to a statement or a debit memo.</source>
        <translation>%1 ne peut pas être réglé&#xa0;: un avoir ou un paiement s&apos;impute sur un relevé ou une note de débit.</translation>
    </message>
    <message>
        <source>%1 is a Draft: approve it first; only an Open or Past Due statement is paid.</source>
        <translation>%1 est un brouillon&#xa0;: approuvez-le d&apos;abord&#xa0;; seul un relevé ouvert ou en retard se règle.</translation>
    </message>
    <message>
        <source>%1 is Hold: release it first.</source>
        <translation>%1 est en attente&#xa0;: émettez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>%1 is customer %2&apos;s and %3 is customer %4&apos;s: a document is applied to its own customer&apos;s documents only.</source>
        <translation>%1 appartient au client %2 et %3 au client %4&#xa0;: un document ne s&apos;impute que sur les documents de son propre client.</translation>
    </message>
    <message>
        <source>%1 is in %2 and %3 in %4: a document is applied to documents of its own currency.</source>
        <translation>%1 est en %2 et %3 en %4&#xa0;: un document ne s&apos;impute que sur des documents de sa propre devise.</translation>
    </message>
</context>
<context>
    <name>bursar::core::ArDocument</name>
    <message>
        <source>Credit Memo</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Debit Memo</source>
        <translation>Note de débit</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Soldé</translation>
    </message>
    <message>
        <source>Past Due</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Hold %1 %2</source>
        <translation>%1 %2 en attente</translation>
    </message>
</context>
<context>
    <name>bursar::core::ArDocuments</name>
    <message>
        <source>%1 for customer %2</source>
        <translation>%1 pour le client %2</translation>
    </message>
    <message>
        <source>%1: the customer has no invoice currency yet; choose the memo&apos;s currency.</source>
        <translation>%1&#xa0;: le client n&apos;a pas encore de devise de facturation&#xa0;; choisissez la devise du document.</translation>
    </message>
    <message>
        <source>%1: %2 is a payment; a memo adjusts a statement or another memo.</source>
        <translation>%1&#xa0;: %2 est un paiement&#xa0;; un avoir ou une note de débit corrige un relevé ou un autre document.</translation>
    </message>
    <message>
        <source>%1: the adjusted document %2 is customer %3&apos;s; a memo adjusts a document of its own customer.</source>
        <translation>%1&#xa0;: le document corrigé %2 appartient au client %3&#xa0;; un document ne corrige qu&apos;un document de son propre client.</translation>
    </message>
    <message>
        <source>reading the adjusted statement</source>
        <translation>lors de la lecture du relevé corrigé</translation>
    </message>
    <message>
        <source>%1: there is no statement or memo “%2” to adjust; give its number (INV-…, CM-…, DM-…).</source>
        <translation>%1&#xa0;: il n&apos;y a pas de relevé ou de document «&#xa0;%2&#xa0;» à corriger&#xa0;; donnez son numéro (INV-…, CM-…, DM-…).</translation>
    </message>
    <message>
        <source>%1: the adjusted statement %2 is customer %3&apos;s; a memo adjusts a document of its own customer.</source>
        <translation>%1&#xa0;: le relevé corrigé %2 appartient au client %3&#xa0;; un document ne corrige qu&apos;un document de son propre client.</translation>
    </message>
    <message>
        <source>A payment is recorded with Record Payment, not created as a memo.</source>
        <translation>Un paiement s&apos;enregistre avec Enregistrer un paiement, il ne se crée pas comme un avoir.</translation>
    </message>
    <message>
        <source>save a memo with more than one detail line</source>
        <translation>enregistrer un document de plus d&apos;une ligne de détail</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the description is empty; say why the memo is issued (a sales return, a goodwill credit, ...).</source>
        <translation>%1&#xa0;: la description est vide&#xa0;; dites pourquoi le document est émis (un retour, un geste commercial, ...).</translation>
    </message>
    <message>
        <source>%1: payment terms of %2 days; enter 0 to 365.</source>
        <translation>%1&#xa0;: délai de paiement de %2 jours&#xa0;; saisissez de 0 à 365.</translation>
    </message>
    <message>
        <source>%1: the total is %2; a memo is for an amount above zero.</source>
        <translation>%1&#xa0;: le total est de %2&#xa0;; un document porte sur un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source>create memos</source>
        <translation>créer des avoirs et des notes de débit</translation>
    </message>
    <message>
        <source>creating the memo</source>
        <translation>lors de la création du document</translation>
    </message>
    <message>
        <source>edit memos</source>
        <translation>modifier des avoirs et des notes de débit</translation>
    </message>
    <message>
        <source>%1 %2 is %3, not Hold: only a Hold memo is edited. Cancel it instead; it is then closed by a reversing document.</source>
        <translation>%1 %2 est %3, pas en attente&#xa0;: seul un document en attente se modifie. Annulez-le plutôt&#xa0;; il est alors soldé par un document d&apos;extourne.</translation>
    </message>
    <message>
        <source>%1 is a %2 of customer %3; its type and customer stay. Delete it and create a new one instead.</source>
        <translation>%1 est un %2 du client %3&#xa0;; son type et son client restent. Supprimez-le et créez-en un nouveau.</translation>
    </message>
    <message>
        <source>%1: a memo cannot adjust itself; pick a statement or another memo.</source>
        <translation>%1&#xa0;: un document ne peut pas se corriger lui-même&#xa0;; choisissez un relevé ou un autre document.</translation>
    </message>
    <message>
        <source>saving the memo</source>
        <translation>lors de l&apos;enregistrement du document</translation>
    </message>
    <message>
        <source>%1 was released or deleted by someone else meanwhile; nothing was changed.</source>
        <translation>%1 a été émis ou supprimé par quelqu&apos;un d&apos;autre entre-temps&#xa0;; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>saving the memo&apos;s lines</source>
        <translation>lors de l&apos;enregistrement des lignes du document</translation>
    </message>
    <message>
        <source>reading the document&apos;s parties</source>
        <translation>lors de la lecture des parties du document</translation>
    </message>
    <message>
        <source>There is no AR document %1.</source>
        <translation>Il n&apos;y a pas de document de créance %1.</translation>
    </message>
    <message>
        <source>There is no credit memo, debit memo or payment “%1”; give its ID or number (CM-…, DM-…, PAY-…).</source>
        <translation>Il n&apos;y a pas d&apos;avoir, de note de débit ou de paiement «&#xa0;%1&#xa0;»&#xa0;; donnez son ID ou son numéro (CM-…, DM-…, PAY-…).</translation>
    </message>
    <message>
        <source>The amount filter “%1” is not a number.</source>
        <translation>Le filtre de montant «&#xa0;%1&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>delete memos</source>
        <translation>supprimer des documents</translation>
    </message>
    <message>
        <source>%1 %2 is %3 and cannot be deleted: only a Hold memo is deleted (no number is used). Cancel it instead; it is then closed by a reversing document.</source>
        <translation>%1 %2 est %3 et ne peut pas être supprimé&#xa0;: seul un document en attente se supprime (aucun numéro n&apos;est utilisé). Annulez-le plutôt&#xa0;; il est alors soldé par un document d&apos;extourne.</translation>
    </message>
    <message>
        <source>There is no memo %1; nothing was deleted.</source>
        <translation>Il n&apos;y a pas de document %1&#xa0;; rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>deleting memos</source>
        <translation>lors de la suppression des documents</translation>
    </message>
    <message>
        <source>release memos</source>
        <translation>émettre des documents</translation>
    </message>
    <message>
        <source>There is no memo %1; nothing was released.</source>
        <translation>Il n&apos;y a pas de document %1&#xa0;; rien n&apos;a été émis.</translation>
    </message>
    <message>
        <source>%1 %2 is %3, not Hold: only a Hold memo is released, once. Nothing was released.</source>
        <translation>%1 %2 est %3, pas en attente&#xa0;: seul un document en attente s&apos;émet, une fois. Rien n&apos;a été émis.</translation>
    </message>
    <message>
        <source>reading the customers</source>
        <translation>lors de la lecture des clients</translation>
    </message>
    <message>
        <source>releasing the memos</source>
        <translation>lors de l&apos;émission des documents</translation>
    </message>
    <message>
        <source>A memo was released by someone else meanwhile; nothing was released.</source>
        <translation>Un document a été émis par quelqu&apos;un d&apos;autre entre-temps&#xa0;; rien n&apos;a été émis.</translation>
    </message>
    <message>
        <source>record payments</source>
        <translation>enregistrer des paiements</translation>
    </message>
    <message>
        <source>%1: the amount “%2” is not a positive number; enter it as 1250.00.</source>
        <translation>%1&#xa0;: le montant «&#xa0;%2&#xa0;» n&apos;est pas un nombre positif&#xa0;; saisissez-le 1250.00.</translation>
    </message>
    <message>
        <source>%1: the amount %2 has %3 decimals; %4 has %5.</source>
        <translation>%1&#xa0;: le montant %2 a %3 décimales&#xa0;; %4 en a %5.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>recording the payment</source>
        <translation>lors de l&apos;enregistrement du paiement</translation>
    </message>
    <message>
        <source>cancel AR documents</source>
        <translation>annuler des documents de créance</translation>
    </message>
    <message>
        <source>%1 is Hold: delete it instead (no number is used).</source>
        <translation>%1 est en attente&#xa0;: supprimez-le plutôt (aucun numéro n&apos;est utilisé).</translation>
    </message>
    <message>
        <source>%1 is already cancelled or is itself a reversing document.</source>
        <translation>%1 est déjà annulé ou est lui-même un document d&apos;extourne.</translation>
    </message>
    <message>
        <source>%1 still has %2 %3 applied: reverse its applications first (Unapply), then cancel it.</source>
        <translation>%1 a encore %2 %3 imputés&#xa0;: annulez d&apos;abord ses imputations (Annuler l&apos;imputation), puis annulez-le.</translation>
    </message>
    <message>
        <source>%1 is dated %2; it cannot be cancelled on %3, before it.</source>
        <translation>%1 est daté du %2&#xa0;; il ne peut pas être annulé le %3, avant cette date.</translation>
    </message>
    <message>
        <source>Cancels %1</source>
        <translation>Annule %1</translation>
    </message>
    <message>
        <source>Cancels %1: %2</source>
        <translation>Annule %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>creating the reversing document</source>
        <translation>lors de la création du document d&apos;extourne</translation>
    </message>
    <message>
        <source>copying the memo&apos;s lines</source>
        <translation>lors de la copie des lignes du document</translation>
    </message>
    <message>
        <source>copying the memo&apos;s tax</source>
        <translation>lors de la copie de la taxe du document</translation>
    </message>
    <message>
        <source>reading the memo&apos;s lines</source>
        <translation>lors de la lecture des lignes du document</translation>
    </message>
    <message>
        <source>reading the memo&apos;s tax</source>
        <translation>lors de la lecture de la taxe du document</translation>
    </message>
    <message>
        <source>reading the allocation ledger</source>
        <translation>lors de la lecture du registre des affectations</translation>
    </message>
    <message>
        <source>reading the documents to settle</source>
        <translation>lors de la lecture des documents à solder</translation>
    </message>
    <message>
        <source>There is no %1 %2.</source>
        <translation>Il n&apos;y a pas de %1 %2.</translation>
    </message>
    <message>
        <source>settling the documents</source>
        <translation>lors du solde des documents</translation>
    </message>
    <message>
        <source>locking a document</source>
        <translation>lors du verrouillage d&apos;un document</translation>
    </message>
    <message>
        <source>reading AR documents</source>
        <translation>lors de la lecture des documents de créance</translation>
    </message>
    <message>
        <source>counting AR documents</source>
        <translation>lors du comptage des documents de créance</translation>
    </message>
    <message>
        <source>%1 writes statements only.</source>
        <translation>%1 n&apos;écrit que des relevés.</translation>
    </message>
</context>
<context>
    <name>bursar::core::AuditChain</name>
    <message>
        <source>reading the audit log&apos;s chain</source>
        <translation>lors de la lecture de la chaîne du journal d&apos;audit</translation>
    </message>
    <message>
        <source>The head of the audit log&apos;s chain (table audit_chain) is missing: the database was changed outside Bursar. Restore it from a backup.</source>
        <translation>La tête de la chaîne du journal d&apos;audit (table audit_chain) manque&#xa0;: la base a été modifiée en dehors de Bursar. Restaurez-la depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>writing the audit log&apos;s chain</source>
        <translation>lors de l&apos;écriture de la chaîne du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Impossible de lire le journal d&apos;audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>lors de la lecture du journal d&apos;audit</translation>
    </message>
    <message>
        <source>it has no hash, so it was not written by Bursar</source>
        <translation>elle n&apos;a pas d&apos;empreinte, elle n&apos;a donc pas été écrite par Bursar</translation>
    </message>
    <message>
        <source>it comes after the chain&apos;s last row (%1), so it was added behind Bursar&apos;s back</source>
        <translation>elle vient après la dernière ligne de la chaîne (%1), elle a donc été ajoutée à l&apos;insu de Bursar</translation>
    </message>
    <message>
        <source>it should be the first row of the chain but follows a row that is no longer there: rows before it were removed</source>
        <translation>elle devrait être la première ligne de la chaîne mais suit une ligne qui n&apos;existe plus&#xa0;: des lignes avant elle ont été supprimées</translation>
    </message>
    <message>
        <source>it does not follow row %1: row %1 was changed, or a row between them was removed</source>
        <translation>elle ne suit pas la ligne %1&#xa0;: la ligne %1 a été modifiée, ou une ligne entre elles a été supprimée</translation>
    </message>
    <message>
        <source>its columns are not what was written: it was changed after it was written</source>
        <translation>ses colonnes ne sont pas celles qui ont été écrites&#xa0;: elle a été modifiée après son écriture</translation>
    </message>
    <message>
        <source>the chain ends at row %1 with %2 rows, but the log ends at row %3 with %4: rows at the end were removed</source>
        <translation>la chaîne se termine à la ligne %1 avec %2 lignes, mais le journal se termine à la ligne %3 avec %4&#xa0;: des lignes de la fin ont été supprimées</translation>
    </message>
</context>
<context>
    <name>bursar::core::BillingReportBuilder</name>
    <message>
        <source>Pricebook %1, override for %2: %3 (from %4)</source>
        <translation>Grille tarifaire %1, exception pour %2&#xa0;: %3 (à partir du %4)</translation>
    </message>
    <message>
        <source>Pricebook %1: %2</source>
        <translation>Grille tarifaire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Pricebook %1: %2 (from %3)</source>
        <translation>Grille tarifaire %1&#xa0;: %2 (à partir du %3)</translation>
    </message>
    <message>
        <source>%1: %2 (from %3)</source>
        <translation>%1&#xa0;: %2 (à partir du %3)</translation>
    </message>
    <message>
        <source>Support plan %1: %2% of usage, minimum %3 %4 applied</source>
        <translation>Forfait de support %1&#xa0;: %2 % de la consommation, minimum de %3 %4 appliqué</translation>
    </message>
    <message>
        <source>Support plan %1: %2% of usage</source>
        <translation>Forfait de support %1&#xa0;: %2 % de la consommation</translation>
    </message>
    <message>
        <source>reading pricebooks</source>
        <translation>lors de la lecture des grilles tarifaires</translation>
    </message>
    <message>
        <source>reading pricebook rules</source>
        <translation>lors de la lecture des règles des grilles tarifaires</translation>
    </message>
    <message>
        <source>reading Cloud Provider settings</source>
        <translation>lors de la lecture des réglages Fournisseurs cloud</translation>
    </message>
    <message>
        <source>Marketplace: passed through at cost</source>
        <translation>Place de marché&#xa0;: refacturé au coût</translation>
    </message>
    <message>
        <source>No pricebook</source>
        <translation>Aucune grille tarifaire</translation>
    </message>
    <message>
        <source>The customer with ID %1 does not have the currency %2 enabled: set the Invoice Currency in Customers &gt; %1 &gt; Cloud Billing &gt; Cloud Providers.</source>
        <translation>Le client d&apos;ID %1 n&apos;a pas la devise %2 activée&#xa0;: définissez la devise de facturation dans Clients &gt; %1 &gt; Facturation cloud &gt; Fournisseurs cloud.</translation>
    </message>
    <message>
        <source>%1 is disabled for the customer with ID %2.</source>
        <translation>%1 est désactivé pour le client d&apos;ID %2.</translation>
    </message>
    <message>
        <source>The customer with ID %1 does not have a pricebook for %2: set it in Customers &gt; %1 &gt; Cloud Billing &gt; Cloud Providers.</source>
        <translation>Le client d&apos;ID %1 n&apos;a pas de grille tarifaire pour %2&#xa0;: définissez-la dans Clients &gt; %1 &gt; Facturation cloud &gt; Fournisseurs cloud.</translation>
    </message>
    <message>
        <source>reading vendor accounts</source>
        <translation>lors de la lecture des comptes fournisseurs</translation>
    </message>
    <message>
        <source>reading statements</source>
        <translation>lors de la lecture des relevés</translation>
    </message>
    <message>
        <source>reading usage totals</source>
        <translation>lors de la lecture des totaux de consommation</translation>
    </message>
    <message>
        <source>The pricebook “%1” has no rule for %2 yet: its first rule starts later.</source>
        <translation>La grille tarifaire «&#xa0;%1&#xa0;» n&apos;a pas encore de règle pour %2&#xa0;: sa première règle commence plus tard.</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Custom charge, monthly</source>
        <translation>Frais personnalisés, mensuels</translation>
    </message>
    <message>
        <source>Custom charges</source>
        <translation>Frais personnalisés</translation>
    </message>
    <message>
        <source>reading customers</source>
        <translation>lors de la lecture des clients</translation>
    </message>
    <message>
        <source>reading the statements of the range</source>
        <translation>lors de la lecture des relevés de l&apos;intervalle</translation>
    </message>
    <message>
        <source>A period is written YYYY-MM, for example 2026-09; “%1” to “%2” is not.</source>
        <translation>Une période s&apos;écrit AAAA-MM, par exemple 2026-09&#xa0;; «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;» ne l&apos;est pas.</translation>
    </message>
    <message>
        <source>The range starts (%1) after it ends (%2).</source>
        <translation>L&apos;intervalle commence (%1) après sa fin (%2).</translation>
    </message>
    <message>
        <source>reading usage lines</source>
        <translation>lors de la lecture des lignes de consommation</translation>
    </message>
</context>
<context>
    <name>bursar::core::BillingRun</name>
    <message>
        <source>reading customers</source>
        <translation>lors de la lecture des clients</translation>
    </message>
    <message>
        <source>reading Cloud Provider settings</source>
        <translation>lors de la lecture des réglages Fournisseurs cloud</translation>
    </message>
    <message>
        <source>reading subscriptions</source>
        <translation>lors de la lecture des abonnements</translation>
    </message>
    <message>
        <source>reading billing profiles</source>
        <translation>lors de la lecture des profils de facturation</translation>
    </message>
    <message>
        <source>The customer with ID %1 already has a statement of its %2 usage for %3 (%4); delete the draft to generate it again.</source>
        <translation>Le client d&apos;ID %1 a déjà un relevé de sa consommation %2 pour %3 (%4)&#xa0;; supprimez le brouillon pour le générer à nouveau.</translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation>brouillon %1</translation>
    </message>
    <message>
        <source>reading statements</source>
        <translation>lors de la lecture des relevés</translation>
    </message>
    <message>
        <source>The customer with ID %1 has no %2 charges for %3; there is nothing to bill.</source>
        <translation>Le client d&apos;ID %1 n&apos;a pas de frais %2 pour %3&#xa0;; il n&apos;y a rien à facturer.</translation>
    </message>
    <message>
        <source>There is no customer with ID %1.</source>
        <translation>Il n&apos;y a pas de client d&apos;ID %1.</translation>
    </message>
    <message>
        <source>recording the billing run</source>
        <translation>lors de l&apos;enregistrement de l&apos;exécution de facturation</translation>
    </message>
    <message>
        <source>reading credits</source>
        <translation>lors de la lecture des crédits</translation>
    </message>
    <message>
        <source>numbering the statements</source>
        <translation>lors de la numérotation des relevés</translation>
    </message>
    <message>
        <source>The statement IDs could not be taken; try again.</source>
        <translation>Les ID des relevés n&apos;ont pas pu être pris&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>The statement for the customer with ID %1 could not be saved: %2</source>
        <translation>Le relevé du client d&apos;ID %1 n&apos;a pas pu être enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>generate statements</source>
        <translation>générer des relevés</translation>
    </message>
    <message>
        <source>A billing period is written YYYY-MM, for example 2026-09, not “%1”.</source>
        <translation>Une période de facturation s&apos;écrit AAAA-MM, par exemple 2026-09, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No customers are selected: tick the customers to bill in the report, or use Select All.</source>
        <translation>Aucun client n&apos;est sélectionné&#xa0;: cochez les clients à facturer dans le rapport, ou utilisez Tout sélectionner.</translation>
    </message>
    <message>
        <source>Statement %1 for the customer with ID %2, %3 %4, in %5; pricebook %6.</source>
        <translation>Relevé %1 du client d&apos;ID %2, %3 %4, en %5&#xa0;; grille tarifaire %6.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Switches: Apply Credits %1, Include Tax %2, Include Marketplace Fees %3, Use Credits for Marketplace Fees %4.</source>
        <translation>Options&#xa0;: Imputer les crédits %1, Inclure la taxe %2, Inclure les frais de place de marché %3, Utiliser les crédits pour les frais de place de marché %4.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>off</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Line %1, %2 / %3: vendor cost %4 %5 → price %6 %7 (%8).</source>
        <translation>Ligne %1, %2 / %3&#xa0;: coût fournisseur %4 %5 → prix %6 %7 (%8).</translation>
    </message>
    <message>
        <source>Exchange rate: 1 %1 = %2 %3, dated %4.</source>
        <translation>Taux de change&#xa0;: 1 %1 = %2 %3, du %4.</translation>
    </message>
    <message>
        <source>Charges %1 at full precision, %2 in %3 units (half-up).</source>
        <translation>Frais %1 en pleine précision, %2 en unités %3 (arrondi au plus proche, moitié vers le haut).</translation>
    </message>
    <message>
        <source>%1 %2%3: %4 %5 for account %6 (%7).</source>
        <translation>%1 %2%3&#xa0;: %4 %5 pour le compte %6 (%7).</translation>
    </message>
    <message>
        <source>, expires %1</source>
        <translation>, expire le %1</translation>
    </message>
    <message>
        <source>, no expiry</source>
        <translation>, sans expiration</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>no comment</source>
        <translation>sans commentaire</translation>
    </message>
    <message>
        <source>Credits applied: %1 (earliest expiry first, then oldest; never below 0.00).</source>
        <translation>Crédits imputés&#xa0;: %1 (l&apos;expiration la plus proche d&apos;abord, puis le plus ancien&#xa0;; jamais en dessous de 0.00).</translation>
    </message>
    <message>
        <source>Marketplace fees %1 at cost (0 margin), marketplace credit %2.</source>
        <translation>Frais de place de marché %1 au coût (marge nulle), crédit de place de marché %2.</translation>
    </message>
    <message>
        <source>Marketplace fees not billed on this statement.</source>
        <translation>Frais de place de marché non facturés sur ce relevé.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4%5, rate from %6) = %7.</source>
        <translation>%1&#xa0;: %2 de %3 (%4%5, taux à partir du %6) = %7.</translation>
    </message>
    <message>
        <source>No tax rate applies to region “%1”, state “%2”.</source>
        <translation>Aucun taux de taxe ne s&apos;applique à la région «&#xa0;%1&#xa0;», État «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Rounding to %1 units: %2.</source>
        <translation>Arrondi aux unités %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Total %1 = charges %2 + credits %3 + marketplace %4 + marketplace credit %5 + tax %6.</source>
        <translation>Total %1 = frais %2 + crédits %3 + place de marché %4 + crédit de place de marché %5 + taxe %6.</translation>
    </message>
    <message>
        <source>reading the last billing run</source>
        <translation>lors de la lecture de la dernière exécution de facturation</translation>
    </message>
    <message>
        <source>reading the period&apos;s statements</source>
        <translation>lors de la lecture des relevés de la période</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) of %1 %2 were made with tax; this run makes its statements without tax. Switch on Include Tax to bill the period the same way.</source>
        <translation>
            <numerusform>%n relevé de %1 %2 a été fait avec taxe&#xa0;; cette exécution fait ses relevés sans taxe. Activez Inclure la taxe pour facturer la période de la même façon.</numerusform>
            <numerusform>%n relevés de %1 %2 ont été faits avec taxe&#xa0;; cette exécution fait ses relevés sans taxe. Activez Inclure la taxe pour facturer la période de la même façon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) of %1 %2 were made without tax; this run adds tax to its statements.</source>
        <translation>
            <numerusform>%n relevé de %1 %2 a été fait sans taxe&#xa0;; cette exécution ajoute la taxe à ses relevés.</numerusform>
            <numerusform>%n relevés de %1 %2 ont été faits sans taxe&#xa0;; cette exécution ajoute la taxe à ses relevés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer with ID %1 does not have the currency %2 enabled: its %3 invoice currency is %4, and Settings &gt; Exchange Rates has no %2 → %4 rate on or before %5. Add the rate, or set the Invoice Currency to %2 in Customers &gt; %1 &gt; Cloud Billing &gt; Cloud Providers.</source>
        <translation>Le client d&apos;ID %1 n&apos;a pas la devise %2 activée&#xa0;: sa devise de facturation %3 est %4, et Paramètres &gt; Taux de change n&apos;a pas de taux %2 → %4 au %5 ou avant. Ajoutez le taux, ou définissez la devise de facturation %2 dans Clients &gt; %1 &gt; Facturation cloud &gt; Fournisseurs cloud.</translation>
    </message>
    <message>
        <source>; converted from %1 at %2 (%3%4)</source>
        <translation>&#xa0;; converti depuis %1 à %2 (%3%4)</translation>
    </message>
    <message>
        <source>, the inverse of the %1 → %2 rate</source>
        <translation>, l&apos;inverse du taux %1 → %2</translation>
    </message>
    <message>
        <source>The customer with ID %1 does not have the currency %2 enabled: set the Invoice Currency in Customers &gt; %1 &gt; Cloud Billing &gt; Cloud Providers.</source>
        <translation>Le client d&apos;ID %1 n&apos;a pas la devise %2 activée&#xa0;: définissez la devise de facturation dans Clients &gt; %1 &gt; Facturation cloud &gt; Fournisseurs cloud.</translation>
    </message>
    <message>
        <source>The customer with ID %1 has net %2 charges of %3 %4 for %5 (refunds exceed the usage); a statement never goes below 0.00. Add the amount as a credit on the customer&apos;s profile instead.</source>
        <translation>Le client d&apos;ID %1 a des frais %2 nets de %3 %4 pour %5 (les remboursements dépassent la consommation)&#xa0;; un relevé ne descend jamais sous 0.00. Ajoutez plutôt le montant comme crédit dans le profil du client.</translation>
    </message>
    <message>
        <source>The customer with ID %1: the statement&apos;s amounts exceed Bursar&apos;s range.</source>
        <translation>Le client d&apos;ID %1&#xa0;: les montants du relevé dépassent la plage de Bursar.</translation>
    </message>
</context>
<context>
    <name>bursar::core::BulkInsert</name>
    <message>
        <source>An amount for %1.%2 is out of range (more than 20 digits before the decimal point) and cannot be stored exactly; nothing was written. Check the amounts that add up to it.</source>
        <translation>Un montant pour %1.%2 est hors limites (plus de 20 chiffres avant la virgule) et ne peut pas être enregistré exactement&#xa0;; rien n&apos;a été écrit. Vérifiez les montants qui le composent.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>L&apos;écriture de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: the PostgreSQL connection is not open.</source>
        <translation>L&apos;écriture de %1 a échoué&#xa0;: la connexion PostgreSQL n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Writing %1 failed: this build has no COPY.</source>
        <translation>L&apos;écriture de %1 a échoué&#xa0;: cette version n&apos;a pas COPY.</translation>
    </message>
</context>
<context>
    <name>bursar::core::CreditService</name>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Marketplace credit</source>
        <translation>Crédit de place de marché</translation>
    </message>
    <message>
        <source>Type the credit amount, for example 250.00.</source>
        <translation>Saisissez le montant du crédit, par exemple 250.00.</translation>
    </message>
    <message>
        <source>Type the credit amount without a minus sign (“%1”): Bursar stores every credit as a negative amount itself.</source>
        <translation>Saisissez le montant du crédit sans signe moins («&#xa0;%1&#xa0;»)&#xa0;: Bursar enregistre lui-même chaque crédit en montant négatif.</translation>
    </message>
    <message>
        <source>Type the credit amount without a sign, for example 250.00, not “%1”.</source>
        <translation>Saisissez le montant du crédit sans signe, par exemple 250.00, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The credit amount “%1” is not a number: %2</source>
        <translation>Le montant du crédit «&#xa0;%1&#xa0;» n&apos;est pas un nombre&#xa0;: %2</translation>
    </message>
    <message>
        <source>A credit of %1 credits nothing; type the amount the customer is owed.</source>
        <translation>Un crédit de %1 ne crédite rien&#xa0;; saisissez le montant dû au client.</translation>
    </message>
    <message>
        <source>%1 has no decimals; type the credit amount as a whole number, not “%2”.</source>
        <translation>%1 n&apos;a pas de décimales&#xa0;; saisissez le montant du crédit en nombre entier, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 has %2 decimals; “%3” has %4. Type at most %2 decimals.</source>
        <translation>%1 a %2 décimales&#xa0;; «&#xa0;%3&#xa0;» en a %4. Saisissez au plus %2 décimales.</translation>
    </message>
    <message>
        <source>The credit amount %1 is not below 1,000,000,000,000; check the amount.</source>
        <translation>Le montant du crédit %1 n&apos;est pas inférieur à 1 000 000 000 000&#xa0;; vérifiez le montant.</translation>
    </message>
    <message>
        <source>Credits are applied when statements are generated with Apply Credits, for the same vendor and currency only: the credit that expires first is used first, credits without an expiry date last, and among equals the oldest first. A statement never goes below 0.00; what is left carries over to the next cycle.</source>
        <translation>Les crédits sont imputés quand les relevés sont générés avec Imputer les crédits, pour le même fournisseur et la même devise seulement&#xa0;: le crédit qui expire le premier sert en premier, les crédits sans date d&apos;expiration en dernier, et à égalité le plus ancien d&apos;abord. Un relevé ne descend jamais sous 0.00&#xa0;; le reste passe au cycle suivant.</translation>
    </message>
    <message>
        <source>reading credits</source>
        <translation>lors de la lecture des crédits</translation>
    </message>
    <message>
        <source>add credits</source>
        <translation>ajouter des crédits</translation>
    </message>
    <message>
        <source>Credit for customer %1</source>
        <translation>Crédit pour le client %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: Azure Marketplace fees are not billed by Bursar, so a Microsoft marketplace credit could never be used. Add it as a credit instead.</source>
        <translation>%1&#xa0;: Bursar ne facture pas les frais d&apos;Azure Marketplace, un crédit de place de marché Microsoft ne pourrait donc jamais servir. Ajoutez-le plutôt comme crédit.</translation>
    </message>
    <message>
        <source>%1: the comment has %2 characters; at most 500 are kept.</source>
        <translation>%1&#xa0;: le commentaire a %2 caractères&#xa0;; 500 au plus sont conservés.</translation>
    </message>
    <message>
        <source>reading the customer</source>
        <translation>lors de la lecture du client</translation>
    </message>
    <message>
        <source>There is no customer with ID %1.</source>
        <translation>Il n&apos;y a pas de client d&apos;ID %1.</translation>
    </message>
    <message>
        <source>%1: there is no credit %2 to correct.</source>
        <translation>%1&#xa0;: il n&apos;y a pas de crédit %2 à corriger.</translation>
    </message>
    <message>
        <source>%1: credit %2 is for customer %3, %4, %5; a correction is for the same customer, vendor and currency.</source>
        <translation>%1&#xa0;: le crédit %2 concerne le client %3, %4, %5&#xa0;; une correction porte sur le même client, le même fournisseur et la même devise.</translation>
    </message>
    <message>
        <source>reading the credits</source>
        <translation>lors de la lecture des crédits</translation>
    </message>
    <message>
        <source>%1: this vendor credit (%2) was issued already as credit %3; void that credit first to issue it again.</source>
        <translation>%1&#xa0;: ce crédit fournisseur (%2) a déjà été émis comme crédit %3&#xa0;; annulez d&apos;abord ce crédit pour l&apos;émettre à nouveau.</translation>
    </message>
    <message>
        <source>adding the credit</source>
        <translation>lors de l&apos;ajout du crédit</translation>
    </message>
    <message>
        <source>The %1 credit on account %2 (%3, %4)</source>
        <translation>Le crédit %1 du compte %2 (%3, %4)</translation>
    </message>
    <message>
        <source>%1 has no customer: map the account to one in Usage &gt; Unmapped Accounts, then issue its credit.</source>
        <translation>%1 n&apos;a pas de client&#xa0;: associez le compte à un client dans Consommation &gt; Comptes non associés, puis émettez son crédit.</translation>
    </message>
    <message>
        <source>%1 was issued already as credit %2; void that credit first to issue it again.</source>
        <translation>%1 a déjà été émis comme crédit %2&#xa0;; annulez d&apos;abord ce crédit pour l&apos;émettre à nouveau.</translation>
    </message>
    <message>
        <source>%1 is %2 %3: rounded to the currency&apos;s units there is nothing to pass on.</source>
        <translation>%1 vaut %2 %3&#xa0;: arrondi aux unités de la devise, il n&apos;y a rien à transmettre.</translation>
    </message>
    <message>
        <source>%1 is %2 %3, not a credit: only a negative amount is passed on as a customer credit.</source>
        <translation>%1 vaut %2 %3, ce n&apos;est pas un crédit&#xa0;: seul un montant négatif est transmis comme crédit client.</translation>
    </message>
    <message>
        <source>Vendor credit: %1, account %2, %3</source>
        <translation>Crédit fournisseur&#xa0;: %1, compte %2, %3</translation>
    </message>
    <message>
        <source>issue credits</source>
        <translation>émettre des crédits</translation>
    </message>
    <message>
        <source>Select the vendor credits to issue as customer credits.</source>
        <translation>Sélectionnez les crédits fournisseurs à émettre comme crédits clients.</translation>
    </message>
    <message>
        <source>void credits</source>
        <translation>annuler des crédits</translation>
    </message>
    <message>
        <source>Credit %1: say why it is voided (the reason is kept with it).</source>
        <translation>Crédit %1&#xa0;: dites pourquoi il est annulé (le motif est conservé avec lui).</translation>
    </message>
    <message>
        <source>There is no credit %1.</source>
        <translation>Il n&apos;y a pas de crédit %1.</translation>
    </message>
    <message>
        <source>Credit %1 was voided already, on %2 by %3.</source>
        <translation>Le crédit %1 a déjà été annulé, le %2 par %3.</translation>
    </message>
    <message>
        <source>Credit %1 has been applied (%2 %3), so it never changes: add a correcting credit instead.</source>
        <translation>Le crédit %1 a été imputé (%2 %3), il ne change donc plus jamais&#xa0;: ajoutez plutôt un crédit correctif.</translation>
    </message>
    <message>
        <source>voiding the credit</source>
        <translation>lors de l&apos;annulation du crédit</translation>
    </message>
    <message>
        <source>reading credit applications</source>
        <translation>lors de la lecture des imputations de crédits</translation>
    </message>
</context>
<context>
    <name>bursar::core::CsvReader</name>
    <message>
        <source>The file ends inside a quoted field that starts on line %1; the file is probably truncated. Export it again.</source>
        <translation>Le fichier se termine à l&apos;intérieur d&apos;un champ entre guillemets commencé à la ligne %1&#xa0;; le fichier est probablement tronqué. Exportez-le de nouveau.</translation>
    </message>
    <message>
        <source>Line %1, column %2: a quoted field must end at its closing quote, but “%3” follows it. Quotes inside a field are written twice (&quot;&quot;).</source>
        <translation>Ligne %1, colonne %2&#xa0;: un champ entre guillemets doit finir à son guillemet fermant, mais «&#xa0;%3&#xa0;» le suit. Les guillemets à l&apos;intérieur d&apos;un champ s&apos;écrivent doublés (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1, column %2: a quote inside a field that does not start with one. Quote the whole field and write inner quotes twice (&quot;&quot;).</source>
        <translation>Ligne %1, colonne %2&#xa0;: un guillemet dans un champ qui ne commence pas par un guillemet. Mettez tout le champ entre guillemets et doublez les guillemets intérieurs (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1, column %2 is not UTF-8 text; export the file as UTF-8 and import again.</source>
        <translation>La ligne %1, colonne %2 n&apos;est pas du texte UTF-8&#xa0;; exportez le fichier en UTF-8 et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>The file is UTF-16 text; export it as UTF-8 (with or without BOM) and import again.</source>
        <translation>Le fichier est en texte UTF-16&#xa0;; exportez-le en UTF-8 (avec ou sans BOM) et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 MiB; this is not a usage export Bursar can read (wrong file, or a damaged one).</source>
        <translation>La ligne %1 dépasse %2 Mio&#xa0;; ce n&apos;est pas un export de consommation que Bursar peut lire (mauvais fichier, ou fichier endommagé).</translation>
    </message>
</context>
<context>
    <name>bursar::core::CurMapper</name>
    <message>
        <source>“%1” is not a line item type Bursar knows (Usage, DiscountedUsage, SavingsPlanCoveredUsage, Fee, RIFee, Tax, Credit, Refund, discounts).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type de ligne connu de Bursar (Usage, DiscountedUsage, SavingsPlanCoveredUsage, Fee, RIFee, Tax, Credit, Refund, remises).</translation>
    </message>
</context>
<context>
    <name>bursar::core::CustomerQuery</name>
    <message>
        <source>counting customers</source>
        <translation>lors du comptage des clients</translation>
    </message>
    <message>
        <source>reading customers</source>
        <translation>lors de la lecture des clients</translation>
    </message>
</context>
<context>
    <name>bursar::core::CustomerService</name>
    <message>
        <source>%1: %2 is %3 characters long; shorten it to at most %4.</source>
        <translation>%1&#xa0;: %2 fait %3 caractères&#xa0;; raccourcissez-le à %4 au plus.</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>%1: “%2” is not an email address; type it as name@example.com or leave it empty.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une adresse e-mail&#xa0;; écrivez-la nom@exemple.fr ou laissez-la vide.</translation>
    </message>
    <message>
        <source>%1: the phone number “%2” may hold digits, spaces and + ( ) - . / only.</source>
        <translation>%1&#xa0;: le numéro de téléphone «&#xa0;%2&#xa0;» ne peut contenir que des chiffres, des espaces et + ( ) - . /</translation>
    </message>
    <message>
        <source>the contact name</source>
        <translation>le nom du contact</translation>
    </message>
    <message>
        <source>the email</source>
        <translation>l&apos;e-mail</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>le numéro de téléphone</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>l&apos;adresse</translation>
    </message>
    <message>
        <source>the second address line</source>
        <translation>la deuxième ligne d&apos;adresse</translation>
    </message>
    <message>
        <source>the city</source>
        <translation>la ville</translation>
    </message>
    <message>
        <source>the postal code</source>
        <translation>le code postal</translation>
    </message>
    <message>
        <source>the country</source>
        <translation>le pays</translation>
    </message>
    <message>
        <source>reading tenants</source>
        <translation>lors de la lecture des locataires</translation>
    </message>
    <message>
        <source>add tenants</source>
        <translation>ajouter des locataires</translation>
    </message>
    <message>
        <source>New tenant: the name is empty; type the tenant&apos;s name.</source>
        <translation>Nouveau locataire&#xa0;: le nom est vide&#xa0;; saisissez le nom du locataire.</translation>
    </message>
    <message>
        <source>Tenant “%1”: a distributor is the top of the tree and has no parent.</source>
        <translation>Locataire «&#xa0;%1&#xa0;»&#xa0;: un distributeur est le sommet de l&apos;arbre et n&apos;a pas de parent.</translation>
    </message>
    <message>
        <source>Tenant “%1”: a partner belongs to a distributor or partner; choose its parent.</source>
        <translation>Locataire «&#xa0;%1&#xa0;»&#xa0;: un partenaire appartient à un distributeur ou à un partenaire&#xa0;; choisissez son parent.</translation>
    </message>
    <message>
        <source>Tenant “%1”: the parent tenant %2 does not exist.</source>
        <translation>Locataire «&#xa0;%1&#xa0;»&#xa0;: le locataire parent %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>adding a tenant</source>
        <translation>lors de l&apos;ajout d&apos;un locataire</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distributeur</translation>
    </message>
    <message>
        <source>rename tenants</source>
        <translation>renommer des locataires</translation>
    </message>
    <message>
        <source>Tenant %1: the name is empty; type the tenant&apos;s name.</source>
        <translation>Locataire %1&#xa0;: le nom est vide&#xa0;; saisissez le nom du locataire.</translation>
    </message>
    <message>
        <source>Tenant %1: the name is longer than 200 characters; shorten it.</source>
        <translation>Locataire %1&#xa0;: le nom dépasse 200 caractères&#xa0;; raccourcissez-le.</translation>
    </message>
    <message>
        <source>renaming the tenant</source>
        <translation>lors du renommage du locataire</translation>
    </message>
    <message>
        <source>Tenant %1 does not exist; reload the list.</source>
        <translation>Le locataire %1 n&apos;existe pas&#xa0;; rechargez la liste.</translation>
    </message>
    <message>
        <source>counting customers</source>
        <translation>lors du comptage des clients</translation>
    </message>
    <message>
        <source>%1: the name is empty; type the customer&apos;s name.</source>
        <translation>%1&#xa0;: le nom est vide&#xa0;; saisissez le nom du client.</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <source>the region</source>
        <translation>la région</translation>
    </message>
    <message>
        <source>the state or province</source>
        <translation>l&apos;État ou la province</translation>
    </message>
    <message>
        <source>%1: payment terms of %2 days are out of range; use 0 to 365 days.</source>
        <translation>%1&#xa0;: un délai de paiement de %2 jours est hors limites&#xa0;; utilisez de 0 à 365 jours.</translation>
    </message>
    <message>
        <source>%1: the tenant %2 does not exist; choose an existing partner or distributor.</source>
        <translation>%1&#xa0;: le locataire %2 n&apos;existe pas&#xa0;; choisissez un partenaire ou un distributeur existant.</translation>
    </message>
    <message>
        <source>reading a customer</source>
        <translation>lors de la lecture d&apos;un client</translation>
    </message>
    <message>
        <source>There is no customer with ID %1; check the number in the Customers list.</source>
        <translation>Il n&apos;y a pas de client d&apos;ID %1&#xa0;; vérifiez le numéro dans la liste des clients.</translation>
    </message>
    <message>
        <source>add customers</source>
        <translation>ajouter des clients</translation>
    </message>
    <message>
        <source>numbering the customer</source>
        <translation>lors de la numérotation du client</translation>
    </message>
    <message>
        <source>adding the customer</source>
        <translation>lors de l&apos;ajout du client</translation>
    </message>
    <message>
        <source>change customers</source>
        <translation>modifier des clients</translation>
    </message>
    <message>
        <source>saving the customer</source>
        <translation>lors de l&apos;enregistrement du client</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 after you opened it; reload it and make your change again.</source>
        <translation>%1 a été modifié par %2 à %3 après son ouverture&#xa0;; rechargez et refaites votre modification.</translation>
    </message>
    <message>
        <source>reading customers</source>
        <translation>lors de la lecture des clients</translation>
    </message>
    <message>
        <source>reading cloud providers</source>
        <translation>lors de la lecture des fournisseurs cloud</translation>
    </message>
    <message>
        <source>change Cloud Providers</source>
        <translation>modifier les Fournisseurs cloud</translation>
    </message>
    <message>
        <source>%1, %2: choose an invoice currency before enabling the vendor.</source>
        <translation>%1, %2&#xa0;: choisissez une devise de facturation avant d&apos;activer le fournisseur.</translation>
    </message>
    <message>
        <source>reading pricebooks</source>
        <translation>lors de la lecture des grilles tarifaires</translation>
    </message>
    <message>
        <source>%1, %2: pricebook %3 does not exist.</source>
        <translation>%1, %2&#xa0;: la grille tarifaire %3 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1, %2: the pricebook “%3” prices another vendor&apos;s usage; choose one of %2&apos;s pricebooks.</source>
        <translation>%1, %2&#xa0;: la grille tarifaire «&#xa0;%3&#xa0;» fixe les prix de la consommation d&apos;un autre fournisseur&#xa0;; choisissez une des grilles de %2.</translation>
    </message>
    <message>
        <source>saving the cloud provider</source>
        <translation>lors de l&apos;enregistrement du fournisseur cloud</translation>
    </message>
    <message>
        <source>reading vendor accounts</source>
        <translation>lors de la lecture des comptes fournisseurs</translation>
    </message>
    <message>
        <source>map vendor accounts</source>
        <translation>associer des comptes fournisseurs</translation>
    </message>
    <message>
        <source>%1: the %2 account is empty; type the account or subscription ID.</source>
        <translation>%1&#xa0;: le compte %2 est vide&#xa0;; saisissez l&apos;ID du compte ou de l&apos;abonnement.</translation>
    </message>
    <message>
        <source>%1: the account ID is %2 characters long; at most 256 are allowed.</source>
        <translation>%1&#xa0;: l&apos;ID de compte fait %2 caractères&#xa0;; 256 au plus sont permis.</translation>
    </message>
    <message>
        <source>%1: the account ID “%2” contains a space; vendor account IDs have none.</source>
        <translation>%1&#xa0;: l&apos;ID de compte «&#xa0;%2&#xa0;» contient une espace&#xa0;; les ID de comptes fournisseurs n&apos;en ont pas.</translation>
    </message>
    <message>
        <source>The %1 account %2 is already mapped to customer %3; unmap it there first.</source>
        <translation>Le compte %1 %2 est déjà associé au client %3&#xa0;; dissociez-le d&apos;abord là-bas.</translation>
    </message>
    <message>
        <source>mapping the account</source>
        <translation>lors de l&apos;association du compte</translation>
    </message>
    <message>
        <source>unmap vendor accounts</source>
        <translation>dissocier des comptes fournisseurs</translation>
    </message>
    <message>
        <source>The %1 account %2 is not mapped to any customer.</source>
        <translation>Le compte %1 %2 n&apos;est associé à aucun client.</translation>
    </message>
    <message>
        <source>unmapping the account</source>
        <translation>lors de la dissociation du compte</translation>
    </message>
    <message>
        <source>Type at least the last four characters of the card or account number.</source>
        <translation>Saisissez au moins les quatre derniers caractères du numéro de carte ou de compte.</translation>
    </message>
    <message>
        <source>A card reference holds digits only, for example 4242 or the full number; Bursar keeps only the last four digits.</source>
        <translation>Une référence de carte ne contient que des chiffres, par exemple 4242 ou le numéro complet&#xa0;; Bursar ne garde que les quatre derniers chiffres.</translation>
    </message>
    <message>
        <source>reading payment methods</source>
        <translation>lors de la lecture des moyens de paiement</translation>
    </message>
    <message>
        <source>add payment methods</source>
        <translation>ajouter des moyens de paiement</translation>
    </message>
    <message>
        <source>the holder name</source>
        <translation>le nom du titulaire</translation>
    </message>
    <message>
        <source>adding the payment method</source>
        <translation>lors de l&apos;ajout du moyen de paiement</translation>
    </message>
    <message>
        <source>remove payment methods</source>
        <translation>retirer des moyens de paiement</translation>
    </message>
    <message>
        <source>removing the payment method</source>
        <translation>lors du retrait du moyen de paiement</translation>
    </message>
    <message>
        <source>Payment method %1 no longer exists; reload the customer.</source>
        <translation>Le moyen de paiement %1 n&apos;existe plus&#xa0;; rechargez le client.</translation>
    </message>
    <message>
        <source>reading billing profiles</source>
        <translation>lors de la lecture des profils de facturation</translation>
    </message>
    <message>
        <source>change billing profiles</source>
        <translation>modifier des profils de facturation</translation>
    </message>
    <message>
        <source>, billing profile “%1”</source>
        <translation>, profil de facturation «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>, new billing profile: the name is empty; type a name such as Head office.</source>
        <translation>, nouveau profil de facturation&#xa0;: le nom est vide&#xa0;; saisissez un nom comme Siège.</translation>
    </message>
    <message>
        <source>%1: the payment method does not belong to this customer; choose one of its own.</source>
        <translation>%1&#xa0;: le moyen de paiement n&apos;appartient pas à ce client&#xa0;; choisissez un des siens.</translation>
    </message>
    <message>
        <source>adding the billing profile</source>
        <translation>lors de l&apos;ajout du profil de facturation</translation>
    </message>
    <message>
        <source>saving the billing profile</source>
        <translation>lors de l&apos;enregistrement du profil de facturation</translation>
    </message>
    <message>
        <source>%1 no longer exists; reload the customer.</source>
        <translation>%1 n&apos;existe plus&#xa0;; rechargez le client.</translation>
    </message>
    <message>
        <source>remove billing profiles</source>
        <translation>retirer des profils de facturation</translation>
    </message>
    <message>
        <source>removing the billing profile</source>
        <translation>lors du retrait du profil de facturation</translation>
    </message>
    <message>
        <source>Billing profile %1 no longer exists; reload the customer.</source>
        <translation>Le profil de facturation %1 n&apos;existe plus&#xa0;; rechargez le client.</translation>
    </message>
    <message>
        <source>reading subscriptions</source>
        <translation>lors de la lecture des abonnements</translation>
    </message>
    <message>
        <source>change subscriptions</source>
        <translation>modifier des abonnements</translation>
    </message>
    <message>
        <source>, subscription “%1”</source>
        <translation>, abonnement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>, new subscription: the name is empty; type the subscription&apos;s name.</source>
        <translation>, nouvel abonnement&#xa0;: le nom est vide&#xa0;; saisissez le nom de l&apos;abonnement.</translation>
    </message>
    <message>
        <source>%1: the billing profile does not belong to this customer; choose one of its own.</source>
        <translation>%1&#xa0;: le profil de facturation n&apos;appartient pas à ce client&#xa0;; choisissez un des siens.</translation>
    </message>
    <message>
        <source>saving the subscription</source>
        <translation>lors de l&apos;enregistrement de l&apos;abonnement</translation>
    </message>
    <message>
        <source>adding the subscription</source>
        <translation>lors de l&apos;ajout de l&apos;abonnement</translation>
    </message>
    <message>
        <source>remove subscriptions</source>
        <translation>retirer des abonnements</translation>
    </message>
    <message>
        <source>removing the subscription</source>
        <translation>lors du retrait de l&apos;abonnement</translation>
    </message>
    <message>
        <source>Subscription %1 no longer exists; reload the customer.</source>
        <translation>L&apos;abonnement %1 n&apos;existe plus&#xa0;; rechargez le client.</translation>
    </message>
</context>
<context>
    <name>bursar::core::Database</name>
    <message>
        <source>writing the audit log</source>
        <translation>lors de l&apos;écriture du journal d&apos;audit</translation>
    </message>
    <message>
        <source>chaining the audit log</source>
        <translation>lors du chaînage du journal d&apos;audit</translation>
    </message>
    <message>
        <source>The database “%1” is damaged and cannot be read (%2). Bursar left it unchanged; restore it from a backup.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» est endommagée et ne peut pas être lue (%2). Bursar l&apos;a laissée inchangée&#xa0;; restaurez-la depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>“%1” is not a Bursar database: it is not a SQLite file. Bursar left it unchanged; open a Bursar database or give a new file name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une base Bursar&#xa0;: ce n&apos;est pas un fichier SQLite. Bursar l&apos;a laissé inchangé&#xa0;; ouvrez une base Bursar ou donnez un nouveau nom de fichier.</translation>
    </message>
    <message>
        <source>Cannot read the database “%1”: %2. Check that the file exists and that you may read it.</source>
        <translation>Impossible de lire la base de données «&#xa0;%1&#xa0;»&#xa0;: %2. Vérifiez que le fichier existe et que vous pouvez le lire.</translation>
    </message>
    <message>
        <source>“%1” is not a Bursar database: it is a SQLite database of another program. Bursar left it unchanged; open a Bursar database or give a new file name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une base Bursar&#xa0;: c&apos;est une base SQLite d&apos;un autre programme. Bursar l&apos;a laissée inchangée&#xa0;; ouvrez une base Bursar ou donnez un nouveau nom de fichier.</translation>
    </message>
    <message>
        <source>its schema table is missing</source>
        <translation>sa table de schéma manque</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL URL Bursar understands; write it as postgresql://user@host:port/dbname or postgresql://user@/dbname?host=/socket/dir.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL PostgreSQL que Bursar comprend&#xa0;; écrivez-la postgresql://utilisateur@hôte:port/base ou postgresql://utilisateur@/base?host=/dossier/socket.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt is not installed; install libqt6sql6-psql (Debian) or the Qt PostgreSQL plugin and try again.</source>
        <translation>Le pilote PostgreSQL de Qt n&apos;est pas installé&#xa0;; installez libqt6sql6-psql (Debian) ou le greffon PostgreSQL de Qt et réessayez.</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database %1: %2. Check the server, the user name and the password (PGPASSWORD or ~/.pgpass).</source>
        <translation>Impossible de se connecter à la base PostgreSQL %1&#xa0;: %2. Vérifiez le serveur, le nom d&apos;utilisateur et le mot de passe (PGPASSWORD ou ~/.pgpass).</translation>
    </message>
    <message>
        <source>Cannot read the tables of %1: %2</source>
        <translation>Impossible de lire les tables de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 is not a Bursar database: it holds other tables. Bursar left it unchanged; create an empty database for Bursar.</source>
        <translation>La base PostgreSQL %1 n&apos;est pas une base Bursar&#xa0;: elle contient d&apos;autres tables. Bursar l&apos;a laissée inchangée&#xa0;; créez une base vide pour Bursar.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1: %2</source>
        <translation>Impossible de lire la version de schéma de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The database “%1” was written by a newer Bursar (schema %2; this Bursar knows up to %3). Bursar left it unchanged; update Bursar to open it.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» a été écrite par un Bursar plus récent (schéma %2&#xa0;; ce Bursar connaît jusqu&apos;au %3). Bursar l&apos;a laissée inchangée&#xa0;; mettez Bursar à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>No database was given; pass a file path with --database.</source>
        <translation>Aucune base de données n&apos;a été donnée&#xa0;; passez un chemin de fichier avec --database.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist; create it or choose another place for the database.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n&apos;existe pas&#xa0;; créez-le ou choisissez un autre emplacement pour la base de données.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file; give a file name such as %2/bursar.sqlite.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un fichier de base de données&#xa0;; donnez un nom de fichier comme %2/bursar.sqlite.</translation>
    </message>
    <message>
        <source>Cannot open the database “%1”: %2.</source>
        <translation>Impossible d&apos;ouvrir la base de données «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot prepare the database “%1” (%2): %3.</source>
        <translation>Impossible de préparer la base de données «&#xa0;%1&#xa0;» (%2)&#xa0;: %3.</translation>
    </message>
    <message>
        <source>reading privileges</source>
        <translation>lors de la lecture des privilèges</translation>
    </message>
    <message>
        <source>reading users</source>
        <translation>lors de la lecture des utilisateurs</translation>
    </message>
    <message>
        <source>The PostgreSQL login “%1” is not a Bursar user of %2. An administrator can add it: bursar users add --name NAME --login %1 --privileges ...</source>
        <translation>L&apos;identifiant PostgreSQL «&#xa0;%1&#xa0;» n&apos;est pas un utilisateur Bursar de %2. Un administrateur peut l&apos;ajouter&#xa0;: bursar users add --name NAME --login %1 --privileges ...</translation>
    </message>
    <message>
        <source>creating the administrator</source>
        <translation>lors de la création de l&apos;administrateur</translation>
    </message>
    <message>
        <source>There is no Bursar user “%1”; list them with bursar users list.</source>
        <translation>Il n&apos;y a pas d&apos;utilisateur Bursar «&#xa0;%1&#xa0;»&#xa0;; listez-les avec bursar users list.</translation>
    </message>
    <message>
        <source>%1 may not %2: the privilege %3 is missing. An administrator can grant it in Settings &gt; Users &amp; Privileges.</source>
        <translation>%1 ne peut pas %2&#xa0;: le privilège %3 manque. Un administrateur peut l&apos;accorder dans Paramètres &gt; Utilisateurs et privilèges.</translation>
    </message>
    <message>
        <source>Cannot start a database transaction: %1</source>
        <translation>Impossible de commencer une transaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot save the change; nothing was written: %1</source>
        <translation>Impossible d&apos;enregistrer la modification&#xa0;; rien n&apos;a été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>numbering %1</source>
        <translation>lors de la numérotation de %1</translation>
    </message>
    <message>
        <source>checking the database</source>
        <translation>lors de la vérification de la base</translation>
    </message>
    <message>
        <source>The database “%1” is damaged: %2</source>
        <translation>La base de données «&#xa0;%1&#xa0;» est endommagée&#xa0;: %2</translation>
    </message>
    <message>
        <source>working with the database</source>
        <translation>lors du travail sur la base</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Erreur de base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Bursar refused to write an amount that is not a number while %1 (value %2 of the statement); nothing was written.</source>
        <translation>Bursar a refusé d&apos;écrire un montant qui n&apos;est pas un nombre %1 (valeur %2 de l&apos;instruction)&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>upgrading the database to schema %1</source>
        <translation>lors de la mise à niveau de la base vers le schéma %1</translation>
    </message>
    <message>
        <source>Cannot upgrade the database to schema %1: table %2 still has “%3”.</source>
        <translation>Impossible de mettre la base à niveau vers le schéma %1&#xa0;: la table %2 contient encore «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot wait for another Bursar to upgrade the database: %1</source>
        <translation>Impossible d&apos;attendre qu&apos;un autre Bursar mette la base à niveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>creating the schema table</source>
        <translation>lors de la création de la table de schéma</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>lors de la lecture de la version de schéma</translation>
    </message>
    <message>
        <source>Cannot mark the database as Bursar&apos;s: %1</source>
        <translation>Impossible de marquer la base comme appartenant à Bursar&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot back up the database before upgrading it to schema %1, so it was left as it is: %2</source>
        <translation>Impossible de sauvegarder la base avant de la mettre à niveau vers le schéma %1&#xa0;; elle a donc été laissée telle quelle&#xa0;: %2</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>La migration %1 manque dans cette version.</translation>
    </message>
    <message>
        <source>recording schema %1</source>
        <translation>lors de l&apos;enregistrement du schéma %1</translation>
    </message>
    <message>
        <source>reading the schema</source>
        <translation>lors de la lecture du schéma</translation>
    </message>
    <message>
        <source>changing the user</source>
        <translation>lors du changement d&apos;utilisateur</translation>
    </message>
    <message>
        <source>limiting what %1 sees</source>
        <translation>lors de la limitation de ce que voit %1</translation>
    </message>
    <message>
        <source>reading the vendors</source>
        <translation>lors de la lecture des fournisseurs</translation>
    </message>
</context>
<context>
    <name>bursar::core::DatabaseBackup</name>
    <message>
        <source>Cannot create “%1”: %2. Choose a folder you may write to.</source>
        <translation>Impossible de créer «&#xa0;%1&#xa0;»&#xa0;: %2. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder to upgrade the backup in: %1.</source>
        <translation>Impossible de créer un dossier temporaire pour mettre la sauvegarde à niveau&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Cannot copy the backup “%1” to upgrade it: %2.</source>
        <translation>Impossible de copier la sauvegarde «&#xa0;%1&#xa0;» pour la mettre à niveau&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The backup “%1” cannot be brought to this Bursar&apos;s schema: %2 Nothing was changed.</source>
        <translation>La sauvegarde «&#xa0;%1&#xa0;» ne peut pas être amenée au schéma de ce Bursar&#xa0;: %2 Rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>The restored table %1 does not match the backup; nothing was restored.</source>
        <translation>La table restaurée %1 ne correspond pas à la sauvegarde&#xa0;; rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>The backup&apos;s table %1 refers to a row that is not there; nothing was restored.</source>
        <translation>La table %1 de la sauvegarde fait référence à une ligne absente&#xa0;; rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>%1 is a shared PostgreSQL database: back it up with PostgreSQL&apos;s own tools, which see every desktop&apos;s changes at one moment. For example: pg_dump --format=custom --file=bursar.dump &quot;%1&quot;; restore into a new, empty database with pg_restore --dbname=NEW_URL bursar.dump. Ask the server&apos;s administrator, who may already back it up.</source>
        <translation>%1 est une base PostgreSQL partagée&#xa0;: sauvegardez-la avec les outils de PostgreSQL, qui voient au même instant les modifications de tous les postes. Par exemple&#xa0;: pg_dump --format=custom --file=bursar.dump &quot;%1&quot;&#xa0;; restaurez dans une nouvelle base vide avec pg_restore --dbname=NOUVELLE_URL bursar.dump. Demandez à l&apos;administrateur du serveur, qui la sauvegarde peut-être déjà.</translation>
    </message>
    <message>
        <source>The backup “%1” does not exist.</source>
        <translation>La sauvegarde «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>“%1” is a folder; choose a backup file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier&#xa0;; choisissez un fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>“%1” is not a Bursar database, so it is no backup of one; nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une base Bursar, ce n&apos;en est donc pas une sauvegarde&#xa0;; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>The backup “%1” is damaged (%2); nothing was changed. Choose another backup.</source>
        <translation>La sauvegarde «&#xa0;%1&#xa0;» est endommagée (%2)&#xa0;; rien n&apos;a changé. Choisissez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>The backup “%1” has no schema table; nothing was changed.</source>
        <translation>La sauvegarde «&#xa0;%1&#xa0;» n&apos;a pas de table de schéma&#xa0;; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>The backup “%1” was written by a newer Bursar (schema %2; this Bursar knows up to %3); nothing was changed. Update Bursar to restore it.</source>
        <translation>La sauvegarde «&#xa0;%1&#xa0;» a été écrite par un Bursar plus récent (schéma %2&#xa0;; ce Bursar connaît jusqu&apos;au %3)&#xa0;; rien n&apos;a changé. Mettez Bursar à jour pour la restaurer.</translation>
    </message>
    <message>
        <source>No backup file was given; name a new file, for example %1.</source>
        <translation>Aucun fichier de sauvegarde n&apos;a été donné&#xa0;; nommez un nouveau fichier, par exemple %1.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist; create it or choose another place for the backup.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n&apos;existe pas&#xa0;; créez-le ou choisissez un autre emplacement pour la sauvegarde.</translation>
    </message>
    <message>
        <source>“%1” is a folder; name a backup file in it, for example %2.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier&#xa0;; nommez un fichier de sauvegarde dedans, par exemple %2.</translation>
    </message>
    <message>
        <source>“%1” is a database Bursar has open; a backup needs a file of its own.</source>
        <translation>«&#xa0;%1&#xa0;» est une base que Bursar a ouverte&#xa0;; une sauvegarde a besoin d&apos;un fichier à elle.</translation>
    </message>
    <message>
        <source>“%1” exists already; choose a new name for the backup, or remove the old file first.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;; choisissez un nouveau nom pour la sauvegarde, ou retirez d&apos;abord l&apos;ancien fichier.</translation>
    </message>
    <message>
        <source>backing up the database to %1</source>
        <translation>lors de la sauvegarde de la base vers %1</translation>
    </message>
    <message>
        <source>Cannot name the backup “%1”: %2.</source>
        <translation>Impossible de nommer la sauvegarde «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is the database itself; choose a backup of it.</source>
        <translation>«&#xa0;%1&#xa0;» est la base elle-même&#xa0;; choisissez une sauvegarde de celle-ci.</translation>
    </message>
    <message>
        <source>Cannot keep the database as it is before restoring: %1 Nothing was changed.</source>
        <translation>Impossible de garder la base telle qu&apos;elle est avant la restauration&#xa0;: %1 Rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>restoring the backup %1</source>
        <translation>lors de la restauration de la sauvegarde %1</translation>
    </message>
    <message>
        <source>The backup “%1” does not hold the tables of this database (schema %2); nothing was changed beyond keeping the database as %3.</source>
        <translation>La sauvegarde «&#xa0;%1&#xa0;» ne contient pas les tables de cette base (schéma %2)&#xa0;; rien n&apos;a changé, si ce n&apos;est que la base a été gardée sous %3.</translation>
    </message>
    <message>
        <source>%1 The database is as it was; it was also kept as %2.</source>
        <translation>%1 La base est telle qu&apos;elle était&#xa0;; elle a aussi été gardée sous %2.</translation>
    </message>
</context>
<context>
    <name>bursar::core::DatabaseCopy</name>
    <message>
        <source>reading %1</source>
        <translation>lors de la lecture de %1</translation>
    </message>
    <message>
        <source>copy a database into %1</source>
        <translation>copier une base dans %1</translation>
    </message>
    <message>
        <source>%1 sees one tenant or customer only and may not copy a database; ask a user of the whole installation.</source>
        <translation>%1 ne voit qu&apos;un locataire ou un client et ne peut pas copier une base&#xa0;; demandez à un utilisateur de toute l&apos;installation.</translation>
    </message>
    <message>
        <source>%1 has schema %2 and %3 schema %4; open both with this Bursar first.</source>
        <translation>%1 a le schéma %2 et %3 le schéma %4&#xa0;; ouvrez d&apos;abord les deux avec ce Bursar.</translation>
    </message>
    <message>
        <source>checking the target</source>
        <translation>lors de la vérification de la cible</translation>
    </message>
    <message>
        <source>The target %1 already holds records (%2 in %3). Bursar copies only into a new, empty database and left this one unchanged.</source>
        <translation>La cible %1 contient déjà des enregistrements (%2 dans %3). Bursar ne copie que dans une base neuve et vide, et a laissé celle-ci inchangée.</translation>
    </message>
    <message>
        <source>copying %1</source>
        <translation>lors de la copie de %1</translation>
    </message>
    <message>
        <source>The copy of %1 does not match the original (%2 rows there, %3 here); nothing was written to %4.</source>
        <translation>La copie de %1 ne correspond pas à l&apos;original (%2 lignes là-bas, %3 ici)&#xa0;; rien n&apos;a été écrit dans %4.</translation>
    </message>
</context>
<context>
    <name>bursar::core::DatabaseFiles</name>
    <message>
        <source>“%1” is a file of the Bursar database that is open now; Bursar will not %2, because touching the database&apos;s files from outside the database can lose committed records. Choose another file.</source>
        <translation>«&#xa0;%1&#xa0;» est un fichier de la base Bursar ouverte en ce moment&#xa0;; Bursar refuse de %2, car toucher aux fichiers de la base de l&apos;extérieur peut faire perdre des enregistrements validés. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>write over it</source>
        <translation>l&apos;écraser</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>bursar::core::Decimal</name>
    <message>
        <source>“%1” has more than one decimal point.</source>
        <translation>«&#xa0;%1&#xa0;» a plus d&apos;un séparateur décimal.</translation>
    </message>
    <message>
        <source>“%1” contains a comma: type the decimal separator as a point and no thousands separators, for example 1234.5.</source>
        <translation>«&#xa0;%1&#xa0;» contient une virgule&#xa0;: saisissez le séparateur décimal comme un point et sans séparateur de milliers, par exemple 1234.5.</translation>
    </message>
    <message>
        <source>“%1” is in exponent notation; type the number in full, for example 1000 instead of 1e3.</source>
        <translation>«&#xa0;%1&#xa0;» est en notation exponentielle&#xa0;; saisissez le nombre en entier, par exemple 1000 au lieu de 1e3.</translation>
    </message>
    <message>
        <source>“%1” has a sign in the wrong place; only one leading minus is allowed.</source>
        <translation>«&#xa0;%1&#xa0;» a un signe mal placé&#xa0;; seul un moins en tête est permis.</translation>
    </message>
    <message>
        <source>“%1” is not a number: only digits, one decimal point and a leading minus are allowed.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre&#xa0;: seuls des chiffres, un point décimal et un moins en tête sont permis.</translation>
    </message>
    <message>
        <source>“%1” has an exponent without digits.</source>
        <translation>«&#xa0;%1&#xa0;» a un exposant sans chiffres.</translation>
    </message>
    <message>
        <source>“%1” is not a number: the exponent may hold digits only.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre&#xa0;: l&apos;exposant ne peut contenir que des chiffres.</translation>
    </message>
    <message>
        <source>“%1” has an exponent out of range.</source>
        <translation>«&#xa0;%1&#xa0;» a un exposant hors limites.</translation>
    </message>
    <message>
        <source>“%1” has too many digits: at most 38 significant digits, 20 before the point and 18 after.</source>
        <translation>«&#xa0;%1&#xa0;» a trop de chiffres&#xa0;: au plus 38 chiffres significatifs, 20 avant le point et 18 après.</translation>
    </message>
    <message>
        <source>“%1” needs more than 18 decimal places and cannot be held exactly.</source>
        <translation>«&#xa0;%1&#xa0;» a besoin de plus de 18 décimales et ne peut pas être tenu exactement.</translation>
    </message>
    <message>
        <source>“%1” has %2 decimal places; at most 18 are allowed.</source>
        <translation>«&#xa0;%1&#xa0;» a %2 décimales&#xa0;; 18 au plus sont permises.</translation>
    </message>
    <message>
        <source>“%1” is too large: at most 20 digits before the decimal point.</source>
        <translation>«&#xa0;%1&#xa0;» est trop grand&#xa0;: au plus 20 chiffres avant le point décimal.</translation>
    </message>
    <message>
        <source>The amount is empty; type a number such as 12.50.</source>
        <translation>Le montant est vide&#xa0;; saisissez un nombre comme 12.50.</translation>
    </message>
    <message>
        <source>“%1” has more than one sign; type at most one leading minus, for example -1.</source>
        <translation>«&#xa0;%1&#xa0;» a plus d&apos;un signe&#xa0;; saisissez au plus un moins en tête, par exemple -1.</translation>
    </message>
    <message>
        <source>“%1” is not a number: it has no digits.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre&#xa0;: il n&apos;a pas de chiffres.</translation>
    </message>
</context>
<context>
    <name>bursar::core::DemoData</name>
    <message>
        <source>Cannot write demo data: %1</source>
        <translation>Impossible d&apos;écrire les données de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>write demo data</source>
        <translation>écrire des données de démonstration</translation>
    </message>
    <message>
        <source>The number of demo customers must be between 1 and 10000000; %1 was given.</source>
        <translation>Le nombre de clients de démonstration doit être compris entre 1 et 10000000&#xa0;; %1 a été donné.</translation>
    </message>
    <message>
        <source>checking the database</source>
        <translation>lors de la vérification de la base</translation>
    </message>
    <message>
        <source>The database “%1” already holds customers; demo data only goes into an empty database. Give a new file with --database.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» contient déjà des clients&#xa0;; les données de démonstration ne vont que dans une base vide. Donnez un nouveau fichier avec --database.</translation>
    </message>
</context>
<context>
    <name>bursar::core::DocumentFormats</name>
    <message>
        <source>CSV (the statement&apos;s lines and totals)</source>
        <translation>CSV (les lignes et les totaux du relevé)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>Detailed CSV (every usage line and credit)</source>
        <translation>CSV détaillé (chaque ligne de consommation et chaque crédit)</translation>
    </message>
    <message>
        <source>De&amp;tailed CSV…</source>
        <translation>CSV &amp;détaillé…</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>UBL e-invoice (EN 16931, Peppol BIS Billing 3.0)</source>
        <translation>Facture électronique UBL (EN 16931, Peppol BIS Billing 3.0)</translation>
    </message>
    <message>
        <source>UBL XML files (*.xml)</source>
        <translation>Fichiers XML UBL (*.xml)</translation>
    </message>
    <message>
        <source>&amp;UBL e-invoice…</source>
        <translation>Facture &amp;UBL…</translation>
    </message>
</context>
<context>
    <name>bursar::core::DocumentSettingsService</name>
    <message>
        <source>reading the settings</source>
        <translation>lors de la lecture des paramètres</translation>
    </message>
    <message>
        <source>The file name pattern is empty; use one such as {period}-{vendor}-{customer}-{number}.</source>
        <translation>Le modèle de nom de fichier est vide&#xa0;; utilisez-en un comme {period}-{vendor}-{customer}-{number}.</translation>
    </message>
    <message>
        <source>The file name pattern “%1” has an unknown part {%2}; use {number}, {id}, {customer}, {period}, {vendor} and {currency}.</source>
        <translation>Le modèle de nom de fichier «&#xa0;%1&#xa0;» a une partie inconnue {%2}&#xa0;; utilisez {number}, {id}, {customer}, {period}, {vendor} et {currency}.</translation>
    </message>
    <message>
        <source>The file name pattern “%1” needs {number} or {id}, or two statements would get one file name.</source>
        <translation>Le modèle de nom de fichier «&#xa0;%1&#xa0;» a besoin de {number} ou {id}, sinon deux relevés auraient le même nom de fichier.</translation>
    </message>
    <message>
        <source>The file name pattern “%1” names a folder; the folder is chosen when exporting.</source>
        <translation>Le modèle de nom de fichier «&#xa0;%1&#xa0;» désigne un dossier&#xa0;; le dossier se choisit à l&apos;export.</translation>
    </message>
    <message>
        <source>change the statement document settings</source>
        <translation>modifier les paramètres des documents des relevés</translation>
    </message>
    <message>
        <source>The paper is A4 or Letter, not “%1”.</source>
        <translation>Le papier est A4 ou Letter, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The statement locale is written like en_US or de_DE, not “%1”.</source>
        <translation>La langue des relevés s&apos;écrit comme en_US ou fr_FR, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>saving the settings</source>
        <translation>lors de l&apos;enregistrement des paramètres</translation>
    </message>
</context>
<context>
    <name>bursar::core::EInvoices</name>
    <message>
        <source>Account Information &gt; E-invoicing</source>
        <translation>Informations du compte &gt; Facturation électronique</translation>
    </message>
    <message>
        <source>%1: the VAT ID “%2” must start with the country code and hold no spaces (DE123456789).</source>
        <translation>%1&#xa0;: le n° de TVA «&#xa0;%2&#xa0;» doit commencer par le code du pays et ne contenir aucune espace (FR40303265045).</translation>
    </message>
    <message>
        <source>%1: the electronic address needs its scheme, a Peppol EAS code such as 0088 (GLN), 0208 (Belgian company number) or 9930 (German VAT ID); “%2” is not one.</source>
        <translation>%1&#xa0;: l&apos;adresse électronique a besoin de son schéma, un code EAS Peppol comme 0088 (GLN), 0208 (numéro d&apos;entreprise belge) ou 9930 (n° de TVA allemand)&#xa0;; «&#xa0;%2&#xa0;» n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>%1: “%2” is not an IBAN; its check digits do not match. Type it as your bank prints it.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un IBAN&#xa0;; ses chiffres de contrôle ne correspondent pas. Saisissez-le comme votre banque l&apos;imprime.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a BIC; it has 8 or 11 letters and digits (DEUTDEFF).</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un BIC&#xa0;; il compte 8 ou 11 lettres et chiffres (BNPAFRPP).</translation>
    </message>
    <message>
        <source>%1: “%2” is not an ISO 4217 currency code.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un code de devise ISO 4217.</translation>
    </message>
    <message>
        <source>Customer %1 &gt; E-invoicing</source>
        <translation>Client %1 &gt; Facturation électronique</translation>
    </message>
    <message>
        <source>%1: the VAT ID “%2” must start with the country code and hold no spaces (FR12345678901).</source>
        <translation>%1&#xa0;: le n° de TVA «&#xa0;%2&#xa0;» doit commencer par le code du pays et ne contenir aucune espace (FR12345678901).</translation>
    </message>
    <message>
        <source>%1: “%2” is not a VAT category Bursar writes; use %3, or leave it empty to decide by region.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une catégorie de TVA que Bursar écrit&#xa0;; utilisez %3, ou laissez vide pour décider selon la région.</translation>
    </message>
    <message>
        <source>%1: exempt (E) needs the reason for the exemption (BR-E-10), for example “Exempt under Article 132 of Directive 2006/112/EC”.</source>
        <translation>%1&#xa0;: exonéré (E) demande le motif de l&apos;exonération (BR-E-10), par exemple «&#xa0;Exonération selon l&apos;article 132 de la directive 2006/112/CE&#xa0;».</translation>
    </message>
    <message>
        <source>%1: a customer who receives e-invoices needs its electronic address (Peppol ID) and scheme.</source>
        <translation>%1&#xa0;: un client qui reçoit des factures électroniques a besoin de son adresse électronique (identifiant Peppol) et de son schéma.</translation>
    </message>
    <message>
        <source>reading the e-invoicing settings</source>
        <translation>lors de la lecture des paramètres de facturation électronique</translation>
    </message>
    <message>
        <source>change the e-invoicing settings</source>
        <translation>modifier les paramètres de facturation électronique</translation>
    </message>
    <message>
        <source>saving the e-invoicing settings</source>
        <translation>lors de l&apos;enregistrement des paramètres de facturation électronique</translation>
    </message>
    <message>
        <source>The e-invoicing settings were changed by someone else after you opened them; reload them and make your change again.</source>
        <translation>Les paramètres de facturation électronique ont été modifiés par quelqu&apos;un d&apos;autre après leur ouverture&#xa0;; rechargez-les et refaites votre modification.</translation>
    </message>
    <message>
        <source>reading the customers&apos; e-invoicing settings</source>
        <translation>lors de la lecture des paramètres de facturation électronique des clients</translation>
    </message>
    <message>
        <source>change customers</source>
        <translation>modifier les clients</translation>
    </message>
    <message>
        <source>reading the customer&apos;s e-invoicing settings</source>
        <translation>lors de la lecture des paramètres de facturation électronique du client</translation>
    </message>
    <message>
        <source>Customer %1&apos;s e-invoicing settings were changed by someone else after you opened them; reload them and make your change again.</source>
        <translation>Les paramètres de facturation électronique du client %1 ont été modifiés par quelqu&apos;un d&apos;autre après leur ouverture&#xa0;; rechargez-les et refaites votre modification.</translation>
    </message>
    <message>
        <source>saving the customer&apos;s e-invoicing settings</source>
        <translation>lors de l&apos;enregistrement des paramètres de facturation électronique du client</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Il n&apos;y a pas de client %1.</translation>
    </message>
    <message>
        <source>reading the e-invoices written</source>
        <translation>lors de la lecture des factures électroniques écrites</translation>
    </message>
    <message>
        <source>keeping the e-invoice written</source>
        <translation>lors de la conservation de la facture électronique écrite</translation>
    </message>
</context>
<context>
    <name>bursar::core::ExchangeRates</name>
    <message>
        <source>change exchange rates</source>
        <translation>modifier des taux de change</translation>
    </message>
    <message>
        <source>An exchange rate is between two currencies; %1 to %1 is always 1.</source>
        <translation>Un taux de change relie deux devises&#xa0;; de %1 à %1, c&apos;est toujours 1.</translation>
    </message>
    <message>
        <source>The exchange rate %1 → %2 needs the date it applies from.</source>
        <translation>Le taux de change %1 → %2 a besoin de sa date de début.</translation>
    </message>
    <message>
        <source>The exchange rate “%1” is not a number: %2</source>
        <translation>Le taux de change «&#xa0;%1&#xa0;» n&apos;est pas un nombre&#xa0;: %2</translation>
    </message>
    <message>
        <source>The exchange rate %1 → %2 must be above 0, not %3.</source>
        <translation>Le taux de change %1 → %2 doit être supérieur à 0, pas %3.</translation>
    </message>
    <message>
        <source>The exchange rate %1 has more than 10 decimals or is above 1,000,000.</source>
        <translation>Le taux de change %1 a plus de 10 décimales ou dépasse 1 000 000.</translation>
    </message>
    <message>
        <source>saving the exchange rate</source>
        <translation>lors de l&apos;enregistrement du taux de change</translation>
    </message>
    <message>
        <source>reading exchange rates</source>
        <translation>lors de la lecture des taux de change</translation>
    </message>
</context>
<context>
    <name>bursar::core::FocusMapper</name>
    <message>
        <source>the charge date %1 lies outside the billing period %2 to %3 by more than Bursar accepts (%4 days before, %5 after); the export is inconsistent. Export the period again.</source>
        <translation>la date de frais %1 est en dehors de la période de facturation %2 à %3 de plus que Bursar n&apos;accepte (%4 jours avant, %5 après)&#xa0;; l&apos;export est incohérent. Exportez la période de nouveau.</translation>
    </message>
    <message>
        <source>“%1” is not a FOCUS charge category (Usage, Purchase, Tax, Credit, Adjustment).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une catégorie de frais FOCUS (Usage, Purchase, Tax, Credit, Adjustment).</translation>
    </message>
    <message>
        <source>SubAccountId is empty and there is no BillingAccountId; the row belongs to no account.</source>
        <translation>SubAccountId est vide et il n&apos;y a pas de BillingAccountId&#xa0;; la ligne n&apos;appartient à aucun compte.</translation>
    </message>
</context>
<context>
    <name>bursar::core::IndexesAfterLoad</name>
    <message>
        <source>preparing a bulk load</source>
        <translation>lors de la préparation d&apos;un chargement en masse</translation>
    </message>
    <message>
        <source>reading the keys of %1</source>
        <translation>lors de la lecture des clés de %1</translation>
    </message>
    <message>
        <source>reading the indexes of %1</source>
        <translation>lors de la lecture des index de %1</translation>
    </message>
    <message>
        <source>preparing %1 for a bulk load</source>
        <translation>lors de la préparation de %1 à un chargement en masse</translation>
    </message>
    <message>
        <source>checking the loaded rows</source>
        <translation>lors de la vérification des lignes chargées</translation>
    </message>
</context>
<context>
    <name>bursar::core::MemoCalculator</name>
    <message>
        <source>Line %1: the %2 is empty; enter a number such as 1 or 12.50.</source>
        <translation>Ligne %1&#xa0;: %2 est vide&#xa0;; saisissez un nombre comme 1 ou 12.50.</translation>
    </message>
    <message>
        <source>Line %1: the %2 “%3” is not a number; enter it as 12.50.</source>
        <translation>Ligne %1&#xa0;: %2 «&#xa0;%3&#xa0;» n&apos;est pas un nombre&#xa0;; saisissez un nombre comme 12.50.</translation>
    </message>
    <message>
        <source>Line %1: the %2 %3 is negative; enter it without a sign (a credit memo already lowers the balance, a debit memo raises it).</source>
        <translation>Ligne %1&#xa0;: %2 vaut %3, un nombre négatif&#xa0;; saisissez-le sans signe (un avoir diminue déjà le solde, une note de débit l&apos;augmente).</translation>
    </message>
    <message>
        <source>Line %1: the %2 %3 has %4 decimals; at most %5 are allowed here.</source>
        <translation>Ligne %1&#xa0;: %2 (%3) a %4 décimales&#xa0;; %5 au plus sont permises ici.</translation>
    </message>
    <message>
        <source>A memo needs at least one detail line; add one with its description, quantity and price.</source>
        <translation>Un document a besoin d&apos;au moins une ligne de détail&#xa0;; ajoutez-en une avec sa description, sa quantité et son prix.</translation>
    </message>
    <message>
        <source>Line %1: the description is empty; say what the line credits or charges.</source>
        <translation>Ligne %1&#xa0;: la description est vide&#xa0;; dites ce que la ligne crédite ou facture.</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>la quantité</translation>
    </message>
    <message>
        <source>Line %1: the quantity is 0; enter how many units the line is for.</source>
        <translation>Ligne %1&#xa0;: la quantité est 0&#xa0;; saisissez le nombre d&apos;unités de la ligne.</translation>
    </message>
    <message>
        <source>price</source>
        <translation>le prix</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>la remise</translation>
    </message>
    <message>
        <source>Line %1: the discount %2 is larger than the line&apos;s %3 × %4 = %5; enter at most %5.</source>
        <translation>Ligne %1&#xa0;: la remise %2 dépasse le montant de la ligne %3 × %4 = %5&#xa0;; saisissez au plus %5.</translation>
    </message>
    <message>
        <source>Line %1: there is no tax category “%2”; use one of %3 (Settings &gt; Tax Tables), or leave it blank when the line is not taxable.</source>
        <translation>Ligne %1&#xa0;: il n&apos;y a pas de catégorie de taxe «&#xa0;%2&#xa0;»&#xa0;; utilisez une de %3 (Paramètres &gt; Tables de taxes), ou laissez vide quand la ligne n&apos;est pas taxable.</translation>
    </message>
</context>
<context>
    <name>bursar::core::MilestoneService</name>
    <message>
        <source>Purchase %1</source>
        <translation>Achat %1</translation>
    </message>
    <message>
        <source>Milestone %1 (%2) was completed on %3 and its credits redeemed; reopen it to change its allocations.</source>
        <translation>Le jalon %1 (%2) a été achevé le %3 et ses crédits consommés&#xa0;; rouvrez-le pour changer ses affectations.</translation>
    </message>
    <message>
        <source>%1 belongs to customer %2, milestone %3 to a project of customer %4; credits are allocated within one customer.</source>
        <translation>%1 appartient au client %2, le jalon %3 à un projet du client %4&#xa0;; les crédits s&apos;affectent au sein d&apos;un même client.</translation>
    </message>
    <message>
        <source>%1 is a draft; its credits cannot be allocated. Remove the draft flag first.</source>
        <translation>%1 est un brouillon&#xa0;; ses crédits ne peuvent pas être affectés. Retirez d&apos;abord la marque de brouillon.</translation>
    </message>
    <message>
        <source>%1&apos;s credits can be used from %2; allocate them on or after that day, not on %3.</source>
        <translation>Les crédits de %1 peuvent servir à partir du %2&#xa0;; affectez-les ce jour-là ou après, pas le %3.</translation>
    </message>
    <message>
        <source>%1 expired after %2; its credits cannot be allocated on %3. Choose a purchase that has not expired.</source>
        <translation>%1 a expiré après le %2&#xa0;; ses crédits ne peuvent pas être affectés le %3. Choisissez un achat non expiré.</translation>
    </message>
    <message>
        <source>%1 is in %2, milestone %3 holds %4 credits; a milestone&apos;s credits are of one currency.</source>
        <translation>%1 est en %2, le jalon %3 contient des crédits en %4&#xa0;; les crédits d&apos;un jalon sont d&apos;une seule devise.</translation>
    </message>
    <message>
        <source>%1 has %2 credits available; %3 cannot be allocated from it.</source>
        <translation>%1 a %2 crédits disponibles&#xa0;; %3 ne peuvent pas en être affectés.</translation>
    </message>
    <message>
        <source>Milestone %1 needs %2 credits and holds %3; at most %4 more can be allocated to it.</source>
        <translation>Le jalon %1 requiert %2 crédits et en contient %3&#xa0;; on peut lui en affecter au plus %4 de plus.</translation>
    </message>
    <message>
        <source>Milestone %1&apos;s credits from purchase %2 moved on %3; a change dated %4 would come before it. Date it on or after %3.</source>
        <translation>Les crédits du jalon %1 issus de l&apos;achat %2 ont bougé le %3&#xa0;; une modification datée du %4 les précéderait. Datez-la du %3 ou plus tard.</translation>
    </message>
    <message>
        <source>saving the milestone</source>
        <translation>lors de l&apos;enregistrement du jalon</translation>
    </message>
    <message>
        <source>Milestone %1 was changed meanwhile; reload it and try again.</source>
        <translation>Le jalon %1 a été modifié entre-temps&#xa0;; rechargez-le et réessayez.</translation>
    </message>
    <message>
        <source>allocate services credits</source>
        <translation>affecter des crédits de services</translation>
    </message>
    <message>
        <source>Settings &gt; Services Credits allows automatic allocation only; allocate milestone %1 automatically.</source>
        <translation>Paramètres &gt; Crédits de services ne permet que l&apos;affectation automatique&#xa0;; affectez le jalon %1 automatiquement.</translation>
    </message>
    <message>
        <source>Allocation to milestone %1</source>
        <translation>Affectation au jalon %1</translation>
    </message>
    <message>
        <source>There is no milestone %1.</source>
        <translation>Il n&apos;y a pas de jalon %1.</translation>
    </message>
    <message>
        <source>Some of the milestones do not exist; reload the list.</source>
        <translation>Certains jalons n&apos;existent pas&#xa0;; rechargez la liste.</translation>
    </message>
    <message>
        <source>return allocated services credits</source>
        <translation>rendre des crédits de services affectés</translation>
    </message>
    <message>
        <source>Say which purchase&apos;s allocation to lower by %1 credits (--purchase).</source>
        <translation>Dites l&apos;affectation de quel achat réduire de %1 crédits (--purchase).</translation>
    </message>
    <message>
        <source>Return from milestone %1</source>
        <translation>Retour du jalon %1</translation>
    </message>
    <message>
        <source>Milestone %1 holds no credits of purchase %2.</source>
        <translation>Le jalon %1 ne contient aucun crédit de l&apos;achat %2.</translation>
    </message>
    <message>
        <source>Milestone %1 holds no credits.</source>
        <translation>Le jalon %1 ne contient aucun crédit.</translation>
    </message>
    <message>
        <source>Milestone %1 holds %2 credits of purchase %3; %4 cannot be returned.</source>
        <translation>Le jalon %1 contient %2 crédits de l&apos;achat %3&#xa0;; %4 ne peuvent pas être rendus.</translation>
    </message>
    <message>
        <source>complete milestones</source>
        <translation>achever des jalons</translation>
    </message>
    <message>
        <source>Milestone %1 (%2) was completed on %3 already; its credits are redeemed.</source>
        <translation>Le jalon %1 (%2) a déjà été achevé le %3&#xa0;; ses crédits sont consommés.</translation>
    </message>
    <message>
        <source>Milestone %1 (%2) holds no credits; allocate its credits first (services-credits allocate --milestone %1 --auto).</source>
        <translation>Le jalon %1 (%2) ne contient aucun crédit&#xa0;; affectez d&apos;abord ses crédits (services-credits allocate --milestone %1 --auto).</translation>
    </message>
    <message>
        <source>correct milestone completions</source>
        <translation>corriger des achèvements de jalons</translation>
    </message>
    <message>
        <source>Say why milestone %1&apos;s completion is corrected; the reason is kept with the correction.</source>
        <translation>Dites pourquoi l&apos;achèvement du jalon %1 est corrigé&#xa0;; le motif est conservé avec la correction.</translation>
    </message>
    <message>
        <source>Milestone %1 is not completed; there is no redemption to correct.</source>
        <translation>Le jalon %1 n&apos;est pas achevé&#xa0;; il n&apos;y a pas de consommation à corriger.</translation>
    </message>
    <message>
        <source>run the services credits expiry</source>
        <translation>lancer l&apos;expiration des crédits de services</translation>
    </message>
    <message>
        <source>reading services credits purchases</source>
        <translation>lors de la lecture des achats de crédits de services</translation>
    </message>
    <message>
        <source>add projects</source>
        <translation>ajouter des projets</translation>
    </message>
    <message>
        <source>Project for customer %1</source>
        <translation>Projet du client %1</translation>
    </message>
    <message>
        <source>%1: the name is missing; give the project a name.</source>
        <translation>%1&#xa0;: le nom manque&#xa0;; donnez un nom au projet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>adding the project</source>
        <translation>lors de l&apos;ajout du projet</translation>
    </message>
    <message>
        <source>The database did not return the new project&apos;s ID.</source>
        <translation>La base n&apos;a pas renvoyé l&apos;ID du nouveau projet.</translation>
    </message>
    <message>
        <source>add milestones</source>
        <translation>ajouter des jalons</translation>
    </message>
    <message>
        <source>Milestone of project %1</source>
        <translation>Jalon du projet %1</translation>
    </message>
    <message>
        <source>%1: the name is missing; give the milestone a name.</source>
        <translation>%1&#xa0;: le nom manque&#xa0;; donnez un nom au jalon.</translation>
    </message>
    <message>
        <source>reading the project</source>
        <translation>lors de la lecture du projet</translation>
    </message>
    <message>
        <source>There is no project %1; add it first (bursar project add).</source>
        <translation>Il n&apos;y a pas de projet %1&#xa0;; ajoutez-le d&apos;abord (bursar project add).</translation>
    </message>
    <message>
        <source>adding the milestone</source>
        <translation>lors de l&apos;ajout du jalon</translation>
    </message>
    <message>
        <source>The database did not return the new milestone&apos;s ID.</source>
        <translation>La base n&apos;a pas renvoyé l&apos;ID du nouveau jalon.</translation>
    </message>
    <message>
        <source>reading projects</source>
        <translation>lors de la lecture des projets</translation>
    </message>
    <message>
        <source>reading milestones</source>
        <translation>lors de la lecture des jalons</translation>
    </message>
    <message>
        <source>reading allocations</source>
        <translation>lors de la lecture des affectations</translation>
    </message>
</context>
<context>
    <name>bursar::core::NotificationSender</name>
    <message>
        <source>This Bursar cannot write PDFs, so it cannot send statements.</source>
        <translation>Ce Bursar ne sait pas écrire de PDF, il ne peut donc pas envoyer de relevés.</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>Le PDF n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>bursar::core::NotificationService</name>
    <message>
        <source>reading the approved statements</source>
        <translation>lors de la lecture des relevés approuvés</translation>
    </message>
    <message>
        <source>writing the notification log</source>
        <translation>lors de l&apos;écriture du journal des notifications</translation>
    </message>
    <message>
        <source>reading the customer&apos;s billing contact</source>
        <translation>lors de la lecture du contact de facturation du client</translation>
    </message>
    <message>
        <source>There is no customer #%1.</source>
        <translation>Il n&apos;y a pas de client #%1.</translation>
    </message>
    <message>
        <source>change a customer&apos;s billing contact</source>
        <translation>modifier le contact de facturation d&apos;un client</translation>
    </message>
    <message>
        <source>The billing contact “%1” of customer #%2 is not an email address like billing@example.com; correct it or leave it empty to use the customer&apos;s email.</source>
        <translation>Le contact de facturation «&#xa0;%1&#xa0;» du client #%2 n&apos;est pas une adresse e-mail comme facturation@exemple.fr&#xa0;; corrigez-le ou laissez-le vide pour utiliser l&apos;e-mail du client.</translation>
    </message>
    <message>
        <source>saving the customer&apos;s billing contact</source>
        <translation>lors de l&apos;enregistrement du contact de facturation du client</translation>
    </message>
    <message>
        <source>send statement emails</source>
        <translation>envoyer les e-mails des relevés</translation>
    </message>
    <message>
        <source>“%1” is not an email address like billing@example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail comme facturation@exemple.fr.</translation>
    </message>
    <message>
        <source>reading the statement</source>
        <translation>lors de la lecture du relevé</translation>
    </message>
    <message>
        <source>There is no statement %1.</source>
        <translation>Il n&apos;y a pas de relevé %1.</translation>
    </message>
    <message>
        <source>Statement %1 is %2: only an Open statement is emailed.</source>
        <translation>Le relevé %1 est %2&#xa0;: seul un relevé ouvert est envoyé par e-mail.</translation>
    </message>
    <message>
        <source>Customer #%1 has no billing contact address: set one on the customer (bursar notify contact --customer %1 --email ADDRESS) or give --to.</source>
        <translation>Le client #%1 n&apos;a pas d&apos;adresse de contact de facturation&#xa0;: définissez-en une pour le client (bursar notify contact --customer %1 --email ADRESSE) ou donnez --to.</translation>
    </message>
    <message>
        <source>queuing the statement&apos;s email</source>
        <translation>lors de la mise en file de l&apos;e-mail du relevé</translation>
    </message>
    <message>
        <source>counting statement emails</source>
        <translation>lors du comptage des e-mails des relevés</translation>
    </message>
    <message>
        <source>reading statement emails</source>
        <translation>lors de la lecture des e-mails des relevés</translation>
    </message>
    <message>
        <source>reading the notification log</source>
        <translation>lors de la lecture du journal des notifications</translation>
    </message>
    <message>
        <source>reading the emails to send</source>
        <translation>lors de la lecture des e-mails à envoyer</translation>
    </message>
    <message>
        <source>taking an email to send</source>
        <translation>lors de la prise d&apos;un e-mail à envoyer</translation>
    </message>
    <message>
        <source>recording a sent email</source>
        <translation>lors de l&apos;enregistrement d&apos;un e-mail envoyé</translation>
    </message>
    <message>
        <source>reading an email</source>
        <translation>lors de la lecture d&apos;un e-mail</translation>
    </message>
    <message>
        <source>recording a failed email</source>
        <translation>lors de l&apos;enregistrement d&apos;un e-mail en échec</translation>
    </message>
    <message>
        <source>%1 (trying again at %2)</source>
        <translation>%1 (nouvel essai à %2)</translation>
    </message>
</context>
<context>
    <name>bursar::core::NotificationSettingsService</name>
    <message>
        <source>No SMTP server is set: set one in Settings &gt; Notifications (bursar notify settings).</source>
        <translation>Aucun serveur SMTP n&apos;est défini&#xa0;: définissez-en un dans Paramètres &gt; Notifications (bursar notify settings).</translation>
    </message>
    <message>
        <source>Statement {number} for {period}</source>
        <translation>Relevé {number} pour {period}</translation>
    </message>
    <message>
        <source>Dear {customer},

your billing statement {number} for {period} is ready: {total} {currency}, due on {due_date}. The statement is attached as a PDF.

Kind regards
{company}</source>
        <translation>Bonjour {customer},

votre relevé de facturation {number} pour {period} est prêt&#xa0;: {total} {currency}, à régler le {due_date}. Le relevé est joint en PDF.

Cordialement
{company}</translation>
    </message>
    <message>
        <source>The placeholder {%1} is not known; use %2.</source>
        <translation>La variable {%1} est inconnue&#xa0;; utilisez %2.</translation>
    </message>
    <message>
        <source>reading the notification settings</source>
        <translation>lors de la lecture des paramètres de notification</translation>
    </message>
    <message>
        <source>change the notification settings</source>
        <translation>modifier les paramètres de notification</translation>
    </message>
    <message>
        <source>The SMTP server “%1” is not a host name or address.</source>
        <translation>Le serveur SMTP «&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;hôte ni une adresse.</translation>
    </message>
    <message>
        <source>Give the SMTP server that sends the statements, or switch the emails off.</source>
        <translation>Donnez le serveur SMTP qui envoie les relevés, ou désactivez les e-mails.</translation>
    </message>
    <message>
        <source>The SMTP port is 1 to 65535, not %1 (587 for STARTTLS, 465 for TLS).</source>
        <translation>Le port SMTP va de 1 à 65535, pas %1 (587 pour STARTTLS, 465 pour TLS).</translation>
    </message>
    <message>
        <source>The sender “%1” is not an email address like billing@example.com.</source>
        <translation>L&apos;expéditeur «&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail comme facturation@exemple.fr.</translation>
    </message>
    <message>
        <source>saving the notification settings</source>
        <translation>lors de l&apos;enregistrement des paramètres de notification</translation>
    </message>
</context>
<context>
    <name>bursar::core::NumberAudits</name>
    <message>
        <source>There is no number series “%1”; use statement, credit_memo, debit_memo or payment.</source>
        <translation>Il n&apos;y a pas de série de numéros «&#xa0;%1&#xa0;»&#xa0;; utilisez statement, credit_memo, debit_memo ou payment.</translation>
    </message>
    <message>
        <source>reading the numbered documents</source>
        <translation>lors de la lecture des documents numérotés</translation>
    </message>
    <message>
        <source>reading the number counters</source>
        <translation>lors de la lecture des compteurs de numéros</translation>
    </message>
</context>
<context>
    <name>bursar::core::NumberSeries</name>
    <message>
        <source>The number pattern is empty; type one such as INV-{YYYY}-{000000}.</source>
        <translation>Le modèle de numéro est vide&#xa0;; saisissez-en un comme INV-{YYYY}-{000000}.</translation>
    </message>
    <message>
        <source>The number pattern “%1” is longer than 60 characters; shorten it.</source>
        <translation>Le modèle de numéro «&#xa0;%1&#xa0;» dépasse 60 caractères&#xa0;; raccourcissez-le.</translation>
    </message>
    <message>
        <source>The counter {%1} in “%2” has more than 12 digits; use at most {000000000000}.</source>
        <translation>Le compteur {%1} dans «&#xa0;%2&#xa0;» a plus de 12 chiffres&#xa0;; utilisez au plus {000000000000}.</translation>
    </message>
    <message>
        <source>The number pattern “%1” has an unknown part {%2}; use {YYYY}, {YY}, {MM} and one counter such as {000000}.</source>
        <translation>Le modèle de numéro «&#xa0;%1&#xa0;» a une partie inconnue {%2}&#xa0;; utilisez {YYYY}, {YY}, {MM} et un compteur comme {000000}.</translation>
    </message>
    <message>
        <source>The number pattern “%1” has an unmatched brace.</source>
        <translation>Le modèle de numéro «&#xa0;%1&#xa0;» a une accolade sans correspondance.</translation>
    </message>
    <message>
        <source>The number pattern “%1” needs exactly one counter such as {000000}; it has %2.</source>
        <translation>Le modèle de numéro «&#xa0;%1&#xa0;» a besoin d&apos;exactement un compteur comme {000000}&#xa0;; il en a %2.</translation>
    </message>
    <message>
        <source>define number series</source>
        <translation>définir des séries de numéros</translation>
    </message>
    <message>
        <source>The number series needs a name, such as invoice.</source>
        <translation>La série de numéros a besoin d&apos;un nom, comme invoice.</translation>
    </message>
    <message>
        <source>saving the number series</source>
        <translation>lors de l&apos;enregistrement de la série de numéros</translation>
    </message>
    <message>
        <source>reading the number series</source>
        <translation>lors de la lecture de la série de numéros</translation>
    </message>
    <message>
        <source>There is no number series “%1”; define its pattern first.</source>
        <translation>Il n&apos;y a pas de série de numéros «&#xa0;%1&#xa0;»&#xa0;; définissez d&apos;abord son modèle.</translation>
    </message>
    <message>
        <source>numbering the document</source>
        <translation>lors de la numérotation du document</translation>
    </message>
    <message>
        <source>The number series “%1” could not give a number; try again.</source>
        <translation>La série de numéros «&#xa0;%1&#xa0;» n&apos;a pas pu donner de numéro&#xa0;; réessayez.</translation>
    </message>
</context>
<context>
    <name>bursar::core::OpportunityService</name>
    <message>
        <source>add opportunities</source>
        <translation>ajouter des opportunités</translation>
    </message>
    <message>
        <source>Opportunity for customer %1</source>
        <translation>Opportunité pour le client %1</translation>
    </message>
    <message>
        <source>%1: the name is missing; give the opportunity a name.</source>
        <translation>%1&#xa0;: le nom manque&#xa0;; donnez un nom à l&apos;opportunité.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>adding the opportunity</source>
        <translation>lors de l&apos;ajout de l&apos;opportunité</translation>
    </message>
    <message>
        <source>The database did not return the new opportunity&apos;s ID.</source>
        <translation>La base n&apos;a pas renvoyé l&apos;ID de la nouvelle opportunité.</translation>
    </message>
    <message>
        <source>add opportunity products</source>
        <translation>ajouter des produits d&apos;opportunités</translation>
    </message>
    <message>
        <source>Product of opportunity %1</source>
        <translation>Produit de l&apos;opportunité %1</translation>
    </message>
    <message>
        <source>%1: the name is missing; give the product a name.</source>
        <translation>%1&#xa0;: le nom manque&#xa0;; donnez un nom au produit.</translation>
    </message>
    <message>
        <source>%1: the quantity “%2” is not a positive number; type one such as 1 or 2.5.</source>
        <translation>%1&#xa0;: la quantité «&#xa0;%2&#xa0;» n&apos;est pas un nombre positif&#xa0;; saisissez-en une comme 1 ou 2.5.</translation>
    </message>
    <message>
        <source>%1: the unit price “%2” is not an amount; type one such as 1000.00.</source>
        <translation>%1&#xa0;: le prix unitaire «&#xa0;%2&#xa0;» n&apos;est pas un montant&#xa0;; saisissez-en un comme 1000.00.</translation>
    </message>
    <message>
        <source>%1: quantity × unit price is not below 1,000,000,000,000; check the numbers.</source>
        <translation>%1&#xa0;: quantité × prix unitaire n&apos;est pas inférieur à 1 000 000 000 000&#xa0;; vérifiez les nombres.</translation>
    </message>
    <message>
        <source>adding the product</source>
        <translation>lors de l&apos;ajout du produit</translation>
    </message>
    <message>
        <source>The database did not return the new product&apos;s ID.</source>
        <translation>La base n&apos;a pas renvoyé l&apos;ID du nouveau produit.</translation>
    </message>
    <message>
        <source>reading opportunities</source>
        <translation>lors de la lecture des opportunités</translation>
    </message>
    <message>
        <source>reading the opportunity</source>
        <translation>lors de la lecture de l&apos;opportunité</translation>
    </message>
    <message>
        <source>There is no opportunity %1.</source>
        <translation>Il n&apos;y a pas d&apos;opportunité %1.</translation>
    </message>
    <message>
        <source>reading the opportunity&apos;s products</source>
        <translation>lors de la lecture des produits de l&apos;opportunité</translation>
    </message>
    <message>
        <source>add services credits purchases</source>
        <translation>ajouter des achats de crédits de services</translation>
    </message>
    <message>
        <source>Purchase from product %1 of opportunity %2</source>
        <translation>Achat issu du produit %1 de l&apos;opportunité %2</translation>
    </message>
    <message>
        <source>%1: the opportunity has no such product.</source>
        <translation>%1&#xa0;: l&apos;opportunité n&apos;a pas ce produit.</translation>
    </message>
    <message>
        <source>%1: “%2” carries no services credits; give it a services-credits quantity first.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» ne porte aucun crédit de services&#xa0;; donnez-lui d&apos;abord une quantité de crédits de services.</translation>
    </message>
    <message>
        <source>%1: “%2” has purchase %3 already; a product becomes one purchase only.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» a déjà l&apos;achat %3&#xa0;; un produit ne devient qu&apos;un seul achat.</translation>
    </message>
    <message>
        <source>value per credit</source>
        <translation>la valeur par crédit</translation>
    </message>
    <message>
        <source>amount paid per credit</source>
        <translation>le montant payé par crédit</translation>
    </message>
    <message>
        <source>%1: the expiry date %2 is before the start date %3; give an expiry date on or after the start date.</source>
        <translation>%1&#xa0;: la date d&apos;expiration %2 précède la date de début %3&#xa0;; donnez une date d&apos;expiration égale ou postérieure à la date de début.</translation>
    </message>
    <message>
        <source>adding the services credits purchase</source>
        <translation>lors de l&apos;ajout de l&apos;achat de crédits de services</translation>
    </message>
    <message>
        <source>The database did not return the new purchase&apos;s ID.</source>
        <translation>La base n&apos;a pas renvoyé l&apos;ID du nouvel achat.</translation>
    </message>
</context>
<context>
    <name>bursar::core::PricingService</name>
    <message>
        <source>%1 has ended and is being reconciled or has been billed, so the change applies from %2.</source>
        <translation>%1 est terminée et en cours de rapprochement ou déjà facturée, la modification s&apos;applique donc à partir de %2.</translation>
    </message>
    <message>
        <source>The percent “%1” is not a number: %2</source>
        <translation>Le pourcentage «&#xa0;%1&#xa0;» n&apos;est pas un nombre&#xa0;: %2</translation>
    </message>
    <message>
        <source>The percent %1 is outside -100 to 1000.</source>
        <translation>Le pourcentage %1 est en dehors de -100 à 1000.</translation>
    </message>
    <message>
        <source>The percent %1 has more than 6 decimals.</source>
        <translation>Le pourcentage %1 a plus de 6 décimales.</translation>
    </message>
    <message>
        <source>add pricebooks</source>
        <translation>ajouter des grilles tarifaires</translation>
    </message>
    <message>
        <source>The pricebook needs a name.</source>
        <translation>La grille tarifaire a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>reading pricebooks</source>
        <translation>lors de la lecture des grilles tarifaires</translation>
    </message>
    <message>
        <source>%1 already has a pricebook named “%2”; choose another name.</source>
        <translation>%1 a déjà une grille tarifaire nommée «&#xa0;%2&#xa0;»&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>adding the pricebook</source>
        <translation>lors de l&apos;ajout de la grille tarifaire</translation>
    </message>
    <message>
        <source>%1 has no pricebook named “%2”%3.</source>
        <translation>%1 n&apos;a pas de grille tarifaire nommée «&#xa0;%2&#xa0;»%3.</translation>
    </message>
    <message>
        <source>; add one with bursar pricebooks add or in Settings &gt; Pricebooks</source>
        <translation>&#xa0;; ajoutez-en une avec bursar pricebooks add ou dans Paramètres &gt; Grilles tarifaires</translation>
    </message>
    <message>
        <source> (there are: %1)</source>
        <translation> (il y a&#xa0;: %1)</translation>
    </message>
    <message>
        <source>change pricebooks</source>
        <translation>modifier des grilles tarifaires</translation>
    </message>
    <message>
        <source>Pricebook %1 does not exist.</source>
        <translation>La grille tarifaire %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>changing the pricebook</source>
        <translation>lors de la modification de la grille tarifaire</translation>
    </message>
    <message>
        <source>reading pricebook rules</source>
        <translation>lors de la lecture des règles des grilles tarifaires</translation>
    </message>
    <message>
        <source>add global discounts and uplifts</source>
        <translation>ajouter des remises et majorations globales</translation>
    </message>
    <message>
        <source>The global discount or uplift needs a description.</source>
        <translation>La remise ou majoration globale a besoin d&apos;une description.</translation>
    </message>
    <message>
        <source>adding the global adjustment</source>
        <translation>lors de l&apos;ajout de l&apos;ajustement global</translation>
    </message>
    <message>
        <source>reading global adjustments</source>
        <translation>lors de la lecture des ajustements globaux</translation>
    </message>
    <message>
        <source>add custom charges</source>
        <translation>ajouter des frais personnalisés</translation>
    </message>
    <message>
        <source>The custom charge needs a description; it is the line&apos;s text on the statement.</source>
        <translation>Les frais personnalisés ont besoin d&apos;une description&#xa0;; c&apos;est le texte de la ligne sur le relevé.</translation>
    </message>
    <message>
        <source>The custom charge&apos;s amount must be more than zero.</source>
        <translation>Le montant des frais personnalisés doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>%1 has %2 decimals; the amount %3 has more.</source>
        <translation>%1 a %2 décimales&#xa0;; le montant %3 en a davantage.</translation>
    </message>
    <message>
        <source>reading the customer</source>
        <translation>lors de la lecture du client</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Il n&apos;y a pas de client %1.</translation>
    </message>
    <message>
        <source>adding the custom charge</source>
        <translation>lors de l&apos;ajout des frais personnalisés</translation>
    </message>
    <message>
        <source>reading custom charges</source>
        <translation>lors de la lecture des frais personnalisés</translation>
    </message>
    <message>
        <source>add support plans</source>
        <translation>ajouter des forfaits de support</translation>
    </message>
    <message>
        <source>The support plan needs a name.</source>
        <translation>Le forfait de support a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>A support plan&apos;s percent is 0 to 100 with at most 6 decimals, not %1.</source>
        <translation>Le pourcentage d&apos;un forfait de support va de 0 à 100 avec au plus 6 décimales, pas %1.</translation>
    </message>
    <message>
        <source>The minimum must be zero or more, with at most %1 decimals for %2.</source>
        <translation>Le minimum doit être nul ou positif, avec au plus %1 décimales pour %2.</translation>
    </message>
    <message>
        <source>adding the support plan</source>
        <translation>lors de l&apos;ajout du forfait de support</translation>
    </message>
    <message>
        <source>reading support plans</source>
        <translation>lors de la lecture des forfaits de support</translation>
    </message>
    <message>
        <source>end %1</source>
        <translation>terminer %1</translation>
    </message>
    <message>
        <source>%1 has ended and is being reconciled or has been billed, so it still applies up to %2.</source>
        <translation>%1 est terminée et en cours de rapprochement ou déjà facturée, il s&apos;applique donc encore jusqu&apos;au %2.</translation>
    </message>
    <message>
        <source>ending %1</source>
        <translation>lors de la fin de %1</translation>
    </message>
    <message>
        <source>There is no %1 with ID %2.</source>
        <translation>Il n&apos;y a pas de %1 d&apos;ID %2.</translation>
    </message>
    <message>
        <source>global adjustment</source>
        <translation>ajustement global</translation>
    </message>
    <message>
        <source>custom charge</source>
        <translation>frais personnalisés</translation>
    </message>
    <message>
        <source>support plan</source>
        <translation>forfait de support</translation>
    </message>
</context>
<context>
    <name>bursar::core::PurchaseService</name>
    <message>
        <source>draft: not available until the draft flag is removed</source>
        <translation>brouillon&#xa0;: indisponible tant que la marque de brouillon n&apos;est pas retirée</translation>
    </message>
    <message>
        <source>Services credits purchase %1</source>
        <translation>Achat de crédits de services %1</translation>
    </message>
    <message>
        <source>New purchase</source>
        <translation>Nouvel achat</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the start date is missing; give the first day the credits can be used.</source>
        <translation>%1&#xa0;: la date de début manque&#xa0;; donnez le premier jour où les crédits peuvent servir.</translation>
    </message>
    <message>
        <source>%1: the expiry date is missing; give the last day the credits can be used.</source>
        <translation>%1&#xa0;: la date d&apos;expiration manque&#xa0;; donnez le dernier jour où les crédits peuvent servir.</translation>
    </message>
    <message>
        <source>%1: the expiry date %2 is before the start date %3; the credits would never be usable. Give an expiry date on or after the start date.</source>
        <translation>%1&#xa0;: la date d&apos;expiration %2 précède la date de début %3&#xa0;; les crédits ne seraient jamais utilisables. Donnez une date d&apos;expiration égale ou postérieure à la date de début.</translation>
    </message>
    <message>
        <source>value per credit</source>
        <translation>la valeur par crédit</translation>
    </message>
    <message>
        <source>amount paid per credit</source>
        <translation>le montant payé par crédit</translation>
    </message>
    <message>
        <source>%1: the description has %2 characters; at most 500 are kept.</source>
        <translation>%1&#xa0;: la description a %2 caractères&#xa0;; 500 au plus sont conservés.</translation>
    </message>
    <message>
        <source>%1: the number of services credits is missing; type a whole number such as 200.</source>
        <translation>%1&#xa0;: le nombre de crédits de services manque&#xa0;; saisissez un nombre entier comme 200.</translation>
    </message>
    <message>
        <source>%1: services credits are whole credits; “%2” has a fraction. Type a whole number such as 200.</source>
        <translation>%1&#xa0;: les crédits de services sont des crédits entiers&#xa0;; «&#xa0;%2&#xa0;» a une partie décimale. Saisissez un nombre entier comme 200.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number of services credits; type a whole number such as 200.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nombre de crédits de services&#xa0;; saisissez un nombre entier comme 200.</translation>
    </message>
    <message>
        <source>%1: %2 services credits is more than Bursar keeps (1,000,000,000); check the number.</source>
        <translation>%1&#xa0;: %2 crédits de services, c&apos;est plus que Bursar n&apos;en garde (1 000 000 000)&#xa0;; vérifiez le nombre.</translation>
    </message>
    <message>
        <source>%1: the number of services credits must be positive, not %2.</source>
        <translation>%1&#xa0;: le nombre de crédits de services doit être positif, pas %2.</translation>
    </message>
    <message>
        <source>%1: the %2 is missing; type an amount such as 100.00.</source>
        <translation>%1&#xa0;: %2 manque&#xa0;; saisissez un montant comme 100.00.</translation>
    </message>
    <message>
        <source>%1: the %2 “%3” is not an amount: %4</source>
        <translation>%1&#xa0;: %2 «&#xa0;%3&#xa0;» n&apos;est pas un montant&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1: the %2 must be more than zero, not %3.</source>
        <translation>%1&#xa0;: %2 doit être supérieur à zéro, pas %3.</translation>
    </message>
    <message>
        <source>%1: %2 has %3 decimals; the %4 “%5” has %6. Type at most %3 decimals.</source>
        <translation>%1&#xa0;: %2 a %3 décimales&#xa0;; %4 «&#xa0;%5&#xa0;» en a %6. Saisissez au plus %3 décimales.</translation>
    </message>
    <message>
        <source>%1: the %2 %3 is not below 1,000,000,000,000; check the amount.</source>
        <translation>%1&#xa0;: %2 (%3) n&apos;est pas inférieur à 1 000 000 000 000&#xa0;; vérifiez le montant.</translation>
    </message>
    <message>
        <source>%1: the name has %2 characters; at most 200 are kept.</source>
        <translation>%1&#xa0;: le nom a %2 caractères&#xa0;; 200 au plus sont conservés.</translation>
    </message>
    <message>
        <source>reading the customer</source>
        <translation>lors de la lecture du client</translation>
    </message>
    <message>
        <source>there is no customer with ID %1.</source>
        <translation>il n&apos;y a pas de client d&apos;ID %1.</translation>
    </message>
    <message>
        <source>reading services credits purchases</source>
        <translation>lors de la lecture des achats de crédits de services</translation>
    </message>
    <message>
        <source>There is no services credits purchase %1.</source>
        <translation>Il n&apos;y a pas d&apos;achat de crédits de services %1.</translation>
    </message>
    <message>
        <source>add services credits purchases</source>
        <translation>ajouter des achats de crédits de services</translation>
    </message>
    <message>
        <source>Services credits purchase for customer %1</source>
        <translation>Achat de crédits de services pour le client %1</translation>
    </message>
    <message>
        <source>adding the services credits purchase</source>
        <translation>lors de l&apos;ajout de l&apos;achat de crédits de services</translation>
    </message>
    <message>
        <source>The database did not return the new purchase&apos;s ID.</source>
        <translation>La base n&apos;a pas renvoyé l&apos;ID du nouvel achat.</translation>
    </message>
    <message>
        <source>Purchase %1 cannot be marked draft: its credits have moved (now %2 allocated, %3 redeemed, %4 expired). A purchase is marked draft only while none of its credits have ever been allocated or expired; record a new purchase instead.</source>
        <translation>L&apos;achat %1 ne peut pas être marqué brouillon&#xa0;: ses crédits ont bougé (maintenant %2 affectés, %3 consommés, %4 expirés). Un achat n&apos;est marqué brouillon que tant qu&apos;aucun de ses crédits n&apos;a jamais été affecté ni n&apos;a expiré&#xa0;; enregistrez plutôt un nouvel achat.</translation>
    </message>
    <message>
        <source>edit services credits purchases</source>
        <translation>modifier des achats de crédits de services</translation>
    </message>
    <message>
        <source>%1 was changed by %2 while you edited it; reload it and make your change again.</source>
        <translation>%1 a été modifié par %2 pendant votre modification&#xa0;; rechargez et refaites votre modification.</translation>
    </message>
    <message>
        <source>%1 is not a draft, so its fields cannot change. Tick Draft to edit it (allowed while none of its credits have been allocated or expired).</source>
        <translation>%1 n&apos;est pas un brouillon, ses champs ne peuvent donc pas changer. Cochez Brouillon pour le modifier (permis tant qu&apos;aucun de ses crédits n&apos;a été affecté ni n&apos;a expiré).</translation>
    </message>
    <message>
        <source>%1 was created from an opportunity of customer %2; its customer cannot change.</source>
        <translation>%1 a été créé à partir d&apos;une opportunité du client %2&#xa0;; son client ne peut pas changer.</translation>
    </message>
    <message>
        <source>saving the services credits purchase</source>
        <translation>lors de l&apos;enregistrement de l&apos;achat de crédits de services</translation>
    </message>
    <message>
        <source>%1 was changed meanwhile; reload it and make your change again.</source>
        <translation>%1 a été modifié entre-temps&#xa0;; rechargez et refaites votre modification.</translation>
    </message>
    <message>
        <source>mark services credits purchases draft</source>
        <translation>marquer des achats de crédits de services comme brouillons</translation>
    </message>
    <message>
        <source>%1 is a draft already.</source>
        <translation>%1 est déjà un brouillon.</translation>
    </message>
    <message>
        <source>%1 is not a draft.</source>
        <translation>%1 n&apos;est pas un brouillon.</translation>
    </message>
    <message>
        <source>counting services credits purchases</source>
        <translation>lors du comptage des achats de crédits de services</translation>
    </message>
</context>
<context>
    <name>bursar::core::RunLock</name>
    <message>
        <source>“%1” is not a billing period; write it as YYYY-MM, for example 2026-09.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une période de facturation&#xa0;; écrivez-la AAAA-MM, par exemple 2026-09.</translation>
    </message>
    <message>
        <source>locking the billing run</source>
        <translation>lors du verrouillage de l&apos;exécution de facturation</translation>
    </message>
    <message>
        <source>another session</source>
        <translation>une autre session</translation>
    </message>
    <message>
        <source>A billing run for %1 is already running (by %2). Wait for it to finish; two runs must never bill the same period.</source>
        <translation>Une exécution de facturation pour %1 est déjà en cours (par %2). Attendez qu&apos;elle se termine&#xa0;; deux exécutions ne doivent jamais facturer la même période.</translation>
    </message>
    <message>
        <source>A billing run for %1 is already running (process %2 on %3). Wait for it to finish; two runs must never bill the same period.</source>
        <translation>Une exécution de facturation pour %1 est déjà en cours (processus %2 sur %3). Attendez qu&apos;elle se termine&#xa0;; deux exécutions ne doivent jamais facturer la même période.</translation>
    </message>
</context>
<context>
    <name>bursar::core::ServicesCreditReport</name>
    <message>
        <source>reading services credits purchases</source>
        <translation>lors de la lecture des achats de crédits de services</translation>
    </message>
    <message>
        <source>counting services credits balances</source>
        <translation>lors du comptage des soldes de crédits de services</translation>
    </message>
    <message>
        <source>reading services credits balances</source>
        <translation>lors de la lecture des soldes de crédits de services</translation>
    </message>
    <message>
        <source>The roll-forward needs a period: a from date on or before the to date.</source>
        <translation>L&apos;évolution a besoin d&apos;une période&#xa0;: une date de début égale ou antérieure à la date de fin.</translation>
    </message>
    <message>
        <source>reading allocations</source>
        <translation>lors de la lecture des affectations</translation>
    </message>
</context>
<context>
    <name>bursar::core::ServicesCreditSettingsService</name>
    <message>
        <source>reading the services credits settings</source>
        <translation>lors de la lecture des paramètres des crédits de services</translation>
    </message>
    <message>
        <source>change the services credits settings</source>
        <translation>modifier les paramètres des crédits de services</translation>
    </message>
    <message>
        <source>The grace period is a number of days from 0 to 3650, not %1.</source>
        <translation>Le délai de grâce est un nombre de jours de 0 à 3650, pas %1.</translation>
    </message>
    <message>
        <source>saving the services credits settings</source>
        <translation>lors de l&apos;enregistrement des paramètres des crédits de services</translation>
    </message>
</context>
<context>
    <name>bursar::core::StatementExporter</name>
    <message>
        <source>“%1” is not a document format; use %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un format de document&#xa0;; utilisez %2.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist; create it or choose another.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n&apos;existe pas&#xa0;; créez-le ou choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be written to; choose another.</source>
        <translation>Impossible d&apos;écrire dans le dossier «&#xa0;%1&#xa0;»&#xa0;; choisissez-en un autre.</translation>
    </message>
</context>
<context>
    <name>bursar::core::StatementExports</name>
    <message>
        <source>Rounding to %1 units</source>
        <translation>Arrondi aux unités %1</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>Crédits %1</translation>
    </message>
    <message>
        <source>Marketplace credit</source>
        <translation>Crédit de place de marché</translation>
    </message>
    <message>
        <source>%1% of %2</source>
        <translation>%1 % de %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>reading the statement&apos;s usage</source>
        <translation>lors de la lecture de la consommation du relevé</translation>
    </message>
    <message>
        <source>Statement %1: usage points to line %2, which it does not have.</source>
        <translation>Relevé %1&#xa0;: la consommation renvoie à la ligne %2, qu&apos;il n&apos;a pas.</translation>
    </message>
    <message>
        <source>Priced on the line&apos;s usage totals; each usage line priced on its own differs by this</source>
        <translation>Prix calculé sur les totaux de consommation de la ligne&#xa0;; chaque ligne de consommation tarifée seule diffère de ceci</translation>
    </message>
    <message>
        <source>Rounded once, half-up, to %1 units</source>
        <translation>Arrondi une fois, au plus proche (moitié vers le haut), aux unités %1</translation>
    </message>
    <message>
        <source>%1 %2%3%4</source>
        <translation>%1 %2%3%4</translation>
    </message>
    <message>
        <source>, expires %1</source>
        <translation>, expire le %1</translation>
    </message>
    <message>
        <source>%1% of %2 (%3%4, from %5)</source>
        <translation>%1 % de %2 (%3%4, à partir du %5)</translation>
    </message>
    <message>
        <source>The sum of every record above</source>
        <translation>La somme de tous les enregistrements ci-dessus</translation>
    </message>
</context>
<context>
    <name>bursar::core::StatementService</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Soldé</translation>
    </message>
    <message>
        <source>Past Due</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>Brouillon %1</translation>
    </message>
    <message>
        <source>counting statements</source>
        <translation>lors du comptage des relevés</translation>
    </message>
    <message>
        <source>reading statements</source>
        <translation>lors de la lecture des relevés</translation>
    </message>
    <message>
        <source>reading the statement</source>
        <translation>lors de la lecture du relevé</translation>
    </message>
    <message>
        <source>There is no statement %1; it may have been a draft that was deleted.</source>
        <translation>Il n&apos;y a pas de relevé %1&#xa0;; c&apos;était peut-être un brouillon qui a été supprimé.</translation>
    </message>
    <message>
        <source>reading the statement&apos;s lines</source>
        <translation>lors de la lecture des lignes du relevé</translation>
    </message>
    <message>
        <source>reading the statement&apos;s tax</source>
        <translation>lors de la lecture de la taxe du relevé</translation>
    </message>
    <message>
        <source>reading the statement&apos;s credits</source>
        <translation>lors de la lecture des crédits du relevé</translation>
    </message>
    <message>
        <source>finding the statement</source>
        <translation>lors de la recherche du relevé</translation>
    </message>
    <message>
        <source>There is no statement numbered %1.</source>
        <translation>Il n&apos;y a pas de relevé numéroté %1.</translation>
    </message>
    <message>
        <source>approve statements</source>
        <translation>approuver des relevés</translation>
    </message>
    <message>
        <source>reading the drafts</source>
        <translation>lors de la lecture des brouillons</translation>
    </message>
    <message>
        <source>Statement %1 is not a draft: it was approved as %2.</source>
        <translation>Le relevé %1 n&apos;est pas un brouillon&#xa0;: il a été approuvé sous le numéro %2.</translation>
    </message>
    <message>
        <source>There is no statement %1; it may have been deleted.</source>
        <translation>Il n&apos;y a pas de relevé %1&#xa0;; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>approving the statements</source>
        <translation>lors de l&apos;approbation des relevés</translation>
    </message>
    <message numerus="yes">
        <source>%1 The %n statement(s) approved before stay approved.</source>
        <translation>
            <numerusform>%1 Le relevé approuvé auparavant le reste (%n).</numerusform>
            <numerusform>%1 Les %n relevés approuvés auparavant le restent.</numerusform>
        </translation>
    </message>
    <message>
        <source>delete draft statements</source>
        <translation>supprimer des relevés brouillons</translation>
    </message>
    <message>
        <source>There is no statement %1; it may have been deleted already.</source>
        <translation>Il n&apos;y a pas de relevé %1&#xa0;; il a peut-être déjà été supprimé.</translation>
    </message>
    <message>
        <source>Statement %1 was approved as %2 and never changes; correct it with a credit or debit memo.</source>
        <translation>Le relevé %1 a été approuvé sous le numéro %2 et ne change plus jamais&#xa0;; corrigez-le par un avoir ou une note de débit.</translation>
    </message>
    <message>
        <source>deleting the draft</source>
        <translation>lors de la suppression du brouillon</translation>
    </message>
    <message>
        <source>There is no %1 → %2 exchange rate on or before %3; add one in Settings &gt; Exchange Rates.</source>
        <translation>Il n&apos;y a pas de taux de change %1 → %2 au %3 ou avant&#xa0;; ajoutez-en un dans Paramètres &gt; Taux de change.</translation>
    </message>
    <message>
        <source>recording the exchange rate</source>
        <translation>lors de l&apos;enregistrement du taux de change</translation>
    </message>
    <message>
        <source>reading the statement&apos;s exchange rates</source>
        <translation>lors de la lecture des taux de change du relevé</translation>
    </message>
    <message>
        <source>the usage of %1 account %2 for %3 belongs to the customer with ID %4, whose billing for that period is locked by draft statement %5: delete the draft first (Billing &gt; Preview Generated Billing Statements), then try again.</source>
        <translation>la consommation du compte %1 %2 pour %3 appartient au client d&apos;ID %4, dont la facturation de cette période est verrouillée par le relevé brouillon %5&#xa0;: supprimez d&apos;abord le brouillon (Facturation &gt; Aperçu des relevés de facturation générés), puis réessayez.</translation>
    </message>
    <message>
        <source>the usage of %1 account %2 for %3 belongs to the customer with ID %4, whose statement %5 for that period is approved and never changes: correct it with a credit or debit memo.</source>
        <translation>la consommation du compte %1 %2 pour %3 appartient au client d&apos;ID %4, dont le relevé %5 de cette période est approuvé et ne change plus jamais&#xa0;: corrigez-le par un avoir ou une note de débit.</translation>
    </message>
    <message>
        <source>checking locked periods</source>
        <translation>lors de la vérification des périodes verrouillées</translation>
    </message>
    <message>
        <source>The account cannot be mapped: %1</source>
        <translation>Le compte ne peut pas être associé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The account cannot be unmapped: %1</source>
        <translation>Le compte ne peut pas être dissocié&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>bursar::core::TaxCategories</name>
    <message>
        <source>reading the tax categories</source>
        <translation>lors de la lecture des catégories de taxe</translation>
    </message>
    <message>
        <source>region and state rates</source>
        <translation>taux régional et taux de l&apos;État</translation>
    </message>
    <message>
        <source>region rate only</source>
        <translation>taux régional seulement</translation>
    </message>
    <message>
        <source>state rate only</source>
        <translation>taux de l&apos;État seulement</translation>
    </message>
    <message>
        <source>no rate (not taxed)</source>
        <translation>aucun taux (non taxé)</translation>
    </message>
    <message>
        <source>change the tax categories</source>
        <translation>modifier les catégories de taxe</translation>
    </message>
    <message>
        <source>A tax category needs a name, such as Standard or Reduced.</source>
        <translation>Une catégorie de taxe a besoin d&apos;un nom, comme Standard ou Réduit.</translation>
    </message>
    <message>
        <source>The tax category name “%1” is longer than 40 characters; shorten it.</source>
        <translation>Le nom de catégorie de taxe «&#xa0;%1&#xa0;» dépasse 40 caractères&#xa0;; raccourcissez-le.</translation>
    </message>
    <message>
        <source>The tax category name “%1” contains “|”, which separates a memo line&apos;s fields on the command line; leave it out.</source>
        <translation>Le nom de catégorie de taxe «&#xa0;%1&#xa0;» contient «&#xa0;|&#xa0;», qui sépare les champs d&apos;une ligne de document en ligne de commande&#xa0;; retirez-le.</translation>
    </message>
    <message>
        <source>saving the tax category</source>
        <translation>lors de l&apos;enregistrement de la catégorie de taxe</translation>
    </message>
    <message>
        <source>There is no tax category “%1”; nothing was removed.</source>
        <translation>Il n&apos;y a pas de catégorie de taxe «&#xa0;%1&#xa0;»&#xa0;; rien n&apos;a été retiré.</translation>
    </message>
    <message>
        <source>reading the memos</source>
        <translation>lors de la lecture des documents</translation>
    </message>
    <message>
        <source>The tax category “%1” is on a line of the Hold memo %2; change that line or delete the memo first. Released memos keep their tax whatever happens to the category.</source>
        <translation>La catégorie de taxe «&#xa0;%1&#xa0;» figure sur une ligne du document en attente %2&#xa0;; modifiez cette ligne ou supprimez d&apos;abord le document. Les documents émis gardent leur taxe quoi qu&apos;il arrive à la catégorie.</translation>
    </message>
    <message>
        <source>removing the tax category</source>
        <translation>lors du retrait de la catégorie de taxe</translation>
    </message>
</context>
<context>
    <name>bursar::core::TaxTable</name>
    <message>
        <source>The tax rate “%1” is not a number: %2</source>
        <translation>Le taux de taxe «&#xa0;%1&#xa0;» n&apos;est pas un nombre&#xa0;: %2</translation>
    </message>
    <message>
        <source>The tax rate %1 is outside 0 to 100 percent.</source>
        <translation>Le taux de taxe %1 est en dehors de 0 à 100 %.</translation>
    </message>
    <message>
        <source>The tax rate %1 has more than 4 decimals.</source>
        <translation>Le taux de taxe %1 a plus de 4 décimales.</translation>
    </message>
    <message>
        <source>change the tax table</source>
        <translation>modifier la table des taxes</translation>
    </message>
    <message>
        <source>A tax rate needs a region, such as US or DE (the customers&apos; Region field).</source>
        <translation>Un taux de taxe a besoin d&apos;une région, comme US ou FR (le champ Région des clients).</translation>
    </message>
    <message>
        <source>The region and state are at most 40 characters each.</source>
        <translation>La région et l&apos;État font chacun au plus 40 caractères.</translation>
    </message>
    <message>
        <source>The tax rate for %1 needs the date it applies from.</source>
        <translation>Le taux de taxe de %1 a besoin de sa date de début.</translation>
    </message>
    <message>
        <source>%1 tax</source>
        <translation>Taxe %1</translation>
    </message>
    <message>
        <source>reading the tax table</source>
        <translation>lors de la lecture de la table des taxes</translation>
    </message>
    <message>
        <source>changing the tax rate</source>
        <translation>lors de la modification du taux de taxe</translation>
    </message>
    <message>
        <source>adding the tax rate</source>
        <translation>lors de l&apos;ajout du taux de taxe</translation>
    </message>
</context>
<context>
    <name>bursar::core::UblWriter</name>
    <message>
        <source>The sum of the lines</source>
        <translation>La somme des lignes</translation>
    </message>
    <message>
        <source>The total without VAT</source>
        <translation>Le total hors TVA</translation>
    </message>
    <message>
        <source>The VAT total</source>
        <translation>Le total de TVA</translation>
    </message>
    <message>
        <source>The total with VAT</source>
        <translation>Le total TTC</translation>
    </message>
    <message>
        <source>The amount due</source>
        <translation>Le montant dû</translation>
    </message>
    <message>
        <source>A VAT category&apos;s taxable amount</source>
        <translation>La base imposable d&apos;une catégorie de TVA</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Account Information</source>
        <translation>Informations du compte</translation>
    </message>
    <message>
        <source>E-invoicing</source>
        <translation>Facturation électronique</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <source>Electronic address</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>VAT category</source>
        <translation>Catégorie de TVA</translation>
    </message>
    <message>
        <source>Exemption reason</source>
        <translation>Motif d&apos;exonération</translation>
    </message>
    <message>
        <source>%1 is missing (%2). Set it in %3.</source>
        <translation>%1 manque (%2). Définissez-le dans %3.</translation>
    </message>
    <message>
        <source>Our legal name</source>
        <translation>Notre raison sociale</translation>
    </message>
    <message>
        <source>Our country (a country name or ISO code Bursar knows)</source>
        <translation>Notre pays (un nom de pays ou un code ISO que Bursar connaît)</translation>
    </message>
    <message>
        <source>The customer&apos;s name</source>
        <translation>Le nom du client</translation>
    </message>
    <message>
        <source>The customer&apos;s country (its region)</source>
        <translation>Le pays du client (sa région)</translation>
    </message>
    <message>
        <source>Our electronic address</source>
        <translation>Notre adresse électronique</translation>
    </message>
    <message>
        <source>The customer&apos;s electronic address</source>
        <translation>L&apos;adresse électronique du client</translation>
    </message>
    <message>
        <source>the electronic address scheme “%1” is not a Peppol EAS code (for example 0088, 0208, 9930). Set it in %2.</source>
        <translation>le schéma «&#xa0;%1&#xa0;» de l&apos;adresse électronique n&apos;est pas un code EAS Peppol (par exemple 0088, 0208, 9930). Définissez-le dans %2.</translation>
    </message>
    <message>
        <source>it mixes lines not subject to VAT with taxed lines; a document not subject to VAT holds no other VAT category.</source>
        <translation>il mêle des lignes non soumises à la TVA et des lignes taxées&#xa0;; un document non soumis à la TVA ne contient aucune autre catégorie.</translation>
    </message>
    <message>
        <source>Our VAT identifier</source>
        <translation>Notre numéro de TVA</translation>
    </message>
    <message>
        <source>the VAT identifier “%1” does not start with a country code (DE…, FR…, EL… for Greece). Set it in %2.</source>
        <translation>le numéro de TVA «&#xa0;%1&#xa0;» ne commence pas par un code de pays (DE…, FR…, EL… pour la Grèce). Définissez-le dans %2.</translation>
    </message>
    <message>
        <source>Under reverse charge, the customer&apos;s VAT identifier</source>
        <translation>En autoliquidation, le numéro de TVA du client</translation>
    </message>
    <message>
        <source>For an intra-community supply, the customer&apos;s VAT identifier</source>
        <translation>Pour une livraison intracommunautaire, le numéro de TVA du client</translation>
    </message>
    <message>
        <source>Our bank account (IBAN), where the customer pays</source>
        <translation>Notre compte bancaire (IBAN), où le client paie</translation>
    </message>
    <message>
        <source>“%1” is not an IBAN (its check digits do not match).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un IBAN (ses chiffres de contrôle ne correspondent pas).</translation>
    </message>
    <message>
        <source>an amount is due but no due date is known.</source>
        <translation>un montant est dû mais aucune échéance n&apos;est connue.</translation>
    </message>
    <message>
        <source>%1 is %2 %3 but the parts add up to %4 %3 (%5). The document is inconsistent; report it.</source>
        <translation>%1 vaut %2 %3 mais ses parties font %4 %3 (%5). Le document est incohérent&#xa0;; signalez-le.</translation>
    </message>
    <message>
        <source>the %1 %2 % VAT is %3 %4 on a base of %5 %4; the base at that rate gives %6.</source>
        <translation>la TVA %1 %2 % vaut %3 %4 sur une base de %5 %4&#xa0;; cette base à ce taux donne %6.</translation>
    </message>
    <message>
        <source>The reason for the VAT exemption</source>
        <translation>Le motif de l&apos;exonération de TVA</translation>
    </message>
    <message>
        <source>VAT category %1 carries no tax, but %2 %3 is charged.</source>
        <translation>La catégorie de TVA %1 ne porte aucune taxe, mais %2 %3 sont facturés.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 4217 currency code.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de devise ISO 4217.</translation>
    </message>
    <message>
        <source>it has no issue date.</source>
        <translation>il n&apos;a pas de date d&apos;émission.</translation>
    </message>
    <message>
        <source>it carries no tax, and seller and buyer are both in %1, so Bursar cannot tell why. Choose the VAT category for untaxed documents (Z zero-rated, E exempt with a reason, O not subject to VAT) in Customers &gt; %2 &gt; E-invoicing.</source>
        <translation>il ne porte aucune taxe, et vendeur et acheteur sont tous deux en %1&#xa0;: Bursar ne peut pas savoir pourquoi. Choisissez la catégorie de TVA des documents non taxés (Z taux zéro, E exonéré avec un motif, O non soumis à la TVA) dans Clients &gt; %2 &gt; Facturation électronique.</translation>
    </message>
    <message>
        <source>an unknown country</source>
        <translation>un pays inconnu</translation>
    </message>
    <message>
        <source>the %1 %2 %3 has more decimals than the %4 EN 16931 allows; this document cannot be an e-invoice.</source>
        <translation>le montant %1 de %2 %3 a plus de décimales que les %4 qu&apos;autorise EN 16931&#xa0;; ce document ne peut pas être une facture électronique.</translation>
    </message>
    <message>
        <source>our VAT is accounted in %1, and Settings &gt; Exchange Rates has no %2 → %1 rate on or before %3. Add the rate.</source>
        <translation>notre TVA est déclarée en %1, et Paramètres &gt; Taux de change n&apos;a aucun taux %2 → %1 au %3 ou avant. Ajoutez le taux.</translation>
    </message>
    <message>
        <source>Statement %1</source>
        <translation>Relevé %1</translation>
    </message>
    <message>
        <source>it is a draft. Only approved statements leave as e-invoices; approve it first.</source>
        <translation>c&apos;est un brouillon. Seuls les relevés approuvés partent en facture électronique&#xa0;; approuvez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>it carries %1 taxes on one base (%2). An e-invoice gives each line one VAT rate; EN 16931 has no stacked taxes.</source>
        <translation>il porte %1 taxes sur une même base (%2). Une facture électronique donne un seul taux de TVA à chaque ligne&#xa0;; EN 16931 ne connaît pas les taxes cumulées.</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>crédit</translation>
    </message>
    <message>
        <source>tax</source>
        <translation>taxe</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>amount paid</source>
        <translation>montant payé</translation>
    </message>
    <message>
        <source>charges</source>
        <translation>frais</translation>
    </message>
    <message>
        <source>its lines add up to %1 %2, but it shows charges and marketplace fees of %3 %2; report it.</source>
        <translation>ses lignes font %1 %2, mais il affiche des frais et frais marketplace de %3 %2&#xa0;; signalez-le.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>a payment is not an invoice; only memos leave as e-invoices.</source>
        <translation>un paiement n&apos;est pas une facture&#xa0;; seuls les avoirs et notes de débit partent en facture électronique.</translation>
    </message>
    <message>
        <source>it is on Hold. Only released memos leave as e-invoices; release it first.</source>
        <translation>il est en attente. Seuls les documents émis partent en facture électronique&#xa0;; émettez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>line %1&apos;s tax category %2 takes %3 rates at once; an e-invoice gives each line one VAT rate.</source>
        <translation>la catégorie de taxe %2 de la ligne %1 prend %3 taux à la fois&#xa0;; une facture électronique donne un seul taux de TVA à chaque ligne.</translation>
    </message>
    <message>
        <source>line %1&apos;s price</source>
        <translation>prix de la ligne %1</translation>
    </message>
    <message>
        <source>line %1 has a negative price; write the line with a negative quantity instead.</source>
        <translation>la ligne %1 a un prix négatif&#xa0;; écrivez-la plutôt avec une quantité négative.</translation>
    </message>
    <message>
        <source>line %1&apos;s discount</source>
        <translation>remise de la ligne %1</translation>
    </message>
    <message>
        <source>Receives e-invoices</source>
        <translation>Reçoit des factures électroniques</translation>
    </message>
    <message>
        <source>customer %1 does not receive e-invoices. Tick “receives e-invoices” in %2 and give its VAT ID and electronic address, or send it the PDF.</source>
        <translation>le client %1 ne reçoit pas de factures électroniques. Cochez «&#xa0;reçoit des factures électroniques&#xa0;» dans %2 et indiquez son n° de TVA et son adresse électronique, ou envoyez-lui le PDF.</translation>
    </message>
</context>
<context>
    <name>bursar::core::UsageImporter</name>
    <message>
        <source>reading the import</source>
        <translation>lors de la lecture de l&apos;importation</translation>
    </message>
    <message>
        <source>Import %1 does not exist.</source>
        <translation>L&apos;importation %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>reading the import&apos;s periods</source>
        <translation>lors de la lecture des périodes de l&apos;importation</translation>
    </message>
    <message>
        <source>finding unmapped accounts</source>
        <translation>lors de la recherche des comptes non associés</translation>
    </message>
    <message>
        <source>reading the import&apos;s vendors</source>
        <translation>lors de la lecture des fournisseurs de l&apos;importation</translation>
    </message>
    <message>
        <source>reading the import&apos;s totals</source>
        <translation>lors de la lecture des totaux de l&apos;importation</translation>
    </message>
    <message>
        <source>reading the import history</source>
        <translation>lors de la lecture de l&apos;historique des importations</translation>
    </message>
    <message>
        <source>recording the import</source>
        <translation>lors de l&apos;enregistrement de l&apos;importation</translation>
    </message>
    <message>
        <source>looking for an earlier import of the same usage</source>
        <translation>lors de la recherche d&apos;une importation antérieure de la même consommation</translation>
    </message>
    <message>
        <source>reading the import to replace</source>
        <translation>lors de la lecture de l&apos;importation à remplacer</translation>
    </message>
    <message>
        <source>There is no import %1 to replace; Usage &gt; Imports (bursar usage history) lists them.</source>
        <translation>Il n&apos;y a pas d&apos;importation %1 à remplacer&#xa0;; Consommation &gt; Importations (bursar usage history) les liste.</translation>
    </message>
    <message>
        <source>Import %1 (%2) holds %3 usage; %4 holds %5 usage and cannot replace it.</source>
        <translation>L&apos;importation %1 (%2) contient de la consommation %3&#xa0;; %4 contient de la consommation %5 et ne peut pas la remplacer.</translation>
    </message>
    <message>
        <source>Import %1 (%2) was replaced already, by import %3; replace that one instead.</source>
        <translation>L&apos;importation %1 (%2) a déjà été remplacée, par l&apos;importation %3&#xa0;; remplacez plutôt celle-ci.</translation>
    </message>
    <message>
        <source>reading statements</source>
        <translation>lors de la lecture des relevés</translation>
    </message>
    <message>
        <source>Import %1 (%2) is billed on statement %3; a billed period&apos;s usage cannot be replaced. Credit or debit the difference with a memo instead.</source>
        <translation>L&apos;importation %1 (%2) est facturée sur le relevé %3&#xa0;; la consommation d&apos;une période facturée ne peut pas être remplacée. Créditez ou débitez plutôt la différence par un avoir ou une note de débit.</translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation>brouillon %1</translation>
    </message>
    <message>
        <source>Import %1 (%2) holds %3 and %4 holds %5: a corrected file re-issues the same billing periods. Import it on its own instead.</source>
        <translation>L&apos;importation %1 (%2) contient %3 et %4 contient %5&#xa0;: un fichier corrigé réémet les mêmes périodes de facturation. Importez-le plutôt seul.</translation>
    </message>
    <message>
        <source>Import %1 (%2) cannot be replaced: %3</source>
        <translation>L&apos;importation %1 (%2) ne peut pas être remplacée&#xa0;: %3</translation>
    </message>
    <message>
        <source>recording the replacement</source>
        <translation>lors de l&apos;enregistrement du remplacement</translation>
    </message>
    <message>
        <source>Import %1 was replaced meanwhile in another window; nothing changed.</source>
        <translation>L&apos;importation %1 a été remplacée entre-temps dans une autre fenêtre&#xa0;; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>replaced by import %1 (%2)</source>
        <translation>remplacée par l&apos;importation %1 (%2)</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1, line %2, column %3 (%4): %5</source>
        <translation>%1, ligne %2, colonne %3 (%4)&#xa0;: %5</translation>
    </message>
    <message>
        <source>Import of %1 cancelled; nothing was imported.</source>
        <translation>Importation de %1 annulée&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds no header and no rows; there is nothing to import.</source>
        <translation>%1 ne contient ni en-tête ni lignes&#xa0;; il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <source>%1: the header is one column that contains “%2”: the file is separated by “%2”, but usage exports are comma-separated. Export it again with commas.</source>
        <translation>%1&#xa0;: l&apos;en-tête est une seule colonne qui contient «&#xa0;%2&#xa0;»&#xa0;: le fichier est séparé par «&#xa0;%2&#xa0;», mais les exports de consommation sont séparés par des virgules. Exportez-le de nouveau avec des virgules.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>%1 is not a usage export Bursar recognises (FOCUS, AWS CUR, Azure cost details, Partner Center). Check the file, or name the format with --as.</source>
        <translation>%1 n&apos;est pas un export de consommation que Bursar reconnaît (FOCUS, AWS CUR, détails des coûts Azure, Partner Center). Vérifiez le fichier, ou nommez le format avec --as.</translation>
    </message>
    <message>
        <source>%1 is in the %2 format, which holds %3 usage, not %4.</source>
        <translation>%1 est au format %2, qui contient de la consommation %3, pas %4.</translation>
    </message>
    <message>
        <source>reading the vendors&apos; entities</source>
        <translation>lors de la lecture des entités des fournisseurs</translation>
    </message>
    <message>
        <source>reading the vendors&apos; FOCUS provider names</source>
        <translation>lors de la lecture des noms de fournisseur FOCUS</translation>
    </message>
    <message>
        <source>the row is %1 usage (provider “%2”), but the file is imported as %3 usage.</source>
        <translation>la ligne est une consommation %1 (fournisseur «&#xa0;%2&#xa0;»), mais le fichier est importé comme consommation %3.</translation>
    </message>
    <message>
        <source>the file does not say which vendor&apos;s usage it holds (no known ProviderName); name it with --vendor %1.</source>
        <translation>le fichier ne dit pas de quel fournisseur est sa consommation (aucun ProviderName connu)&#xa0;; nommez-le avec --vendor %1.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 4217 currency code (USD, EUR, JPY ...).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de devise ISO 4217 (USD, EUR, JPY ...).</translation>
    </message>
    <message>
        <source>subscription %1 belongs to customer %2 here but to customer %3 on line %4; one subscription cannot belong to two customers. Correct the file.</source>
        <translation>l&apos;abonnement %1 appartient ici au client %2 mais au client %3 à la ligne %4&#xa0;; un abonnement ne peut pas appartenir à deux clients. Corrigez le fichier.</translation>
    </message>
    <message>
        <source>“%1” (rows: %2)</source>
        <translation>«&#xa0;%1&#xa0;» (lignes&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1 holds usage of providers no Bursar vendor claims: %2. Add the vendor (Settings &gt; Vendors, or bursar vendors add --key KEY --name NAME --focus-provider NAME); if a name is another spelling of a vendor Bursar has, add it to that vendor (bursar vendors set KEY --add-focus-provider NAME); or leave its rows out on record with --skip-provider NAME.</source>
        <translation>%1 contient de la consommation de fournisseurs qu&apos;aucun fournisseur Bursar ne revendique&#xa0;: %2. Ajoutez le fournisseur (Paramètres &gt; Fournisseurs, ou bursar vendors add --key KEY --name NAME --focus-provider NAME)&#xa0;; si un nom est une autre graphie d&apos;un fournisseur que Bursar connaît, ajoutez-le à ce fournisseur (bursar vendors set KEY --add-focus-provider NAME)&#xa0;; ou laissez ses lignes de côté, avec trace, avec --skip-provider NAME.</translation>
    </message>
    <message>
        <source> (and %1 more problems)</source>
        <translation> (et %1 autres problèmes)</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing changed. %2</source>
        <translation>%1 n&apos;a pas été importé&#xa0;; rien n&apos;a changé. %2</translation>
    </message>
    <message>
        <source>%1 could not be read to its end; nothing was imported.</source>
        <translation>%1 n&apos;a pas pu être lu jusqu&apos;au bout&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>looking for an earlier import of the file</source>
        <translation>lors de la recherche d&apos;une importation antérieure du fichier</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing changed: %2</source>
        <translation>%1 n&apos;a pas été importé&#xa0;; rien n&apos;a changé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not prepare the import: %1</source>
        <translation>Impossible de préparer l&apos;importation&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: the sum of %2&apos;s %3 costs exceeds Bursar&apos;s range; nothing was imported.</source>
        <translation>%1&#xa0;: la somme des coûts %3 de %2 dépasse la plage de Bursar&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Writing usage totals failed: %1</source>
        <translation>L&apos;écriture des totaux de consommation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 holds the same usage as import %2 (%3, imported %4): the same accounts, periods, products and amounts, in other bytes. Nothing was imported; nothing changed. A file the vendor corrected differs in its amounts.</source>
        <translation>%1 contient la même consommation que l&apos;importation %2 (%3, importée le %4)&#xa0;: les mêmes comptes, périodes, produits et montants, dans d&apos;autres octets. Rien n&apos;a été importé&#xa0;; rien n&apos;a changé. Un fichier corrigé par le fournisseur diffère par ses montants.</translation>
    </message>
    <message>
        <source>; left out: %1 (rows: %2)</source>
        <translation>&#xa0;; laissés de côté&#xa0;: %1 (lignes&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1 (%2, %3 rows, %4 lines, SHA-256 %5)</source>
        <translation>%1 (%2, %3 lignes, %4 lignes de consommation, SHA-256 %5)</translation>
    </message>
    <message>
        <source>import usage</source>
        <translation>importer de la consommation</translation>
    </message>
    <message>
        <source>import it as usage</source>
        <translation>l&apos;importer comme consommation</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is empty; there is nothing to import. Export the usage again.</source>
        <translation>%1 est vide&#xa0;; il n&apos;y a rien à importer. Exportez de nouveau la consommation.</translation>
    </message>
    <message>
        <source>%1 has its header and no usage rows; nothing was imported. Export the month again, with its rows.</source>
        <translation>%1 a son en-tête et aucune ligne de consommation&#xa0;; rien n&apos;a été importé. Exportez de nouveau le mois, avec ses lignes.</translation>
    </message>
    <message>
        <source>%1: every row was left out (--skip-provider); nothing was imported.</source>
        <translation>%1&#xa0;: chaque ligne a été laissée de côté (--skip-provider)&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>reading the vendor&apos;s credits</source>
        <translation>lors de la lecture des crédits du fournisseur</translation>
    </message>
    <message>
        <source>reading the credits issued from vendor credits</source>
        <translation>lors de la lecture des crédits émis à partir de crédits fournisseurs</translation>
    </message>
</context>
<context>
    <name>bursar::core::UsageRowMapper</name>
    <message>
        <source>%1 is empty; every row needs it.</source>
        <translation>%1 est vide&#xa0;; chaque ligne en a besoin.</translation>
    </message>
    <message>
        <source>%1 is empty; every row needs an amount.</source>
        <translation>%1 est vide&#xa0;; chaque ligne a besoin d&apos;un montant.</translation>
    </message>
    <message>
        <source>“%1” in %2 is not an amount: %3</source>
        <translation>«&#xa0;%1&#xa0;» dans %2 n&apos;est pas un montant&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 is empty; every row needs a date.</source>
        <translation>%1 est vide&#xa0;; chaque ligne a besoin d&apos;une date.</translation>
    </message>
    <message>
        <source>“%1” in %2 is not a date Bursar reads (2024-09-01, 2024-09-01T00:00:00Z, 2024-09-01 00:00:00, or month first as Microsoft writes it: 9/1/2024 or 09/01/2024).</source>
        <translation>«&#xa0;%1&#xa0;» dans %2 n&apos;est pas une date que Bursar lit (2024-09-01, 2024-09-01T00:00:00Z, 2024-09-01 00:00:00, ou le mois d&apos;abord comme l&apos;écrit Microsoft&#xa0;: 9/1/2024 ou 09/01/2024).</translation>
    </message>
    <message>
        <source>the row has %1 columns but the header has %2; a delimiter or quote is probably missing or extra.</source>
        <translation>la ligne a %1 colonnes mais l&apos;en-tête en a %2&#xa0;; un séparateur ou un guillemet manque ou est en trop, probablement.</translation>
    </message>
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
        <translation>Détails des coûts Azure</translation>
    </message>
    <message>
        <source>Partner Center daily rated usage</source>
        <translation>Consommation quotidienne tarifée Partner Center</translation>
    </message>
    <message>
        <source>Column %1 of the header has no name; the first line must name every column.</source>
        <translation>La colonne %1 de l&apos;en-tête n&apos;a pas de nom&#xa0;; la première ligne doit nommer chaque colonne.</translation>
    </message>
    <message>
        <source>The header names “%1” twice (columns %2 and %3); Bursar cannot tell which one to read.</source>
        <translation>L&apos;en-tête nomme «&#xa0;%1&#xa0;» deux fois (colonnes %2 et %3)&#xa0;; Bursar ne peut pas savoir laquelle lire.</translation>
    </message>
    <message>
        <source>The header lacks the column %1, which every %2 file has.</source>
        <translation>L&apos;en-tête n&apos;a pas la colonne %1, que tout fichier %2 a.</translation>
    </message>
</context>
<context>
    <name>bursar::core::UserService</name>
    <message>
        <source>“%1” is not a privilege; use %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un privilège&#xa0;; utilisez %2.</translation>
    </message>
    <message>
        <source>Name at least one privilege, for example MANAGE_CUSTOMERS.</source>
        <translation>Nommez au moins un privilège, par exemple MANAGE_CUSTOMERS.</translation>
    </message>
    <message>
        <source>reading users</source>
        <translation>lors de la lecture des utilisateurs</translation>
    </message>
    <message>
        <source>There is no Bursar user “%1”; list them with bursar users list.</source>
        <translation>Il n&apos;y a pas d&apos;utilisateur Bursar «&#xa0;%1&#xa0;»&#xa0;; listez-les avec bursar users list.</translation>
    </message>
    <message>
        <source>User %1: a user of a tenant or a customer reads only and holds no privileges; revoke them first, or keep the user for the whole installation.</source>
        <translation>Utilisateur %1&#xa0;: un utilisateur d&apos;un locataire ou d&apos;un client ne fait que lire et n&apos;a aucun privilège&#xa0;; retirez-les d&apos;abord, ou gardez l&apos;utilisateur pour toute l&apos;installation.</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
    </message>
    <message>
        <source>reading the scope</source>
        <translation>lors de la lecture de la portée</translation>
    </message>
    <message>
        <source>%1: there is no tenant %2; list them with bursar tenants list.</source>
        <translation>%1&#xa0;: il n&apos;y a pas de locataire %2&#xa0;; listez-les avec bursar tenants list.</translation>
    </message>
    <message>
        <source>%1: there is no customer %2; list them with bursar customers list.</source>
        <translation>%1&#xa0;: il n&apos;y a pas de client %2&#xa0;; listez-les avec bursar customers list.</translation>
    </message>
    <message>
        <source>change users</source>
        <translation>modifier des utilisateurs</translation>
    </message>
    <message>
        <source>reading privileges</source>
        <translation>lors de la lecture des privilèges</translation>
    </message>
    <message>
        <source>changing the user</source>
        <translation>lors de la modification de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>add users</source>
        <translation>ajouter des utilisateurs</translation>
    </message>
    <message>
        <source>New user: “%1” is not a user name; use 1 to 64 letters, digits and . _ @ - only.</source>
        <translation>Nouvel utilisateur&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;utilisateur&#xa0;; utilisez de 1 à 64 lettres, chiffres et . _ @ - seulement.</translation>
    </message>
    <message>
        <source>New user %1: “%2” is not a PostgreSQL login name.</source>
        <translation>Nouvel utilisateur %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nom de connexion PostgreSQL.</translation>
    </message>
    <message>
        <source>New user: a user named “%1” or with that login exists already.</source>
        <translation>Nouvel utilisateur&#xa0;: un utilisateur nommé «&#xa0;%1&#xa0;» ou avec cet identifiant existe déjà.</translation>
    </message>
    <message>
        <source>adding the user</source>
        <translation>lors de l&apos;ajout de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>grant privileges</source>
        <translation>accorder des privilèges</translation>
    </message>
    <message>
        <source>%1 belongs to a tenant or a customer and reads only; move the user to the whole installation first (bursar users set --name %1 --all-tenants).</source>
        <translation>%1 appartient à un locataire ou à un client et ne fait que lire&#xa0;; rattachez d&apos;abord l&apos;utilisateur à toute l&apos;installation (bursar users set --name %1 --all-tenants).</translation>
    </message>
    <message>
        <source>granting privileges</source>
        <translation>lors de l&apos;octroi des privilèges</translation>
    </message>
    <message>
        <source>revoke privileges</source>
        <translation>retirer des privilèges</translation>
    </message>
    <message>
        <source>revoking privileges</source>
        <translation>lors du retrait des privilèges</translation>
    </message>
    <message>
        <source>%1 is the last user who may manage users; grant MANAGE_USERS to someone else first.</source>
        <translation>%1 est le dernier utilisateur qui peut gérer les utilisateurs&#xa0;; accordez d&apos;abord MANAGE_USERS à quelqu&apos;un d&apos;autre.</translation>
    </message>
</context>
<context>
    <name>bursar::core::Vendor</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
</context>
<context>
    <name>bursar::core::VendorCatalog</name>
    <message>
        <source>The FOCUS provider name is empty; type it as the file&apos;s ProviderName column writes it.</source>
        <translation>Le nom de fournisseur FOCUS est vide&#xa0;; saisissez-le comme l&apos;écrit la colonne ProviderName du fichier.</translation>
    </message>
    <message>
        <source>reading the vendors&apos; FOCUS provider names</source>
        <translation>lors de la lecture des noms de fournisseur FOCUS</translation>
    </message>
    <message>
        <source>%1 already has the FOCUS provider name “%2”.</source>
        <translation>%1 a déjà le nom de fournisseur FOCUS «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The FOCUS provider name “%1” already means %2; a provider name means one vendor. Remove it there first (bursar vendors set %3 --remove-focus-provider NAME).</source>
        <translation>Le nom de fournisseur FOCUS «&#xa0;%1&#xa0;» désigne déjà %2&#xa0;; un nom de fournisseur désigne un seul fournisseur. Retirez-le d&apos;abord là-bas (bursar vendors set %3 --remove-focus-provider NAME).</translation>
    </message>
    <message>
        <source>adding the FOCUS provider name</source>
        <translation>lors de l&apos;ajout du nom de fournisseur FOCUS</translation>
    </message>
    <message>
        <source>removing the FOCUS provider name</source>
        <translation>lors du retrait du nom de fournisseur FOCUS</translation>
    </message>
    <message>
        <source>%1 has no FOCUS provider name “%2”.</source>
        <translation>%1 n&apos;a pas de nom de fournisseur FOCUS «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>reading the vendors</source>
        <translation>lors de la lecture des fournisseurs</translation>
    </message>
    <message>
        <source>add vendors</source>
        <translation>ajouter des fournisseurs</translation>
    </message>
    <message>
        <source>“%1” cannot be a vendor key: use 2 to 23 lower-case letters, digits or &apos;-&apos;, starting with a letter (oracle, ibm-cloud).</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être une clé de fournisseur&#xa0;: utilisez de 2 à 23 lettres minuscules, chiffres ou &apos;-&apos;, en commençant par une lettre (oracle, ibm-cloud).</translation>
    </message>
    <message>
        <source>The vendor has no name; type the name clerks know it by (Oracle Cloud).</source>
        <translation>Le fournisseur n&apos;a pas de nom&#xa0;; saisissez le nom sous lequel les agents le connaissent (Oracle Cloud).</translation>
    </message>
    <message>
        <source>“%1” already means the vendor %2 (key %3); choose another key.</source>
        <translation>«&#xa0;%1&#xa0;» désigne déjà le fournisseur %2 (clé %3)&#xa0;; choisissez une autre clé.</translation>
    </message>
    <message>
        <source>“%1” already means the vendor %2 (key %3); choose another name.</source>
        <translation>«&#xa0;%1&#xa0;» désigne déjà le fournisseur %2 (clé %3)&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>adding the vendor</source>
        <translation>lors de l&apos;ajout du fournisseur</translation>
    </message>
    <message>
        <source>%1; account label “%2”; marketplace fees %3; FOCUS providers: %4; entities: %5</source>
        <translation>%1&#xa0;; libellé de compte «&#xa0;%2&#xa0;»&#xa0;; frais de place de marché %3&#xa0;; fournisseurs FOCUS&#xa0;: %4&#xa0;; entités&#xa0;: %5</translation>
    </message>
    <message>
        <source>billed</source>
        <translation>facturés</translation>
    </message>
    <message>
        <source>not billed</source>
        <translation>non facturés</translation>
    </message>
    <message>
        <source>change the vendors</source>
        <translation>modifier les fournisseurs</translation>
    </message>
</context>
<context>
    <name>bursar::core::VendorEntities</name>
    <message>
        <source>The entity name is empty; type the legal name as usage files write it.</source>
        <translation>Le nom de l&apos;entité est vide&#xa0;; saisissez la raison sociale comme l&apos;écrivent les fichiers de consommation.</translation>
    </message>
    <message>
        <source>reading the vendor&apos;s entities</source>
        <translation>lors de la lecture des entités du fournisseur</translation>
    </message>
    <message>
        <source>%1 already lists “%2”.</source>
        <translation>%1 liste déjà «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>adding the entity</source>
        <translation>lors de l&apos;ajout de l&apos;entité</translation>
    </message>
    <message>
        <source>removing the entity</source>
        <translation>lors du retrait de l&apos;entité</translation>
    </message>
    <message>
        <source>%1 does not list “%2”.</source>
        <translation>%1 ne liste pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>change the vendors&apos; entities</source>
        <translation>modifier les entités des fournisseurs</translation>
    </message>
</context>
<context>
    <name>bursar::core::WideDecimal</name>
    <message>
        <source>“%1” has %2 decimal places; Bursar holds usage amounts exactly up to 36.</source>
        <translation>«&#xa0;%1&#xa0;» a %2 décimales&#xa0;; Bursar tient les montants de consommation exactement jusqu&apos;à 36.</translation>
    </message>
</context>
<context>
    <name>bursar::core::WindowLock</name>
    <message>
        <source>Cannot take the window lock “%1” beside the database; check that you may write in its folder.</source>
        <translation>Impossible de prendre le verrou de fenêtre «&#xa0;%1&#xa0;» à côté de la base&#xa0;; vérifiez que vous pouvez écrire dans son dossier.</translation>
    </message>
    <message>
        <source>Bursar already has “%1” open in another window (process %2 of %3 on %4, since %5). Switch to that window, or close it and try again. A database file is one clerk&apos;s; clerks who work at the same time share a PostgreSQL database (File &gt; Open Shared Database). The command line works beside the window.</source>
        <translation>Bursar a déjà «&#xa0;%1&#xa0;» ouvert dans une autre fenêtre (processus %2 de %3 sur %4, depuis %5). Passez à cette fenêtre, ou fermez-la et réessayez. Un fichier de base appartient à un seul agent&#xa0;; les agents qui travaillent en même temps partagent une base PostgreSQL (Fichier &gt; Ouvrir une base partagée). La ligne de commande fonctionne à côté de la fenêtre.</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>un autre utilisateur</translation>
    </message>
</context>
<context>
    <name>bursar::core::WriteOffs</name>
    <message>
        <source>reading the write-off tolerances</source>
        <translation>lors de la lecture des tolérances de passage en perte</translation>
    </message>
    <message>
        <source>change the write-off tolerances</source>
        <translation>modifier les tolérances de passage en perte</translation>
    </message>
    <message>
        <source>“%1” is not a currency Bursar knows; give its ISO code, for example USD.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une devise que Bursar connaît&#xa0;; donnez son code ISO, par exemple USD.</translation>
    </message>
    <message>
        <source>The write-off tolerance for %1 must be an amount of 0 or more with at most %2 decimals, for example 1.00; “%3” is not.</source>
        <translation>La tolérance de passage en perte pour %1 doit être un montant de 0 ou plus avec au plus %2 décimales, par exemple 1.00&#xa0;; «&#xa0;%3&#xa0;» ne l&apos;est pas.</translation>
    </message>
    <message>
        <source>saving the write-off tolerance</source>
        <translation>lors de l&apos;enregistrement de la tolérance de passage en perte</translation>
    </message>
    <message>
        <source>write off small balances</source>
        <translation>passer en perte de petits soldes</translation>
    </message>
    <message>
        <source>There is no %1 %2.</source>
        <translation>Il n&apos;y a pas de %1 %2.</translation>
    </message>
    <message>
        <source>%1 is not open yet: approve or release it first.</source>
        <translation>%1 n&apos;est pas encore ouvert&#xa0;: approuvez-le ou émettez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>%1 has nothing left to write off.</source>
        <translation>%1 n&apos;a plus rien à passer en perte.</translation>
    </message>
    <message>
        <source>%1: there is no write-off tolerance for %2. Set one in Settings &gt; Write-off, or apply a payment or a memo instead.</source>
        <translation>%1&#xa0;: il n&apos;y a pas de tolérance de passage en perte pour %2. Définissez-en une dans Paramètres &gt; Passage en perte, ou imputez plutôt un paiement ou un avoir.</translation>
    </message>
    <message>
        <source>%1 has %2 %3 left, more than the write-off tolerance of %4 %3. Apply a payment or a memo instead, or raise the tolerance in Settings &gt; Write-off.</source>
        <translation>Il reste %2 %3 sur %1, plus que la tolérance de passage en perte de %4 %3. Imputez plutôt un paiement ou un avoir, ou relevez la tolérance dans Paramètres &gt; Passage en perte.</translation>
    </message>
    <message>
        <source>%1 is dated %2; it cannot be written off on %3, before it.</source>
        <translation>%1 est daté du %2&#xa0;; il ne peut pas être passé en perte le %3, avant cette date.</translation>
    </message>
    <message>
        <source>Small-balance write-off of %1</source>
        <translation>Passage en perte du petit solde de %1</translation>
    </message>
    <message>
        <source>writing the write-off memo</source>
        <translation>lors de l&apos;écriture du document de passage en perte</translation>
    </message>
</context>
<context>
    <name>bursar::notify::NotifyRunner</name>
    <message>
        <source>Statement emails: %1</source>
        <translation>E-mails des relevés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Statement emails wait for the SMTP password (Settings &gt; Notifications).</source>
        <translation>Les e-mails des relevés attendent le mot de passe SMTP (Paramètres &gt; Notifications).</translation>
    </message>
    <message>
        <source>Statement emails: %1 sent, %2 to try again, %3 failed.</source>
        <translation>E-mails des relevés&#xa0;: %1 envoyés, %2 à réessayer, %3 en échec.</translation>
    </message>
</context>
<context>
    <name>bursar::notify::SmtpPassword</name>
    <message>
        <source>The system keyring did not answer.</source>
        <translation>Le trousseau du système n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>No password for %1 in the system keyring: %2</source>
        <translation>Aucun mot de passe pour %1 dans le trousseau du système&#xa0;: %2</translation>
    </message>
    <message>
        <source>The system keyring did not keep the password: %1.</source>
        <translation>Le trousseau du système n&apos;a pas gardé le mot de passe&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>bursar::notify::SmtpTransport</name>
    <message>
        <source>The mail library could not start.</source>
        <translation>La bibliothèque de messagerie n&apos;a pas pu démarrer.</translation>
    </message>
</context>
<context>
    <name>bursar::render::StatementPainter</name>
    <message>
        <source>Statement</source>
        <translation>Relevé</translation>
    </message>
    <message>
        <source>Credit Memo</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Debit Memo</source>
        <translation>Note de débit</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>%1 · statement of account · customer %2</source>
        <translation>%1 · relevé de compte · client %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>unapplied</source>
        <translation>non imputé</translation>
    </message>
    <message>
        <source>Statement of Account</source>
        <translation>Relevé de compte</translation>
    </message>
    <message>
        <source>Customer ID %1 · open documents and balance as of %2</source>
        <translation>Client %1 · documents ouverts et solde au %2</translation>
    </message>
    <message>
        <source>No open documents.</source>
        <translation>Aucun document ouvert.</translation>
    </message>
    <message>
        <source>Balance %1 %2</source>
        <translation>Solde %1 %2</translation>
    </message>
    <message>
        <source>Current %1 · 1–30 days %2 · 31–60 days %3 · 61–90 days %4 · over 90 days %5 · unapplied %6</source>
        <translation>À échoir %1 · 1–30 jours %2 · 31–60 jours %3 · 61–90 jours %4 · plus de 90 jours %5 · non imputé %6</translation>
    </message>
    <message>
        <source>Statement of Account — %1 %2, %3</source>
        <translation>Relevé de compte — %1 %2, %3</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>EN ATTENTE</translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Customer ID %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>Date %1</source>
        <translation>Date %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Échéance %1</translation>
    </message>
    <message>
        <source>Currency %1</source>
        <translation>Devise %1</translation>
    </message>
    <message>
        <source>Adjusts %1</source>
        <translation>Corrige %1</translation>
    </message>
    <message>
        <source>Method %1 · reference %2</source>
        <translation>Moyen %1 · référence %2</translation>
    </message>
    <message>
        <source>On hold: not released, no number yet.</source>
        <translation>En attente&#xa0;: non émis, pas encore de numéro.</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>%1 %2 % on %3 (%4)</source>
        <translation>%1 %2 % sur %3 (%4)</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Arrondi</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Imputé</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>The PDF for “%1” could not be started.</source>
        <translation>Le PDF de «&#xa0;%1&#xa0;» n&apos;a pas pu être commencé.</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BROUILLON</translation>
    </message>
    <message>
        <source>%1 · statement %2 · customer %3</source>
        <translation>%1 · relevé %2 · client %3</translation>
    </message>
    <message>
        <source>DRAFT (not numbered)</source>
        <translation>BROUILLON (non numéroté)</translation>
    </message>
    <message>
        <source>on approval</source>
        <translation>à l&apos;approbation</translation>
    </message>
    <message>
        <source>Billing Statement</source>
        <translation>Relevé de facturation</translation>
    </message>
    <message>
        <source>BILL TO</source>
        <translation>FACTURÉ À</translation>
    </message>
    <message>
        <source>Attn. %1</source>
        <translation>À l&apos;attention de %1</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>Période de facturation</translation>
    </message>
    <message>
        <source>Cloud provider</source>
        <translation>Fournisseur cloud</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Date d&apos;émission</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after approval</source>
        <translation>
            <numerusform>%n jour après l&apos;approbation</numerusform>
            <numerusform>%n jours après l&apos;approbation</numerusform>
        </translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Billing Statement %1 · %2 · %3 %4 (continued)</source>
        <translation>Relevé de facturation %1 · %2 · %3 %4 (suite)</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Montant (%1)</translation>
    </message>
    <message>
        <source>Subtotal %1</source>
        <translation>Sous-total %1</translation>
    </message>
    <message>
        <source>No charges for this period.</source>
        <translation>Aucun frais pour cette période.</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>Crédits %1</translation>
    </message>
    <message>
        <source>%1 Marketplace fees (passed through at cost)</source>
        <translation>Frais de place de marché %1 (refacturés au coût)</translation>
    </message>
    <message>
        <source>%1 Marketplace credit</source>
        <translation>Crédit de place de marché %1</translation>
    </message>
    <message>
        <source>%1 %2% on %3</source>
        <translation>%1 %2 % sur %3</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Montant dû</translation>
    </message>
    <message>
        <source>Please pay by %1. </source>
        <translation>Merci de régler avant le %1. </translation>
    </message>
    <message>
        <source>This is a draft: it is not yet approved, has no number and is not visible to you in the customer portal. </source>
        <translation>Ceci est un brouillon&#xa0;: il n&apos;est pas encore approuvé, n&apos;a pas de numéro et ne vous est pas visible dans le portail client. </translation>
    </message>
    <message>
        <source>Amounts are calculated at full precision and rounded to the currency&apos;s units for display; the Detailed CSV lists every usage line.</source>
        <translation>Les montants sont calculés en pleine précision et arrondis aux unités de la devise pour l&apos;affichage&#xa0;; le CSV détaillé liste chaque ligne de consommation.</translation>
    </message>
    <message>
        <source>Billing Statement %1 — %2, %3 %4</source>
        <translation>Relevé de facturation %1 — %2, %3 %4</translation>
    </message>
    <message>
        <source>DRAFT %1</source>
        <translation>BROUILLON %1</translation>
    </message>
</context>
<context>
    <name>bursar::ui</name>
    <message>
        <source>— not set —</source>
        <translation>— non défini —</translation>
    </message>
    <message>
        <source>PostgreSQL Password</source>
        <translation>Mot de passe PostgreSQL</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>bursar::ui::AccountInfoPage</name>
    <message>
        <source>Account Information</source>
        <translation>Informations du compte</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Société</translation>
    </message>
    <message>
        <source>Billing &amp;API</source>
        <translation>&amp;API de facturation</translation>
    </message>
    <message>
        <source>Your company as it appears on every billing statement.</source>
        <translation>Votre société telle qu&apos;elle apparaît sur chaque relevé de facturation.</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>&amp;Nom de la société&#xa0;:</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>&amp;Devise par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hoose Logo…</source>
        <translation>C&amp;hoisir un logo…</translation>
    </message>
    <message>
        <source>Remo&amp;ve Logo</source>
        <translation>Reti&amp;rer le logo</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Choose Logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Account information saved.</source>
        <translation>Informations du compte enregistrées.</translation>
    </message>
    <message>
        <source>Logo chosen; Save to keep it.</source>
        <translation>Logo choisi&#xa0;; enregistrez pour le garder.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>&amp;E-invoicing</source>
        <translation>&amp;Facturation électronique</translation>
    </message>
</context>
<context>
    <name>bursar::ui::AddCreditDialog</name>
    <message>
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Add Credit — customer %1</source>
        <translation>Ajouter un crédit — client %1</translation>
    </message>
    <message>
        <source>A marketplace credit (the vendor&apos;s, e.g. AWS Marketplace) pays marketplace fees only, and only when a run uses credits for marketplace fees.</source>
        <translation>Un crédit de place de marché (celui du fournisseur, p. ex. AWS Marketplace) ne règle que les frais de place de marché, et seulement quand une exécution utilise les crédits pour ces frais.</translation>
    </message>
    <message>
        <source>Amount owed, without a minus sign</source>
        <translation>Montant dû, sans signe moins</translation>
    </message>
    <message>
        <source>Account or subscription number, reason</source>
        <translation>Numéro de compte ou d&apos;abonnement, motif</translation>
    </message>
    <message>
        <source>Cloud provider:</source>
        <translation>Fournisseur cloud&#xa0;:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Devise&#xa0;:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Montant&#xa0;:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Commentaire&#xa0;:</translation>
    </message>
    <message>
        <source>Type the amount as a positive number: Bursar stores every credit as a negative value.</source>
        <translation>Saisissez le montant en nombre positif&#xa0;: Bursar enregistre chaque crédit en valeur négative.</translation>
    </message>
    <message>
        <source>Issue Vendor Credit — customer %1</source>
        <translation>Émettre un crédit fournisseur — client %1</translation>
    </message>
    <message>
        <source>The vendor&apos;s %1 %2, rounded to the currency&apos;s units. Change the amount to pass on part of it.</source>
        <translation>Le %1 %2 du fournisseur, arrondi aux unités de la devise. Modifiez le montant pour n&apos;en transmettre qu&apos;une partie.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::AgingPage</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>À échoir</translation>
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
        <translation>Plus de 90</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>Non imputé</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>Tous les locataires</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>The aging is still being added up; export it once the totals show.</source>
        <translation>La balance âgée est encore en cours de calcul&#xa0;; exportez-la une fois les totaux affichés.</translation>
    </message>
    <message>
        <source>Export Aging</source>
        <translation>Exporter la balance âgée</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>Au&#xa0;:</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Locataire&#xa0;:</translation>
    </message>
    <message>
        <source>By due date. Only documents and applications dated on or before the date count, so the same date prints the same numbers later. Double-click a row for its documents.</source>
        <translation>Par date d&apos;échéance. Seuls comptent les documents et imputations datés de ce jour ou avant, si bien que la même date affiche plus tard les mêmes chiffres. Double-cliquez sur une ligne pour voir ses documents.</translation>
    </message>
    <message>
        <source>Aging by bucket, chart</source>
        <translation>Balance âgée par tranche, graphique</translation>
    </message>
    <message>
        <source>Chart of the totals in:</source>
        <translation>Graphique des totaux en&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>The first %n customer row(s); the others, the totals and the proof follow…</source>
        <translation>
            <numerusform>La première ligne client&#xa0;; les autres, les totaux et la preuve suivent…</numerusform>
            <numerusform>Les %n premières lignes clients&#xa0;; les autres, les totaux et la preuve suivent…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: Σ buckets %2 = Σ balances %3 %4</source>
        <translation>%1&#xa0;: Σ tranches %2 = Σ soldes %3 %4</translation>
    </message>
    <message>
        <source>— NOT EQUAL</source>
        <translation>— DIFFÉRENT</translation>
    </message>
    <message>
        <source>Nothing is owed and nothing is unapplied as of this date.</source>
        <translation>Rien n&apos;est dû et rien n&apos;est non imputé à cette date.</translation>
    </message>
    <message>
        <source>Proof: </source>
        <translation>Preuve&#xa0;: </translation>
    </message>
    <message>
        <source>Aging of %1 as of %2</source>
        <translation>Balance âgée de %1 au %2</translation>
    </message>
    <message>
        <source>Nothing to chart as of this date.</source>
        <translation>Rien à représenter à cette date.</translation>
    </message>
    <message>
        <source>Open documents of customer %1 as of %2</source>
        <translation>Documents ouverts du client %1 au %2</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Tranche</translation>
    </message>
</context>
<context>
    <name>bursar::ui::ApplyDialog</name>
    <message>
        <source>Statement</source>
        <translation>Relevé</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Imputer</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Oldest due first</source>
        <translation>Échéance la plus ancienne d&apos;abord</translation>
    </message>
    <message>
        <source>Oldest document first</source>
        <translation>Document le plus ancien d&apos;abord</translation>
    </message>
    <message>
        <source>Pro-rata</source>
        <translation>Au prorata</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>Répartition&#xa0;:</translation>
    </message>
    <message>
        <source>Application date:</source>
        <translation>Date d&apos;imputation&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing is written until you press Apply. Edit an amount to split by hand.</source>
        <translation>Rien n&apos;est écrit avant que vous appuyiez sur Imputer. Modifiez un montant pour répartir à la main.</translation>
    </message>
    <message>
        <source>%1 %2: %3 %4 available for customer %5.</source>
        <translation>%1 %2&#xa0;: %3 %4 disponibles pour le client %5.</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>pas un nombre</translation>
    </message>
    <message>
        <source>Applying %1 of %2 available; %3 left on the %4.</source>
        <translation>Imputation de %1 sur %2 disponibles&#xa0;; il reste %3 sur le %4.</translation>
    </message>
    <message>
        <source>An amount is not a number.</source>
        <translation>Un montant n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Row %1: “%2” is not an amount.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un montant.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::ArDocumentList</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Imputé</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Reste</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Total from</source>
        <translation>Total de</translation>
    </message>
    <message>
        <source>Total to</source>
        <translation>Total à</translation>
    </message>
    <message>
        <source>Dated from</source>
        <translation>Daté du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Record Payment…</source>
        <translation>Enregistrer un paiement…</translation>
    </message>
    <message>
        <source>Add New Credit Memo…</source>
        <translation>Nouvel avoir…</translation>
    </message>
    <message>
        <source>Add New Debit Memo…</source>
        <translation>Nouvelle note de débit…</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Émettre</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Annuler…</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Imputer…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message numerus="yes">
        <source>Released %n memo(s): %1.</source>
        <translation>
            <numerusform>%n document émis&#xa0;: %1.</numerusform>
            <numerusform>%n documents émis&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Hold memo(s)? No number is used.</source>
        <translation>
            <numerusform>Supprimer %n document en attente&#xa0;? Aucun numéro n&apos;est utilisé.</numerusform>
            <numerusform>Supprimer %n documents en attente&#xa0;? Aucun numéro n&apos;est utilisé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>A reversing document closes this one. Why is it cancelled?</source>
        <translation>Un document d&apos;extourne solde celui-ci. Pourquoi est-il annulé&#xa0;?</translation>
    </message>
    <message>
        <source>Cancelled by document %1.</source>
        <translation>Annulé par le document %1.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::BackupDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message numerus="yes">
        <source>Written %1; schema %2; %n customer(s)</source>
        <translation>
            <numerusform>Écrite le %1&#xa0;; schéma %2&#xa0;; %n client</numerusform>
            <numerusform>Écrite le %1&#xa0;; schéma %2&#xa0;; %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n statement(s)</source>
        <translation>
            <numerusform>, %n relevé</numerusform>
            <numerusform>, %n relevés</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1.</source>
        <translation>&#xa0;; %1.</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>A backup is a copy of %1 as it is at one moment, taken while you go on working. Only you can read the file. Keep copies somewhere other than this computer too.</source>
        <translation>Une sauvegarde est une copie de %1 telle qu&apos;elle est à un instant donné, prise pendant que vous continuez à travailler. Vous seul pouvez lire le fichier. Gardez aussi des copies ailleurs que sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>Fichier de sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>Bursar databases (*.sqlite);;All files (*)</source>
        <translation>Bases Bursar (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>“%1” exists already. Replace it with a new backup? It is replaced only once the new backup is complete.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Le remplacer par une nouvelle sauvegarde&#xa0;? Il n&apos;est remplacé qu&apos;une fois la nouvelle sauvegarde complète.</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Sauvegarde de la base…</translation>
    </message>
    <message>
        <source>Backed up to %1. %2</source>
        <translation>Sauvegardée dans %1. %2</translation>
    </message>
</context>
<context>
    <name>bursar::ui::BillingApiBox</name>
    <message>
        <source>&amp;Run the Billing API while this window is open</source>
        <translation>&amp;Lancer l&apos;API de facturation tant que cette fenêtre est ouverte</translation>
    </message>
    <message>
        <source>Read-only HTTP access for portals, accountants and scripts: customers, approved statements with their PDF, credits, memos and payments, balances, the aging and services credits, each key limited to what it may see. Drafts and documents on hold never leave Bursar. The README shows the routes with curl.</source>
        <translation>Accès HTTP en lecture seule pour les portails, les comptables et les scripts&#xa0;: clients, relevés approuvés avec leur PDF, crédits, avoirs, notes de débit et paiements, soldes, balance âgée et crédits de services, chaque clé limitée à ce qu&apos;elle peut voir. Les brouillons et les documents en attente ne quittent jamais Bursar. Le README montre les routes avec curl.</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Écouter sur&#xa0;:</translation>
    </message>
    <message>
        <source>PEM file; needed for any address but 127.0.0.1</source>
        <translation>Fichier PEM&#xa0;; nécessaire pour toute adresse autre que 127.0.0.1</translation>
    </message>
    <message>
        <source>TLS &amp;certificate:</source>
        <translation>&amp;Certificat TLS&#xa0;:</translation>
    </message>
    <message>
        <source>PEM file of the certificate&apos;s private key</source>
        <translation>Fichier PEM de la clé privée du certificat</translation>
    </message>
    <message>
        <source>TLS private &amp;key:</source>
        <translation>Clé privée &amp;TLS&#xa0;:</translation>
    </message>
    <message>
        <source> requests a second</source>
        <translation> requêtes par seconde</translation>
    </message>
    <message>
        <source>Each key&apos;s &amp;budget:</source>
        <translation>&amp;Budget de chaque clé&#xa0;:</translation>
    </message>
    <message>
        <source>Save &amp;Billing API</source>
        <translation>Enregistrer l&apos;&amp;API de facturation</translation>
    </message>
    <message>
        <source>API ke&amp;ys:</source>
        <translation>Clés d&apos;A&amp;PI&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sees</source>
        <translation>Voit</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>&amp;New Key…</source>
        <translation>&amp;Nouvelle clé…</translation>
    </message>
    <message>
        <source>Re&amp;voke Key…</source>
        <translation>Ré&amp;voquer la clé…</translation>
    </message>
    <message>
        <source>Select the key to revoke in the list first.</source>
        <translation>Sélectionnez d&apos;abord la clé à révoquer dans la liste.</translation>
    </message>
    <message>
        <source>Revoke Key</source>
        <translation>Révoquer la clé</translation>
    </message>
    <message>
        <source>Revoke the key “%1”? Every request with it is refused from now on; this cannot be undone.</source>
        <translation>Révoquer la clé «&#xa0;%1&#xa0;»&#xa0;? Toute requête avec elle est désormais refusée&#xa0;; c&apos;est irréversible.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Saved: this window runs the Billing API; the status bar shows it.</source>
        <translation>Enregistré&#xa0;: cette fenêtre fait tourner l&apos;API de facturation&#xa0;; la barre d&apos;état l&apos;indique.</translation>
    </message>
    <message>
        <source>Saved: the Billing API is off in this window.</source>
        <translation>Enregistré&#xa0;: l&apos;API de facturation est arrêtée dans cette fenêtre.</translation>
    </message>
    <message>
        <source>Key “%1” made. Its text was shown once; Bursar keeps only its hash.</source>
        <translation>Clé «&#xa0;%1&#xa0;» créée. Son texte a été affiché une fois&#xa0;; Bursar n&apos;en garde que l&apos;empreinte.</translation>
    </message>
    <message>
        <source>Key “%1” revoked: requests with it get 401 from now on.</source>
        <translation>Clé «&#xa0;%1&#xa0;» révoquée&#xa0;: les requêtes avec elle reçoivent désormais 401.</translation>
    </message>
    <message>
        <source>New API Key</source>
        <translation>Nouvelle clé d&apos;API</translation>
    </message>
    <message>
        <source>who uses it, for example partner portal</source>
        <translation>qui l&apos;utilise, par exemple portail partenaires</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sees:</source>
        <translation>&amp;Voit&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Expires after</source>
        <translation>&amp;Expire après</translation>
    </message>
    <message>
        <source>&amp;Make Key</source>
        <translation>&amp;Créer la clé</translation>
    </message>
    <message>
        <source>API Key “%1”</source>
        <translation>Clé d&apos;API «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Copy the key now: this is the only time Bursar shows it. Give it to whoever uses the API; they send it as “Authorization: Bearer &lt;key&gt;”.</source>
        <translation>Copiez la clé maintenant&#xa0;: c&apos;est la seule fois que Bursar l&apos;affiche. Donnez-la à qui utilise l&apos;API&#xa0;; il l&apos;envoie sous la forme «&#xa0;Authorization: Bearer &lt;clé&gt;&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>&amp;Copier dans le presse-papiers</translation>
    </message>
</context>
<context>
    <name>bursar::ui::BillingReportDetails</name>
    <message>
        <source>%1 %2 — %3 usage, %4 to %5</source>
        <translation>%1 %2 — consommation %3, de %4 à %5</translation>
    </message>
    <message>
        <source>Product type / product</source>
        <translation>Type de produit / produit</translation>
    </message>
    <message>
        <source>Usage lines</source>
        <translation>Lignes de consommation</translation>
    </message>
    <message>
        <source>Vendor cost</source>
        <translation>Coût fournisseur</translation>
    </message>
    <message>
        <source>Customer price</source>
        <translation>Prix client</translation>
    </message>
    <message>
        <source>Priced by</source>
        <translation>Tarifé par</translation>
    </message>
    <message>
        <source>Marketplace (billed only when the run includes marketplace fees)</source>
        <translation>Place de marché (facturée seulement quand l&apos;exécution inclut les frais de place de marché)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>File, line</source>
        <translation>Fichier, ligne</translation>
    </message>
    <message>
        <source>%1 (marketplace)</source>
        <translation>%1 (place de marché)</translation>
    </message>
    <message>
        <source>The first %1 usage lines (full precision); the detailed CSV has them all.</source>
        <translation>Les %1 premières lignes de consommation (pleine précision)&#xa0;; le CSV détaillé les contient toutes.</translation>
    </message>
    <message numerus="yes">
        <source>%n usage line(s) at full precision, including the vendor&apos;s tax and credit rows.</source>
        <translation>
            <numerusform>%n ligne de consommation en pleine précision, y compris les lignes de taxe et de crédit du fournisseur.</numerusform>
            <numerusform>%n lignes de consommation en pleine précision, y compris les lignes de taxe et de crédit du fournisseur.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; · %3 · pricebook %4 · vendor cost %5 · customer price %6 · margin %7%8</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; · %3 · grille tarifaire %4 · coût fournisseur %5 · prix client %6 · marge %7%8</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>bursar::ui::BillingReportModel</name>
    <message>
        <source>Draft and approved</source>
        <translation>Brouillons et approuvés</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Statements of %1 to %2: %3 draft, %4 approved.</source>
        <translation>Relevés de %1 à %2&#xa0;: %3 brouillons, %4 approuvés.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Pricebook</source>
        <translation>Grille tarifaire</translation>
    </message>
    <message>
        <source>Vendor cost</source>
        <translation>Coût fournisseur</translation>
    </message>
    <message>
        <source>Customer price</source>
        <translation>Prix client</translation>
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
        <translation>Place de marché</translation>
    </message>
    <message>
        <source>Invoice currency</source>
        <translation>Devise de facturation</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À vérifier</translation>
    </message>
</context>
<context>
    <name>bursar::ui::BillingReportPage</name>
    <message>
        <source>Needs attention only</source>
        <translation>À vérifier seulement</translation>
    </message>
    <message>
        <source>%1 Billing Customers Report</source>
        <translation>Rapport de facturation clients %1</translation>
    </message>
    <message>
        <source>Last Month</source>
        <translation>Mois dernier</translation>
    </message>
    <message>
        <source>This Month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Billing is monthly: the report covers every month the range touches.</source>
        <translation>La facturation est mensuelle&#xa0;: le rapport couvre chaque mois que touche l&apos;intervalle.</translation>
    </message>
    <message>
        <source>Filter by ID or name</source>
        <translation>Filtrer par ID ou nom</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>Selects every customer the list shows (the filter applies).</source>
        <translation>Sélectionne chaque client qu&apos;affiche la liste (le filtre s&apos;applique).</translation>
    </message>
    <message>
        <source>Select None</source>
        <translation>Ne rien sélectionner</translation>
    </message>
    <message>
        <source>Generate Invoices…</source>
        <translation>Générer les factures…</translation>
    </message>
    <message>
        <source>Draft statements for the selected customers and the report&apos;s month.</source>
        <translation>Relevés brouillons pour les clients sélectionnés et le mois du rapport.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Date Range:</source>
        <translation>Intervalle&#xa0;:</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>Période %1</translation>
    </message>
    <message>
        <source>Periods %1 to %2</source>
        <translation>Périodes %1 à %2</translation>
    </message>
    <message numerus="yes">
        <source>%n customer row(s) shown</source>
        <translation>
            <numerusform>%n ligne client affichée</numerusform>
            <numerusform>%n lignes clients affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionnée</numerusform>
            <numerusform>%n sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 vendor cost %2, customer price %3</source>
        <translation>%1 coût fournisseur %2, prix client %3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) need attention</source>
        <translation>
            <numerusform>%n ligne à vérifier</numerusform>
            <numerusform>%n lignes à vérifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) with usage have no customer (Usage &gt; Unmapped Accounts)</source>
        <translation>
            <numerusform>%n compte avec consommation n&apos;a pas de client (Consommation &gt; Comptes non associés)</numerusform>
            <numerusform>%n comptes avec consommation n&apos;ont pas de client (Consommation &gt; Comptes non associés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Azure Marketplace fees are not in the reports</source>
        <translation>Les frais d&apos;Azure Marketplace ne figurent pas dans les rapports</translation>
    </message>
    <message>
        <source>Vendor credits and tax are not in this report</source>
        <translation>Les crédits fournisseurs et la taxe ne figurent pas dans ce rapport</translation>
    </message>
    <message>
        <source>Statements are generated for one month; the range %1 to %2 spans several. Choose Last Month, This Month or a Custom range within one month.</source>
        <translation>Les relevés se génèrent pour un mois&#xa0;; l&apos;intervalle %1 à %2 en couvre plusieurs. Choisissez Mois dernier, Ce mois-ci ou un intervalle personnalisé dans un seul mois.</translation>
    </message>
    <message>
        <source>No customer is selected: tick the customers to bill, or use Options &gt; Select All.</source>
        <translation>Aucun client n&apos;est sélectionné&#xa0;: cochez les clients à facturer, ou utilisez Options &gt; Tout sélectionner.</translation>
    </message>
    <message>
        <source>Generate Invoices</source>
        <translation>Générer les factures</translation>
    </message>
</context>
<context>
    <name>bursar::ui::ContactForm</name>
    <message>
        <source>Contact &amp;name:</source>
        <translation>&amp;Nom du contact&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Address, second line</source>
        <translation>Adresse, deuxième ligne</translation>
    </message>
    <message>
        <source>Ci&amp;ty:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>Postal &amp;code:</source>
        <translation>&amp;Code postal&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
</context>
<context>
    <name>bursar::ui::CreatePurchasesDialog</name>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <source>Value per credit</source>
        <translation>Valeur par crédit</translation>
    </message>
    <message>
        <source>Amount paid per credit</source>
        <translation>Montant payé par crédit</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Date d&apos;expiration</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Create Services Credits Customer Purchase</source>
        <translation>Créer les achats de crédits de services des clients</translation>
    </message>
    <message>
        <source>Products with services credits and no purchase yet. Value and amount paid per credit are the product&apos;s total / its credits, kept exact (shown rounded); change any cell before Create. Untick a product to leave it out.</source>
        <translation>Les produits portant des crédits de services et sans achat encore. La valeur et le montant payé par crédit sont le total du produit / ses crédits, gardés exacts (affichés arrondis)&#xa0;; modifiez n&apos;importe quelle cellule avant Créer. Décochez un produit pour le laisser de côté.</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Devise&#xa0;:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Tick at least one product.</source>
        <translation>Cochez au moins un produit.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::CreditsPanel</name>
    <message>
        <source>Voided: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Expired (remainder not used)</source>
        <translation>Expiré (reste non utilisé)</translation>
    </message>
    <message>
        <source>Partly used</source>
        <translation>Partiellement utilisé</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Imputé</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Relevé</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>Brouillon %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>(no account)</source>
        <translation>(aucun compte)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>Imputé le</translation>
    </message>
    <message>
        <source>&amp;Add Credit…</source>
        <translation>&amp;Ajouter un crédit…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>A&amp;nnuler…</translation>
    </message>
    <message>
        <source>Only a credit nothing was applied from can be voided; it is kept and marked.</source>
        <translation>Seul un crédit dont rien n&apos;a été imputé peut être annulé&#xa0;; il est conservé et marqué.</translation>
    </message>
    <message>
        <source>Void Credit</source>
        <translation>Annuler le crédit</translation>
    </message>
    <message>
        <source>Why is the credit voided?</source>
        <translation>Pourquoi le crédit est-il annulé&#xa0;?</translation>
    </message>
    <message>
        <source>Applications of the selected credit:</source>
        <translation>Imputations du crédit sélectionné&#xa0;:</translation>
    </message>
    <message>
        <source>%1 %2 %3: remaining %4 of %5 issued</source>
        <translation>%1 %2 %3&#xa0;: reste %4 sur %5 émis</translation>
    </message>
    <message>
        <source> (%1 of it expired)</source>
        <translation> (dont %1 expiré)</translation>
    </message>
    <message>
        <source>No credits.</source>
        <translation>Aucun crédit.</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Solde&#xa0;: %1</translation>
    </message>
    <message>
        <source>Added credit %1.</source>
        <translation>Crédit %1 ajouté.</translation>
    </message>
    <message>
        <source>Select the credit to void first.</source>
        <translation>Sélectionnez d&apos;abord le crédit à annuler.</translation>
    </message>
    <message>
        <source>Credit %1 voided.</source>
        <translation>Crédit %1 annulé.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::CreditsReportPage</name>
    <message>
        <source>With something remaining only</source>
        <translation>Seulement ceux qui ont un reste</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Imputé</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Within 30 days</source>
        <translation>Dans les 30 jours</translation>
    </message>
    <message>
        <source>Within 60 days</source>
        <translation>Dans les 60 jours</translation>
    </message>
    <message>
        <source>Within 90 days</source>
        <translation>Dans les 90 jours</translation>
    </message>
    <message>
        <source>First expiry</source>
        <translation>Première expiration</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>Tous les fournisseurs</translation>
    </message>
    <message>
        <source>Filter by customer ID, name or comment</source>
        <translation>Filtrer par ID client, nom ou commentaire</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export Credits</source>
        <translation>Exporter les crédits</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Credits never appear in the Billing Customers Report; they are applied when statements are generated with Apply Credits. Issued = applied + remaining for every credit.</source>
        <translation>Les crédits n&apos;apparaissent jamais dans le rapport de facturation clients&#xa0;; ils sont imputés quand les relevés sont générés avec Imputer les crédits. Émis = imputé + restant pour chaque crédit.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Expiring credits&lt;/b&gt;: what remains of the credits shown that expires within 30, 60 and 90 days (each column includes the ones before it; a credit expiring today still pays today).</source>
        <translation>&lt;b&gt;Crédits arrivant à échéance&lt;/b&gt;&#xa0;: ce qui reste des crédits affichés qui expire dans les 30, 60 et 90 jours (chaque colonne inclut les précédentes&#xa0;; un crédit qui expire aujourd&apos;hui sert encore aujourd&apos;hui).</translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s) shown</source>
        <translation>
            <numerusform>%n crédit affiché</numerusform>
            <numerusform>%n crédits affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: issued %3, applied %4, remaining %5</source>
        <translation>%1 %2&#xa0;: émis %3, imputé %4, restant %5</translation>
    </message>
    <message>
        <source> (expired %1)</source>
        <translation> (expiré %1)</translation>
    </message>
</context>
<context>
    <name>bursar::ui::CustomerArPanel</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Imputé</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Reste</translation>
    </message>
    <message>
        <source>Save the customer first.</source>
        <translation>Enregistrez d&apos;abord le client.</translation>
    </message>
    <message>
        <source>Balance: nothing owed, nothing unapplied.</source>
        <translation>Solde&#xa0;: rien de dû, rien de non imputé.</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Solde&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>bursar::ui::CustomerEInvoiceForm</name>
    <message>
        <source>This customer &amp;receives e-invoices (UBL, Peppol BIS Billing 3.0)</source>
        <translation>Ce client &amp;reçoit des factures électroniques (UBL, Peppol BIS Billing 3.0)</translation>
    </message>
    <message>
        <source>empty: the customer ID</source>
        <translation>vide&#xa0;: l&apos;identifiant du client</translation>
    </message>
    <message>
        <source>By region (reverse charge inside the EU, export outside it)</source>
        <translation>Selon la région (autoliquidation dans l&apos;UE, exportation hors de l&apos;UE)</translation>
    </message>
    <message>
        <source>Z — zero-rated</source>
        <translation>Z — taux zéro</translation>
    </message>
    <message>
        <source>E — exempt (give the reason)</source>
        <translation>E — exonéré (indiquer le motif)</translation>
    </message>
    <message>
        <source>AE — reverse charge</source>
        <translation>AE — autoliquidation</translation>
    </message>
    <message>
        <source>K — intra-community supply</source>
        <translation>K — livraison intracommunautaire</translation>
    </message>
    <message>
        <source>G — export outside the EU</source>
        <translation>G — exportation hors de l&apos;UE</translation>
    </message>
    <message>
        <source>O — not subject to VAT</source>
        <translation>O — non soumis à la TVA</translation>
    </message>
    <message>
        <source>&amp;VAT ID:</source>
        <translation>N° de &amp;TVA&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Electronic address:</source>
        <translation>Adresse é&amp;lectronique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Buyer reference:</source>
        <translation>Référence a&amp;cheteur&#xa0;:</translation>
    </message>
    <message>
        <source>VAT &amp;category when untaxed:</source>
        <translation>&amp;Catégorie de TVA sans taxe&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xemption reason:</source>
        <translation>Motif d&apos;e&amp;xonération&#xa0;:</translation>
    </message>
    <message>
        <source>E-invoicing saved.</source>
        <translation>Facturation électronique enregistrée.</translation>
    </message>
    <message>
        <source>Save E-&amp;invoicing</source>
        <translation>Enregistrer la &amp;facturation électronique</translation>
    </message>
</context>
<context>
    <name>bursar::ui::CustomerEmailsPanel</name>
    <message>
        <source>Email this customer&apos;s statements when they are approved</source>
        <translation>Envoyer par e-mail les relevés de ce client quand ils sont approuvés</translation>
    </message>
    <message>
        <source>empty: the customer&apos;s email (General)</source>
        <translation>vide&#xa0;: l&apos;e-mail du client (Général)</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Relevé</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Réponse du serveur</translation>
    </message>
    <message>
        <source>Billing contact:</source>
        <translation>Contact de facturation&#xa0;:</translation>
    </message>
    <message>
        <source>Save Contact</source>
        <translation>Enregistrer le contact</translation>
    </message>
    <message>
        <source>Statement emails, newest first:</source>
        <translation>E-mails des relevés, les plus récents d&apos;abord&#xa0;:</translation>
    </message>
    <message>
        <source>Approved statements are not emailed.</source>
        <translation>Les relevés approuvés ne sont pas envoyés par e-mail.</translation>
    </message>
    <message>
        <source>No address: approved statements cannot be emailed.</source>
        <translation>Aucune adresse&#xa0;: les relevés approuvés ne peuvent pas être envoyés par e-mail.</translation>
    </message>
    <message>
        <source>Approved statements go to %1.</source>
        <translation>Les relevés approuvés vont à %1.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Billing contact saved.</source>
        <translation>Contact de facturation enregistré.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::CustomerInvoicesPage</name>
    <message>
        <source>All Customers — or a customer&apos;s name or ID</source>
        <translation>Tous les clients — ou le nom ou l&apos;ID d&apos;un client</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>Tous les fournisseurs</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Billing periods from this month …</source>
        <translation>Périodes de facturation de ce mois …</translation>
    </message>
    <message>
        <source>… to this month.</source>
        <translation>… à ce mois.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export Statements</source>
        <translation>Exporter les relevés</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print preview of the selected statements (all listed when none is selected).</source>
        <translation>Aperçu avant impression des relevés sélectionnés (tous ceux de la liste si aucun n&apos;est sélectionné).</translation>
    </message>
    <message>
        <source>Export Files…</source>
        <translation>Exporter des fichiers…</translation>
    </message>
    <message>
        <source>The selected statements (all listed when none is selected) as PDF, CSV or Detailed CSV files in a folder.</source>
        <translation>Les relevés sélectionnés (tous ceux de la liste si aucun n&apos;est sélectionné) en fichiers PDF, CSV ou CSV détaillé dans un dossier.</translation>
    </message>
    <message>
        <source>Statement of Account…</source>
        <translation>Relevé de compte…</translation>
    </message>
    <message>
        <source>The customer&apos;s open statements and balance as of today, as PDF.</source>
        <translation>Les relevés ouverts du client et son solde à ce jour, en PDF.</translation>
    </message>
    <message>
        <source>Statement of Account</source>
        <translation>Relevé de compte</translation>
    </message>
    <message>
        <source>Show one customer first: type part of the customer&apos;s name in the customer field and pick the customer.</source>
        <translation>Affichez d&apos;abord un seul client&#xa0;: saisissez une partie du nom du client dans le champ client et choisissez-le.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Periods:</source>
        <translation>Périodes&#xa0;:</translation>
    </message>
    <message>
        <source>Customer Invoices</source>
        <translation>Factures clients</translation>
    </message>
    <message>
        <source>Clear it for All Customers.</source>
        <translation>Videz-le pour tous les clients.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · periods %2 to %3 · %n statement(s)</source>
        <translation>
            <numerusform>%1 · périodes %2 à %3 · %n relevé</numerusform>
            <numerusform>%1 · périodes %2 à %3 · %n relevés</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>All Customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>There is no statement to print.</source>
        <translation>Il n&apos;y a aucun relevé à imprimer.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>There is no statement to export.</source>
        <translation>Il n&apos;y a aucun relevé à exporter.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::CustomerListModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>State/Province</source>
        <translation>État/Province</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Délai de paiement</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
</context>
<context>
    <name>bursar::ui::CustomerPicker</name>
    <message>
        <source>Choose a customer: type part of the name and pick one from the list.</source>
        <translation>Choisissez un client&#xa0;: saisissez une partie du nom et choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>“%1” is not a customer: type part of the name and pick the customer from the list, or type the customer&apos;s ID, for example 100042.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un client&#xa0;: saisissez une partie du nom et choisissez le client dans la liste, ou saisissez l&apos;ID du client, par exemple 100042.</translation>
    </message>
    <message>
        <source>Customer name or #ID</source>
        <translation>Nom du client ou #ID</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Il n&apos;y a pas de client %1.</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Aucun client ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Several customers match “%1”: pick one from the list.</source>
        <translation>Plusieurs clients correspondent à «&#xa0;%1&#xa0;»&#xa0;: choisissez-en un dans la liste.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::CustomerProfileDialog</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Cloud Billing</source>
        <translation>Facturation cloud</translation>
    </message>
    <message>
        <source>Cloud Providers</source>
        <translation>Fournisseurs cloud</translation>
    </message>
    <message>
        <source>Vendor Accounts</source>
        <translation>Comptes fournisseurs</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <source>Billing Profiles</source>
        <translation>Profils de facturation</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Payment Methods</source>
        <translation>Moyens de paiement</translation>
    </message>
    <message>
        <source>AR Documents</source>
        <translation>Documents de créance</translation>
    </message>
    <message>
        <source>Statement Emails</source>
        <translation>E-mails des relevés</translation>
    </message>
    <message>
        <source>Customer ID:</source>
        <translation>ID client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Locataire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;State/Province:</source>
        <translation>É&amp;tat/Province&#xa0;:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Payment &amp;terms:</source>
        <translation>&amp;Délai de paiement&#xa0;:</translation>
    </message>
    <message>
        <source>Region and state/province select the tax rate on statements.</source>
        <translation>La région et l&apos;État/la province déterminent le taux de taxe des relevés.</translation>
    </message>
    <message>
        <source>For each vendor: whether this customer is billed for it, the pricebook that turns the vendor&apos;s cost into this customer&apos;s price, and the invoice currency of its statements. Statements cannot be generated for a vendor without both.</source>
        <translation>Pour chaque fournisseur&#xa0;: si ce client est facturé pour lui, la grille tarifaire qui transforme le coût du fournisseur en prix pour ce client, et la devise de facturation de ses relevés. Les relevés ne peuvent pas être générés pour un fournisseur sans les deux.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vendor&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fournisseur&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enabled&lt;/b&gt;</source>
        <translation>&lt;b&gt;Activé&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Invoice currency&lt;/b&gt;</source>
        <translation>&lt;b&gt;Devise de facturation&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pricebook&lt;/b&gt;</source>
        <translation>&lt;b&gt;Grille tarifaire&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Credits the customer is owed. They are applied when statements are generated with Apply Credits, and never appear in the Billing Customers Report.</source>
        <translation>Les crédits dus au client. Ils sont imputés quand les relevés sont générés avec Imputer les crédits, et n&apos;apparaissent jamais dans le rapport de facturation clients.</translation>
    </message>
    <message>
        <source>The customer&apos;s balance and every credit memo, debit memo and payment (Finance &gt; Documents). Double-click one for its applications.</source>
        <translation>Le solde du client et chaque avoir, note de débit et paiement (Finance &gt; Documents). Double-cliquez sur un document pour voir ses imputations.</translation>
    </message>
    <message>
        <source>Where the customer&apos;s statements are emailed when they are approved (Settings &gt; Notifications sets the mail server), and the emails sent so far.</source>
        <translation>Où les relevés du client sont envoyés par e-mail quand ils sont approuvés (Paramètres &gt; Notifications définit le serveur de messagerie), et les e-mails envoyés jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distributeur</translation>
    </message>
    <message>
        <source>assigned when you save</source>
        <translation>attribué à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them before closing?</source>
        <translation>%1 a des modifications non enregistrées. Les enregistrer avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>The new customer</source>
        <translation>Le nouveau client</translation>
    </message>
    <message>
        <source>Customer %1 – %2</source>
        <translation>Client %1 – %2</translation>
    </message>
    <message>
        <source>New Customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Reloaded: this is the customer as saved now. Make your change again and save.</source>
        <translation>Rechargé&#xa0;: voici le client tel qu&apos;il est enregistré maintenant. Refaites votre modification et enregistrez.</translation>
    </message>
    <message>
        <source>Customer %1 created. Now set up its Cloud Providers and accounts.</source>
        <translation>Client %1 créé. Configurez maintenant ses fournisseurs cloud et ses comptes.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Usage rows of these AWS accounts, Azure subscriptions and Google billing accounts are billed to this customer. An account belongs to one customer only.</source>
        <translation>Les lignes de consommation de ces comptes AWS, abonnements Azure et comptes de facturation Google sont facturées à ce client. Un compte n&apos;appartient qu&apos;à un seul client.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Account / subscription ID</source>
        <translation>ID de compte / d&apos;abonnement</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Account or subscription ID</source>
        <translation>ID de compte ou d&apos;abonnement</translation>
    </message>
    <message>
        <source>Label (optional)</source>
        <translation>Libellé (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Map Account</source>
        <translation>&amp;Associer le compte</translation>
    </message>
    <message>
        <source>&amp;Unmap</source>
        <translation>&amp;Dissocier</translation>
    </message>
    <message>
        <source>%1 ID</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Mapped %1 account %2.</source>
        <translation>Compte %1 %2 associé.</translation>
    </message>
    <message>
        <source>Select the account to unmap first.</source>
        <translation>Sélectionnez d&apos;abord le compte à dissocier.</translation>
    </message>
    <message>
        <source>Unmapped %1 account %2.</source>
        <translation>Compte %1 %2 dissocié.</translation>
    </message>
    <message>
        <source>Bursar keeps only a masked reference (the last four characters). You may type the full number: the rest is dropped before saving.</source>
        <translation>Bursar ne garde qu&apos;une référence masquée (les quatre derniers caractères). Vous pouvez saisir le numéro complet&#xa0;: le reste est retiré avant l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Card or account number (only the last 4 are kept)</source>
        <translation>Numéro de carte ou de compte (seuls les 4 derniers sont gardés)</translation>
    </message>
    <message>
        <source>Holder name</source>
        <translation>Nom du titulaire</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Payment method added.</source>
        <translation>Moyen de paiement ajouté.</translation>
    </message>
    <message>
        <source>Select the payment method to remove first.</source>
        <translation>Sélectionnez d&apos;abord le moyen de paiement à retirer.</translation>
    </message>
    <message>
        <source>Payment method removed.</source>
        <translation>Moyen de paiement retiré.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>Payment &amp;method:</source>
        <translation>&amp;Moyen de paiement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New Profile</source>
        <translation>&amp;Nouveau profil</translation>
    </message>
    <message>
        <source>Save &amp;Profile</source>
        <translation>Enregistrer le &amp;profil</translation>
    </message>
    <message>
        <source>&amp;Delete Profile</source>
        <translation>&amp;Supprimer le profil</translation>
    </message>
    <message>
        <source>Billing profile “%1” saved.</source>
        <translation>Profil de facturation «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Select the billing profile to delete first.</source>
        <translation>Sélectionnez d&apos;abord le profil de facturation à supprimer.</translation>
    </message>
    <message>
        <source>Billing profile deleted.</source>
        <translation>Profil de facturation supprimé.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>State/Province</source>
        <translation>État/Province</translation>
    </message>
    <message>
        <source>Billing profile</source>
        <translation>Profil de facturation</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Ré&amp;gion&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tate/Province:</source>
        <translation>É&amp;tat/Province&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Billing profile:</source>
        <translation>&amp;Profil de facturation&#xa0;:</translation>
    </message>
    <message>
        <source>Default subscription of this customer</source>
        <translation>Abonnement par défaut de ce client</translation>
    </message>
    <message>
        <source>&amp;New Subscription</source>
        <translation>&amp;Nouvel abonnement</translation>
    </message>
    <message>
        <source>Save &amp;Subscription</source>
        <translation>Enregistrer l&apos;&amp;abonnement</translation>
    </message>
    <message>
        <source>&amp;Delete Subscription</source>
        <translation>&amp;Supprimer l&apos;abonnement</translation>
    </message>
    <message>
        <source>Subscription “%1” saved.</source>
        <translation>Abonnement «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Select the subscription to delete first.</source>
        <translation>Sélectionnez d&apos;abord l&apos;abonnement à supprimer.</translation>
    </message>
    <message>
        <source>Subscription deleted.</source>
        <translation>Abonnement supprimé.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— aucun —</translation>
    </message>
    <message>
        <source>E-invoicing</source>
        <translation>Facturation électronique</translation>
    </message>
    <message>
        <source>What the customer&apos;s e-invoices (UBL, EN 16931, Peppol) need: its VAT ID, its electronic address and the reference it asked for. Export a statement as UBL from Billing &gt; Customer Invoices.</source>
        <translation>Ce dont les factures électroniques du client (UBL, EN 16931, Peppol) ont besoin&#xa0;: son n° de TVA, son adresse électronique et la référence qu&apos;il demande. Exportez un relevé en UBL depuis Facturation &gt; Factures clients.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Search name, email, contact or #ID</source>
        <translation>Rechercher un nom, un e-mail, un contact ou un #ID</translation>
    </message>
    <message>
        <source>&amp;New Customer</source>
        <translation>&amp;Nouveau client</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Locataire&#xa0;:</translation>
    </message>
    <message>
        <source>Export Customers</source>
        <translation>Exporter les clients</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>Tous les locataires</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 client</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <source>write the export over it</source>
        <translation>y écrire l&apos;export</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>bursar::ui::DocumentSettingsPage</name>
    <message>
        <source>Write PDF/A-1b (for archiving)</source>
        <translation>Écrire du PDF/A-1b (pour l&apos;archivage)</translation>
    </message>
    <message>
        <source>Start CSV files with a byte order mark</source>
        <translation>Commencer les fichiers CSV par une marque d&apos;ordre des octets</translation>
    </message>
    <message>
        <source>Separate CSV fields with “;” and write decimal commas</source>
        <translation>Séparer les champs CSV par «&#xa0;;&#xa0;» et écrire des virgules décimales</translation>
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
        <translation>{number} (DRAFT-&lt;id&gt; pour un brouillon), {id}, {customer}, {period}, {vendor}, {currency}&#xa0;; {number} ou {id} est nécessaire.</translation>
    </message>
    <message>
        <source>Statement documents</source>
        <translation>Documents des relevés</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier&#xa0;:</translation>
    </message>
    <message>
        <source>Amounts and dates:</source>
        <translation>Montants et dates&#xa0;:</translation>
    </message>
    <message>
        <source>Export file names:</source>
        <translation>Noms des fichiers exportés&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Statements are PDFs with their fonts embedded and searchable text. The CSV options help spreadsheets in comma-decimal locales open the files; the amounts stay exact.</source>
        <translation>Les relevés sont des PDF avec leurs polices incorporées et un texte cherchable. Les options CSV aident les tableurs des langues à virgule décimale à ouvrir les fichiers&#xa0;; les montants restent exacts.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::DocumentView</name>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Tax category</source>
        <translation>Catégorie de taxe</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Solde après</translation>
    </message>
    <message>
        <source>Unapply</source>
        <translation>Annuler l&apos;imputation</translation>
    </message>
    <message>
        <source>Write Off</source>
        <translation>Passer en perte</translation>
    </message>
    <message>
        <source>Close what is left, if it is within the currency&apos;s write-off tolerance, by an adjustment memo of its own (Settings &gt; Write-off).</source>
        <translation>Solder ce qui reste, s&apos;il est dans la tolérance de passage en perte de la devise, par un document d&apos;ajustement qui lui est propre (Paramètres &gt; Passage en perte).</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change a Hold memo&apos;s fields and lines; once released it is cancelled instead.</source>
        <translation>Modifier les champs et les lignes d&apos;un document en attente&#xa0;; une fois émis, il s&apos;annule plutôt.</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Applications and reversals — why it is open or closed:</source>
        <translation>Imputations et annulations — pourquoi il est ouvert ou soldé&#xa0;:</translation>
    </message>
    <message>
        <source>%1 %2 — %3
Customer %4 %5 · dated %6 · due %7
%8
Total %9 %10 · applied %11 · left %12</source>
        <translation>%1 %2 — %3
Client %4 %5 · daté du %6 · échéance %7
%8
Total %9 %10 · imputé %11 · reste %12</translation>
    </message>
    <message>
        <source>Statement %1 · total %2 %3 · balance %4</source>
        <translation>Relevé %1 · total %2 %3 · solde %4</translation>
    </message>
    <message>
        <source>#%1 reverses #%2</source>
        <translation>#%1 annule #%2</translation>
    </message>
    <message>
        <source>#%1, reversed by #%2</source>
        <translation>#%1, annulé par #%2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Written off by %1.</source>
        <translation>Passé en perte par %1.</translation>
    </message>
    <message>
        <source>Application #%1 reversed; every other application stays.</source>
        <translation>Imputation #%1 annulée&#xa0;; toutes les autres restent.</translation>
    </message>
    <message>
        <source>Save &amp;UBL…</source>
        <translation>Enregistrer en &amp;UBL…</translation>
    </message>
    <message>
        <source>The released memo as a UBL e-invoice (EN 16931, Peppol BIS Billing 3.0).</source>
        <translation>Le document émis en facture électronique UBL (EN 16931, Peppol BIS Billing 3.0).</translation>
    </message>
    <message>
        <source>Save UBL E-invoice</source>
        <translation>Enregistrer la facture électronique UBL</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>Fichiers XML (*.xml)</translation>
    </message>
    <message>
        <source>No %1 format is registered.</source>
        <translation>Aucun format %1 n&apos;est enregistré.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::ExchangeRatesPage</name>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>e.g. EUR</source>
        <translation>p. ex. EUR</translation>
    </message>
    <message>
        <source>Units of To per unit of From</source>
        <translation>Unités de Vers par unité de De</translation>
    </message>
    <message>
        <source>Set a rate</source>
        <translation>Définir un taux</translation>
    </message>
    <message>
        <source>From currency:</source>
        <translation>Devise de départ&#xa0;:</translation>
    </message>
    <message>
        <source>To currency:</source>
        <translation>Devise d&apos;arrivée&#xa0;:</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Taux&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Save Rate</source>
        <translation>Enregistrer le taux</translation>
    </message>
    <message>
        <source>A statement whose usage is in another currency than the customer&apos;s invoice currency is converted at the latest rate on or before the period&apos;s last day. Showing a statement in another currency uses the rate on or before its issue date. The rate and its date are recorded with the statement.</source>
        <translation>Un relevé dont la consommation est dans une autre devise que la devise de facturation du client est converti au dernier taux au dernier jour de la période ou avant. Afficher un relevé dans une autre devise utilise le taux à sa date d&apos;émission ou avant. Le taux et sa date sont enregistrés avec le relevé.</translation>
    </message>
    <message>
        <source>Saved: 1 %1 = %2 %3 from %4.</source>
        <translation>Enregistré&#xa0;: 1 %1 = %2 %3 à partir du %4.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::ExportDialog</name>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n relevé</numerusform>
            <numerusform>%n relevés</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save Statement</source>
        <translation>Enregistrer le relevé</translation>
    </message>
    <message numerus="yes">
        <source>Export %n Statement(s)</source>
        <translation>
            <numerusform>Exporter %n relevé</numerusform>
            <numerusform>Exporter %n relevés</numerusform>
        </translation>
    </message>
    <message>
        <source>{number} (DRAFT-&lt;id&gt; for a draft), {id}, {customer}, {period}, {vendor}, {currency}</source>
        <translation>{number} (DRAFT-&lt;id&gt; pour un brouillon), {id}, {customer}, {period}, {vendor}, {currency}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>File names:</source>
        <translation>Noms des fichiers&#xa0;:</translation>
    </message>
    <message>
        <source>Each file is written whole under a temporary name and then renamed, so a half-written document never appears. PDFs are rendered on every core.</source>
        <translation>Chaque fichier est écrit en entier sous un nom temporaire puis renommé, si bien qu&apos;un document à moitié écrit n&apos;apparaît jamais. Les PDF sont produits sur chaque cœur.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n statement(s)…</source>
        <translation>
            <numerusform>Export de %n relevé…</numerusform>
            <numerusform>Export de %n relevés…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 statements</source>
        <translation>%1 relevés sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n fichier écrit dans %1.</numerusform>
            <numerusform>%n fichiers écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before the rest.</source>
        <translation>Annulé avant la suite.</translation>
    </message>
    <message>
        <source>Export Files</source>
        <translation>Exporter des fichiers</translation>
    </message>
</context>
<context>
    <name>bursar::ui::ExportDone</name>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::FinanceDocumentsPage</name>
    <message>
        <source>Credit memos lower what a customer owes, debit memos raise it, payments pay it. A new memo is Hold until released; only Open credit memos and payments are applied.</source>
        <translation>Les avoirs diminuent ce que doit un client, les notes de débit l&apos;augmentent, les paiements le règlent. Un nouveau document est en attente jusqu&apos;à son émission&#xa0;; seuls les avoirs et paiements ouverts s&apos;imputent.</translation>
    </message>
    <message>
        <source>Credit Memos</source>
        <translation>Avoirs</translation>
    </message>
    <message>
        <source>Debit Memos</source>
        <translation>Notes de débit</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
</context>
<context>
    <name>bursar::ui::GenerateInvoicesDialog</name>
    <message>
        <source>Apply Credits</source>
        <translation>Imputer les crédits</translation>
    </message>
    <message>
        <source>Include Tax</source>
        <translation>Inclure la taxe</translation>
    </message>
    <message>
        <source>Include Marketplace Fees</source>
        <translation>Inclure les frais de place de marché</translation>
    </message>
    <message>
        <source>Use Credits for Marketplace Fees</source>
        <translation>Utiliser les crédits pour les frais de place de marché</translation>
    </message>
    <message>
        <source>Generate Invoices</source>
        <translation>Générer les factures</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 Billing Customers Report, %2&lt;/b&gt;&lt;br&gt;%n customer(s) selected. Each gets a draft statement; a customer that cannot be billed fails alone and the others go on.</source>
        <translation>
            <numerusform>&lt;b&gt;Rapport de facturation clients %1, %2&lt;/b&gt;&lt;br&gt;%n client sélectionné. Chacun reçoit un relevé brouillon&#xa0;; un client qui ne peut pas être facturé échoue seul et les autres continuent.</numerusform>
            <numerusform>&lt;b&gt;Rapport de facturation clients %1, %2&lt;/b&gt;&lt;br&gt;%n clients sélectionnés. Chacun reçoit un relevé brouillon&#xa0;; un client qui ne peut pas être facturé échoue seul et les autres continuent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tax from Settings &gt; Tax Tables by the customer&apos;s region and state, on the amount after credits.</source>
        <translation>Taxe de Paramètres &gt; Tables de taxes selon la région et l&apos;État du client, sur le montant après crédits.</translation>
    </message>
    <message>
        <source>Marketplace charges, passed through at cost with 0 margin.</source>
        <translation>Frais de place de marché, refacturés au coût avec une marge nulle.</translation>
    </message>
    <message>
        <source>The vendor&apos;s marketplace credit (separate from the credits added by hand) pays marketplace fees only.</source>
        <translation>Le crédit de place de marché du fournisseur (distinct des crédits ajoutés à la main) ne règle que les frais de place de marché.</translation>
    </message>
    <message>
        <source>Azure Marketplace fees are not in the reports.</source>
        <translation>Les frais d&apos;Azure Marketplace ne figurent pas dans les rapports.</translation>
    </message>
    <message>
        <source>The switches are as in the last %1 run.</source>
        <translation>Les options sont celles de la dernière exécution %1.</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>&amp;Generate With Tax</source>
        <translation>&amp;Générer avec taxe</translation>
    </message>
    <message>
        <source>&amp;Generate Without Tax</source>
        <translation>&amp;Générer sans taxe</translation>
    </message>
    <message>
        <source>Generating %1 statements for %2…</source>
        <translation>Génération de %1 relevés pour %2…</translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>%1 clients sur %2</translation>
    </message>
</context>
<context>
    <name>bursar::ui::GenerateSummaryDialog</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Generate Invoices — nothing to bill</source>
        <translation>Générer les factures — rien à facturer</translation>
    </message>
    <message>
        <source>Generate Invoices — run %1</source>
        <translation>Générer les factures — exécution %1</translation>
    </message>
    <message numerus="yes">
        <source>%n draft statement(s) generated.</source>
        <translation>
            <numerusform>%n relevé brouillon généré.</numerusform>
            <numerusform>%n relevés brouillons générés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total %1 %2.</source>
        <translation>Total %1 %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) failed and need you.</source>
        <translation>
            <numerusform>%n client en échec a besoin de vous.</numerusform>
            <numerusform>%n clients en échec ont besoin de vous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped.</source>
        <translation>
            <numerusform>%n ignoré.</numerusform>
            <numerusform>%n ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the statements made before Cancel are whole; generate again for the rest.</source>
        <translation>Annulé&#xa0;: les relevés faits avant l&apos;annulation sont complets&#xa0;; générez de nouveau pour les autres.</translation>
    </message>
    <message>
        <source>Double-click to open %1.</source>
        <translation>Double-cliquez pour ouvrir %1.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Double-click a customer to open where it is fixed.</source>
        <translation>Double-cliquez sur un client pour ouvrir l&apos;endroit où corriger.</translation>
    </message>
    <message>
        <source>&amp;Preview Invoices</source>
        <translation>&amp;Aperçu des factures</translation>
    </message>
    <message>
        <source>the customer&apos;s Cloud Providers</source>
        <translation>les fournisseurs cloud du client</translation>
    </message>
    <message>
        <source>the customer&apos;s Credits</source>
        <translation>les crédits du client</translation>
    </message>
    <message>
        <source>Settings &gt; Exchange Rates</source>
        <translation>Paramètres &gt; Taux de change</translation>
    </message>
    <message>
        <source>the customer&apos;s statements in Billing &gt; Customer Invoices</source>
        <translation>les relevés du client dans Facturation &gt; Factures clients</translation>
    </message>
    <message>
        <source>the customer&apos;s profile</source>
        <translation>le profil du client</translation>
    </message>
</context>
<context>
    <name>bursar::ui::HelpWindow</name>
    <message>
        <source>Bursar Guide</source>
        <translation>Guide de Bursar</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>%1 – Bursar Guide</source>
        <translation>%1 – Guide de Bursar</translation>
    </message>
</context>
<context>
    <name>bursar::ui::Keyboard</name>
    <message>
        <source>%1 list</source>
        <translation>liste %1</translation>
    </message>
</context>
<context>
    <name>bursar::ui::MainWindow</name>
    <message>
        <source>Bursar</source>
        <translation>Bursar</translation>
    </message>
    <message>
        <source>Services credits expiry: %1 credits of %2 purchase(s) expired.</source>
        <translation>Expiration des crédits de services&#xa0;: %1 crédits de %2 achat(s) expirés.</translation>
    </message>
    <message>
        <source> (tenant %1, reads only)</source>
        <translation> (locataire %1, lecture seule)</translation>
    </message>
    <message>
        <source> (customer %1, reads only)</source>
        <translation> (client %1, lecture seule)</translation>
    </message>
    <message>
        <source>%1%2 — database: %3 (schema %4)</source>
        <translation>%1%2 — base&#xa0;: %3 (schéma %4)</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>&amp;Usage</source>
        <translation>C&amp;onsommation</translation>
    </message>
    <message>
        <source>&amp;Billing</source>
        <translation>Fact&amp;uration</translation>
    </message>
    <message>
        <source>Fi&amp;nance</source>
        <translation>Fi&amp;nance</translation>
    </message>
    <message>
        <source>&amp;Services Credits</source>
        <translation>Crédits de &amp;services</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importations</translation>
    </message>
    <message>
        <source>Billing Report</source>
        <translation>Rapport de facturation</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Payments &amp;&amp; Memos</source>
        <translation>Paiements &amp;&amp; documents</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>Balance âgée</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base</translation>
    </message>
    <message>
        <source>Bursar databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases Bursar (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open &amp;Shared Database…</source>
        <translation>Ouvrir une base &amp;partagée…</translation>
    </message>
    <message>
        <source>Open Shared Database</source>
        <translation>Ouvrir une base partagée</translation>
    </message>
    <message>
        <source>PostgreSQL URL, for example postgresql://clerk@dbserver/bursar
(the password comes from ~/.pgpass or PGPASSWORD, or Bursar asks for it):</source>
        <translation>URL PostgreSQL, par exemple postgresql://agent@serveur/bursar
(le mot de passe vient de ~/.pgpass ou de PGPASSWORD, ou Bursar le demande)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import Usage File…</source>
        <translation>&amp;Importer un fichier de consommation…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Consommation</translation>
    </message>
    <message>
        <source>Import Usage File</source>
        <translation>Importer un fichier de consommation</translation>
    </message>
    <message>
        <source>Usage exports (*.csv);;All files (*)</source>
        <translation>Exports de consommation (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>&amp;Sauvegarder la base…</translation>
    </message>
    <message>
        <source>&amp;Restore Database…</source>
        <translation>&amp;Restaurer la base…</translation>
    </message>
    <message>
        <source>Restore Database</source>
        <translation>Restaurer la base</translation>
    </message>
    <message>
        <source>&amp;Verify Audit Log</source>
        <translation>&amp;Vérifier le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Verifying the audit log…</source>
        <translation>Vérification du journal d&apos;audit…</translation>
    </message>
    <message>
        <source>Verify Audit Log</source>
        <translation>Vérifier le journal d&apos;audit</translation>
    </message>
    <message>
        <source>The audit log does not fit its chain at row %1 (%2, %3 %4 %5): %6.</source>
        <translation>Le journal d&apos;audit ne correspond pas à sa chaîne à la ligne %1 (%2, %3 %4 %5)&#xa0;: %6.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n row(s), each chained to the one before it.

The last is row %1, with the hash
%2</source>
        <translation>
            <numerusform>Le journal d&apos;audit est intact&#xa0;: %n ligne, chaînée à la précédente.

La dernière est la ligne %1, d&apos;empreinte
%2</numerusform>
            <numerusform>Le journal d&apos;audit est intact&#xa0;: %n lignes, chacune chaînée à la précédente.

La dernière est la ligne %1, d&apos;empreinte
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Run Services Credits &amp;Expiry</source>
        <translation>Lancer l&apos;&amp;expiration des crédits de services</translation>
    </message>
    <message>
        <source>Services Credits Expiry</source>
        <translation>Expiration des crédits de services</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>This page has no filter.</source>
        <translation>Cette page n&apos;a pas de filtre.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>The language you chose applies from Bursar&apos;s next start.</source>
        <translation>La langue choisie s&apos;applique à partir du prochain démarrage de Bursar.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Month-End</source>
        <translation>Fin de mois</translation>
    </message>
    <message>
        <source>&amp;Navigation</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <source>Import File…</source>
        <translation>Importer un fichier…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Bursar &amp;Guide</source>
        <translation>&amp;Guide de Bursar</translation>
    </message>
    <message>
        <source>&amp;About Bursar</source>
        <translation>À &amp;propos de Bursar</translation>
    </message>
    <message>
        <source>About Bursar</source>
        <translation>À propos de Bursar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bursar %1&lt;/b&gt;&lt;p&gt;Billing back office for cloud distributors and resellers.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;%3, schema %4 (this Bursar knows up to %5)&lt;/p&gt;&lt;p&gt;Qt %6&lt;/p&gt;</source>
        <translation>&lt;b&gt;Bursar %1&lt;/b&gt;&lt;p&gt;Back-office de facturation pour les distributeurs et revendeurs cloud.&lt;/p&gt;&lt;p&gt;Base&#xa0;: %2&lt;br&gt;%3, schéma %4 (ce Bursar connaît jusqu&apos;au %5)&lt;/p&gt;&lt;p&gt;Qt %6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>a shared PostgreSQL database</source>
        <translation>une base PostgreSQL partagée</translation>
    </message>
    <message>
        <source>a SQLite file</source>
        <translation>un fichier SQLite</translation>
    </message>
    <message>
        <source>“%1” is the database this window has open already.</source>
        <translation>«&#xa0;%1&#xa0;» est la base que cette fenêtre a déjà ouverte.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <source>Services Credits</source>
        <translation>Crédits de services</translation>
    </message>
    <message>
        <source>Customer Invoices</source>
        <translation>Factures clients</translation>
    </message>
    <message>
        <source>Preview Generated Billing Statements</source>
        <translation>Aperçu des relevés de facturation générés</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Customer Purchases</source>
        <translation>Achats des clients</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Projects &amp; Milestones</source>
        <translation>Projets et jalons</translation>
    </message>
    <message>
        <source>Unmapped Accounts</source>
        <translation>Comptes non associés</translation>
    </message>
    <message>
        <source>Vendor Credits</source>
        <translation>Crédits fournisseurs</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Account Information</source>
        <translation>Informations du compte</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Pricebooks</source>
        <translation>Grilles tarifaires</translation>
    </message>
    <message>
        <source>Discounts, Charges &amp; Support</source>
        <translation>Remises, frais et support</translation>
    </message>
    <message>
        <source>Tax Tables</source>
        <translation>Tables de taxes</translation>
    </message>
    <message>
        <source>Exchange Rates</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>Statement Numbering</source>
        <translation>Numérotation des relevés</translation>
    </message>
    <message>
        <source>Statement Documents</source>
        <translation>Documents des relevés</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Passage en perte</translation>
    </message>
    <message>
        <source>Users &amp; Privileges</source>
        <translation>Utilisateurs et privilèges</translation>
    </message>
</context>
<context>
    <name>bursar::ui::MemoDialog</name>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Tax category</source>
        <translation>Catégorie de taxe</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Add New Credit Memo</source>
        <translation>Nouvel avoir</translation>
    </message>
    <message>
        <source>Add New Debit Memo</source>
        <translation>Nouvelle note de débit</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte&#xa0;:</translation>
    </message>
    <message>
        <source>Document #:</source>
        <translation>N° de document&#xa0;:</translation>
    </message>
    <message>
        <source>assigned when the memo is released</source>
        <translation>attribué à l&apos;émission du document</translation>
    </message>
    <message>
        <source>the customer&apos;s invoice currency</source>
        <translation>la devise de facturation du client</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Devise&#xa0;:</translation>
    </message>
    <message>
        <source>Document date:</source>
        <translation>Date du document&#xa0;:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>Sales branch:</source>
        <translation>Agence commerciale&#xa0;:</translation>
    </message>
    <message>
        <source>Sales person:</source>
        <translation>Commercial&#xa0;:</translation>
    </message>
    <message>
        <source>optional: pick the statement or memo, or type its number</source>
        <translation>facultatif&#xa0;: choisissez le relevé ou le document, ou saisissez son numéro</translation>
    </message>
    <message>
        <source>Adjusted document:</source>
        <translation>Document corrigé&#xa0;:</translation>
    </message>
    <message>
        <source>the customer&apos;s</source>
        <translation>celui du client</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Payment terms:</source>
        <translation>Délai de paiement&#xa0;:</translation>
    </message>
    <message>
        <source>Service quantity:</source>
        <translation>Quantité de service&#xa0;:</translation>
    </message>
    <message>
        <source>Unit of measure:</source>
        <translation>Unité de mesure&#xa0;:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Prix&#xa0;:</translation>
    </message>
    <message>
        <source>Discount amount:</source>
        <translation>Montant de la remise&#xa0;:</translation>
    </message>
    <message>
        <source>(not taxable)</source>
        <translation>(non taxable)</translation>
    </message>
    <message>
        <source>Tax category:</source>
        <translation>Catégorie de taxe&#xa0;:</translation>
    </message>
    <message>
        <source>Add Detail</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove Detail</source>
        <translation>Retirer la ligne</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Add Memo</source>
        <translation>Ajouter le document</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>Modifier %1 %2</translation>
    </message>
    <message>
        <source>Save Memo</source>
        <translation>Enregistrer le document</translation>
    </message>
    <message>
        <source>%1 · statement of %2 · %3 %4</source>
        <translation>%1 · relevé de %2 · %3 %4</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 · %4 %5</source>
        <translation>%1 · %2 de %3 · %4 %5</translation>
    </message>
    <message>
        <source>Say why the memo is issued (a sales return, a goodwill credit, …).</source>
        <translation>Dites pourquoi le document est émis (un retour, un geste commercial, …).</translation>
    </message>
    <message>
        <source>Add the memo&apos;s details.</source>
        <translation>Ajoutez les lignes du document.</translation>
    </message>
    <message>
        <source>Subtotal %1 · tax %2 · rounding %3 · total %4 %5</source>
        <translation>Sous-total %1 · taxe %2 · arrondi %3 · total %4 %5</translation>
    </message>
</context>
<context>
    <name>bursar::ui::NotificationsPage</name>
    <message>
        <source>Email each statement to the customer when it is approved</source>
        <translation>Envoyer chaque relevé par e-mail au client quand il est approuvé</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.exemple.fr</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (port 465)</translation>
    </message>
    <message>
        <source>None (a relay on this network only)</source>
        <translation>Aucune (un relais sur ce réseau seulement)</translation>
    </message>
    <message>
        <source>billing@example.com</source>
        <translation>facturation@exemple.fr</translation>
    </message>
    <message>
        <source>empty: the server takes mail without a login</source>
        <translation>vide&#xa0;: le serveur accepte le courrier sans identification</translation>
    </message>
    <message>
        <source>kept in the system keyring, never in the database</source>
        <translation>gardé dans le trousseau du système, jamais dans la base</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sécurité&#xa0;:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Expéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The email</source>
        <translation>L&apos;e-mail</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte&#xa0;:</translation>
    </message>
    <message>
        <source>Placeholders: %1. The statement&apos;s PDF is attached.</source>
        <translation>Variables&#xa0;: %1. Le PDF du relevé est joint.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Approving a statement (one, or Approve All) queues one email to the customer&apos;s billing contact (set in the customer&apos;s profile, Statement Emails). Bursar sends the queue in the background and tries a busy server again; a failed email never undoes an approval. Each statement&apos;s email log is in its view.</source>
        <translation>Approuver un relevé (un seul, ou Tout approuver) met en file un e-mail pour le contact de facturation du client (défini dans son profil, E-mails des relevés). Bursar envoie la file en arrière-plan et réessaie un serveur occupé&#xa0;; un e-mail en échec n&apos;annule jamais une approbation. Le journal des e-mails de chaque relevé est dans sa vue.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Saved; the password is in the system keyring.</source>
        <translation>Enregistré&#xa0;; le mot de passe est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Saved. %1 The password is kept until Bursar closes.</source>
        <translation>Enregistré. %1 Le mot de passe est gardé jusqu&apos;à la fermeture de Bursar.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::NumberField</name>
    <message>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <source>%1, e.g. %2</source>
        <translation>%1, p. ex. %2</translation>
    </message>
</context>
<context>
    <name>bursar::ui::NumberingPage</name>
    <message>
        <source>Number series</source>
        <translation>Séries de numéros</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>Numéro suivant</translation>
    </message>
    <message>
        <source>Statements:</source>
        <translation>Relevés&#xa0;:</translation>
    </message>
    <message>
        <source>Credit memos:</source>
        <translation>Avoirs&#xa0;:</translation>
    </message>
    <message>
        <source>Debit memos:</source>
        <translation>Notes de débit&#xa0;:</translation>
    </message>
    <message>
        <source>Payments:</source>
        <translation>Paiements&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>A statement gets its number when it is approved, a credit or debit memo when it is released and a payment when it is recorded, so deleted drafts leave no gap. Tokens: {YYYY} or {YY} (year), {MM} (month) and one counter, {000000} (zero-padded) or {N}. The counter starts again each year (or month) the pattern names.</source>
        <translation>Un relevé reçoit son numéro à son approbation, un avoir ou une note de débit à son émission et un paiement à son enregistrement, si bien que les brouillons supprimés ne laissent pas de trou. Éléments&#xa0;: {YYYY} ou {YY} (année), {MM} (mois) et un compteur, {000000} (complété de zéros) ou {N}. Le compteur repart à zéro chaque année (ou chaque mois) que nomme le modèle.</translation>
    </message>
    <message>
        <source>(not a valid pattern yet)</source>
        <translation>(pas encore un modèle valide)</translation>
    </message>
    <message>
        <source>Saved. Numbers already given stay as they are.</source>
        <translation>Enregistré. Les numéros déjà attribués restent tels quels.</translation>
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
        <translation>Client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Without a purchase</source>
        <translation>Sans achat</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Services credits</source>
        <translation>Crédits de services</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <source>Opportunity name</source>
        <translation>Nom de l&apos;opportunité</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nom du produit</translation>
    </message>
    <message>
        <source>Services credits (optional)</source>
        <translation>Crédits de services (facultatif)</translation>
    </message>
    <message>
        <source>Add Opportunity</source>
        <translation>Ajouter une opportunité</translation>
    </message>
    <message>
        <source>Closes:</source>
        <translation>Clôture&#xa0;:</translation>
    </message>
    <message>
        <source>Add Product</source>
        <translation>Ajouter un produit</translation>
    </message>
    <message>
        <source>Create Services Credits Customer Purchase…</source>
        <translation>Créer les achats de crédits de services…</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Products of the selected opportunity (those with services credits can become purchases):</source>
        <translation>Produits de l&apos;opportunité sélectionnée (ceux qui ont des crédits de services peuvent devenir des achats)&#xa0;:</translation>
    </message>
    <message>
        <source>Purchase %1</source>
        <translation>Achat %1</translation>
    </message>
    <message>
        <source>Opportunity %1 added; add its products below.</source>
        <translation>Opportunité %1 ajoutée&#xa0;; ajoutez ses produits ci-dessous.</translation>
    </message>
    <message>
        <source>Select the opportunity to add the product to.</source>
        <translation>Sélectionnez l&apos;opportunité à laquelle ajouter le produit.</translation>
    </message>
    <message>
        <source>Product added.</source>
        <translation>Produit ajouté.</translation>
    </message>
    <message>
        <source>Select the opportunity to create purchases from.</source>
        <translation>Sélectionnez l&apos;opportunité à partir de laquelle créer des achats.</translation>
    </message>
    <message>
        <source>Opportunity %1 has no product with services credits that has no purchase yet.</source>
        <translation>L&apos;opportunité %1 n&apos;a aucun produit avec des crédits de services qui n&apos;ait pas encore d&apos;achat.</translation>
    </message>
    <message>
        <source>Created purchase(s) %1.</source>
        <translation>Achat(s) %1 créé(s).</translation>
    </message>
</context>
<context>
    <name>bursar::ui::PaymentDialog</name>
    <message>
        <source>Record Payment</source>
        <translation>Enregistrer un paiement</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Client&#xa0;:</translation>
    </message>
    <message>
        <source>Date received:</source>
        <translation>Date de réception&#xa0;:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Montant&#xa0;:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Devise&#xa0;:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Moyen&#xa0;:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Référence&#xa0;:</translation>
    </message>
</context>
<context>
    <name>bursar::ui::PlaceCombo</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>(whole region)</source>
        <translation>(toute la région)</translation>
    </message>
    <message>
        <source>Choose a region with states or provinces first.</source>
        <translation>Choisissez d&apos;abord une région qui a des États ou des provinces.</translation>
    </message>
    <message numerus="yes">
        <source>%n state(s) and province(s) of %1, from ISO 3166-2.</source>
        <translation>
            <numerusform>%n État ou province de %1, d&apos;après ISO 3166-2.</numerusform>
            <numerusform>%n États et provinces de %1, d&apos;après ISO 3166-2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not in ISO 3166)</source>
        <translation>%1 (hors ISO 3166)</translation>
    </message>
</context>
<context>
    <name>bursar::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>The system&apos;s: %1</source>
        <translation>Celle du système&#xa0;: %1</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The window, its dates and amounts speak this language from the next start. The statement documents keep the language of Settings &gt; Statement Documents, and the command line the language of its environment.</source>
        <translation>La fenêtre, ses dates et ses montants parlent cette langue à partir du prochain démarrage. Les documents des relevés gardent la langue de Paramètres &gt; Documents des relevés, et la ligne de commande celle de son environnement.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::PreviewPage</name>
    <message>
        <source>All drafts, of every run</source>
        <translation>Tous les brouillons, de toutes les exécutions</translation>
    </message>
    <message>
        <source>Approve &amp;All</source>
        <translation>Tout &amp;approuver</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Voir</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>A&amp;pprouver</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>The drafts listed (or the selected ones) as PDF, CSV or Detailed CSV files in a folder.</source>
        <translation>Les brouillons listés (ou ceux sélectionnés) en fichiers PDF, CSV ou CSV détaillé dans un dossier.</translation>
    </message>
    <message>
        <source>There is no draft to export.</source>
        <translation>Il n&apos;y a aucun brouillon à exporter.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Approve every draft listed: each gets the next statement number and becomes Open, visible to the customer.</source>
        <translation>Approuver chaque brouillon listé&#xa0;: chacun reçoit le numéro de relevé suivant et devient Ouvert, visible du client.</translation>
    </message>
    <message>
        <source>Delete the selected drafts: their credits return and the period unlocks.</source>
        <translation>Supprimer les brouillons sélectionnés&#xa0;: leurs crédits reviennent et la période se déverrouille.</translation>
    </message>
    <message>
        <source>Back to Reports &gt; Billing.</source>
        <translation>Retour à Rapports &gt; Facturation.</translation>
    </message>
    <message>
        <source>Approve All</source>
        <translation>Tout approuver</translation>
    </message>
    <message numerus="yes">
        <source>Approve all %n draft(s) listed? Approved statements are numbered, visible to the customers and never change.</source>
        <translation>
            <numerusform>Approuver le %n brouillon listé&#xa0;? Les relevés approuvés sont numérotés, visibles des clients et ne changent plus jamais.</numerusform>
            <numerusform>Approuver les %n brouillons listés&#xa0;? Les relevés approuvés sont numérotés, visibles des clients et ne changent plus jamais.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts of billing run %1</source>
        <translation>Brouillons de l&apos;exécution de facturation %1</translation>
    </message>
    <message>
        <source>All draft statements</source>
        <translation>Tous les relevés brouillons</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n statement(s). Drafts are hidden from customers and carry no number until approved.</source>
        <translation>
            <numerusform>%1&#xa0;: %n relevé. Les brouillons sont cachés aux clients et n&apos;ont pas de numéro avant leur approbation.</numerusform>
            <numerusform>%1&#xa0;: %n relevés. Les brouillons sont cachés aux clients et n&apos;ont pas de numéro avant leur approbation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approving drafts…</source>
        <translation>Approbation des brouillons…</translation>
    </message>
    <message>
        <source>%1 of %2 drafts</source>
        <translation>%1 brouillons sur %2</translation>
    </message>
    <message>
        <source>There was no draft to approve.</source>
        <translation>Il n&apos;y avait aucun brouillon à approuver.</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) approved: %1 to %2.</source>
        <translation>
            <numerusform>%n relevé approuvé&#xa0;: %1 à %2.</numerusform>
            <numerusform>%n relevés approuvés&#xa0;: %1 à %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the other drafts stay drafts.</source>
        <translation>Annulé&#xa0;: les autres brouillons restent des brouillons.</translation>
    </message>
    <message>
        <source>Select the drafts to approve first.</source>
        <translation>Sélectionnez d&apos;abord les brouillons à approuver.</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) approved.</source>
        <translation>
            <numerusform>%n relevé approuvé.</numerusform>
            <numerusform>%n relevés approuvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the drafts to delete first.</source>
        <translation>Sélectionnez d&apos;abord les brouillons à supprimer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n draft(s)? Their credits return to the customers&apos; balances and the periods unlock.</source>
        <translation>
            <numerusform>Supprimer %n brouillon&#xa0;? Ses crédits reviennent au solde du client et la période se déverrouille.</numerusform>
            <numerusform>Supprimer %n brouillons&#xa0;? Leurs crédits reviennent aux soldes des clients et les périodes se déverrouillent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) deleted; their credits were returned.</source>
        <translation>
            <numerusform>%n brouillon supprimé&#xa0;; ses crédits ont été rendus.</numerusform>
            <numerusform>%n brouillons supprimés&#xa0;; leurs crédits ont été rendus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the statement to view first.</source>
        <translation>Sélectionnez d&apos;abord le relevé à afficher.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::PricebooksPage</name>
    <message>
        <source>every period</source>
        <translation>chaque période</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>%1 It applies from period %2: %3</source>
        <translation>%1 S&apos;applique à partir de la période %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 It applies from period %2.</source>
        <translation>%1 S&apos;applique à partir de la période %2.</translation>
    </message>
    <message>
        <source>First day the change applies. Periods that have ended are never changed: a date in one moves to the open period.</source>
        <translation>Premier jour d&apos;application de la modification. Les périodes terminées ne changent jamais&#xa0;: une date dans l&apos;une d&apos;elles passe à la période ouverte.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>S&apos;applique</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>Name, for example Standard</source>
        <translation>Nom, par exemple Standard</translation>
    </message>
    <message>
        <source>10 for an uplift of 10 %, -5 for a discount of 5 %.</source>
        <translation>10 pour une majoration de 10 %, -5 pour une remise de 5 %.</translation>
    </message>
    <message>
        <source>Product for an override (empty: the whole pricebook)</source>
        <translation>Produit pour une exception (vide&#xa0;: toute la grille)</translation>
    </message>
    <message>
        <source>New pricebook</source>
        <translation>Nouvelle grille tarifaire</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Percent on vendor cost (10: uplift, -5: discount):</source>
        <translation>Pourcentage sur le coût fournisseur (10&#xa0;: majoration, -5&#xa0;: remise)&#xa0;:</translation>
    </message>
    <message>
        <source>Add Pricebook</source>
        <translation>Ajouter la grille tarifaire</translation>
    </message>
    <message>
        <source>Change the selected pricebook</source>
        <translation>Modifier la grille tarifaire sélectionnée</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produit&#xa0;:</translation>
    </message>
    <message>
        <source>Percent:</source>
        <translation>Pourcentage&#xa0;:</translation>
    </message>
    <message>
        <source>Effective:</source>
        <translation>En vigueur&#xa0;:</translation>
    </message>
    <message>
        <source>Save Change</source>
        <translation>Enregistrer la modification</translation>
    </message>
    <message>
        <source>Changes made during or after a period&apos;s billing reconciliation apply from the next period. An override for a product beats the pricebook&apos;s own percent.</source>
        <translation>Les modifications faites pendant ou après le rapprochement de facturation d&apos;une période s&apos;appliquent à partir de la période suivante. Une exception pour un produit l&apos;emporte sur le pourcentage de la grille.</translation>
    </message>
    <message>
        <source>(all products)</source>
        <translation>(tous les produits)</translation>
    </message>
    <message>
        <source>Pricebook “%1” added; it prices every period until you change it.</source>
        <translation>Grille tarifaire «&#xa0;%1&#xa0;» ajoutée&#xa0;; elle fixe les prix de chaque période jusqu&apos;à ce que vous la modifiiez.</translation>
    </message>
    <message>
        <source>Choose a pricebook first.</source>
        <translation>Choisissez d&apos;abord une grille tarifaire.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>“%1” is not a vendor; type %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fournisseur&#xa0;; saisissez %2.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::PricingAdjustmentsPage</name>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>En vigueur à partir du</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>End Selected</source>
        <translation>Terminer la sélection</translation>
    </message>
    <message>
        <source>Stops it from the open period on; periods that have ended keep it.</source>
        <translation>L&apos;arrête à partir de la période ouverte&#xa0;; les périodes terminées le gardent.</translation>
    </message>
    <message>
        <source>Choose a row first.</source>
        <translation>Choisissez d&apos;abord une ligne.</translation>
    </message>
    <message>
        <source>Ended; it still applies up to %1: %2</source>
        <translation>Terminé&#xa0;; s&apos;applique encore jusqu&apos;au %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Ended; it applies up to %1.</source>
        <translation>Terminé&#xa0;; s&apos;applique jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>S&apos;applique</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Percent (-2 = 2 % discount)</source>
        <translation>Pourcentage (-2 = remise de 2 %)</translation>
    </message>
    <message>
        <source>Global Discounts/Uplifts</source>
        <translation>Remises/majorations globales</translation>
    </message>
    <message>
        <source>Monthly amount</source>
        <translation>Montant mensuel</translation>
    </message>
    <message>
        <source>Custom Charges</source>
        <translation>Frais personnalisés</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>Nom du forfait</translation>
    </message>
    <message>
        <source>Percent of usage</source>
        <translation>Pourcentage de la consommation</translation>
    </message>
    <message>
        <source>Support Plans</source>
        <translation>Forfaits de support</translation>
    </message>
    <message>
        <source>Changes made during or after a period&apos;s billing reconciliation apply from the next period.</source>
        <translation>Les modifications faites pendant ou après le rapprochement de facturation d&apos;une période s&apos;appliquent à partir de la période suivante.</translation>
    </message>
    <message>
        <source>Global adjustment added.</source>
        <translation>Ajustement global ajouté.</translation>
    </message>
    <message>
        <source>Custom charge added.</source>
        <translation>Frais personnalisés ajoutés.</translation>
    </message>
    <message>
        <source>Support plan added.</source>
        <translation>Forfait de support ajouté.</translation>
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
        <translation>Client</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Credits required</source>
        <translation>Crédits requis</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Affectés</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Consommés</translation>
    </message>
    <message>
        <source>Still needed</source>
        <translation>Encore nécessaires</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <source>Purchase expires</source>
        <translation>Expiration de l&apos;achat</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Nom du projet</translation>
    </message>
    <message>
        <source>Milestone name</source>
        <translation>Nom du jalon</translation>
    </message>
    <message>
        <source>Any currency</source>
        <translation>Toute devise</translation>
    </message>
    <message>
        <source>The currency of the purchases that may pay this milestone; any when not chosen.</source>
        <translation>La devise des achats qui peuvent régler ce jalon&#xa0;; toute devise si aucune n&apos;est choisie.</translation>
    </message>
    <message>
        <source>Add Project</source>
        <translation>Ajouter un projet</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Échéance&#xa0;:</translation>
    </message>
    <message>
        <source>Add Milestone</source>
        <translation>Ajouter un jalon</translation>
    </message>
    <message>
        <source>Allocate…</source>
        <translation>Affecter…</translation>
    </message>
    <message>
        <source>Allocate Automatically</source>
        <translation>Affecter automatiquement</translation>
    </message>
    <message>
        <source>Allocate All Open</source>
        <translation>Affecter tous les jalons ouverts</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Rendre…</translation>
    </message>
    <message>
        <source>Return Credits</source>
        <translation>Rendre des crédits</translation>
    </message>
    <message>
        <source>Credits to return from the selected purchase (empty: all):</source>
        <translation>Crédits à rendre à l&apos;achat sélectionné (vide&#xa0;: tous)&#xa0;:</translation>
    </message>
    <message>
        <source>Complete Milestone</source>
        <translation>Achever le jalon</translation>
    </message>
    <message>
        <source>Correct Completion…</source>
        <translation>Corriger l&apos;achèvement…</translation>
    </message>
    <message>
        <source>Correct Completion</source>
        <translation>Corriger l&apos;achèvement</translation>
    </message>
    <message>
        <source>Why is the completion corrected? (kept with the correction)</source>
        <translation>Pourquoi l&apos;achèvement est-il corrigé&#xa0;? (conservé avec la correction)</translation>
    </message>
    <message>
        <source>Projects &amp; Milestones</source>
        <translation>Projets et jalons</translation>
    </message>
    <message>
        <source>Milestones of the selected project:</source>
        <translation>Jalons du projet sélectionné&#xa0;:</translation>
    </message>
    <message>
        <source>Credits the selected milestone holds, by purchase (completing it redeems them):</source>
        <translation>Crédits que contient le jalon sélectionné, par achat (l&apos;achever les consomme)&#xa0;:</translation>
    </message>
    <message>
        <source>Completed %1</source>
        <translation>Achevé le %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Project %1 added; add its milestones below.</source>
        <translation>Projet %1 ajouté&#xa0;; ajoutez ses jalons ci-dessous.</translation>
    </message>
    <message>
        <source>Select the project to add the milestone to.</source>
        <translation>Sélectionnez le projet auquel ajouter le jalon.</translation>
    </message>
    <message>
        <source>Milestone %1 added.</source>
        <translation>Jalon %1 ajouté.</translation>
    </message>
    <message>
        <source>Select the milestone to allocate credits to.</source>
        <translation>Sélectionnez le jalon auquel affecter des crédits.</translation>
    </message>
    <message>
        <source>%1 credits of purchase %2 allocated to milestone %3.</source>
        <translation>%1 crédits de l&apos;achat %2 affectés au jalon %3.</translation>
    </message>
    <message>
        <source>%1 credits allocated automatically (earliest expiry first, then oldest).</source>
        <translation>%1 crédits affectés automatiquement (l&apos;expiration la plus proche d&apos;abord, puis le plus ancien).</translation>
    </message>
    <message>
        <source>Select the purchase whose credits the milestone returns.</source>
        <translation>Sélectionnez l&apos;achat dont le jalon rend les crédits.</translation>
    </message>
    <message>
        <source>Credits returned to purchase %1.</source>
        <translation>Crédits rendus à l&apos;achat %1.</translation>
    </message>
    <message>
        <source>Select the milestone to complete.</source>
        <translation>Sélectionnez le jalon à achever.</translation>
    </message>
    <message>
        <source>Milestone %1 completed; its credits are redeemed.</source>
        <translation>Jalon %1 achevé&#xa0;; ses crédits sont consommés.</translation>
    </message>
    <message>
        <source>Select the milestone whose completion is corrected.</source>
        <translation>Sélectionnez le jalon dont l&apos;achèvement est corrigé.</translation>
    </message>
    <message>
        <source>Milestone %1 is open again; the correction is recorded.</source>
        <translation>Le jalon %1 est de nouveau ouvert&#xa0;; la correction est enregistrée.</translation>
    </message>
    <message>
        <source>Allocate Credits to Milestone %1</source>
        <translation>Affecter des crédits au jalon %1</translation>
    </message>
    <message>
        <source>Purchase %1 — %2 available, %3, expires %4</source>
        <translation>Achat %1 — %2 disponibles, %3, expire le %4</translation>
    </message>
    <message>
        <source>From purchase:</source>
        <translation>De l&apos;achat&#xa0;:</translation>
    </message>
    <message>
        <source>Credits:</source>
        <translation>Crédits&#xa0;:</translation>
    </message>
</context>
<context>
    <name>bursar::ui::PurchaseDialog</name>
    <message>
        <source>Draft (editable; its credits cannot be allocated or expired)</source>
        <translation>Brouillon (modifiable&#xa0;; ses crédits ne peuvent être ni affectés ni expirés)</translation>
    </message>
    <message>
        <source>Services Credits Customer Purchase %1</source>
        <translation>Achat de crédits de services du client %1</translation>
    </message>
    <message>
        <source>New Services Credits Customer Purchase</source>
        <translation>Nouvel achat de crédits de services d&apos;un client</translation>
    </message>
    <message>
        <source>Settings &gt; Services Credits keeps the amount paid per credit equal to the value.</source>
        <translation>Paramètres &gt; Crédits de services garde le montant payé par crédit égal à la valeur.</translation>
    </message>
    <message>
        <source>Account (customer):</source>
        <translation>Compte (client)&#xa0;:</translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation>Date de début&#xa0;:</translation>
    </message>
    <message>
        <source>Expiry date:</source>
        <translation>Date d&apos;expiration&#xa0;:</translation>
    </message>
    <message>
        <source>Number of services credits:</source>
        <translation>Nombre de crédits de services&#xa0;:</translation>
    </message>
    <message>
        <source>Value per credit:</source>
        <translation>Valeur par crédit&#xa0;:</translation>
    </message>
    <message>
        <source>Amount paid per credit:</source>
        <translation>Montant payé par crédit&#xa0;:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Devise&#xa0;:</translation>
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
        <translation>Client</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Achetés</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Affectés</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Consommés</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirés</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibles</translation>
    </message>
    <message>
        <source>Value per credit</source>
        <translation>Valeur par crédit</translation>
    </message>
    <message>
        <source>Paid per credit</source>
        <translation>Payé par crédit</translation>
    </message>
    <message>
        <source>Available value</source>
        <translation>Valeur disponible</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <source>Available after</source>
        <translation>Disponibles après</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Customer name or #ID (all customers when empty)</source>
        <translation>Nom du client ou #ID (tous les clients si vide)</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Mark Draft</source>
        <translation>Marquer brouillon</translation>
    </message>
    <message>
        <source>Remove Draft</source>
        <translation>Retirer le brouillon</translation>
    </message>
    <message>
        <source>Run Expiry</source>
        <translation>Lancer l&apos;expiration</translation>
    </message>
    <message>
        <source>A purchase is a number of credits bought on one day at one value and amount paid, in one currency. A draft can be edited as often as needed; its credits cannot be allocated or expired. Credits can be used from the start date up to and including the expiry date.</source>
        <translation>Un achat est un nombre de crédits achetés un même jour à une valeur et un montant payé, dans une devise. Un brouillon peut être modifié autant que nécessaire&#xa0;; ses crédits ne peuvent être ni affectés ni expirés. Les crédits peuvent servir de la date de début jusqu&apos;à la date d&apos;expiration incluse.</translation>
    </message>
    <message>
        <source>Customer Purchases</source>
        <translation>Achats des clients</translation>
    </message>
    <message>
        <source>Select a purchase to see its history.</source>
        <translation>Sélectionnez un achat pour voir son historique.</translation>
    </message>
    <message>
        <source>Select one purchase to edit.</source>
        <translation>Sélectionnez un seul achat à modifier.</translation>
    </message>
    <message>
        <source>Purchase %1 recorded.</source>
        <translation>Achat %1 enregistré.</translation>
    </message>
    <message>
        <source>Purchase %1 saved.</source>
        <translation>Achat %1 enregistré.</translation>
    </message>
    <message>
        <source>Select one purchase.</source>
        <translation>Sélectionnez un seul achat.</translation>
    </message>
    <message>
        <source>Purchase %1 is a draft now.</source>
        <translation>L&apos;achat %1 est maintenant un brouillon.</translation>
    </message>
    <message>
        <source>Purchase %1 is not a draft; its credits are available from its start date.</source>
        <translation>L&apos;achat %1 n&apos;est plus un brouillon&#xa0;; ses crédits sont disponibles à partir de sa date de début.</translation>
    </message>
    <message>
        <source>Nothing to expire today.</source>
        <translation>Rien n&apos;expire aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>%1 credits of %2 purchase(s) expired; %3 allocation(s) to milestones not completed were returned and expired.</source>
        <translation>%1 crédits de %2 achat(s) expirés&#xa0;; %3 affectation(s) à des jalons non achevés ont été rendue(s) et ont expiré.</translation>
    </message>
    <message>
        <source>History of purchase %1</source>
        <translation>Historique de l&apos;achat %1</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Rendus</translation>
    </message>
    <message>
        <source>Redemption corrected</source>
        <translation>Consommation corrigée</translation>
    </message>
</context>
<context>
    <name>bursar::ui::RestoreDialog</name>
    <message>
        <source>Restore Database</source>
        <translation>Restaurer la base</translation>
    </message>
    <message>
        <source>Restoring replaces everything in %1 with the backup. The database as it is now is kept beside it first, as a backup of its own, so nothing is lost.</source>
        <translation>La restauration remplace tout le contenu de %1 par la sauvegarde. La base telle qu&apos;elle est maintenant est d&apos;abord gardée à côté, comme sauvegarde à part entière, si bien que rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>Fichier de sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>Bursar databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases Bursar (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>Il n&apos;y a pas de fichier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A sound Bursar backup. %1</source>
        <translation>Une sauvegarde Bursar saine. %1</translation>
    </message>
    <message>
        <source>Replace everything in %1 with the backup “%2”?

The database as it is now is kept beside it first.</source>
        <translation>Remplacer tout le contenu de %1 par la sauvegarde «&#xa0;%2&#xa0;»&#xa0;?

La base telle qu&apos;elle est maintenant est d&apos;abord gardée à côté.</translation>
    </message>
    <message>
        <source>Replace with the Backup</source>
        <translation>Remplacer par la sauvegarde</translation>
    </message>
    <message>
        <source>Restoring the database…</source>
        <translation>Restauration de la base…</translation>
    </message>
    <message numerus="yes">
        <source>Restored from %1: %n row(s). The database as it was is kept as %2.</source>
        <translation>
            <numerusform>Restaurée depuis %1&#xa0;: %n ligne. La base telle qu&apos;elle était est gardée sous %2.</numerusform>
            <numerusform>Restaurée depuis %1&#xa0;: %n lignes. La base telle qu&apos;elle était est gardée sous %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bursar::ui::ScopePicker</name>
    <message>
        <source>The whole installation</source>
        <translation>Toute l&apos;installation</translation>
    </message>
    <message>
        <source>One customer</source>
        <translation>Un client</translation>
    </message>
    <message>
        <source>Sees: %1</source>
        <translation>Voit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <translation>Locataire %1</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
</context>
<context>
    <name>bursar::ui::SellerEInvoiceForm</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>GLN (Global Location Number)</source>
        <translation>GLN (Global Location Number)</translation>
    </message>
    <message>
        <source>DUNS number</source>
        <translation>Numéro DUNS</translation>
    </message>
    <message>
        <source>Belgian enterprise number</source>
        <translation>Numéro d&apos;entreprise belge</translation>
    </message>
    <message>
        <source>Dutch KvK number</source>
        <translation>Numéro KvK néerlandais</translation>
    </message>
    <message>
        <source>Norwegian organisation number</source>
        <translation>Numéro d&apos;organisation norvégien</translation>
    </message>
    <message>
        <source>Swedish organisation number</source>
        <translation>Numéro d&apos;organisation suédois</translation>
    </message>
    <message>
        <source>Danish CVR number</source>
        <translation>Numéro CVR danois</translation>
    </message>
    <message>
        <source>French SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>German VAT number</source>
        <translation>N° de TVA allemand</translation>
    </message>
    <message>
        <source>French VAT number</source>
        <translation>N° de TVA français</translation>
    </message>
    <message>
        <source>Dutch VAT number</source>
        <translation>N° de TVA néerlandais</translation>
    </message>
    <message>
        <source>Belgian VAT number</source>
        <translation>N° de TVA belge</translation>
    </message>
    <message>
        <source>UK VAT number</source>
        <translation>N° de TVA britannique</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>(each document&apos;s own)</source>
        <translation>(celle de chaque document)</translation>
    </message>
    <message>
        <source>empty: the company name</source>
        <translation>vide&#xa0;: le nom de la société</translation>
    </message>
    <message>
        <source>What EN 16931 and Peppol e-invoices (UBL) name us by, besides the name and address on the Company tab. Each UBL file keeps what it was written with.</source>
        <translation>Ce qui nous désigne dans les factures électroniques EN 16931 et Peppol (UBL), en plus du nom et de l&apos;adresse de l&apos;onglet Société. Chaque fichier UBL garde ce avec quoi il a été écrit.</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>&amp;Raison sociale&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;VAT ID:</source>
        <translation>N° de &amp;TVA&#xa0;:</translation>
    </message>
    <message>
        <source>Company &amp;registration:</source>
        <translation>&amp;Immatriculation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Electronic address:</source>
        <translation>Adresse é&amp;lectronique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;BIC:</source>
        <translation>&amp;BIC&#xa0;:</translation>
    </message>
    <message>
        <source>VAT c&amp;urrency:</source>
        <translation>De&amp;vise de TVA&#xa0;:</translation>
    </message>
    <message>
        <source>E-invoicing settings saved.</source>
        <translation>Paramètres de facturation électronique enregistrés.</translation>
    </message>
    <message>
        <source>Electronic address scheme</source>
        <translation>Schéma de l&apos;adresse électronique</translation>
    </message>
    <message>
        <source>Electronic address</source>
        <translation>Adresse électronique</translation>
    </message>
</context>
<context>
    <name>bursar::ui::ServicesCreditsReportPage</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Achetés</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Affectés</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Consommés</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirés</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibles</translation>
    </message>
    <message>
        <source>Available value</source>
        <translation>Valeur disponible</translation>
    </message>
    <message>
        <source>Outstanding value</source>
        <translation>Valeur restante</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Available after</source>
        <translation>Disponibles après</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Soldes</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Arrivant à échéance</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Purchase:</source>
        <translation>Achat&#xa0;:</translation>
    </message>
    <message>
        <source>Purchase History</source>
        <translation>Historique de l&apos;achat</translation>
    </message>
    <message>
        <source>Liability Roll-forward</source>
        <translation>Évolution de l&apos;engagement</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export Services Credits</source>
        <translation>Exporter les crédits de services</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>the services credits export</source>
        <translation>l&apos;export des crédits de services</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Services Credits</source>
        <translation>Crédits de services</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du&#xa0;:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>au&#xa0;:</translation>
    </message>
    <message>
        <source>What the company owes in services credits: a purchase counts from its start date once it is not a draft; redemptions and expiries by their dates. Each cell: credits · value · amount paid.</source>
        <translation>Ce que la société doit en crédits de services&#xa0;: un achat compte à partir de sa date de début une fois qu&apos;il n&apos;est plus brouillon&#xa0;; les consommations et expirations à leur date. Chaque cellule&#xa0;: crédits · valeur · montant payé.</translation>
    </message>
    <message>
        <source>%1: %2 credits expire within 30 days, %3 within 31–60, %4 within 61–90.</source>
        <translation>%1&#xa0;: %2 crédits expirent dans les 30 jours, %3 de 31 à 60, %4 de 61 à 90.</translation>
    </message>
    <message>
        <source>No credits expire in the next 90 days.</source>
        <translation>Aucun crédit n&apos;expire dans les 90 prochains jours.</translation>
    </message>
    <message>
        <source>Credits expiring per month</source>
        <translation>Crédits expirant par mois</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>tient</translation>
    </message>
    <message>
        <source>FAILS</source>
        <translation>ÉCHOUE</translation>
    </message>
    <message>
        <source>%1: %2 + %3 − %4 − %5 = %6 credits %7</source>
        <translation>%1&#xa0;: %2 + %3 − %4 − %5 = %6 crédits %7</translation>
    </message>
    <message>
        <source>(does not hold)</source>
        <translation>(ne tient pas)</translation>
    </message>
    <message>
        <source>No services credits in this period.</source>
        <translation>Aucun crédit de services sur cette période.</translation>
    </message>
    <message>
        <source>Proof (opening + purchased − redeemed − expired = closing): </source>
        <translation>Preuve (ouverture + achetés − consommés − expirés = clôture)&#xa0;: </translation>
    </message>
</context>
<context>
    <name>bursar::ui::ServicesCreditsSettingsPage</name>
    <message>
        <source>Keep the amount paid per credit equal to the value per credit</source>
        <translation>Garder le montant payé par crédit égal à la valeur par crédit</translation>
    </message>
    <message>
        <source>New purchases start as drafts</source>
        <translation>Les nouveaux achats commencent en brouillon</translation>
    </message>
    <message>
        <source>Clerks may choose the purchases a milestone&apos;s credits come from</source>
        <translation>Les agents peuvent choisir les achats d&apos;où viennent les crédits d&apos;un jalon</translation>
    </message>
    <message>
        <source>Allocate from purchases whose expiry date has passed (during the grace period)</source>
        <translation>Affecter à partir d&apos;achats dont la date d&apos;expiration est passée (pendant le délai de grâce)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Off: credits are allocated automatically only.</source>
        <translation>Désactivé&#xa0;: les crédits ne sont affectés qu&apos;automatiquement.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Grace period before an expiry run expires a purchase:</source>
        <translation>Délai de grâce avant qu&apos;une expiration fasse expirer un achat&#xa0;:</translation>
    </message>
    <message>
        <source>Credits can be used up to and including a purchase&apos;s expiry date. The expiry run (when Bursar opens a database, Run Expiry, or bursar services-credits expire) expires what is left after the expiry date plus the grace period, and the credits still allocated to milestones not completed by then.</source>
        <translation>Les crédits peuvent servir jusqu&apos;à la date d&apos;expiration d&apos;un achat incluse. L&apos;expiration (à l&apos;ouverture d&apos;une base par Bursar, avec Lancer l&apos;expiration, ou bursar services-credits expire) fait expirer ce qui reste après la date d&apos;expiration plus le délai de grâce, ainsi que les crédits encore affectés à des jalons non achevés à cette date.</translation>
    </message>
    <message>
        <source>Services Credits</source>
        <translation>Crédits de services</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::StatementEmailsPanel</name>
    <message>
        <source>Queued</source>
        <translation>En file</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Will try again</source>
        <translation>Nouvel essai prévu</translation>
    </message>
    <message>
        <source>Queued again</source>
        <translation>Remis en file</translation>
    </message>
    <message>
        <source>Send &amp;Again…</source>
        <translation>Envoyer &amp;de nouveau…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Send the Statement Again</source>
        <translation>Envoyer de nouveau le relevé</translation>
    </message>
    <message>
        <source>Send the statement&apos;s email to:</source>
        <translation>Envoyer l&apos;e-mail du relevé à&#xa0;:</translation>
    </message>
    <message>
        <source>Sent to %1 on %2.</source>
        <translation>Envoyé à %1 le %2.</translation>
    </message>
    <message>
        <source>Not sent to %1: %2</source>
        <translation>Non envoyé à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Waiting to be sent to %1.</source>
        <translation>En attente d&apos;envoi à %1.</translation>
    </message>
    <message>
        <source>No email for this statement.</source>
        <translation>Aucun e-mail pour ce relevé.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::StatementListModel</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Visible to the customer&apos;s users</source>
        <translation>Visible des utilisateurs du client</translation>
    </message>
    <message>
        <source>A draft: hidden from the customer&apos;s users</source>
        <translation>Un brouillon&#xa0;: caché aux utilisateurs du client</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Relevé</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Place de marché</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
</context>
<context>
    <name>bursar::ui::StatementViewDialog</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>&amp;Delete Draft</source>
        <translation>&amp;Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Product type / product</source>
        <translation>Type de produit / produit</translation>
    </message>
    <message>
        <source>Usage lines</source>
        <translation>Lignes de consommation</translation>
    </message>
    <message>
        <source>Vendor cost</source>
        <translation>Coût fournisseur</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Priced by</source>
        <translation>Tarifé par</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Show in</source>
        <translation>Afficher en</translation>
    </message>
    <message>
        <source>Show in:</source>
        <translation>Afficher en&#xa0;:</translation>
    </message>
    <message>
        <source>Explain: every rule and credit behind the numbers</source>
        <translation>Explication&#xa0;: chaque règle et chaque crédit derrière les chiffres</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Delete Draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Delete this draft? Its credits return to the customer&apos;s balance and the period unlocks.</source>
        <translation>Supprimer ce brouillon&#xa0;? Ses crédits reviennent au solde du client et la période se déverrouille.</translation>
    </message>
    <message>
        <source>Statement %1 — %2 %3 (%4 %5)</source>
        <translation>Relevé %1 — %2 %3 (%4 %5)</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b02a1c&quot;&gt;&lt;b&gt;DRAFT&lt;/b&gt; — numbered when approved&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b02a1c&quot;&gt;&lt;b&gt;BROUILLON&lt;/b&gt; — numéroté à l&apos;approbation&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&quot;8&quot;&gt;&lt;tr&gt;&lt;td valign=&quot;top&quot;&gt;&lt;b&gt;Bill to&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Customer %2&lt;/td&gt;&lt;td valign=&quot;top&quot;&gt;&lt;b&gt;From&lt;/b&gt;&lt;br&gt;%3&lt;/td&gt;&lt;td valign=&quot;top&quot;&gt;Statement %4&lt;br&gt;Status: %5%6&lt;br&gt;%7 billing period %8&lt;br&gt;Issued: %9&lt;br&gt;Due: %10&lt;br&gt;Currency: %11 · pricebook %12&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&quot;8&quot;&gt;&lt;tr&gt;&lt;td valign=&quot;top&quot;&gt;&lt;b&gt;Facturé à&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Client %2&lt;/td&gt;&lt;td valign=&quot;top&quot;&gt;&lt;b&gt;De&lt;/b&gt;&lt;br&gt;%3&lt;/td&gt;&lt;td valign=&quot;top&quot;&gt;Relevé %4&lt;br&gt;Statut&#xa0;: %5%6&lt;br&gt;%7 période de facturation %8&lt;br&gt;Émis&#xa0;: %9&lt;br&gt;Échéance&#xa0;: %10&lt;br&gt;Devise&#xa0;: %11 · grille tarifaire %12&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source> (visible to the customer)</source>
        <translation> (visible du client)</translation>
    </message>
    <message>
        <source> (hidden from the customer)</source>
        <translation> (caché au client)</translation>
    </message>
    <message>
        <source>on approval</source>
        <translation>à l&apos;approbation</translation>
    </message>
    <message>
        <source>Marketplace fees (at cost)</source>
        <translation>Frais de place de marché (au coût)</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>  of which rounding to %1 units</source>
        <translation>  dont arrondi aux unités %1</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>Crédits %1</translation>
    </message>
    <message>
        <source>Marketplace fees</source>
        <translation>Frais de place de marché</translation>
    </message>
    <message>
        <source>Marketplace credit</source>
        <translation>Crédit de place de marché</translation>
    </message>
    <message>
        <source>%1 %2% on %3</source>
        <translation>%1 %2 % sur %3</translation>
    </message>
    <message>
        <source>Tax (no rate for this region)</source>
        <translation>Taxe (pas de taux pour cette région)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Montant dû</translation>
    </message>
    <message>
        <source>The currencies with a rate in Settings &gt; Exchange Rates.</source>
        <translation>Les devises ayant un taux dans Paramètres &gt; Taux de change.</translation>
    </message>
    <message>
        <source>Add a rate in Settings &gt; Exchange Rates to show the statement in another currency.</source>
        <translation>Ajoutez un taux dans Paramètres &gt; Taux de change pour afficher le relevé dans une autre devise.</translation>
    </message>
    <message>
        <source>In %1 at %2 (rate of %3%4): charges %5, credits %6, marketplace %7, tax %8, total %9. The rate is recorded with the statement.</source>
        <translation>En %1 à %2 (taux du %3%4)&#xa0;: frais %5, crédits %6, place de marché %7, taxe %8, total %9. Le taux est enregistré avec le relevé.</translation>
    </message>
    <message>
        <source>, inverted</source>
        <translation>, inversé</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>Approve the draft statement of %1 %2 for %3 %4, total %5 %6?

It takes the next statement number (now %7), is issued today, %8, and is due on %9. The customer can see it from then on, and it can never be changed again: corrections are credit or debit memos.</source>
        <translation>Approuver le relevé brouillon de %1 %2 pour %3 %4, total %5 %6&#xa0;?

Il prend le numéro de relevé suivant (actuellement %7), est émis aujourd&apos;hui, %8, et arrive à échéance le %9. Le client peut le voir dès lors, et il ne pourra plus jamais être modifié&#xa0;: les corrections se font par avoir ou note de débit.</translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation>Facture électronique</translation>
    </message>
    <message>
        <source>Ready: this statement leaves as a UBL e-invoice (EN 16931, Peppol BIS Billing 3.0).</source>
        <translation>Prêt&#xa0;: ce relevé part en facture électronique UBL (EN 16931, Peppol BIS Billing 3.0).</translation>
    </message>
    <message>
        <source>Not an e-invoice yet:</source>
        <translation>Pas encore une facture électronique&#xa0;:</translation>
    </message>
    <message>
        <source>UBL files written (the first one&apos;s data writes every later one):</source>
        <translation>Fichiers UBL écrits (les données du premier écrivent chacun des suivants)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 by %2: %3, SHA-256 %4</source>
        <translation>%1 par %2&#xa0;: %3, SHA-256 %4</translation>
    </message>
</context>
<context>
    <name>bursar::ui::TaxCategoriesBox</name>
    <message>
        <source>Tax categories of memo lines</source>
        <translation>Catégories de taxe des lignes de documents</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Region rate</source>
        <translation>Taux régional</translation>
    </message>
    <message>
        <source>State rate</source>
        <translation>Taux de l&apos;État</translation>
    </message>
    <message>
        <source>Name, e.g. Reduced</source>
        <translation>Nom, p. ex. Réduit</translation>
    </message>
    <message>
        <source>Save Category</source>
        <translation>Enregistrer la catégorie</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>A memo line of a category pays the rates ticked here; a line without a category is not taxed. Memos keep the tax they were made with.</source>
        <translation>Une ligne de document d&apos;une catégorie paie les taux cochés ici&#xa0;; une ligne sans catégorie n&apos;est pas taxée. Les documents gardent la taxe avec laquelle ils ont été faits.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Saved: %1. Memos made from now on are taxed by it.</source>
        <translation>Enregistré&#xa0;: %1. Les documents faits désormais sont taxés selon elle.</translation>
    </message>
    <message>
        <source>Removed: %1.</source>
        <translation>Retiré&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::TaxTablesPage</name>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>State / province</source>
        <translation>État / province</translation>
    </message>
    <message>
        <source>Name on statements</source>
        <translation>Nom sur les relevés</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>From</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>(whole region): the region&apos;s own rate, charged in all its states.</source>
        <translation>(toute la région)&#xa0;: le taux propre à la région, perçu dans tous ses États.</translation>
    </message>
    <message>
        <source>Percent (0 ends a rate)</source>
        <translation>Pourcentage (0 met fin à un taux)</translation>
    </message>
    <message>
        <source>e.g. WA sales tax, GST (optional)</source>
        <translation>p. ex. TVA, taxe de vente WA (facultatif)</translation>
    </message>
    <message>
        <source>Set a rate</source>
        <translation>Définir un taux</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Région&#xa0;:</translation>
    </message>
    <message>
        <source>State / province:</source>
        <translation>État / province&#xa0;:</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Taux&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>À partir du&#xa0;:</translation>
    </message>
    <message>
        <source>Save Rate</source>
        <translation>Enregistrer le taux</translation>
    </message>
    <message>
        <source>Include Tax charges a customer its region&apos;s own rate and its state&apos;s rate, each as a tax line, at the rates in force on the last day of the billing period, on the amount after credits. Statements already made keep their rates.</source>
        <translation>Inclure la taxe facture au client le taux propre à sa région et celui de son État, chacun sur une ligne de taxe, aux taux en vigueur le dernier jour de la période de facturation, sur le montant après crédits. Les relevés déjà faits gardent leurs taux.</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(tous)</translation>
    </message>
    <message>
        <source>Saved: %1 from %2.</source>
        <translation>Enregistré&#xa0;: %1 à partir du %2.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::TenantsPage</name>
    <message>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <source>Distributor &gt; Partner &gt; Customer. A tenant sees its own customers and those of the tenants below it.</source>
        <translation>Distributeur &gt; Partenaire &gt; Client. Un locataire voit ses propres clients et ceux des locataires en dessous.</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>New tenant &amp;name:</source>
        <translation>&amp;Nom du nouveau locataire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Below:</source>
        <translation>&amp;Sous&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rename Selected…</source>
        <translation>&amp;Renommer la sélection…</translation>
    </message>
    <message>
        <source>&amp;Add Tenant</source>
        <translation>&amp;Ajouter le locataire</translation>
    </message>
    <message>
        <source>Select the tenant to rename first.</source>
        <translation>Sélectionnez d&apos;abord le locataire à renommer.</translation>
    </message>
    <message>
        <source>Rename Tenant</source>
        <translation>Renommer le locataire</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Tenant renamed.</source>
        <translation>Locataire renommé.</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distributeur</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>— top: a new distributor —</source>
        <translation>— sommet&#xa0;: un nouveau distributeur —</translation>
    </message>
    <message>
        <source>Tenant “%1” added.</source>
        <translation>Locataire «&#xa0;%1&#xa0;» ajouté.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::UnmappedAccountsPage</name>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Account / subscription</source>
        <translation>Compte / abonnement</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Périodes</translation>
    </message>
    <message>
        <source>Usage lines</source>
        <translation>Lignes de consommation</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Map to Customer…</source>
        <translation>Associer à un client…</translation>
    </message>
    <message>
        <source>Usage of these accounts is kept but belongs to no customer. Map an account and its usage counts in the reports at once, without importing again.</source>
        <translation>La consommation de ces comptes est gardée mais n&apos;appartient à aucun client. Associez un compte et sa consommation compte aussitôt dans les rapports, sans nouvelle importation.</translation>
    </message>
    <message>
        <source>Choose an account first.</source>
        <translation>Choisissez d&apos;abord un compte.</translation>
    </message>
    <message>
        <source>Map to Customer</source>
        <translation>Associer à un client</translation>
    </message>
    <message>
        <source>The customer whose usage %1 account %2 is (type part of the name, or #ID):</source>
        <translation>Le client à qui est la consommation du compte %1 %2 (saisissez une partie du nom, ou #ID)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 account %2 now belongs to %3; its usage counts in the reports.</source>
        <translation>Le compte %1 %2 appartient maintenant à %3&#xa0;; sa consommation compte dans les rapports.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::UsageImportsPage</name>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Remplacée</translation>
    </message>
    <message>
        <source>by import %1 on %2 by %3</source>
        <translation>par l&apos;importation %1 le %2 par %3</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes de consommation</translation>
    </message>
    <message>
        <source>Free Tier rows ignored</source>
        <translation>Lignes Free Tier ignorées</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Vendor from the file</source>
        <translation>Fournisseur d&apos;après le fichier</translation>
    </message>
    <message>
        <source>Format from the header</source>
        <translation>Format d&apos;après l&apos;en-tête</translation>
    </message>
    <message>
        <source>Leave out providers (FOCUS)</source>
        <translation>Laisser de côté des fournisseurs (FOCUS)</translation>
    </message>
    <message>
        <source>A FOCUS file of a FinOps tool holds every provider. Name the providers (ProviderName) whose rows Bursar leaves out, separated by commas; the import records them.</source>
        <translation>Un fichier FOCUS d&apos;un outil FinOps contient tous les fournisseurs. Nommez les fournisseurs (ProviderName) dont Bursar laisse les lignes de côté, séparés par des virgules&#xa0;; l&apos;importation les enregistre.</translation>
    </message>
    <message>
        <source>Import Usage File…</source>
        <translation>Importer un fichier de consommation…</translation>
    </message>
    <message>
        <source>Import Usage File</source>
        <translation>Importer un fichier de consommation</translation>
    </message>
    <message>
        <source>Usage exports (*.csv);;All files (*)</source>
        <translation>Exports de consommation (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Replace With Corrected File…</source>
        <translation>Remplacer par un fichier corrigé…</translation>
    </message>
    <message>
        <source>The vendor re-issued the month: the chosen file replaces the selected import of an unbilled period, which stays in the history and no longer counts.</source>
        <translation>Le fournisseur a réémis le mois&#xa0;: le fichier choisi remplace l&apos;importation sélectionnée d&apos;une période non facturée, qui reste dans l&apos;historique et ne compte plus.</translation>
    </message>
    <message>
        <source>Select the import to replace in the list first.</source>
        <translation>Sélectionnez d&apos;abord dans la liste l&apos;importation à remplacer.</translation>
    </message>
    <message>
        <source>Replace With Corrected File</source>
        <translation>Remplacer par un fichier corrigé</translation>
    </message>
    <message>
        <source>FinOps FOCUS, AWS Cost and Usage Report, Azure cost details and Partner Center daily rated usage files. A file imports completely or not at all; the same file twice, or the same usage in other bytes, changes nothing. A re-issued month replaces its estimate.</source>
        <translation>Fichiers FinOps FOCUS, AWS Cost and Usage Report, détails des coûts Azure et consommation quotidienne tarifée Partner Center. Un fichier s&apos;importe entièrement ou pas du tout&#xa0;; le même fichier deux fois, ou la même consommation dans d&apos;autres octets, ne change rien. Un mois réémis remplace son estimation.</translation>
    </message>
    <message>
        <source>Usage Imports</source>
        <translation>Importations de consommation</translation>
    </message>
    <message>
        <source>%1 was already imported as %2 on %3 by %4; nothing changed.</source>
        <translation>%1 a déjà été importé sous %2 le %3 par %4&#xa0;; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Imported %1 (%2, %3): %4 usage lines for %5; cost %6.</source>
        <translation>%1 importé (%2, %3)&#xa0;: %4 lignes de consommation pour %5&#xa0;; coût %6.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) have no customer yet: map them in Usage &gt; Unmapped Accounts.</source>
        <translation>
            <numerusform>%n compte n&apos;a pas encore de client&#xa0;: associez-le dans Consommation &gt; Comptes non associés.</numerusform>
            <numerusform>%n comptes n&apos;ont pas encore de client&#xa0;: associez-les dans Consommation &gt; Comptes non associés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out as asked: the rows of “%1” (%2).</source>
        <translation>Laissées de côté comme demandé&#xa0;: les lignes de «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message>
        <source>Import %1 is replaced: it stays in the list and no longer counts.</source>
        <translation>L&apos;importation %1 est remplacée&#xa0;: elle reste dans la liste et ne compte plus.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::UsersPage</name>
    <message>
        <source>Users &amp; Privileges</source>
        <translation>Utilisateurs et privilèges</translation>
    </message>
    <message>
        <source>You act as %1. On a shared PostgreSQL database each clerk&apos;s database login is mapped to a user here; on a single-clerk file its owner is the administrator.</source>
        <translation>Vous agissez en tant que %1. Sur une base PostgreSQL partagée, l&apos;identifiant de connexion de chaque agent est associé ici à un utilisateur&#xa0;; sur un fichier d&apos;un seul agent, son propriétaire est l&apos;administrateur.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>PostgreSQL login</source>
        <translation>Identifiant PostgreSQL</translation>
    </message>
    <message>
        <source>Sees</source>
        <translation>Voit</translation>
    </message>
    <message>
        <source>only for shared databases</source>
        <translation>seulement pour les bases partagées</translation>
    </message>
    <message>
        <source>New user &amp;name:</source>
        <translation>&amp;Nom du nouvel utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>PostgreSQL &amp;login:</source>
        <translation>&amp;Identifiant PostgreSQL&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Apply to Selected User</source>
        <translation>A&amp;ppliquer à l&apos;utilisateur sélectionné</translation>
    </message>
    <message>
        <source>&amp;Sees:</source>
        <translation>&amp;Voit&#xa0;:</translation>
    </message>
    <message>
        <source>A user of a tenant or of one customer reads only: no privileges, and a customer never sees drafts or documents on hold.</source>
        <translation>Un utilisateur d&apos;un locataire ou d&apos;un seul client ne fait que lire&#xa0;: aucun privilège, et un client ne voit jamais les brouillons ni les documents en attente.</translation>
    </message>
    <message>
        <source>&amp;Add User</source>
        <translation>&amp;Ajouter l&apos;utilisateur</translation>
    </message>
    <message>
        <source>%1 may now use %2.</source>
        <translation>%1 peut désormais utiliser %2.</translation>
    </message>
    <message>
        <source>%1 no longer has %2.</source>
        <translation>%1 n&apos;a plus %2.</translation>
    </message>
    <message>
        <source>Select the user to change in the list first.</source>
        <translation>Sélectionnez d&apos;abord dans la liste l&apos;utilisateur à modifier.</translation>
    </message>
    <message>
        <source>%1 now sees: %2. It applies the next time the user opens Bursar.</source>
        <translation>%1 voit maintenant&#xa0;: %2. Cela s&apos;applique la prochaine fois que l&apos;utilisateur ouvre Bursar.</translation>
    </message>
    <message>
        <source>User %1 added; tick the privileges they need.</source>
        <translation>Utilisateur %1 ajouté&#xa0;; cochez les privilèges dont il a besoin.</translation>
    </message>
    <message>
        <source>User %1 added; they read what they see and change nothing.</source>
        <translation>Utilisateur %1 ajouté&#xa0;; il lit ce qu&apos;il voit et ne change rien.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::VendorCreditsPage</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(aucun client)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Account / subscription</source>
        <translation>Compte / abonnement</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Issued as</source>
        <translation>Émis comme</translation>
    </message>
    <message>
        <source>credit %1</source>
        <translation>crédit %1</translation>
    </message>
    <message>
        <source>Issue as Customer Credit…</source>
        <translation>Émettre comme crédit client…</translation>
    </message>
    <message>
        <source>Credits the vendor gave the distributor, as its usage files list them. They are not passed on by themselves: select those owed and issue them as customer credits.</source>
        <translation>Les crédits que le fournisseur a accordés au distributeur, tels que les listent ses fichiers de consommation. Ils ne sont pas transmis d&apos;eux-mêmes&#xa0;: sélectionnez ceux qui sont dus et émettez-les comme crédits clients.</translation>
    </message>
    <message>
        <source>One row: Add Credit opens filled in from it. Several rows: each becomes a customer credit of its amount, all at once. Double-click a row to do the same.</source>
        <translation>Une ligne&#xa0;: Ajouter un crédit s&apos;ouvre rempli à partir d&apos;elle. Plusieurs lignes&#xa0;: chacune devient un crédit client de son montant, toutes d&apos;un coup. Double-cliquez sur une ligne pour faire de même.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Au&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n vendor credit(s)</source>
        <translation>
            <numerusform>%n crédit fournisseur</numerusform>
            <numerusform>%n crédits fournisseurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued credit %1.</source>
        <translation>Crédit %1 émis.</translation>
    </message>
    <message>
        <source>The selected vendor credits round to nothing in their currencies&apos; units: there is nothing to pass on.</source>
        <translation>Les crédits fournisseurs sélectionnés s&apos;arrondissent à zéro dans les unités de leur devise&#xa0;: il n&apos;y a rien à transmettre.</translation>
    </message>
    <message>
        <source>Issue as Customer Credits</source>
        <translation>Émettre comme crédits clients</translation>
    </message>
    <message numerus="yes">
        <source>Issue %n vendor credit(s) as customer credits, each of its own amount rounded to the currency&apos;s units (%1)?</source>
        <translation>
            <numerusform>Émettre %n crédit fournisseur comme crédit client, de son montant arrondi aux unités de la devise (%1)&#xa0;?</numerusform>
            <numerusform>Émettre %n crédits fournisseurs comme crédits clients, chacun de son montant arrondi aux unités de la devise (%1)&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issued %n customer credit(s): %1.</source>
        <translation>
            <numerusform>%n crédit client émis&#xa0;: %1.</numerusform>
            <numerusform>%n crédits clients émis&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n round(s) to nothing in the currency&apos;s units and was passed over.</source>
        <translation>
            <numerusform>%n s&apos;arrondit à zéro dans les unités de la devise et a été ignoré.</numerusform>
            <numerusform>%n s&apos;arrondissent à zéro dans les unités de la devise et ont été ignorés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bursar::ui::VendorsPage</name>
    <message>
        <source>one per line, as the FOCUS file&apos;s ProviderName column writes it: Oracle</source>
        <translation>un par ligne, comme l&apos;écrit la colonne ProviderName du fichier FOCUS&#xa0;: Oracle</translation>
    </message>
    <message>
        <source>one per line, as usage files write the publisher: Oracle America, Inc.</source>
        <translation>une par ligne, comme les fichiers de consommation écrivent l&apos;éditeur&#xa0;: Oracle America, Inc.</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>The vendors whose usage Bursar bills. A FOCUS file&apos;s rows go to the vendor whose provider name they carry; a publisher that is not one of the vendor&apos;s own legal entities is a marketplace seller. Vendors are never removed: their usage, pricebooks, credits and statements keep their key.</source>
        <translation>Les fournisseurs dont Bursar facture la consommation. Les lignes d&apos;un fichier FOCUS vont au fournisseur dont elles portent le nom&#xa0;; un éditeur qui n&apos;est pas une des entités juridiques propres du fournisseur est un vendeur de place de marché. Les fournisseurs ne sont jamais retirés&#xa0;: leur consommation, leurs grilles tarifaires, leurs crédits et leurs relevés gardent leur clé.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Account label</source>
        <translation>Libellé de compte</translation>
    </message>
    <message>
        <source>Marketplace fees</source>
        <translation>Frais de place de marché</translation>
    </message>
    <message>
        <source>FOCUS provider names</source>
        <translation>Noms de fournisseur FOCUS</translation>
    </message>
    <message>
        <source>Legal entities</source>
        <translation>Entités juridiques</translation>
    </message>
    <message>
        <source>a name for the selected vendor</source>
        <translation>un nom pour le fournisseur sélectionné</translation>
    </message>
    <message>
        <source>Selected vendor:</source>
        <translation>Fournisseur sélectionné&#xa0;:</translation>
    </message>
    <message>
        <source>Add Provider Name</source>
        <translation>Ajouter un nom de fournisseur</translation>
    </message>
    <message>
        <source>Remove Provider Name</source>
        <translation>Retirer le nom de fournisseur</translation>
    </message>
    <message>
        <source>Add Entity</source>
        <translation>Ajouter une entité</translation>
    </message>
    <message>
        <source>Remove Entity</source>
        <translation>Retirer l&apos;entité</translation>
    </message>
    <message>
        <source>&lt;b&gt;New vendor&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nouveau fournisseur&lt;/b&gt;</translation>
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
        <translation>compte</translation>
    </message>
    <message>
        <source>Its marketplace fees are billed (as AWS&apos;s are; Azure&apos;s are not)</source>
        <translation>Ses frais de place de marché sont facturés (comme ceux d&apos;AWS&#xa0;; pas ceux d&apos;Azure)</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Account &amp;label:</source>
        <translation>&amp;Libellé de compte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;FOCUS provider names:</source>
        <translation>Noms de fournisseur &amp;FOCUS&#xa0;:</translation>
    </message>
    <message>
        <source>Legal &amp;entities:</source>
        <translation>&amp;Entités juridiques&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add Vendor</source>
        <translation>&amp;Ajouter le fournisseur</translation>
    </message>
    <message>
        <source>billed</source>
        <translation>facturés</translation>
    </message>
    <message>
        <source>not billed</source>
        <translation>non facturés</translation>
    </message>
    <message>
        <source>%1 added. Its usage can be imported now; give customers its accounts and a pricebook to bill it.</source>
        <translation>%1 ajouté. Sa consommation peut maintenant être importée&#xa0;; donnez aux clients ses comptes et une grille tarifaire pour le facturer.</translation>
    </message>
    <message>
        <source>Choose a vendor in the list first.</source>
        <translation>Choisissez d&apos;abord un fournisseur dans la liste.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 enregistré.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::Worker</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The work did not run.</source>
        <translation>Le travail ne s&apos;est pas exécuté.</translation>
    </message>
</context>
<context>
    <name>bursar::ui::WriteOffPage</name>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolérance</translation>
    </message>
    <message>
        <source>Tolerance (0 removes it)</source>
        <translation>Tolérance (0 la retire)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>A statement, debit memo, credit memo or payment with at most this much left can be written off from its view (Write Off): an adjustment memo of exactly what is left is released and applied, so both close. The document itself never changes. A currency without a tolerance cannot be written off.</source>
        <translation>Un relevé, une note de débit, un avoir ou un paiement auquel il reste au plus ce montant peut être passé en perte depuis sa vue (Passer en perte)&#xa0;: un document d&apos;ajustement d&apos;exactement ce qui reste est émis et imputé, si bien que les deux sont soldés. Le document lui-même ne change jamais. Une devise sans tolérance ne peut pas être passée en perte.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
</TS>
