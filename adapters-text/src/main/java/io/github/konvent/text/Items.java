package io.github.konvent.text;

import io.github.konvent.event.SessionFormat;
import io.github.konvent.spi.Notice;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules for a programme item's text: label and title, format, optional flag, people named inline. */
final class Items {
    private static final Pattern PROJECT_PREFIX = Pattern.compile("^([\\p{L}\\d_]*(?:[_\\d]|\\p{Ll}\\p{Lu})[\\p{L}\\d_]*"
            + "|\\p{Lu}{2,}[\\p{L}\\d_-]*)\\s?:\\s+(.+)$", Pattern.UNICODE_CASE);
    private static final Pattern PROJECT_NAMED = Pattern.compile("\\bProjekte?s?\\s+(\\p{Lu}[\\p{L}\\d_-]*(?:\\s\\p{Lu}"
            + "[\\p{L}\\d_-]*)?)\\s*$", Pattern.UNICODE_CASE);
    private static final Pattern INLINE_PERSON = Pattern.compile("\\s(?:[–—-]|mit|durch|von)\\s+(?:(?:den|die|der)\\s+)?(?=(?:Frau\\s|Herrn?\\s|"
            + "Prof\\.|Dr\\.|PD\\s|OB\\s|Oberbürgermeister|Bürgermeister|Landrat|Landrätin|Staatssekretär|Minister))",
            Pattern.UNICODE_CASE);
    private static final Pattern PAREN_PERSON = Pattern.compile("\\s\\(((?:Frau\\s|Herrn?\\s|Prof\\.|Dr\\.|PD\\s|OB\\s)"
            + "[^()]{3,160})\\)\\s*$", Pattern.UNICODE_CASE);

    private Items() {}

