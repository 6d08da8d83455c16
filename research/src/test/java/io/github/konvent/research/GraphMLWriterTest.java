package io.github.konvent.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.konvent.query.Network;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** GraphML read back with the JDK's DOM parser, an independent reader. */
class GraphMLWriterTest {
    static final String NS = "http://graphml.graphdrawing.org/xmlns";

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder b = f.newDocumentBuilder();
        return b.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** @return the data of an element by the attr.name of its key */
    static Map<String, String> data(Document doc, Element e) {
        Map<String, String> keys = new HashMap<>();
        NodeList ks = doc.getElementsByTagNameNS(NS, "key");
        for (int i = 0; i < ks.getLength(); i++) {
            Element k = (Element) ks.item(i);
            keys.put(k.getAttribute("id"), k.getAttribute("attr.name"));
        }
        Map<String, String> d = new HashMap<>();
        NodeList ds = e.getElementsByTagNameNS(NS, "data");
        for (int i = 0; i < ds.getLength(); i++) {
            Element x = (Element) ds.item(i);
            d.put(keys.get(x.getAttribute("key")), x.getTextContent());
        }
        return d;
    }

    /** @return the network as read from GraphML */
    static Network read(String xml) throws Exception {
        Document doc = parse(xml);
        Element graph = (Element) doc.getElementsByTagNameNS(NS, "graph").item(0);
        assertThat(graph.getAttribute("edgedefault")).isEqualTo("undirected");
        List<Network.Node> nodes = new java.util.ArrayList<>();
        NodeList ns = doc.getElementsByTagNameNS(NS, "node");
        for (int i = 0; i < ns.getLength(); i++) {
            Element n = (Element) ns.item(i);
            Map<String, String> d = data(doc, n);
            nodes.add(new Network.Node(n.getAttribute("id"), d.get("kind"), d.get("label")));
        }
        List<Network.Edge> edges = new java.util.ArrayList<>();
        NodeList es = doc.getElementsByTagNameNS(NS, "edge");
        for (int i = 0; i < es.getLength(); i++) {
            Element e = (Element) es.item(i);
            Map<String, String> d = data(doc, e);
            edges.add(new Network.Edge(e.getAttribute("source"), e.getAttribute("target"),
                    Integer.parseInt(d.get("weight")), List.of(d.get("evidence").split(";"))));
        }
        return new Network(graph.getAttribute("id"), nodes, edges);
    }

    @Test
    void nodesEdgesAndWeightsReadBack() throws Exception {
        Network n = new Network("organization-cooccurrence",
                List.of(new Network.Node("difu", "RESEARCH_INSTITUTE", "Difu"),
                        new Network.Node("koerber", "FOUNDATION", "Körber-Stiftung <\"&'>"),
                        new Network.Node("zze", "ASSOCIATION", "Zentrum für zivilgesellschaftliche Entwicklung")),
                List.of(new Network.Edge("difu", "koerber", 2, List.of("e1", "e2")),
                        new Network.Edge("difu", "zze", 1, List.of("e1"))));
        String xml = GraphMLWriter.toString(n);
        assertThat(xml).contains("<key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\"/>");
        assertThat(read(xml)).isEqualTo(n);
    }

    /** Any text: whole code points of all planes, and single UTF-16 units including lone surrogates and controls. */
    static Gen<String> labels() {
        Gen<String> units = SourceDSL.lists().of(SourceDSL.integers().between(0, 0xFFFF)).ofSizeBetween(0, 30).map(l -> {
            StringBuilder b = new StringBuilder();
            l.forEach(i -> b.append((char) i.intValue()));
            return b.toString();
        });
        return SourceDSL.strings().allPossible().ofLengthBetween(0, 30).mix(units, 50);
    }

    @Test
    void anyLabelSurvives() {
        qt().withExamples(100).forAll(labels(), SourceDSL.integers().between(1, 99)).checkAssert((label, weight) -> {
            try {
                labelSurvives(label, weight);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    static void labelSurvives(String label, int weight) throws Exception {
        Network n = new Network("g", List.of(new Network.Node("a", "person", label), new Network.Node("b", "person", "B")),
                List.of(new Network.Edge("a", "b", weight, List.of("s1"))));
        Network back = read(GraphMLWriter.toString(n));
        String expected = label.codePoints()
                .map(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF
                        || (c >= 0xD800 && c <= 0xDFFF) ? 0xFFFD : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        assertThat(back.nodes().get(0).label()).isEqualTo(expected);
        assertThat(back.edges()).isEqualTo(n.edges());
    }

    /**
     * The seed catalog's organisation and person networks as GraphML, byte for byte against
     * src/test/resources/golden. A test run never writes them; a missing file fails, and
     * {@code -Dkonvent.golden.update=true} rewrites them after a deliberate change.
     */
    @Test
    void theSeedNetworksMatchTheirGoldenFiles() throws Exception {
        io.github.konvent.query.Analyses a = io.github.konvent.query.Analyses.of(io.github.konvent.testing.SeedCatalog.catalog());
        List<Network> networks = a.networks();
        assertThat(networks).extracting(Network::name).isNotEmpty();
        for (Network n : networks) {
            String xml = GraphMLWriter.toString(n);
            java.nio.file.Path file = java.nio.file.Path.of("src", "test", "resources", "golden", n.name() + ".graphml");
            if (Boolean.getBoolean("konvent.golden.update")) {
                java.nio.file.Files.writeString(file, xml, StandardCharsets.UTF_8);
            }
            assertThat(file).as("golden file %s is missing; write it with -Dkonvent.golden.update=true and review it", file)
                    .exists();
            assertThat(xml).as(file.toString()).isEqualTo(java.nio.file.Files.readString(file, StandardCharsets.UTF_8));
            assertThat(read(xml)).isEqualTo(n);
        }
    }
}
