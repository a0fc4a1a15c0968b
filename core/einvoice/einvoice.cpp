#include "core/einvoice/einvoice.h"

namespace bursar::core {

QStringList einvoiceTaxCategories()
{
    return {QStringLiteral("Z"), QStringLiteral("E"), QStringLiteral("AE"),
            QStringLiteral("K"), QStringLiteral("G"), QStringLiteral("O")};
}

bool isEuCountry(QStringView code)
{
    static const QStringList eu = QStringLiteral("AT BE BG CY CZ DE DK EE ES FI FR GR EL HR HU IE IT LT LU LV MT NL "
                                                 "PL PT RO SE SI SK")
                                      .split(u' ');
    return eu.contains(code.toString().toUpper());
}

const QStringList &peppolEndpointSchemes()
{
    // The Electronic Address Scheme codes of Peppol BIS Billing 3.0 release 2026.05 (the
    // $eaid list of tests/data/validation/peppol/PEPPOL-EN16931-UBL.xslt).
    static const QStringList schemes =
        QStringLiteral("0002 0007 0009 0060 0088 0096 0097 0106 0130 0135 0142 0151 0183 0184 0188 0190 0191 0192 "
                       "0195 0196 0198 0199 0200 0201 0204 0208 0209 0210 0211 0216 0218 0221 0225 0230 0235 0240 "
                       "0242 0244 0245 0246 0248 9910 9913 9914 9915 9918 9919 9920 9922 9923 9924 9925 9926 9927 "
                       "9928 9929 9930 9931 9932 9933 9934 9935 9936 9937 9938 9939 9940 9941 9942 9943 9944 9945 "
                       "9946 9947 9948 9949 9950 9951 9952 9953 9957 9959")
            .split(u' ');
    return schemes;
}

bool isValidIban(QStringView text)
{
    QString iban = text.toString().remove(u' ').toUpper();
    if (iban.size() < 15 || iban.size() > 34 || !iban.at(0).isLetter() || !iban.at(1).isLetter() ||
        !iban.at(2).isDigit() || !iban.at(3).isDigit())
        return false;
    iban = iban.mid(4) + iban.left(4);
    int remainder = 0;
    for (QChar c : iban) {
        int value;
        if (c >= u'0' && c <= u'9')
            value = c.unicode() - u'0';
        else if (c >= u'A' && c <= u'Z')
            value = c.unicode() - u'A' + 10;
        else
            return false;
        remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
    }
    return remainder == 1;
}

} // namespace bursar::core
