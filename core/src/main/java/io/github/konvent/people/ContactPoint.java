package io.github.konvent.people;

import io.github.konvent.ModelException;
import io.github.konvent.internal.Checks;
import io.github.konvent.internal.KonventStyle;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Contact data of a person or organisation. It is personal data: exports meant for publishing
 * leave it out unless {@link #isPublic()} is true. Immutable and thread-safe.
 */
@KonventStyle
@Value.Immutable
public abstract class ContactPoint implements WithContactPoint {
    /** @return an e-mail address */
    public abstract Optional<String> email();

    /** @return a telephone number */
    public abstract Optional<String> phone();

    /** @return a contact web page */
    public abstract Optional<URI> url();

    /** @return true only if the holder agreed to publication; false by default */
    @Value.Default
    public boolean isPublic() {
        return false;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.texts("ContactPoint", "email", email(), "phone", phone());
        if (email().isEmpty() && phone().isEmpty() && url().isEmpty()) {
            throw new ModelException("ContactPoint", "no e-mail, phone or url", "at least one of them");
        }
        email().ifPresent(e -> {
            if (!e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw new ModelException("ContactPoint.email", "'" + e + "'", "an address like name@example.org");
            }
        });
    }

    /** Builds a {@link ContactPoint}. */
    public static final class Builder extends ImmutableContactPoint.Builder {
        Builder() {}
    }
}
