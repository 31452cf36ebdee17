package dev.logredactor.spring.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An application as teams write them: a controller that logs what it is given. */
@SpringBootApplication
public class TestApp {
    /** Logs a sign-up with the address, the card and the database password it was given. */
    @RestController
    public static class Signups {
        private static final Logger LOG = LoggerFactory.getLogger("com.example.Signups");

        @GetMapping("/signup")
        public String signup(@RequestParam("email") String email, @RequestParam("card") String card,
                @RequestParam("password") String password) {
            LOG.info("signup {} card {}", email, card);
            LOG.warn("retrying with db.password={} timeout=30s", password);
            return "ok";
        }
    }
}
