#include "ui/settings/users_page.h"

#include "core/storage/database.h"
#include "core/users/user_service.h"
#include "ui/widgets/contact_form.h"
#include "ui/widgets/page_title.h"

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
constexpr int FirstPrivilegeColumn = 2;
}

UsersPage::UsersPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_table(new QTableWidget(this)), m_name(new QLineEdit(this)),
      m_login(new QLineEdit(this)), m_feedback(new FormFeedback(this))
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

    QStringList headers{tr("User"), tr("PostgreSQL login")};
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
    layout->addLayout(form);
    layout->addWidget(m_feedback);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *add = new QPushButton(tr("&Add User"), this);
    add->setObjectName(QStringLiteral("addUser"));
    buttons->addWidget(add);
    layout->addLayout(buttons);
    m_feedback->addField(QStringLiteral("name"), m_name);
    m_feedback->addField(QStringLiteral("login"), m_login);

    const bool mayManage = db.acting().can(Privilege::ManageUsers);
    add->setEnabled(mayManage); // a convenience: the core refuses anyway
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
        int column = FirstPrivilegeColumn;
        for (Privilege p : allPrivileges()) {
            auto *item = new QTableWidgetItem;
            item->setFlags(mayManage ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::ItemIsUserCheckable);
            item->setCheckState(u.privileges.contains(p) ? Qt::Checked : Qt::Unchecked);
            m_table->setItem(row, column++, item);
        }
        ++row;
    }
    m_loading = false;
}

bool UsersPage::addUser(const QString &name, const QString &login)
{
    auto id = UserService(m_db).add(name, login.trimmed(), {});
    if (!id) {
        m_feedback->showError(id.error());
        return false;
    }
    m_feedback->showInfo(tr("User %1 added; tick the privileges they need.").arg(name.simplified()));
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
