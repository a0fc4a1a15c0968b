// The command line: global options, the command table and the main help. The commands
// themselves live in app/commands/, one file per command group.
#include "app/cli.h"

#include "app/commands/command.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <cstdio>
#include <functional>
#include <map>

namespace bursar::app {

void printError(const QString &message)
{
    QString oneLine = message.simplified();
    const QByteArray line = QByteArray("bursar: ") + oneLine.toUtf8() + '\n';
    std::fputs(line.constData(), stderr);
}

GlobalOptions parseGlobalOptions(const QStringList &args)
{
    GlobalOptions g;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!g.command.isEmpty()) {
            g.commandArgs << a;
        } else if (a == QLatin1String("--database") || a == QLatin1String("-d")) {
            if (i + 1 >= args.size()) {
                g.usageError = Cli::tr("--database needs a path, for example --database ~/bursar.sqlite");
                return g;
            }
            g.database = args.at(++i);
            if (g.database.trimmed().isEmpty())
                g.usageError = Cli::tr("--database needs a path, for example --database ~/bursar.sqlite");
        } else if (a.startsWith(QLatin1String("--database="))) {
            g.database = a.mid(11);
            if (g.database.trimmed().isEmpty())
                g.usageError = Cli::tr("--database needs a path, for example --database=~/bursar.sqlite");
        } else if (a == QLatin1String("--user")) {
            if (i + 1 >= args.size() || args.at(i + 1).trimmed().isEmpty()) {
                g.usageError = Cli::tr("--user needs a Bursar user name, for example --user alice");
                return g;
            }
            g.user = args.at(++i);
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            g.help = true;
        } else if (a == QLatin1String("--version")) {
            g.version = true;
        } else if (a.startsWith(u'-')) {
            // Qt's own GUI options (-platform, -style ...) pass through to QApplication.
            if (a == QLatin1String("-platform") || a == QLatin1String("-style") ||
                a == QLatin1String("-qwindowgeometry"))
                ++i;
            else if (!a.startsWith(QLatin1String("-reverse")) && !a.startsWith(QLatin1String("-qmljsdebugger")))
                g.usageError = Cli::tr("unknown option “%1” (see bursar --help)").arg(a);
        } else {
            g.command = a;
        }
    }
    return g;
}

bool needsGui(const GlobalOptions &options)
{
    // Painting documents needs fonts, which need a QGuiApplication (offscreen is enough).
    const QString sub = options.commandArgs.value(0);
    return options.command == QLatin1String("serve") ||                                    // the API writes PDFs
           (options.command == QLatin1String("notify") && sub == QLatin1String("send")) || // PDFs attached
           (options.command == QLatin1String("invoices") &&
            (sub == QLatin1String("export") || sub == QLatin1String("account"))) ||
           ((options.command == QLatin1String("memo") || options.command == QLatin1String("payment")) &&
            sub == QLatin1String("export"));
}

