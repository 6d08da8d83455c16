package io.github.konvent.spi;

import io.github.konvent.id.EventId;
import io.github.konvent.internal.KonventStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Options for reading and writing a format. The common ones are typed; format-specific ones are
 * text under a key documented by the format (e.g. {@code grouping=programme} for iCalendar
 * import, {@code year=2017} for announcement text). Immutable and thread-safe.
 */
@KonventStyle
@Value.Immutable
public abstract class FormatOptions implements WithFormatOptions {
    private static final FormatOptions DEFAULTS = builder().build();

    /** @return options with every default */
    public static FormatOptions defaults() {
        return DEFAULTS;
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return for writers: the one event to write; absent writes the whole catalog */
    public abstract Optional<EventId> event();

    /**
     * @return for writers: whether private contact data may be written (default false: only
     *     contacts marked public)
     */
    @Value.Default
    public boolean withPrivateContacts() {
        return false;
    }

    /** @return the language of texts a format writes or of notices it gives (default English) */
    @Value.Default
    public Locale locale() {
        return Locale.ENGLISH;
    }

    /**
     * @return for readers: the maximums the input may reach (default {@link
     *     ReadLimits#defaults()}); a reader that meets more stops with an exception naming the
     *     limit
     */
    @Value.Default
    public ReadLimits limits() {
        return ReadLimits.defaults();
    }

    /** @return format-specific options by key */
    public abstract Map<String, String> extra();

    /**
     * @param key a format-specific option's key
     * @return its value, if set
     */
    public Optional<String> get(String key) {
        return Optional.ofNullable(extra().get(key));
    }

    /** Builds {@link FormatOptions}. */
    public static final class Builder extends ImmutableFormatOptions.Builder {}
}
