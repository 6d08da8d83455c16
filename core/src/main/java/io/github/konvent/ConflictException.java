package io.github.konvent;

/**
 * An optimistic-locking conflict: an aggregate was saved from a stale copy. Names the aggregate
 * and both revisions, so the caller can reload and retry; nothing was written.
 */
public class ConflictException extends KonventException {
    private static final long serialVersionUID = 1L;

    private final String aggregate;
    private final long expectedRevision;
    private final long actualRevision;

    /**
     * @param aggregate kind and id of the aggregate, e.g. {@code "event kk-2024"}
     * @param expectedRevision the revision the caller's copy was based on
     * @param actualRevision the revision found in the store
     */
    public ConflictException(String aggregate, long expectedRevision, long actualRevision) {
        super(
                aggregate + ": saved from revision " + expectedRevision + " but the store holds revision "
                        + actualRevision + "; reload and apply the change again",
                aggregate,
                null);
        this.aggregate = aggregate;
        this.expectedRevision = expectedRevision;
        this.actualRevision = actualRevision;
    }

    /** @return kind and id of the aggregate */
    public String aggregate() {
        return aggregate;
    }

    /** @return the revision the rejected copy was based on */
    public long expectedRevision() {
        return expectedRevision;
    }

    /** @return the revision held by the store */
    public long actualRevision() {
        return actualRevision;
    }
}
