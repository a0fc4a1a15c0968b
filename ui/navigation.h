#pragma once

#include <QObject>
#include <QString>
#include <functional>

class QWidget;

namespace bursar::core {
class Database;
}

namespace bursar::ui {

/// What one screen tells the others, without knowing them: a page emits when it changed
/// records others show, and listens for what it shows. The main window owns one.
class Events : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void statementsChanged();            ///< generated, approved or deleted statements (and the credits they used)
    void usageChanged();                 ///< imported usage or a mapped account
    void pricingChanged();               ///< pricebooks, adjustments, charges, plans
    void tenantsChanged();               ///< the tenant tree
    void receivablesChanged();           ///< memos, payments, applications: balances and statuses moved
    void previewRequested(qint64 runId); ///< a billing run's drafts, to review
    /// A customer's page that fixes a run's failure (CustomerOutcome::fix): its profile
    /// folder, or its statements for "invoices".
    void customerRequested(qint64 customerId, const QString &fix);
    void servicesCreditsChanged(); ///< purchases, opportunities, milestones or movements of credits
};

/// What a screen's factory is handed.
struct PageContext
{
    core::Database &db;
    Events &events;
    /// Goes to a screen by its "Area > Title" path, as MainWindow::navigateTo does.
    std::function<bool(const QString &path)> navigate;
    QWidget *parent;
};

/// One entry of the navigation (PRODUCT.md §1): its area and title (source texts, translated
/// in the context "bursar::ui::MainWindow"; an empty title makes the area itself the screen)
/// and the factory that makes the page and connects it to the Events it emits and listens
/// to, and the page's class. The window calls the factory when the page is first opened, so
/// a page costs nothing at start-up. A new area is new entries here and pages of its own;
/// the main window does not change.
struct Screen
{
    const char *area;
    const char *title;
    std::function<QWidget *(PageContext &context)> make;
    const QMetaObject *type; ///< the class make() returns, so MainWindow::page<T>() builds only T

    QString areaText() const;
    QString titleText() const;
    /// "Area > Title" (or "Area"), translated: what navigateTo() takes.
    QString path() const;
};

/// The screens, in the order of the navigation.
const QList<Screen> &screens();

} // namespace bursar::ui
