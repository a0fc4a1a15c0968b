#include "ui/help/help_window.h"

#include "ui/navigation.h"
#include "ui/widgets/window_size.h"

#include <QDir>
#include <QImage>
#include <QStyle>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QToolBar>
#include <QVBoxLayout>

namespace bursar::ui {

namespace {

const QString GuideRoot = QStringLiteral(":/bursar/guide");

} // namespace

HelpWindow::HelpWindow(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("Bursar Guide"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    layout->addWidget(bar);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guide"));
    m_browser->setAccessibleName(tr("Guide"));
    m_browser->setOpenExternalLinks(true);
    // A comfortable line length for reading, whatever the window's width.
    m_browser->document()->setDocumentMargin(m_browser->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 2);
    layout->addWidget(m_browser, 1);
    QAction *back =
        bar->addAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"), m_browser, &QTextBrowser::backward);
    QAction *forward = bar->addAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("Forward"), m_browser,
                                      &QTextBrowser::forward);
    bar->addAction(style()->standardIcon(QStyle::SP_DirHomeIcon), tr("Contents"), this,
                   [this] { showPage(QStringLiteral("index.md")); });
    back->setShortcut(QKeySequence::Back);
    forward->setShortcut(QKeySequence::Forward);
    back->setEnabled(false);
    forward->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this] {
        fitPictures();
        const QString title = m_browser->documentTitle();
        setWindowTitle(title.isEmpty() ? tr("Bursar Guide") : tr("%1 – Bursar Guide").arg(title));
    });
    resizeWithinScreen(this, QSize(820, 760));
}

void HelpWindow::fitPictures()
{
    // The screenshots are 1024 pixels wide: shown smaller, in proportion, to be read without
    // scrolling sideways (the picture's own size stays available in the docs folder).
    const int widest = m_browser->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 90;
    QTextCursor cursor(m_browser->document());
    for (QTextBlock b = m_browser->document()->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat picture = fragment.charFormat().toImageFormat();
            const QImage image =
                m_browser->document()->resource(QTextDocument::ImageResource, QUrl(picture.name())).value<QImage>();
            if (image.isNull() || image.width() <= widest)
                continue;
            picture.setWidth(widest);
            picture.setHeight(qreal(image.height()) * widest / image.width());
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(picture);
        }
}

QUrl HelpWindow::urlOf(const QString &page)
{
    return QUrl(QStringLiteral("qrc") + GuideRoot + u'/' + page);
}

void HelpWindow::showPage(const QString &page)
{
    m_browser->setSource(urlOf(page), QTextDocument::MarkdownResource);
}

QString HelpWindow::currentPage() const
{
    return m_browser->source().fileName();
}

QStringList HelpWindow::pages()
{
    return QDir(GuideRoot).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
}

QString HelpWindow::pageFor(const Screen &screen)
{
    const QLatin1String area(screen.area), title(screen.title);
    if (area == QLatin1String("Customers"))
        return QStringLiteral("customers.md");
    if (area == QLatin1String("Services Credits") || title == QLatin1String("Services Credits"))
        return QStringLiteral("services-credits.md");
    if (title == QLatin1String("Credits") || title == QLatin1String("Vendor Credits"))
        return QStringLiteral("credits.md");
    if (area == QLatin1String("Finance") || title == QLatin1String("Aging") || title == QLatin1String("Write-off"))
        return QStringLiteral("receivables.md");
    if (title == QLatin1String("Users & Privileges"))
        return QStringLiteral("shared-mode.md");
    if (area == QLatin1String("Settings"))
        return QStringLiteral("settings.md");
    // Usage, the billing report and the Billing pages: the month-end run.
    return QStringLiteral("month-end.md");
}

} // namespace bursar::ui
