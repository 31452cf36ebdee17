package dev.logredactor.core.internal.keys;

import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.internal.scan.Chars;
import java.util.Collection;
import java.util.Locale;

/**
 * The key names whose values are sensitive ({@code password}, {@code client_secret}, {@code phone},
 * {@code first_name}, ...), looked up backwards from the end of a key.
 *
 * <p>Design: keys are compared case- and separator-insensitively ({@code clientSecret},
 * {@code client_secret}, {@code CLIENT-SECRET} are one name), and a key matches when it ends with an
 * entry: {@code spring.datasource.password} and {@code dbPassword} end with {@code password}. The
 * entries sit in a trie of reversed names, so a lookup walks back from the separator one char at a
 * time and stops at the first char no entry continues with: {@code 10:00} or {@code Exception:} cost
 * one or two steps. How an entry may be glued to what precedes it is its {@link Mode}: strong words
 * ({@code password}) match anywhere at the end, short ones ({@code pin}) only as a word
 * ({@code cardPin}, {@code card_pin}, not {@code spin}), ambiguous ones ({@code address}) only as the
 * whole name ({@code address}, not {@code ipAddress}).
 *
 * <p>Immutable and thread-safe once built.
 */
public final class SensitiveKeys {
    /** How an entry may be preceded within the key. */
    enum Mode {
        /** Matches at the end of any key: {@code dbpassword}. */
        GLUED,
        /** Matches as a word: after a separator, at a camelCase hump, or as the whole key. */
        WORD,
        /** Matches only as the whole key (or the last dotted segment). */
        WHOLE
    }

    /** What the value of a key is and how it is read. */
    enum Kind {
        /** One token, or a quoted string. */
        PLAIN,
        /** Like PLAIN, but unquoted values may run over several words (names, addresses). */
        WORDS,
        /**
         * Like WORDS, for the bare name {@code address}, which also names network and memory addresses and
         * takes prose ({@code can't get client address: Connection reset by peer}): a value shaped like a
         * network address stays, and so does an unquoted one without a digit (a postal address has a number).
         */
        ADDRESS,
        /**
         * Like PLAIN, for the bare name {@code session}: a value shaped like a number (digits with {@code _ - .}
         * between them, or a {@code 0x} literal) is an id that operators correlate on and stays
         * ({@code Session: 30546173_4261722401 initialized} in Windows CBS logs); a token goes.
         */
        SESSION,
        /**
         * Like PLAIN, for the bare name {@code code}, which mostly names a status or error code
         * ({@code code=404}, {@code "code":"card_declined"}): only a value shaped like an OAuth authorization
         * code goes ({@code GET /callback?code=…&state=…}), at least 16 chars with a lower-case letter and a digit.
         */
        AUTH_CODE,
        /** A phone number: only digits and phone punctuation are taken. */
        PHONE,
        /** A social security number: like PLAIN, but one written with spaces ({@code 123 45 6789}) is taken whole. */
        SSN,
        /**
         * A postal code: like PLAIN, but one written in two parts ({@code SW1A 1AA}, {@code K1A 0B1}, {@code 1012 AB})
         * is taken whole.
         */
        POSTCODE,
        /**
         * A date of birth: like PLAIN, but one written with a month's name ({@code March 12, 1984}, {@code 12 Mar 1984})
         * is taken whole.
         */
        DATE,
        /** An AWS secret access key when 40 base64 chars, else a plain secret. */
        AWS_SECRET,
        /** An HTTP Authorization value: the scheme word stays, the credentials go. */
        AUTHORIZATION,
        /** A cookie header: the rest of the line or string. */
        COOKIE,
        /**
         * A weak secret word ({@code auth}, {@code bearer}, as a word of the key: {@code x-auth}, {@code SENTRY_AUTH}):
         * the value goes only when it looks random ({@link ProsePasswordDetector#looksRandom}), so {@code auth=none}
         * and {@code bearer: enabled} stay.
         */
        RANDOM,
        /** An IBAN in any case, plain or in groups of four, with its country's length and a valid check; else nothing. */
        IBAN
    }

    /** A matched entry. */
    static final class Entry {
        final SensitiveType type;
        final Mode mode;
        final Kind kind;

        Entry(SensitiveType type, Mode mode, Kind kind) {
            this.type = type;
            this.mode = mode;
            this.kind = kind;
        }
    }

    private static final class Node {
        final Node[] next = new Node[36];
        Entry entry;
    }

    private final Node root = new Node();

    private SensitiveKeys() {
    }

