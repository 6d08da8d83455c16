package io.github.konvent.text;

import io.github.konvent.Catalog;
import io.github.konvent.event.AttendanceMode;
import io.github.konvent.event.Cadence;
import io.github.konvent.event.CadenceKind;
import io.github.konvent.event.EventStatus;
import io.github.konvent.event.EventType;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.Organization;
import io.github.konvent.spi.Notice;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * The one announcement parser: walks the lines once, applies the rules of {@link Rules} in a
 * fixed order and gathers drafts, which {@link CatalogAssembler} turns into a catalog. Not
 * thread-safe: one parser belongs to one read.
 */
final class AnnouncementParser {
    /** At most this many notices of one kind are listed; the rest are counted. */
    static final int MAX_UNMATCHED_NOTICES = 200;

    private final TextImport.Options options;
    final Drafts.Doc doc = new Drafts.Doc();

    private List<Drafts.Line> lines;
    private Drafts.Event event;
    private Drafts.Item item;
    private Drafts.Item timedItem;
    private ContributionRole contextRole;
    private boolean eventContext;
    private int contextLines;
    private Drafts.Block block;
    private boolean parallelHeading;
    private int day = 1;
    private EventStatus pendingStatus;
    private int pendingStatusLine;
    private boolean pendingVenue;
    private int unmatched;
    private boolean registrationContext;

    AnnouncementParser(TextImport.Options options) {
        this.options = options;
    }

    TextImport.Result parse(List<SourceLine> source) {
        try {
            lines = Drafts.split(source);
        } catch (StackOverflowError e) {
            throw new io.github.konvent.InputException("text", "lines too convoluted to split into items",
                    "announcement text of ordinary lines", null);
        }
        int maxString = options.limits().maxStringLength();
        for (Drafts.Line l : lines) {
            if (l.text.length() > maxString) {
                throw io.github.konvent.spi.ReadLimits.exceeded(l.location, "a line of " + l.text.length() + " characters",
                        "maxStringLength", maxString);
            }
        }
        if (lines.isEmpty()) {
            doc.notice(Notice.Level.WARNING, "", "The input holds no text (empty file, or a PDF without a text "
                    + "layer such as a scan: text recognition is not done).", "Die Eingabe enthält keinen Text "
                    + "(leere Datei oder ein PDF ohne Textebene, etwa ein Scan: eine Texterkennung findet nicht statt).");
            return new CatalogAssembler(options, doc).assemble();
        }
        for (int i = 0; i < lines.size(); i++) {
            Drafts.Line l = lines.get(i);
            if (l.consumed) {
                continue;
            }
            try {
                handle(i, l);
            } catch (StackOverflowError e) {
                // the JDK's regex engine recurses per repetition; a pathological line is skipped, not fatal
                doc.notice(Notice.Level.WARNING, l.location, "This line is too convoluted to read and was skipped.",
                        "Diese Zeile ist zu verschachtelt, um sie zu lesen, und wurde übersprungen.");
            }
        }
        if (unmatched > MAX_UNMATCHED_NOTICES) {
            doc.notice(Notice.Level.INFO, "", (unmatched - MAX_UNMATCHED_NOTICES) + " more lines matched no rule.",
                    (unmatched - MAX_UNMATCHED_NOTICES) + " weitere Zeilen passten zu keiner Regel.");
        }
        finishProse();
        if (doc.proseDate != null && doc.events.size() == 1 && doc.events.get(0).start == null) {
            Drafts.Event e = doc.events.get(0);
            setDate(e, doc.proseDateLine, doc.proseDate);
            e.dateConfidence = 0.6;
            doc.notice(Notice.Level.INFO, doc.proseDateLine.location, "The date '" + doc.proseDate.text
                    + "' is taken from running text.", "Das Datum „" + doc.proseDate.text
                    + "“ stammt aus dem Fließtext.");
        }
        return new CatalogAssembler(options, doc).assemble();
    }

