package dev.logredactor.kafka;

import dev.logredactor.core.Redactor;
import dev.logredactor.core.RedactorConfigException;
import dev.logredactor.core.Setting;
import dev.logredactor.core.Settings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.transforms.Transformation;

/**
 * A Kafka Connect Single Message Transform that redacts log records on their way through Connect:
 * {@code dev.logredactor.kafka.Redact$Value} for the record's value, {@code $Key} for its key.
 *
 * <pre>
 * transforms=redact
 * transforms.redact.type=dev.logredactor.kafka.Redact$Value
 * transforms.redact.fields=message,stack_trace
 * transforms.redact.disable=IP_ADDRESS
 * transforms.redact.strategy.CREDIT_CARD=keep-last-4
 * </pre>
 *
 * <p>A string value is redacted as a whole (JSON text inside it too); a {@code Struct} (with a schema) or
 * a {@code Map} (schemaless JSON) has its string fields redacted, nested ones included, or only the
 * top-level fields that {@code fields} names. Other values pass as they are. The settings are the
 * redactor's keys ({@link Setting}), as in a properties file, below the transform's prefix. A bad setting
 * fails the connector's start naming it. A record whose redaction fails is not passed on: the transform
 * throws, and the connector's error handling ({@code errors.tolerance}, the dead letter queue) takes it;
 * nothing of its content is in the message.
 *
 * @param <R> the record type
 */
public abstract class Redact<R extends ConnectRecord<R>> implements Transformation<R> {
    /** The fields to redact; empty for every string field. */
    public static final String FIELDS = "fields";

    /** Every setting of the transform, with its documentation. */
    public static final ConfigDef CONFIG_DEF = configDef();

    private Redactor redactor;
    private Set<String> fields = Set.of();

    private static ConfigDef configDef() {
        ConfigDef d = new ConfigDef().define(FIELDS, ConfigDef.Type.LIST, "", ConfigDef.Importance.MEDIUM,
                "The top-level fields of a Struct or Map value to redact; empty: every string field, nested ones included.");
        for (Setting s : Setting.values()) {
            if (s.isNamed()) {
                continue; // a key per name (strategy.CREDIT_CARD, rule.TICKET): ConfigDef has no prefixes; accepted in configure()
            }
            d.define(s.key(), s.shape() == Setting.Shape.SECRET ? ConfigDef.Type.PASSWORD : ConfigDef.Type.STRING, null,
                    ConfigDef.Importance.LOW, s.doc() + ". Example: " + s.example() + ".");
        }
        return d;
    }

    @Override
    public ConfigDef config() {
        return CONFIG_DEF;
    }

    @Override
    public void configure(Map<String, ?> props) {
        Settings settings = new Settings();
        for (Map.Entry<String, ?> e : props.entrySet()) {
            String key = e.getKey();
            Object value = e.getValue();
            if (value != null && Setting.forKey(key) != null) {
                String text = value instanceof org.apache.kafka.common.config.types.Password
                        ? ((org.apache.kafka.common.config.types.Password) value).value() : String.valueOf(value);
                settings.addKey(key, text, key);
            }
        }
        Object f = props.get(FIELDS);
        fields = new HashSet<>();
        if (f instanceof List) {
            ((List<?>) f).forEach(x -> fields.add(String.valueOf(x).trim()));
        } else if (f != null) {
            for (String x : String.valueOf(f).split(",")) {
                if (!x.trim().isEmpty()) {
                    fields.add(x.trim());
                }
            }
        }
        try {
            redactor = settings.build(null);
        } catch (RedactorConfigException e) {
            // the reason names the setting and what would be valid, never a key's value
            throw new ConfigException("log-redactor: invalid " + e.writtenAs() + ": " + e.reason());
        }
        if (redactor.reportsOnly()) {
            throw new ConfigException("log-redactor: invalid mode: report would pass every record unredacted; the transform "
                    + "redacts");
        }
    }

    @Override
    public R apply(R record) {
        Object value = operatingValue(record);
        if (value == null) {
            return record;
        }
        Object redacted = redact(value, true, record);
        return redacted == value ? record : newRecord(record, redacted);
    }

