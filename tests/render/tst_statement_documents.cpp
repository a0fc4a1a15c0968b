// Statement documents, checked the way a reader gets them: real PDFs read back with
// poppler's pdftotext (numbers, totals, page X of Y, repeated table headers, wrapped long
// names), pdffonts (every font embedded), pdfinfo (title, paper, PDF/A) and pdftoppm (a page
// that is not blank); the CSV and the Detailed CSV parsed again and reconciled to the
// statement total exactly; batch export written atomically. SQLite and PostgreSQL.
#include "core/billing/billing_run.h"
#include "core/billing/credit.h"
#include "core/billing/credit_service.h"
#include "core/billing/rate_tables.h"
#include "core/billing/statement.h"
#include "core/billing/statement_exports.h"
#include "core/billing/statement_service.h"
#include "core/customers/customer_service.h"
#include "core/finance/account_statement.h"
#include "core/finance/ar_service.h"
#include "core/formats/statement_export.h"
#include "core/pricing/pricing_rules.h"
#include "core/pricing/pricing_service.h"
#include "core/settings/account_info_service.h"
#include "core/settings/document_settings.h"
#include "core/usage/csv_reader.h"
#include "render/document_language.h"
#include "render/formats.h"
#include "render/statement_pdf.h"
#include "tests/support/test_database.h"
#include "tests/support/usage_fixture.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace bursar::core;
using namespace bursar::render;
using bursar::test::customerWith;
using bursar::test::dec;
using bursar::test::importRows;
using bursar::test::TestDatabase;
using Row = bursar::test::UsageRow;

namespace {

/// Runs a poppler tool and returns what it printed.
QByteArray poppler(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(tool), p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

QString saved(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

/// The PDF's text: laid out as on the page, or (raw) in the order it was drawn.
QString textOf(const QString &pdf, bool raw = false)
{
    return QString::fromUtf8(
        poppler(QStringLiteral("pdftotext"),
                {raw ? QStringLiteral("-raw") : QStringLiteral("-layout"), pdf, QStringLiteral("-")}));
}

/// Words drawn over each other or past the page's edge, as poppler reads their boxes: a
/// column too narrow for its amount shows up here even when the text reads whole.
QStringList collisions(const QString &pdf)
{
    const QString xml =
        QString::fromUtf8(poppler(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")}));
    static const QRegularExpression pageRe(QStringLiteral("<page width=\"([0-9.]+)\""));
    static const QRegularExpression wordRe(QStringLiteral(
        "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>"));
    struct Word
    {
        double x0, y0, x1, y1;
        QString text;
    };
    QStringList problems;
    // Page by page: the words of one page are compared with each other.
    const QStringList pages = xml.split(QStringLiteral("<page "), Qt::SkipEmptyParts);
    for (const QString &page : pages.mid(1)) {
        const double width = pageRe.match(QStringLiteral("<page ") + page).captured(1).toDouble();
        QList<Word> words;
        for (auto it = wordRe.globalMatch(page); it.hasNext();) {
            const auto m = it.next();
            words.append({m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3).toDouble(),
                          m.captured(4).toDouble(), m.captured(5)});
        }
        for (qsizetype i = 0; i < words.size(); ++i) {
            const Word &a = words.at(i);
            if (a.x0 < 0 || a.x1 > width)
                problems << QStringLiteral("“%1” is past the page's edge").arg(a.text);
            for (qsizetype j = i + 1; j < words.size(); ++j) {
                const Word &b = words.at(j);
                const double sameLine = std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
                const double across = std::min(a.x1, b.x1) - std::max(a.x0, b.x0);
                if (sameLine > 0.5 * std::min(a.y1 - a.y0, b.y1 - b.y0) && across > 0.5)
                    problems << QStringLiteral("“%1” and “%2” overlap").arg(a.text, b.text);
            }
        }
    }
    return problems;
}

QString withoutSpace(QString s)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return s.remove(space);
}

/// Parses CSV bytes with Bursar's own RFC 4180 reader.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<QStringList> rows;
    while (reader.next() == CsvReader::Step::Record) {
        QStringList row;
        for (QByteArrayView f : reader.fields())
            row << QString::fromUtf8(f);
        rows << row;
    }
    return rows;
}

} // namespace

class TestStatementDocuments : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_t;
    QTemporaryDir m_dir;
    qint64 m_book = 0;
    int m_accounts = 0;

