package dev.logredactor.spark;

import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.util.AccumulatorV2;

/**
 * Per type, how many findings the job's tasks redacted. Added to in the tasks that write the output, so
 * Spark merges each partition's counts once, however often a task was tried.
 */
final class FindingsAccumulator extends AccumulatorV2<String, Map<String, Long>> {
    private static final long serialVersionUID = 1L;

    private TreeMap<String, Long> counts = new TreeMap<>();

    @Override
    public boolean isZero() {
        return counts.isEmpty();
    }

    @Override
    public AccumulatorV2<String, Map<String, Long>> copy() {
        FindingsAccumulator c = new FindingsAccumulator();
        c.counts = new TreeMap<>(counts);
        return c;
    }

    @Override
    public void reset() {
        counts = new TreeMap<>();
    }

    @Override
    public void add(String type) {
        counts.merge(type, 1L, Long::sum);
    }

    @Override
    public void merge(AccumulatorV2<String, Map<String, Long>> other) {
        other.value().forEach((type, n) -> counts.merge(type, n, Long::sum));
    }

    /** A copy: Spark's listeners read a named accumulator's value on their threads while tasks merge into it. */
    @Override
    public Map<String, Long> value() {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(counts));
    }
}
