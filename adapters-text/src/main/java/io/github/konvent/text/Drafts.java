package io.github.konvent.text;

import io.github.konvent.event.AttendanceMode;
import io.github.konvent.event.CadenceKind;
import io.github.konvent.event.EventStatus;
import io.github.konvent.event.RegistrationState;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.spi.Notice;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** The mutable drafts the parser fills while it reads; {@link CatalogAssembler} makes them a catalog. */
final class Drafts {
    private Drafts() {}

    static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 79) + "…" : s;
    }

    /** A logical line: a source line, or a part of one that holds two programme items. */
    static final class Line {
        final int number;
        final String location;
        final String text;
        /** The text in lower case, for the cheap keyword checks before a pattern runs. */
        final String lower;
        final int heading;
        final boolean arrow;
        final boolean bold;
        final boolean tableRow;
        boolean consumed;
        boolean titleUsed;

        Line(SourceLine s, String text) {
            this.number = s.number();
            this.location = s.location();
            this.heading = s.heading();
            String t = text;
            boolean b = t.contains("**") || t.contains("__");
            t = t.replace("**", "").replace("__", "").strip();
            boolean table = false;
            if (t.startsWith("|")) {
                t = Rx.replaceAll(t, "^\\|\\s*|\\s*\\|$", "");
                table = t.contains("|");
            }
            this.tableRow = table;
            this.arrow = arrow(t);
            this.bold = b;
            String stripped = Rules.stripBullets(t);
            this.text = stripped;
            this.lower = stripped.toLowerCase(java.util.Locale.GERMAN);
        }
    }

    /** Whether a line starts with an arrow ("» …"), perhaps after one bullet ("- » …"). */
    static boolean arrow(String t) {
        int i = 0;
        if (i < t.length() && "-•*–".indexOf(t.charAt(i)) >= 0) {
            i++;
            while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
                i++;
            }
        }
        return i < t.length() && "»>›".indexOf(t.charAt(i)) >= 0;
    }

    /** Splits lines that hold two programme items ("… Teilnehmer 10.00 Uhr: Begrüßung"). */
    static List<Line> split(List<SourceLine> source) {
        List<Line> out = new ArrayList<>(source.size());
        for (SourceLine s : source) {
            String t = s.text();
            String[] parts = t.indexOf("Uhr:") < 0 ? new String[] {t} : Rules.SECOND_ITEM.split(t);
            for (String p : parts) {
                if (!p.isBlank() && !("-|:=+".indexOf(p.strip().charAt(0)) >= 0 && Rx.matches(p, "[-|:=+\\s]+"))) {
                    Line l = new Line(s, p.strip());
                    if (!l.text.isEmpty()) {
                        out.add(l);
                    }
                }
            }
        }
        return out;
    }

    /** A date found in a line. */
    static final class DateHit {
        int start;
        int end;
        String text;
        Integer weekday;
        int dayOfMonth;
        Integer endDay;
        int month;
        Integer year;
        boolean yearFromOption;

        static DateHit find(String t, Integer defaultYear) {
            if (!digitDot(t)) {
                return null;
            }
            DateHit best = null;
            Matcher m = Rules.DATE_NAMED.matcher(t);
            if (m.find()) {
                DateHit d = new DateHit();
                d.start = m.start();
                d.end = m.end();
                d.weekday = m.group(1) == null ? null : Rules.WEEKDAYS.get(Rules.lower(m.group(1)));
                d.dayOfMonth = Integer.parseInt(m.group(2));
                d.endDay = m.group(3) == null ? null : Integer.valueOf(m.group(3));
                d.month = Rules.MONTHS.getOrDefault(Rules.lower(m.group(4)), 0);
                d.year = m.group(5) == null ? null : Integer.valueOf(m.group(5));
                best = d;
            }
            Matcher n = Rules.DATE_NUMERIC.matcher(t);
            while (n.find()) {
                if (best != null && n.start() >= best.start) {
                    break;
                }
                int month = Integer.parseInt(n.group(4));
                if (month < 1 || month > 12 || n.group(5) == null && n.group(1) == null) {
                    continue;
                }
                DateHit d = new DateHit();
                d.start = n.start();
                d.end = n.end();
                d.weekday = n.group(1) == null ? null : Rules.WEEKDAYS.get(Rules.lower(n.group(1)));
                d.dayOfMonth = Integer.parseInt(n.group(2));
                d.endDay = n.group(3) == null ? null : Integer.valueOf(n.group(3));
                d.month = month;
                if (n.group(5) != null) {
                    int y = Integer.parseInt(n.group(5));
                    d.year = y < 100 ? 2000 + y : y;
                }
                best = d;
                break;
            }
            if (best == null || best.month == 0 || best.dayOfMonth < 1 || best.dayOfMonth > 31) {
                return null;
            }
            best.text = t.substring(best.start, best.end).strip();
            if (best.year == null && defaultYear != null) {
                best.year = defaultYear;
                best.yearFromOption = true;
            }
            return best;
        }

        private static boolean digitDot(String t) {
            for (int i = 0; i + 1 < t.length(); i++) {
                if (t.charAt(i + 1) == '.' && Character.isDigit(t.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        LocalDate date() {
            if (year == null) {
                return null;
            }
            try {
                return LocalDate.of(year, month, dayOfMonth);
            } catch (DateTimeException e) {
                return null;
            }
        }

        int days() {
            return endDay != null && endDay > dayOfMonth ? endDay - dayOfMonth + 1 : 1;
        }
    }

    /** An event being read. */
    static final class Event {
        final Line firstLine;
        String title;
        Line titleLine;
        double titleConfidence;
        LocalDate start;
        int days = 1;
        int dateLine;
        String dateLocation;
        String dateText;
        double dateConfidence = 0.95;
        Integer statedYear;
        LocalTime dailyStart;
        LocalTime dailyEnd;
        int dailyLine;
        String dailyLocation;
        VenueDraft venue;
        AttendanceMode mode;
        Line modeLine;
        EventStatus status;
        int statusLine;
        RegistrationState registration;
        Line registrationLine;
        String registrationUrl;
        Line registrationUrlLine;
        Integer edition;
        Line editionLine;
        boolean implicit;
        boolean fromYearHeading;
        final List<Item> items = new ArrayList<>();
        final List<Block> blocks = new ArrayList<>();
        final List<Contribution> contributions = new ArrayList<>();
        final List<String[]> organisers = new ArrayList<>();
        Line organiserLine;

        Event(Line first) {
            this.firstLine = first;
        }

        void title(Line l, double confidence) {
            String t = Rx.replaceFirst(l.text, "(?iu)^save\\s+the\\s+date\\s*[:!–-]?\\s*", "")
                    .replaceFirst("^[»>›]\\s*", "").strip();
            if (!t.isEmpty()) {
                title = t;
                titleLine = l;
                titleConfidence = confidence;
            }
        }

        void status(EventStatus s, int line) {
            if (status == null || s == EventStatus.CANCELLED || s == EventStatus.POSTPONED && status != EventStatus.CANCELLED) {
                status = s;
                statusLine = line;
            }
        }
    }

    /** A parallel block being read. */
    static final class Block {
        final Line line;
        final int day;
        String label;
        LocalTime start;
        LocalTime end;
        Item parent;

        Block(Line line, int day) {
            this.line = line;
            this.day = day;
        }
    }

    /** A programme item being read. */
    static final class Item {
        final Line line;
        int day = 1;
        LocalTime start;
        LocalTime end;
        boolean inheritedTime;
        String rawTitle;
        String title;
        boolean pendingTitle;
        SessionFormat format = SessionFormat.OTHER;
        String formatLabel;
        boolean optional;
        Integer number;
        Item parent;
        Block block;
        String place;
        double confidence = 0.9;
        String rule = "time-item";
        final List<Contribution> contributions = new ArrayList<>();
        final List<String> presenterProjects = new ArrayList<>();

        Item(Line line) {
            this.line = line;
        }

        SessionFormat format() {
            return format;
        }
    }

    /** A person as named in one place. */
    static final class PersonRef {
        final Line line;
        String salutation;
        String honorific;
        String function;
        String givenName;
        String familyName;
        String organization;
        String organizationShort;
        String position;
        final List<String> projects = new ArrayList<>();
        boolean requested;
        double confidence = 0.9;
        String rule = "person";

        PersonRef(Line line) {
            this.line = line;
        }

        String fullName() {
            return givenName == null ? familyName : givenName + " " + familyName;
        }
    }

    /** A person's part in an item or the event. */
    static final class Contribution {
        final PersonRef person;
        final ContributionRole role;
        final Line line;

        Contribution(PersonRef person, ContributionRole role, Line line) {
            this.person = person;
            this.role = role;
            this.line = line;
        }
    }

    /** People named in running text, attached at the end to the item whose format the sentence names. */
    static final class ProseMention {
        final Line line;
        final List<PersonRef> people;
        final Event event;

        ProseMention(Line line, List<PersonRef> people, Event event) {
            this.line = line;
            this.people = people;
            this.event = event;
        }
    }

    /** A venue being read. */
    static final class VenueDraft {
        final Line line;
        final double confidence;
        String name;
        String street;
        String postalCode;
        String locality;

        VenueDraft(Line line, double confidence) {
            this.line = line;
            this.confidence = confidence;
        }

        void merge(VenueDraft o) {
            if (street == null) {
                street = o.street;
            }
            if (postalCode == null) {
                postalCode = o.postalCode;
            }
            if (locality == null) {
                locality = o.locality;
            }
        }
    }

    /** Everything read from one document. */
    static final class Doc {
        final List<Event> events = new ArrayList<>();
        final List<Notice> notices = new ArrayList<>();
        final List<Line> titleCandidates = new ArrayList<>();
        final List<PersonRef> loosePeople = new ArrayList<>();
        final List<ProseMention> prosePeople = new ArrayList<>();
        final List<Line> statusLines = new ArrayList<>();
        int itemCount;
        DateHit proseDate;
        Line proseDateLine;
        AttendanceMode preambleMode;
        Line preambleModeLine;
        RegistrationState preambleRegistration;
        Line preambleRegistrationLine;
        String preambleRegistrationUrl;
        Line preambleRegistrationUrlLine;
        CadenceKind cadence;
        Line cadenceLine;
        String seriesName;
        Line seriesLine;
        double seriesConfidence;
        Integer firstYear;
        Line firstYearLine;
        String organiser;
        String organiserShort;
        Line organiserLine;
        Line firstLine;
        /** Municipalities and districts stated as hosts ("Als Gastgeber … ist die Stadt Dortmund"), with their line. */
        final java.util.Map<String, Line> hosts = new java.util.LinkedHashMap<>();
        private Line lastHeading;

        /** Formats of the texts seen, as {@link Rules#earliest} finds them: labels repeat ("Kaffeepause"). */
        private final java.util.Map<String, java.util.Optional<SessionFormat>> formats = new java.util.HashMap<>();

        /** @return the format the text names ({@link Rules#FORMATS}, earliest keyword), or null */
        SessionFormat format(String text) {
            if (text.length() > 80) {
                return Rules.earliest(Rules.FORMATS, text);
            }
            return formats.computeIfAbsent(text, k -> java.util.Optional.ofNullable(Rules.earliest(Rules.FORMATS, k)))
                    .orElse(null);
        }

        void notice(Notice.Level level, String location, String english, String german) {
            notices.add(Notice.of(level, location, english, german));
        }

        void documentLine(Line l) {
            if (firstLine == null) {
                firstLine = l;
            }
            if (l.heading > 0 || (AnnouncementParser.titleLike(l.text) && l.text.length() < 80)) {
                lastHeading = l;
            }
        }

        String lastHeading(Line before) {
            return lastHeading == null || lastHeading == before ? null : lastHeading.text;
        }

        Event newEvent(Line l) {
            Event e = new Event(l);
            events.add(e);
            return e;
        }

        void titleCandidate(Line l) {
            titleCandidates.add(l);
        }

        void statusLine(Line l) {
            statusLines.add(l);
        }

        void registration(Event e, RegistrationState s, Line l) {
            if (e == null) {
                preambleRegistration = s;
                preambleRegistrationLine = l;
            } else {
                e.registration = s;
                e.registrationLine = l;
            }
        }

        void registrationUrl(Event e, String url, Line l) {
            if (e == null) {
                preambleRegistrationUrl = url;
                preambleRegistrationUrlLine = l;
            } else if (e.registrationUrl == null) {
                e.registrationUrl = url;
                e.registrationUrlLine = l;
            }
        }

        void cadence(CadenceKind kind, Line l) {
            if (cadence == null) {
                cadence = kind;
                cadenceLine = l;
            }
        }

        void seriesName(String name, Line l, double confidence) {
            if (seriesName == null) {
                seriesName = name;
                seriesLine = l;
                seriesConfidence = confidence;
            }
        }

        void firstYear(int year, Line l) {
            if (firstYear == null) {
                firstYear = year;
                firstYearLine = l;
            }
        }

        void organiser(String name, String shortName, Line l, Event e) {
            if (organiser == null) {
                organiser = name;
                organiserShort = shortName;
                organiserLine = l;
            }
        }
    }
}
