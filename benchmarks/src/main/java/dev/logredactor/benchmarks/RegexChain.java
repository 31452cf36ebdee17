package dev.logredactor.benchmarks;

import java.util.regex.Pattern;

/**
 * The baseline most teams start from, as blog posts and answers on masking logs recommend: one
 * {@code java.util.regex} {@code replaceAll} per type, in a chain. Patterns compiled once.
 */
final class RegexChain {
    private static final String MASK = "****";
    private static final Pattern[] CHAIN = {
        Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"),                     // email
        Pattern.compile("\\+?\\d{1,3}?[-. ]?\\(?\\d{3}\\)?[-. ]?\\d{3}[-. ]?\\d{4}"),             // phone
        Pattern.compile("\\b\\d{3}-\\d{2}-\\d{4}\\b"),                                           // SSN
        Pattern.compile("\\b(?:\\d[ -]*?){13,16}\\b"),                                           // card
        Pattern.compile("\\b(?:(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\b"), // IPv4
        Pattern.compile("\\bsk-[A-Za-z0-9_-]{20,}"),                                             // sk- keys
        Pattern.compile("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*"),                   // JWT
    };

    private RegexChain() {
    }

    static String redact(String line) {
        String s = line;
        for (Pattern p : CHAIN) {
            s = p.matcher(s).replaceAll(MASK);
        }
        return s;
    }
}
