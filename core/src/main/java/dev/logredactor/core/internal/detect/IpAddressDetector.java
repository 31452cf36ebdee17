package dev.logredactor.core.internal.detect;

import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.internal.scan.BuiltInDetector;
import dev.logredactor.core.internal.scan.Chars;
import dev.logredactor.core.internal.scan.Findings;

/**
 * IPv4 ({@code 10.1.2.3}, octets up to 255) and IPv6 (full, compressed with {@code ::}, with an IPv4
 * tail). A port, a bracket or a prefix length ({@code [::1]:8080}, {@code 10.0.0.1:443},
 * {@code 10.0.0.0/8}) stays outside the finding. Not taken: a dotted number that goes on
 * ({@code 1.2.3.4.5}), one glued to a word ({@code v1.2.3.4}), one after the word "version", and
 * colon-separated numbers that are no address ({@code 10:00:00}, MAC addresses, key fingerprints of more than
 * eight groups), and addresses that identify no one: unspecified, loopback, broadcast, netmasks and the cloud
 * metadata endpoint ({@code 0.0.0.0}, {@code 127.0.0.1}, {@code ::1}, {@code 255.255.255.0}, {@code 169.254.169.254}).
 */
final class IpAddressDetector extends BuiltInDetector {
    @Override
    protected int wordShapes() {
        return NUM_DOT | HEX_GROUP;
    }

    /** An address starts with a word of at most 4 chars: an IPv4 octet or an IPv6 group ({@code ::} is no word). */
    @Override
    protected long wordLengths(String prefix) {
        return "::".equals(prefix) ? -1L : lengths(1, 4);
    }

    @Override
    protected String[] prefixes() {
        return new String[] {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f", "A", "B",
            "C", "D", "E", "F", "::"};
    }

    @Override
    protected Findings detect(CharSequence s, int at, int from, Findings out) {
        char c = s.charAt(at);
        if (c != ':' && !Chars.numberStartsAt(s, at)) {
            return null;
        }
        if (Chars.isDigit(c)) {
            int end = ipv4(s, at);
            if (end > 0) {
                return Chars.numberEndsAt(s, end) && !afterVersionWord(s, at) && !afterBrowserProduct(s, at)
                        && !isSpecialV4(s, at, end) ? emit(out, at, end, SensitiveType.IP_ADDRESS) : null;
            }
        }
        int end = ipv6(s, at);
        return end < 0 || isLoopbackOrUnspecifiedV6(s, at, end) ? null : emit(out, at, end, SensitiveType.IP_ADDRESS);
    }

