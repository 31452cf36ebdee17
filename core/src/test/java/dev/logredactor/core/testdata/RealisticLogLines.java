package dev.logredactor.core.testdata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Generates realistic, harmless log lines in the styles Java teams see: Spring Boot and Logback
 * defaults, Tomcat and nginx access logs, Hibernate SQL, Kafka and HDFS daemons, stack traces, JSON
 * lines from logstash-logback-encoder and ECS. They are full of what must never be redacted: UUIDs,
 * trace and span ids, git SHAs, timestamps, epoch seconds and millis, durations, byte counts,
 * versions, host:port, {@code Class@hash}, block ids and Luhn-invalid order numbers. Deterministic
 * for a seed.
 */
public final class RealisticLogLines {
    private static final String[] LEVELS = {"INFO", "DEBUG", "WARN", "ERROR", "TRACE"};
    private static final String[] LOGGERS = {"c.e.orders.OrderController", "o.s.web.servlet.DispatcherServlet",
        "com.zaxxer.hikari.HikariPool", "o.h.engine.jdbc.spi.SqlExceptionHelper", "c.e.billing.InvoiceService",
        "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator", "o.a.c.c.C.[Tomcat].[localhost].[/]"};
    private static final String[] HOSTS = {"db-primary.internal:5432", "redis-master.svc.cluster.local:6379",
        "kafka-2.internal:9092", "localhost:8080", "api.example.com:443", "eureka:8761"};
    private static final String[] PATHS = {"/api/v1/orders/%d", "/actuator/health", "/api/v2/customers/%d/invoices",
        "/static/app.%s.js", "/login", "/api/v1/password/reset"};
    private static final String[] AGENTS = {"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36", "curl/8.5.0",
        "okhttp/4.12.0", "kube-probe/1.29"};

    private final Random r;
    private final boolean withIps;

    /**
     * @param withIps whether lines may hold IP addresses (client addresses of access logs); harmless
     *     in the sense of this generator, but redacted by the default configuration
     */
    public RealisticLogLines(long seed, boolean withIps) {
        this.r = new Random(seed);
        this.withIps = withIps;
    }

