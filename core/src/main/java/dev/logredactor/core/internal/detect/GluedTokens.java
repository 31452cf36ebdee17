package dev.logredactor.core.internal.detect;

import dev.logredactor.core.internal.scan.BuiltInDetector;
import dev.logredactor.core.internal.scan.Findings;
import java.util.List;

/**
 * The catalog's tokens glued by {@code _} to the identifier before them ({@code x_AKIA...},
 * {@code Thunderbird_github_pat_...}), which the scanner, calling detectors at word starts only, does not
 * reach: a pass of its own after the scan. Immutable and thread-safe.
 */
public final class GluedTokens {
    private final VendorTokenDetector tokens;

    private GluedTokens(VendorTokenDetector tokens) {
        this.tokens = tokens;
    }

    /** The pass for the token detector among {@code detectors}, or {@code null} when it has no format to find glued. */
    public static GluedTokens of(List<BuiltInDetector> detectors) {
        for (BuiltInDetector d : detectors) {
            if (d instanceof VendorTokenDetector && ((VendorTokenDetector) d).anyGlued()) {
                return new GluedTokens((VendorTokenDetector) d);
            }
        }
        return null;
    }

    /** {@code found} with the glued tokens of {@code s} that overlap none of its findings; a new one if it was {@code null}. */
    public Findings find(CharSequence s, Findings found) {
        return tokens.glued(s, found);
    }
}
