package io.github.konvent.query;

/**
 * Two sources disagree about one fact of one entity: the same id, the same field, two present
 * values that differ. The merged catalog keeps the value of the earlier source ({@code kept});
 * the later one ({@code other}) is reported here. Immutable.
 *
 * @param kind the entity kind, e.g. {@code "event"}, {@code "person"}
 * @param id the entity's id
 * @param field the field, e.g. {@code "startDate"}
 * @param keptValue the value kept, as text (long values shortened)
 * @param keptSource the source the kept value came from
 * @param otherValue the conflicting value, as text
 * @param otherSource the source of the conflicting value
 */
public record MergeConflict(
        String kind, String id, String field, String keptValue, String keptSource, String otherValue,
        String otherSource) {
    @Override
    public String toString() {
        return kind + " " + id + " " + field + ": " + keptSource + " says " + keptValue + ", " + otherSource + " says "
                + otherValue;
    }
}
