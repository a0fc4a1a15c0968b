#include "ui/widgets/vendor_combo.h"

namespace bursar::ui {

namespace {

/// The session's announcer of added vendors.
class VendorsAnnouncer : public QObject
{
    Q_OBJECT
public:
    static VendorsAnnouncer &instance()
    {
        static VendorsAnnouncer a;
        return a;
    }
Q_SIGNALS:
    void added();
};

void appendMissing(QComboBox *box, const QString &format)
{
    for (core::Vendor v : core::allVendors())
        if (box->findData(core::vendorKey(v)) < 0)
            box->addItem(format.arg(core::vendorName(v)), core::vendorKey(v));
}

} // namespace

void addVendorItems(QComboBox *box, const QString &format)
{
    appendMissing(box, format);
    QObject::connect(&VendorsAnnouncer::instance(), &VendorsAnnouncer::added, box,
                     [box, format] { appendMissing(box, format); });
}

void vendorsAdded()
{
    Q_EMIT VendorsAnnouncer::instance().added();
}

} // namespace bursar::ui

#include "vendor_combo.moc"
