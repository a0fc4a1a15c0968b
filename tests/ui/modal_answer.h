#pragma once
// Answering the message boxes a screen asks, in the screen tests: each appears inside a
// nested event loop, so the answer is set up before the click that opens it.

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

namespace bursar::test {

/// Answers the next modal message box named `name` with the button `pick` chooses, and
/// keeps its text. Polls, because the box appears inside a nested event loop.
class ModalAnswer
{
public:
    ModalAnswer(const QString &name, std::function<QAbstractButton *(QMessageBox *)> pick) : m_timer(new QTimer)
    {
        QTimer *timer = m_timer.get();
        timer->setInterval(10);
        QObject::connect(timer, &QTimer::timeout, [this, timer, name, pick] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != name)
                return;
            m_text = box->text();
            m_defaultName = box->defaultButton() ? box->defaultButton()->objectName() : QString();
            m_defaultText = box->defaultButton() ? box->defaultButton()->text() : QString();
            m_seen = true;
            timer->stop();
            QAbstractButton *button = pick(box);
            if (button)
                button->click();
        });
        timer->start();
    }
    bool seen() const { return m_seen; }
    QString text() const { return m_text; }
    /// The box's default button, by object name and text (the box is gone after it answers).
    QString defaultName() const { return m_defaultName; }
    QString defaultText() const { return m_defaultText; }

private:
    std::unique_ptr<QTimer> m_timer; ///< stops polling when the answer goes out of scope
    bool m_seen = false;
    QString m_text;
    QString m_defaultName;
    QString m_defaultText;
};

inline std::function<QAbstractButton *(QMessageBox *)> standard(QMessageBox::StandardButton which)
{
    return [which](QMessageBox *box) { return box->button(which); };
}

inline std::function<QAbstractButton *(QMessageBox *)> buttonNamed(const char *objectName)
{
    return [objectName](QMessageBox *box) { return box->findChild<QPushButton *>(QString::fromLatin1(objectName)); };
}

inline std::function<QAbstractButton *(QMessageBox *)> pressEnter()
{
    return [](QMessageBox *box) {
        QTest::keyClick(box, Qt::Key_Return);
        return nullptr;
    };
}

} // namespace bursar::test
