package io.github.konvent.benchmarks.schedule;

import io.github.konvent.Catalog;
import java.lang.reflect.InvocationTargetException;

/**
 * Where the benchmark's catalogs come from: the shared {@code SyntheticCatalog} of the testing
 * module when it is on the class path, else this package's own {@link Programmes}.
 */
final class Catalogs {
    static final String SHARED = "io.github.konvent.testing.SyntheticCatalog";

    private Catalogs() {}

    static String source() {
        try {
            Class.forName(SHARED);
            return SHARED;
        } catch (ClassNotFoundException e) {
            return Programmes.class.getName();
        }
    }

    static Catalog generate(long seed, int sessions) {
        try {
            Object c = Class.forName(SHARED).getMethod("generate", long.class, int.class).invoke(null, seed, sessions);
            return (Catalog) c;
        } catch (ClassNotFoundException e) {
            return Programmes.generate(seed, sessions);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot call " + SHARED + ".generate(long, int)", e);
        }
    }
}
