#include "ui/settings/billing_api_box.h"

#include "core/apikeys/api_key_service.h"
#include "core/apikeys/api_server_settings.h"
#include "core/domain/timestamp.h"
#include "core/storage/database.h"
#include "ui/widgets/contact_form.h"
#include "ui/widgets/customer_picker.h"
#include "ui/widgets/date_field.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/scope_picker.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bursar::ui {

using namespace bursar::core;

BillingApiBox::BillingApiBox(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_enabled(new QCheckBox(tr("&Run the Billing API while this window is open"), this)),
      m_listen(new QLineEdit(this)), m_certificate(new QLineEdit(this)), m_key(new QLineEdit(this)),
      m_rate(new QSpinBox(this)), m_keys(new QTableWidget(this)), m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("billingApiBox"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Read-only HTTP access for portals, accountants and scripts: customers, approved "
                                "statements with their PDF, credits, memos and payments, balances, the aging and "
                                "services credits, each key limited to what it may see. Drafts and documents on "
                                "hold never leave Bursar. The README shows the routes with curl."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_enabled->setObjectName(QStringLiteral("api_enabled"));
    form->addRow(QString(), m_enabled);
    m_listen->setObjectName(QStringLiteral("listen"));
    m_listen->setPlaceholderText(QStringLiteral("127.0.0.1:8080"));
    form->addRow(tr("&Listen on:"), m_listen);
    m_certificate->setObjectName(QStringLiteral("certificate"));
    m_certificate->setPlaceholderText(tr("PEM file; needed for any address but 127.0.0.1"));
    form->addRow(tr("TLS &certificate:"), m_certificate);
    m_key->setObjectName(QStringLiteral("tls_key"));
    m_key->setPlaceholderText(tr("PEM file of the certificate's private key"));
    form->addRow(tr("TLS private &key:"), m_key);
    m_rate->setObjectName(QStringLiteral("rate"));
    m_rate->setRange(1, 1000000);
    m_rate->setSuffix(tr(" requests a second"));
    form->addRow(tr("Each key's &budget:"), m_rate);
    layout->addLayout(form);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_feedback, 1);
    auto *save = withIcon(Icon::Save, new QPushButton(tr("Save &Billing API"), this));
    save->setObjectName(QStringLiteral("saveApi"));
    saveRow->addWidget(save);
    layout->addLayout(saveRow);

    auto *keysLabel = new QLabel(tr("API ke&ys:"), this);
    keysLabel->setBuddy(m_keys);
    layout->addWidget(keysLabel);
    m_keys->setObjectName(QStringLiteral("apiKeys"));
    m_keys->setColumnCount(7);
    m_keys->setHorizontalHeaderLabels(
        {tr("Name"), tr("Sees"), tr("Prefix"), tr("Expires"), tr("Last used"), tr("From"), tr("Revoked")});
    m_keys->verticalHeader()->hide();
    m_keys->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_keys->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_keys->setSelectionMode(QAbstractItemView::SingleSelection);
    m_keys->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_keys->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_keys, 1);
    auto *keyButtons = new QHBoxLayout;
    keyButtons->addStretch(1);
    auto *newKey = withIcon(Icon::Add, new QPushButton(tr("&New Key…"), this));
    newKey->setObjectName(QStringLiteral("newKey"));
    auto *revoke = withIcon(Icon::Delete, new QPushButton(tr("Re&voke Key…"), this));
    revoke->setObjectName(QStringLiteral("revokeKey"));
    keyButtons->addWidget(newKey);
    keyButtons->addWidget(revoke);
    layout->addLayout(keyButtons);

    m_feedback->addField(QStringLiteral("listen"), m_listen);
    m_feedback->addField(QStringLiteral("certificate"), m_certificate);
    m_feedback->addField(QStringLiteral("rate"), m_rate);

    const bool mayManage = db.acting().can(Privilege::ManageSettings);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_enabled, m_listen, m_certificate, m_key, m_rate, save, newKey, revoke})
        w->setEnabled(mayManage); // a convenience: the core refuses anyway
    connect(save, &QPushButton::clicked, this, &BillingApiBox::save);
    connect(newKey, &QPushButton::clicked, this, &BillingApiBox::newKeyDialog);
    connect(revoke, &QPushButton::clicked, this, [this] {
        const int row = m_keys->currentRow();
        if (row < 0) {
            m_feedback->showError(Error{tr("Select the key to revoke in the list first."), {}});
            return;
        }
        const QString name = m_keys->item(row, 0)->text();
        if (QMessageBox::question(this, tr("Revoke Key"),
                                  tr("Revoke the key “%1”? Every request with it is refused from now on; this cannot "
                                     "be undone.")
                                      .arg(name)) == QMessageBox::Yes)
            revokeKey(name);
    });
    load();
}

void BillingApiBox::load()
{
    auto settings = ApiServerSettingsService(m_db).load();
    if (!settings) {
        m_feedback->showError(settings.error());
        return;
    }
    m_enabled->setChecked(settings->enabled);
    m_listen->setText(settings->listen);
    m_certificate->setText(settings->certificateFile);
    m_key->setText(settings->keyFile);
    m_rate->setValue(settings->ratePerSecond);
    reloadKeys();
}