    /** The built-in names plus the user's {@code sensitive-keys} (as SECRET, glued). */
    public static SensitiveKeys create(Collection<String> extraSecretKeys) {
        SensitiveKeys k = new SensitiveKeys();
        SensitiveType s = SensitiveType.SECRET;
        SensitiveType p = SensitiveType.PII_FIELD;
        for (String w : new String[] {"password", "passwd", "passphrase", "secret", "token", "apikey",
            "privatekey", "credential", "credentials", "secretkey", "signingkey", "encryptionkey", "masterkey",
            "accountkey", "sharedaccesskey", "subscriptionkey", "clientkey", "jsessionid", "phpsessid", "sessionkey", "secretkeybase",
            "passcode", "appkey", "applicationkey", "fastlykey", "authkey", "hmackey", "sshkey", "licensekey", "consumerkey",
            "clientassertion",
            "authcode", "authorizationcode", "otpcode", "mfacode", "totp", "recoverycode", "recoverycodes", "backupcode",
            "backupcodes", "securityanswer", "xamzsignature", "xgoogsignature",
            "passwordhash", "passworddigest", "pwdhash", "storepass", "keypass"}) {
            k.put(w, s, Mode.GLUED, Kind.PLAIN);
        }
        // Short words only as a word: dbPass, smtp.pass, oldPwd, id_jwt; not bypass, compass, OLDPWD (a directory).
        for (String w : new String[] {"pass", "pwd", "jwt"}) {
            k.put(w, s, Mode.WORD, Kind.PLAIN);
        }
        for (String w : new String[] {"otp", "sig"}) {
            k.put(w, s, Mode.WHOLE, Kind.PLAIN);
        }
        k.put("session", s, Mode.WHOLE, Kind.SESSION);
        k.put("code", s, Mode.WHOLE, Kind.AUTH_CODE);
        k.put("cookie", s, Mode.GLUED, Kind.COOKIE);
        k.put("authorization", s, Mode.WORD, Kind.AUTHORIZATION);
        for (String w : new String[] {"secretaccesskey", "awssecretkey", "awssecret"}) {
            k.put(w, SensitiveType.AWS_SECRET_KEY, Mode.GLUED, Kind.AWS_SECRET);
        }
        for (String w : new String[] {"passport", "passportnumber", "passportno",
            "nationalid", "nationalidnumber", "nationalinsurancenumber", "taxid", "taxnumber",
            "driverslicense", "driverlicense", "securitycode"}) {
            k.put(w, p, Mode.GLUED, Kind.PLAIN);
        }
        // Names run over several words (Maria Jose, Garcia Lopez, JOHN Q PUBLIC), as addresses do.
        for (String w : new String[] {"fullname", "firstname", "lastname", "surname", "givenname", "familyname", "middlename",
            "maidenname", "cardholder", "cardholdername", "street", "streetaddress", "homeaddress", "billingaddress",
            "shippingaddress", "postaladdress", "mailingaddress", "addressline1", "addressline2"}) {
            k.put(w, p, Mode.GLUED, Kind.WORDS);
        }
        for (String w : new String[] {"zipcode", "postalcode", "postcode", "pincode"}) {
            k.put(w, p, Mode.GLUED, Kind.POSTCODE);
        }
        for (String w : new String[] {"birthdate", "dateofbirth", "birthday"}) {
            k.put(w, p, Mode.GLUED, Kind.DATE);
        }
        for (String w : new String[] {"pin", "cvv", "cvv2", "cvc", "cvc2"}) {
            k.put(w, p, Mode.WORD, Kind.PLAIN);
        }
        k.put("dob", p, Mode.WORD, Kind.DATE);
        k.put("iban", SensitiveType.IBAN, Mode.WORD, Kind.IBAN);
        for (String w : new String[] {"auth", "bearer"}) {
            k.put(w, s, Mode.WORD, Kind.RANDOM);
        }
        k.put("ssn", p, Mode.WORD, Kind.SSN);
        k.put("socialsecuritynumber", p, Mode.GLUED, Kind.SSN);
        k.put("zip", p, Mode.WHOLE, Kind.POSTCODE);
        k.put("tin", p, Mode.WHOLE, Kind.PLAIN);
        k.put("address", p, Mode.WHOLE, Kind.ADDRESS);
        for (String w : new String[] {"phone", "telephone", "msisdn", "phonenumber", "phoneno", "mobilenumber",
            "mobileno", "cellphone"}) {
            k.put(w, SensitiveType.PHONE, Mode.GLUED, Kind.PHONE);
        }
        for (String w : new String[] {"mobile", "tel", "cell", "fax"}) {
            k.put(w, SensitiveType.PHONE, Mode.WORD, Kind.PHONE);
        }
        for (String w : extraSecretKeys) {
            k.put(normalize(w), s, Mode.GLUED, Kind.PLAIN);
        }
        return k;
    }

