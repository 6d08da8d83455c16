package io.github.konvent.spi;

import io.github.konvent.internal.KonventStyle;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * Something a reader wants a person to know about input it accepted: a time zone name that
 * contradicts the offsets, a line of announcement text that matched nothing, a guessed year.
 * Carries its text in German and English. Immutable and thread-safe.
 */
@KonventStyle
@Value.Immutable
public abstract class Notice implements WithNotice {
    /** How much a notice matters. */
    public enum Level {
        /** Worth knowing; nothing was changed or guessed. */
        INFO,
        /** Something was uncertain, contradictory or guessed; a person should look. */
        WARNING
    }

    /** @return how much it matters */
    @Value.Parameter
    public abstract Level level();

    /** @return where in the input (a line, a JSON pointer), or empty when it concerns the whole file */
    @Value.Parameter
    public abstract String location();

    /** @return the text in English */
    @Value.Parameter
    public abstract String english();

    /** @return the text in German */
    @Value.Parameter
    public abstract String german();

    /**
     * @param level how much it matters
     * @param location where in the input, or empty
     * @param english the text in English
     * @param german the text in German
     * @return the notice
     */
    public static Notice of(Level level, String location, String english, String german) {
        return ImmutableNotice.of(level, location, english, german);
    }

    /**
     * @param locale a language; German for {@code de}, English otherwise
     * @return the text in that language, after its location when there is one
     */
    public String message(Locale locale) {
        String text = "de".equals(locale.getLanguage()) ? german() : english();
        return location().isEmpty() ? text : location() + ": " + text;
    }
}
