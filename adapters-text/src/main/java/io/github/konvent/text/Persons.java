package io.github.konvent.text;

import io.github.konvent.spi.Notice;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules for people: "Prof. Dr. Thomas Klie, Zentrum für zivilgesellschaftliche Entwicklung
 * (zze) (KoDa_eG)", "Dr. Stephanie Bock und Jan Abt, Deutsches Institut für Urbanistik
 * (KomKomIn)", "Andi Grabner, Bürgermeister Gemeinde X", "OB Ullrich Sierau", names in capitals,
 * "(angefragt)".
 */
final class Persons {
    private static final Pattern SALUTATION = Pattern.compile("^(Frau|Herrn?)\\s+", Pattern.UNICODE_CASE);
    private static final Pattern FUNCTION = Pattern.compile("^(OB|Oberbürgermeister(?:in)?|Bürgermeister(?:in)?|"
            + "Landrat|Landrätin|Staatssekretär(?:in)?|Staatsminister(?:in)?|Minister(?:in)?|Stadtrat|Stadträtin|"
            + "Beigeordnete[r]?|Dezernent(?:in)?|Präsident(?:in)?|Ortsvorsteher(?:in)?|Rechtsanwalt|Rechtsanwältin|Pfarrer(?:in)?"
            + "|Architekt(?:in)?|Journalist(?:in)?|Ministerpräsident(?:in)?|Bezirksbürgermeister(?:in)?)\\s+", Pattern.UNICODE_CASE);
    private static final Pattern SINGLE = Pattern.compile("^(" + Rules.NAME_WORD + ")(?=$|[\\s,;(])(.*)$",
            Pattern.UNICODE_CASE);
    private static final Pattern JOIN = Pattern.compile("^\\s*(?:und|&|sowie|/)\\s+", Pattern.UNICODE_CASE);
    private static final Pattern LEAD = Pattern.compile("^(?:mit|und|von|durch|sowie)\\s+", Pattern.UNICODE_CASE);
    private static final Pattern PROSE = Pattern.compile("(?:(Frau|Herrn?)\\s+)?((?:(?:Prof\\.|Dr\\.|PD|OB|"
            + "Oberbürgermeister(?:in)?|Bürgermeister(?:in)?|Landrat|Landrätin|Staatssekretär(?:in)?|Minister(?:in)?)"
            + "\\s+)+)(" + Rules.NAME_WORD + "(?:\\s" + Rules.NAME_WORD + ")?(?:\\s" + Rules.PARTICLE + ")?\\s"
            + Rules.NAME_WORD + ")", Pattern.UNICODE_CASE);
    private static final Pattern PROSE_ORG = Pattern.compile("^\\s*(?:\\((\\p{L}[\\p{L}\\d_. -]{1,40})\\)|(?:von\\s+der|vom|"
            + "von\\s+dem|von|der|des|aus\\s+der|aus\\s+dem)\\s+(\\p{Lu}[\\p{L}\\-.]*(?:\\s(?:für|und|der|des|in|e\\.V\\.|"
            + "\\p{Lu}[\\p{L}\\-.]*)){0,7}))", Pattern.UNICODE_CASE);

    private Persons() {}

