package io.github.konvent.spi;

import io.github.konvent.Catalog;
import io.github.konvent.internal.KonventStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * What a {@link CatalogFormat} read: the catalog and the notices it gave on the way. Immutable
 * and thread-safe.
 */
@KonventStyle
@Value.Immutable
public abstract class ReadResult implements WithReadResult {
    /** @return the catalog read */
    @Value.Parameter
    public abstract Catalog catalog();

    /** @return what a person should know about the input, in reading order */
    @Value.Parameter
    public abstract List<Notice> notices();

    /**
     * @param catalog the catalog
     * @param notices the notices
     * @return the result
     */
    public static ReadResult of(Catalog catalog, List<Notice> notices) {
        return ImmutableReadResult.of(catalog, notices);
    }

    /**
     * @param catalog the catalog
     * @return a result without notices
     */
    public static ReadResult of(Catalog catalog) {
        return ImmutableReadResult.of(catalog, List.of());
    }
}
