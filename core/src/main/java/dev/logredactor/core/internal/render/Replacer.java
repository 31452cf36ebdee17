package dev.logredactor.core.internal.render;

import dev.logredactor.core.Strategy;
import dev.logredactor.core.internal.check.IpNetwork;
import dev.logredactor.core.internal.detect.EmailDetector;
import dev.logredactor.core.internal.scan.Chars;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Writes the replacement of one finding according to its type's {@link Strategy}, always from the
 * configured placeholder: {@code redact} and {@code keep-domain} write it as it is; the strategies that
 * keep a detail (the last digits, the hash, the network) write it right after the type name,
 * {@code [REDACTED_CREDIT_CARD:…1111]}, {@code <CREDIT_CARD:…1111>} (after the whole placeholder when it
 * has no {@code {type}}). Immutable and thread-safe (the HMAC instance is per thread). Not final only so
 * that tests can make one that fails.
 */
public class Replacer {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final int HASH_HEX_DIGITS = 16;
    /** What stands for the type name in a placeholder. */
    private static final String TYPE = "{type}";

    private final String[] placeholders;
    /** The placeholder up to and with the type name: where a detail goes. */
    private final String[] heads;
    /** The placeholder after the type name. */
    private final String[] tails;
    private final Strategy[] strategies;
    private final ThreadLocal<Mac> mac;

    /**
     * @param names type names by id
     * @param placeholderTemplate the placeholder, {@code {type}} standing for the type name
     * @param strategies strategy by type id
     * @param hashKey HMAC key, or {@code null} when no type uses {@code hash}
     */
    public Replacer(String[] names, String placeholderTemplate, Strategy[] strategies, String hashKey) {
        this.strategies = strategies.clone();
        this.placeholders = new String[names.length];
        this.heads = new String[names.length];
        this.tails = new String[names.length];
        int at = placeholderTemplate.indexOf(TYPE);
        for (int i = 0; i < names.length; i++) {
            placeholders[i] = placeholderTemplate.replace(TYPE, names[i]);
            heads[i] = at < 0 ? placeholderTemplate : placeholderTemplate.substring(0, at) + names[i];
            tails[i] = at < 0 ? "" : placeholderTemplate.substring(at + TYPE.length()).replace(TYPE, names[i]);
        }
        if (hashKey == null) {
            this.mac = null;
        } else {
            SecretKeySpec key = new SecretKeySpec(hashKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
            this.mac = ThreadLocal.withInitial(() -> {
                try {
                    Mac m = Mac.getInstance("HmacSHA256");
                    m.init(key);
                    return m;
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("HmacSHA256 is not available", e);
                }
            });
        }
    }

    public void append(StringBuilder out, CharSequence s, int start, int end, int type) {
        Strategy st = strategies[type];
        switch (st.kind()) {
            case KEEP_LAST:
                keepLast(out, s, start, end, type, st.keep());
                return;
            case HASH:
                hash(out, s, start, end, type);
                return;
            case KEEP_DOMAIN:
                keepDomain(out, s, start, end, type);
                return;
            case NETWORK:
                out.append(heads[type]).append(':');
                IpNetwork.appendPrefix(out, s, start, end);
                out.append(tails[type]);
                return;
            default:
                out.append(placeholders[type]);
        }
    }

    private void keepLast(StringBuilder out, CharSequence s, int start, int end, int type, int keep) {
        int count = 0;
        int i = end;
        while (i > start && count < keep) {
            i--;
            if (Chars.isAlnum(s.charAt(i))) {
                count++;
            }
        }
        out.append(heads[type]).append(":\u2026");
        for (int k = i; k < end; k++) {
            if (Chars.isAlnum(s.charAt(k))) {
                out.append(s.charAt(k));
            }
        }
        out.append(tails[type]);
    }

    private void hash(StringBuilder out, CharSequence s, int start, int end, int type) {
        byte[] digest = mac.get().doFinal(s.subSequence(start, end).toString().getBytes(StandardCharsets.UTF_8));
        out.append(heads[type]).append(':');
        for (int k = 0; k < HASH_HEX_DIGITS / 2; k++) {
            out.append(HEX[(digest[k] >> 4) & 0xf]).append(HEX[digest[k] & 0xf]);
        }
        out.append(tails[type]);
    }

    private void keepDomain(StringBuilder out, CharSequence s, int start, int end, int type) {
        int at = -1;
        for (int i = end - 1; i >= start; i--) {
            if (EmailDetector.atSignEnd(s, i) >= 0) {
                at = i; // raw or escaped, which stays as it was: [REDACTED_EMAIL]%40example.com
                break;
            }
        }
        out.append(placeholders[type]);
        if (at >= 0) {
            out.append(s, at, end);
        }
    }
}