    /**
     * @param text a line or part of it
     * @param context whether the line stands where people are expected (after a role header, an
     *     arrow, right after a programme item): then a bare name is enough; otherwise a title,
     *     function or salutation is needed
     * @param l the line
     * @param doc where notices go
     * @return the people named, or null when the text is not a list of people
     */
    static List<Drafts.PersonRef> parse(String text, boolean context, Drafts.Line l, Drafts.Doc doc) {
        String s = text.strip();
        if (s.length() > 400 || s.isEmpty()) {
            return null;
        }
        boolean requested = false;
        Matcher req = Rules.mayBeRequested(s) ? Rules.REQUESTED.matcher(s) : null;
        if (req != null && req.find()) {
            requested = true;
            s = req.replaceAll("").strip();
        }
        Matcher lead = s.indexOf(' ') > 0 && s.indexOf(' ') <= 5 ? LEAD.matcher(s) : null;
        if (lead != null && lead.lookingAt()) {
            s = s.substring(lead.end());
        }
        if (!context && !mayBeTitled(s)) {
            return null; // without context a person needs a salutation, function or title
        }
        List<Drafts.PersonRef> out = new ArrayList<>();
        for (String chunk : s.indexOf(';') < 0 ? new String[] {s} : Rx.split(s, "\\s*;\\s*")) {
            List<Drafts.PersonRef> ps = chunk(chunk.strip(), context, l, doc);
            if (ps == null) {
                return null;
            }
            out.addAll(ps);
        }
        if (out.isEmpty()) {
            return null;
        }
        for (Drafts.PersonRef p : out) {
            p.requested = requested;
            if (requested) {
                p.confidence = Math.min(p.confidence, 0.6);
                doc.notice(Notice.Level.INFO, l.location, p.fullName() + " is only requested (angefragt).",
                        p.fullName() + " ist nur angefragt.");
            }
        }
        return out;
    }

    private static List<Drafts.PersonRef> chunk(String c, boolean context, Drafts.Line l, Drafts.Doc doc) {
        if (c.isEmpty()) {
            return List.of();
        }
        List<Drafts.PersonRef> names = new ArrayList<>();
        String rest = c;
        while (true) {
            Object[] head = head(rest, l);
            if (head == null) {
                break;
            }
            names.add((Drafts.PersonRef) head[0]);
            rest = (String) head[1];
            String joined = rest.stripLeading();
            Matcher j = joined.startsWith("und ") || joined.startsWith("& ") || joined.startsWith("sowie ")
                    || joined.startsWith("/ ") ? JOIN.matcher(rest) : null;
            if (j != null && j.lookingAt() && head(rest.substring(j.end()), l) != null) {
                rest = rest.substring(j.end());
                continue;
            }
            break;
        }
        if (names.isEmpty()) {
            return null;
        }
        boolean titled = names.stream().anyMatch(p -> p.honorific != null || p.function != null || p.salutation != null);
        rest = rest.strip();
        if (rest.startsWith("(")) {
            int close = rest.indexOf(')');
            if (close > 0) {
                String inner = rest.substring(1, close).strip();
                rest = rest.substring(close + 1).strip();
                for (Drafts.PersonRef p : names) {
                    if (inner.contains("_") || hasDigit(inner)) {
                        p.projects.add(inner);
                    } else {
                        p.organization = inner;
                        p.organizationShort = null;
                    }
                }
            }
        }
        boolean affiliated = names.get(0).organization != null;
        if (!rest.isEmpty() && (",–—/".indexOf(rest.charAt(0)) >= 0
                || rest.length() > 1 && rest.charAt(0) == '-' && Character.isWhitespace(rest.charAt(1)))) {
            String a = rest.substring(1).strip();
            if (!a.isEmpty()) {
                for (Drafts.PersonRef p : names) {
                    affiliation(p, a, l);
                }
                affiliated = true;
            }
        } else if (!rest.isEmpty()) {
            if (!context && !titled) {
                return null;
            }
            if (Rules.organizationWord(rest) && rest.length() < 120
                    && Character.isUpperCase(rest.codePointAt(0))) {
                for (Drafts.PersonRef p : names) {
                    affiliation(p, rest, l);
                    p.confidence = Math.min(p.confidence, 0.5);
                }
                affiliated = true;
                doc.notice(Notice.Level.WARNING, l.location, "The affiliation of " + names.get(0).fullName()
                                + " could not be split clearly from the name; read as '" + Drafts.shorten(rest) + "'.",
                        "Die Zugehörigkeit von " + names.get(0).fullName() + " ließ sich nicht sicher vom Namen trennen; "
                                + "gelesen als „" + Drafts.shorten(rest) + "“.");
            } else {
                return null;
            }
        }
        if (!context && !titled) {
            return null;
        }
        if (!context && !affiliated && names.stream().allMatch(p -> p.honorific == null && p.function == null)) {
            return null;
        }
        return names;
    }

