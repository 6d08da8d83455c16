package io.github.konvent;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * An enumeration constant with a human label in German and English, for portals that show
 * them. Labels come from the resource bundle {@code io.github.konvent.KonventLabels}; a user may
 * add a locale by adding a bundle of that base name. Keys are {@code EnumSimpleName.CONSTANT}.
 */
public interface Labeled {
    /** The resource bundle base name of all labels. */
    String BUNDLE = "io.github.konvent.KonventLabels";

    /** @return the constant's name, as {@link Enum#name()} */
    String name();

    /**
     * @param locale the language wanted; German for {@code de}, English otherwise
     * @return the label in that language
     */
    default String label(Locale locale) {
        String key = (this instanceof Enum<?> e ? e.getDeclaringClass() : getClass()).getSimpleName()
                + "." + name();
        try {
            return ResourceBundle.getBundle(
                            BUNDLE,
                            locale,
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_CLASS))
                    .getString(key);
        } catch (MissingResourceException e) {
            return name();
        }
    }

    /** @return the German label */
    default String labelDe() {
        return label(Locale.GERMAN);
    }

    /** @return the English label */
    default String labelEn() {
        return label(Locale.ENGLISH);
    }
}