    private void handle(int i, Drafts.Line l) {
        String t = l.text;
        doc.documentLine(l);
        boolean matched = false;
        matched |= series(l);
        matched |= mode(l);
        matched |= registration(l);

        if (Rules.mayBeTimeItem(l.lower)) {
            Matcher time = Rules.TIME_ITEM.matcher(t);
            if (time.matches() && validTime(time)) {
                timeItem(l, time);
                return;
            }
        }
        Drafts.DateHit date = Drafts.DateHit.find(t, options.year().orElse(null));
        if (date != null && isDateLine(l, date)) {
            dateLine(i, l, date);
            return;
        }
        if (date != null && doc.proseDate == null && date.date() != null
                && !Rules.NOT_EVENT_DATE.matcher(t.substring(0, date.start)).find()
                && Rx.matches(t.substring(0, date.start), "(?isu).*\\b(?:am|vom|ab\\s+dem)\\s*$")) {
            doc.proseDate = date;
            doc.proseDateLine = l;
        }
        EventStatus status = statusOf(l);
        if (status != null) {
            status(i, l, status);
            matched = true;
        }
        Matcher dayHeader = Rules.mayBeDayHeader(l.lower) ? Rules.DAY_HEADER.matcher(t) : null;
        if (dayHeader != null && dayHeader.matches()) {
            day = dayNumber(dayHeader);
            ensureEvent(l);
            event.days = Math.max(event.days, day);
            item = null;
            timedItem = null;
            block = null;
            return;
        }
        if (yearHeading(l)) {
            return;
        }
        Matcher venue = l.lower.startsWith("ort") || l.lower.startsWith("veranstaltungsort") ? Rules.VENUE_LABEL.matcher(t)
                : null;
        if (venue != null && venue.matches()) {
            ensureEvent(l);
            venueText(l, venue.group(1), 0.9);
            pendingVenue = true;
            return;
        }
        if (pendingVenue && address(l)) {
            return;
        }
        pendingVenue = false;
        ContributionRole role = Rules.roleHeader(l.lower);
        if (role != null) {
            roleHeader(l, role);
            return;
        }
        if (parallelItem(l)) {
            return;
        }
        if (personLine(i, l)) {
            return;
        }
        if (subItem(l)) {
            return;
        }
        if (t.length() < 60 && !t.endsWith(".") && any(l.lower, "parallel", "workshop", "foren", "arbeitsgruppen",
                "themeninseln") && Rules.PARALLEL_WORD.matcher(t).find()) {
            parallelHeading = true;
            block = null;
            return;
        }
        matched |= prose(l);
        if (l.heading > 0 || titleLike(t)) {
            doc.titleCandidate(l);
            matched |= l.heading > 0 || event == null;
        }
        if (!matched) {
            unmatched(l);
        }
    }

    // ---- dates and events ------------------------------------------------------------------

    private boolean isDateLine(Drafts.Line l, Drafts.DateHit d) {
        String before = l.text.substring(0, d.start).strip();
        if (before.isEmpty() || Rx.matches(before, "(?iu)(?:neuer\\s+|ersatz)?(?:datum|termin|wann|zeit|am|vom|save the date)\\??\\s?:?")) {
            return true;
        }
        return false;
    }

    private void dateLine(int i, Drafts.Line l, Drafts.DateHit d) {
        if (d.year == null) {
            doc.notice(Notice.Level.WARNING, l.location, "Date '" + d.text + "' has no year; give the option year.",
                    "Datum „" + d.text + "“ ohne Jahr; bitte die Option year angeben.");
        }
        checkWeekday(l, d);
        LocalDate date = d.date();
        boolean sameEvent = event != null && event.start != null && date != null
                && !date.isBefore(event.start) && ChronoUnit.DAYS.between(event.start, date) <= Math.max(event.days, 1)
                && (event.items.size() > 0 || ChronoUnit.DAYS.between(event.start, date) < event.days);
        if (sameEvent) {
            day = (int) ChronoUnit.DAYS.between(event.start, date) + 1;
            event.days = Math.max(event.days, day);
            item = null;
            timedItem = null;
            block = null;
        } else if (event != null && event.start == null && event.dateLine == 0 && !event.fromYearHeading
                && (event.items.isEmpty() || event.implicit)) {
            setDate(event, l, d);
        } else if (event != null && event.start == null && event.fromYearHeading && event.dateLine == 0) {
            setDate(event, l, d);
        } else {
            newEvent(l);
            setDate(event, l, d);
            takeTitle(i);
        }
        if (pendingStatus != null) {
            event.status(pendingStatus, pendingStatusLine);
            pendingStatus = null;
        }
        String rest = l.text.substring(d.end);
        Matcher range = Rules.TIME_RANGE.matcher(rest);
        int restFrom = 0;
        if (range.find()) {
            LocalTime a = time(range.group(1), range.group(2));
            LocalTime b = time(range.group(3), range.group(4));
            if (a != null && b != null && b.isAfter(a) && event.dailyStart == null) {
                event.dailyStart = a;
                event.dailyEnd = b;
                event.dailyLine = l.number;
                event.dailyLocation = l.location;
            }
            restFrom = range.end();
        } else {
            Matcher one = Rules.TIME_ONE.matcher(rest);
            if (one.find()) {
                LocalTime a = time(one.group(1), one.group(2));
                if (a != null && event.dailyStart == null) {
                    event.dailyStart = a;
                    event.dailyLine = l.number;
                    event.dailyLocation = l.location;
                }
                restFrom = one.end();
            }
        }
        String venue = Rx.replaceAll(rest.substring(restFrom), "^[\\s,;:–—-]+|[\\s,;:–—-]+$", "");
        if (!venue.isEmpty() && venue.length() < 160 && !Rules.STATUS.get(0).pattern().matcher(Rules.lower(venue)).find()) {
            venueText(l, venue, 0.7);
        }
        status(i, l, statusOf(l));
    }

    private void setDate(Drafts.Event e, Drafts.Line l, Drafts.DateHit d) {
        e.dateLine = l.number;
        e.dateLocation = l.location;
        e.dateText = d.text;
        if (d.date() != null) {
            e.start = d.date();
            e.days = Math.max(e.days, d.days());
            e.dateConfidence = d.yearFromOption ? 0.7 : 0.95;
        }
        if (e.statedYear == null && d.year != null) {
            e.statedYear = d.year;
        }
        day = 1;
    }

