package io.github.konvent.query;

import io.github.konvent.Catalog;
import io.github.konvent.KonventException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of {@link CatalogMerger#merge}: the merged catalog and every conflicting fact
 * found on the way. Immutable.
 *
 * @param catalog the merged catalog (for conflicting facts it holds the earlier source's value)
 * @param conflicts the conflicts, in the order found
 */
public record MergeResult(Catalog catalog, List<MergeConflict> conflicts) {
    /** Copies the list. */
    public MergeResult {
        conflicts = List.copyOf(conflicts);
    }

    /** @return true if no two sources disagreed */
    public boolean isClean() {
        return conflicts.isEmpty();
    }

    /**
     * @return the merged catalog
     * @throws KonventException listing every conflict, if there is one
     */
    public Catalog orElseThrow() {
        if (!isClean()) {
            throw new KonventException(conflicts.size() + " conflicting facts while merging catalogs:\n  "
                    + conflicts.stream().map(MergeConflict::toString).collect(Collectors.joining("\n  ")));
        }
        return catalog;
    }
}
