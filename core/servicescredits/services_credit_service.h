#pragma once

#include "core/domain/page.h"
#include "core/result.h"
#include "core/servicescredits/services_credit.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <optional>

namespace bursar::core {

class Database;

/// Settings > Services Credits. Reading needs no privilege; saving needs ManageSettings.
class ServicesCreditSettingsService
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::ServicesCreditSettingsService)

public:
    explicit ServicesCreditSettingsService(Database &db) : m_db(db) {}
    Result<ServicesCreditSettings> load();
    Status save(const ServicesCreditSettings &settings);

private:
    Database &m_db;
};

/// Where each purchase's credits are, as of `asOf` (invalid: today's and every later entry):
/// the one place purchased = allocated + redeemed + expired + available is worked out, from
/// the allocation ledger. Of `purchaseIds` only when given.
Result<QHash<qint64, CreditUnits>> servicesCreditUnits(Database &db, const std::optional<QList<qint64>> &purchaseIds,
                                                       QDate asOf = {});

/// Services Credits > Customer Purchases. ManageServicesCredits is required to write.
class PurchaseService
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::PurchaseService)

public:
    explicit PurchaseService(Database &db) : m_db(db) {}

    /// New: a purchase record. A draft is editable and its credits cannot move.
    Result<qint64> add(const PurchaseInput &input);
    /// Edit: every field of a draft; a purchase that is not a draft is edited by ticking Draft
    /// in the same change, which is allowed only while none of its credits ever moved.
    Status edit(qint64 id, const PurchaseInput &input);
    /// Marks a purchase draft (refused once any of its credits moved) or not draft (its
    /// credits are available from its start date).
    Status setDraft(qint64 id, bool draft);

    Result<ServicesPurchase> purchase(qint64 id);
    /// Purchases, newest first, with their credits as of today; of one customer when given.
    Result<QList<ServicesPurchase>> list(std::optional<qint64> customerId = std::nullopt, Page page = {});
    /// Purchases that are not drafts with an ID above `afterId`, oldest first, `limit` of them
    /// (the Billing API's keyset pages).
    Result<QList<ServicesPurchase>> issued(std::optional<qint64> customerId, qint64 afterId, int limit);
    Result<qint64> count(std::optional<qint64> customerId = std::nullopt);
    /// Every movement of a purchase's credits with the available credits after it.
    Result<QList<PurchaseMovement>> history(qint64 id);

    /// Why a purchase cannot be marked draft, or an empty string when it can.
    Result<QString> whyNotDraft(qint64 id);

private:
    Database &m_db;
};

/// Services Credits > Opportunities. ManageServicesCredits is required to write.
class OpportunityService
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::OpportunityService)

public:
    explicit OpportunityService(Database &db) : m_db(db) {}

    Result<qint64> add(qint64 customerId, const QString &name, QDate closeDate = {});
    /// A product line: quantity and unit price typed as text; credits empty or a positive
    /// whole number.
    Result<qint64> addProduct(qint64 opportunityId, const QString &name, const QString &quantity,
                              const QString &unitPrice, const QString &credits);
    Result<QList<Opportunity>> list(std::optional<qint64> customerId = std::nullopt, Page page = {});
    Result<Opportunity> opportunity(qint64 id);
    Result<QList<OpportunityProduct>> products(qint64 opportunityId);
    /// What Create Services Credits Customer Purchase offers: the products with services
    /// credits and no purchase yet, each with its defaults (value per credit = total / credits,
    /// exact; start `today`, expiry one year later), in `currency`.
    Result<QList<PurchaseFromProduct>> purchaseDefaults(qint64 opportunityId, const QString &currency,
                                                        QDate today = QDate::currentDate());
    /// Create: one purchase per chosen product, linked to it, all or nothing. Returns the new
    /// purchases' IDs in the order given.
    Result<QList<qint64>> createPurchases(qint64 opportunityId, const QList<PurchaseFromProduct> &chosen);

    /// One year after `start`; 29 February gives 28 February.
    static QDate oneYearAfter(QDate start);

private:
    Database &m_db;
};

/// Services Credits > Projects & Milestones: projects, milestones, and the movements of
/// credits (allocate, return, redeem, expire). ManageServicesCredits adds projects and
/// milestones; AllocateServicesCredits moves credits.
///
/// The expiry rule: a purchase's credits can be used up to and including its expiry date;
/// an expiry run as of a later day than the expiry date plus the grace period expires what is
/// left, and also the credits still allocated to milestones not completed by then (they are
/// returned from the milestone and expired in the same entry's run; the milestone shows the
/// shortfall). Expiry entries are dated the day after the expiry date plus grace (or the
/// purchase's latest movement, when later), so when the run happens changes nothing. Credits
/// returned to a purchase past that day expire at once.
class MilestoneService
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::MilestoneService)

public:
    explicit MilestoneService(Database &db) : m_db(db) {}

    Result<qint64> addProject(qint64 customerId, const QString &name);
    /// `credits` a positive whole number; `currency` empty: the first allocation's.
    Result<qint64> addMilestone(qint64 projectId, const QString &name, const QString &credits, QDate due = {},
                                const QString &currency = {});
    Result<QList<Project>> projects(std::optional<qint64> customerId = std::nullopt, Page page = {});
    Result<QList<Milestone>> milestones(std::optional<qint64> projectId = std::nullopt, Page page = {});
    Result<Milestone> milestone(qint64 id);
    /// The purchases a milestone's credits come from (standing allocations, or redeemed ones
    /// once completed).
    Result<QList<MilestoneAllocation>> allocations(qint64 milestoneId);

    /// Allocates `credits` (a positive whole number) of one purchase to a milestone on `on`.
    Status allocate(qint64 milestoneId, qint64 purchaseId, const QString &credits, QDate on = QDate::currentDate());
    /// Allocates what the milestone still needs automatically: non-draft, started, unexpired
    /// purchases of its currency, earliest expiry first, then oldest. Returns the credits
    /// allocated (less than needed when the customer has not enough).
    Result<Decimal> allocateAuto(qint64 milestoneId, QDate on = QDate::currentDate());
    /// The same for many milestones in one transaction (Allocate All Open).
    Result<Decimal> allocateAuto(const QList<qint64> &milestoneIds, QDate on = QDate::currentDate());
    /// Lowers a milestone's allocation from one purchase (or from every purchase, purchaseId
    /// 0) by `credits` (empty: all of it); the credits return to their purchase.
    Status releaseAllocation(qint64 milestoneId, qint64 purchaseId = 0, const QString &credits = {},
                             QDate on = QDate::currentDate());
    /// Completes a milestone: its allocated credits are redeemed, dated `on`. Irreversible
    /// except by reopenMilestone, which records the correction.
    Status completeMilestone(qint64 milestoneId, QDate on = QDate::currentDate());
    /// The recorded correction of a completion: the redemptions are reversed, the credits are
    /// allocated to the milestone again and it is open; `reason` is required.
    Status reopenMilestone(qint64 milestoneId, const QString &reason, QDate on = QDate::currentDate());

    /// The expiry run as of `asOf` (see the class comment).
    Result<ExpiryRunResult> expire(QDate asOf = QDate::currentDate());

    /// Open milestones' IDs (of one customer when given), for Allocate All Open.
    Result<QList<qint64>> openMilestoneIds(std::optional<qint64> customerId = std::nullopt);

private:
    Database &m_db;
};

/// Runs the expiry run as of today if the acting user may (when Bursar opens a database);
/// does nothing otherwise.
Result<ExpiryRunResult> expireOnOpen(Database &db);

} // namespace bursar::core
