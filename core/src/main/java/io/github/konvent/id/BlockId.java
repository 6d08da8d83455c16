package io.github.konvent.id;

/** The id of a parallel block; unique within its event. Immutable; see {@link Id} for the allowed characters. */
public record BlockId(String value) implements Id, Comparable<BlockId> {
    /** Validates the id. @throws io.github.konvent.ModelException if it is malformed */
    public BlockId {
        Ids.check("block", value);
    }

    /** @return the id of the given text */
    public static BlockId of(String value) {
        return new BlockId(value);
    }

    @Override
    public String kind() {
        return "block";
    }

    @Override
    public int compareTo(BlockId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
