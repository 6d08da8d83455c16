package io.github.konvent.query;

import io.github.konvent.ModelException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A weighted, undirected network derived from a catalog, such as organisations that appear at
 * the same events: nodes with a kind and a label, edges with a weight and the evidence (the
 * ids of the events or sessions they share). Immutable and thread-safe.
 *
 * @param name the network's name, e.g. {@code "organization-cooccurrence"}
 * @param nodes the nodes, each id once
 * @param edges the edges between nodes, each pair once, source before target
 */
public record Network(String name, List<Node> nodes, List<Edge> edges) {
    /** Copies the lists and checks that every edge joins two nodes of this network. */
    public Network {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        Set<String> ids = new HashSet<>();
        for (Node n : nodes) {
            if (!ids.add(n.id())) {
                throw new ModelException("Network " + name + " nodes", "the id '" + n.id() + "' twice", "each id once");
            }
        }
        for (Edge e : edges) {
            if (!ids.contains(e.source()) || !ids.contains(e.target())) {
                throw new ModelException("Network " + name + " edge", e.source() + "--" + e.target(),
                        "an edge between two nodes of the network");
            }
        }
    }

    /**
     * A node: a catalog entity.
     *
     * @param id the entity's id
     * @param kind what it is, e.g. {@code "organization"}, {@code "person"}, or an organisation kind
     * @param label a display name
     */
    public record Node(String id, String kind, String label) {}

    /**
     * An undirected, weighted edge.
     *
     * @param source the id of one node
     * @param target the id of the other node
     * @param weight how often the two appear together
     * @param evidence the ids of the events or sessions they share, sorted
     */
    public record Edge(String source, String target, int weight, List<String> evidence) {
        /** Copies the evidence and checks the weight. */
        public Edge {
            evidence = List.copyOf(evidence);
            if (weight < 1) {
                throw new ModelException("Network edge " + source + "--" + target + " weight", String.valueOf(weight),
                        "a weight of at least 1");
            }
        }
    }
}
