// The compiled translations (bursar_*.qm and Qt's own qtbase_*.qm) are this library's
// resources, under :/i18n; the library has no code of its own.
namespace bursar::translations {
int languagesLinked = 1;
} // namespace bursar::translations
