package io.github.konvent.benchmarks.schedule;

import io.github.konvent.Catalog;
import io.github.konvent.testing.SyntheticCatalog;

/** Where the benchmark's catalogs come from: the shared synthetic generator of the testing module. */
final class Catalogs {
    private Catalogs() {}

    static String source() {
        return SyntheticCatalog.class.getName();
    }

    static Catalog generate(long seed, int sessions) {
        return SyntheticCatalog.generate(seed, sessions);
    }
}
