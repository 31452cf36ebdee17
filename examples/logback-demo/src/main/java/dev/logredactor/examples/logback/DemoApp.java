package dev.logredactor.examples.logback;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** A plain SLF4J application: each event goes to a plain and to a redacting appender (see logback.xml). */
public final class DemoApp {
    private static final Logger LOG = LoggerFactory.getLogger(DemoApp.class);

    private DemoApp() {
    }

    public static void main(String[] args) {
        String requestId = "3f2b8c1e-9a4d-4e7f-b6a2-1c0d5e8f7a93";
        MDC.put("requestId", requestId);
        MDC.put("user.email", "jane.doe@example.com");
        LOG.info("Order 48213377 placed by {} with card {}", "jane.doe@example.com", "4111 1111 1111 1111");
        MDC.remove("user.email");
        LOG.info("Calling billing with Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJqYW5lIn0.c2lnbmF0dXJlLWRlbW8");
        LOG.warn("Config loaded: db.url=jdbc:postgresql://db:5432/shop db.password=S3cr3t!pass timeout=30s");
        LOG.info("Payment 1709251200 accepted in 184 ms, trace 4bf92f3577b34da6a3ce929d0e0e4736");
        LOG.error("Refund failed", new IllegalStateException("IBAN DE89370400440532013000 rejected for SSN 123-45-6789"));
        LOG.atInfo().addKeyValue("apiKey", "sk_live_51Hq8xQ2eZvKYlo2C0aBcDeFgHiJkLmNoP").log("Stripe client ready");
    }
}