    /// One customer with `rows` of usage in `currency` for September, billed with credits and
    /// tax as asked; returns the statement, approved when `approve`.
    Statement bill(const QString &name, const QString &currency, const QList<Row> &rows, const char *credit = nullptr,
                   bool approve = true, bool tax = true)
    {
        const QString account = QStringLiteral("9%1").arg(++m_accounts, 11, 10, QChar(u'0'));
        const qint64 c = customerWith(*m_t, name, Vendor::Aws, account, m_book, currency, QStringLiteral("US"),
                                      QStringLiteral("WA"));
        CustomerService customers(m_t->db());
        Customer cu = *customers.customer(c);
        cu.contact.addressLine1 = QStringLiteral("1 Harbour Street");
        cu.contact.city = QStringLiteral("Seattle");
        cu.contact.postalCode = QStringLiteral("98101");
        cu.contact.country = QStringLiteral("United States");
        if (!customers.updateCustomer(cu).ok())
            qFatal("customer");
        if (credit)
            (void)CreditService(m_t->db()).add(
                {c, Vendor::Aws, CreditKind::Manual, currency, QString::fromLatin1(credit), {}, {}, 0});
        QList<Row> mine = rows;
        for (Row &r : mine) {
            r.account = account.toLatin1();
            r.currency = currency.toLatin1();
        }
        if (auto imported = importRows(*m_t, mine); !imported)
            qFatal("import: %s", qPrintable(imported.message()));
        GenerateRequest r;
        r.period = QStringLiteral("2026-09");
        r.customers = QList<qint64>{c};
        r.options = {true, tax, true, true};
        auto run = BillingRun(m_t->db()).generate(r);
        if (!run || run->generated.size() != 1)
            qFatal("generate: %s", run ? qPrintable(run->failed.value(0).message) : qPrintable(run.message()));
        const qint64 id = run->generated.first().statementId;
        if (approve && !StatementService(m_t->db()).approve({id}, QDate(2026, 10, 5)).ok())
            qFatal("approve");
        return *StatementService(m_t->db()).statement(id);
    }

    StatementDocument document(const Statement &s)
    {
        return {s, AccountInfoService(m_t->db()).load()->logo, QDate(2026, 10, 20)};
    }

    QString pdf(const Statement &s, const QString &name, DocumentOptions options = {})
    {
        auto bytes = statementPdf(document(s), options);
        if (!bytes)
            qFatal("pdf: %s", qPrintable(bytes.message()));
        return saved(m_dir, name, *bytes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        registerFormats();
        installDocumentTranslator(*QCoreApplication::instance());
    }

    void init()
    {
        m_t = std::make_unique<TestDatabase>();
        AccountInfoService info(m_t->db());
        AccountInfo ours = *info.load();
        ours.companyName = QStringLiteral("Northwind Cloud Distribution Ltd");
        ours.contact.addressLine1 = QStringLiteral("1200 Harbor Way");
        ours.contact.city = QStringLiteral("Seattle");
        ours.contact.email = QStringLiteral("billing@northwind.example");
        QFile logo(QStringLiteral(":/bursar/demo-logo.svg"));
        if (logo.open(QIODevice::ReadOnly)) {
            ours.logo = logo.readAll();
            ours.logoMime = QStringLiteral("image/svg+xml");
        }
        QVERIFY(info.save(ours).ok());
        m_book = PricingService(m_t->db(), QDate(2026, 8, 1))
                     .addPricebook(Vendor::Aws, QStringLiteral("Std"), dec("10"))
                     ->first;
        QVERIFY(TaxTable(m_t->db())
                    .set(QStringLiteral("US"), QStringLiteral("WA"), QStringLiteral("10.25"), QDate(2026, 1, 1))
                    .ok());
    }
    void cleanup() { m_t.reset(); }

    /// One page: the numbers a customer reads, the statement number, page 1 of 1, fonts
    /// embedded, title set, a page that is not blank.
    void onePage_numbersFontsAndPicture()
    {
        const Statement s = bill(QStringLiteral("Acme Retail Inc."), QStringLiteral("USD"),
                                 {{"", "Amazon Elastic Compute Cloud", "1000"},
                                  {"", "Amazon S3", "200", "2026-09", "AWS", "Usage", "USD", "Storage"}},
                                 "400");
        QCOMPARE(s.total.toString(), QStringLiteral("1014.3")); // (1,100 + 220 - 400) + 10.25 % of 920
        const QString path = pdf(s, QStringLiteral("one.pdf"));
        const QString text = textOf(path);
        for (const QString &expected :
             {s.number, QStringLiteral("Acme Retail Inc."), QStringLiteral("Customer ID #"),
              QStringLiteral("Northwind Cloud Distribution Ltd"), QStringLiteral("Amazon Elastic Compute Cloud"),
              QStringLiteral("1,100.00"), QStringLiteral("220.00"), QStringLiteral("1,320.00"),
              QStringLiteral("-400.00"), QStringLiteral("94.30"), QStringLiteral("USD 1,014.30"),
              QStringLiteral("Page 1 of 1"), QStringLiteral("2026-11-04"), QStringLiteral("Subtotal Compute")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
        QVERIFY(!text.contains(QStringLiteral("DRAFT")));
        const QString fonts = QString::fromUtf8(poppler(QStringLiteral("pdffonts"), {path}));
        const QStringList fontRows = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fontRows.isEmpty());
        for (const QString &row : fontRows)
            QVERIFY2(row.split(u' ', Qt::SkipEmptyParts).value(row.split(u' ', Qt::SkipEmptyParts).size() - 5) ==
                         QLatin1String("yes"),
                     qPrintable(fonts));
        const QString info = QString::fromUtf8(poppler(QStringLiteral("pdfinfo"), {path}));
        QVERIFY2(info.contains(QStringLiteral("Title:           Billing Statement ") + s.number), qPrintable(info));
        QVERIFY(info.contains(QStringLiteral("Creator:         Bursar")));
        QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
        poppler(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                                             QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                             QStringLiteral("1"), path, m_dir.filePath(QStringLiteral("one"))});
        QImage page(m_dir.filePath(QStringLiteral("one-1.png")));
        QVERIFY(!page.isNull());
        int ink = 0;
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x)
                if (qGray(page.pixel(x, y)) < 200)
                    ++ink;
        QVERIFY2(ink > page.width() * page.height() / 50, qPrintable(QString::number(ink)));
        QDir().mkpath(QStringLiteral(BURSAR_SCREENSHOT_DIR));
        QFile::remove(QStringLiteral(BURSAR_SCREENSHOT_DIR "/statement-one-page.png"));
        QFile::copy(m_dir.filePath(QStringLiteral("one-1.png")),
                    QStringLiteral(BURSAR_SCREENSHOT_DIR "/statement-one-page.png"));
    }

