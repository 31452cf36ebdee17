package dev.logredactor.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.logredactor.core.Redactor;
import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.testdata.RealisticLogLines;
import dev.logredactor.core.testdata.SecretSamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The {@code redact} SQL function and the Column helper, on a local[2] session, against the core. */
class RedactionTest {
    private final SparkSession spark = LocalSpark.session();
    private final Random random = new Random(31);

    /** Generated log lines, a secret of some type in every fourth, with their row ids. */
    private List<String> lines(int n) {
        List<String> lines = new RealisticLogLines(random.nextLong(), true).lines(n);
        for (int i = 0; i < n; i += 4) {
            SensitiveType t = SensitiveType.values()[random.nextInt(SensitiveType.values().length)];
            lines.set(i, lines.get(i) + " got " + SecretSamples.of(t, random));
        }
        return lines;
    }

    private Dataset<Row> frame(List<String> lines) {
        StructType schema = new StructType().add("id", DataTypes.IntegerType).add("message", DataTypes.StringType, true);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            rows.add(RowFactory.create(i, lines.get(i)));
        }
        rows.add(RowFactory.create(lines.size(), null));
        return spark.createDataFrame(rows, schema).repartition(4);
    }

    @Test
    void theSqlFunctionRedactsAsTheCoreDoesWithOneRedactorPerSettingsNotPerRow() {
        List<String> lines = lines(1000);
        frame(lines).createOrReplaceTempView("logs");
        // settings of this test alone: the driver builds their redactor when the function is made, once
        Map<String, String> settings = Map.of("rule.RUN_" + Math.abs(random.nextInt()), "ZQ9-[0-9]{6}");
        int builtBefore = Redaction.built();
        Redaction.register(spark, settings);
        assertThat(Redaction.built() - builtBefore).as("built on the driver").isEqualTo(1);
        builtBefore = Redaction.built();
        List<Row> got = spark.sql("SELECT id, redact(message) AS clean FROM logs ORDER BY id").collectAsList();
        assertThat(got).hasSize(lines.size() + 1);
        Redactor core = Redactor.builder().properties(settings).build();
        for (int i = 0; i < lines.size(); i++) {
            assertThat(got.get(i).getString(1)).isEqualTo(core.redact(lines.get(i)));
        }
        assertThat(got.get(lines.size()).isNullAt(1)).as("a null stays null").isTrue();
        // the tasks' copies of the function (deserialised, one per task) find the JVM's redactor by the settings' content
        assertThat(Redaction.built() - builtBefore).as("redactors built for 1,000 rows in 4 partitions").isZero();
    }

    @Test
    void theColumnHelperTakesTheRedactorsSettings() {
        List<String> lines = lines(300);
        for (int i = 1; i < lines.size(); i += 5) {
            lines.set(i, lines.get(i) + " paid with " + SecretSamples.card(random) + " ticket TCK-" + (100000 + i));
        }
        Map<String, String> settings = Map.of("strategy.CREDIT_CARD", "keep-last-4", "rule.TICKET", "TCK-[0-9]{6}",
                "disable", "IP_ADDRESS");
        List<Row> got = frame(lines).withColumn("message", Redaction.redact(col("message"), settings)).orderBy("id")
                .collectAsList();
        Redactor core = Redactor.builder().properties(settings).build();
        for (int i = 0; i < lines.size(); i++) {
            assertThat(got.get(i).getString(1)).isEqualTo(core.redact(lines.get(i)));
        }
        assertThat(got.get(1).getString(1)).contains("[REDACTED_TICKET]").contains("[REDACTED_CREDIT_CARD:");
    }

    @Test
    void registeredWithTheDefaultsItIsCalledRedactInSql() {
        Redaction.register(spark);
        String email = SecretSamples.email(random);
        Row row = spark.sql("SELECT redact('mail " + email + "') AS r, redact(CAST(NULL AS STRING)) AS n").collectAsList().get(0);
        assertThat(row.getString(0)).isEqualTo("mail [REDACTED_EMAIL]");
        assertThat(row.isNullAt(1)).isTrue();
    }

    @Test
    void aBadSettingFailsOnTheDriverNamingIt() {
        assertThatThrownBy(() -> Redaction.register(spark, "redact_bad", Map.of("strategy.EMAIL", "keep-last-9")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strategy.EMAIL");
        assertThatThrownBy(() -> Redaction.redact(col("message"), Map.of("rule.X", "(unclosed")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rule.X");
        assertThatThrownBy(() -> Redaction.function(Map.of("mode", "report")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mode=report");
    }
}
