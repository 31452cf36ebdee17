package dev.logredactor.examples.springboot;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Service;

/** Logs what a checkout service typically logs: customers' data, credentials, and plenty of harmless ids. */
@Service
public class CheckoutService {
    private static final Logger LOG = LoggerFactory.getLogger(CheckoutService.class);

    /** Runs one scripted checkout; the events are fixed so the before/after is easy to read. */
    public void run() {
        MDC.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
        MDC.put("customer", "li.wei@example.org");
        try {
            LOG.info("Checkout 7f3c9a2e-5b1d-4c8e-9f0a-2d6b8e1c4a57 started for {} ({})", "li.wei@example.org", "+44 20 7946 0958");
            LOG.info("Charging card " + "5555 5555 5555 4444" + " for order 99182734, amount 129.90 EUR");
            LOG.debug("Datasource ready: spring.datasource.url=jdbc:postgresql://orders:Pg-s3cret@db:5432/shop");
            LOG.atInfo().addKeyValue("token", "xoxb-2048-4096-AbCdEfGhIjKlMnOpQrStUvWx").log("Slack notifier configured");
            LOG.warn("Shipping API answered 401 for Authorization: Bearer sk_live_4eC39HqLyjWDarjtT1zdp7dc");
            LOG.error("Refund to {} failed", "GB82 WEST 1234 5698 7654 32",
                    new IllegalStateException("bank rejected IBAN GB82WEST12345698765432 of li.wei@example.org"));
            LOG.info("Order 99182734 shipped at epoch 1732361520, parcel 1Z999AA10123456784, 3 items, took 412 ms");
        } finally {
            MDC.clear();
        }
    }
}
