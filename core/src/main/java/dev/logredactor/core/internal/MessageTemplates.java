package dev.logredactor.core.internal;

import dev.logredactor.core.SensitiveType;
import java.util.ArrayList;
import java.util.List;

/**
 * Parameterized messages ({@code "login {} from {}"}, SLF4J's and Log4j's {@code {}} slots), scanned as the
 * formatted message would be, with the template's literal text scanned once per template instead of at
 * every event: each event then costs a scan of its arguments alone.
 *
 * <p>Design: the findings of a formatted message are the union of those of its parts (the literal texts
 * and the arguments, each scanned alone) when no finding can reach across a slot's edge and nothing in one
 * part changes what is found in another. A template's plan says whether its slots are isolated that way:
 * <ul>
 * <li>by its text: each slot stands between spaces (or at an end of the template, not next to another
 *     slot), the words on both sides are letters only, lower case or capitalized ({@code Order {} placed}),
 *     and the template holds no line break, PEM dashes ({@code -----}) or command-line flag
 *     ({@code -p}, {@code --password}), whose detectors read across words;</li>
 * <li>by probing the detectors themselves: the template is formatted with each of {@link #PROBES} (a
 *     password, an e-mail address, card and phone numbers in groups, an IBAN, tokens, base64 credentials,
 *     a quoted value, a key and its value, an empty argument, ...) in every slot, and the scanner must
 *     find there exactly the union of what it finds in the parts. A word that gives its neighbour a
 *     meaning ({@code Bearer}, {@code BY}, {@code version}, a key name) changes that, and the slots next
 *     to it are not isolated.</li>
 * </ul>
 * At each event, the arguments must fit what the probes stood for: no line break, quotes and brackets
 * balanced, the first and last char a letter, a digit, or an opening (first) or closing (last) quote or
 * bracket ({@code +} may start a phone number), and no key name in its last word ({@code --address},
 * {@code address%3D}: the template's words after it would be the key's value, and whether they are one may
 * take more than the next word to tell). Each argument is scanned between the words that stand
 * next to its slot ({@code "by " + arg + " at"}), and every finding there must lie inside the argument:
 * one that takes in a neighbour (an argument that ends with a key or a flag whose value the next word
 * would be, a quoted or element value that runs on, a name of several words) means the argument and the
 * template are read together, and the message is scanned whole. The formatted message
 * must be the template with the arguments in its slots, char for char, which also guards against a
 * framework that reads escapes differently. Whatever does not fit is scanned as the whole formatted
 * message, as without a plan; {@code MessageTemplateTest} and the fuzz target check that both ways give
 * the same findings. User rules (re2j) see only whole texts: an engine with rules has no plans.
 *
 * <p>Plans live in a small table indexed by the template's hash, each slot holding one immutable plan that
 * a miss replaces: reads take no lock, and a table that programs with too many templates thrash costs no
 * more than scanning the formatted messages. A template is probed the second time it is seen, so that
 * one made anew for each event (a concatenated string used as a template) costs one scan of its text.
 *
 * <p>Thread-safe: plans are immutable and published through final fields; a race between two threads
 * that plan the same template makes two equal plans.
 */
final class MessageTemplates {
    private static final int SIZE = 1024;
    /** The longest buffer a thread keeps for scanning arguments between their neighbouring words. */
    private static final int MAX_KEPT = 16 * 1024;
    private static final ThreadLocal<StringBuilder> NEAR = ThreadLocal.withInitial(() -> new StringBuilder(128));
    /**
     * What a slot may hold, standing for the arguments that the per-event checks let through. Each has a
     * shape some detector finds, or is a plain word, or is empty.
     */
    static final String[] PROBES = {"", "x", "hunter2", "Xy7Tk9Qz2Lm4Wp8R", "Tr0ub4dor&3x", "bob@example.com",
        "4111111111111111", "4111 1111 1111 1111", "+44 20 7946 0958", "(415) 555-0132", "415-555-0132", "020 7946 0958",
        "203.0.113.42", "2001:db8::1", "1.2.3.4", "123-45-6789", "DE89 3704 0044 0532 0130 00", "DE89370400440532013000",
        "AKIAQ3EXAMPLE7ABCD2F", "ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.c2lnbmF0dXJl", "AGJvYgBodW50ZXIy", "dXNlcjpodW50ZXIy", "password=hunter2",
        "\"Tr0ub4dor&3x\"", "'Tr0ub4dor&3x'", "[hunter2]", "(hunter2)", "{hunter2}", "https://bob:s3cret@db.example.com",
        "12345", "2024", "deadbeef", "Maria Garcia", "SW1A 1AA", "name=DB_PASSWORD", "Bearer Xy7Tk9Qz2Lm4Wp8R",
        "password", "Bearer", "token", "IDENTIFIED BY", "AUTH PLAIN"};

