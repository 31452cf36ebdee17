package dev.logredactor.acceptance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The repository the build runs in, and how the checks read what it holds. */
final class Repository {
    /** Its root: the folder of the README (set by the build; the module's parent when run by hand). */
    static final Path ROOT = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();

    private Repository() {
    }

    /** An XML file, read without namespaces, so that XPath names elements as they are written. */
    static Document xml(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    /** The text of the first node at {@code xpath}, or {@code null}. */
    static String text(Document doc, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }

    /** The module's main jar in its {@code target}: not the sources, javadoc or tests jar. */
    static Path mainJar(String module, String artifactId) throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve(module).resolve("target"))) {
            return files.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(artifactId + "-") && n.endsWith(".jar") && !n.endsWith("-sources.jar")
                        && !n.endsWith("-javadoc.jar") && !n.endsWith("-tests.jar");
            }).findFirst().orElseThrow(() -> new AssertionError("no jar of " + artifactId + " in " + module + "/target"));
        }
    }
}
