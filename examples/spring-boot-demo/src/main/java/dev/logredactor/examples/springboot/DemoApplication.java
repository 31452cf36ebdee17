package dev.logredactor.examples.springboot;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A Spring Boot 3 application whose console output is redacted by the setup in {@code logback-spring.xml}. */
@SpringBootApplication
public class DemoApplication {

    public static void main(String[] args) {
        SpringApplication.run(DemoApplication.class, args);
    }

    @Bean
    CommandLineRunner placeOrders(CheckoutService checkout) {
        return args -> checkout.run();
    }
}
