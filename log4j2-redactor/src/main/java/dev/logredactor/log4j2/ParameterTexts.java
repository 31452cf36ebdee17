package dev.logredactor.log4j2;

import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.message.ParameterConsumer;
import org.apache.logging.log4j.message.ParameterizedMessage;
import org.apache.logging.log4j.message.ParameterVisitable;
import org.apache.logging.log4j.message.ReusableParameterizedMessage;
import org.apache.logging.log4j.message.SimpleMessage;

/**
 * The arguments of a parameterized message as its formatted text shows them, so that the redactor can
 * plan the message's template ({@link dev.logredactor.core.Redactor#appendRedactedParameterized}): each
 * a {@link CharSequence}, the argument itself for text, or the thread's reusable buffer of that slot
 * holding a number, boolean or char as Log4j appends it. A message of another kind, or an argument of
 * another type (an object, an array, a date, whose text Log4j makes in its own ways), gives {@code null},
 * and the formatted text is redacted as a whole. Allocates nothing once a thread's buffers are made.
 */
final class ParameterTexts implements ParameterConsumer<ParameterTexts> {
    private static final int MAX_ARGS = 16;
    private static final CharSequence[] NONE = new CharSequence[0];
    private static final ThreadLocal<ParameterTexts> TEXTS = ThreadLocal.withInitial(ParameterTexts::new);

    private final StringBuilder[] rendered = new StringBuilder[MAX_ARGS];
    /** Per number of arguments, the array handed out: its entries are set at each call. */
    private final CharSequence[][] byCount = new CharSequence[MAX_ARGS + 1][];
    private CharSequence[] current;
    private boolean plain;

    private ParameterTexts() {
        for (int i = 0; i < MAX_ARGS; i++) {
            rendered[i] = new StringBuilder(16);
            byCount[i + 1] = new CharSequence[i + 1];
        }
        byCount[0] = NONE;
    }

    /** The texts of the message's arguments, or {@code null} when the message or an argument is of another kind. */
    static CharSequence[] of(Message m) {
        if (m instanceof SimpleMessage) {
            return NONE; // a template of its own, without slots
        }
        if (m instanceof ReusableParameterizedMessage) {
            ReusableParameterizedMessage r = (ReusableParameterizedMessage) m;
            int count = r.getParameterCount();
            if (count > MAX_ARGS) {
                return null;
            }
            ParameterTexts t = TEXTS.get();
            t.current = t.byCount[count];
            t.plain = true;
            ((ParameterVisitable) r).forEachParameter(t, t);
            return t.plain ? t.current : null;
        }
        if (m instanceof ParameterizedMessage) {
            Object[] params = m.getParameters();
            int count = params == null ? 0 : params.length;
            if (count > MAX_ARGS) {
                return null;
            }
            ParameterTexts t = TEXTS.get();
            t.current = t.byCount[count];
            t.plain = true;
            for (int i = 0; i < count; i++) {
                t.accept(params[i], i, t);
            }
            return t.plain ? t.current : null;
        }
        return null;
    }

    /** The template of a message that {@link #of} gave texts for: its pattern, or a simple message's text. */
    static String template(Message m) {
        if (m instanceof ReusableParameterizedMessage) {
            return ((ReusableParameterizedMessage) m).getFormat();
        }
        if (m instanceof ParameterizedMessage) {
            return ((ParameterizedMessage) m).getFormat();
        }
        return m.getFormattedMessage();
    }

    @Override
    public void accept(Object parameter, int index, ParameterTexts state) {
        if (!plain) {
            return;
        }
        if (parameter instanceof CharSequence) {
            current[index] = (CharSequence) parameter;
            return;
        }
        StringBuilder b = rendered[index];
        b.setLength(0);
        if (parameter == null) {
            b.append("null");
        } else if (parameter instanceof Integer || parameter instanceof Long || parameter instanceof Short || parameter instanceof Byte) {
            b.append(((Number) parameter).longValue());
        } else if (parameter instanceof Boolean) {
            b.append(((Boolean) parameter).booleanValue());
        } else if (parameter instanceof Character) {
            b.append(((Character) parameter).charValue());
        } else {
            plain = false; // its text is Log4j's to make: the formatted message is redacted whole
            return;
        }
        current[index] = b;
    }
}