    /**
     * Whether the IPv4 address {@code [at, end)} identifies no one: the unspecified {@code 0.0.0.0} that servers
     * listen on, a loopback address ({@code 127.0.0.1}), the broadcast address or a netmask
     * ({@code 255.255.255.0}), or the link-local metadata endpoint of the clouds ({@code 169.254.169.254}).
     */
    private static boolean isSpecialV4(CharSequence s, int at, int end) {
        char first = s.charAt(at);
        if (first != '0' && first != '1' && first != '2') {
            return false; // none of them starts with 3-9
        }
        long bits = 0;
        int octet = 0;
        for (int i = at; i < end; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                bits = bits << 8 | octet;
                octet = 0;
            } else {
                octet = octet * 10 + c - '0';
            }
        }
        bits = bits << 8 | octet;
        long top = bits >>> 24;
        if (top == 127 || bits == 0xa9fea9feL) {
            return true; // loopback, 169.254.169.254
        }
        long hostBits = ~bits & 0xffffffffL;
        return bits == 0 || top == 255 && (hostBits & (hostBits + 1)) == 0; // ones, then only zeros: a netmask
    }

    /** Whether the IPv6 address {@code [at, end)} is the unspecified {@code ::} or the loopback {@code ::1}, in any spelling. */
    private static boolean isLoopbackOrUnspecifiedV6(CharSequence s, int at, int end) {
        for (int i = at; i < end; i++) {
            char c = s.charAt(i);
            if (c != '0' && c != ':' && !(c == '1' && i == end - 1)) {
                return false;
            }
        }
        return true;
    }

    /** End of a dotted quad at {@code i}, or -1. */
    static int ipv4(CharSequence s, int i) {
        int n = s.length();
        for (int octet = 0; octet < 4; octet++) {
            int e = i;
            int v = 0;
            while (e < n && e - i < 4 && Chars.isDigit(s.charAt(e))) {
                v = v * 10 + s.charAt(e) - '0';
                e++;
            }
            if (e == i || e - i > 3 || v > 255) {
                return -1;
            }
            if (octet < 3) {
                if (e >= n || s.charAt(e) != '.') {
                    return -1;
                }
                e++;
            }
            i = e;
        }
        return i;
    }

    /** End of an IPv6 address at {@code at} (a hex digit or the first colon of {@code ::}), or -1. */
    private static int ipv6(CharSequence s, int at) {
        int n = s.length();
        int i = at;
        int groups = 0;
        boolean compressed = false;
        int end = -1;
        if (s.charAt(i) == ':') {
            if (i + 1 >= n || s.charAt(i + 1) != ':' || at > 0 && (Chars.isHex(s.charAt(at - 1))
                    || s.charAt(at - 1) == ':' || Chars.gluesToWord(s.charAt(at - 1)))) {
                return -1;
            }
            compressed = true;
            i += 2;
            end = i;
        } else if (at > 0 && (s.charAt(at - 1) == ':' || s.charAt(at - 1) == '.')) {
            return -1;
        }
        while (i < n) {
            int h = i;
            while (h < n && h - i < 5 && Chars.isHex(s.charAt(h))) {
                h++;
            }
            if (h == i) {
                break;
            }
            if (h + 1 < n && s.charAt(h) == '.' && Chars.isDigit(s.charAt(h + 1)) && groups <= 6) {
                int v4 = ipv4(s, i);
                if (v4 > 0) {
                    groups += 2;
                    end = v4;
                    break;
                }
                return -1;
            }
            if (h - i > 4) {
                return -1;
            }
            groups++;
            i = h;
            end = i;
            if (groups == 8 || i + 1 >= n || s.charAt(i) != ':') {
                break;
            }
            if (s.charAt(i + 1) == ':') {
                if (compressed) {
                    break;
                }
                compressed = true;
                i += 2;
                end = i;
            } else if (Chars.isHex(s.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        if (end < 0 || (compressed ? groups > 7 || groups == 0 : groups != 8)) {
            return -1;
        }
        if (compressed && groups == 1 && s.charAt(at) != ':' && end - at < 4) {
            return -1; // "ab::" is no address worth the risk
        }
        if (end < n && (Chars.gluesToWord(s.charAt(end)) || s.charAt(end) == '.' && end + 1 < n
                && Chars.isDigit(s.charAt(end + 1)))) {
            return -1;
        }
        if (!compressed && end + 1 < n && s.charAt(end) == ':' && Chars.isHex(s.charAt(end + 1))
                && (!isPortAt(s, end + 1) || end - at == 8 * 3 - 1)) { // eight groups of two hex digits: no address
            return -1; // a longer run of hex groups: a key fingerprint (RSA 39:33:99:e9:...:56:84), no address
        }
        return end;
    }

    /**
     * Whether a port, digits that end the colon-separated run, starts at {@code i}: Java prints an IPv6 socket
     * address without brackets ({@code 0:0:0:0:0:0:0:1:8080}).
     */
    private static boolean isPortAt(CharSequence s, int i) {
        int e = i;
        while (e < s.length() && e - i < 6 && Chars.isDigit(s.charAt(e))) {
            e++;
        }
        return e > i && e - i <= 5 && (e == s.length() || !Chars.isHex(s.charAt(e)) && s.charAt(e) != ':');
    }

    /** Browser products of User-Agent strings, whose versions have four parts: {@code Chrome/120.0.0.0}. */
    private static final String[] BROWSER_PRODUCTS = {"chrome", "chromium", "headlesschrome", "crios", "edg", "edga", "edgios",
        "opr", "version", "yabrowser", "samsungbrowser", "vivaldi", "brave", "electron", "ucbrowser", "qqbrowser"};

    /**
     * Whether the number at {@code at} is the version of a browser product in a User-Agent string
     * ({@code Chrome/120.0.0.0}, {@code Edg/120.0.2210.91}), not an address. Java's {@code host/10.0.0.5}
     * (an {@code InetAddress}) names a host there, which is no such product.
     */
    private static boolean afterBrowserProduct(CharSequence s, int at) {
        if (at < 2 || s.charAt(at - 1) != '/') {
            return false;
        }
        int j = at - 1;
        while (j > 0 && at - 1 - j < 15 && Chars.isLetter(s.charAt(j - 1))) {
            j--;
        }
        return (j == 0 || !Chars.gluesToWord(s.charAt(j - 1))) && Chars.isOneOfIgnoreCase(s, j, at - 1, BROWSER_PRODUCTS);
    }

    /** Whether the number at {@code at} follows the word "version" or "ver" ({@code version 1.2.3.4}). */
    private static boolean afterVersionWord(CharSequence s, int at) {
        int j = at - 1;
        int skipped = 0;
        while (j >= 0 && skipped < 2 && (s.charAt(j) == ' ' || s.charAt(j) == ':' || s.charAt(j) == '=')) {
            j--;
            skipped++;
        }
        int e = j + 1;
        while (j >= 0 && Chars.isLetter(s.charAt(j)) && e - j <= 7) {
            j--;
        }
        int len = e - j - 1;
        return len == 7 && Chars.regionMatchesIgnoreCase(s, j + 1, "version")
                || len == 3 && Chars.regionMatchesIgnoreCase(s, j + 1, "ver");
    }
}
