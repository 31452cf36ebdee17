package dev.logredactor.core.internal.keys;

import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.internal.check.IbanCheck;
import dev.logredactor.core.internal.scan.BuiltInDetector;
import dev.logredactor.core.internal.scan.Chars;
import dev.logredactor.core.internal.scan.Findings;

/**
 * Reads the value that follows a sensitive key and emits it with the entry's type. Shared by the
 * {@code k=v}/{@code k: v}/JSON detector, the XML element detector and the command-line flag detector.
 *
 * <p>A value is quoted ({@code "v"}, {@code 'v'}, escaped {@code \"v\"} at any depth, {@code %22v%22},
 * {@code &quot;v&quot;}) and then runs to its closing quote, or the end of its line when that quote
 * never comes (fail closed); or it is a list ({@code [v]}, {@code ["v1","v2"]}) whose content goes; or
 * Spring's {@code rejected value [v]}; or it is unquoted and runs to the first delimiter (white space,
 * {@code , ; & | ) ] } < > " ' \}, a wire log's {@code [\r]}). Values that cannot be secrets stay: empty, {@code null}, booleans,
 * masks ({@code ****}), placeholders ({@code ${DB_PASSWORD}}, {@code [REDACTED_...]}) and object
 * renderings ({@code Token{a64f992}}, {@code Key@1b6d3586}).
 *
 * <p>The syntax of values is in {@link ValueEnds}, their typed shapes in {@link ValueShapes}, the values
 * that stay in {@link HarmlessValues}; this class decides, per kind of key, what to emit.
 */
public final class KeyedValue {
    private final boolean[] enabled;

    /** @param enabled which {@link SensitiveType} ordinals may be emitted */
    public KeyedValue(boolean[] enabled) {
        this.enabled = enabled;
    }

    /**
     * Emits the value starting at or after {@code vs} (spaces skipped) for a key that matched {@code e}.
     *
     * @param encoded whether the separator was URL-encoded ({@code %3D}), so {@code %26} and {@code +} end
     *     the value
     */
    Findings emit(CharSequence s, int vs, boolean encoded, SensitiveKeys.Entry e, Findings out) {
        return emit(s, vs, true, encoded, e, out);
    }

    /**
     * As {@link #emit(CharSequence, int, boolean, SensitiveKeys.Entry, Findings)}; with {@code spaced}
     * false a space right after the separator means there is no value ({@code password= in}).
     */
    Findings emit(CharSequence s, int vs, boolean spaced, boolean encoded, SensitiveKeys.Entry e, Findings out) {
        int n = s.length();
        int i = valueStart(s, vs, spaced, encoded);
        if (i >= n) {
            return null;
        }
        long opening = ValueEnds.opening(s, i, encoded);
        if (opening == ValueEnds.NO_VALUE) {
            return null;
        }
        int start = (int) (opening >>> 32);
        int end = (int) opening;
        boolean quoted = end >= 0;
        if (quoted && Chars.regionMatches(s, i, "rejected value [") && (end == n || s.charAt(end) != ']')) {
            return emitUnclosed(s, start, end, e, out);
        }
        // Linear time: a value that is harmless by its first chars is dropped before its end is looked
        // for. Found after a scan to the end of a long token, it would be found again from the next key
        // in that token ("a=[REDACTED]a=[REDACTED]..."), which is quadratic in the token's length.
        boolean auth = e.kind == SensitiveKeys.Kind.AUTHORIZATION;
        if (Chars.regionMatches(s, start, "[REDACTED") || !quoted && !auth && HarmlessValues.isObjectRenderingStart(s, start)) {
            return null;
        }
        if (!quoted && !auth && AuthHeaderDetector.schemeEnd(s, start, n) >= 0) {
            return authorization(s, start, n, out); // token: Bearer xyz, the credential goes, not the scheme word
        }
        return quoted ? emitQuoted(s, start, end, e, out) : emitUnquoted(s, start, encoded, e, out);
    }

    /** Where the value starts: after spaces (when {@code spaced}), encoded spaces and Ruby's {@code =>}. */
    private static int valueStart(CharSequence s, int vs, boolean spaced, boolean encoded) {
        int n = s.length();
        int i = spaced ? ValueEnds.skipSpaces(s, vs) : vs;
        for (int k = 0; encoded && k < 3 && (Chars.regionMatches(s, i, "%20") || i < n && s.charAt(i) == '+'); k++) {
            i += s.charAt(i) == '+' ? 1 : 3; // an encoded space after the separator: password%3A%20v
        }
        if (i < n && s.charAt(i) == '>' && i == vs) {
            i = ValueEnds.skipSpaces(s, i + 1); // Ruby's =>
        }
        return i;
    }

