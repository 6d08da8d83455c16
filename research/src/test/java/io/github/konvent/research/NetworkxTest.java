package io.github.konvent.research;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.query.Network;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GraphML read by an independent consumer: networkx ({@code networkx.read_graphml}, Debian's
 * {@code python3-networkx}). Skipped with a message where python3 or networkx is missing, unless
 * {@code KONVENT_REQUIRE_TOOLS=true} (as in CI) makes that a failure.
 */
class NetworkxTest {
    private static final String SCRIPT = String.join("\n",
            "import sys, networkx as nx",
            "g = nx.read_graphml(sys.argv[1])",
            "print('directed', g.is_directed())",
            "for n in sorted(g.nodes):",
            "    d = g.nodes[n]",
            "    print('node', n, d['kind'], repr(d['label']))",
            "for a, b in sorted(tuple(sorted(e)) for e in g.edges):",
            "    d = g.edges[a, b]",
            "    print('edge', a, b, type(d['weight']).__name__, d['weight'], d['evidence'])",
            "");

    @Test
    void networkxReadsNodesEdgesWeightsAndLabels(@TempDir Path dir) throws Exception {
        Network n = new Network("organization-cooccurrence",
                List.of(new Network.Node("difu", "RESEARCH_INSTITUTE", "Difu"),
                        new Network.Node("koerber", "FOUNDATION", "Körber-Stiftung <\"&'> \r\n😀"),
                        new Network.Node("zze", "ASSOCIATION", "Zentrum für zivilgesellschaftliche Entwicklung")),
                List.of(new Network.Edge("difu", "koerber", 2, List.of("e1", "e2")),
                        new Network.Edge("difu", "zze", 1, List.of("e1"))));
        Path file = dir.resolve("network.graphml");
        GraphMLWriter.write(n, file);
        Path script = dir.resolve("read.py");
        Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);

        String out = python(script, file);

        assertThat(out.lines()).containsExactly(
                "directed False",
                "node difu RESEARCH_INSTITUTE 'Difu'",
                "node koerber FOUNDATION 'Körber-Stiftung <\"&\\'> \\r\\n😀'",
                "node zze ASSOCIATION 'Zentrum für zivilgesellschaftliche Entwicklung'",
                "edge difu koerber int 2 e1;e2",
                "edge difu zze int 1 e1");
    }

    private static String python(Path script, Path file) throws IOException, InterruptedException {
        String python = null;
        for (String candidate : List.of("python3", "/usr/bin/python3")) {
            if (imports(candidate)) {
                python = candidate;
                break;
            }
        }
        if (python == null) {
            if ("true".equalsIgnoreCase(System.getenv("KONVENT_REQUIRE_TOOLS"))) {
                throw new AssertionError("python3 with networkx is missing, and KONVENT_REQUIRE_TOOLS=true");
            }
            System.err.println("konvent: SKIPPED the networkx check: python3-networkx is not installed");
            Assumptions.abort("needs python3 with networkx (Debian: python3-networkx)");
        }
        Process p = new ProcessBuilder(python, script.toString(), file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    private static boolean imports(String python) throws InterruptedException {
        try {
            Process probe = new ProcessBuilder(python, "-c", "import networkx").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
