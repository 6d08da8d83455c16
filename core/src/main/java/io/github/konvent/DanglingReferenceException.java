package io.github.konvent;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A catalog whose references do not all resolve. Lists every dangling reference at once,
 * not only the first.
 */
public class DanglingReferenceException extends KonventException {
    private static final long serialVersionUID = 1L;

    private final DanglingReference[] references;

    /** @param references every reference that does not resolve, in catalog order */
    public DanglingReferenceException(List<DanglingReference> references) {
        super(
                references.size() + " dangling reference" + (references.size() == 1 ? "" : "s") + ":\n"
                        + references.stream().map(r -> "  " + r).collect(Collectors.joining("\n")),
                references.isEmpty() ? "" : references.get(0).where(),
                null);
        this.references = references.toArray(new DanglingReference[0]);
    }

    /** @return every dangling reference */
    public List<DanglingReference> references() {
        return List.of(references);
    }
}
