package dev.logredactor.examples.log4j2;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.message.StringMapMessage;

/** A plain Log4j2 application: each event goes to a plain appender and through a redacting one (see log4j2.xml). */
public final class DemoApp {
    private static final Logger LOG = LogManager.getLogger(DemoApp.class);

    private DemoApp() {
    }

    public static void main(String[] args) {
        ThreadContext.put("requestId", "3f2b8c1e-9a4d-4e7f-b6a2-1c0d5e8f7a93");
        ThreadContext.put("user.email", "jane.doe@example.com");
        LOG.info("Order 48213377 placed by {} with card {}", "jane.doe@example.com", "4111 1111 1111 1111");
        ThreadContext.remove("user.email");
        LOG.info("Calling billing with Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJqYW5lIn0.c2lnbmF0dXJlLWRlbW8");
        LOG.warn("Config loaded: db.url=jdbc:postgresql://db:5432/shop db.password=S3cr3t!pass timeout=30s");
        LOG.info("Payment 1709251200 accepted in 184 ms, trace 4bf92f3577b34da6a3ce929d0e0e4736");
        LOG.info(new StringMapMessage().with("event", "signup").with("phone", "+44 20 7946 0958").with("plan", "pro"));
        LOG.error("Refund failed", new IllegalStateException("IBAN DE89370400440532013000 rejected for SSN 123-45-6789"));
    }
}
