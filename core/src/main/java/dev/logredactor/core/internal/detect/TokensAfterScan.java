package dev.logredactor.core.internal.detect;

import dev.logredactor.core.internal.scan.BuiltInDetector;
import dev.logredactor.core.internal.scan.Findings;
import java.util.List;

/**
 * The catalog's tokens that the scanner, calling detectors where a word starts, does not reach: those
 * glued by {@code _} to the identifier before them ({@code x_AKIA...}, {@code Thunderbird_github_pat_...})
 * and those of anchored formats, found by a literal inside them ({@code .atlasv1.}): a pass of its own after
 * the scan. Immutable and thread-safe.
 */
public final class TokensAfterScan {
    private final VendorTokenDetector tokens;

    private TokensAfterScan(VendorTokenDetector tokens) {
        this.tokens = tokens;
    }

    /** The pass for the token detector among {@code detectors}, or {@code null} when it has nothing to find after the scan. */
    public static TokensAfterScan of(List<BuiltInDetector> detectors) {
        for (BuiltInDetector d : detectors) {
            if (d instanceof VendorTokenDetector && ((VendorTokenDetector) d).anyAfterScan()) {
                return new TokensAfterScan((VendorTokenDetector) d);
            }
        }
        return null;
    }

    /** {@code found} with the tokens of {@code s} the scan does not reach ({@link VendorTokenDetector#afterScan}). */
    public Findings find(CharSequence s, Findings found) {
        return tokens.afterScan(s, found);
    }
}