    private Findings emitQuoted(CharSequence s, int start, int end, SensitiveKeys.Entry e, Findings out) {
        switch (e.kind) {
            case AUTHORIZATION:
                return authorization(s, start, end, out);
            case COOKIE:
                return emitChecked(s, start, end, true, e.type, out);
            default:
                return emitSpan(s, start, end, true, e, out);
        }
    }

    private Findings emitUnquoted(CharSequence s, int start, boolean encoded, SensitiveKeys.Entry e, Findings out) {
        switch (e.kind) {
            case AUTHORIZATION:
                return authorization(s, start, s.length(), out); // its parts end at a line break anyway
            case COOKIE:
                return emitChecked(s, start, ValueEnds.cookieEnd(s, start), false, e.type, out);
            default:
                return emitSpan(s, start, unquotedEnd(s, start, encoded, e.kind), false, e, out);
        }
    }

    /** Where an unquoted value of a key of this kind ends: names and addresses take a few words, a phone its groups. */
    private static int unquotedEnd(CharSequence s, int start, boolean encoded, SensitiveKeys.Kind kind) {
        switch (kind) {
            case WORDS:
            case ADDRESS:
                return ValueEnds.extendWords(s, ValueEnds.unquotedEnd(s, start, encoded), encoded);
            case PHONE:
                return ValueShapes.phoneEnd(s, start);
            case IBAN:
                int iban = IbanCheck.end(s, start, true);
                return iban > 0 ? iban : ValueEnds.unquotedEnd(s, start, encoded);
            case SSN:
                return Math.max(ValueShapes.spacedSsnEnd(s, start), ValueEnds.unquotedEnd(s, start, encoded));
            case POSTCODE:
                return ValueShapes.postcodeEnd(s, ValueEnds.unquotedEnd(s, start, encoded), start);
            case DATE:
                return ValueShapes.dateEnd(s, ValueEnds.unquotedEnd(s, start, encoded), start);
            default:
                return ValueEnds.unquotedEnd(s, start, encoded);
        }
    }

    /**
     * Emits a value whose extent is known (quoted, or the content of an XML element or {@code value}
     * attribute), by its key's rules in every syntax alike: a bare {@code address} keeps a network address
     * ({@code <address>10.0.0.5:8080</address>}) and an unquoted value without a digit ({@code client
     * address: Connection reset}), a {@code session} keeps a numeric id or a hex literal, a {@code code} all but
     * an authorization code.
     */
    Findings emitSpan(CharSequence s, int start, int end, boolean quoted, SensitiveKeys.Entry e, Findings out) {
        switch (e.kind) {
            case ADDRESS:
                return ValueShapes.isNetworkShaped(s, start, end) || !quoted && !ValueShapes.hasDigit(s, start, end) ? null
                        : emitChecked(s, start, end, quoted, e.type, out);
            case PHONE:
                return ValueShapes.isPhoneValue(s, start, end) && enabled[SensitiveType.PHONE.ordinal()]
                        ? BuiltInDetector.emit(out, start, end, SensitiveType.PHONE) : null;
            case RANDOM:
                return ProsePasswordDetector.looksRandom(s, start, end) && longestAlnumRun(s, start, end) >= 10
                        ? emitChecked(s, start, end, quoted, e.type, out) : null;
            case IBAN:
                return IbanCheck.end(s, start, true) == end && enabled[SensitiveType.IBAN.ordinal()]
                        ? BuiltInDetector.emit(out, start, end, SensitiveType.IBAN) : null;
            case AWS_SECRET:
                if (!quoted && end - start == 41 && s.charAt(end - 1) == '.') {
                    end--; // the end of a sentence
                }
                if (end - start == 40 && ValueShapes.isAwsSecret(s, start, end)) {
                    return enabled[SensitiveType.AWS_SECRET_KEY.ordinal()]
                            ? BuiltInDetector.emit(out, start, end, SensitiveType.AWS_SECRET_KEY) : null;
                }
                return emitChecked(s, start, end, quoted, SensitiveType.SECRET, out);
            case AUTHORIZATION:
                return authorization(s, start, end, out);
            case SESSION:
                boolean noSession = ValueShapes.isNumericId(s, start, end) || ValueShapes.isHexLiteral(s, start, end)
                        || !quoted && ValueShapes.isSentence(s, start, end);
                return noSession ? null : emitChecked(s, start, end, quoted, e.type, out);
            case AUTH_CODE:
                return ValueShapes.isAuthorizationCode(s, start, end) ? emitChecked(s, start, end, quoted, e.type, out) : null;
            default:
                return emitChecked(s, start, end, quoted, e.type, out);
        }
    }