void BillingApiBox::reloadKeys()
{
    auto keys = ApiKeyService(m_db).list();
    if (!keys) {
        m_feedback->showError(keys.error());
        return;
    }
    m_keys->setRowCount(int(keys->size()));
    int row = 0;
    for (const ApiKey &k : *keys) {
        const QStringList cells{k.name,
                                ScopePicker::describe(m_db, k.scope),
                                k.prefix,
                                k.expiresOn.isValid() ? k.expiresOn.toString(Qt::ISODate) : tr("never"),
                                k.lastUsedAt.isEmpty() ? tr("not yet") : displayTimestamp(k.lastUsedAt),
                                k.lastUsedFrom,
                                k.revokedAt.isEmpty() ? QString() : k.revokedAt + u' ' + k.revokedBy};
        for (int c = 0; c < cells.size(); ++c)
            m_keys->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        ++row;
    }
}

bool BillingApiBox::save()
{
    ApiServerSettings settings;
    if (auto stored = ApiServerSettingsService(m_db).load(); stored)
        settings = *stored; // keeps what the box does not show (the Host names)
    settings.enabled = m_enabled->isChecked();
    settings.listen = m_listen->text().trimmed().isEmpty() ? QStringLiteral("127.0.0.1:8080") : m_listen->text();
    settings.certificateFile = m_certificate->text();
    settings.keyFile = m_key->text();
    settings.ratePerSecond = m_rate->value();
    if (Status s = ApiServerSettingsService(m_db).save(settings); !s) {
        m_feedback->showError(s.error());
        return false;
    }
    load();
    m_feedback->showInfo(settings.enabled ? tr("Saved: this window runs the Billing API; the status bar shows it.")
                                          : tr("Saved: the Billing API is off in this window."));
    Q_EMIT settingsSaved();
    return true;
}

Result<QString> BillingApiBox::createKey(const QString &name, Scope scope, QDate expiresOn)
{
    auto made = ApiKeyService(m_db).create(name, scope, expiresOn);
    if (!made) {
        m_feedback->showError(made.error());
        return made.error();
    }
    reloadKeys();
    m_feedback->showInfo(tr("Key “%1” made. Its text was shown once; Bursar keeps only its hash.").arg(name));
    return made->secret;
}

bool BillingApiBox::revokeKey(const QString &name)
{
    if (Status s = ApiKeyService(m_db).revoke(name); !s) {
        m_feedback->showError(s.error());
        return false;
    }
    reloadKeys();
    m_feedback->showInfo(tr("Key “%1” revoked: requests with it get 401 from now on.").arg(name));
    return true;
}

QString BillingApiBox::feedbackText() const
{
    return m_feedback->text();
}

void BillingApiBox::newKeyDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New API Key"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(&dialog);
    name->setPlaceholderText(tr("who uses it, for example partner portal"));
    form->addRow(tr("&Name:"), name);
    auto *scope = new QComboBox(&dialog);
    auto *customer = new CustomerPicker(m_db, &dialog);
    ScopePicker::setUp(m_db, scope, customer);
    form->addRow(tr("&Sees:"), scope);
    form->addRow(tr("&Customer:"), customer);
    auto *expires = new QCheckBox(tr("&Expires after"), &dialog);
    auto *day = dateField(&dialog, QDate::currentDate().addYears(1));
    day->setEnabled(false);
    connect(expires, &QCheckBox::toggled, day, &QWidget::setEnabled);
    auto *expiryRow = new QHBoxLayout;
    expiryRow->addWidget(expires);
    expiryRow->addWidget(day, 1);
    form->addRow(QString(), expiryRow);
    auto *error = new QLabel(&dialog);
    error->setWordWrap(true);
    form->addRow(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Make Key"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QString made;
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        Error e;
        const auto chosen = ScopePicker::picked(scope, customer, e);
        if (!chosen) {
            error->setText(e.message);
            return;
        }
        auto key = createKey(name->text(), *chosen, expires->isChecked() ? day->date() : QDate());
        if (!key) {
            error->setText(key.error().message);
            return;
        }
        made = *key;
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted)
        showKeyOnce(name->text(), made);
}

void BillingApiBox::showKeyOnce(const QString &name, const QString &key)
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("API Key “%1”").arg(name));
    auto *layout = new QVBoxLayout(&dialog);
    auto *note = new QLabel(tr("Copy the key now: this is the only time Bursar shows it. Give it to whoever uses "
                               "the API; they send it as “Authorization: Bearer <key>”."),
                            &dialog);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *text = new QLineEdit(key, &dialog);
    text->setObjectName(QStringLiteral("keyText"));
    text->setReadOnly(true);
    text->setMinimumWidth(text->fontMetrics().horizontalAdvance(key) + 24);
    text->selectAll();
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    auto *copy = withIcon(Icon::Copy, buttons->addButton(tr("&Copy to Clipboard"), QDialogButtonBox::ActionRole));
    connect(copy, &QPushButton::clicked, &dialog, [key] { QApplication::clipboard()->setText(key); });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.exec();
}

} // namespace bursar::ui
