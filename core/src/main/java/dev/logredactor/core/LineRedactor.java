package dev.logredactor.core;

import dev.logredactor.core.internal.Engine;
import dev.logredactor.core.internal.scan.Findings;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Redacts a text that arrives one line at a time, such as a log file. It remembers whether the previous
 * line opened a private key block without closing it, so the block's inner lines, which match nothing
 * on their own, are replaced whole until its END line.
 *
 * <p>Not thread-safe: one instance per stream. Obtain one with {@link Redactor#newLineRedactor()}.
 */
public final class LineRedactor {
    /** The longest line whose buffer {@link #scratch} keeps for the next one. */
    private static final int KEPT_SCRATCH = 64 * 1024;

    private final Redactor redactor;
    private final Engine engine;
    private boolean inPrivateKey;
    /** Where {@link #redactLine(String)} puts a changed line together, used again for each line. */
    private final StringBuilder scratch = new StringBuilder();
    /** Told each finding's type during {@link #redactLine(String, Consumer)}; otherwise null. */
    private Consumer<? super String> found;

    LineRedactor(Redactor redactor) {
        this.redactor = redactor;
        this.engine = redactor.engine();
    }

    /**
     * The line, redacted; the same instance when nothing was found. The line holds no line break. With
     * {@code neutralize-newlines} on, control chars left in it (a lone CR, ESC, ...) are escaped too.
     *
     * @param line one line, without its line break
     * @return the redacted line, or {@code line} itself
     */
    public String redactLine(String line) {
        scratch.setLength(0);
        if (!appendRedactedLine(line, scratch)) {
            return line;
        }
        String r = scratch.toString();
        if (scratch.length() > KEPT_SCRATCH) {
            scratch.setLength(0);
            scratch.trimToSize(); // not held for the stream's life after one long line
        }
        return r;
    }

    /**
     * Redacts the line as {@link #redactLine(String)} does, and tells {@code found} the type name of each
     * finding, in line order (a line inside a private key block counts as one {@code PRIVATE_KEY}).
     *
     * @param line one line, without its line break
     * @param found told each finding's type name
     * @return the redacted line, or {@code line} itself
     */
    public String redactLine(String line, Consumer<? super String> found) {
        this.found = found;
        try {
            return redactLine(line);
        } finally {
            this.found = null;
        }
    }

    /**
     * Redacts the line into {@code out}, for a caller that holds its lines in a buffer of its own (such
     * as a view of the bytes it read), so that a clean line costs no copy: when something was found,
     * or with {@code neutralize-newlines} on something was escaped, appends the line as
     * {@link #redactLine(String)} returns it and returns {@code true}; when the line stays as it is,
     * appends nothing and returns {@code false}. The line is read only during the call.
     *
     * @param line one line, without its line break
     * @param out where the redacted line goes
     * @return whether the redacted line was appended; when not, the line stays as it is
     */
    public boolean appendRedactedLine(CharSequence line, StringBuilder out) {
        int mark = out.length();
        try {
            if (inPrivateKey) {
                renderInsidePrivateKey(line, out);
            } else {
                Findings f = engine.find(line);
                if (f == null) {
                    if (!redactor.needsNeutralizing(line)) {
                        return false;
                    }
                    out.append(line);
                } else {
                    render(line, f, out);
                }
            }
            if (redactor.neutralizesNewlines()) {
                String part = out.substring(mark);
                out.setLength(mark);
                out.append(redactor.neutralize(part));
            }
        } catch (RuntimeException | StackOverflowError e) {
            report(e);
            out.setLength(mark);
            out.append(Redactor.failed(line));
            // fail closed: a line that opens a private key block and fails keeps the block's next lines redacted
            inPrivateKey = inPrivateKey || opensPrivateKey(line);
        }
        return true;
    }

    private void render(CharSequence line, Findings f, StringBuilder out) {
        inPrivateKey = f.endsInOpenPrivateKey(); // first: a block opened here stays open whatever fails below
        redactor.render(line, f, out);
        redactor.tell(f, found);
    }

    /** Appends a line that starts inside a private key block: the block's part replaced whole, the rest redacted. */
    private void renderInsidePrivateKey(CharSequence line, StringBuilder out) {
        int end = Engine.endOfPrivateKey(line, 0);
        if (found != null) {
            found.accept(SensitiveType.PRIVATE_KEY.name());
        }
        redactor.renderSpan(line, 0, end < 0 ? line.length() : end, Redactor.privateKeyId(), out);
        if (end >= 0) {
            inPrivateKey = false;
            CharSequence rest = line.subSequence(end, line.length());
            Findings f = engine.find(rest);
            if (f == null) {
                out.append(rest);
            } else {
                render(rest, f, out);
            }
        }
    }

    /** Whether the line holds a private key's BEGIN line with no END after it: plain text, no detector. */
    static boolean opensPrivateKey(CharSequence line) {
        String s = line.toString();
        int begin = s.lastIndexOf("-----BEGIN ");
        return begin >= 0 && s.indexOf("PRIVATE KEY", begin) > begin && s.indexOf("-----END ", begin) < 0;
    }

    private void report(Throwable e) {
        redactor.report(e instanceof RuntimeException ? (RuntimeException) e : new IllegalStateException(e));
    }

    /**
     * Whether the last line left a private key block open, so that the next lines are redacted whole
     * up to its END line.
     *
     * @return whether a private key block is open
     */
    public boolean insidePrivateKey() {
        return inPrivateKey;
    }

    /**
     * Sets whether the next line continues an open private key block. For a stream redacted in pieces,
     * possibly on several threads: the piece after one that ended {@link #insidePrivateKey() inside} a
     * block is redacted (again) with this set.
     *
     * @param inside whether the next line starts inside a block
     */
    public void insidePrivateKey(boolean inside) {
        inPrivateKey = inside;
    }

    /**
     * The findings of the line, continuing a private key block from earlier lines.
     *
     * @param line one line, without its line break
     * @return the findings, empty when there are none
     */
    public List<Finding> scanLine(String line) {
        List<Finding> list = new ArrayList<>();
        int offset = 0;
        String rest = line;
        if (inPrivateKey) {
            int end = Engine.endOfPrivateKey(line, 0);
            list.add(new Finding(SensitiveType.PRIVATE_KEY.name(), 0, end < 0 ? line.length() : end));
            if (end < 0) {
                return list;
            }
            inPrivateKey = false;
            offset = end;
            rest = line.substring(end);
        }
        Findings f = engine.find(rest);
        if (f != null) {
            inPrivateKey = f.endsInOpenPrivateKey();
            for (int i = 0; i < f.size(); i++) {
                list.add(new Finding(engine.typeName(f.type(i)), offset + f.start(i), offset + f.end(i)));
            }
        }
        return list;
    }
}