    public List<String> lines(int count) {
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(next());
        }
        return out;
    }

    public String next() {
        switch (r.nextInt(16)) {
            case 0:
                return springBoot("Order " + orderId() + " placed in " + r.nextInt(900) + " ms (traceId=" + hex(32)
                        + ", spanId=" + hex(16) + ")");
            case 1:
                return logback("Started OrderApplication in " + r.nextInt(9) + "." + r.nextInt(999)
                        + " seconds (process running for " + r.nextInt(20) + "." + r.nextInt(9) + ")");
            case 2:
                return tomcatAccess();
            case 3:
                return nginxAccess();
            case 4:
                return r.nextBoolean() ? "Hibernate: select o1_0.id,o1_0.created_at,o1_0.total from orders o1_0 where "
                        + "o1_0.customer_id=? and o1_0.status=? limit ?"
                        : logback("binding parameter [" + (1 + r.nextInt(5)) + "] as [BIGINT] - [" + orderId() + "]");
            case 5:
                return "[" + isoSpace() + "] INFO [Consumer clientId=consumer-orders-" + r.nextInt(9)
                        + ", groupId=orders] Setting offset for partition orders-" + r.nextInt(12)
                        + " to the committed offset FetchPosition{offset=" + r.nextInt(9_000_000)
                        + ", offsetEpoch=Optional[" + r.nextInt(9) + "], currentLeader=LeaderAndEpoch{leader=Optional["
                        + "kafka-2.internal:9092 (id: 2 rack: null)], epoch=" + r.nextInt(40) + "}} "
                        + "(org.apache.kafka.clients.consumer.internals.ConsumerCoordinator)";
            case 6:
                return String.format(Locale.ROOT, "%06d %06d %d INFO dfs.DataNode$PacketResponder: PacketResponder %d "
                        + "for block blk_%s%d terminating", 81109 + r.nextInt(3), r.nextInt(235959), r.nextInt(300),
                        r.nextInt(3), r.nextBoolean() ? "-" : "", Math.abs(r.nextLong()));
            case 7:
                return logstashJson();
            case 8:
                return ecsJson();
            case 9:
                return stackTraceLine();
            case 10:
                return springBoot("Using commit " + hex(40) + ", artifact sha256=" + hex(64) + ", version "
                        + r.nextInt(4) + "." + r.nextInt(30) + "." + r.nextInt(20));
            case 11:
                return logback("Created " + pick("com.example.OrderService", "org.hibernate.internal.SessionImpl",
                        "java.lang.Object") + "@" + Integer.toHexString(r.nextInt()) + " for request "
                        + UUID.nameUUIDFromBytes(longBytes()) + " at epoch " + (1_600_000_000L + r.nextInt(200_000_000))
                        + " (" + (1_600_000_000_000L + r.nextInt(Integer.MAX_VALUE)) + " ms)");
            case 12:
                return springBoot("Order " + SecretSamples.luhnInvalidCard(r).replaceAll("[ -]", "")
                        + " shipped, " + r.nextInt(100_000) + " bytes, took " + r.nextInt(60) + "." + r.nextInt(999) + "s");
            case 13:
                return logback(pick("password reset email sent to customer " + orderId(),
                        "token refresh scheduled in " + r.nextInt(3600) + "s",
                        "Session 0x" + hex(15) + " established, timeout " + r.nextInt(40_000) + "ms",
                        "Processed " + r.nextInt(999) + "," + String.format(Locale.ROOT, "%03d", r.nextInt(1000))
                                + " records in 00:0" + r.nextInt(9) + ":" + r.nextInt(59) + "." + r.nextInt(999),
                        "Connecting to " + pick(HOSTS) + " (attempt " + (1 + r.nextInt(5)) + "/5)",
                        "GC pause (G1 Evacuation Pause) " + r.nextInt(99) + "." + r.nextInt(999) + "ms, heap "
                                + r.nextInt(4096) + "M->" + r.nextInt(4096) + "M(8192M)",
                        "HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@" + Integer.toHexString(r.nextInt()),
                        "Cache stats: hits=" + r.nextInt(99999) + " misses=" + r.nextInt(999) + " evictions=0 size=64MB"));
            case 14:
                return springBoot("Responding " + (200 + r.nextInt(4)) + " to GET " + path() + "?page=" + r.nextInt(9)
                        + "&size=50&sort=createdAt,desc in " + r.nextInt(300) + "ms [X-Request-Id: "
                        + UUID.nameUUIDFromBytes(longBytes()) + "]");
            default:
                return logback("Scheduled task refreshRates completed: " + r.nextInt(500) + " rates, next run at "
                        + isoInstant() + ", lag " + r.nextInt(9000) + "ms, version 2.17." + r.nextInt(3) + "."
                        + r.nextInt(9));
        }
    }

    private String springBoot(String msg) {
        return isoInstant().replace("Z", "+02:00") + "  " + String.format(Locale.ROOT, "%5s", pick(LEVELS)) + " "
                + (1000 + r.nextInt(60000)) + " --- [" + pick("nio-8080-exec-" + (1 + r.nextInt(10)), "main",
                "scheduling-1", "kafka-consumer-3") + "] " + pick(LOGGERS) + " : " + msg;
    }

    private String logback(String msg) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d [%s] %-5s %s - %s", r.nextInt(24), r.nextInt(60),
                r.nextInt(60), r.nextInt(1000), pick("main", "http-nio-8080-exec-3", "pool-2-thread-1"), pick(LEVELS),
                pick(LOGGERS), msg);
    }

    private String tomcatAccess() {
        String client = withIps ? (10 + r.nextInt(200)) + "." + r.nextInt(255) + "." + r.nextInt(255) + "."
                + (1 + r.nextInt(254)) : pick("lb-internal", "-", "app-7f9c.internal");
        return client + " - - [" + clf() + "] \"GET " + path() + " HTTP/1.1\" " + (200 + r.nextInt(4) * 100) + " "
                + r.nextInt(90_000);
    }

    private String nginxAccess() {
        String client = withIps ? "2001:db8:" + Integer.toHexString(r.nextInt(65536)) + "::" + (1 + r.nextInt(99))
                : "api.example.com";
        return client + " - - [" + clf() + "] \"" + pick("GET", "POST", "PUT") + " " + path() + "?include=items HTTP/2.0\" "
                + pick("200", "201", "304", "404") + " " + r.nextInt(100_000) + " \"-\" \"" + pick(AGENTS) + "\" rt="
                + r.nextInt(2) + "." + String.format(Locale.ROOT, "%03d", r.nextInt(1000)) + " uct=\"0.001\"";
    }

    private String logstashJson() {
        return "{\"@timestamp\":\"" + isoInstant() + "\",\"@version\":\"1\",\"message\":\"Payment " + UUID.nameUUIDFromBytes(longBytes())
                + " captured for order " + orderId() + "\",\"logger_name\":\"com.example.billing.PaymentService\","
                + "\"thread_name\":\"http-nio-8080-exec-" + r.nextInt(10) + "\",\"level\":\"INFO\",\"level_value\":20000,"
                + "\"trace_id\":\"" + hex(32) + "\",\"span_id\":\"" + hex(16) + "\",\"duration_ms\":" + r.nextInt(900) + "}";
    }

    private String ecsJson() {
        return "{\"@timestamp\":\"" + isoInstant() + "\",\"log.level\":\"" + pick(LEVELS) + "\",\"message\":\"Cache "
                + "warmed: " + r.nextInt(10_000) + " entries in " + r.nextInt(999) + "ms\",\"ecs.version\":\"1.2.0\","
                + "\"service.name\":\"orders\",\"service.version\":\"1." + r.nextInt(20) + "." + r.nextInt(9) + "\","
                + "\"process.thread.name\":\"main\",\"log.logger\":\"com.example.cache.Warmer\",\"trace.id\":\""
                + hex(32) + "\",\"host.hostname\":\"orders-6d4cf56db6-" + hex(5) + "\"}";
    }

    private String stackTraceLine() {
        switch (r.nextInt(4)) {
            case 0:
                return "\tat com.example.orders.OrderService.place(OrderService.java:" + r.nextInt(400) + ")";
            case 1:
                return "java.lang.IllegalStateException: Order " + orderId() + " not found in shard " + r.nextInt(16);
            case 2:
                return "Caused by: java.net.SocketTimeoutException: Connect timed out after " + r.nextInt(30_000)
                        + "ms to " + pick(HOSTS);
            default:
                return "\t... " + r.nextInt(80) + " more";
        }
    }

    private String path() {
        String p = pick(PATHS);
        return p.contains("%d") ? String.format(Locale.ROOT, p, orderId()) : p.contains("%s") ? String.format(p, hex(8)) : p;
    }

    private long orderId() {
        return 10_000 + r.nextInt(9_000_000);
    }

    private String isoInstant() {
        return String.format(Locale.ROOT, "2024-%02d-%02dT%02d:%02d:%02d.%03dZ", 1 + r.nextInt(12), 1 + r.nextInt(28),
                r.nextInt(24), r.nextInt(60), r.nextInt(60), r.nextInt(1000));
    }

    private String isoSpace() {
        return String.format(Locale.ROOT, "2024-%02d-%02d %02d:%02d:%02d,%03d", 1 + r.nextInt(12), 1 + r.nextInt(28),
                r.nextInt(24), r.nextInt(60), r.nextInt(60), r.nextInt(1000));
    }

    private String clf() {
        return String.format(Locale.ROOT, "%02d/%s/2024:%02d:%02d:%02d +0000", 1 + r.nextInt(28),
                pick("Jan", "Feb", "Mar", "Oct"), r.nextInt(24), r.nextInt(60), r.nextInt(60));
    }

    private String hex(int n) {
        return SecretSamples.random(r, "0123456789abcdef", n);
    }

    private byte[] longBytes() {
        byte[] b = new byte[8];
        r.nextBytes(b);
        return b;
    }

    @SafeVarargs
    private final <T> T pick(T... options) {
        return options[r.nextInt(options.length)];
    }
}
