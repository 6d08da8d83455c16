package io.github.konvent.event;

import io.github.konvent.internal.Checks;
import io.github.konvent.internal.KonventStyle;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A link or document an announcement points to, e.g. the programme as PDF. The address may be
 * unknown when an announcement names a document without giving it. Immutable and thread-safe.
 */
@KonventStyle
@Value.Immutable
public abstract class Link implements WithLink {
    /** @return the link's text, e.g. "Programm Fachkonferenz" */
    public abstract String label();

    /** @return the address, where given */
    public abstract Optional<URI> url();

    /** @return the media type, e.g. "application/pdf" */
    public abstract Optional<String> mediaType();

    /** @return the size in bytes, where stated */
    public abstract Optional<Long> sizeBytes();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.texts("Link", "label", label(), "mediaType", mediaType());
        Checks.notBlank("Link.label", label());
    }

    /** Builds a {@link Link}. */
    public static final class Builder extends ImmutableLink.Builder {
        Builder() {}
    }
}
