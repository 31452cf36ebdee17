package dev.logredactor.core.internal.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The token formats, read once from {@code token-formats.tsv} beside {@link dev.logredactor.core.Redactor}:
 * one row per format, tab-separated: type, vendor, prefix, body ({@link TokenBody}; for an anchored row,
 * whose prefix column is {@code *} and a literal found anywhere, {@code before|after}), check
 * ({@link TokenFormat.Check}), minimum entropy, source. Lines that start with {@code #} and blank lines
 * are skipped; the first other line names the columns. A bad row fails the class's start with the line
 * named: the build's tests read every row.
 */
public final class TokenCatalog {
    /** Where the rows are. */
    public static final String RESOURCE = "/dev/logredactor/core/token-formats.tsv";
    private static final String HEADER = "type\tvendor\tprefix\tbody\tcheck\tentropy\tsource";

    private static final List<TokenFormat> FORMATS = Collections.unmodifiableList(read());

    private TokenCatalog() {
    }

    /** Every format, in the order of the resource. */
    public static List<TokenFormat> formats() {
        return FORMATS;
    }

    private static List<TokenFormat> read() {
        try (InputStream in = TokenCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code <VENDOR>_<KIND>}: upper-case letters and digits in two or more parts joined by {@code _}, a letter first. */
    static boolean isTypeName(String t) {
        if (t.isEmpty() || t.charAt(0) < 'A' || t.charAt(0) > 'Z' || t.indexOf('_') < 0 || t.endsWith("_") || t.contains("__")) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** Two or more printable ASCII chars without blanks: the scanner triggers on the first two. */
    static boolean isPrefix(String p) {
        if (p.length() < 2) {
            return false;
        }
        for (int i = 0; i < p.length(); i++) {
            if (p.charAt(i) <= ' ' || p.charAt(i) >= 127) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads rows.
     *
     * @throws IllegalArgumentException naming the line and what is wrong with it
     */
    static List<TokenFormat> parse(BufferedReader r) throws IOException {
        List<TokenFormat> out = new ArrayList<>();
        Set<String> prefixes = new HashSet<>();
        boolean header = false;
        int no = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            no++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.equals(HEADER)) {
                    throw new IllegalArgumentException("line " + no + ": expected the header '" + HEADER + "'");
                }
                header = true;
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 7) {
                throw new IllegalArgumentException("line " + no + ": " + f.length + " columns, expected 7");
            }
            try {
                String type = f[0];
                if (!isTypeName(type)) {
                    throw new IllegalArgumentException("type '" + type + "' is not <VENDOR>_<KIND> in upper snake case");
                }
                if (f[1].isEmpty() || !isPrefix(f[2])) {
                    throw new IllegalArgumentException("empty vendor, or a prefix of fewer than two chars or one outside ASCII"
                            + " or blank");
                }
                if (!prefixes.add(f[2] + "\t" + f[3])) {
                    throw new IllegalArgumentException("prefix '" + f[2] + "' with body " + f[3] + " twice");
                }
                if (!f[6].startsWith("https://")) {
                    throw new IllegalArgumentException("source '" + f[6] + "' is no https URL");
                }
                double entropy = Double.parseDouble(f[5]);
                if (!(entropy >= 0 && entropy <= 7)) {
                    throw new IllegalArgumentException("entropy " + f[5] + " out of 0-7 bits per char");
                }
                String prefix = f[2];
                TokenBody before = null;
                String body = f[3];
                if (prefix.startsWith("*")) {
                    prefix = prefix.substring(1);
                    int bar = body.indexOf('|');
                    if (!isPrefix(prefix) || bar < 0 || body.indexOf('|', bar + 1) >= 0) {
                        throw new IllegalArgumentException("an anchored row needs a literal of two or more chars after * and a "
                                + "body 'before|after'");
                    }
                    before = TokenBody.parse(body.substring(0, bar));
                    body = body.substring(bar + 1);
                    if (before.fixedLength() < 0 && !before.isOneWordClass() || before.endsInClassOf(prefix.charAt(0))) {
                        throw new IllegalArgumentException("what comes before '" + prefix + "' must have one length, or be one "
                                + "class of word chars, and end in a class without the literal's first char");
                    }
                }
                TokenBody after = before != null && body.isEmpty() ? TokenBody.NOTHING : TokenBody.parse(body);
                out.add(new TokenFormat(type, f[1], prefix, before, after, TokenFormat.Check.parse(f[4]), entropy,
                        f[6]));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + no + ": " + e.getMessage(), e);
            }
        }
        if (!header) {
            throw new IllegalArgumentException("no header line");
        }
        return out;
    }
}