    /** @return {person, rest} or null */
    private static Object[] head(String text, Drafts.Line l) {
        String s = text.strip();
        Drafts.PersonRef p = new Drafts.PersonRef(l);
        Matcher sal = s.startsWith("Frau ") || s.startsWith("Herr") ? SALUTATION.matcher(s) : null;
        if (sal != null && sal.lookingAt()) {
            p.salutation = sal.group(1).startsWith("Herr") ? "Herr" : "Frau";
            s = s.substring(sal.end());
        }
        Matcher fn = Rules.startsWithAny(s, FUNCTION_STARTS) ? FUNCTION.matcher(s) : null;
        if (fn != null && fn.lookingAt()) {
            String key = fn.group(1).toLowerCase(Locale.GERMAN);
            p.function = Rules.FUNCTIONS.getOrDefault(key, fn.group(1));
            s = s.substring(fn.end());
        }
        Matcher hon = Rules.startsWithAny(s, HONORIFIC_STARTS) ? Rules.HONORIFIC.matcher(s) : null;
        if (hon != null && hon.matches() && !hon.group(1).isBlank()) {
            String h = hon.group(1).strip();
            p.honorific = h.contains("  ") || h.indexOf('\t') >= 0 ? Rx.replaceAll(h, "\\s+", " ") : h;
            s = hon.group(2).strip();
        }
        if (p.function == null) {
            Matcher fn2 = Rules.startsWithAny(s, FUNCTION_STARTS) ? FUNCTION.matcher(s) : null;
            if (fn2 != null && fn2.lookingAt()) {
                p.function = Rules.FUNCTIONS.getOrDefault(fn2.group(1).toLowerCase(Locale.GERMAN), fn2.group(1));
                s = s.substring(fn2.end());
            }
        }
        Matcher name = Rules.NAME.matcher(s);
        String nameText;
        String rest;
        if (name.matches()) {
            nameText = name.group(1);
            rest = name.group(2);
        } else if (p.honorific != null || p.salutation != null) {
            Matcher single = SINGLE.matcher(s);
            if (!single.matches()) {
                return null;
            }
            nameText = single.group(1);
            rest = single.group(2);
        } else {
            return null;
        }
        String[] words = nameText.split(" ");
        int keep = 0;
        for (String w : words) {
            if (!validWord(w)) {
                break;
            }
            keep++;
        }
        boolean titled = p.honorific != null || p.salutation != null || p.function != null;
        if (keep < 2 && !(keep == 1 && titled)) {
            return null;
        }
        if (keep < words.length) {
            StringBuilder cut = new StringBuilder();
            for (int i = keep; i < words.length; i++) {
                cut.append(' ').append(words[i]);
            }
            rest = cut + rest;
        }
        // trailing particles belong to the rest
        while (keep > 1 && Rules.PARTICLES.contains(words[keep - 1])) {
            rest = " " + words[keep - 1] + rest;
            keep--;
        }
        int familyFrom = keep - 1;
        while (familyFrom > 1 && Rules.PARTICLES.contains(words[familyFrom - 1])) {
            familyFrom--;
        }
        StringBuilder given = new StringBuilder();
        for (int i = 0; i < familyFrom; i++) {
            given.append(i > 0 ? " " : "").append(properCase(words[i]));
        }
        StringBuilder family = new StringBuilder();
        for (int i = familyFrom; i < keep; i++) {
            family.append(i > familyFrom ? " " : "").append(Rules.PARTICLES.contains(words[i]) ? words[i]
                    : properCase(words[i]));
        }
        p.givenName = given.length() == 0 ? null : given.toString();
        p.familyName = family.toString();
        if (!titled) {
            p.confidence = 0.8;
        }
        return new Object[] {p, rest};
    }

    /** @return the text without the given characters at its end, trimmed */
    static String trimEnd(String s, String chars) {
        int end = s.length();
        while (end > 0 && chars.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end).strip();
    }

