package dev.logredactor.core.internal.detect;

import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.internal.scan.BuiltInDetector;
import dev.logredactor.core.internal.scan.Chars;
import dev.logredactor.core.internal.scan.Findings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Vendor API tokens recognised by their published prefix, alphabet and length. One table, looked up
 * by the first char of a word; within a char, longer prefixes first ({@code sk-ant-} before {@code sk-}).
 * Sources: each vendor's documentation of its token format, and the gitleaks rule set.
 */
final class VendorTokenDetector extends BuiltInDetector {
    /** [A-Za-z0-9] */
    private static final int ALNUM = 1;
    /** [A-Za-z0-9_-] */
    private static final int B64URL = 2;
    /** [A-Za-z0-9_.-] */
    private static final int B64URL_DOT = 3;
    /** [0-9a-fA-F] */
    private static final int HEX = 4;
    /** [A-Za-z0-9-] */
    private static final int ALNUM_DASH = 5;
    /** [A-Za-z0-9_] */
    private static final int WORD = 6;
    /** [A-Za-z0-9_/-]: a URL path */
    private static final int PATH = 7;

    private static final class Format {
        final String prefix;
        final SensitiveType type;
        final int alphabet;
        final int min;
        final int max;

        Format(String prefix, SensitiveType type, int alphabet, int min, int max) {
            this.prefix = prefix;
            this.type = type;
            this.alphabet = alphabet;
            this.min = min;
            this.max = max;
        }
    }

    private static final List<Format> ALL = new ArrayList<>();
    /** No lambda: this runs while the redactor is built, often before any lambda has been linked in the JVM. */
    private static final Comparator<Format> LONGEST_PREFIX_FIRST = new Comparator<>() {
        @Override
        public int compare(Format a, Format b) {
            return Integer.compare(b.prefix.length(), a.prefix.length());
        }
    };

    static {
        for (String p : new String[] {"ghp_", "gho_", "ghu_", "ghs_", "ghr_"}) {
            add(p, SensitiveType.GITHUB_TOKEN, ALNUM, 36, 255);
        }
        add("github_pat_", SensitiveType.GITHUB_TOKEN, WORD, 82, 255);
        for (String p : new String[] {"glpat-", "gldt-", "glrt-", "glptt-", "glft-", "glimt-", "glagent-", "glcbt-",
            "gloas-", "glsoat-", "glffct-"}) {
            add(p, SensitiveType.GITLAB_TOKEN, B64URL_DOT, 20, 300);
        }
        for (String p : new String[] {"xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxs-", "xoxe-", "xapp-", "xoxe.xoxp-",
            "xoxe.xoxb-"}) {
            add(p, SensitiveType.SLACK_TOKEN, ALNUM_DASH, 10, 255);
        }
        for (String p : new String[] {"hooks.slack.com/services/", "hooks.slack.com/workflows/",
            "hooks.slack.com/triggers/"}) {
            add(p, SensitiveType.SLACK_WEBHOOK, PATH, 20, 200);
        }
        for (String p : new String[] {"sk_live_", "sk_test_", "rk_live_", "rk_test_"}) {
            add(p, SensitiveType.STRIPE_KEY, ALNUM, 10, 255);
        }
        add("whsec_", SensitiveType.STRIPE_KEY, ALNUM, 32, 255); // a webhook endpoint's signing secret
        add("AIza", SensitiveType.GOOGLE_API_KEY, B64URL, 35, 35);
        add("sk-ant-", SensitiveType.ANTHROPIC_KEY, B64URL, 32, 255);
        for (String p : new String[] {"sk-proj-", "sk-svcacct-", "sk-admin-", "sk-None-"}) {
            add(p, SensitiveType.OPENAI_KEY, B64URL, 20, 255);
        }
        add("sk-", SensitiveType.OPENAI_KEY, B64URL, 32, 255);
        add("SG.", SensitiveType.SENDGRID_KEY, B64URL_DOT, 66, 66);
        add("npm_", SensitiveType.NPM_TOKEN, ALNUM, 36, 36);
        add("SK", SensitiveType.TWILIO_KEY, HEX, 32, 32);
        ALL.sort(LONGEST_PREFIX_FIRST);
    }

    private static void add(String prefix, SensitiveType type, int alphabet, int min, int max) {
        ALL.add(new Format(prefix, type, alphabet, min, max));
    }

    private final Format[][] byFirstChar = new Format[128][];
    private final String[] prefixes;

    /** A detector for the formats whose type is in {@code enabled}. */
    VendorTokenDetector(Set<SensitiveType> enabled) {
        java.util.Set<String> pairs = new java.util.TreeSet<>();
        for (char c = 0; c < 128; c++) {
            List<Format> list = new ArrayList<>();
            for (Format f : ALL) {
                if (f.prefix.charAt(0) == c && enabled.contains(f.type)) {
                    list.add(f);
                }
            }
            if (!list.isEmpty()) {
                byFirstChar[c] = list.toArray(new Format[0]);
                for (Format f : list) {
                    pairs.add(f.prefix.substring(0, 2));
                }
            }
        }
        prefixes = pairs.toArray(new String[0]);
    }

    /** The types this detector can report. */
    static boolean covers(SensitiveType t) {
        for (Format f : ALL) {
            if (f.type == t) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected String[] prefixes() {
        return prefixes.clone();
    }

    @Override
    protected Findings detect(CharSequence s, int at, int from, Findings out) {
        Format[] formats = byFirstChar[s.charAt(at)];
        if (formats == null) {
            return null;
        }
        int n = s.length();
        for (Format f : formats) {
            if (!Chars.regionMatches(s, at, f.prefix)) {
                continue;
            }
            int b = at + f.prefix.length();
            int e = b;
            while (e < n && e - b <= f.max && inAlphabet(s.charAt(e), f.alphabet)) {
                e++;
            }
            if (f.alphabet == B64URL_DOT || f.alphabet == PATH) {
                while (e > b && (s.charAt(e - 1) == '.' || s.charAt(e - 1) == '/')) {
                    e--; // a sentence's full stop, a trailing slash
                }
            }
            int len = e - b;
            if (len >= f.min && len <= f.max && (e >= n || !Chars.gluesToWord(s.charAt(e)))) {
                return emit(out, at, e, f.type);
            }
        }
        return null;
    }

    private static boolean inAlphabet(char c, int alphabet) {
        if (Chars.isAlnum(c)) {
            return alphabet != HEX || Chars.isHex(c);
        }
        switch (alphabet) {
            case B64URL:
                return c == '_' || c == '-';
            case B64URL_DOT:
                return c == '_' || c == '-' || c == '.';
            case ALNUM_DASH:
                return c == '-';
            case WORD:
                return c == '_';
            case PATH:
                return c == '_' || c == '-' || c == '/';
            default:
                return false;
        }
    }
}
