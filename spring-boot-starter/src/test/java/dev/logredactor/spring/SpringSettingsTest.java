package dev.logredactor.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.Redactor;
import dev.logredactor.core.testdata.SecretSamples;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * {@code logredactor.*} as environment variables, the way a container sets them: Spring maps
 * {@code LOGREDACTOR_STRATEGY_CREDIT_CARD} to the map key {@code credit.card}, which must still name
 * {@code CREDIT_CARD}, and a rule named {@code ORDER_ID} must keep its name.
 */
class SpringSettingsTest {
    private static Redactor fromEnvironment(Map<String, Object> variables) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        return SpringSettings.of(Binder.get(env)).build(null);
    }

    @Test
    void environmentVariablesNameTypesAndRules() {
        Redactor r = fromEnvironment(Map.of("LOGREDACTOR_STRATEGY_CREDIT_CARD", "keep-last-4", "LOGREDACTOR_RULE_ORDER_ID",
                "ORD-[0-9]{6}", "LOGREDACTOR_DISABLE", "IP_ADDRESS,PHONE", "LOGREDACTOR_PLACEHOLDER", "<{type}>"));
        String card = SecretSamples.card(new Random());
        String digits = card.replaceAll("[^0-9]", "");
        assertThat(r.redact("card " + card + " order ORD-123456 from 10.1.2.3")).isEqualTo("card <CREDIT_CARD:\u2026"
                + digits.substring(digits.length() - 4) + "> order <ORDER_ID> from 10.1.2.3");
    }

    @Test
    void mapKeysInEveryStyleNameTheSameType() {
        for (String key : new String[] {"credit-card", "creditcard", "credit.card", "CREDIT_CARD", "Credit-Card"}) {
            assertThat(SpringSettings.typeName(dev.logredactor.core.Setting.STRATEGY, key)).as(key).isEqualTo("CREDIT_CARD");
        }
        assertThat(SpringSettings.typeName(dev.logredactor.core.Setting.RULE, "order.id")).isEqualTo("ORDER_ID");
    }
}
