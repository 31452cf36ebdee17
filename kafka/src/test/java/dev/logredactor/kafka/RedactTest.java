package dev.logredactor.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.Setting;
import dev.logredactor.core.testdata.RealisticLogLines;
import dev.logredactor.core.testdata.SecretSamples;
import dev.logredactor.core.testdata.ThrowingDetector;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

/**
 * The transform on records as connectors make them: strings, Structs with a schema, schemaless Maps, keys;
 * generated secrets of every type must not pass, clean log lines pass as the same record, settings apply,
 * a bad setting names itself, and a record whose redaction fails is not passed on.
 */
class RedactTest {
    private final Random random = new Random(17);

    private static Redact.Value<SinkRecord> value(Map<String, Object> props) {
        Redact.Value<SinkRecord> t = new Redact.Value<>();
        t.configure(props);
        return t;
    }

    private static SinkRecord record(Schema schema, Object value) {
        return new SinkRecord("logs.raw", 3, Schema.OPTIONAL_STRING_SCHEMA, "host-1", schema, value, 42L, 1_700_000_000_000L,
                org.apache.kafka.common.record.TimestampType.CREATE_TIME);
    }

    @Test
    void aStringValueLosesEverySecretAndACleanLineStaysTheSameRecord() {
        Redact.Value<SinkRecord> t = value(Map.of());
        for (SensitiveType type : SensitiveType.values()) {
            for (int i = 0; i < 5; i++) {
                String sample = SecretSamples.of(type, random);
                SinkRecord in = record(Schema.STRING_SCHEMA, "2026-12-07 10:15:30 INFO c.e.Svc - got " + sample + " from upstream");
                SinkRecord out = t.apply(in);
                assertThat((String) out.value()).as(type.name()).doesNotContain(SecretSamples.secretPart(type, sample))
                        .contains("[REDACTED_");
                assertThat(out.kafkaOffset()).isEqualTo(42L);
                assertThat(out.timestamp()).isEqualTo(in.timestamp());
                assertThat(out.key()).isEqualTo("host-1");
            }
        }
        for (String line : new RealisticLogLines(5, false).lines(300)) {
            SinkRecord in = record(Schema.STRING_SCHEMA, line);
            assertThat(t.apply(in)).as(line).isSameAs(in);
        }
    }

    @Test
    void structFieldsAreRedactedNestedOnesTooOrOnlyThoseNamed() {
        Schema context = SchemaBuilder.struct().field("user_email", Schema.OPTIONAL_STRING_SCHEMA).build();
        Schema schema = SchemaBuilder.struct().field("message", Schema.STRING_SCHEMA).field("level", Schema.STRING_SCHEMA)
                .field("count", Schema.INT32_SCHEMA).field("context", context).build();
        String email = SecretSamples.email(random);
        String card = SecretSamples.card(random);
        Struct value = new Struct(schema).put("message", "paid with " + card).put("level", "INFO").put("count", 7)
                .put("context", new Struct(context).put("user_email", email));

        Struct all = (Struct) value(Map.of()).apply(record(schema, value)).value();
        assertThat(all.getString("message")).isEqualTo("paid with [REDACTED_CREDIT_CARD]");
        assertThat(all.getStruct("context").getString("user_email")).isEqualTo("[REDACTED_EMAIL]");
        assertThat(all.getInt32("count")).isEqualTo(7);
        assertThat(value.getString("message")).as("the record given is left alone").contains(card);

        Struct named = (Struct) value(Map.of(Redact.FIELDS, "message")).apply(record(schema, value)).value();
        assertThat(named.getString("message")).isEqualTo("paid with [REDACTED_CREDIT_CARD]");
        assertThat(named.getStruct("context").getString("user_email")).isEqualTo(email);
    }