    /** The value redacted; the same instance when nothing changed. */
    private Object redact(Object value, boolean top, R record) {
        if (value instanceof String) {
            return redactText((String) value, record);
        }
        if (value instanceof Struct) {
            return redactStruct((Struct) value, top, record);
        }
        if (value instanceof Map) {
            return redactMap((Map<?, ?>) value, top, record);
        }
        if (value instanceof List) {
            List<?> list = (List<?>) value;
            List<Object> out = null;
            for (int i = 0; i < list.size(); i++) {
                Object v = list.get(i);
                Object r = v == null ? null : redact(v, false, record);
                if (r != v && out == null) {
                    out = new ArrayList<>(list);
                }
                if (out != null) {
                    out.set(i, r);
                }
            }
            return out == null ? value : out;
        }
        return value;
    }

    private String redactText(String text, R record) {
        return checked(text, redactor.redact(text), record);
    }

    /**
     * {@code out}, the redaction of {@code in} (control chars escaped with {@code neutralize-newlines}), unless the
     * redaction failed: then the record is not passed on.
     */
    private String checked(String in, String out, R record) {
        if (Redactor.isFailure(in, out)) {
            throw failed(record);
        }
        return redactor.neutralize(out);
    }

    /** What a record whose redaction failed becomes: an error for the connector's handling, none of its content. */
    private DataException failed(R record) {
        return new DataException("log-redactor could not redact a record of topic " + record.topic() + " (partition "
                + record.kafkaPartition() + "); it is not passed on");
    }

    private Object redactStruct(Struct struct, boolean top, R record) {
        Struct copy = null;
        for (Field field : struct.schema().fields()) {
            Object v = struct.get(field);
            if (v == null || top && !fields.isEmpty() && !fields.contains(field.name())) {
                continue;
            }
            Object r = redact(v, false, record);
            if (r != v) {
                if (copy == null) {
                    copy = new Struct(struct.schema());
                    for (Field f : struct.schema().fields()) {
                        copy.put(f, struct.get(f));
                    }
                }
                copy.put(field, r);
            }
        }
        return copy == null ? struct : copy;
    }

    private Object redactMap(Map<?, ?> map, boolean top, R record) {
        Map<Object, Object> copy = null;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            Object v = e.getValue();
            if (v == null || top && !fields.isEmpty() && !fields.contains(String.valueOf(e.getKey()))) {
                continue;
            }
            Object r = v instanceof String && e.getKey() != null ? redactValue(String.valueOf(e.getKey()), (String) v, record)
                    : redact(v, false, record);
            if (r != v) {
                if (copy == null) {
                    copy = new LinkedHashMap<>(map);
                }
                copy.put(e.getKey(), r);
            }
        }
        return copy == null ? map : copy;
    }

    /** A map entry's string: redacted with its key, so that {@code password: "..."} is a secret by its name. */
    private String redactValue(String key, String value, R record) {
        return checked(value, redactor.redactValue(key, value), record);
    }

    @Override
    public void close() {
        // nothing held
    }

    /**
     * The part redacted.
     *
     * @param record the record
     * @return its key or value
     */
    protected abstract Object operatingValue(R record);

    /**
     * The record with the part replaced.
     *
     * @param record the record
     * @param updated the redacted key or value
     * @return a new record, all else as it was
     */
    protected abstract R newRecord(R record, Object updated);

    /**
     * Redacts the record's value.
     *
     * @param <R> the record type
     */
    public static class Value<R extends ConnectRecord<R>> extends Redact<R> {
        @Override
        protected Object operatingValue(R record) {
            return record.value();
        }

        @Override
        protected R newRecord(R record, Object updated) {
            return record.newRecord(record.topic(), record.kafkaPartition(), record.keySchema(), record.key(), record.valueSchema(),
                    updated, record.timestamp(), record.headers());
        }
    }

    /**
     * Redacts the record's key.
     *
     * @param <R> the record type
     */
    public static class Key<R extends ConnectRecord<R>> extends Redact<R> {
        @Override
        protected Object operatingValue(R record) {
            return record.key();
        }

        @Override
        protected R newRecord(R record, Object updated) {
            return record.newRecord(record.topic(), record.kafkaPartition(), record.keySchema(), updated, record.valueSchema(),
                    record.value(), record.timestamp(), record.headers());
        }
    }
}
