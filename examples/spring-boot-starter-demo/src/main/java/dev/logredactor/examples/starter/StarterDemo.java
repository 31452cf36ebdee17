package dev.logredactor.examples.starter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A web application whose only log-redactor set-up is the starter dependency and two lines of
 * {@code application.properties}. At start-up it logs what applications do log by mistake; the console
 * shows them redacted, and {@code /actuator/logredactor} counts them.
 */
@SpringBootApplication
public class StarterDemo {
    private static final Logger SIGNUPS = LoggerFactory.getLogger("com.example.shop.Signups");
    private static final Logger PAYMENTS = LoggerFactory.getLogger("com.example.shop.Payments");
    private static final Logger CONFIG = LoggerFactory.getLogger("com.example.shop.Config");

    public static void main(String[] args) {
        SpringApplication.run(StarterDemo.class, args);
    }

    /** The start-up events: an e-mail, a card, a password in key=value. */
    @Bean
    ApplicationRunner logSomeMistakes() {
        return (ApplicationArguments args) -> {
            SIGNUPS.info("welcome mail sent to {}", "jane.doe@example.com");
            PAYMENTS.info("card {} authorised for order {}", "4111 1111 1111 1111", 48213377);
            CONFIG.warn("datasource ready: url=jdbc:postgresql://db:5432/shop user=shop password=S3cr3t!pass pool=10");
            SIGNUPS.info("user {} confirmed", "ola.nordmann@example.no");
        };
    }
}
