#pragma once

#include <QLocale>

class QCoreApplication;

namespace bursar::render {

/// Documents speak their own language: the locale of Settings > Statement Documents, not
/// the window's. A German statement for a German customer reads "Rechnungsbetrag" while
/// the clerk's window is English, and an English one stays English under a German window.
///
/// Install once at start-up, after the window's own translations (so it is asked first).
/// It answers only for the document texts (render's contexts) and only while a
/// DocumentLanguage is alive on the asking thread; everything else falls through to the
/// window's translators. A language Bursar has no translation for reads English.
void installDocumentTranslator(QCoreApplication &app);

/// While alive, render's texts painted on this thread are in `locale`'s language. Nests.
class DocumentLanguage
{
public:
    explicit DocumentLanguage(const QLocale &locale);
    ~DocumentLanguage();
    DocumentLanguage(const DocumentLanguage &) = delete;
    DocumentLanguage &operator=(const DocumentLanguage &) = delete;

private:
    const void *m_previous;
    bool m_wasInDocument;
};

} // namespace bursar::render
