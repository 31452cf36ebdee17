package dev.logredactor.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.Setting;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The configuration metadata that IDEs complete {@code logredactor.*} properties from lists every row of
 * the settings table, with its documentation, and the starter's own properties. When a setting is added,
 * this test fails and writes the expected file to {@code target/} to copy over the resource.
 */
class ConfigurationMetadataTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final String RESOURCE = "META-INF/spring-configuration-metadata.json";

    /** The metadata the settings table and the starter's properties make. */
    static ObjectNode expected() {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode group = root.putArray("groups").addObject();
        group.put("name", "logredactor").put("description", "log-redactor: what logs are redacted of, and how.");
        ArrayNode props = root.putArray("properties");
        property(props, "logredactor.enabled", "java.lang.Boolean", "Whether log-redactor redacts the logs (the drop-in mode).")
                .put("defaultValue", true);
        property(props, "logredactor.force-report", "java.lang.Boolean",
                "Allow mode=report while a prod profile is active; refused otherwise.").put("defaultValue", false);
        property(props, "logredactor.metrics.max-loggers", "java.lang.Integer",
                "How many logger names become tags of log.redactor.findings (and entries of the endpoint's topLoggers); "
                        + "the rest count as other.").put("defaultValue", 20);
        for (Setting s : Setting.values()) {
            String name = SpringSettings.property(s);
            String type = s.isNamed() ? "java.util.Map<java.lang.String,java.lang.String>"
                    : s.shape() == Setting.Shape.LIST ? "java.util.List<java.lang.String>"
                    : s.shape() == Setting.Shape.BOOLEAN ? "java.lang.Boolean" : "java.lang.String";
            String doc = s.doc().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.doc().substring(1) + ".";
            property(props, name, type, doc);
        }
        ArrayNode hints = root.putArray("hints");
        ObjectNode mode = hints.addObject().put("name", "logredactor.mode");
        mode.putArray("values").addObject().put("value", "redact").put("description", "Redact (the default).");
        ((ArrayNode) mode.get("values")).addObject().put("value", "report").put("description",
                "Count findings and write every text as it came: for a rollout.");
        ObjectNode keys = hints.addObject().put("name", "logredactor.strategy.keys");
        ArrayNode types = keys.putArray("values");
        for (SensitiveType t : SensitiveType.values()) {
            types.addObject().put("value", t.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        ObjectNode values = hints.addObject().put("name", "logredactor.strategy.values");
        ArrayNode strategies = values.putArray("values");
        for (String v : new String[] {"redact", "keep-last-4", "hash", "keep-domain", "network"}) {
            strategies.addObject().put("value", v);
        }
        return root;
    }

    private static ObjectNode property(ArrayNode props, String name, String type, String description) {
        return props.addObject().put("name", name).put("type", type).put("description", description)
                .put("sourceType", LogRedactorEnvironmentListener.class.getName());
    }

    @Test
    void theMetadataListsEverySettingAndTheStartersProperties() throws Exception {
        JsonNode actual = null;
        for (java.net.URL url : java.util.Collections.list(getClass().getClassLoader().getResources(RESOURCE))) {
            // ours, not Spring Boot's: the starter's classes or jar
            String u = url.toString();
            if (u.contains("spring-boot-starter/target/classes") || u.contains("log-redactor-spring-boot-starter")) {
                try (InputStream in = url.openStream()) {
                    actual = JSON.readTree(in);
                }
            }
        }
        JsonNode expected = expected();
        if (!expected.equals(actual)) {
            Path out = Path.of("target", "spring-configuration-metadata.json");
            Files.writeString(out, JSON.writeValueAsString(expected) + "\n");
        }
        assertThat(actual != null && actual.equals(expected))
                .as("src/main/resources/" + RESOURCE + " is out of date: copy target/spring-configuration-metadata.json over it")
                .isTrue();
    }
}