QString mainHelp()
{
    return Cli::
        tr("Usage: bursar [--database PATH] [COMMAND [ARGS...]]\n"
           "\n"
           "Without a command Bursar opens its window. With one it runs headless.\n"
           "\n"
           "Global options:\n"
           "  --database PATH   a SQLite file (default: %1) or a postgresql:// URL\n"
           "  --user NAME       act as this Bursar user (SQLite files; the administrator by default)\n"
           "  --help            this help; COMMAND --help for a command's own\n"
           "  --version         print the version\n"
           "\n"
           "Commands:\n"
           "  demo --customers N [--seed S]       fill an empty database with demo data\n"
           "  customers list [--format table|json|csv]\n"
           "  customers add --name NAME [--region R] [--state S] [--payment-terms DAYS] [--format json]\n"
           "  customers show ID [--format json]\n"
           "  customers map-account --customer ID --vendor V --account ACCOUNT\n"
           "  customers set-provider --customer ID --vendor V --currency CUR [--pricebook NAME] [--disabled]\n"
           "  tenants list [--format table|json]  the tenant tree with customer counts\n"
           "  tenants add --name NAME [--parent ID] [--format json]\n"
           "  users list [--format table|json]\n"
           "  users add --name NAME [--login LOGIN] (--privileges P1,P2,... | --all | --tenant ID | --customer ID)\n"
           "  users set --name NAME (--tenant ID | --customer ID | --all-tenants)   what the user sees\n"
           "  api-keys create --name N [--tenant ID | --customer ID] [--expires YYYY-MM-DD] [--format json]\n"
           "  api-keys list [--format json] | api-keys revoke --name N   (the key is printed once, at create)\n"
           "  serve [--listen 127.0.0.1:PORT] [--certificate F --key F] [--host NAME]... [--rate N]   the Billing API\n"
           "  notify settings [--enabled on|off] [--host H] [--port N] [--security none|starttls|tls] [--sender A]\n"
           "                  [--login L] [--subject T] [--body T]   the SMTP server statement emails go through\n"
           "  notify contact --customer ID [--email A] [--enabled on|off]   a customer's billing contact\n"
           "  notify send|list|log|resend   send what is due; the emails and their log; queue one again\n"
           "  users grant|revoke --name NAME (--privileges P1,P2,... | --all)\n"
           "  import usage FILE [--vendor V] [--as focus|aws-cur|azure|partner-center] [--replaces IMPORT]\n"
           "                    [--skip-provider NAME]... [--format json]\n"
           "  usage history|unmapped [--format table|json]   imported files; accounts without a customer\n"
           "  usage credits --vendor V --period YYYY-MM      the vendor's credits per customer and account\n"
           "  usage entities --vendor V [--add NAME | --remove NAME]   the vendor's own legal entities\n"
           "  vendors list|add|set   the vendors billed: vendors add --key KEY --name NAME [--focus-provider NAME]...\n"
           "  pricebooks add --name NAME --vendor V [--uplift P | --discount P] [--effective YYYY-MM-DD]\n"
           "  pricebooks set --name NAME --vendor V (--uplift P | --discount P) [--product PRODUCT] [--effective D]\n"
           "  pricebooks list [--vendor V] [--format table|json]\n"
           "  pricing global|charges|support add|list|end ...   discounts/uplifts, custom charges, support plans\n"
           "  report billing --vendor V --period YYYY-MM [--to YYYY-MM] [--format table|json|csv]\n"
           "  credits add --customer ID --vendor V --currency C --amount A [--comment T] [--expires YYYY-MM-DD]\n"
           "              [--marketplace] [--corrects CREDIT]   typed positive, stored negative\n"
           "  credits list [--customer ID] [--vendor V] [--format table|json|csv]\n"
           "  credits show CREDIT | credits void CREDIT --reason T\n"
           "  invoices generate --vendor V --period YYYY-MM (--all | --customer ID...) [--apply-credits] [--tax]\n"
           "                    [--marketplace-fees] [--marketplace-credits] [--format table|json]\n"
           "  invoices list [--customer ID] [--vendor V] [--period P [--to P]] [--status S] [--format table|json|csv]\n"
           "  invoices show ID|NUMBER [--currency C] [--format table|json]\n"
           "  invoices approve (ID... | --all [filters]) [--date YYYY-MM-DD]   numbers the drafts\n"
           "  invoices delete ID...               deletes drafts; their credits return\n"
           "  invoices numbering [--series S] [--pattern P]   a number pattern: statement (default), credit_memo,\n"
           "                    debit_memo or payment\n"
           "  invoices export (ID... | --vendor V --period YYYY-MM) --as pdf|csv|detailed-csv|ubl --out DIR\n"
           "                  [--pattern P] [--paper a4|letter] [--pdfa] [--csv-bom] [--csv-semicolon]\n"
           "  invoices account --customer ID [--as-of YYYY-MM-DD] --out FILE.pdf   statement of account\n"
           "  memo create --type credit|debit --customer ID [--currency C] [--date YYYY-MM-DD] --description T\n"
           "              --line \"DESC|QTY|UOM|PRICE|DISCOUNT|TAXCAT\"... [--adjusts DOC] [--branch B] [--salesperson "
           "P]\n"
           "  memo update ID [--description T] [--line ...]... [--date D] [--adjusts DOC | --no-adjusts] ...   Hold "
           "only\n"
           "  memo release ID... | memo delete ID... | memo cancel ID [--date D] [--reason T]\n"
           "  memo list [--type credit|debit] [--customer ID] [--status S] [--format table|json|csv] | memo show ID\n"
           "  memo export ID... --as pdf|ubl --out DIR   memos and payments as documents (UBL: memos only)\n"
           "  payment record --customer ID --amount A --currency C [--date D] [--method M] [--reference T]\n"
           "  payment list|show ...\n"
           "  apply --from DOC (--to DOC --amount A ... | --auto [--policy P]) [--date D] [--preview]\n"
           "  unapply APPLICATION [--date D]      reverses one application; the others stay\n"
           "  write-off DOC [--date D] | write-off tolerance [--currency C --amount A]   small balances\n"
           "  report balance --customer ID [--as-of D] [--format table|json]\n"
           "  report aging --as-of YYYY-MM-DD [--tenant ID] [--customer ID] [--format table|json|csv]\n"
           "  report numbering [--series S] [--format table|json]   every number, its document, any hole\n"
           "  report credits --expiring [--as-of D] [--format table|json|csv]   credits expiring in 30/60/90 days\n"
           "  services-credits purchase add --customer ID --credits N --value V [--paid P] --currency C --start D\n"
           "                   --expires D [--draft] [--description T] | purchase edit|list|show|draft|undraft ...\n"
           "  services-credits allocate --milestone ID (--purchase ID --credits N | --auto) | --all-open [--on D]\n"
           "  services-credits release-allocation --milestone ID [--purchase ID [--credits N]] | expire [--as-of D]\n"
           "  services-credits settings [--paid-equals-value on|off] [--grace-days N] ...   Settings > Services "
           "Credits\n"
           "  opportunity add --customer ID --name T | add-product --opportunity ID --name T --quantity Q --price P\n"
           "              [--credits N] | list | show ID | create-purchases ID [--currency C] [--format json]\n"
           "  project add --customer ID --name T | project list | project milestone add --project ID --name T\n"
           "          --credits N [--due D] | project complete-milestone ID | project reopen-milestone ID --reason T\n"
           "  report services-credits [--expiring-within DAYS] [--roll-forward --from D --to D] [--format json|csv]\n"
           "  tax set --region R [--state S] --rate PERCENT [--from YYYY-MM-DD] [--name NAME] | tax list\n"
           "  tax category list [--format table|json] | tax category set NAME [--no-region-rate] [--no-state-rate]\n"
           "  tax category remove NAME            tax categories of memo lines\n"
           "  rates set --from C --to C --rate R [--date YYYY-MM-DD] | rates list   exchange rates\n"
           "  einvoice seller [--legal-name T] [--vat-id ID] [--company-id ID] [--endpoint ID --scheme EAS]\n"
           "                  [--iban IBAN] [--bic BIC] [--vat-currency C]   what our e-invoices name us by\n"
           "  einvoice customer ID [--receives yes|no] [--vat-id ID] [--endpoint ID --scheme EAS]\n"
           "                  [--buyer-reference T] [--tax-category Z|E|AE|K|G|O|auto] [--exemption-reason T]\n"
           "  einvoice check ID... [--memo] [--format json]   the rule and field that stop a UBL export\n"
           "  einvoice exports ID [--memo] [--format json]   the UBL files written, with their SHA-256\n"
           "  db path [--if-exists]               print the database path\n"
           "  db check                            check the database for damage\n"
           "  db copy --from FILE --to postgresql://...   move a SQLite database into a new shared one\n"
           "  db backup --to FILE [--replace]     a consistent copy, even while the window writes (SQLite)\n"
           "  db restore --from FILE              checks the backup, keeps the database as it was, restores\n"
           "  audit verify [--format table|json]   check the audit log's hash chain; names the first row that "
           "does not fit\n"
           "\n"
           "Exit codes: 0 success, 1 failure, 2 wrong usage. Errors are one line on stderr.\n")
            .arg(Database::defaultPath());
}