    /** The literal heads of {@link #FUNCTION}. */
    private static final String[] FUNCTION_STARTS = {"OB ", "Oberbürgermeister", "Bürgermeister", "Landr", "Staatssekretär",
        "Staatsminister", "Minister", "Stadtr", "Beigeordnete", "Dezernent", "Präsident", "Ortsvorsteher", "Rechtsanw",
        "Pfarrer", "Architekt", "Journalist", "Bezirksbürgermeister"};

    /** The literal heads of {@link Rules#HONORIFIC}. */
    private static final String[] HONORIFIC_STARTS = {"Prof", "Dr.", "PD", "Jun.", "apl.", "Dipl.", "M.", "MdB", "MdL"};

    /** The literal heads of {@link #SALUTATION}, {@link #FUNCTION} and {@link Rules#HONORIFIC} (all case-sensitive). */
    private static final String[] TITLE_WORDS = {"Frau", "Herr", "Prof", "Dr.", "PD", "OB", "ürgermeister", "Landr",
        "Staatssekretär", "inister", "Stadtr", "Beigeordnete", "Dezernent", "räsident", "Ortsvorsteher", "Rechtsanw",
        "Pfarrer", "Architekt", "Journalist", "Jun.", "apl.", "Dipl.", "M.", "MdB", "MdL"};

    /** @return whether the text can hold a salutation, function or academic title */
    static boolean mayBeTitled(String s) {
        return AnnouncementParser.any(s, TITLE_WORDS);
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean validWord(String w) {
        if (Rules.PARTICLES.contains(w)) {
            return true;
        }
        if (Rules.NOT_NAMES.contains(w) || Rules.NOT_NAMES.contains(properCase(w))) {
            return false;
        }
        if (w.length() <= 3 && w.equals(w.toUpperCase(Locale.GERMAN))) {
            return false;
        }
        return !(w.length() >= 8 && Rules.endsWithAny(w.toLowerCase(Locale.GERMAN), Rules.NOUN_ENDINGS));
    }

    /** "MÜLLER" → "Müller", "HANS-PETER" → "Hans-Peter"; other words stay as they are. */
    static String properCase(String w) {
        if (w.length() < 2 || !w.equals(w.toUpperCase(Locale.GERMAN))) {
            return w;
        }
        StringBuilder sb = new StringBuilder(w.length());
        boolean start = true;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            sb.append(start ? c : Character.toLowerCase(c));
            start = c == '-' || c == '\'' || c == '’';
        }
        return sb.toString();
    }

