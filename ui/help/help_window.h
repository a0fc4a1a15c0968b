#pragma once

#include <QDialog>
#include <QUrl>

class QTextBrowser;

namespace bursar::ui {

struct Screen;

/// The user guide (docs/guide/, compiled into the program with the screenshots it shows),
/// in a window of its own beside the main window: F1 opens it at the page about the
/// current screen. Links between pages work; Back, Forward and Contents as in a browser.
class HelpWindow : public QDialog
{
    Q_OBJECT

public:
    explicit HelpWindow(QWidget *parent = nullptr);
    /// Shows `page` ("month-end.md") of the guide.
    void showPage(const QString &page);
    /// The page shown ("month-end.md").
    QString currentPage() const;
    QTextBrowser *browser() const { return m_browser; }

    /// The guide's page about `screen`.
    static QString pageFor(const Screen &screen);
    /// Every page of the guide, by file name.
    static QStringList pages();
    static QUrl urlOf(const QString &page);

private:
    /// Shows the page's screenshots no wider than a comfortable reading width.
    void fitPictures();

    QTextBrowser *m_browser = nullptr;
};

} // namespace bursar::ui