int runCommand(const GlobalOptions &options)
{
    Context ctx{options, nullptr};
    static const std::map<QString, std::function<int(Context &, const QStringList &)>> commands{
        {QStringLiteral("demo"), cmdDemo},
        {QStringLiteral("customers"), cmdCustomers},
        {QStringLiteral("tenants"), cmdTenants},
        {QStringLiteral("users"), cmdUsers},
        {QStringLiteral("api-keys"), cmdApiKeys},
        {QStringLiteral("serve"), cmdServe},
        {QStringLiteral("notify"), cmdNotify},
        {QStringLiteral("db"), cmdDb},
        {QStringLiteral("audit"), cmdAudit},
        {QStringLiteral("import"), cmdImport},
        {QStringLiteral("usage"), cmdUsage},
        {QStringLiteral("vendors"), cmdVendors},
        {QStringLiteral("services-credits"), cmdServicesCredits},
        {QStringLiteral("opportunity"), cmdOpportunity},
        {QStringLiteral("project"), cmdProject},
        {QStringLiteral("pricebooks"), cmdPricebooks},
        {QStringLiteral("pricing"), cmdPricing},
        {QStringLiteral("report"), cmdReport},
        {QStringLiteral("credits"), cmdCredits},
        {QStringLiteral("invoices"), cmdInvoices},
        {QStringLiteral("tax"), cmdTax},
        {QStringLiteral("einvoice"), cmdEInvoice},
        {QStringLiteral("rates"), cmdRates},
        {QStringLiteral("memo"), cmdMemo},
        {QStringLiteral("payment"), cmdPayment},
        {QStringLiteral("apply"), cmdApply},
        {QStringLiteral("unapply"), cmdUnapply},
        {QStringLiteral("write-off"), cmdWriteOff},
    };
    if (auto it = commands.find(options.command); it != commands.end())
        return it->second(ctx, options.commandArgs);
    return usage(Cli::tr("unknown command “%1” (see bursar --help)").arg(options.command));
}

} // namespace bursar::app
