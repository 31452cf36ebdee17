package dev.logredactor.core.internal.check;

/**
 * Issuer identification number ranges of the card networks and the PAN lengths each issues
 * (ISO/IEC 7812; the networks' published BIN ranges). A number with no known issuer is no card, which
 * keeps epoch millis (leading 1), nanos and most ids out.
 */
public final class CardIssuers {
    private CardIssuers() {
    }

    /**
     * Whether a PAN of {@code len} digits whose first six digits are {@code first6} has a known issuer
     * for that length.
     */
    public static boolean isKnown(int first6, int len) {
        int p6 = first6;
        int p4 = p6 / 100;
        int p3 = p4 / 10;
        int p2 = p3 / 10;
        int p1 = p2 / 10;
        switch (p1) {
            case 4: // Visa
                return len == 13 || len == 16 || len == 19;
            case 5:
                if (p2 >= 51 && p2 <= 55) {
                    return len == 16; // Mastercard
                }
                // Maestro, which also issues 12 digits
                return (p4 == 5018 || p4 == 5020 || p4 == 5038 || p4 == 5893) && len >= 12;
            case 2:
                if (p4 >= 2221 && p4 <= 2720) {
                    return len == 16; // Mastercard 2-series
                }
                if (p4 == 2131) {
                    return len == 15; // JCB's 15-digit range
                }
                return p4 >= 2200 && p4 <= 2204 && len >= 16; // Mir
            case 3:
                if (p2 == 34 || p2 == 37) {
                    return len == 15; // American Express
                }
                if (p3 >= 300 && p3 <= 305 || p4 == 3095 || p2 == 36 || p2 == 38 || p2 == 39) {
                    return len >= 14; // Diners Club
                }
                return p4 >= 3528 && p4 <= 3589 && len >= 16; // JCB
            case 6:
                if (p4 == 6011 || p3 >= 644 && p3 <= 649 || p2 == 65 || p6 >= 622126 && p6 <= 622925) {
                    return len >= 16; // Discover
                }
                if (p2 == 62) {
                    return len >= 16; // UnionPay
                }
                return (p4 == 6304 || p4 == 6759 || p4 == 6761 || p4 == 6762 || p4 == 6763) && len >= 12; // Maestro
            case 1:
                return p4 == 1800 && len == 15; // JCB's 15-digit range, as 2131 below
            default:
                return false;
        }
    }
}
