package dev.logredactor.core.internal.scan;

import java.util.Arrays;

/**
 * The findings of one scan, as int triples (start, end, type id) in text order, not overlapping.
 * Created only when the first finding is made, so a clean text costs no allocation. Not thread-safe:
 * one instance per scan.
 */
public final class Findings {
    private int[] data = new int[12];
    private int size;
    private boolean openPrivateKey;

    /** Appends a finding; callers add in text order and never overlap the previous one. */
    public void add(int start, int end, int type) {
        if (size * 3 == data.length) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        data[size * 3] = start;
        data[size * 3 + 1] = end;
        data[size * 3 + 2] = type;
        size++;
    }

    /** Number of findings. */
    public int size() {
        return size;
    }

    public int start(int i) {
        return data[i * 3];
    }

    public int end(int i) {
        return data[i * 3 + 1];
    }

    /** The type id: a {@link dev.logredactor.core.SensitiveType} ordinal, or a user rule's id after them. */
    public int type(int i) {
        return data[i * 3 + 2];
    }

    /** Whether the text ends inside a private key block whose END line has not come yet. */
    public boolean endsInOpenPrivateKey() {
        return openPrivateKey;
    }

    public void markOpenPrivateKey() {
        openPrivateKey = true;
    }

    /** Removes finding {@code i}, keeping the order of the rest. */
    public void remove(int i) {
        System.arraycopy(data, (i + 1) * 3, data, i * 3, (size - i - 1) * 3);
        size--;
    }

    /** Inserts a finding at its place in text order if it overlaps none; returns whether it was added. */
    public boolean insertIfFree(int start, int end, int type) {
        int pos = 0;
        while (pos < size && start(pos) < start) {
            pos++;
        }
        if (pos > 0 && end(pos - 1) > start || pos < size && start(pos) < end) {
            return false;
        }
        add(0, 0, 0);
        System.arraycopy(data, pos * 3, data, (pos + 1) * 3, (size - 1 - pos) * 3);
        data[pos * 3] = start;
        data[pos * 3 + 1] = end;
        data[pos * 3 + 2] = type;
        return true;
    }
}
