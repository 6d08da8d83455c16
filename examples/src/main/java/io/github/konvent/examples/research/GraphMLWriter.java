package io.github.konvent.examples.research;

import io.github.konvent.KonventException;
import io.github.konvent.query.Network;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a {@link Network} as GraphML 1.0 (UTF-8), the format Gephi, yEd, Cytoscape and
 * networkx ({@code networkx.read_graphml}) read: an undirected graph, nodes with the attributes
 * {@code kind} and {@code label}, edges with an integer {@code weight} and the {@code evidence}
 * (ids of the shared events or sessions, joined with ";"). Node ids are the catalog ids.
 */
public final class GraphMLWriter {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private GraphMLWriter() {}

    /**
     * @param network the network
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    public static void write(Network network, Writer out) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<graphml xmlns=\"" + NS + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                + "    xsi:schemaLocation=\"" + NS + " " + NS + "/1.0/graphml.xsd\">\n");
        out.write("  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n");
        out.write("  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n");
        out.write("  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\"/>\n");
        out.write("  <key id=\"evidence\" for=\"edge\" attr.name=\"evidence\" attr.type=\"string\"/>\n");
        out.write("  <graph id=\"" + escape(network.name()) + "\" edgedefault=\"undirected\">\n");
        for (Network.Node n : network.nodes()) {
            out.write("    <node id=\"" + escape(n.id()) + "\">");
            out.write("<data key=\"kind\">" + escape(n.kind()) + "</data>");
            out.write("<data key=\"label\">" + escape(n.label()) + "</data>");
            out.write("</node>\n");
        }
        int i = 0;
        for (Network.Edge e : network.edges()) {
            out.write("    <edge id=\"e" + i++ + "\" source=\"" + escape(e.source()) + "\" target=\""
                    + escape(e.target()) + "\">");
            out.write("<data key=\"weight\">" + e.weight() + "</data>");
            out.write("<data key=\"evidence\">" + escape(String.join(";", e.evidence())) + "</data>");
            out.write("</edge>\n");
        }
        out.write("  </graph>\n</graphml>\n");
        out.flush();
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

    /** Escapes markup characters and replaces characters XML 1.0 does not allow with U+FFFD. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\r' -> sb.append("&#13;");
                case '\n' -> sb.append("&#10;");
                case '\t' -> sb.append("&#9;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        sb.append('\uFFFD');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
