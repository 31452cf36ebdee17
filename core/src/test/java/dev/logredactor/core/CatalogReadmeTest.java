package dev.logredactor.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The README's table of token formats is generated from the catalog: this test fails when they differ,
 * and with {@code -Dcatalog.readme=write} writes the table into the README instead.
 */
class CatalogReadmeTest {
    static final String START = "<!-- token-formats:start (generated from token-formats.tsv by CatalogReadmeTest) -->";
    static final String END = "<!-- token-formats:end -->";

    @Test
    void theReadmeListsEveryTokenFormatOfTheCatalog() throws IOException {
        Path readme = Paths.get("..", "README.md");
        String text = new String(Files.readAllBytes(readme), StandardCharsets.UTF_8);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        assertThat(start).as("README.md has the generated section").isPositive();
        assertThat(end).isGreaterThan(start);
        String current = text.substring(start + START.length(), end);
        String table = "\n" + table() + "\n";
        if ("write".equals(System.getProperty("catalog.readme"))) {
            Files.write(readme, (text.substring(0, start + START.length()) + table + text.substring(end))
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        assertThat(current).as("README.md's token table; regenerate: mvn -pl core test -Dtest=CatalogReadmeTest "
                + "-Dcatalog.readme=write").isEqualTo(table);
    }

    @Test
    void theReadmeCountsWhatTheCatalogHolds() throws IOException {
        String text = new String(Files.readAllBytes(Paths.get("..", "README.md")), StandardCharsets.UTF_8);
        long vendors = Catalog.tokenFormats().stream().map(Catalog.Format::vendor).distinct().count();
        long types = Catalog.tokenFormats().stream().map(Catalog.Format::type).distinct().count();
        assertThat(text).contains("(" + Catalog.tokenFormats().size() + " formats of " + vendors + " vendors, " + types
                + " token types)").contains("(" + Catalog.tokenFormats().size() + " formats, " + Catalog.types().size()
                + " types in all)");
    }

    /** One row per type: the vendor, each prefix with what follows it, the sources. */
    static String table() {
        Map<String, List<Catalog.Format>> byType = new LinkedHashMap<>();
        for (Catalog.Format f : Catalog.tokenFormats()) {
            byType.computeIfAbsent(f.type(), t -> new ArrayList<>()).add(f);
        }
        StringBuilder b = new StringBuilder("| type | vendor | prefix and what follows it | source |\n|---|---|---|---|\n");
        for (Map.Entry<String, List<Catalog.Format>> e : byType.entrySet()) {
            Set<String> vendors = new LinkedHashSet<>();
            Set<String> sources = new LinkedHashSet<>();
            List<String> formats = new ArrayList<>();
            for (Catalog.Format f : e.getValue()) {
                vendors.add(f.vendor());
                sources.add(f.source());
                String after = f.body().isEmpty() ? "" : " `" + f.body() + "`";
                formats.add((f.before().isEmpty() ? "" : "`" + f.before() + "` ") + "`" + f.prefix() + "`" + after
                        + ("none".equals(f.check()) ? "" : " (" + f.check() + ")"));
            }
            List<String> links = new ArrayList<>();
            int n = 1;
            for (String s : sources) {
                links.add("[" + (n++) + "](" + s + ")");
            }
            b.append("| `").append(e.getKey()).append("` | ").append(String.join(", ", vendors)).append(" | ")
                    .append(String.join("<br>", formats)).append(" | ").append(String.join(" ", links)).append(" |\n");
        }
        return b.toString();
    }
}