    /** What {@link #find} returns when the plan does not apply: never handed on, never changed. */
    static final Findings NOT_PLANNED = new Findings();

    private final Scan scanner;
    private final SensitiveKeys keys;
    private final Plan[] plans = new Plan[SIZE];

    /** @param keys the key names of the scanner's detectors, built-in and configured */
    MessageTemplates(Scan scanner, SensitiveKeys keys) {
        this.scanner = scanner;
        this.keys = keys;
    }

    /** What is known of one template. */
    static final class Plan {
        final String template;
        /** The literal texts between the slots: one more than there are slots; null until probed. */
        final String[] literals;
        /** Per literal text, its findings, or null; null until probed. */
        final Findings[] literalFindings;
        /** Whether the slots are isolated, so that the parts may be scanned alone. */
        final boolean isolated;
        /** Per slot, the word before it and a space ({@code ""} at the template's start): what an argument is scanned after. */
        final String[] before;
        /** Per slot, a space and the word after it ({@code ""} at the template's end): what an argument is scanned before. */
        final String[] after;

        Plan(String template, String[] literals, Findings[] literalFindings, boolean isolated) {
            this.template = template;
            this.literals = literals;
            this.literalFindings = literalFindings;
            this.isolated = isolated;
            int slots = literals == null || !isolated ? 0 : literals.length - 1;
            this.before = new String[slots];
            this.after = new String[slots];
            for (int i = 0; i < slots; i++) {
                String l = literals[i];
                before[i] = l.substring(l.lastIndexOf(' ', l.length() - 2) + 1);
                String r = literals[i + 1];
                int end = r.indexOf(' ', 1);
                after[i] = r.substring(0, end < 0 ? r.length() : end);
            }
        }

        boolean probed() {
            return literals != null;
        }
    }

    /**
     * The findings of {@code formatted} (the template with {@code args} in its slots), from the template's
     * plan and a scan of each argument between the words that stand next to its slot; {@link #NOT_PLANNED}
     * when the plan does not apply, and then the caller scans {@code formatted} as it would without one.
     * Findings are the scanner's alone: the caller adds what rules and the allow list do. Allocates
     * nothing for a clean message once the thread's buffer has grown to its arguments.
     */
    Findings find(String template, CharSequence formatted, CharSequence[] args) {
        Plan p = plan(template);
        if (!p.probed() || !p.isolated || args.length != p.literals.length - 1 || !formats(p.literals, args, formatted)) {
            return NOT_PLANNED;
        }
        for (CharSequence a : args) {
            if (!fits(a) || lastWordHasKey(a)) {
                return NOT_PLANNED;
            }
        }
        StringBuilder near = NEAR.get();
        Findings combined = append(null, p.literalFindings[0], 0);
        int offset = p.literals[0].length();
        for (int i = 0; i < args.length; i++) {
            CharSequence a = args[i];
            near.setLength(0);
            near.append(p.before[i]).append(a).append(p.after[i]);
            int start = p.before[i].length();
            Findings f = scanner.scan(near);
            if (f != null && !inside(f, start, start + a.length())) {
                return NOT_PLANNED;
            }
            combined = append(combined, f, offset - start);
            offset += a.length();
            combined = append(combined, p.literalFindings[i + 1], offset);
            offset += p.literals[i + 1].length();
        }
        if (near.capacity() > MAX_KEPT) {
            NEAR.remove();
        }
        return combined;
    }

    /**
     * Whether a key name ends anywhere in the argument's last word ({@code --address}, {@code x=1&address%253D},
     * {@code API key}): the template's words after the argument could be that key's value, and whether they
     * are one may take more than the next word to tell (an address of several words with a digit).
     */
    private boolean lastWordHasKey(CharSequence a) {
        int n = a.length();
        int word = n;
        while (word > 0 && a.charAt(word - 1) != ' ' && a.charAt(word - 1) != '\t') {
            word--;
        }
        for (int j = word + 1; j <= n; j++) {
            if (Chars.isAlnum(a.charAt(j - 1)) && (j == n || !Chars.isAlnum(a.charAt(j))) && keys.lookupPhrase(a, j, 0) != null) {
                return true;
            }
        }
        return false;
    }

