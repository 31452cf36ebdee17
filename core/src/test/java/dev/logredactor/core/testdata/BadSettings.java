package dev.logredactor.core.testdata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One bad setting of each kind, for the adapters' tests that each is reported by name and the
 * defaults still redact. Logback elements and Log4j2 attributes share the setting names used here.
 */
public final class BadSettings {
    /** A hash key too short to be accepted: no error may quote it. */
    public static final String SHORT_KEY = "k3y-9";

    /** One case: the element or attribute and its value, the same as a {@code %redact} option, what the error names. */
    public static final class Case {
        public final String name;
        public final String value;
        public final String option;
        public final String named;

        Case(String name, String value, String option, String named) {
            this.name = name;
            this.value = value;
            this.option = option;
            this.named = named;
        }
    }

    private BadSettings() {
    }

    /** @param dir a directory without {@code missing.key} and {@code missing.properties} in it */
    public static List<Case> cases(Path dir) {
        String missingKey = dir.resolve("missing.key").toString();
        String missingConfig = dir.resolve("missing.properties").toString();
        List<Case> list = new ArrayList<>();
        list.add(new Case("disable", "IP_ADRESS", "disable=IP_ADRESS", "IP_ADRESS"));
        list.add(new Case("strategy", "EMAIL=hash", "strategy.EMAIL=hash", "hash.key"));
        list.add(new Case("strategy", "EMAIL=scramble", "strategy.EMAIL=scramble", "scramble"));
        list.add(new Case("hashKey", SHORT_KEY, "hash.key=" + SHORT_KEY, "hash"));
        list.add(new Case("hashKeyEnv", "LOGREDACTOR_TEST_UNSET", "hash.key.env=LOGREDACTOR_TEST_UNSET", "LOGREDACTOR_TEST_UNSET"));
        list.add(new Case("hashKeyFile", missingKey, "hash.key.file=" + missingKey, "no such file"));
        list.add(new Case("configFile", missingConfig, "config-file=" + missingConfig, "missing.properties': no such file"));
        list.add(new Case("neutralizeNewlines", "maybe", "neutralize-newlines=maybe", "neutralize"));
        list.add(new Case("rule", "TICKET=TCK-(unclosed", "rule.TICKET=TCK-[unclosed", "TICKET"));
        list.add(new Case("strategy", "CREDIT_CARD:keep-last-4", "strategy.CREDIT_CARD:keep-last-4", "CREDIT_CARD:keep-last-4' is not"));
        return list;
    }
}
