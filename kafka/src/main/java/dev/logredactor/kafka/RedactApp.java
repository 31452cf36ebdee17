package dev.logredactor.kafka;

import dev.logredactor.core.Redactor;
import dev.logredactor.core.RedactorConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;

/**
 * The Kafka Streams application of {@code log-redactor-kafka.jar}: {@link RedactTopology} from one topic to
 * another until it is stopped.
 *
 * <pre>
 * java -jar log-redactor-kafka.jar --bootstrap broker:9092 --from logs.raw --to logs.clean \
 *     --config redactor.properties [--application-id log-redactor] [--exactly-once] [--streams-config streams.properties]
 * </pre>
 *
 * <p>Stopped with SIGTERM or Ctrl-C, it closes its Streams client (committing what it redacted) before the
 * JVM exits (with the JVM's status for the signal, 143 for SIGTERM). It exits 1 when the application stopped on
 * an error (a record it could not redact, a source topic missing), 2 for a bad command line or setting, named
 * (the redactor's, and the Streams and client properties Kafka checks when the client is made).
 */
public final class RedactApp {
    /** Exit status of a bad command line or setting. */
    static final int USAGE = 2;

    static final String HELP = String.join("\n",
            "Usage: java -jar log-redactor-kafka.jar --bootstrap HOST:PORT --from TOPIC --to TOPIC [options]",
            "Copies the records of one topic to another with their values redacted (Kafka Streams).",
            "  --bootstrap HOST:PORT[,...]  the Kafka cluster (bootstrap.servers)",
            "  --from TOPIC                 the topic of raw log records",
            "  --to TOPIC                   the topic the redacted records go to",
            "  --config FILE                the redactor's settings (a properties file, as the CLI's --config)",
            "  --application-id ID          the Streams application.id (consumer group, internal topics); default log-redactor",
            "  --exactly-once               processing.guarantee=exactly_once_v2 (brokers 2.5+)",
            "  --streams-config FILE        more Kafka Streams and client properties (security, num.stream.threads, ...)",
            "  --help                       this text");

    private RedactApp() {
    }

    /**
     * Runs the application until it is stopped.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        System.exit(code);
    }

    /** The parsed command line; {@code error} set when it is bad. */
    static final class Options {
        String bootstrap;
        String from;
        String to;
        Path config;
        String applicationId = "log-redactor";
        boolean exactlyOnce;
        Path streamsConfig;
        boolean help;
        String error;

        static Options parse(String... args) {
            Options o = new Options();
            for (int i = 0; i < args.length && o.error == null; i++) {
                String a = args[i];
                if (a.equals("--help") || a.equals("-h")) {
                    o.help = true;
                    continue;
                }
                if (a.equals("--exactly-once")) {
                    o.exactlyOnce = true;
                    continue;
                }
                String value = null;
                int eq = a.indexOf('=');
                String name = eq > 0 && a.startsWith("--") ? a.substring(0, eq) : a;
                if (eq > 0 && a.startsWith("--")) {
                    value = a.substring(eq + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                }
                if (value == null || value.isEmpty()) {
                    o.error = name + ": a value is missing";
                    break;
                }
                switch (name) {
                    case "--bootstrap":
                        o.bootstrap = value;
                        break;
                    case "--from":
                        o.from = value;
                        break;
                    case "--to":
                        o.to = value;
                        break;
                    case "--config":
                        o.config = Paths.get(value);
                        break;
                    case "--application-id":
                        o.applicationId = value;
                        break;
                    case "--streams-config":
                        o.streamsConfig = Paths.get(value);
                        break;
                    default:
                        o.error = name + ": unknown option";
                }
            }
            if (o.error == null && !o.help) {
                if (o.bootstrap == null || o.from == null || o.to == null) {
                    o.error = "--bootstrap, --from and --to are required";
                } else if (o.from.equals(o.to)) {
                    o.error = "--to: the same topic as --from; the redacted records need a topic of their own";
                }
            }
            return o;
        }
    }

    /** Runs the application; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Options o = Options.parse(args);
        if (o.help) {
            out.println(HELP);
            return 0;
        }
        if (o.error != null) {
            err.println("log-redactor-kafka: " + o.error);
            err.println(HELP);
            return USAGE;
        }
        Redactor redactor;
        Properties props;
        try {
            redactor = redactor(o.config);
            props = streamsProperties(o);
        } catch (IllegalArgumentException e) {
            err.println("log-redactor-kafka: " + e.getMessage());
            return USAGE;
        }
        KafkaStreams streams;
        try {
            streams = new KafkaStreams(RedactTopology.build(o.from, o.to, redactor), props);
        } catch (KafkaException e) { // a bad Streams or client property: a ConfigException, maybe wrapped, names it
            StringBuilder why = new StringBuilder();
            for (Throwable t = e; t != null && why.length() < 2000; t = t.getCause()) {
                why.append(why.length() == 0 ? "" : ": ").append(t.getMessage());
            }
            err.println("log-redactor-kafka: the Kafka Streams settings (--bootstrap, --application-id, --exactly-once, "
                    + "--streams-config): " + why);
            return USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean failed = new AtomicBoolean();
        streams.setUncaughtExceptionHandler(e -> {
            failed.set(true);
            err.println("log-redactor-kafka: stopping: " + e.getMessage());
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.ERROR || now == KafkaStreams.State.NOT_RUNNING) {
                stopped.countDown();
            }
        });
        Thread hook = new Thread(() -> {
            streams.close(Duration.ofSeconds(30));
            stopped.countDown();
        }, "log-redactor-kafka-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        streams.start();
        out.println("log-redactor-kafka: redacting " + o.from + " -> " + o.to + " (" + redactor + ")");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        streams.close(Duration.ofSeconds(30));
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is stopping: the hook is running
        }
        return failed.get() ? 1 : 0;
    }

    /** The redactor of {@code --config}; defaults without it. Refuses {@code mode=report}, which would copy raw records. */
    static Redactor redactor(Path config) {
        Redactor r;
        try {
            r = config == null ? Redactor.defaults() : Redactor.builder().configFile(config).build();
        } catch (RedactorConfigException e) {
            throw new IllegalArgumentException("--config " + config + ": " + e.getMessage(), e);
        }
        if (r.reportsOnly()) {
            throw new IllegalArgumentException("--config " + config + ": mode=report would copy every record unredacted; "
                    + "this application redacts");
        }
        return r;
    }

    /** The Streams properties: {@code --streams-config}, then the options on top. */
    static Properties streamsProperties(Options o) {
        Properties p = new Properties();
        if (o.streamsConfig != null) {
            try (InputStream in = Files.newInputStream(o.streamsConfig)) {
                p.load(in);
            } catch (IOException e) {
                throw new IllegalArgumentException("--streams-config " + o.streamsConfig + ": cannot read it (" + e + ")", e);
            }
        }
        // what Kafka 5 does by default, and without it Streams warns at each start
        p.putIfAbsent("processing.exception.handler.global.enabled", "true");
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, o.applicationId);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, o.bootstrap);
        if (o.exactlyOnce) {
            p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        }
        return p;
    }
}
