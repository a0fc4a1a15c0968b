#include "ui/settings/users_page.h"

#include "core/customers/customer.h"
#include "core/customers/customer_service.h"
#include "core/storage/database.h"
#include "core/users/user_service.h"
#include "ui/widgets/contact_form.h"
#include "ui/widgets/customer_picker.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/page_title.h"
#include "ui/widgets/scope_picker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bursar::ui {

using namespace bursar::core;

namespace {
constexpr int SeesColumn = 2;
constexpr int FirstPrivilegeColumn = 3;
} // namespace

QLineEdit *UsersPage::customerField() const
{
    return m_customer;
}

UsersPage::UsersPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_table(new QTableWidget(this)), m_name(new QLineEdit(this)),
      m_login(new QLineEdit(this)), m_scope(new QComboBox(this)), m_customer(new CustomerPicker(db, this)),
      m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("usersPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pageTitle(tr("Users & Privileges"), this));
    auto *note =
        new QLabel(tr("You act as %1. On a shared PostgreSQL database each clerk's database login is mapped to "
                      "a user here; on a single-clerk file its owner is the administrator.")
                       .arg(db.actor()),
                   this);
    note->setWordWrap(true);
    layout->addWidget(note);

    QStringList headers{tr("User"), tr("PostgreSQL login"), tr("Sees")};
    for (Privilege p : allPrivileges())
        headers << privilegeKey(p);
    m_table->setObjectName(QStringLiteral("users"));
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    auto *form = new QFormLayout;
    m_name->setObjectName(QStringLiteral("name"));
    m_login->setObjectName(QStringLiteral("login"));
    m_login->setPlaceholderText(tr("only for shared databases"));
    form->addRow(tr("New user &name:"), m_name);
    form->addRow(tr("PostgreSQL &login:"), m_login);
    m_scope->setObjectName(QStringLiteral("scope"));
    m_customer->setObjectName(QStringLiteral("customer"));
    ScopePicker::setUp(db, m_scope, m_customer);
    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(m_scope, 1);
    scopeRow->addWidget(m_customer);
    auto *applyScope = withIcon(Icon::Edit, new QPushButton(tr("&Apply to Selected User"), this));
    applyScope->setObjectName(QStringLiteral("setScope"));
    scopeRow->addWidget(applyScope);
    auto *seesLabel = new QLabel(tr("&Sees:"), this);
    seesLabel->setBuddy(m_scope);
    form->addRow(seesLabel, scopeRow);
    auto *scopeNote = new QLabel(tr("A user of a tenant or of one customer reads only: no privileges, and a "
                                    "customer never sees drafts or documents on hold."),
                                 this);
    scopeNote->setWordWrap(true);
    form->addRow(QString(), scopeNote);
    layout->addLayout(form);
    layout->addWidget(m_feedback);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *add = withIcon(Icon::Add, new QPushButton(tr("&Add User"), this));
    add->setObjectName(QStringLiteral("addUser"));
    buttons->addWidget(add);
    layout->addLayout(buttons);
    m_feedback->addField(QStringLiteral("name"), m_name);
    m_feedback->addField(QStringLiteral("login"), m_login);
    m_feedback->addField(QStringLiteral("tenant"), m_scope);
    m_feedback->addField(QStringLiteral("customer"), m_customer);

    const bool mayManage = db.acting().can(Privilege::ManageUsers);
    add->setEnabled(mayManage); // a convenience: the core refuses anyway
    applyScope->setEnabled(mayManage);
    connect(applyScope, &QPushButton::clicked, this, &UsersPage::applyScopeToSelected);
    connect(add, &QPushButton::clicked, this, [this] { addUser(m_name->text(), m_login->text()); });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_loading || item->column() < FirstPrivilegeColumn)
            return;
        const Privilege p = allPrivileges().at(item->column() - FirstPrivilegeColumn);
        const QString user = m_table->item(item->row(), 0)->text();
        UserService users(m_db);
        const bool on = item->checkState() == Qt::Checked;
        Status s = on ? users.grant(user, {p}) : users.revoke(user, {p});
        if (!s) {
            m_feedback->showError(s.error());
            reload(); // back to what the database holds
            return;
        }
        m_feedback->showInfo(on ? tr("%1 may now use %2.").arg(user, privilegeKey(p))
                                : tr("%1 no longer has %2.").arg(user, privilegeKey(p)));
    });
    reload();
}

void UsersPage::reload()
{
    auto users = UserService(m_db).users();
    if (!users)
        return m_feedback->showError(users.error());
    m_loading = true;
    const bool mayManage = m_db.acting().can(Privilege::ManageUsers);
    m_table->setRowCount(static_cast<int>(users->size()));
    int row = 0;
    for (const User &u : *users) {
        m_table->setItem(row, 0, new QTableWidgetItem(u.name));
        m_table->setItem(row, 1, new QTableWidgetItem(u.dbLogin));
        m_table->setItem(row, SeesColumn, new QTableWidgetItem(ScopePicker::describe(m_db, u.scope)));
        int column = FirstPrivilegeColumn;
        const bool mayHold = mayManage && u.scope.isAll(); // a scoped user reads only
        for (Privilege p : allPrivileges()) {
            auto *item = new QTableWidgetItem;
            item->setFlags(mayHold ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::ItemIsUserCheckable);
            item->setCheckState(u.privileges.contains(p) ? Qt::Checked : Qt::Unchecked);
            m_table->setItem(row, column++, item);
        }
        ++row;
    }
    m_loading = false;
}

std::optional<Scope> UsersPage::chosenScope()
{
    Error error;
    auto scope = ScopePicker::picked(m_scope, m_customer, error);
    if (!scope)
        m_feedback->showError(error);
    return scope;
}

bool UsersPage::applyScopeToSelected()
{
    const int row = m_table->currentRow();
    if (row < 0) {
        m_feedback->showError(Error{tr("Select the user to change in the list first."), QStringLiteral("tenant")});
        return false;
    }
    const auto scope = chosenScope();
    if (!scope)
        return false;
    const QString user = m_table->item(row, 0)->text();
    if (Status s = UserService(m_db).setScope(user, *scope); !s) {
        m_feedback->showError(s.error());
        return false;
    }
    reload();
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, 0)->text() == user)
            m_feedback->showInfo(tr("%1 now sees: %2. It applies the next time the user opens Bursar.")
                                     .arg(user, m_table->item(r, SeesColumn)->text()));
    return true;
}

bool UsersPage::addUser(const QString &name, const QString &login)
{
    const auto scope = chosenScope();
    if (!scope)
        return false;
    auto id = UserService(m_db).add(name, login.trimmed(), {}, *scope);
    if (!id) {
        m_feedback->showError(id.error());
        return false;
    }
    m_feedback->showInfo(scope->isAll()
                             ? tr("User %1 added; tick the privileges they need.").arg(name.simplified())
                             : tr("User %1 added; they read what they see and change nothing.").arg(name.simplified()));
    m_name->clear();
    m_login->clear();
    reload();
    return true;
}

QString UsersPage::feedbackText() const
{
    return m_feedback->text();
}

} // namespace bursar::ui
