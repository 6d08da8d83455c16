package io.github.konvent.id;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one function that turns a name into an id, used by every reader, so that "Jörg Müller"
 * becomes {@code joerg-mueller} whether he comes from c3voc, iCalendar, schedule.xml or an
 * announcement text:
 *
 * <ol>
 *   <li>German letters are transliterated: ä → ae, ö → oe, ü → ue (also capitals), ß → ss;
 *   <li>every other accent is dropped (the text is decomposed, NFKD, and combining marks
 *       removed), so é → e and ﬁ → fi;
 *   <li>the text is put in lower case;
 *   <li>every run of other characters becomes one hyphen; leading and trailing hyphens go;
 *   <li>the result is cut to {@value #MAX_BASE} characters (at a hyphen where there is one), so
 *       that a collision suffix still fits the 128 characters of an id.
 * </ol>
 *
 * <p>A name of which nothing is left (only punctuation, or a script without Latin letters) gets
 * {@code prefix-<hash>} from {@link #of(String, String)}, where the hash is that of the exact name.
 * Names that differ in any character are never merged: an {@link Allocator} gives the second of
 * two names with the same base a deterministic suffix ({@code -2}, {@code -3}, …).
 */
public final class IdNames {
    /** The longest base an id function gives, leaving room for a suffix. */
    public static final int MAX_BASE = 120;

    private IdNames() {}

    /**
     * @param name a name or title
     * @return its id base, or empty when no letter or digit is left
     */
    public static Optional<String> slug(String name) {
        StringBuilder pre = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            switch (c) {
                case 'ä', 'Ä' -> pre.append("ae");
                case 'ö', 'Ö' -> pre.append("oe");
                case 'ü', 'Ü' -> pre.append("ue");
                case 'ß', 'ẞ' -> pre.append("ss");
                default -> pre.append(c);
            }
        }
        String decomposed = Normalizer.normalize(pre, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        boolean hyphen = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            char lower = Character.toLowerCase(c);
            if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
                if (hyphen && sb.length() > 0) {
                    sb.append('-');
                }
                hyphen = false;
                sb.append(lower);
            } else {
                hyphen = true;
            }
        }
        if (sb.length() == 0) {
            return Optional.empty();
        }
        if (sb.length() > MAX_BASE) {
            int cut = sb.lastIndexOf("-", MAX_BASE);
            sb.setLength(cut > MAX_BASE / 2 ? cut : MAX_BASE);
        }
        return Optional.of(sb.toString());
    }

    /**
     * @param name a name or title
     * @param prefix what a name without letters or digits starts with, e.g. {@code person}
     * @return the name's id base, never empty
     */
    public static String of(String name, String prefix) {
        return slug(name).orElseGet(() -> prefix + "-" + Integer.toHexString(name.hashCode()));
    }

    /** @return a new allocator with no id taken */
    public static Allocator allocator() {
        return new Allocator();
    }

    /**
     * Gives ids to names within one kind of thing (people, rooms, sessions) while a reader reads:
     * the same exact name always gets the same id; a different name whose base is already taken
     * gets the base with the next free suffix, in order of first appearance. Not thread-safe: one
     * allocator belongs to one read.
     */
    public static final class Allocator {
        private final Map<String, String> byName = new HashMap<>();
        private final Set<String> taken = new HashSet<>();

        private Allocator() {}

        /**
         * Marks an id as taken, e.g. one the input states itself.
         *
         * @param id an id
         * @return whether it was free
         */
        public boolean reserve(String id) {
            return taken.add(id.toLowerCase(Locale.ROOT));
        }

        /**
         * @param name a name
         * @param prefix the prefix for names without letters or digits
         * @return the id of this exact name
         */
        public String idFor(String name, String prefix) {
            String known = byName.get(name);
            if (known != null) {
                return known;
            }
            String base = of(name, prefix);
            String id = base;
            for (int n = 2; !taken.add(id); n++) {
                id = base + "-" + n;
            }
            byName.put(name, id);
            return id;
        }
    }
}
