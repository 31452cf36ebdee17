package dev.logredactor.core;

import dev.logredactor.core.internal.catalog.TokenCatalog;
import dev.logredactor.core.internal.catalog.TokenFormat;
import dev.logredactor.core.internal.catalog.Types;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the built-in detectors find, for listings ({@code log-redactor --list-types}, the README's table):
 * every built-in type name, and the token formats recognised by prefix, each with its source. The type
 * names are valid wherever a type is named ({@code disable}, {@code only}, {@code strategy.<TYPE>}); the
 * {@link SensitiveType} constants come first, then the catalog's other types.
 */
public final class Catalog {
    private static final List<Format> FORMATS;
    private static final Map<String, String[]> DESCRIBED = readDescriptions();

    static {
        List<Format> list = new ArrayList<>();
        for (TokenFormat f : TokenCatalog.formats()) {
            list.add(new Format(f));
        }
        FORMATS = Collections.unmodifiableList(list);
    }

    private Catalog() {
    }

    /** @return every built-in type name, the {@link SensitiveType} constants first */
    public static List<String> types() {
        return Types.names();
    }

    /** @return the token formats recognised by prefix, in the catalog's order */
    public static List<Format> tokenFormats() {
        return FORMATS;
    }

    /**
     * @param type a built-in type name
     * @return what a type without token formats finds, and the standard it follows ({@code [what, reference]}),
     *     or {@code null} for a type of the token catalog or an unknown one
     */
    public static String[] describe(String type) {
        String[] d = DESCRIBED.get(type);
        return d == null ? null : d.clone();
    }

    private static Map<String, String[]> readDescriptions() {
        Map<String, String[]> map = new LinkedHashMap<>();
        try (InputStream in = Catalog.class.getResourceAsStream("built-in-types.tsv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isEmpty() || line.startsWith("#") || line.startsWith("type\t")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                map.put(f[0], new String[] {f[1], f[2]});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }

    /** One token format: a row of the catalog. */
    public static final class Format {
        private final TokenFormat f;

        Format(TokenFormat f) {
            this.f = f;
        }

        /** @return the type name it is reported as */
        public String type() {
            return f.type();
        }

        /** @return the vendor that issues it */
        public String vendor() {
            return f.vendor();
        }

        /** @return the literal a token starts with, or for an anchored format the literal inside it; case-sensitive */
        public String prefix() {
            return f.prefix();
        }

        /**
         * @return for an anchored format, found by a literal inside its tokens, what comes before the literal
         *     (one length, or one class of word chars of a length range; from the start of a word: {@code alnum{14}}
         *     before {@code .atlasv1.}, {@code digit{8,10}} before {@code :AA}); "" for a format
         *     found by the literal it starts with
         */
        public String before() {
            return f.before() == null ? "" : f.before().toString();
        }

        /** @return the whole format: {@code ghp_alnum{36}}, {@code alnum{14}'.atlasv1.'b64url{60,70}} */
        public String pattern() {
            return f.pattern();
        }

        /**
         * @return what follows the prefix: char classes with lengths ({@code hex{32}}, {@code b64url{20,255}})
         *     and literals in single quotes, joined
         */
        public String body() {
            return f.body().toString();
        }

        /** @return the check beyond prefix, alphabet and length: {@code none}, {@code github-crc32} or {@code base64-digits} */
        public String check() {
            return f.check().id();
        }

        /** @return the minimum Shannon entropy of the body in bits per char; 0 for none */
        public double minEntropy() {
            return f.entropy();
        }

        /** @return where the format is documented */
        public String source() {
            return f.source();
        }

        @Override
        public String toString() {
            return f.toString();
        }
    }
}
