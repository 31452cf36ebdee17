package dev.logredactor.core;

import java.util.Locale;

/**
 * How a found value is replaced. Configured per type with {@code strategy.<TYPE>=<name>}.
 *
 * <table>
 *   <caption>Strategies</caption>
 *   <tr><th>name</th><th>output</th><th>applies to</th></tr>
 *   <tr><td>{@code redact}</td><td>{@code [REDACTED_EMAIL]} (the placeholder)</td><td>every type</td></tr>
 *   <tr><td>{@code keep-last-N}</td><td>{@code [REDACTED_CREDIT_CARD:…1111]}, N from 1 to 4</td>
 *       <td>CREDIT_CARD, PHONE, IBAN, SSN, user rules</td></tr>
 *   <tr><td>{@code hash}</td><td>{@code [REDACTED_EMAIL:5d41402abc4b2a76]}: the first 16 hex digits of
 *       HMAC-SHA256 of the value under {@code hash.key}</td><td>every type</td></tr>
 *   <tr><td>{@code keep-domain}</td><td>{@code [REDACTED_EMAIL]@example.com}</td><td>EMAIL</td></tr>
 *   <tr><td>{@code network}</td><td>{@code [REDACTED_IP_ADDRESS:10.1.2.0/24]}, IPv6 keeps the /48</td>
 *       <td>IP_ADDRESS</td></tr>
 * </table>
 *
 * <p>The outputs shown are with the default placeholder; each strategy writes the configured one, with
 * what it keeps right after the type name ({@code <CREDIT_CARD:…1111>} for {@code <{type}>}).
 *
 * <p>Immutable and thread-safe.
 */
public final class Strategy {
    /** Which replacement a strategy makes. */
    public enum Kind {
        /** Replace with the placeholder. */
        REDACT,
        /** Keep the last N letters or digits. */
        KEEP_LAST,
        /** A keyed hash, stable across events. */
        HASH,
        /** Keep the domain of an e-mail address. */
        KEEP_DOMAIN,
        /** Keep the network part of an IP address. */
        NETWORK
    }

    /** The default: replace with the placeholder. */
    public static final Strategy REDACT = new Strategy(Kind.REDACT, 0);
    /** A stable keyed hash; needs {@code hash.key}. */
    public static final Strategy HASH = new Strategy(Kind.HASH, 0);
    /** For e-mail addresses: keep the domain. */
    public static final Strategy KEEP_DOMAIN = new Strategy(Kind.KEEP_DOMAIN, 0);
    /** For IP addresses: keep the /24 (IPv4) or /48 (IPv6) network. */
    public static final Strategy NETWORK = new Strategy(Kind.NETWORK, 0);

    /** The largest N of {@code keep-last-N}: PCI DSS allows at most the last four digits of a card. */
    public static final int MAX_KEEP_LAST = 4;

    private final Kind kind;
    private final int keep;

    private Strategy(Kind kind, int keep) {
        this.kind = kind;
        this.keep = keep;
    }

    /**
     * Keeps the last {@code n} letters or digits of the value.
     *
     * @param n how many letters or digits to keep
     * @return the strategy
     * @throws IllegalArgumentException unless 1 &lt;= n &lt;= {@value #MAX_KEEP_LAST}
     */
    public static Strategy keepLast(int n) {
        if (n < 1 || n > MAX_KEEP_LAST) {
            throw new IllegalArgumentException("keep-last-N takes N from 1 to " + MAX_KEEP_LAST + ", not " + n);
        }
        return new Strategy(Kind.KEEP_LAST, n);
    }

    /**
     * Parses a strategy name: {@code redact}, {@code keep-last-N}, {@code hash}, {@code keep-domain},
     * {@code network} (case-insensitive).
     *
     * @param name a strategy name such as {@code keep-last-4}
     * @return the strategy
     * @throws IllegalArgumentException naming the valid strategies
     */
    public static Strategy parse(String name) {
        String s = name.trim().toLowerCase(Locale.ROOT);
        switch (s) {
            case "redact":
                return REDACT;
            case "hash":
                return HASH;
            case "keep-domain":
                return KEEP_DOMAIN;
            case "network":
                return NETWORK;
            default:
                if (s.startsWith("keep-last-")) {
                    try {
                        return keepLast(Integer.parseInt(s.substring("keep-last-".length())));
                    } catch (NumberFormatException e) {
                        // fall through to the message below
                    }
                }
                throw new IllegalArgumentException("unknown strategy '" + name.trim()
                        + "'; use redact, keep-last-N (N from 1 to " + MAX_KEEP_LAST
                        + "), hash, keep-domain or network");
        }
    }

    /**
     * Which replacement this strategy makes.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * N of {@code keep-last-N}; 0 for the other kinds.
     *
     * @return how many letters or digits are kept
     */
    public int keep() {
        return keep;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Strategy && ((Strategy) o).kind == kind && ((Strategy) o).keep == keep;
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + keep;
    }

    /** The configuration name, e.g. {@code keep-last-4}. */
    @Override
    public String toString() {
        return kind == Kind.KEEP_LAST ? "keep-last-" + keep : kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
