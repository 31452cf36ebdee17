package dev.logredactor.junit;

import dev.logredactor.core.Finding;
import dev.logredactor.core.LineRedactor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.opentest4j.AssertionFailedError;

/**
 * The leaks found in a text, told without their values: each as the types found, where the text came
 * from, and the lines that hold them with every finding replaced by {@code [REDACTED_<TYPE>]}.
 */
final class Leaks {
    /** Entries shown in a failure message; the rest are counted. */
    static final int SHOWN = 20;
    /** Lines shown per entry. */
    private static final int LINES_SHOWN = 3;
    /** Longest line shown; the rest is cut. */
    private static final int LINE_CHARS = 300;

    private final String what;
    private final List<String> entries = new ArrayList<>();
    private int count;

    /** @param what what was checked, for the first line of the message */
    Leaks(String what) {
        this.what = what;
    }

    /**
     * Checks a text of one or more lines (an event with its stack trace, a file's line) and records it
     * when it holds a finding.
     *
     * @param lines a line redactor of the settings in use, fresh for each text
     * @param where where the text came from, without any of its content
     * @param text the text
     * @return whether something was found
     */
    boolean check(LineRedactor lines, String where, String text) {
        Set<String> types = new LinkedHashSet<>();
        List<String> shown = new ArrayList<>();
        int lineNo = 0;
        int from = 0;
        while (from <= text.length()) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? text.length() : nl;
            String line = text.substring(from, to > from && text.charAt(to - 1) == '\r' ? to - 1 : to);
            List<Finding> found = lines.scanLine(line);
            if (!found.isEmpty()) {
                found.forEach(f -> types.add(f.type()));
                if (shown.size() < LINES_SHOWN) {
                    shown.add(mask(line, found));
                }
            }
            lineNo++;
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
        if (types.isEmpty()) {
            return false;
        }
        count++;
        if (entries.size() < SHOWN) {
            StringBuilder e = new StringBuilder("  ").append(String.join(", ", types)).append(" in ").append(where);
            for (String l : shown) {
                e.append("\n      ").append(l);
            }
            entries.add(e.toString());
        }
        return true;
    }

    /** Throws the failure, when something was found. */
    void throwIfAny() {
        if (count == 0) {
            return;
        }
        StringBuilder m = new StringBuilder().append(count).append(count == 1 ? " entry" : " entries").append(" of ")
                .append(what).append(count == 1 ? " holds" : " hold").append(" secrets or personal data (values masked):");
        for (String e : entries) {
            m.append('\n').append(e);
        }
        if (count > entries.size()) {
            m.append("\n  ... and ").append(count - entries.size()).append(" more");
        }
        throw new AssertionFailedError(m.toString());
    }

    /** The line with each finding replaced by {@code [REDACTED_<TYPE>]}, cut to {@link #LINE_CHARS}. */
    static String mask(String line, List<Finding> found) {
        StringBuilder b = new StringBuilder();
        int pos = 0;
        for (Finding f : found) {
            b.append(line, pos, f.start()).append("[REDACTED_").append(f.type()).append(']');
            pos = f.end();
        }
        b.append(line, pos, line.length());
        if (b.length() > LINE_CHARS) {
            b.setLength(LINE_CHARS);
            b.append("...");
        }
        return b.toString();
    }
}