    /// 300 lines: the table header repeats on every page, every page says "Page X of Y",
    /// every line is there, and the summary ends it.
    void threeHundredLines_repeatHeaderAndPageXofY()
    {
        QList<Row> rows;
        const QByteArrayList types{"Compute", "Databases", "Networking", "Storage", "Analytics"};
        for (int i = 1; i <= 300; ++i)
            rows.append({"", "Service " + QByteArray::number(i).rightJustified(3, '0'), QByteArray::number(i) + ".25",
                         "2026-09", "AWS", "Usage", "USD", types.at(i % 5)});
        const Statement s = bill(QStringLiteral("Many Lines LLC"), QStringLiteral("USD"), rows);
        QCOMPARE(s.lines.size(), 300);
        const QString path = pdf(s, QStringLiteral("many.pdf"));
        const QString text = textOf(path);
        poppler(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), path,
                                             QStringLiteral(BURSAR_SCREENSHOT_DIR "/statement-300-lines")});
        const int pages = int(text.count(u'\f')) + (text.endsWith(u'\f') ? 0 : 1);
        QVERIFY2(pages >= 5, qPrintable(QString::number(pages)));
        const QStringList pageTexts = text.split(u'\f', Qt::SkipEmptyParts);
        QCOMPARE(pageTexts.size(), pages);
        for (int i = 0; i < pages; ++i) {
            QVERIFY2(pageTexts.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages)),
                     qPrintable(pageTexts.at(i)));
            if (i + 1 < pages || pageTexts.at(i).contains(QStringLiteral("Service")))
                QVERIFY2(pageTexts.at(i).contains(QStringLiteral("Description")) &&
                             pageTexts.at(i).contains(QStringLiteral("Amount (USD)")),
                         qPrintable(QStringLiteral("no table header on page %1").arg(i + 1)));
            if (i > 0)
                QVERIFY(pageTexts.at(i).contains(QStringLiteral("(continued)")));
        }
        for (int i = 1; i <= 300; ++i)
            QVERIFY2(text.contains(QStringLiteral("Service %1").arg(i, 3, 10, QChar(u'0'))),
                     qPrintable(QString::number(i)));
        QVERIFY(pageTexts.last().contains(QStringLiteral("Amount due")));
        // 300 × 0.25 + (1 + ... + 300) = 45,225 at cost; +10 % = 49,747.50; +10.25 % tax.
        QCOMPARE(s.charges.toString(), QStringLiteral("49747.5"));
        QVERIFY(text.contains(QStringLiteral("49,747.50")));
        QVERIFY(text.contains(QStringLiteral("USD 54,846.62"))); // 49,747.50 + 5,099.12
    }

    void currencies_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QByteArray>("cost");
        QTest::addColumn<QStringList>("shown");
        QTest::newRow("JPY, no decimals") << "JPY" << QByteArray("12345.6789") << QStringList{"13,580", "JPY 14,972"};
        QTest::newRow("KWD, three decimals") << "KWD" << QByteArray("9.2031") << QStringList{"10.123", "KWD 11.161"};
    }
    void currencies()
    {
        QFETCH(QString, currency);
        QFETCH(QByteArray, cost);
        QFETCH(QStringList, shown);
        const Statement s = bill(QStringLiteral("Yen Ltd"), currency, {{"", "Amazon EC2", cost}});
        const QString path = pdf(s, currency + QStringLiteral(".pdf"));
        const QString text = textOf(path);
        poppler(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), path,
                                             QStringLiteral(BURSAR_SCREENSHOT_DIR "/statement-") + currency});
        for (const QString &expected : shown)
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
    }

    /// A 200-character product name wraps; every character of it is on the page.
    void longProductName_wrapsAndIsWhole()
    {
        QByteArray name =
            "Amazon Elastic Compute Cloud reserved capacity for the EU-Frankfurt region, three years, all upfront, "
            "with dedicated hosts and an extended support plan for production workloads of";
        name += QByteArray(200 - name.size(), 'x');
        QCOMPARE(name.size(), 200);
        const Statement s = bill(QStringLiteral("Long Names GmbH"), QStringLiteral("EUR"), {{"", name, "10"}});
        // Read in drawing order: the laid-out text puts the amount between the name's lines.
        const QString text = textOf(pdf(s, QStringLiteral("long.pdf")), true);
        QVERIFY2(withoutSpace(text).contains(withoutSpace(QString::fromLatin1(name))), qPrintable(text.left(1500)));
        QVERIFY(!text.contains(QStringLiteral("…")));
    }

    /// Credits above the charges: the statement shows 0.00, the rest carries over.
    void zeroTotal_whenCreditsExceedCharges()
    {
        const Statement s =
            bill(QStringLiteral("Credited Inc."), QStringLiteral("USD"), {{"", "Amazon EC2", "100"}}, "5000");
        QCOMPARE(s.total.toString(), QStringLiteral("0"));
        const QString text = textOf(pdf(s, QStringLiteral("zero.pdf")));
        QVERIFY(text.contains(QStringLiteral("-110.00")));
        QVERIFY2(text.contains(QStringLiteral("USD 0.00")), qPrintable(text));
    }

    /// A draft: DRAFT watermark and no number anywhere.
    void draft_hasWatermarkAndNoNumber()
    {
        const Statement s =
            bill(QStringLiteral("Draft Co"), QStringLiteral("USD"), {{"", "Amazon EC2", "10"}}, nullptr, false);
        QVERIFY(s.number.isEmpty());
        const QString path = pdf(s, QStringLiteral("draft.pdf"));
        const QString text = textOf(path);
        QVERIFY(text.contains(QStringLiteral("DRAFT")));
        QVERIFY(!text.contains(QStringLiteral("INV-")));
        QVERIFY(text.contains(QStringLiteral("on approval")));
        poppler(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), path,
                                             QStringLiteral(BURSAR_SCREENSHOT_DIR "/statement-draft")});
    }

    /// Amounts read as the chosen locale writes them; the settings choose it.
    void locale_formatsAmounts()
    {
        const Statement s = bill(QStringLiteral("Deutsch GmbH"), QStringLiteral("EUR"), {{"", "Amazon EC2", "1200"}});
        DocumentSettings settings = *DocumentSettingsService(m_t->db()).load();
        settings.locale = QStringLiteral("de_DE");
        QVERIFY(DocumentSettingsService(m_t->db()).save(settings).ok());
        const QString text =
            textOf(pdf(s, QStringLiteral("de.pdf"), documentOptions(*DocumentSettingsService(m_t->db()).load())));
        QVERIFY2(text.contains(QStringLiteral("1.320,00")), qPrintable(text)); // 1,200 + 10 %
        QVERIFY(text.contains(QStringLiteral("EUR 1.455,30")));                // + 10.25 % tax
        settings.locale = QStringLiteral("german");
        QVERIFY(!DocumentSettingsService(m_t->db()).save(settings).ok());
    }

    void paperAndPdfA()
    {
        const Statement s = bill(QStringLiteral("Letter Corp"), QStringLiteral("USD"), {{"", "Amazon EC2", "10"}});
        DocumentOptions letter;
        letter.paper = QPageSize::Letter;
        letter.pdfA = true;
        const QString path = pdf(s, QStringLiteral("letter.pdf"), letter);
        const QString info = QString::fromUtf8(poppler(QStringLiteral("pdfinfo"), {path}));
        QVERIFY2(info.contains(QStringLiteral("612 x 792 pts (letter)")), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("Metadata Stream: yes")), qPrintable(info)); // PDF/A carries XMP metadata
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("pdfaid:part"));
    }

    /// The Detailed CSV, parsed back: every record but the total adds up to the total,
    /// exactly, with conversions, support plans, marketplace, credits, tax and rounding.
    void detailedCsv_reconcilesToTheTotal_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<bool>("semicolon");
        QTest::newRow("USD") << "USD" << false;
        QTest::newRow("JPY (rounding record)") << "JPY" << false;
        QTest::newRow("KWD, semicolons and decimal commas") << "KWD" << true;
        QTest::newRow("EUR converted from USD") << "EUR" << false;
    }
    void detailedCsv_reconcilesToTheTotal()
    {
        QFETCH(QString, currency);
        QFETCH(bool, semicolon);
        if (currency == QLatin1String("EUR"))
            QVERIFY(ExchangeRates(m_t->db())
                        .set(QStringLiteral("USD"), QStringLiteral("EUR"), QDate(2026, 9, 30), QStringLiteral("0.9215"))
                        .ok());
        const QByteArray usage = currency == QLatin1String("EUR") ? "USD" : currency.toLatin1();
        QList<Row> rows{{"", "Amazon EC2", "4115.2263000000"},
                        {"", "Amazon EC2", "4115.2263000000"},
                        {"", "Amazon EC2", "4115.2263000000"},
                        {"", "Amazon S3", "0.0000564902", "2026-09", "AWS", "Usage", usage, "Storage"},
                        {"", "Amazon S3", "1.1234567890123456", "2026-09", "AWS", "Usage", usage, "Storage"},
                        {"", "Firewall", "77.7777", "2026-09", "Acme Security LLC", "Usage", usage, "Security"}};
        for (Row &r : rows)
            r.currency = usage;
        // Statement lines in the invoice currency; the usage converted when they differ.
        const QString account = QStringLiteral("9%1").arg(++m_accounts, 11, 10, QChar(u'0'));
        const qint64 c = customerWith(*m_t, QStringLiteral("Recon %1").arg(currency), Vendor::Aws, account, m_book,
                                      currency, QStringLiteral("US"), QStringLiteral("WA"));
        SupportPlan plan{0, c, Vendor::Aws, QStringLiteral("Business"), dec("7.5"), dec("0"), currency, {}, {}};
        QVERIFY(PricingService(m_t->db(), QDate(2026, 8, 1)).addSupportPlan(plan).ok());
        QVERIFY(CreditService(m_t->db())
                    .add({c, Vendor::Aws, CreditKind::Manual, currency, QStringLiteral("100"), {}, {}, 0})
                    .ok());
        QVERIFY(CreditService(m_t->db())
                    .add({c, Vendor::Aws, CreditKind::Marketplace, currency, QStringLiteral("5"), {}, {}, 0})
                    .ok());
        for (Row &r : rows)
            r.account = account.toLatin1();
        QVERIFY(importRows(*m_t, rows).ok());
        GenerateRequest r;
        r.period = QStringLiteral("2026-09");
        r.customers = QList<qint64>{c};
        r.options = {true, true, true, true};
        auto run = BillingRun(m_t->db()).generate(r);
        QVERIFY2(run.ok() && run->generated.size() == 1,
                 run ? qPrintable(run->failed.value(0).message) : qPrintable(run.message()));
        const Statement s = *StatementService(m_t->db()).statement(run->generated.first().statementId);
        CsvOptions options;
        options.semicolon = semicolon;
        options.bom = semicolon;
        auto csv = StatementExports::detailedCsv(m_t->db(), s, options);
        QVERIFY2(csv.ok(), qPrintable(csv.message()));
        QCOMPARE(csv->startsWith("\xEF\xBB\xBF"), semicolon);
        QByteArray body = semicolon ? csv->mid(3) : *csv;
        if (semicolon) // Bursar's reader takes commas; the test swaps the separators back
            body.replace(',', '.').replace(';', ',');
        const QList<QStringList> records = parseCsv(body);
        QVERIFY(records.size() > 8);
        const QStringList header = records.first();
        const int kind = int(header.indexOf(QStringLiteral("record"))),
                  amount = int(header.indexOf(QStringLiteral("amount")));
        Decimal sum, total;
        int usageLines = 0;
        QSet<QString> kinds;
        for (const QStringList &rec : records.mid(1)) {
            const Decimal a = *Decimal::parse(rec.at(amount));
            kinds.insert(rec.at(kind));
            if (rec.at(kind) == QLatin1String("total"))
                total = a;
            else
                sum += a;
            usageLines += rec.at(kind) == QLatin1String("usage");
        }
        QCOMPARE(usageLines, 6);
        QCOMPARE(total, s.total);
        QCOMPARE(sum, s.total);
        for (const char *k : {"usage", "charge", "credit", "marketplace-credit", "tax", "total"})
            QVERIFY2(kinds.contains(QString::fromLatin1(k)), k);
        if (currency == QLatin1String("JPY"))
            QVERIFY(kinds.contains(QStringLiteral("rounding")));
        // The summary CSV adds up too.
        const QList<QStringList> summary = parseCsv(StatementExports::summaryCsv(s));
        const int sAmount = int(summary.first().indexOf(QStringLiteral("amount"))),
                  sRecord = int(summary.first().indexOf(QStringLiteral("record")));
        Decimal summarySum;
        for (const QStringList &rec : summary.mid(1))
            if (rec.at(sRecord) != QLatin1String("total"))
                summarySum += *Decimal::parse(rec.at(sAmount));
        QCOMPARE(summarySum, s.total);
    }

    /// Batch export: every file whole under its name, nothing temporary left behind; a
    /// missing folder is refused; cancel stops.
    void batchExport_atomicFilesAndCancel()
    {
        QList<qint64> ids;
        for (int i = 0; i < 6; ++i)
            ids << bill(QStringLiteral("Batch %1").arg(i), QStringLiteral("USD"), {{"", "Amazon EC2", "10"}}, nullptr,
                        i % 2 == 0)
                       .id;
        QTemporaryDir out;
        ExportRequest request;
        request.statements = ids;
        request.folder = out.path();
        StatementExporter exporter(m_t->db());
        int calls = 0;
        auto result = exporter.run(request, [&](int done, int total) {
            ++calls;
            return done <= total;
        });
        QVERIFY2(result.ok(), qPrintable(result.message()));
        QCOMPARE(result->written.size(), 6);
        QVERIFY(result->failed.isEmpty());
        QVERIFY(calls > 0);
        QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 6);
        for (const QString &path : std::as_const(result->written)) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(bytes.startsWith("%PDF-") && bytes.trimmed().endsWith("%%EOF"), qPrintable(path));
        }
        QVERIFY(result->written.first().endsWith(QStringLiteral("-INV-2026-000001.pdf")));
        QVERIFY(result->written.at(1).contains(QStringLiteral("-DRAFT-")));
        request.format = QStringLiteral("detailed-csv");
        request.pattern = QStringLiteral("{id}");
        auto csv = exporter.run(request);
        QCOMPARE(csv->written.size(), 6);
        QVERIFY(csv->written.first().endsWith(QStringLiteral("-detailed.csv")));
        request.folder = out.filePath(QStringLiteral("missing"));
        auto missing = exporter.run(request);
        QVERIFY(!missing.ok());
        QVERIFY(missing.message().contains(QStringLiteral("does not exist")));
        QTemporaryDir cancelled;
        request.folder = cancelled.path();
        request.format = QStringLiteral("pdf");
        auto stopped = exporter.run(request, [](int, int) { return false; });
        QVERIFY(stopped.ok());
        QVERIFY(stopped->cancelled);
        QVERIFY(stopped->written.size() < 6);
        for (const QString &name : QDir(cancelled.path()).entryList(QDir::Files))
            QVERIFY2(name.endsWith(QStringLiteral(".pdf")), qPrintable(name)); // no temporary file left
        request.pattern = QStringLiteral("{customer}");
        QVERIFY(!exporter.run(request).ok()); // two statements of one customer would share a name
    }

    /// One registry: core's CSVs and UBL and render's PDF, in order, found by key in any case;
    /// the exporter writes whatever is registered under its suffix.
    void formats_oneRegistry()
    {
        QStringList keys;
        for (const DocumentFormat &f : DocumentFormats::all())
            keys << f.key + f.suffix;
        QCOMPARE(keys, (QStringList{QStringLiteral("pdf.pdf"), QStringLiteral("csv.csv"),
                                    QStringLiteral("detailed-csv-detailed.csv"), QStringLiteral("ubl.xml")}));
        QCOMPARE(DocumentFormats::keyList(), QStringLiteral("pdf, csv, detailed-csv or ubl"));
        QVERIFY(DocumentFormats::find(QStringLiteral("UBL"))->keepsExports); // its files are kept with their hash
        QVERIFY(DocumentFormats::find(QStringLiteral("ubl"))->writeMemo);    // memos as CreditNote / Invoice 383
        QVERIFY(DocumentFormats::find(QStringLiteral("Detailed-CSV")));
        QVERIFY(!DocumentFormats::find(QStringLiteral("xlsx")));
        QVERIFY(DocumentFormats::find(QStringLiteral("detailed-csv"))->needsDatabase); // reads usage lines
        QVERIFY(!DocumentFormats::find(QStringLiteral("pdf"))->needsDatabase);         // painted on every core

        const Statement s = bill(QStringLiteral("Registry Ltd"), QStringLiteral("USD"), {{"", "Amazon EC2", "10"}});
        QTemporaryDir out;
        ExportRequest request;
        request.statements = {s.id};
        request.folder = out.path();
        request.format = QStringLiteral("csv");
        auto written = StatementExporter(m_t->db()).run(request);
        QVERIFY2(written.ok(), qPrintable(written.message()));
        QCOMPARE(written->written.size(), 1);
        QVERIFY(written->written.first().endsWith(s.number + QStringLiteral(".csv")));
        request.format = QStringLiteral("xlsx");
        auto unknown = StatementExporter(m_t->db()).run(request);
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.message().contains(QStringLiteral("pdf, csv, detailed-csv or ubl")),
                 qPrintable(unknown.message()));
    }

    /// The statement of account: open statements and the balance as of a date.
    void accountStatement_openDocumentsAndBalance()
    {
        const Statement a = bill(QStringLiteral("Owing Ltd"), QStringLiteral("USD"), {{"", "Amazon EC2", "100"}});
        StatementExporter exporter(m_t->db());
        auto doc = AccountStatements(m_t->db()).asOf(a.customerId, QDate(2026, 12, 1));
        QVERIFY(doc.ok());
        QCOMPARE(doc->documents.size(), 1);
        QCOMPARE(doc->documents.first().balance, a.total);
        auto bytes = accountStatementPdf(*doc, {});
        QVERIFY(bytes.ok());
        const QString text = textOf(saved(m_dir, QStringLiteral("account.pdf"), *bytes));
        QVERIFY2(text.contains(a.number), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Statement of Account")));
        QVERIFY(text.contains(QStringLiteral("Balance USD 121.28"))); // 110 + 10.25 %
        QVERIFY(text.contains(QStringLiteral("1–30 days 121.28")));   // due 2026-11-04, 27 days late on 2026-12-01
        auto before = AccountStatements(m_t->db()).asOf(a.customerId, QDate(2026, 10, 1));
        QVERIFY(before->documents.isEmpty()); // issued on 2026-10-05
        // A payment not applied yet is on the statement of account as its own negative line.
        QVERIFY(ArDocuments(m_t->db()).recordPayment(
            {a.customerId, QStringLiteral("21.28"), QStringLiteral("USD"), QDate(2026, 11, 20), {}, {}}));
        auto withPayment = AccountStatements(m_t->db()).asOf(a.customerId, QDate(2026, 12, 1));
        QCOMPARE(withPayment->documents.size(), 2);
        QCOMPARE(withPayment->balances.first().balance, dec("100"));
        QCOMPARE(withPayment->balances.first().unapplied, dec("-21.28"));
        const QString paid =
            textOf(saved(m_dir, QStringLiteral("account-paid.pdf"), *accountStatementPdf(*withPayment, {})));
        QVERIFY2(paid.contains(QStringLiteral("PAY-2026-000001")), qPrintable(paid));
        QVERIFY(paid.contains(QStringLiteral("Balance USD 100.00")));
        QVERIFY(paid.contains(QStringLiteral("unapplied -21.28")));
    }

    /// Nine-digit amounts in JPY (no decimals), KWD (three) and EUR: every amount whole on
    /// the statement, and no word drawn over another or past the page's edge.
    void wideAmounts_statementColumns_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QByteArray>("cost");
        QTest::addColumn<QString>("price");
        // The pricebook adds 10 %: 123,456,789 × 1.1 = 135,802,467.9 and so on.
        QTest::newRow("JPY") << "JPY" << QByteArray("123456789") << "135,802,468";
        QTest::newRow("KWD") << "KWD" << QByteArray("123456789.123") << "135,802,468.035";
        QTest::newRow("EUR") << "EUR" << QByteArray("123456789.5") << "135,802,468.45";
    }
    void wideAmounts_statementColumns()
    {
        QFETCH(QString, currency);
        QFETCH(QByteArray, cost);
        QFETCH(QString, price);
        const Statement s = bill(QStringLiteral("Wide Amounts Ltd"), currency,
                                 {{"", "Amazon EC2", cost}, {"", "Amazon RDS", "-" + cost}, {"", "Amazon S3", cost}});
        const QString path = pdf(s, QStringLiteral("wide-") + currency + QStringLiteral(".pdf"));
        const QString text = textOf(path);
        QVERIFY2(text.contains(price), qPrintable(text));
        QVERIFY2(text.contains(u'-' + price), qPrintable(text)); // the negative line whole, sign and all
        const QStringList problems = collisions(path);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    /// The statement of account with nine-digit amounts in three currencies: every column
    /// as wide as its amounts, nothing drawn over anything; then the same in German, with
    /// German labels and German numbers, whatever the window speaks.
    void wideAmounts_accountStatement()
    {
        AccountStatement doc;
        doc.seller.name = QStringLiteral("Northwind Cloud Distribution Ltd");
        doc.customer.name = QStringLiteral("Wide Amounts Ltd");
        doc.customerId = 100042;
        doc.asOf = QDate(2026, 12, 1);
        const QDate issued(2026, 10, 5), due(2026, 11, 4);
        doc.documents = {
            {QStringLiteral("Statement"), QStringLiteral("statement"), QStringLiteral("INV-2026-000001"), issued, due,
             QStringLiteral("JPY"), dec("123456789"), dec("123456789"), false},
            {QStringLiteral("Statement"), QStringLiteral("statement"), QStringLiteral("INV-2026-000002"), issued, due,
             QStringLiteral("KWD"), dec("123456789.123"), dec("123456789.123"), false},
            {QStringLiteral("Credit Memo"),
             QStringLiteral("credit_memo"),
             QStringLiteral("CM-2026-000001"),
             issued,
             {},
             QStringLiteral("EUR"),
             dec("987654321.99"),
             dec("-987654321.99"),
             true},
        };
        for (const auto &[code, balance] : {std::pair{"JPY", "123456789"}, std::pair{"KWD", "123456789.123"}}) {
            AccountBalance b;
            b.currency = QString::fromLatin1(code);
            b.balance = dec(balance);
            b.aging[1] = dec(balance);
            doc.balances.append(b);
        }
        AccountBalance eur;
        eur.currency = QStringLiteral("EUR");
        eur.balance = dec("-987654321.99");
        eur.unapplied = dec("-987654321.99");
        doc.balances.append(eur);

        const QString english = saved(m_dir, QStringLiteral("account-wide.pdf"), *accountStatementPdf(doc, {}));
        const QString text = textOf(english);
        for (const QString &shown : {QStringLiteral("JPY 123,456,789"), QStringLiteral("KWD 123,456,789.123"),
                                     QStringLiteral("EUR 987,654,321.99"), QStringLiteral("EUR -987,654,321.99"),
                                     QStringLiteral("Credit Memo"), QStringLiteral("Balance KWD 123,456,789.123")})
            QVERIFY2(text.contains(shown), qPrintable(shown + QStringLiteral(" not in:\n") + text));
        QStringList problems = collisions(english);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        poppler(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                                             english, QStringLiteral(BURSAR_SCREENSHOT_DIR "/account-wide")});

        DocumentOptions german;
        german.locale = QLocale(QLocale::German, QLocale::Germany);
        const QString deutsch = saved(m_dir, QStringLiteral("account-de.pdf"), *accountStatementPdf(doc, german));
        const QString de = textOf(deutsch);
        for (const QString &shown :
             {QStringLiteral("Kontoauszug"), QStringLiteral("Betrag"), QStringLiteral("Saldo"),
              QStringLiteral("Gutschrift"), QStringLiteral("JPY 123.456.789"), QStringLiteral("KWD 123.456.789,123"),
              QStringLiteral("EUR -987.654.321,99"), QStringLiteral("Seite 1 von 1")})
            QVERIFY2(de.contains(shown), qPrintable(shown + QStringLiteral(" not in:\n") + de));
        QVERIFY2(!de.contains(QStringLiteral("Statement of Account")) && !de.contains(QStringLiteral("Credit Memo")),
                 qPrintable(de));
        problems = collisions(deutsch);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        // The window speaking German does not make an English document German.
        QTranslator window;
        QVERIFY(window.load(QStringLiteral(":/i18n/bursar_de.qm")));
        QCoreApplication::installTranslator(&window);
        installDocumentTranslator(*QCoreApplication::instance());
        const QString stillEnglish =
            textOf(saved(m_dir, QStringLiteral("account-en.pdf"), *accountStatementPdf(doc, {})));
        QCoreApplication::removeTranslator(&window);
        QVERIFY2(stillEnglish.contains(QStringLiteral("Statement of Account")), qPrintable(stillEnglish));
        QVERIFY(!stillEnglish.contains(QStringLiteral("Kontoauszug")));
    }

    void memo_pdfThroughTheRegistry()
    {
        const Statement a = bill(QStringLiteral("Memo Ltd"), QStringLiteral("USD"), {{"", "Amazon EC2", "100"}});
        ArDocuments docs(m_t->db());
        NewMemo m;
        m.kind = ArKind::CreditMemo;
        m.customerId = a.customerId;
        m.date = QDate(2026, 11, 2);
        m.description = QStringLiteral("Sales return");
        m.adjusts = a.number;
        m.lines = {{QStringLiteral("Returned licences"), QStringLiteral("3"), QStringLiteral("seat"),
                    QStringLiteral("12.00"), QStringLiteral("1.00"), QStringLiteral("Standard")}};
        auto id = docs.createMemo(m);
        QVERIFY2(id, qPrintable(id.message()));
        const auto pdf = DocumentFormats::find(QStringLiteral("pdf"));
        QVERIFY(pdf && pdf->writeMemo);
        auto hold = pdf->writeMemo(*docs.documentInput(*id));
        QVERIFY(hold);
        const QString holdText = textOf(saved(m_dir, QStringLiteral("hold.pdf"), *hold), true);
        QVERIFY2(withoutSpace(holdText).contains(QStringLiteral("HOLD")), qPrintable(holdText)); // the watermark
        QVERIFY(holdText.contains(QStringLiteral("Hold CM %1").arg(*id)));
        QVERIFY(docs.release({*id}, QDate(2026, 11, 2)));
        auto open = pdf->writeMemo(*docs.documentInput(*id));
        const QString text = textOf(saved(m_dir, QStringLiteral("memo.pdf"), *open));
        QVERIFY2(text.contains(QStringLiteral("Credit Memo CM-2026-000001")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Adjusts ") + a.number));
        QVERIFY(text.contains(QStringLiteral("Returned licences (Standard)")));
        QVERIFY(withoutSpace(text).contains(QStringLiteral("Subtotal35.00"))); // 3 × 12 − 1
        QVERIFY(text.contains(QStringLiteral("WA tax 10.25 % on 35.00 (Standard)")));
        QVERIFY(withoutSpace(text).contains(QStringLiteral("TotalUSD38.59"))); // 35 + 3.5875 → 3.59
        QVERIFY(!withoutSpace(textOf(saved(m_dir, QStringLiteral("memo-raw.pdf"), *open), true))
                     .contains(QStringLiteral("HOLD")));
        QVERIFY(text.contains(QStringLiteral("Page 1 of 1")));
    }
};

QTEST_MAIN(TestStatementDocuments)
#include "tst_statement_documents.moc"
