package io.github.konvent;

/**
 * One reference that does not resolve in a catalog.
 *
 * @param kind the kind of entity referred to, e.g. {@code "person"}
 * @param id the id that was not found
 * @param where the path of the referring field, e.g. {@code "event kk-2024 / session s1 / contribution 0 / person"}
 */
public record DanglingReference(String kind, String id, String where) implements java.io.Serializable {
    @Override
    public String toString() {
        return where + " refers to unknown " + kind + " '" + id + "'";
    }
}