    @Test
    void schemalessMapsAreRedactedWithTheirKeysAndJsonTextInside() {
        String password = SecretSamples.password(random);
        String email = SecretSamples.email(random);
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("message", "{\"event\":\"login\",\"user\":\"" + email + "\"}");
        value.put("password", password);
        value.put("nested", Map.of("list", List.of("to " + email, "ok")));
        @SuppressWarnings("unchecked")
        Map<String, Object> out = (Map<String, Object>) value(Map.of()).apply(record(null, value)).value();
        assertThat(out.get("message")).isEqualTo("{\"event\":\"login\",\"user\":\"[REDACTED_EMAIL]\"}");
        assertThat(out.get("password")).isEqualTo("[REDACTED_SECRET]");
        assertThat(out.get("nested").toString()).doesNotContain(email).contains("to [REDACTED_EMAIL]");
    }

    @Test
    void theKeyTransformRedactsTheKeyAndLeavesTheValue() {
        Redact.Key<SourceRecord> t = new Redact.Key<>();
        t.configure(Map.of());
        String email = SecretSamples.email(random);
        SourceRecord in = new SourceRecord(Map.of(), Map.of(), "logs", 0, Schema.STRING_SCHEMA, "user " + email, Schema.STRING_SCHEMA,
                "mail to " + email);
        SourceRecord out = t.apply(in);
        assertThat(out.key()).isEqualTo("user [REDACTED_EMAIL]");
        assertThat(out.value()).isEqualTo("mail to " + email);
    }

    @Test
    void theRedactorsSettingsApplyAndABadOneNamesItself() {
        String card = SecretSamples.card(random);
        String digits = card.replaceAll("[^0-9]", "");
        Map<String, Object> props = new HashMap<>();
        props.put("strategy.CREDIT_CARD", "keep-last-4");
        props.put("disable", "IP_ADDRESS");
        props.put("rule.TICKET", "TCK-[0-9]{6}");
        Object out = value(props).apply(record(Schema.STRING_SCHEMA, "card " + card + " from 10.1.2.3 TCK-123456")).value();
        assertThat(out).isEqualTo("card [REDACTED_CREDIT_CARD:\u2026" + digits.substring(digits.length() - 4)
                + "] from 10.1.2.3 [REDACTED_TICKET]");
        assertThatThrownBy(() -> value(Map.of("strategy.CREDIT_CARD", "keep-last-9"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("strategy.CREDIT_CARD").hasMessageContaining("9");
        assertThatThrownBy(() -> value(Map.of("mode", "report"))).isInstanceOf(ConfigException.class).hasMessageContaining("mode");
        String key = "0123456789abcdef-" + random.nextInt(1000);
        assertThatThrownBy(() -> value(Map.of("hash.key", key, "strategy.EMAIL", "hsah"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("strategy.EMAIL").hasMessageNotContaining(key);
    }

    @Test
    void aRecordWhoseRedactionFailsGoesToTheErrorHandlingWithoutItsContent() {
        Redact.Value<SinkRecord> t = value(Map.of("detectors", ThrowingDetector.class.getName()));
        String email = SecretSamples.email(random);
        String text = "mail " + email + " " + ThrowingDetector.TRIGGER;
        assertThatThrownBy(() -> t.apply(record(Schema.STRING_SCHEMA, text))).isInstanceOf(DataException.class)
                .hasMessageContaining("logs.raw").hasMessageNotContaining(email);
        assertThatThrownBy(() -> t.apply(record(null, Map.of("note", text)))).isInstanceOf(DataException.class);
    }

    @Test
    void theConfigDefDocumentsEverySetting() {
        assertThat(Redact.CONFIG_DEF.names()).contains(Redact.FIELDS);
        for (Setting s : Setting.values()) {
            if (!s.isNamed()) {
                assertThat(Redact.CONFIG_DEF.configKeys().get(s.key()).documentation).as(s.key()).startsWith(s.doc());
            }
        }
        assertThat(Redact.CONFIG_DEF.configKeys().get("hash.key").type).isEqualTo(org.apache.kafka.common.config.ConfigDef.Type.PASSWORD);
    }
}