    static void title(Drafts.Item it, String raw, Drafts.Line l, Drafts.Doc doc) {
        String t = raw.strip();
        if (!t.isEmpty() && ":|–—-".indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1).strip();
        }
        String lower = Rules.lower(t);
        Matcher opt = AnnouncementParser.any(lower, "optional", "fakultativ", "freiwillig") ? Rules.OPTIONAL.matcher(t) : null;
        if (opt != null && opt.find()) {
            it.optional = true;
            t = (t.substring(0, opt.start()) + t.substring(opt.end())).strip();
        }
        Matcher par = Rules.parallelMark(t) ? Rules.PARALLEL_MARK.matcher(t) : null;
        if (par != null && par.find()) {
            t = (t.substring(0, par.start()) + t.substring(par.end())).strip();
        }
        if (Rules.cancelled(lower)) {
            doc.notice(Notice.Level.WARNING, l.location, "A programme item is said to be cancelled: '"
                    + Drafts.shorten(t) + "'.", "Ein Programmpunkt ist abgesagt: „" + Drafts.shorten(t) + "“.");
        }
        // people named in the item's line
        Matcher paren = t.endsWith(")") ? PAREN_PERSON.matcher(t) : null;
        String persons = null;
        if (paren != null && paren.find()) {
            persons = paren.group(1);
            t = t.substring(0, paren.start()).strip();
        } else if (mayNamePerson(t)) {
            Matcher inline = INLINE_PERSON.matcher(t);
            if (inline.find()) {
                String cand = t.substring(inline.end());
                if (Persons.parse(cand, false, l, doc) != null) {
                    persons = cand;
                    t = t.substring(0, inline.start()).strip();
                }
            }
        }
        String label = null;
        int bar = t.indexOf(" | ");
        if (bar > 0) {
            label = t.substring(0, bar).strip();
            t = t.substring(bar + 3).strip();
        } else {
            Matcher pp = projectPrefix(t) ? PROJECT_PREFIX.matcher(t) : null;
            if (pp != null && pp.matches() && pp.group(1).length() <= 24) {
                it.presenterProjects.add(pp.group(1));
                t = pp.group(2).strip();
            } else {
                Matcher sep = t.contains(": ") || t.contains(" – ") || t.contains(" — ") ? Rules.LABEL_SEPARATOR.matcher(t)
                        : null;
                if (sep != null && sep.find() && sep.start() > 0) {
                    String head = t.substring(0, sep.start()).strip();
                    String tail = t.substring(sep.end()).strip();
                    if (words(head) <= 4 && doc.format(head) != null && !tail.isEmpty()) {
                        label = head;
                        t = tail;
                    }
                }
            }
        }
        // "Keynote: Prof. Dr. Maria Muster, Universität X": the rest is a person, the label the title
        if (label != null && persons == null) {
            List<Drafts.PersonRef> ps = Persons.parse(t, false, l, doc);
            if (ps != null) {
                persons = t;
                t = label;
            }
        }
        if (t.length() > 2 && "„\"“»".indexOf(t.charAt(0)) >= 0 && "“\"”«".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(1, t.length() - 1);
        }
        int end = t.length();
        while (end > 0 && (t.charAt(end - 1) == ':' || Character.isWhitespace(t.charAt(end - 1)))) {
            end--;
        }
        t = t.substring(0, end).strip();
        if (t.isEmpty()) {
            t = label == null ? raw.strip() : label;
        }
        it.title = t;
        it.formatLabel = label;
        SessionFormat f = doc.format(label != null ? label : t);
        it.format = f == null ? SessionFormat.OTHER : f;
        if (label == null && f != null && words(t) <= 5) {
            it.formatLabel = t;
        }
        Matcher proj = t.contains("Projekt") ? PROJECT_NAMED.matcher(t) : null;
        if (proj != null && proj.find()) {
            it.presenterProjects.add(proj.group(1));
        }
        if (persons != null) {
            List<Drafts.PersonRef> ps = Persons.parse(persons, true, l, doc);
            if (ps != null) {
                for (Drafts.PersonRef p : ps) {
                    it.contributions.add(new Drafts.Contribution(p, roleFor(it.format), l));
                }
            }
        }
    }

    /** @return the number of words (runs between single spaces) */
    static int words(String t) {
        int n = 1;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    /** Whether a text may name a person by title or function ({@link #INLINE_PERSON}'s words). */
    static boolean mayNamePerson(String t) {
        return t.contains("Frau ") || t.contains("Herr") || t.contains("Prof.") || t.contains("Dr.") || t.contains("PD ")
                || t.contains("OB ") || t.contains("ürgermeister") || t.contains("Landr") || t.contains("Staatssekretär")
                || t.contains("Minister");
    }

    /**
     * Whether the text starts with one acronym-like word and a colon ("KoDa_eG: …", "LAZIKN2030: …"),
     * as {@link #PROJECT_PREFIX} needs: an underscore, a digit, a capital after a small letter, or
     * two capitals first.
     */
    private static boolean projectPrefix(String t) {
        int colon = t.indexOf(':');
        if (colon < 1 || colon > 26) {
            return false;
        }
        boolean marked = colon > 1 && Character.isUpperCase(t.charAt(0)) && Character.isUpperCase(t.charAt(1));
        for (int i = 0; i < colon - 1; i++) {
            char c = t.charAt(i);
            if (c == ' ') {
                return false;
            }
            marked |= c == '_' || Character.isDigit(c)
                    || i > 0 && Character.isLowerCase(t.charAt(i - 1)) && Character.isUpperCase(c);
        }
        return marked;
    }

    static io.github.konvent.people.ContributionRole roleFor(SessionFormat f) {
        switch (f) {
            case WELCOME:
                return io.github.konvent.people.ContributionRole.HOST;
            case GREETING:
                return io.github.konvent.people.ContributionRole.GREETING;
            case PANEL:
            case DISCUSSION_ROUND:
                return io.github.konvent.people.ContributionRole.PANELIST;
            default:
                return io.github.konvent.people.ContributionRole.SPEAKER;
        }
    }
}
