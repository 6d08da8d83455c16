package io.github.konvent.research;

import io.github.konvent.KonventException;
import io.github.konvent.query.Network;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link Network} as GraphML 1.0 (UTF-8), the format Gephi, yEd, Cytoscape and
 * networkx ({@code networkx.read_graphml}) read: an undirected graph, nodes with the attributes
 * {@code kind} and {@code label}, edges with an integer {@code weight} and the {@code evidence}
 * (ids of the shared events or sessions, joined with ";"). Node ids are the catalog ids. Written
 * with the JDK's StAX writer, which escapes markup; characters XML 1.0 forbids become U+FFFD.
 */
public final class GraphMLWriter {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private GraphMLWriter() {}

    /**
     * @param network the network
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    public static void write(Network network, Writer out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(NS);
            xml.writeStartElement(NS, "graphml");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute(XSI, "schemaLocation", NS + " " + NS + "/1.0/graphml.xsd");
            key(xml, "kind", "node", "string");
            key(xml, "label", "node", "string");
            key(xml, "weight", "edge", "int");
            key(xml, "evidence", "edge", "string");
            indent(xml, 1);
            xml.writeStartElement(NS, "graph");
            xml.writeAttribute("id", clean(network.name()));
            xml.writeAttribute("edgedefault", "undirected");
            for (Network.Node n : network.nodes()) {
                indent(xml, 2);
                xml.writeStartElement(NS, "node");
                xml.writeAttribute("id", clean(n.id()));
                data(xml, "kind", n.kind());
                data(xml, "label", n.label());
                xml.writeEndElement();
            }
            int i = 0;
            for (Network.Edge e : network.edges()) {
                indent(xml, 2);
                xml.writeStartElement(NS, "edge");
                xml.writeAttribute("id", "e" + i++);
                xml.writeAttribute("source", clean(e.source()));
                xml.writeAttribute("target", clean(e.target()));
                data(xml, "weight", Integer.toString(e.weight()));
                data(xml, "evidence", String.join(";", e.evidence()));
                xml.writeEndElement();
            }
            indent(xml, 1);
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    private static void key(XMLStreamWriter xml, String name, String target, String type) throws XMLStreamException {
        indent(xml, 1);
        xml.writeEmptyElement(NS, "key");
        xml.writeAttribute("id", name);
        xml.writeAttribute("for", target);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeStartElement(NS, "data");
        xml.writeAttribute("key", key);
        // A parser turns a raw carriage return into a line feed; a character reference keeps it.
        String text = clean(value);
        int from = 0;
        for (int cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', from)) {
            xml.writeCharacters(text.substring(from, cr));
            xml.writeEntityRef("#13");
            from = cr + 1;
        }
        xml.writeCharacters(text.substring(from));
        xml.writeEndElement();
    }

    private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    /**
     * @param network the network
     * @param file the file to create or replace
     * @throws KonventException naming the file if it cannot be written
     */
    public static void write(Network network, Path file) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(network, w);
        } catch (IOException e) {
            throw new KonventException("cannot write GraphML file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param network the network
     * @return the GraphML text
     */
    public static String toString(Network network) {
        StringWriter w = new StringWriter();
        try {
            write(network, w);
        } catch (IOException e) {
            throw new IllegalStateException("a StringWriter does not fail", e);
        }
        return w.toString();
    }

    /**
     * Replaces the characters XML 1.0 does not allow (controls other than tab, line feed and
     * carriage return, lone surrogates, U+FFFE, U+FFFF) with U+FFFD; StAX escapes the markup.
     */
    static String clean(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            boolean bad = !pair && ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || Character.isSurrogate(c)
                    || c == 0xFFFE || c == 0xFFFF);
            if (bad && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                sb.append(bad ? '\uFFFD' : c);
                if (pair) {
                    sb.append(s.charAt(++i));
                }
            } else if (pair) {
                i++;
            }
        }
        return sb == null ? s : sb.toString();
    }
}
