package dev.logredactor.core.internal.detect;

import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.internal.scan.BuiltInDetector;
import dev.logredactor.core.internal.scan.Chars;
import dev.logredactor.core.internal.scan.Findings;

/**
 * E-mail addresses, plain or with an escaped {@code @}: URL-encoded ({@code %40}), as a JSON unicode
 * escape (backslash {@code u0040}, as encoders that escape all punctuation write it) or an HTML character
 * reference ({@code &#64;}, {@code &#x40;}). Trigger: {@code @}, {@code %4}, backslash {@code u}, {@code &#}.
 * The local part is read backwards from the at sign, the domain forwards; the domain needs at least two
 * labels and a top-level label of letters only, so {@code Class@1a2b3c}, {@code @Override},
 * {@code user@localhost} and {@code pkg@1.2.3} stay.
 */
public final class EmailDetector extends BuiltInDetector {
    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 253;
    /** File extensions that follow an {@code @} in asset names ({@code icon@2x.png}) and are no TLDs. */
    private static final String[] FILE_EXTENSIONS = {"png", "jpg", "jpeg", "gif", "svg", "webp", "css", "js",
        "json", "xml", "html", "htm", "txt", "log", "java", "class", "jar", "yml", "yaml", "properties"};

    /** The domains of SSH algorithm names ({@link #isSshAlgorithm}). */
    private static final String[] SSH_DOMAINS = {"openssh.com", "libssh.org", "lysator.liu.se"};

    @Override
    protected String[] prefixes() {
        return new String[] {"@", "%4", "\\u", "&#"};
    }

    @Override
    protected Findings detect(CharSequence s, int at, int from, Findings out) {
        int domainStart = atSignEnd(s, at);
        if (domainStart < 0) {
            return null;
        }
        int localStart = localStart(s, at, from);
        if (localStart < 0) {
            return null;
        }
        int domainEnd = domainEnd(s, domainStart);
        if (domainEnd < 0 || isSshAlgorithm(s, localStart, at, domainStart, domainEnd)) {
            return null;
        }
        return emit(out, localStart, domainEnd, SensitiveType.EMAIL);
    }

    /**
     * Whether {@code local@domain} is the name of an SSH algorithm or extension ({@code name@domain}, RFC 4251
     * section 6) of OpenSSH, libssh or the old Rijndael one: {@code chacha20-poly1305@openssh.com},
     * {@code curve25519-sha256@libssh.org}, {@code rijndael-cbc@lysator.liu.se}, which sshd and Java SSH
     * clients (JSch, Apache MINA SSHD) log in every key exchange. Lower-case letters, digits, {@code -} and
     * {@code .} only.
     */
    private static boolean isSshAlgorithm(CharSequence s, int localStart, int localEnd, int domainStart, int domainEnd) {
        if (!Chars.isOneOfIgnoreCase(s, domainStart, domainEnd, SSH_DOMAINS)) {
            return false;
        }
        for (int i = localStart; i < localEnd; i++) {
            char c = s.charAt(i);
            if (!(Chars.isLower(c) || Chars.isDigit(c) || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /** Where the at sign that starts at {@code at}, raw or escaped, ends; -1 when there is none. */
    public static int atSignEnd(CharSequence s, int at) {
        switch (s.charAt(at)) {
            case '@':
                return at + 1;
            case '%':
                return Chars.regionMatches(s, at + 1, "40") ? at + 3 : -1;
            case '\\':
                return Chars.regionMatches(s, at + 1, "u0040") ? at + 6 : -1;
            default:
                if (Chars.regionMatches(s, at, "&#64;")) {
                    return at + 5;
                }
                return Chars.regionMatchesIgnoreCase(s, at, "&#x40;") ? at + 6 : -1;
        }
    }

    /** The chars other than letters and digits that a local part may hold, raw or URL-encoded. */
    private static boolean isLocalPunctuation(int c) {
        return c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static int localStart(CharSequence s, int at, int from) {
        int lo = Math.max(from, at - MAX_LOCAL);
        int j = at;
        boolean alnum = false;
        while (j > lo) {
            int escaped = Chars.escapedBefore(s, j);
            if (escaped >= 0 && !isLocalPunctuation(escaped)) {
                break; // a URL-encoded separator: email%3Dbob%40example.com
            }
            char c = s.charAt(j - 1);
            if (Chars.isAlnum(c)) {
                alnum = true;
            } else if (!isLocalPunctuation(c)) {
                break;
            }
            j--;
        }
        while (j < at && (s.charAt(j) == '.' || s.charAt(j) == '-')) {
            j++;
        }
        if (!alnum || j == at || s.charAt(at - 1) == '.') {
            return -1;
        }
        return j > 0 && (s.charAt(j - 1) >= 128 && Character.isLetterOrDigit(s.charAt(j - 1))) ? -1 : j;
    }

    /** End of a dotted domain with a TLD of letters, or -1. */
    private static int domainEnd(CharSequence s, int start) {
        int n = Math.min(s.length(), start + MAX_DOMAIN);
        int i = start;
        int labels = 0;
        int lastLabelStart = start;
        int end = -1;
        while (i < n) {
            int ls = i;
            while (i < n && (Chars.isAlnum(s.charAt(i)) || s.charAt(i) == '-')) {
                i++;
            }
            if (i == ls || s.charAt(ls) == '-' || s.charAt(i - 1) == '-' || i - ls > 63) {
                break;
            }
            labels++;
            lastLabelStart = ls;
            end = i;
            if (i + 1 < n && s.charAt(i) == '.' && Chars.isAlnum(s.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        if (labels < 2 || end < 0) {
            return -1;
        }
        if (end < s.length() && Chars.gluesToWord(s.charAt(end))) {
            return -1;
        }
        int tldLen = end - lastLabelStart;
        if (tldLen < 2) {
            return -1;
        }
        for (int k = lastLabelStart; k < end; k++) {
            if (!Chars.isLetter(s.charAt(k))) {
                return -1;
            }
        }
        for (String ext : FILE_EXTENSIONS) {
            if (ext.length() == tldLen && Chars.regionMatchesIgnoreCase(s, lastLabelStart, ext)) {
                return -1;
            }
        }
        return end;
    }
}
