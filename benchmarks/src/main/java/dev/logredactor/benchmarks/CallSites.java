package dev.logredactor.benchmarks;

import dev.logredactor.core.testdata.SecretSamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Parameterized log calls as applications make them: a few hundred call sites, each a template with 1 to
 * 4 slots in the styles code uses (words around the slots, {@code key={}} pairs, slots in brackets or
 * quotes, a framework's longer sentence before a slot), and for each call arguments such as ids, UUIDs,
 * counts, durations, names and hosts, about 2% of them a secret (an e-mail address, a card number, a
 * token). Made in a benchmark's setup, never stored.
 */
final class CallSites {
    /** One call: its template and arguments. */
    static final class Call {
        final String template;
        final Object[] args;
        final boolean secret;

        Call(String template, Object[] args, boolean secret) {
            this.template = template;
            this.args = args;
            this.secret = secret;
        }
    }

    private static final String[] NOUNS = {"Order", "Payment", "Invoice", "Shipment", "Cart", "Session", "Request", "Job", "Batch",
        "Refund", "Customer", "Account", "Report", "Export", "Import", "Sync", "Cache", "Task"};
    private static final String[] VERBS = {"placed", "accepted", "created", "updated", "deleted", "shipped", "failed", "retried",
        "started", "finished", "queued", "loaded", "saved", "sent", "received", "expired"};
    private static final String[] KEYS = {"orderId", "userId", "tenant", "status", "attempt", "durationMs", "region", "sku", "count",
        "traceId", "host", "queue", "partition", "offset", "version"};

    /** Sentences frameworks write before a value (Spring, Hibernate, Kafka, HikariCP, Tomcat, in their words' style). */
    private static final String[] FRAMEWORK = {"completed initialization of the persistence unit and bound the session factory to",
        "resetting the offset of the consumer group to the committed position for partition", "added a connection to the pool with id",
        "started the embedded web server on the port given by", "retrying the transaction after a deadlock was detected on row",
        "finished loading the application context with bean definitions numbering"};

    private CallSites() {
    }

    /** {@code calls} calls spread over {@code sites} call sites. */
    static List<Call> calls(int sites, int calls, long seed) {
        Random r = new Random(seed);
        List<String> templates = new ArrayList<>();
        List<int[]> kinds = new ArrayList<>();
        for (int i = 0; i < sites; i++) {
            int slots = 1 + r.nextInt(4);
            int[] k = new int[slots];
            StringBuilder t = new StringBuilder(SecretSamples.pick(r, NOUNS));
            int style = r.nextInt(10);
            for (int s = 0; s < slots; s++) {
                k[s] = r.nextInt(7);
                if (style < 6) { // words around the slots
                    t.append(' ').append(s == 0 ? "" : SecretSamples.pick(r, "for", "by", "from", "in", "to", "with", "and") + " ")
                            .append("{}").append(s == 0 ? " " + SecretSamples.pick(r, VERBS) : "");
                } else if (style < 8) { // key={} pairs
                    t.append(s == 0 ? " " + SecretSamples.pick(r, VERBS) + ": " : ", ").append(SecretSamples.pick(r, KEYS)).append("={}");
                } else if (style < 9) { // brackets and quotes
                    t.append(' ').append(SecretSamples.pick(r, "[{}]", "'{}'", "({})", "\"{}\""));
                } else { // a framework's longer sentence around the slot
                    t.append(' ').append(SecretSamples.pick(r, FRAMEWORK)).append(" {}");
                }
            }
            if (r.nextBoolean()) {
                t.append(" in {} ms");
                k = java.util.Arrays.copyOf(k, k.length + 1);
                k[k.length - 1] = 2;
            }
            templates.add(t.toString());
            kinds.add(k);
        }
        List<Call> out = new ArrayList<>();
        for (int c = 0; c < calls; c++) {
            int site = r.nextInt(sites);
            int[] k = kinds.get(site);
            Object[] args = new Object[k.length];
            boolean secret = false;
            for (int a = 0; a < k.length; a++) {
                if (r.nextInt(50) == 0) {
                    args[a] = SecretSamples.pick(r, SecretSamples.email(r), SecretSamples.card(r), "ghp_" + SecretSamples.githubBody(
                            SecretSamples.random(r, SecretSamples.ALNUM, 30)));
                    secret = true;
                    continue;
                }
                switch (k[a]) {
                    case 0:
                        args[a] = 1_000_000 + r.nextInt(9_000_000);
                        break;
                    case 1:
                        args[a] = UUID.randomUUID().toString();
                        break;
                    case 2:
                        args[a] = r.nextInt(2_000);
                        break;
                    case 3:
                        args[a] = SecretSamples.pick(r, "eu-west-1", "us-east-2", "checkout", "billing", "orders-7", "ACTIVE", "PENDING");
                        break;
                    case 4:
                        args[a] = "u-" + r.nextInt(100_000);
                        break;
                    case 5:
                        args[a] = Long.toHexString(r.nextLong());
                        break;
                    default:
                        args[a] = SecretSamples.pick(r, "ok", "done", "queued", "retrying");
                        break;
                }
            }
            out.add(new Call(templates.get(site), args, secret));
        }
        return out;
    }
}
