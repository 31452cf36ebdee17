package dev.logredactor.spark;

import dev.logredactor.core.Redactor;
import dev.logredactor.core.RedactorConfigException;
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
 * {@code rule.<NAME>}, ...). They are checked on the driver when the function is made, so a bad one fails
 * at once, naming itself; the function carries the settings, not a redactor, and each executor JVM builds
 * one redactor per distinct settings, once, for all its tasks and rows. A {@code null} stays {@code null}; a
 * value whose redaction fails becomes {@code [REDACTED_ON_ERROR]}, never the raw text.
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

    /** A copy that serialises and compares by content: the key of the executors' redactors. */
    static Map<String, String> freeze(Map<String, String> settings) {
        return Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(settings, "settings")));
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

        RedactText(Map<String, String> settings) {
            this.settings = settings;
        }

        @Override
        public String call(String text) {
            return text == null ? null : redactor(settings).redact(text);
        }
    }
}
