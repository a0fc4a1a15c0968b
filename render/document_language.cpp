#include "render/document_language.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QTranslator>
#include <memory>

namespace bursar::render {

namespace {

/// The language a document on this thread is being written in; none outside a document.
thread_local const QTranslator *current = nullptr;
thread_local bool inDocument = false;

/// Bursar's translation for a language, loaded once from the bundled :/i18n; nothing for
/// English (the source language) or a language Bursar has no translation for.
const QTranslator *translatorFor(const QLocale &locale)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QTranslator>> loaded;
    const QString language = QLocale::languageToCode(locale.language());
    QMutexLocker lock(&mutex);
    auto it = loaded.constFind(language);
    if (it == loaded.constEnd()) {
        auto translator = std::make_shared<QTranslator>();
        if (locale.language() == QLocale::English ||
            !translator->load(QLocale(locale.language()), QStringLiteral("bursar"), QStringLiteral("_"),
                              QStringLiteral(":/i18n")))
            translator.reset();
        it = loaded.insert(language, translator);
    }
    return it.value().get();
}

class DocumentTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        if (!inDocument || !context || qstrncmp(context, "bursar::render::", 16) != 0)
            return {}; // not a document's text: the window's translators answer
        if (current) {
            QString t = current->translate(context, sourceText, disambiguation, n);
            if (!t.isNull())
                return t;
        }
        return QString::fromUtf8(sourceText); // English, whatever the window speaks
    }
    bool isEmpty() const override { return false; }
};

} // namespace

void installDocumentTranslator(QCoreApplication &app)
{
    static DocumentTranslator *installed = nullptr;
    if (installed)
        QCoreApplication::removeTranslator(installed);
    else
        installed = new DocumentTranslator(&app);
    QCoreApplication::installTranslator(installed);
}

DocumentLanguage::DocumentLanguage(const QLocale &locale) : m_previous(inDocument ? current : nullptr)
{
    m_wasInDocument = inDocument;
    current = translatorFor(locale);
    inDocument = true;
}

DocumentLanguage::~DocumentLanguage()
{
    current = static_cast<const QTranslator *>(m_previous);
    inDocument = m_wasInDocument;
}

} // namespace bursar::render