    /** Lower case, letters and digits only: {@code X-Api-Key} becomes {@code xapikey}. */
    static String normalize(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Chars.isAlnum(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private void put(String word, SensitiveType type, Mode mode, Kind kind) {
        if (word.isEmpty()) {
            return;
        }
        Node n = root;
        for (int i = word.length() - 1; i >= 0; i--) {
            int idx = index(word.charAt(i));
            if (n.next[idx] == null) {
                n.next[idx] = new Node();
            }
            n = n.next[idx];
        }
        if (n.entry == null) {
            n.entry = new Entry(type, mode, kind);
        }
    }

    private static int index(char c) {
        return Chars.isDigit(c) ? 26 + c - '0' : (c | 0x20) - 'a';
    }

    /** Whether some key name ends with {@code c} (letters in either case). */
    boolean mayEndWith(char c) {
        return Chars.isAlnum(c) && root.next[index(c)] != null;
    }

    /**
     * Finds the entry the key ending just before {@code keyEnd} ends with.
     *
     * @param lo lowest index the key may reach back to
     * @return the entry, or {@code null}
     */
    Entry lookup(CharSequence s, int keyEnd, int lo) {
        return lookup(s, keyEnd, lo, false);
    }

    /**
     * Like {@link #lookup(CharSequence, int, int)}, for a name written as words of prose: one space may stand
     * between its words ({@code API key}, {@code client secret}), as {@code _} and {@code -} may.
     */
    Entry lookupPhrase(CharSequence s, int keyEnd, int lo) {
        return lookup(s, keyEnd, lo, true);
    }

    /**
     * Walks back from {@code keyEnd}; the first entry whose name the key ends with wins, except that a weak
     * entry ({@link Kind#RANDOM}, {@link Kind#IBAN}) gives way to a longer one: {@code x-my-auth} given in
     * {@code sensitive-keys} is the user's key, not {@code auth}.
     */
    private Entry lookup(CharSequence s, int keyEnd, int lo, boolean phrase) {
        Node n = root;
        boolean spaced = !phrase;
        Entry weak = null;
        for (int j = keyEnd - 1; j >= lo; j--) {
            char c = s.charAt(j);
            if (c == '_' || c == '-' || c == '.') {
                continue; // separators inside a name: secret_key, secret-key, fs.s3a.secret.key
            }
            if (c == ' ' && !spaced && j < keyEnd - 1) {
                spaced = true;
                continue; // one space between the words of a phrase: API key
            }
            if (!Chars.isAlnum(c)) {
                return weak;
            }
            n = n.next[index(c)];
            if (n == null) {
                return weak;
            }
            Entry e = n.entry;
            if (e != null && accepts(e.mode, s, j, lo)) {
                if (e.kind != Kind.RANDOM && e.kind != Kind.IBAN) {
                    return e;
                }
                if (weak == null) {
                    weak = e;
                }
            }
        }
        return weak;
    }

    /** Whether the {@code .} at {@code dot} ends the package of a Go pointer type: {@code *v1.} or {@code *corev1.}. */
    private static boolean isPointerType(CharSequence s, int dot, int lo) {
        int k = dot - 1;
        while (k >= lo && Chars.isAlnum(s.charAt(k))) {
            k--;
        }
        return k >= lo && k < dot - 1 && s.charAt(k) == '*';
    }

    /** Whether an entry whose first char is at {@code j} may stand there. */
    private static boolean accepts(Mode mode, CharSequence s, int j, int lo) {
        if (j == lo) {
            return true;
        }
        char prev = s.charAt(j - 1);
        if (prev == '.' && isPointerType(s, j - 1, lo)) {
            return false; // a Go type, not a key: client-go's "Failed to watch *v1.Secret: failed to list ..."
        }
        if (mode == Mode.GLUED) {
            return true;
        }
        if (prev == 'D' && (j - 2 < lo || s.charAt(j - 2) == '-')) {
            return true; // -Dpwd=...
        }
        if (j - 3 >= lo && Chars.isHex(s.charAt(j - 2)) && Chars.isHex(prev)
                && (s.charAt(j - 3) == '%' || j - 5 >= lo && Chars.regionMatches(s, j - 5, "%25"))) {
            return true; // URL-encoded punctuation before the key, once or twice: %22pwd%22, %253Fpwd%253D
        }
        if (j - 6 >= lo && s.charAt(j - 6) == '\\' && s.charAt(j - 5) == 'u' && Chars.isHex(s.charAt(j - 4))
                && Chars.isHex(s.charAt(j - 3)) && Chars.isHex(s.charAt(j - 2)) && Chars.isHex(prev)) {
            return true; // a JSON unicode escape before the key: & as Gson writes it in a query string
        }
        if (mode == Mode.WORD) {
            return !Chars.isAlnum(prev)
                    || Chars.isUpper(s.charAt(j)) && (Chars.isLower(prev) || Chars.isDigit(prev));
        }
        int k = j - 1;
        while (k >= lo && s.charAt(k) == '-') {
            k--; // the dashes of a flag: --pwd
        }
        return k < lo || k < j - 1 && !Chars.is(s.charAt(k), Chars.KEY) || !Chars.is(prev, Chars.KEY) || prev == '.';
    }
}