    /**
     * Splits an affiliation text into position, organisation, its short name and projects:
     * "Bürgermeister Gemeinde X (LAZIKN2030)", "Zentrum für … (zze) (KoDa_eG)".
     */
    static void affiliation(Drafts.PersonRef p, String text, Drafts.Line l) {
        String a = trimEnd(text.strip(), ",;.");
        List<String> parens = new ArrayList<>();
        while (a.endsWith(")")) {
            int open = a.lastIndexOf('(');
            if (open < 0) {
                break;
            }
            String inner = a.substring(open + 1, a.length() - 1).strip();
            if (!Rules.REQUESTED.matcher("(" + inner + ")").matches() && !inner.isEmpty()) {
                parens.add(0, inner);
            }
            a = trimEnd(a.substring(0, open).strip(), ",;");
        }
        String[] segments = a.isEmpty() ? new String[0] : a.indexOf(',') < 0 ? new String[] {a}
                : Rx.split(a, "\\s*,\\s*");
        int orgAt = -1;
        for (int i = segments.length - 1; i >= 0; i--) {
            if (Rules.organizationWord(segments[i])) {
                orgAt = i;
                break;
            }
        }
        if (orgAt < 0 && segments.length > 0) {
            orgAt = segments.length - 1;
        }
        String org = orgAt >= 0 ? segments[orgAt] : null;
        // "Ministerium für Klimaschutz, Umwelt, Energie und Mobilität": a list that belongs to the name
        if (orgAt >= 0 && orgAt < segments.length - 1 && segments[segments.length - 1].contains(" und ")) {
            boolean list = true;
            for (int i = orgAt + 1; i < segments.length - 1; i++) {
                list &= !segments[i].contains(" ");
            }
            if (list && !Rules.organizationWord(segments[segments.length - 1])) {
                org = String.join(", ", java.util.Arrays.asList(segments).subList(orgAt, segments.length));
            }
        }
        StringBuilder position = new StringBuilder();
        for (int i = 0; i < orgAt; i++) {
            position.append(position.length() > 0 ? ", " : "").append(segments[i]);
        }
        if (org != null) {
            Matcher pos = Rules.startsWithAny(org, Rules.POSITION_STARTS) ? Rules.POSITION.matcher(org) : null;
            if (pos != null && pos.matches()) {
                String after = pos.group(2).strip();
                position.append(position.length() > 0 ? ", " : "").append(pos.group(1));
                org = after.isEmpty() ? null : after;
            }
        }
        if (position.length() > 0) {
            p.position = position.toString();
            if (p.function == null && Rules.FUNCTIONS.containsKey(position.toString().toLowerCase(Locale.GERMAN))) {
                p.function = position.toString();
            }
        }
        p.organization = org == null || org.isBlank() ? p.organization : org;
        for (String x : parens) {
            if (p.organization != null && p.organizationShort == null && abbreviates(x, p.organization)) {
                p.organizationShort = x;
            } else if (p.organization == null && !x.contains("_") && x.length() <= 40) {
                p.organization = x;
            } else if (!p.projects.contains(x)) {
                p.projects.add(x);
            }
        }
    }

    /** Whether the letters of {@code abbr} are, in order, initials of words of {@code name}. */
    static boolean abbreviates(String abbr, String name) {
        String letters = Rx.replaceAll(abbr.toLowerCase(Locale.GERMAN), "[^\\p{L}]", "");
        if (letters.length() < 2 || letters.length() > 8) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : Rx.split(name, "[\\s-]+")) {
            if (!w.isEmpty()) {
                initials.append(Character.toLowerCase(w.charAt(0)));
            }
        }
        int k = 0;
        for (int i = 0; i < initials.length() && k < letters.length(); i++) {
            if (initials.charAt(i) == letters.charAt(k)) {
                k++;
            }
        }
        if (k == letters.length()) {
            return true;
        }
        // "Difu" for "Deutsches Institut für Urbanistik"; "BBE" etc. need the initials
        return name.toLowerCase(Locale.GERMAN).startsWith(letters);
    }

    /**
     * People named in running text with a title or function: "Der Auftaktimpuls wird von Prof. Dr.
     * Maria Wimmer von der Universität Koblenz gehalten", "Impulsvortrag von PD Dr. Ansgar Klein
     * (BBE)".
     */
    static List<Drafts.PersonRef> inProse(String text, Drafts.Line l, Drafts.Doc doc) {
        List<Drafts.PersonRef> out = new ArrayList<>();
        Matcher m = PROSE.matcher(text);
        while (m.find()) {
            Object[] head = head(m.group(), l);
            if (head == null) {
                continue;
            }
            Drafts.PersonRef p = (Drafts.PersonRef) head[0];
            if (!((String) head[1]).isBlank()) {
                continue;
            }
            p.rule = "person-in-prose";
            p.confidence = 0.7;
            Matcher org = PROSE_ORG.matcher(text.substring(m.end()));
            if (org.find()) {
                String o = org.group(1) != null ? org.group(1) : org.group(2);
                o = Rx.replaceAll(o, "\\s(?:für|und|der|des|in)$", "").strip();
                if (org.group(1) != null || Rules.organizationWord(o)) {
                    if (o.contains("_")) {
                        p.projects.add(o);
                    } else {
                        p.organization = o;
                    }
                }
            }
            out.add(p);
        }
        return out;
    }
}
