package dev.logredactor.logback;

import ch.qos.logback.classic.LoggerContext;

/** The Logback on the class path, read from its jar's manifest, and what that version does. */
final class LogbackVersion {
    /** The version, such as {@code 1.5.38}; {@code null} when the manifest does not say (a repackaged jar). */
    static final String VERSION = LoggerContext.class.getPackage().getImplementationVersion();
    /**
     * Whether Logback asks the turbo filters about SLF4J fluent-API events ({@code logger.atInfo()...log()}):
     * from 1.5.21 on. Before, those events go straight to the appenders. Unknown versions count as new.
     */
    static final boolean TURBO_FILTERS_SEE_FLUENT_EVENTS = atLeast(VERSION, 1, 5, 21);

    private LogbackVersion() {
    }

    /** Whether {@code version} (digits and dots, any suffix after) is at least major.minor.patch; {@code null} is. */
    static boolean atLeast(String version, int major, int minor, int patch) {
        if (version == null) {
            return true;
        }
        int[] parts = new int[3];
        int k = 0;
        for (int i = 0; i < version.length() && k < 3; i++) {
            char c = version.charAt(i);
            if (c >= '0' && c <= '9') {
                parts[k] = parts[k] * 10 + (c - '0');
            } else if (c == '.') {
                k++;
            } else {
                break;
            }
        }
        if (parts[0] != major) {
            return parts[0] > major;
        }
        return parts[1] != minor ? parts[1] > minor : parts[2] >= patch;
    }
}
