package dev.logredactor.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The drop-in modes' settings: who switches them off, and what a drop-in in place is told of a change. */
class DropInTest {
    @AfterEach
    void backToTheDefaults() {
        System.clearProperty("logredactor.auto");
        DropIn.use(new Settings());
    }

    @Test
    void theSystemPropertySwitchesTheDropInOffAsTheBackendsSee() {
        assertThat(DropIn.enabled()).isTrue();
        System.setProperty("logredactor.auto", "false");
        assertThat(DropIn.enabled()).as("what the Spring Boot endpoint reports").isFalse();
        System.setProperty("logredactor.auto", "true");
        assertThat(DropIn.enabled()).isTrue();
    }

    @Test
    void aFollowerTakesEachChangeOnceAndKeepsOnWhenItsReloadFails() {
        DropIn.Follower f = DropIn.follower();
        List<Settings> seen = new ArrayList<>();
        assertThat(f.current(seen::add)).isTrue();
        assertThat(seen).isEmpty();
        Settings s = new Settings().addKey("placeholder", "<{type}>", "x");
        DropIn.use(s);
        assertThat(f.current(seen::add)).isTrue();
        assertThat(f.current(seen::add)).isTrue();
        assertThat(seen).containsExactly(s);
        DropIn.switchOff();
        assertThat(f.current(seen::add)).isFalse();
        assertThat(seen).hasSize(1);
        DropIn.use(new Settings());
        assertThat(f.current(x -> {
            throw new IllegalStateException("a detector class that cannot be made");
        })).as("a failing reload does not throw into logging").isTrue();
        assertThat(f.current(seen::add)).as("and is not retried at every event").isTrue();
        assertThat(seen).hasSize(1);
    }
}
