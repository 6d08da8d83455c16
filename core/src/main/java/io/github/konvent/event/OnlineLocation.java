package io.github.konvent.event;

import io.github.konvent.internal.Checks;
import io.github.konvent.internal.KonventStyle;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/** Where an online event takes place: a join link and the platform. Immutable and thread-safe. */
@KonventStyle
@Value.Immutable
public abstract class OnlineLocation implements WithOnlineLocation {
    /** @return the link participants use to join, where published */
    public abstract Optional<URI> joinUrl();

    /** @return the platform, e.g. "Zoom", "BigBlueButton" */
    public abstract Optional<String> platform();

    /** @return a label for the link, e.g. "Zur Videokonferenz" */
    public abstract Optional<String> label();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.texts("OnlineLocation", "platform", platform(), "label", label());
    }

    /** Builds an {@link OnlineLocation}. */
    public static final class Builder extends ImmutableOnlineLocation.Builder {
        Builder() {}
    }
}