    /**
     * The longest run of letters and digits in {@code [start, end)}: a scheme or algorithm name is words
     * joined by {@code -} ({@code SCRAM-SHA-256}, {@code hmac-sha256}), a token one long run.
     */
    private static int longestAlnumRun(CharSequence s, int start, int end) {
        int best = 0;
        int run = 0;
        for (int i = start; i < end; i++) {
            run = Chars.isAlnum(s.charAt(i)) ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }

    /**
     * Emits a value that runs to the end of its line because it is never closed, with {@code e}'s type: not
     * checked for harmless values, whose test looks at the end (a text of many such openings would be
     * read to its end from each).
     */
    Findings emitUnclosed(CharSequence s, int start, int end, SensitiveKeys.Entry e, Findings out) {
        SensitiveType type = e.kind == SensitiveKeys.Kind.AWS_SECRET ? SensitiveType.SECRET : e.type;
        return end > start && enabled[type.ordinal()] ? BuiltInDetector.emit(out, start, end, type) : null;
    }

    /** Emits {@code [start, end)} as a SECRET unless it is harmless or SECRET is off. */
    Findings emitSecret(CharSequence s, int start, int end, Findings out) {
        return emitChecked(s, start, end, true, SensitiveType.SECRET, out);
    }

    private Findings emitChecked(CharSequence s, int start, int end, boolean quoted, SensitiveType type,
            Findings out) {
        if (!enabled[type.ordinal()] || HarmlessValues.isHarmless(s, start, end, quoted)
                || type == SensitiveType.PII_FIELD && ValueShapes.isHexLiteral(s, start, end)) {
            return null;
        }
        return BuiltInDetector.emit(out, start, end, type);
    }

    /**
     * {@code Basic xyz}, {@code Bearer xyz}, {@code Token xyz}: the scheme stays, the credentials go. A
     * scheme repeated ({@code Basic Bearer xyz}) is not the credential: the one after the last is.
     */
    private Findings authorization(CharSequence s, int start, int end, Findings out) {
        int w = schemeWordEnd(s, start, end);
        while (w < end && s.charAt(w) == ' ' && AuthHeaderDetector.schemeEnd(s, ValueEnds.skipSpaces(s, w), end) >= 0) {
            start = ValueEnds.skipSpaces(s, w);
            w = schemeWordEnd(s, start, end);
        }
        if (w < end && s.charAt(w) == ' ' && w > start) {
            int cs = ValueEnds.skipSpaces(s, w);
            int ce = Math.min(end, ValueEnds.unquotedEnd(s, cs, false));
            if (Chars.regionMatches(s, cs, "[REDACTED")) {
                return null;
            }
            if (isAuthParam(s, cs, end)) {
                return emitChecked(s, cs, authParamsEnd(s, cs, end), true, SensitiveType.SECRET, out);
            }
            SensitiveType type = SensitiveType.SECRET;
            if (AuthHeaderDetector.schemeEnd(s, start, end) == w) {
                type = w - start == 5 ? SensitiveType.BASIC_AUTH : SensitiveType.BEARER_TOKEN;
            }
            return emitChecked(s, cs, ce, true, type, out);
        }
        return emitChecked(s, start, Math.min(end, ValueEnds.unquotedEnd(s, start, false)), true, SensitiveType.SECRET, out);
    }

    /**
     * Whether the credentials at {@code i} are a list of auth-params ({@code Digest username="bob",
     * response="6629..."}, {@code AWS4-HMAC-SHA256 Credential=..., Signature=...}) rather than one token:
     * a name, then {@code =} and a quote (escaped in JSON) or a letter or digit.
     */
    private static boolean isAuthParam(CharSequence s, int i, int end) {
        int e = Chars.run(s, i, Chars.B64URL, end - i); // [A-Za-z0-9_-]
        return e > i && e + 1 < end && s.charAt(e) == '='
                && (s.charAt(e + 1) == '"' || s.charAt(e + 1) == '\\' || Chars.isAlnum(s.charAt(e + 1)));
    }

    /** The end of an auth-param list: all of them go, up to {@code end} or the line's end, without trailing spaces. */
    private static int authParamsEnd(CharSequence s, int i, int end) {
        int e = i;
        while (e < end && s.charAt(e) != '\n' && s.charAt(e) != '\r') {
            e++;
        }
        while (e > i && s.charAt(e - 1) == ' ') {
            e--;
        }
        return e;
    }

    /** The end of an auth scheme word: letters, digits and {@code -} ({@code Basic}, {@code AWS4-HMAC-SHA256}). */
    private static int schemeWordEnd(CharSequence s, int i, int end) {
        while (i < end && (Chars.isAlnum(s.charAt(i)) || s.charAt(i) == '-')) {
            i++;
        }
        return i;
    }
}
