#include "ui/preferences/preferences_dialog.h"

#include "ui/widgets/translations.h"
#include "ui/widgets/window_size.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace bursar::ui {

namespace {

/// "Deutsch (6. Dezember 2026, 1.234,56)": a language in its own words, with how dates and
/// amounts look in it.
QString describe(const QLocale &locale)
{
    // The "C" locale of a bare system reads as English.
    const QString name =
        locale.language() == QLocale::C ? QLocale(QLocale::English).nativeLanguageName() : locale.nativeLanguageName();
    return QStringLiteral("%1 (%2, %3)")
        .arg(name.left(1).toUpper() + name.mid(1), locale.toString(QDate(2026, 12, 6), QLocale::LongFormat),
             locale.toString(1234) + locale.decimalPoint() + QStringLiteral("56"));
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("The system's: %1").arg(describe(QLocale::system())), QString());
    for (const QString &code : availableLanguages()) {
        const QLocale language(code);
        const QLocale formats(language.language(), QLocale::system().territory());
        m_language->addItem(describe(formats.language() == language.language() ? formats : language), code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(chosenLanguage())));
    form->addRow(tr("Language:"), m_language);
    auto *note = new QLabel(tr("The window, its dates and amounts speak this language from the next start. The "
                               "statement documents keep the language of Settings > Statement Documents, and the "
                               "command line the language of its environment."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(560, 200));
}

bool PreferencesDialog::save()
{
    const QString before = chosenLanguage();
    setChosenLanguage(m_language->currentData().toString());
    return chosenLanguage() != before;
}

} // namespace bursar::ui
