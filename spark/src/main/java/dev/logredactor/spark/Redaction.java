package dev.logredactor.spark;

import dev.logredactor.core.Redactor;
import dev.logredactor.core.RedactorConfigException;
import dev.logredactor.core.Settings;
import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * log-redactor in Spark SQL: a {@code redact} function for SQL and a {@link Column} helper for the Dataset API.
 *
 * <pre>
 * Redaction.register(spark);                                   // SELECT redact(message) FROM logs
 * Redaction.register(spark, Map.of("strategy.EMAIL", "keep-domain"));
 * logs.withColumn("message", Redaction.redact(col("message")));
 * </pre>
 *
 * <p>The settings are the redactor's keys, as in a properties file ({@code disable}, {@code strategy.<TYPE>},
 * {@code rule.<NAME>}, ...). They are read and checked on the driver when the function is made, so a bad one
 * fails at once, naming itself: a {@code config-file}, a {@code hash.key.file} or a {@code hash.key.env} is read
 * there ({@link dev.logredactor.core.Settings#selfContained}), and the function carries the settings it read,
 * the hash key included (Spark sends it to the executors with the task; encrypt Spark's RPC where that
 * matters). Each executor JVM builds one redactor per distinct settings, once, for all its tasks and rows. A
 * {@code null} stays {@code null}; a value whose redaction fails becomes {@code [REDACTED_ON_ERROR]}, never
 * the raw text; with {@code neutralize-newlines} control chars are escaped, as the CLI does.
 */
public final class Redaction {
    /** The name {@link #register(SparkSession)} gives the function. */
    public static final String FUNCTION = "redact";

    private static final Map<Map<String, String>, Redactor> REDACTORS = new ConcurrentHashMap<>();
    private static final AtomicInteger BUILT = new AtomicInteger();

    private Redaction() {
    }

    /**
     * Registers {@code redact(text)} with the default settings.
     *
     * @param spark the session
     * @return the function registered
     */
    public static UserDefinedFunction register(SparkSession spark) {
        return register(spark, FUNCTION, Map.of());
    }

    /**
     * Registers {@code redact(text)} with these settings.
     *
     * @param spark the session
     * @param settings the redactor's keys and values
     * @return the function registered
     * @throws IllegalArgumentException when a setting is bad, naming it
     */
    public static UserDefinedFunction register(SparkSession spark, Map<String, String> settings) {
        return register(spark, FUNCTION, settings);
    }

    /**
     * Registers a redacting function under a name of your choice, for several settings in one session.
     *
     * @param spark the session
     * @param name the SQL function's name
     * @param settings the redactor's keys and values
     * @return the function registered
     * @throws IllegalArgumentException when a setting is bad, naming it
     */
    public static UserDefinedFunction register(SparkSession spark, String name, Map<String, String> settings) {
        return spark.udf().register(name, function(settings));
    }

    /**
     * The column, redacted with the default settings.
     *
     * @param text a string column
     * @return the redacted column
     */
    public static Column redact(Column text) {
        return function(Map.of()).apply(text);
    }

    /**
     * The column, redacted with these settings.
     *
     * @param text a string column
     * @param settings the redactor's keys and values
     * @return the redacted column
     * @throws IllegalArgumentException when a setting is bad, naming it
     */
    public static Column redact(Column text, Map<String, String> settings) {
        return function(settings).apply(text);
    }

    /**
     * The redacting function with these settings, not registered.
     *
     * @param settings the redactor's keys and values
     * @return the function
     * @throws IllegalArgumentException when a setting is bad, naming it
     */
    public static UserDefinedFunction function(Map<String, String> settings) {
        Map<String, String> frozen = freeze(settings);
        redactor(frozen); // checked here, on the driver
        return functions.udf(new RedactText(frozen), DataTypes.StringType);
    }

    /**
     * The settings read here and copied so that they serialise and compare by content: the key of the
     * executors' redactors.
     *
     * @throws IllegalArgumentException when a file or variable they name cannot be read, naming the setting
     */
    static Map<String, String> freeze(Map<String, String> settings) {
        try {
            return Collections.unmodifiableMap(new TreeMap<>(Settings.selfContained(Objects.requireNonNull(settings, "settings"))));
        } catch (RedactorConfigException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The text redacted as the function does: whole, then control chars escaped when the settings say so. */
    static String redactText(Redactor redactor, String text) {
        String out = redactor.redact(text);
        return redactor.neutralizesNewlines() ? redactor.neutralize(out) : out;
    }

    /**
     * This JVM's redactor for these settings, built on first use.
     *
     * @throws IllegalArgumentException when a setting is bad, naming it
     */
    static Redactor redactor(Map<String, String> settings) {
        Redactor r = REDACTORS.get(settings);
        if (r != null) {
            return r;
        }
        return REDACTORS.computeIfAbsent(settings, s -> {
            try {
                Redactor built = Redactor.builder().properties(s).build();
                if (built.reportsOnly()) {
                    throw new IllegalArgumentException("mode=report would leave every value unredacted; a Spark job redacts");
                }
                BUILT.incrementAndGet();
                return built;
            } catch (RedactorConfigException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        });
    }

    /** How many redactors this JVM has built: for tests that check one per settings, not one per row. */
    static int built() {
        return BUILT.get();
    }

    /** The SQL function: the settings travel to the executors, the redactor is built there. */
    private static final class RedactText implements UDF1<String, String>, Serializable {
        private static final long serialVersionUID = 1L;
        private final Map<String, String> settings;
        /** This copy's redactor, looked up once (each task has its own copy of the function). */
        private transient Redactor redactor;

        RedactText(Map<String, String> settings) {
            this.settings = settings;
        }

        @Override
        public String call(String text) {
            if (text == null) {
                return null;
            }
            Redactor r = redactor;
            if (r == null) {
                r = redactor(settings);
                redactor = r;
            }
            return redactText(r, text);
        }
    }
}