    /** The plan of {@code template}, probed the second time it is asked for. */
    Plan plan(String template) {
        int slot = template.hashCode() & (SIZE - 1);
        Plan p = plans[slot];
        if (p != null && (p.template == template || p.template.equals(template))) {
            if (p.probed()) {
                return p;
            }
        } else {
            p = new Plan(template, null, null, false); // seen once: not worth probing yet
            plans[slot] = p;
            return p;
        }
        p = probe(template);
        plans[slot] = p;
        return p;
    }

    private Plan probe(String template) {
        String[] literals = literals(template);
        Findings[] found = new Findings[literals.length];
        for (int i = 0; i < literals.length; i++) {
            found[i] = scanner.scan(literals[i]);
        }
        return new Plan(template, literals, found, literals.length == 1 || isolatedByText(literals) && isolatedByProbes(literals, found));
    }

    /**
     * The literal texts of a template, as SLF4J's {@code MessageFormatter} reads it: {@code {}} is a slot,
     * a backslash before it makes it text ({@code \{}}), and a doubled backslash before it stands for one
     * backslash before a slot.
     */
    static String[] literals(String template) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        int i = 0;
        int n = template.length();
        while (i < n) {
            int slot = template.indexOf("{}", i);
            if (slot < 0) {
                break;
            }
            boolean escaped = slot > 0 && template.charAt(slot - 1) == '\\';
            boolean doubled = escaped && slot > 1 && template.charAt(slot - 2) == '\\';
            if (escaped && !doubled) {
                part.append(template, i, slot - 1).append("{}");
            } else {
                part.append(template, i, doubled ? slot - 1 : slot);
                parts.add(part.toString());
                part.setLength(0);
            }
            i = slot + 2;
        }
        parts.add(part.append(template, i, n).toString());
        return parts.toArray(new String[0]);
    }

    /** The template's text keeps its slots apart from anything a detector reads across (see the class note). */
    private static boolean isolatedByText(String[] literals) {
        int last = literals.length - 1;
        for (int i = 0; i <= last; i++) {
            String l = literals[i];
            if (l.indexOf('\n') >= 0 || l.indexOf('\r') >= 0 || l.contains("-----") || hasFlag(l)) {
                return false;
            }
        }
        for (int slot = 0; slot < last; slot++) {
            String before = literals[slot];
            String after = literals[slot + 1];
            if (!(slot == 0 && before.isEmpty()) && !plainWordThenSpace(before)) {
                return false;
            }
            if (!(slot + 1 == last && after.isEmpty()) && !spaceThenPlainWord(after)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text ends with a plain word ({@link #plain}) and one space. */
    private static boolean plainWordThenSpace(String l) {
        int end = l.length() - 1;
        if (end < 1 || l.charAt(end) != ' ') {
            return false;
        }
        int start = l.lastIndexOf(' ', end - 1) + 1;
        return plain(l, start, end);
    }

    /** Whether the text starts with one space and a plain word ({@link #plain}). */
    private static boolean spaceThenPlainWord(String l) {
        if (l.length() < 2 || l.charAt(0) != ' ') {
            return false;
        }
        int end = l.indexOf(' ', 1);
        return plain(l, 1, end < 0 ? l.length() : end);
    }

    /** Whether {@code l[start, end)} is a word of letters only, lower case but for the first one. */
    private static boolean plain(String l, int start, int end) {
        if (start >= end) {
            return false;
        }
        for (int k = start; k < end; k++) {
            char c = l.charAt(k);
            if (!(Chars.isLower(c) || k == start && Chars.isUpper(c))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text holds a command-line flag: a dash after a space or at its start, then a letter or a dash. */
    private static boolean hasFlag(String l) {
        for (int i = l.indexOf('-'); i >= 0; i = l.indexOf('-', i + 1)) {
            if ((i == 0 || l.charAt(i - 1) == ' ') && i + 1 < l.length() && (Chars.isLetter(l.charAt(i + 1)) || l.charAt(i + 1) == '-')) {
                return true;
            }
        }
        return false;
    }

    /** With each probe in every slot, the scanner finds exactly what it finds in the parts alone. */
    private boolean isolatedByProbes(String[] literals, Findings[] literalFindings) {
        for (String probe : PROBES) {
            Findings alone = scanner.scan(probe);
            StringBuilder m = new StringBuilder();
            Findings expected = null;
            for (int i = 0; i < literals.length; i++) {
                expected = append(expected, literalFindings[i], m.length());
                m.append(literals[i]);
                if (i < literals.length - 1) {
                    expected = append(expected, alone, m.length());
                    m.append(probe);
                }
            }
            if (!same(scanner.scan(m), expected)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the formatted text is the literals with the arguments between them, char for char. */
    private static boolean formats(String[] literals, CharSequence[] args, CharSequence formatted) {
        int pos = 0;
        int n = formatted.length();
        for (int i = 0; i < literals.length; i++) {
            if (!regionEquals(formatted, pos, literals[i])) {
                return false;
            }
            pos += literals[i].length();
            if (i < args.length) {
                if (!regionEquals(formatted, pos, args[i])) {
                    return false;
                }
                pos += args[i].length();
            }
        }
        return pos == n;
    }

    private static boolean regionEquals(CharSequence s, int at, CharSequence part) {
        int len = part.length();
        if (at + len > s.length()) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (s.charAt(at + k) != part.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether an argument is like what the probes stood for: no line break, quotes and brackets balanced,
     * its first char a letter, a digit, {@code +} or an opening quote or bracket, its last a letter, a digit
     * or a closing quote or bracket, not {@code >} (an argument that ends with an XML element's start tag,
     * {@code <password>}, makes the template's text after it the element's content), and not a URL- or
     * Gson-encoded separator ({@code cvv%3D}).
     */
    static boolean fits(CharSequence a) {
        int n = a.length();
        if (n == 0) {
            return true;
        }
        if (Chars.escapeBefore(a, n) || n >= 6 && a.charAt(n - 6) == '\\' && (a.charAt(n - 5) | 0x20) == 'u') {
            return false; // ends with an encoded separator (%3D, %253D, backslash u003d): a key's, whose value would follow
        }
        if (!(Chars.isAlnum(a.charAt(0)) || "+\"'([{<".indexOf(a.charAt(0)) >= 0)
                || !(Chars.isAlnum(a.charAt(n - 1)) || "\"')]}".indexOf(a.charAt(n - 1)) >= 0)) {
            return false;
        }
        int quotes = 0;
        int apostrophes = 0;
        int round = 0;
        int square = 0;
        int curly = 0;
        int angle = 0;
        for (int i = 0; i < n; i++) {
            switch (a.charAt(i)) {
                case '\n':
                case '\r':
                    return false;
                case '"':
                    quotes++;
                    break;
                case '\'':
                    apostrophes++;
                    break;
                case '(':
                    round++;
                    break;
                case ')':
                    round--;
                    break;
                case '[':
                    square++;
                    break;
                case ']':
                    square--;
                    break;
                case '{':
                    curly++;
                    break;
                case '}':
                    curly--;
                    break;
                case '<':
                    angle++;
                    break;
                case '>':
                    angle--;
                    break;
                default:
                    break;
            }
        }
        return (quotes & 1) == 0 && (apostrophes & 1) == 0 && round == 0 && square == 0 && curly == 0 && angle == 0;
    }

    /**
     * Whether every finding lies inside the argument, at {@code [start, end)} of the text scanned around it,
     * and none is open at its end: a finding that takes in a neighbouring word (the value of a key or flag
     * that ends the argument, a quoted or element value that runs on, a name of several words) shows that
     * the argument and the template's text are read together there. A personal value that starts the
     * argument could take in words before it.
     */
    private static boolean inside(Findings f, int start, int end) {
        if (f.endsInOpenPrivateKey()) {
            return false;
        }
        int pii = SensitiveType.PII_FIELD.ordinal();
        for (int i = 0; i < f.size(); i++) {
            if (f.start(i) < start || f.end(i) > end || f.type(i) == pii && f.start(i) == start) {
                return false;
            }
        }
        return true;
    }

    private static Findings append(Findings to, Findings from, int offset) {
        if (from == null || from.size() == 0 && !from.endsInOpenPrivateKey()) {
            return to;
        }
        Findings f = to == null ? new Findings() : to;
        for (int i = 0; i < from.size(); i++) {
            f.add(from.start(i) + offset, from.end(i) + offset, from.type(i));
        }
        if (from.endsInOpenPrivateKey()) {
            f.markOpenPrivateKey();
        }
        return f;
    }

    private static boolean same(Findings a, Findings b) {
        int na = a == null ? 0 : a.size();
        int nb = b == null ? 0 : b.size();
        if (na != nb || (a != null && a.endsInOpenPrivateKey()) != (b != null && b.endsInOpenPrivateKey())) {
            return false;
        }
        for (int i = 0; i < na; i++) {
            if (a.start(i) != b.start(i) || a.end(i) != b.end(i) || a.type(i) != b.type(i)) {
                return false;
            }
        }
        return true;
    }
}