    private void checkWeekday(Drafts.Line l, Drafts.DateHit d) {
        if (d.weekday == null || d.year == null) {
            return;
        }
        LocalDate date = d.date();
        if (date == null) {
            doc.notice(Notice.Level.WARNING, l.location, "'" + d.text + "' is no valid date.",
                    "„" + d.text + "“ ist kein gültiges Datum.");
            return;
        }
        if (date.getDayOfWeek().getValue() == d.weekday) {
            return;
        }
        String typo = "";
        String typoDe = "";
        for (int delta : new int[] {-1, 1, -2, 2, -10, 10}) {
            try {
                LocalDate other = date.withYear(date.getYear() + delta);
                if (other.getDayOfWeek().getValue() == d.weekday) {
                    typo = " The weekday fits " + other.getYear() + ": probably a year typo.";
                    typoDe = " Der Wochentag passt zu " + other.getYear() + ": vermutlich ein Tippfehler im Jahr.";
                    break;
                }
            } catch (DateTimeException e) {
                // 29 February in a year without it: try the next
            }
        }
        doc.notice(Notice.Level.WARNING, l.location, "The weekday of '" + d.text + "' does not match the date ("
                        + date + " is a " + date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL,
                                Locale.ENGLISH) + ")." + typo,
                "Der Wochentag von „" + d.text + "“ passt nicht zum Datum (" + date + " ist ein "
                        + date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.GERMAN) + ")."
                        + typoDe);
        if (event != null) {
            event.dateConfidence = Math.min(event.dateConfidence, 0.5);
        }
    }

    private void newEvent(Drafts.Line l) {
        event = doc.newEvent(l);
        item = null;
        timedItem = null;
        block = null;
        day = 1;
        contextRole = null;
        eventContext = false;
    }

    private void ensureEvent(Drafts.Line l) {
        if (event == null) {
            newEvent(l);
            event.implicit = true;
            if (pendingStatus != null) {
                event.status(pendingStatus, pendingStatusLine);
                pendingStatus = null;
            }
        }
    }

    /** The event's title: the heading line just before the date line, else the line after it. */
    private void takeTitle(int i) {
        Drafts.Line before = previous(i);
        if (before != null && !before.titleUsed && (before.heading > 0 || titleLike(before.text))
                && before.number >= lines.get(i).number - 3 && !isStatusOnly(before.text)) {
            event.title(before, 0.8);
            before.titleUsed = true;
            return;
        }
        if (i + 1 < lines.size()) {
            Drafts.Line after = lines.get(i + 1);
            String t = after.text;
            if ((after.heading > 0 || after.arrow || titleLike(t)) && !Rules.TIME_ITEM.matcher(t).matches()
                    && Drafts.DateHit.find(t, null) == null && Rules.roleHeader(after.lower) == null
                    && !t.equalsIgnoreCase("Programm") && !t.equalsIgnoreCase("Das Programm")) {
                event.title(after, 0.8);
                after.consumed = true;
                after.titleUsed = true;
                doc.documentLine(after);
                series(after);
                mode(after);
            }
        }
    }

    private Drafts.Line previous(int i) {
        return i > 0 ? lines.get(i - 1) : null;
    }

    private boolean isStatusOnly(String t) {
        return Rx.replaceAll(t, "(?iu)save\\s+the\\s+date|abgesagt|[!:.\\s]", "").isEmpty();
    }

    /** "Bürgerschaftliches Engagement fördern – …, Fachkongress 2015": an edition known by its year. */
    private boolean yearHeading(Drafts.Line l) {
        if (l.text.isEmpty() || !Character.isDigit(l.text.charAt(l.text.length() - 1))) {
            return false;
        }
        Matcher m = Rules.YEAR_HEADING.matcher(l.text);
        if (!m.matches() || l.text.length() > 200) {
            return false;
        }
        int year = Integer.parseInt(m.group(3));
        if (event != null && event.statedYear != null && event.statedYear == year) {
            return false;
        }
        newEvent(l);
        event.fromYearHeading = true;
        event.statedYear = year;
        event.title(l, 0.7);
        l.titleUsed = true;
        return true;
    }

    // ---- status, mode, registration, series ------------------------------------------------

    static boolean any(String lower, String... words) {
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private EventStatus statusOf(Drafts.Line l) {
        if (!any(l.lower, "abge", "fällt", "findet", "absag", "entfällt", "cancel", "verschoben", "termin", "postpone",
                "save", "vormerk", "merken")) {
            return null;
        }
        return Rules.first(Rules.STATUS, l.text);
    }

    private void status(int i, Drafts.Line l, EventStatus status) {
        if (status == null) {
            return;
        }
        boolean itemLevel = Rules.earliest(Rules.FORMATS, l.text) != null
                && !l.text.matches("(?isu).*\\b(?:veranstaltung|kongress|konferenz|tagung|seminar|termin|fachtag"
                        + "|workshopreihe|reihe|sitzung|forum)\\b.*")
                && status == EventStatus.CANCELLED;
        if (itemLevel && item != null) {
            doc.notice(Notice.Level.WARNING, l.location, "A programme item is said to be cancelled: '"
                    + Drafts.shorten(l.text) + "'.", "Ein Programmpunkt ist abgesagt: „" + Drafts.shorten(l.text) + "“.");
            return;
        }
        boolean nextStartsEvent = false;
        for (int k = i + 1; k < Math.min(lines.size(), i + 3); k++) {
            Drafts.DateHit d = Drafts.DateHit.find(lines.get(k).text, options.year().orElse(null));
            if (d != null && isDateLine(lines.get(k), d)) {
                nextStartsEvent = true;
            }
        }
        if (event == null || (nextStartsEvent && l.text.length() < 200)) {
            pendingStatus = status;
            pendingStatusLine = l.number;
            doc.statusLine(l);
        } else {
            event.status(status, l.number);
            doc.statusLine(l);
        }
    }

    private boolean mode(Drafts.Line l) {
        if (!any(l.lower, "online", "hybrid", "webinar", "digital", "zoom", "webex", "teams", "videokonf", "präsenz",
                "virtuell", "bigblue", "jitsi") && !Rules.wordAt(l.lower, "ort:")) {
            return false;
        }
        AttendanceMode mode = Rules.first(Rules.MODE, l.text);
        if (mode == null || (Rules.MODE_POSSIBLE.matcher(l.text).find() && mode == AttendanceMode.HYBRID)) {
            return false;
        }
        if (event == null) {
            doc.preambleMode = mode;
            doc.preambleModeLine = l;
        } else if (event.mode == null || mode == AttendanceMode.HYBRID) {
            event.mode = mode;
            event.modeLine = l;
        }
        return true;
    }

    private boolean registration(Drafts.Line l) {
        String t = l.text;
        if (!any(l.lower, "anmeld", "registr", "ausgebucht", "http")) {
            registrationContext = false;
            return false;
        }
        boolean found = false;
        Drafts.Event target = t.length() > 100 ? null : event;
        if (Rules.REGISTRATION_NOT_YET.matcher(t).find()) {
            doc.registration(target, io.github.konvent.event.RegistrationState.NOT_YET_OPEN, l);
            found = true;
        } else if (Rules.REGISTRATION_CLOSED.matcher(t).find()) {
            doc.registration(target, io.github.konvent.event.RegistrationState.CLOSED, l);
            found = true;
        } else if (Rules.REGISTRATION_OPEN.matcher(t).find()) {
            doc.registration(target, io.github.konvent.event.RegistrationState.OPEN, l);
            found = true;
        }
        boolean regWord = Rules.REGISTRATION.matcher(t).find();
        Matcher url = Rules.URL.matcher(t);
        if (url.find() && (regWord || registrationContext)) {
            doc.registrationUrl(target, Rx.replaceAll(url.group(), "[.,;)]+$", ""), l);
            found = true;
        }
        registrationContext = regWord && t.length() < 60;
        return found || (regWord && t.length() < 40);
    }

    private boolean series(Drafts.Line l) {
        String t = l.text;
        if (!any(l.lower, "jährlich", "jahr", "reihe", "seit", "erstmal", " mal", "kongress", "konferenz", "tagung",
                "forum")) {
            return false;
        }
        boolean found = false;
        if (Rules.BIENNIAL.matcher(t).find()) {
            doc.cadence(CadenceKind.BIENNIAL, l);
            found = true;
        } else if (Rules.ANNUAL.matcher(t).find()) {
            doc.cadence(CadenceKind.ANNUAL, l);
            found = true;
        }
        if (found) {
            Matcher noun = Rules.SERIES_NOUN.matcher(t);
            if (noun.find()) {
                doc.seriesName(noun.group(1), l, 0.7);
            }
        }
        Matcher s = Rules.SERIES_WORD.matcher(t);
        if (s.find()) {
            doc.seriesName = null;
            doc.seriesName(s.group(1).strip(), l, 0.9);
            found = true;
        }
        Matcher first = Rules.FIRST_YEAR.matcher(t);
        if (first.find() && (doc.cadence != null || Rules.BIENNIAL.matcher(t).find() || Rules.ANNUAL.matcher(t).find())) {
            doc.firstYear(Integer.parseInt(first.group(1)), l);
            found = true;
        }
        Matcher ed = Rules.EDITION.matcher(t);
        if (ed.find() && event != null && event.edition == null) {
            Integer n = null;
            if (ed.group(1) != null) {
                String w = Rules.lower(ed.group(1)).replace(".", "");
                n = Rx.matches(w, "\\d+") ? Integer.valueOf(w) : Rules.ORDINALS.get(w);
            } else if (ed.group(2) != null) {
                n = Integer.valueOf(ed.group(2));
            }
            if (n != null && n >= 1) {
                event.edition = n;
                event.editionLine = l;
                found = true;
            }
        }
        return found;
    }

    // ---- programme items -------------------------------------------------------------------

    private static boolean validTime(Matcher m) {
        boolean hasMinutes = m.group(3) != null || m.group(6) != null;
        boolean hasUhr = m.group(4) != null || m.group(7) != null;
        if (!hasMinutes && !hasUhr) {
            return false;
        }
        if (time(m.group(2), m.group(3)) == null) {
            return false;
        }
        return m.group(5) == null || time(m.group(5), m.group(6)) != null;
    }

    static LocalTime time(String h, String m) {
        if (h == null) {
            return null;
        }
        int hour = Integer.parseInt(h);
        int minute = m == null ? 0 : Integer.parseInt(m);
        if (hour == 24 && minute == 0) {
            return LocalTime.MIDNIGHT;
        }
        if (hour > 23 || minute > 59) {
            return null;
        }
        return LocalTime.of(hour, minute);
    }

    private void timeItem(Drafts.Line l, Matcher m) {
        ensureEvent(l);
        if (doc.itemCount >= options.maxItems()) {
            if (doc.itemCount == options.maxItems()) {
                doc.notice(Notice.Level.WARNING, l.location, "More than " + options.maxItems()
                                + " programme items; the rest is ignored.", "Mehr als " + options.maxItems()
                                + " Programmpunkte; die übrigen werden nicht gelesen.");
                doc.itemCount++;
            }
            return;
        }
        String prefix = m.group(1) == null ? "" : Rules.lower(m.group(1));
        LocalTime a = time(m.group(2), m.group(3));
        LocalTime b = m.group(5) == null ? null : time(m.group(5), m.group(6));
        Drafts.Item it = new Drafts.Item(l);
        it.day = day;
        if (prefix.equals("bis")) {
            it.end = a;
        } else {
            it.start = a;
            if (b != null) {
                if (b.isAfter(a)) {
                    it.end = b;
                } else {
                    doc.notice(Notice.Level.WARNING, l.location, "The end " + b + " is not after the start " + a
                            + "; the end is left out.", "Das Ende " + b + " liegt nicht nach dem Beginn " + a
                            + "; das Ende wird weggelassen.");
                }
            }
        }
        String rest = m.group(8) == null ? "" : m.group(8).strip();
        List<String> cells = new ArrayList<>();
        if (l.tableRow || rest.startsWith("|")) {
            for (String c : Rx.split(rest, "\\|")) {
                String s = c.strip();
                if (!s.isEmpty()) {
                    cells.add(s);
                }
            }
            rest = cells.isEmpty() ? "" : cells.remove(0);
        }
        it.rawTitle = rest;
        event.items.add(it);
        doc.itemCount++;
        item = it;
        timedItem = it;
        block = null;
        contextRole = null;
        eventContext = false;
        contextLines = 0;
        if (rest.isEmpty()) {
            it.pendingTitle = true;
        } else {
            applyTitle(it, rest, l);
        }
        for (String c : cells) {
            List<Drafts.PersonRef> ps = Persons.parse(c, true, l, doc);
            if (ps != null) {
                for (Drafts.PersonRef p : ps) {
                    it.contributions.add(new Drafts.Contribution(p, defaultRole(it), l));
                }
            } else if (Rules.organizationWord(c) || Rules.lower(c).startsWith("raum")) {
                it.place = c;
            }
        }
        if (it.start != null && event.dailyStart != null && it.start.isBefore(event.dailyStart)
                && it.format() != SessionFormat.ARRIVAL && it.format() != SessionFormat.TECHNICAL_INTRO) {
            doc.notice(Notice.Level.WARNING, l.location, "The item at " + it.start + " starts before the day starts ("
                    + event.dailyStart + ").", "Der Programmpunkt um " + it.start + " beginnt vor dem Tagesbeginn ("
                    + event.dailyStart + ").");
        }
        Drafts.Item prev = previousTimed(it);
        if (prev != null && it.start != null && prev.start != null && it.start.isBefore(prev.start)) {
            doc.notice(Notice.Level.WARNING, l.location, "The item at " + it.start + " starts before the item above it ("
                    + prev.start + "); a day heading may be missing.", "Der Programmpunkt um " + it.start
                    + " beginnt vor dem vorigen (" + prev.start + "); vielleicht fehlt eine Tagesangabe.");
        }
    }

    private Drafts.Item previousTimed(Drafts.Item it) {
        for (int k = event.items.size() - 2; k >= Math.max(0, event.items.size() - 50); k--) {
            Drafts.Item p = event.items.get(k);
            if (p.day == it.day && p.parent == null && p.start != null) {
                return p;
            }
            if (p.day != it.day) {
                return null;
            }
        }
        return null;
    }

    private void applyTitle(Drafts.Item it, String raw, Drafts.Line l) {
        Items.title(it, raw, l, doc);
        if ((Rules.parallelWord(it.title) || Rules.parallelMark(raw)) && it.parent == null) {
            parallelHeading = true;
        } else {
            parallelHeading = false;
        }
        if (it.format() == SessionFormat.CLOSING) {
            eventContext = true;
        }
    }

    private static ContributionRole defaultRole(Drafts.Item it) {
        switch (it.format()) {
            case WELCOME:
                return ContributionRole.HOST;
            case GREETING:
                return ContributionRole.GREETING;
            case PANEL:
            case DISCUSSION_ROUND:
                return ContributionRole.PANELIST;
            default:
                return ContributionRole.SPEAKER;
        }
    }

    private boolean parallelItem(Drafts.Line l) {
        String t = stripBullet(l.text);
        Matcher p = Rules.startsWithAny(t, Rules.PARALLEL_ITEM_STARTS) ? Rules.PARALLEL_ITEM.matcher(t) : null;
        Integer number = null;
        String label;
        String title;
        if (p != null && p.matches() && !p.group(3).isBlank()) {
            label = p.group(1) + " " + p.group(2);
            title = p.group(3).strip();
            String n = p.group(2);
            if (Rx.matches(n, "\\d+")) {
                number = Integer.valueOf(n);
            } else if (n.length() == 1 && Character.isUpperCase(n.charAt(0))) {
                number = n.charAt(0) - 'A' + 1;
            }
        } else {
            if (!parallelHeading || t.isEmpty() || !Character.isDigit(t.charAt(0))) {
                return false;
            }
            Matcher n = Rules.NUMBERED.matcher(t);
            if (!n.matches()) {
                return false;
            }
            number = Integer.valueOf(n.group(1));
            label = null;
            title = n.group(2).strip();
        }
        ensureEvent(l);
        if (block == null) {
            block = new Drafts.Block(l, day);
            if (timedItem != null && (Rules.parallelWord(timedItem.title == null ? "" : timedItem.title)
                    || Rules.parallelMark(timedItem.rawTitle == null ? "" : timedItem.rawTitle))) {
                block.start = timedItem.start;
                block.end = timedItem.end;
                block.label = timedItem.title;
                block.parent = timedItem;
            } else {
                block.label = doc.lastHeading(l);
            }
            event.blocks.add(block);
        }
        Drafts.Item it = new Drafts.Item(l);
        it.day = block.day;
        it.block = block;
        it.number = number;
        it.start = block.start;
        it.end = block.end;
        it.inheritedTime = block.start != null;
        it.parent = block.parent;
        Items.title(it, title, l, doc);
        if (label != null) {
            it.formatLabel = label;
            SessionFormat f = Rules.earliest(Rules.FORMATS, label);
            it.format = f == null ? it.format : f;
        } else if (block.label != null) {
            SessionFormat f = Rules.earliest(Rules.FORMATS, block.label);
            it.format = f != null ? f : it.format == SessionFormat.OTHER ? SessionFormat.WORKSHOP : it.format;
        }
        event.items.add(it);
        doc.itemCount++;
        item = it;
        contextRole = null;
        eventContext = false;
        return true;
    }

    private boolean subItem(Drafts.Line l) {
        if (timedItem == null || !(l.arrow || l.bold) || item == null) {
            return false;
        }
        String t = stripBullet(l.text);
        Matcher pm = Rx.p("^(?:Begleitvorhaben|Projekt|Verbundprojekt|Verbundvorhaben)\\s+(\\S+)$")
                .matcher(t);
        if (pm.matches()) {
            item.presenterProjects.add(pm.group(1));
            return true;
        }
        if (!l.bold && !t.contains(": ")) {
            return false;
        }
        Drafts.Item it = new Drafts.Item(l);
        it.day = timedItem.day;
        it.parent = timedItem;
        Items.title(it, t, l, doc);
        if (it.format == SessionFormat.OTHER) {
            it.format = SessionFormat.PROJECT_PRESENTATION;
        }
        if (timedItem.format == SessionFormat.OTHER && it.format == SessionFormat.PROJECT_PRESENTATION) {
            timedItem.format = SessionFormat.PROJECT_PRESENTATION;
        }
        timedItem.presenterProjects.addAll(it.presenterProjects);
        event.items.add(it);
        doc.itemCount++;
        item = it;
        contextRole = null;
        return true;
    }

    // ---- people ----------------------------------------------------------------------------

    private void roleHeader(Drafts.Line l, ContributionRole role) {
        ensureEvent(l);
        String t = stripBullet(l.text);
        Matcher m = Rules.ROLE_HEADERS.stream().filter(k -> k.value() == role).findFirst().orElseThrow()
                .pattern().matcher(Rules.lower(t));
        String rest = m.find() ? t.substring(m.end()).strip() : "";
        if (l.lower.startsWith("gastgeber")) {
            // "Gastgeber: Landkreis Harburg": the host itself, not a person
            Matcher place = Rules.HOST_PLACE.matcher(rest);
            if (place.lookingAt()) {
                doc.hosts.putIfAbsent(place.group(1), l);
                return;
            }
        }
        contextRole = role;
        eventContext = item == null || eventContext || Rules.lower(t).startsWith("gesamtmoderation")
                || (item != null && item.format() == SessionFormat.CLOSING);
        if (item != null && !eventContext && role == ContributionRole.PANELIST
                && (item.format == SessionFormat.OTHER || item.format == SessionFormat.PROJECT_PRESENTATION)) {
            String label = Rx.replaceAll(t, "(?iu)\\s+mit\\s?:?$", "").replaceAll(":$", "").strip();
            SessionFormat f = Rules.earliest(Rules.FORMATS, label);
            if (f != null) {
                item.format = f;
                item.formatLabel = label;
            }
        }
        contextLines = 0;
        if (!rest.isEmpty()) {
            List<Drafts.PersonRef> ps = Persons.parse(rest, true, l, doc);
            if (ps != null) {
                attach(ps, l);
            } else {
                unmatched(l);
            }
        }
    }

    private boolean personLine(int idx, Drafts.Line l) {
        String t = stripBullet(l.text);
        boolean context = l.arrow || contextRole != null || (item != null && contextLines < 4);
        List<Drafts.PersonRef> ps = Persons.parse(t, context, l, doc);
        if (ps == null) {
            if (context && contextRole == null) {
                contextLines++;
            }
            return false;
        }
        if (item == null && contextRole == null && !l.arrow) {
            // a person outside any programme item or role: keep the person, no contribution
            ensureEvent(l);
            doc.loosePeople.addAll(ps);
            return true;
        }
        ensureEvent(l);
        // an affiliation on the next line: "Prof. Dr. Maria Muster" / "Universität Beispielstadt"
        if (ps.size() == 1 && ps.get(0).organization == null) {
            if (idx + 1 < lines.size()) {
                Drafts.Line next = lines.get(idx + 1);
                String nt = stripBullet(next.text);
                if (!Rules.TIME_ITEM.matcher(nt).matches() && Persons.parse(nt, false, next, doc) == null
                        && Rules.organizationWord(nt) && nt.length() < 120
                        && (!nt.endsWith(".") || nt.endsWith("e.V."))) {
                    Persons.affiliation(ps.get(0), nt, next);
                    next.consumed = true;
                    ps.get(0).confidence = Math.min(ps.get(0).confidence, 0.7);
                }
            }
        }
        attach(ps, l);
        return true;
    }

    private void attach(List<Drafts.PersonRef> ps, Drafts.Line l) {
        for (Drafts.PersonRef p : ps) {
            if (eventContext || item == null) {
                ContributionRole role = contextRole == null ? ContributionRole.SPEAKER : contextRole;
                event.contributions.add(new Drafts.Contribution(p, role, l));
            } else {
                ContributionRole role = contextRole == null ? defaultRole(item) : contextRole;
                Drafts.Contribution c = new Drafts.Contribution(p, role, l);
                for (String proj : item.presenterProjects) {
                    if (!p.projects.contains(proj)) {
                        p.projects.add(proj);
                    }
                }
                item.contributions.add(c);
            }
        }
    }

    // ---- venue -----------------------------------------------------------------------------

    private void venueText(Drafts.Line l, String text, double confidence) {
        ensureEvent(l);
        String[] parts = Rx.split(text, "\\s*,\\s*");
        Drafts.VenueDraft v = new Drafts.VenueDraft(l, confidence);
        List<String> names = new ArrayList<>();
        for (String p : parts) {
            String s = p.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (s.equalsIgnoreCase("online")) {
                event.mode = event.mode == AttendanceMode.HYBRID ? AttendanceMode.HYBRID : AttendanceMode.ONLINE;
                event.modeLine = l;
                continue;
            }
            Matcher post = Rules.POSTAL.matcher(s);
            if (Rules.STREET.matcher(s).matches()) {
                v.street = s;
            } else if (post.matches()) {
                v.postalCode = post.group(1);
                v.locality = post.group(2).strip();
            } else {
                names.add(s);
            }
        }
        if (!names.isEmpty()) {
            v.name = names.get(0);
            if (names.size() > 1 && v.locality == null) {
                v.locality = names.get(names.size() - 1);
            } else if (names.size() == 1 && v.locality == null && !names.get(0).contains(" ")
                    && !Rules.organizationWord(names.get(0))) {
                v.locality = names.get(0);
            }
        } else if (v.locality != null) {
            v.name = v.locality;
        }
        if (v.name != null && event.venue == null) {
            event.venue = v;
        } else if (event.venue != null) {
            event.venue.merge(v);
        }
    }

    private boolean address(Drafts.Line l) {
        String t = Rx.replaceAll(l.text.strip(), ",$", "");
        if (event == null || event.venue == null) {
            return false;
        }
        boolean any = false;
        for (String s : Rx.split(t, "\\s*,\\s*")) {
            Matcher post = Rules.POSTAL.matcher(s);
            if (Rules.STREET.matcher(s).matches()) {
                event.venue.street = s;
                any = true;
            } else if (post.matches()) {
                event.venue.postalCode = post.group(1);
                event.venue.locality = post.group(2).strip();
                any = true;
            }
        }
        return any;
    }

    // ---- prose -----------------------------------------------------------------------------

    private boolean prose(Drafts.Line l) {
        boolean found = false;
        if (l.lower.contains("gastgeber")) {
            Matcher host = Rules.HOST.matcher(l.text);
            while (host.find()) {
                Matcher place = Rules.HOST_PLACE.matcher(host.group(1));
                while (place.find()) {
                    doc.hosts.putIfAbsent(place.group(1), l);
                    found = true;
                }
            }
        }
        Matcher pi = Rules.PROSE_ITEM.matcher(l.text);
        StringBuilder outside = null;
        int outsideFrom = 0;
        while (l.lower.contains("thema") && pi.find()) {
            outside = outside == null ? new StringBuilder() : outside;
            outside.append(l.text, outsideFrom, pi.start()).append(" … ");
            outsideFrom = pi.end();
            ensureEvent(l);
            Drafts.Item it = new Drafts.Item(l);
            it.day = day;
            it.title = pi.group(2).strip();
            it.formatLabel = pi.group(1);
            SessionFormat f = Rules.earliest(Rules.FORMATS, pi.group(1));
            it.format = f == null ? SessionFormat.OTHER : f;
            it.confidence = 0.6;
            it.rule = "prose-item";
            List<Drafts.PersonRef> ps = Persons.inProse(l.text.substring(pi.start(), pi.end()), l, doc);
            for (Drafts.PersonRef p : ps) {
                it.contributions.add(new Drafts.Contribution(p, defaultRole(it), l));
            }
            event.items.add(it);
            doc.itemCount++;
            found = true;
        }
        if (found && outsideFrom < l.text.length() && any(l.lower, "prof.", "dr.", "pd ", "ob ", "bürgermeister", "landr",
                "staatssekr", "minister")) {
            // people named beside the items of the sentence take no part in them: kept as people only
            outside.append(l.text, outsideFrom, l.text.length());
            doc.loosePeople.addAll(Persons.inProse(outside.toString(), l, doc));
        }
        if (!found && any(l.lower, "prof.", "dr.", "pd ", "ob ", "bürgermeister", "landr", "staatssekr", "minister")) {
            List<Drafts.PersonRef> ps = Persons.inProse(l.text, l, doc);
            if (!ps.isEmpty()) {
                doc.prosePeople.add(new Drafts.ProseMention(l, ps, event));
                found = true;
            }
        }
        if (!any(l.lower, "veranstalt", "organisiert", "lädt", "laden")) {
            return found;
        }
        Matcher org = Rx.p("\\b(?:veranstaltet|veranstalten|organisiert|lädt|laden)\\s+"
                + "(?:\\p{Ll}+\\s+){0,2}(?:die|der|das)\\s+(\\p{Lu}[\\p{L}\\-]+(?:\\s(?:für|und|der|des|\\p{Lu}[\\p{L}\\-.]+))"
                + "{0,7})(?:\\s\\(([\\p{L}\\-]{2,12})\\))?", java.util.regex.Pattern.UNICODE_CASE).matcher(l.text);
        if (org.find()) {
            String name = Rx.replaceAll(org.group(1), "\\s(?:für|und|der|des)$", "").strip();
            if (!Rules.NOT_NAMES.contains(name) || name.equals("Landesregierung")) {
                doc.organiser(name, org.group(2), l, event);
                found = true;
            }
        }
        return found;
    }

    private void finishProse() {
        for (Drafts.ProseMention pm : doc.prosePeople) {
            Drafts.Event target = pm.event != null ? pm.event : doc.events.isEmpty() ? null : doc.events.get(0);
            if (target == null) {
                continue;
            }
            String lower = Rules.lower(pm.line.text);
            Drafts.Item hit = null;
            for (Drafts.Item it : target.items) {
                if (it.formatLabel != null && lower.contains(Rules.lower(it.formatLabel))
                        && it.formatLabel.length() > 4) {
                    hit = it;
                    break;
                }
            }
            if (hit == null) {
                doc.loosePeople.addAll(pm.people);
                continue;
            }
            for (Drafts.PersonRef p : pm.people) {
                p.confidence = Math.min(p.confidence, 0.6);
                hit.contributions.add(new Drafts.Contribution(p, defaultRole(hit), pm.line));
            }
        }
    }

    // ---- helpers ---------------------------------------------------------------------------

    private static int dayNumber(Matcher m) {
        if (m.group(1) != null) {
            return Integer.parseInt(m.group(1));
        }
        if (m.group(2) != null) {
            return Integer.parseInt(m.group(2));
        }
        switch (Rules.lower(m.group(3))) {
            case "erster":
                return 1;
            case "zweiter":
                return 2;
            case "dritter":
                return 3;
            default:
                return 4;
        }
    }

    static String stripBullet(String t) {
        return Rules.stripBullets(t);
    }

    static boolean titleLike(String t) {
        int len = t.length();
        if (len < 4 || len > 160) {
            return false;
        }
        char last = t.charAt(len - 1);
        if (last == '.' || last == ':' || last == ',' || last == ';') {
            return false;
        }
        if (!Character.isUpperCase(t.codePointAt(0)) && t.charAt(0) != '»' && t.charAt(0) != '„'
                && t.charAt(0) != '"') {
            return false;
        }
        int words = 1;
        for (int i = 0; i < len; i++) {
            if (t.charAt(i) == ' ') {
                words++;
            }
        }
        return words <= 22 && !(t.contains("http://") || t.contains("https://"));
    }

    private void unmatched(Drafts.Line l) {
        unmatched++;
        if (unmatched <= MAX_UNMATCHED_NOTICES) {
            doc.notice(Notice.Level.INFO, l.location, "Matched no rule: '" + Drafts.shorten(l.text) + "'.",
                    "Zu keiner Regel passend: „" + Drafts.shorten(l.text) + "“.");
        }
    }

    /** @return the organisations of the known catalog, for matching */
    List<Organization> knownOrganizations() {
        return options.known().organizations();
    }

    /** @return the options */
    TextImport.Options options() {
        return options;
    }

    static Cadence cadence(CadenceKind kind, List<LocalDate> dates) {
        return kind == CadenceKind.EXPLICIT_DATES ? Cadence.builder().kind(kind).addAllDates(dates).build()
                : Cadence.builder().kind(kind).build();
    }

    static EventType typeOf(String title) {
        return title == null ? null : Rules.first(Rules.TYPES, title);
    }

    static Catalog empty() {
        return Catalog.empty();
    }
}
