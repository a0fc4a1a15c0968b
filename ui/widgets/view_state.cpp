#include "ui/widgets/view_state.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QEvent>
#include <QHash>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>

namespace bursar::ui {

namespace {

constexpr char UserWidths[] = "bursarUserWidths";
constexpr char Dragging[] = "bursarDragging";

/// Tells a width the clerk dragged (or double-clicked to fit) from one the code set.
class HeaderWatch : public QObject
{
public:
    explicit HeaderWatch(QHeaderView *header) : QObject(header), m_header(header)
    {
        header->viewport()->installEventFilter(this);
        connect(header, &QHeaderView::sectionResized, this, [this] {
            if (m_header->property(Dragging).toBool())
                m_header->setProperty(UserWidths, true);
        });
    }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick)
            m_header->setProperty(Dragging, true);
        else if (event->type() == QEvent::MouseButtonRelease)
            m_header->setProperty(Dragging, false);
        return false;
    }

private:
    QHeaderView *m_header;
};

/// The column headers of the page's lists, in the order they were made.
QList<QHeaderView *> headersOf(QWidget *page)
{
    QList<QHeaderView *> out;
    for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>()) {
        if (auto *table = qobject_cast<QTableView *>(view))
            out << table->horizontalHeader();
        else if (auto *tree = qobject_cast<QTreeView *>(view))
            out << tree->header();
    }
    return out;
}

/// The page's named drop-downs, each with its key ("vendor", then "vendor#1", ... when a
/// page has several of one name).
QList<std::pair<QString, QComboBox *>> choicesOf(QWidget *page)
{
    QList<std::pair<QString, QComboBox *>> out;
    QHash<QString, int> seen;
    for (QComboBox *box : page->findChildren<QComboBox *>()) {
        if (box->objectName().isEmpty() || box->isEditable() || qobject_cast<QAbstractItemView *>(box->parent()))
            continue;
        const int n = seen[box->objectName()]++;
        out.append(
            {QStringLiteral("choice/") + box->objectName() + (n ? QStringLiteral("#%1").arg(n) : QString()), box});
    }
    return out;
}

} // namespace

std::unique_ptr<QSettings> windowSettings()
{
    const QString file = qEnvironmentVariable("BURSAR_STATE_FILE");
    if (!file.isEmpty())
        return std::make_unique<QSettings>(file, QSettings::IniFormat);
    // Named outright: the application has no organization name, and QSettings() without
    // one neither reads nor writes.
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("bursar"),
                                       QStringLiteral("window"));
}

void restoreViewState(QWidget *page, const QString &key)
{
    auto settings = windowSettings();
    settings->beginGroup(key);
    const QList<QSplitter *> splitters = page->findChildren<QSplitter *>();
    for (qsizetype i = 0; i < splitters.size(); ++i)
        if (const QByteArray s = settings->value(QStringLiteral("splitter%1").arg(i)).toByteArray(); !s.isEmpty())
            splitters.at(i)->restoreState(s);
    const QList<QHeaderView *> headers = headersOf(page);
    for (qsizetype i = 0; i < headers.size(); ++i) {
        QHeaderView *header = headers.at(i);
        new HeaderWatch(header);
        const QByteArray s = settings->value(QStringLiteral("columns%1").arg(i)).toByteArray();
        if (!s.isEmpty() && header->restoreState(s))
            header->setProperty(UserWidths, true);
    }
    for (const auto &[name, box] : choicesOf(page)) {
        const QVariant chosen = settings->value(name);
        if (!chosen.isValid())
            continue;
        const int at = box->findData(chosen);
        if (at >= 0)
            box->setCurrentIndex(at);
    }
}

void saveViewState(QWidget *page, const QString &key)
{
    auto settings = windowSettings();
    settings->beginGroup(key);
    const QList<QSplitter *> splitters = page->findChildren<QSplitter *>();
    for (qsizetype i = 0; i < splitters.size(); ++i)
        settings->setValue(QStringLiteral("splitter%1").arg(i), splitters.at(i)->saveState());
    const QList<QHeaderView *> headers = headersOf(page);
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString name = QStringLiteral("columns%1").arg(i);
        if (headers.at(i)->property(UserWidths).toBool())
            settings->setValue(name, headers.at(i)->saveState());
        else
            settings->remove(name);
    }
    for (const auto &[name, box] : choicesOf(page))
        if (box->currentIndex() >= 0 && box->currentData().isValid())
            settings->setValue(name, box->currentData());
}

void fitColumns(QTableView *view)
{
    if (!view->horizontalHeader()->property(UserWidths).toBool())
        view->resizeColumnsToContents();
}

} // namespace bursar::ui
