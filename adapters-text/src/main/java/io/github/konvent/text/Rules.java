package io.github.konvent.text;

import io.github.konvent.event.AttendanceMode;
import io.github.konvent.event.EventStatus;
import io.github.konvent.event.EventType;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.OrganizationKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule table of the announcement parser: every pattern and keyword it knows, in one place
 * and in the order they are tried (docs/FORMAT-TEXT.md shows them with examples). All patterns
 * run on one line of at most {@link LineText#MAX_LINE} characters and have no nested
 * quantifiers, so each runs in time linear in the line.
 */
final class Rules {
    private Rules() {}

    /** A keyword (a regular expression over a lower-case line) and what it stands for. */
    record Keyword<T>(Pattern pattern, T value) {
        /** A keyword pattern in lower case, run on the line in lower case (faster than case-insensitive). */
        static <T> Keyword<T> of(String regex, T value) {
            return new Keyword<>(Pattern.compile(regex), value);
        }
    }

    // ---- dates and times -------------------------------------------------------------------

    static final String WEEKDAY = "(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag"
            + "|Mo|Di|Mi|Do|Fr|Sa|So)\\.?";
    static final String MONTH = "(Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober"
            + "|November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez)(?:\\.|(?!\\p{L}))";

    /** "Mittwoch, 28. April 2021", "16. Oktober 2017", "18. bis 19. September 2018", "5.–6. Mai". */
    static final Pattern DATE_NAMED = Pattern.compile("(?:\\b" + WEEKDAY + ",?\\s+(?:den\\s+)?)?\\b(\\d{1,2})\\.\\s?"
            + "(?:(?:-|–|—|bis(?:\\s+zum)?|und)\\s?(\\d{1,2})\\.\\s?)?" + MONTH + "(?:\\s+(\\d{4}))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "28.04.2021", "Mi., 28.4.21", "18.–19.09.2018". */
    static final Pattern DATE_NUMERIC = Pattern.compile("(?:\\b" + WEEKDAY + ",?\\s+(?:den\\s+)?)?\\b(\\d{1,2})\\."
            + "(?:\\s?(?:-|–|bis)\\s?(\\d{1,2})\\.)?(\\d{1,2})\\.(\\d{4}|\\d{2})?(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "vom 18. bis zum 19. September" is DATE_NAMED's range; the year alone: "2024". */
    static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b");

    static final String H = "([01]?\\d|2[0-4])";
    static final String M = "(?:[.:](\\d{2}))";

    /**
     * A programme line: "10.15 Uhr: Auftaktimpuls | …", "- 9:50 Technische Einführung",
     * "13:00 bis 13:30: Mittagspause", "ab 12:00 Empfang", "bis 09.45 Uhr: Eintreffen",
     * "12:25–13:25 Pause", "9 Uhr Begrüßung". Groups: 1 ab/bis, 2 h, 3 m, 4 "Uhr", 5 end h,
     * 6 end m, 7 "Uhr", 8 the rest.
     */
    static final Pattern TIME_ITEM = Pattern.compile("^(?:(ab|bis|ca\\.|gegen)\\s+)?" + H + M + "?\\s?(Uhr|h)?"
            + "(?:\\s?(?:-|–|—|bis)\\s?" + H + M + "?\\s?(Uhr|h)?)?\\s?[:|.–—-]?(?:\\s+(.*)|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A time range inside a date line: "14-17 Uhr", "9.30 - 16.30 Uhr", "von 10 bis 16 Uhr". */
    static final Pattern TIME_RANGE = Pattern.compile("(?<![\\d.])" + H + M + "?\\s?(?:Uhr\\s?)?(?:-|–|—|bis)\\s?"
            + H + M + "?\\s?(?:Uhr|h)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** One time inside a date line: "ab 10 Uhr", "10:00 Uhr". */
    static final Pattern TIME_ONE = Pattern.compile("(?<![\\d.])" + H + M + "?\\s?(?:Uhr|h)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Where a line holds a second programme item: "… Teilnehmer 10.00 Uhr: Begrüßung". */
    static final Pattern SECOND_ITEM = Pattern.compile("(?<!\\bbis)(?<!\\bab)\\s(?=(?:bis\\s|ab\\s)?[012]?\\d[.:]\\d{2}\\s?Uhr:\\s)");

    /** "Tag 1", "1. Tag", "Erster Tag", "Zweiter Konferenztag", "Day 2". */
    static final Pattern DAY_HEADER = Pattern.compile("^(?:(?:Tag|Day)\\s+(\\d)|(\\d)\\.\\s?(?:Tag|Konferenztag|"
            + "Kongresstag|Veranstaltungstag)|(Erster|Zweiter|Dritter|Vierter)\\s+(?:Tag|Konferenztag|Kongresstag|"
            + "Veranstaltungstag))\\b[:,]?\\s?(.*)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("januar", 1), Map.entry("jänner", 1),
            Map.entry("jan", 1), Map.entry("februar", 2), Map.entry("feb", 2), Map.entry("märz", 3),
            Map.entry("maerz", 3), Map.entry("mär", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mai", 5), Map.entry("juni", 6), Map.entry("jun", 6), Map.entry("juli", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oktober", 10), Map.entry("okt", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("dezember", 12), Map.entry("dez", 12));

    static final Map<String, Integer> WEEKDAYS = Map.ofEntries(Map.entry("montag", 1), Map.entry("mo", 1),
            Map.entry("dienstag", 2), Map.entry("di", 2), Map.entry("mittwoch", 3), Map.entry("mi", 3),
            Map.entry("donnerstag", 4), Map.entry("do", 4), Map.entry("freitag", 5), Map.entry("fr", 5),
            Map.entry("samstag", 6), Map.entry("sonnabend", 6), Map.entry("sa", 6), Map.entry("sonntag", 7),
            Map.entry("so", 7));

    static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("erste", 1), Map.entry("ersten", 1),
            Map.entry("erster", 1), Map.entry("zweite", 2), Map.entry("zweiten", 2), Map.entry("zweiter", 2),
            Map.entry("dritte", 3), Map.entry("dritten", 3), Map.entry("dritter", 3), Map.entry("vierte", 4),
            Map.entry("vierten", 4), Map.entry("vierter", 4), Map.entry("fünfte", 5), Map.entry("fünften", 5),
            Map.entry("sechste", 6), Map.entry("sechsten", 6), Map.entry("siebte", 7), Map.entry("siebten", 7),
            Map.entry("achte", 8), Map.entry("achten", 8), Map.entry("neunte", 9), Map.entry("neunten", 9),
            Map.entry("zehnte", 10), Map.entry("zehnten", 10));

    /** "Bürgerschaftliches Engagement fördern – …, Fachkongress 2015": an edition known by its year. */
    static final Pattern YEAR_HEADING = Pattern.compile("^(.{0,160}?)[,:]?\\s*((?:Fach|Jahres)?(?:kongress|konferenz|tagung"
            + "|fachtag|symposium|forum))\\s+(19\\d\\d|20\\d\\d)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "Zum zweiten Mal", "die 3. Fachkonferenz", "erstmalig". */
    static final Pattern EDITION = Pattern.compile("\\b(?:zum\\s+(\\p{L}+|\\d{1,2}\\.)\\s+Mal|(?:die|der|das)\\s+"
            + "(\\d{1,2})\\.\\s+(?:Fach)?(?:konferenz|kongress|tagung|forum))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    // ---- event-level keywords --------------------------------------------------------------

    /** Status keywords, tried in this order; the first that matches a line wins. */
    static final List<Keyword<EventStatus>> STATUS = List.of(
            Keyword.of("\\babgesagt\\b|\\bfällt\\s+(?:leider\\s+)?aus\\b|\\bfindet\\s+(?:leider\\s+)?nicht\\s+statt"
                    + "|\\babsagen\\b|\\bentfällt\\b|\\bcancelled\\b|\\bcanceled\\b|\\babsage\\b", EventStatus.CANCELLED),
            Keyword.of("\\bverschoben\\b|\\bneuer\\s+termin\\b|\\bpostponed\\b", EventStatus.POSTPONED),
            Keyword.of("save\\s+the\\s+date|\\bvormerken\\b|merken\\s+sie\\s+sich", EventStatus.SAVE_THE_DATE));

    /** Registration not yet open. */
    static final Pattern REGISTRATION_NOT_YET = Pattern.compile("(?:sobald|wenn)\\b.{0,80}\\banmeldung\\b.{0,40}"
            + "(?:freigeschaltet|möglich|geöffnet)|anmeldung\\s+(?:ist\\s+)?(?:noch\\s+nicht|erst\\s+ab|ab\\s+dem|"
            + "wird\\s+(?:in\\s+kürze|bald|demnächst)|folgt)|anmeldung\\s+(?:startet|beginnt|öffnet)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Registration open. */
    static final Pattern REGISTRATION_OPEN = Pattern.compile("jetzt\\s+anmelden|anmeldung\\s+(?:ist\\s+)?"
            + "(?:ab\\s+sofort|jetzt)\\s+(?:möglich|geöffnet|freigeschaltet)|melden\\s+Sie\\s+sich\\s+(?:jetzt\\s+)?an",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    static final Pattern REGISTRATION_CLOSED = Pattern.compile("ausgebucht|anmeldung\\s+(?:ist\\s+)?geschlossen"
            + "|keine\\s+anmeldung\\s+mehr", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    static final Pattern REGISTRATION = Pattern.compile("\\banmeld|\\bregistrier", Pattern.CASE_INSENSITIVE);

    static final Pattern URL = Pattern.compile("https?://[^\\s<>\"»«]+");

    /** Attendance mode; sentences saying it is only possible ("möglich", "können") are skipped. */
    static final List<Keyword<AttendanceMode>> MODE = List.of(
            Keyword.of("\\bhybrid|vor\\s+ort\\s+und\\s+online|in\\s+präsenz\\s+und\\s+(?:online|digital)",
                    AttendanceMode.HYBRID),
            Keyword.of("online-?veranstaltung|onlineseminar|online-?seminar|\\bwebinar|online-?konferenz"
                    + "|digitale\\s+veranstaltung|findet\\s+(?:\\p{L}+\\s+)?(?:online|digital|virtuell)\\s+statt"
                    + "|(?:per|via|über)\\s+(?:zoom|webex|teams|bigbluebutton|jitsi)|videokonferenz"
                    + "|\\bonline\\s*\\(|\\bort:\\s*online", AttendanceMode.ONLINE));

    static final Pattern MODE_POSSIBLE = Pattern.compile("möglich|\\bkönnen\\b|\\bkann\\b|\\boder\\b",
            Pattern.CASE_INSENSITIVE);

    /** Series cadence. */
    static final Pattern ANNUAL = Pattern.compile("\\b(?:all)?jährlich\\b(?!\\s+wechselnd)|\\bjedes\\s+Jahr\\b|einmal\\s+im\\s+Jahr",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern BIENNIAL = Pattern.compile("alle\\s+zwei\\s+Jahre|\\bzweijährlich|alle\\s+2\\s+Jahre",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern SERIES_WORD = Pattern.compile("(?:Veranstaltungs|Seminar|Vortrags|Workshop|Gesprächs)"
            + "reihe\\b\\s*[\"„“»]([^\"“”«]{3,120})[\"“”«]", Pattern.UNICODE_CASE);
    /** The series' name in a cadence sentence: "jährlich einen bundesweiten Kommunalkongress". */
    static final Pattern SERIES_NOUN = Pattern.compile("\\b(?:einen|eine|ein|den|die|das)\\s+(?:\\p{Ll}+\\s+)?(\\p{Lu}\\p{L}*"
            + "(?:kongress|konferenz|tagung|forum|fachtag|symposium|seminar|workshop|kolloquium|treffen|messe|gipfel))\\b",
            Pattern.UNICODE_CASE);

    /** Words before a date that make it a publication date, not the event's. */
    static final Pattern NOT_EVENT_DATE = Pattern.compile("(?:gespeichert|veröffentlicht|erstellt|aktualisiert|stand|"
            + "pressemitteilung|geändert|bearbeitet|datum\\s+der)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    static final Pattern FIRST_YEAR = Pattern.compile("\\b(?:seit|erstmals|erstmalig)\\s+(?:dem\\s+Jahr\\s+)?"
            + "(19\\d\\d|20\\d\\d)\\b", Pattern.CASE_INSENSITIVE);

    /** Event type by a word in the title. */
    static final List<Keyword<EventType>> TYPES = List.of(
            Keyword.of("kongress", EventType.CONGRESS),
            Keyword.of("symposium", EventType.SYMPOSIUM),
            Keyword.of("seminar|webinar", EventType.SEMINAR),
            Keyword.of("konferenz|tagung|fachforum", EventType.CONFERENCE),
            Keyword.of("workshop|werkstatt", EventType.WORKSHOP));

    /** Venue lines: "Ort: …", "Veranstaltungsort: …". */
    static final Pattern VENUE_LABEL = Pattern.compile("^(?:Veranstaltungs)?ort\\s?:\\s*(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern STREET = Pattern.compile("^\\p{L}[\\p{L}.\\- ]{1,60}(?:straße|strasse|str\\.|weg|platz|allee"
            + "|gasse|ring|damm|ufer|markt|chaussee|steig|hof)\\s?\\d{1,4}\\s?[a-z]?(?:\\s?[-–]\\s?\\d{1,4}[a-z]?)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern POSTAL = Pattern.compile("^(\\d{5})\\s+(\\p{Lu}[\\p{L} .\\-/()]{1,60})$", Pattern.UNICODE_CASE);

    // ---- programme items -------------------------------------------------------------------

    /**
     * Formats by keyword, tried on an item's label or title; the keyword found earliest in the
     * text wins, a longer one on a tie.
     */
    static final List<Keyword<SessionFormat>> FORMATS = List.of(
            Keyword.of("technische\\s+einführung|technik-?check|tech-?check|einwahl", SessionFormat.TECHNICAL_INTRO),
            Keyword.of("eintreffen|ankommen|ankunft|einlass|registrierung|anmeldung\\s+und", SessionFormat.ARRIVAL),
            Keyword.of("grußworte?\\b", SessionFormat.GREETING),
            Keyword.of("begrüßung|willkommen|eröffnung", SessionFormat.WELCOME),
            Keyword.of("keynote|auftaktimpuls|auftaktvortrag|hauptvortrag|festvortrag|eröffnungsvortrag|festrede",
                    SessionFormat.KEYNOTE),
            Keyword.of("impulsvortrag|impulsreferat|\\bimpulse?\\b|\\binput\\b|blick\\s+von\\s+außen",
                    SessionFormat.IMPULSE),
            Keyword.of("\\bvortrag\\b|\\breferat\\b|\\bvorlesung\\b", SessionFormat.TALK),
            Keyword.of("projektvorstellung|projektpräsentation|\\bvorstellung\\b|stellen\\s+sich\\s+vor|ergebnisse\\s+aus",
                    SessionFormat.PROJECT_PRESENTATION),
            Keyword.of("podiumsdiskussion|podiumsgespräch|\\bpodium\\b|\\bpanel\\b", SessionFormat.PANEL),
            Keyword.of("diskussionsrunde|talkrunde|gesprächsrunde|fishbowl|\\bdiskussion\\b|\\bdialog\\b",
                    SessionFormat.DISCUSSION_ROUND),
            Keyword.of("workshop|arbeitsgruppe|\\bforen\\b|\\bforum\\b|fachforen|fachforum|"
                    + "werkstatt|themeninseln?|arbeitsphase|\\bsession\\b", SessionFormat.WORKSHOP),
            Keyword.of("lernkarussell|marktplatz|world\\s+caf[eé]|gallery\\s+walk", SessionFormat.LEARNING_CAROUSEL),
            Keyword.of("videoexkursion|virtuelle\\s+exkursion", SessionFormat.VIDEO_EXCURSION),
            Keyword.of("exkursion|führung|rundgang|besichtigung|stadtspaziergang", SessionFormat.TOUR),
            Keyword.of("preisverleihung|verleihung|auszeichnung\\s+der", SessionFormat.AWARD_CEREMONY),
            Keyword.of("mittagspause|mittagessen|mittagsimbiss|imbiss", SessionFormat.LUNCH_BREAK),
            Keyword.of("kaffeepause|\\bpause\\b|kaffee\\s+und|pause\\s+mit", SessionFormat.COFFEE_BREAK),
            Keyword.of("get-?together|ausklang|empfang|networking|abendessen|vernetzung", SessionFormat.NETWORKING),
            Keyword.of("schlusswort|\\babschluss|\\bfazit\\b|verabschiedung|\\bende\\b|zusammenfassung\\s+und\\s+ausblick",
                    SessionFormat.CLOSING));

    /** Words that make a whole short title a format label of its own ("Mittagspause"). */
    static final Pattern LABEL_SEPARATOR = Pattern.compile("\\s[|]\\s|:\\s|\\s[–—]\\s");

    /** A parallel block: "Workshop A", "Forum 3", "Arbeitsgruppe 2:", "1. Titel" under a heading. */
    static final Pattern PARALLEL_ITEM = Pattern.compile("^(Workshop|Forum|Fachforum|Arbeitsgruppe|AG|Panel|Session"
            + "|Themeninsel|Werkstatt|Dialogforum|Exkursion|Raum)\\s+([A-Z]|\\d{1,2}|[IVX]{1,4})\\b\\s?[:.|–—-]?\\s*(.*)$",
            Pattern.UNICODE_CASE);
    /** The literal heads of {@link #PARALLEL_ITEM}. */
    static final String[] PARALLEL_ITEM_STARTS = {"Workshop ", "Forum ", "Fachforum ", "Arbeitsgruppe ", "AG ", "Panel ",
        "Session ", "Themeninsel ", "Werkstatt ", "Dialogforum ", "Exkursion ", "Raum "};
    static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})[.)]\\s+(\\p{Lu}.*)$", Pattern.UNICODE_CASE);
    static final Pattern PARALLEL_WORD = Pattern.compile("parallel|workshopthemen|workshops\\b|foren\\b|"
            + "arbeitsgruppen|themeninseln|fachforen|dialogforen", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "(parallel)" after an item's title: the item holds parallel sessions. */
    static final Pattern PARALLEL_MARK = Pattern.compile("\\s*[(\\[]\\s*(?:parallel|parallele\\s+Sessions)\\s*[)\\]]",
            Pattern.CASE_INSENSITIVE);

    static final Pattern OPTIONAL = Pattern.compile("\\s*[(\\[](?:optional|fakultativ|freiwillig)[)\\]]|\\s+"
            + "\\boptional\\b\\s*$", Pattern.CASE_INSENSITIVE);
    static final Pattern REQUESTED = Pattern.compile("\\s*[(\\[]\\s*(?:angefragt|tbc|n\\.\\s?n\\.|unbestätigt)\\s*[)\\]]",
            Pattern.CASE_INSENSITIVE);

    /** "Zum Thema „…“" after a format keyword in prose. */
    static final Pattern PROSE_ITEM = Pattern.compile("\\b(Keynote|Impulsvortrag|Vortrag|Talkrunde|Podiumsdiskussion"
            + "|Diskussionsrunde|Grußwort|Festvortrag)\\b[^„\"]{0,160}?\\bzum\\s+Thema\\s+[„\"“]([^“”\"]{3,200})[“”\"]",
            Pattern.UNICODE_CASE);

    // ---- people ----------------------------------------------------------------------------

    /** Role headers: "Moderation:", "Referentin:", "Diskussionsrunde mit", "Auf dem Podium:". */
    static final List<Keyword<ContributionRole>> ROLE_HEADERS = List.of(
            Keyword.of("^(?:gesamt)?moderation(?:\\s+durch)?(?:\\s+und\\s+\\p{L}+)?\\s?:?|^moderiert\\s+(?:von|durch)"
                    + "|^moderator(?:in)?(?:nen)?\\s?:|^durch\\s+(?:den\\s+)?(?:tag|die\\s+veranstaltung)\\s+führt\\s?:?",
                    ContributionRole.MODERATOR),
            Keyword.of("^(?:\\p{L}+)?diskussionsrunde\\s+mit|^(?:podiums)?diskussion\\s+mit|^talkrunde\\s+mit"
                    + "|^(?:auf\\s+dem\\s+)?podium\\s?:|^podiumsgäste\\s?:|^es\\s+diskutieren\\s?:?|^gesprächsrunde\\s+mit"
                    + "|^panel\\s?:|^mit\\s?:|^teilnehmende\\s?:|^diskutanten\\s?:|^im\\s+gespräch\\s?:?",
                    ContributionRole.PANELIST),
            Keyword.of("^referent(?:in|innen|en)?\\s?:|^referent\\*?in\\s?:|^vortragende[rn]?\\s?:|^impuls\\s+(?:von|durch)"
                    + "|^input\\s?:|^speaker\\s?:|^mit\\s+beiträgen\\s+von\\s?:?|^vortrag\\s+von|^es\\s+sprechen\\s?:?",
                    ContributionRole.SPEAKER),
            Keyword.of("^begrüßung\\s?(?:durch)?\\s?:|^gastgeber(?:in)?\\s?:", ContributionRole.HOST),
            Keyword.of("^grußwort(?:e)?\\s?(?:von|durch)?\\s?:", ContributionRole.GREETING),
            Keyword.of("^dialogpartner(?:innen)?(?:\\s+und\\s+-?\\s?partner)?\\s?:|^impulsgeber(?:in|innen)?\\s?:",
                    ContributionRole.DIALOGUE_PARTNER));

    /** Academic titles, kept as the person's honorific. */
    static final Pattern HONORIFIC = Pattern.compile("^((?:(?:Prof\\.|Professor(?:in)?|Dr\\.(?:\\s?(?:med|phil|rer\\.\\s?"
            + "nat|rer\\.\\s?pol|jur|ing|h\\.\\s?c)\\.)?|PD|Jun\\.-?Prof\\.|apl\\.\\s?Prof\\.|Dipl\\.-(?:Ing|Kfm|Päd)\\.(?:\\s?\\(FH\\))?"
            + "|M\\.\\s?A\\.|MdB|MdL)\\s*)+)(.*)$", Pattern.UNICODE_CASE);

    /** Functions said before a name ("OB Ullrich Sierau"); kept as the contribution's function. */
    static final Map<String, String> FUNCTIONS = Map.ofEntries(
            Map.entry("ob", "Oberbürgermeister"), Map.entry("oberbürgermeister", "Oberbürgermeister"),
            Map.entry("oberbürgermeisterin", "Oberbürgermeisterin"), Map.entry("bürgermeister", "Bürgermeister"),
            Map.entry("bürgermeisterin", "Bürgermeisterin"), Map.entry("landrat", "Landrat"),
            Map.entry("landrätin", "Landrätin"), Map.entry("staatssekretär", "Staatssekretär"),
            Map.entry("staatssekretärin", "Staatssekretärin"), Map.entry("minister", "Minister"),
            Map.entry("ministerin", "Ministerin"), Map.entry("staatsminister", "Staatsminister"),
            Map.entry("staatsministerin", "Staatsministerin"), Map.entry("stadtrat", "Stadtrat"),
            Map.entry("stadträtin", "Stadträtin"), Map.entry("beigeordneter", "Beigeordneter"),
            Map.entry("beigeordnete", "Beigeordnete"), Map.entry("dezernent", "Dezernent"),
            Map.entry("dezernentin", "Dezernentin"), Map.entry("präsident", "Präsident"),
            Map.entry("präsidentin", "Präsidentin"), Map.entry("ortsvorsteher", "Ortsvorsteher"),
            Map.entry("ortsvorsteherin", "Ortsvorsteherin"));

    static final Set<String> SALUTATIONS = Set.of("frau", "herr", "herrn");

    /** Positions at the start of an affiliation ("Bürgermeister Gemeinde X", "Leiterin des …"). */
    static final Pattern POSITION = Pattern.compile("^((?:Ober)?[Bb]ürgermeister(?:in)?|Landrat|Landrätin|"
            + "Geschäftsführer(?:in)?|Vorsitzende[r]?|Vorstand|Leiter(?:in)?|Projektleiter(?:in)?|Referent(?:in)?|"
            + "Dezernent(?:in)?|Beigeordnete[r]?|Staatssekretär(?:in)?|Minister(?:in)?|Präsident(?:in)?|"
            + "Koordinator(?:in)?|Mitarbeiter(?:in)?|Sprecher(?:in)?|Direktor(?:in)?|Wissenschaftliche[r]?\\s+"
            + "Mitarbeiter(?:in)?|Engagementbeauftragte[r]?|Quartiersmanager(?:in)?)\\b(?:\\s+(?:der|des|im|vom|von|"
            + "bei\\s+der|beim|für))?\\s*(.*)$", Pattern.UNICODE_CASE);

    /** One name word: "Stephanie", "Böhm", "Müller-Lüdenscheidt", "MÜLLER", "O'Neill". */
    static final String NAME_WORD = "\\p{Lu}(?:\\p{Ll}+|\\p{Lu}+)(?:['’-]\\p{Lu}?(?:\\p{Ll}+|\\p{Lu}+))*";
    static final String PARTICLE = "(?:von|van|de|der|zu|vom|di|da|le|la|ten)";
    static final Set<String> PARTICLES = Set.of("von", "van", "de", "der", "zu", "vom", "di", "da", "le", "la", "ten");

    /**
     * A person's name at the start of a text: 2–4 name words with particles; group 1 the name,
     * group 2 the rest.
     */
    static final Pattern NAME = Pattern.compile("^(" + NAME_WORD + "(?:\\s" + NAME_WORD + ")?(?:\\s" + PARTICLE
            + "){0,2}\\s" + NAME_WORD + "(?:\\s" + NAME_WORD + ")?)(?=$|[\\s,;(/–—-])(.*)$", Pattern.UNICODE_CASE);

    /** Words that are never part of a person's name. */
    static final Set<String> NOT_NAMES = Set.of("Stadt", "Gemeinde", "Landkreis", "Kreis", "Amt", "Institut",
            "Deutsches", "Deutsche", "Deutscher", "Zentrum", "Stiftung", "Verein", "Verband", "Universität", "Hochschule",
            "Ministerium", "Bundesministerium", "Landesregierung", "Büro", "Agentur", "Netzwerk", "Projekt",
            "Begleitvorhaben", "Workshop", "Forum", "Panel", "Podium", "Impuls", "Keynote", "Vortrag", "Programm",
            "Moderation", "Begrüßung", "Grußwort", "Pause", "Mittagspause", "Kaffeepause", "Diskussion", "Anmeldung",
            "Tag", "Ort", "Zeit", "Uhr", "Ende", "Beginn", "Ergebnisse", "Kommunen", "Kommune", "Digitalisierung",
            "Die", "Der", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Und", "Mit", "Für", "Von", "Im", "In", "Am", "Zum",
            "Zur", "Auf", "Aus", "Bei", "Nach", "Wie", "Was", "Wer", "Warum", "Welche", "Neue", "Neuer", "Gute", "Weitere",
            "Zukunft", "Integration", "Engagement", "Kontakt", "Information", "Informationen", "Hinweis", "Online",
            "Save", "Date", "Veranstaltung", "Veranstaltungsort", "Fachkonferenz", "Konferenz", "Kongress", "Tagung",
            "Bürgerschaftliches", "Allianzen", "Perspektiven", "Blick", "Einführung", "Abschluss", "Fazit",
            "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Januar", "Februar",
            "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember",
            "Technische", "Hamburg", "Berlin", "München", "Köln", "Leipzig", "Dresden", "Bonn", "Dortmund",
            "Essen", "Kaffee", "Gemeinsam", "Lokale", "Soziale", "Ländliche", "Regionale", "Mittagessen", "Raum",
            "Saal", "Haus", "Rathaus", "Foyer", "Plenum", "Plenarsaal", "Stadthalle", "Bürgerhaus", "Gespräch", "Land",
            "Bund", "Europa", "Wissenschaft", "Praxis", "Politik", "Verwaltung", "Zivilgesellschaft", "Quartier");

    /** Name-word endings that mark a German noun, never a name ("Begleitvorhaben", "Beteiligung"). */
    static final String[] NOUN_ENDINGS = {"ung", "heit", "keit", "schaft", "vorhaben", "projekt", "tion", "ität",
        "ismus", "zentrum", "institut", "stelle", "verband", "verein", "stiftung", "netzwerk", "kongress", "konferenz",
        "forum", "programm", "pause", "runde", "vortrag", "impuls", "amt", "büro", "ministerium", "ort", "platz",
        "straße", "halle", "haus", "saal", "gruppe", "team", "kreis", "land", "stadt", "gemeinde", "kommune", "region",
        "agentur", "rat", "wesen", "arbeit", "bildung", "politik", "innen"};

    /** Organisation kinds by a word in the name, tried in this order. */
    static final List<Keyword<OrganizationKind>> ORGANIZATION_KINDS = List.of(
            Keyword.of("universität|hochschule|\\buni\\b|fachhochschule|\\btu\\b", OrganizationKind.UNIVERSITY),
            Keyword.of("bundesministerium|ministerium|\\bbm[a-z]{1,4}\\b", OrganizationKind.MINISTRY),
            Keyword.of("landesregierung|staatskanzlei|senatsverwaltung", OrganizationKind.STATE_GOVERNMENT),
            Keyword.of("bundesregierung", OrganizationKind.FEDERAL_GOVERNMENT),
            Keyword.of("stiftung", OrganizationKind.FOUNDATION),
            Keyword.of("institut|zentrum\\s+für|forschung|\\bdifu\\b", OrganizationKind.RESEARCH_INSTITUTE),
            Keyword.of("landkreis|^kreis\\b|\\bkreis\\s", OrganizationKind.DISTRICT),
            Keyword.of("^stadt\\b|^gemeinde\\b|^markt\\b|^hansestadt\\b|^landeshauptstadt\\b|^verbandsgemeinde\\b"
                    + "|^samtgemeinde\\b|^stadtverwaltung\\b", OrganizationKind.MUNICIPALITY),
            Keyword.of("\\bbank\\b|sparkasse|\\.bank\\b", OrganizationKind.BANK),
            Keyword.of("genossenschaft|\\beg\\b", OrganizationKind.COOPERATIVE),
            Keyword.of("\\be\\.\\s?v\\.|verein|verband|bündnis|initiative", OrganizationKind.ASSOCIATION),
            Keyword.of("netzwerk", OrganizationKind.NETWORK),
            Keyword.of("gmbh|\\bag\\b|\\bkg\\b|büro|consult|planung", OrganizationKind.COMPANY),
            Keyword.of("\\bamt\\b|behörde|agentur|bundesamt|landesamt|koordinierungsstelle|stabsstelle",
                    OrganizationKind.PUBLIC_AGENCY),
            Keyword.of("kulturzentrum|bürgerhaus|museum|theater", OrganizationKind.CULTURAL_CENTRE));


    /**
     * A host stated in a sentence or label: "Als Gastgeber der Fachkonferenz ist die Stadt Dortmund
     * …", "Gastgeberin ist die Gemeinde Wedemark", "Gastgeber: Landkreis Harburg". Group 1 the
     * rest of the sentence, where {@link #HOST_PLACE} finds the municipalities and districts.
     */
    static final Pattern HOST = Pattern.compile("\\bGastgeber(?:in(?:nen)?)?\\b([^.;!?]{0,200})", Pattern.UNICODE_CASE);
    /** A municipality or district named in a host sentence ({@link #HOST}'s group 1): each one is a host. */
    static final Pattern HOST_PLACE = Pattern.compile("\\b((?:Stadt|Gemeinde|Hansestadt|Landeshauptstadt|Markt|Landkreis"
            + "|Kreis)\\s+\\p{Lu}[\\p{L}\\-]+(?:\\s(?:an\\s(?:der|dem)\\s)?\\p{Lu}[\\p{L}\\-]+)?)", Pattern.UNICODE_CASE);

    /** Functions of the head of a municipality or district, and the words its name starts with. */
    static final Map<String, List<String>> HEAD_OF = Map.of(
            "Oberbürgermeister", List.of("Stadt", "Hansestadt", "Landeshauptstadt"),
            "Oberbürgermeisterin", List.of("Stadt", "Hansestadt", "Landeshauptstadt"),
            "Bürgermeister", List.of("Stadt", "Gemeinde", "Markt", "Hansestadt"),
            "Bürgermeisterin", List.of("Stadt", "Gemeinde", "Markt", "Hansestadt"),
            "Landrat", List.of("Landkreis", "Kreis"),
            "Landrätin", List.of("Landkreis", "Kreis"));

    /** Words of a greeting or an opening: the head of the host municipality greets its guests. */
    static final String[] GREETING_WORDS = {"grußwort", "begrüß", "eröffne", "willkommen"};

    // ---- helpers ---------------------------------------------------------------------------

    /**
     * @param keywords a keyword table
     * @param text the text
     * @return the value of the keyword found earliest in the text (the first in table order on a
     *     tie), or null
     */
    static <T> T earliest(List<Keyword<T>> keywords, String text) {
        Pattern combined = (Object) keywords == FORMATS ? FORMATS_COMBINED : COMBINED.computeIfAbsent(keywords, Rules::combine);
        Matcher m = combined.matcher(lower(text));
        if (!m.find()) {
            return null;
        }
        for (int i = 0; i < keywords.size(); i++) {
            if (m.start(i + 1) >= 0) {
                return keywords.get(i).value();
            }
        }
        return null;
    }

    private static final Map<List<? extends Keyword<?>>, Pattern> COMBINED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Pattern FORMATS_COMBINED = combine(FORMATS);

    /** One alternation of the whole table, each keyword a group: one scan finds the earliest keyword. */
    private static Pattern combine(List<? extends Keyword<?>> keywords) {
        StringBuilder sb = new StringBuilder();
        for (Keyword<?> k : keywords) {
            String r = k.pattern().pattern();
            if (Pattern.compile("\\((?!\\?)").matcher(r.replace("\\(", "")).find()) {
                throw new IllegalStateException("keyword with a capturing group: " + r);
            }
            sb.append(sb.length() == 0 ? "" : "|").append('(').append(r).append(')');
        }
        return Pattern.compile(sb.toString());
    }

    /**
     * @param keywords a keyword table
     * @param text the text
     * @return the first keyword in table order that matches, or null
     */
    static <T> T first(List<Keyword<T>> keywords, String text) {
        text = lower(text);
        for (Keyword<T> k : keywords) {
            if (k.pattern().matcher(text).find()) {
                return k.value();
            }
        }
        return null;
    }

    // ---- the cheap first pass: checks by characters that spare most lines most patterns ------

    /** How a role header can start ("moderation", "grußwort", "podium" …): the literal heads of {@link #ROLE_HEADERS}. */
    private static final String[] ROLE_HEADER_STARTS = {"moderat", "gesamtmoderat", "moderiert", "durch ", "diskussion",
        "podium", "talkrunde", "auf dem podium", "es diskutieren", "gesprächsrunde", "panel", "mit", "teilnehmende",
        "diskutanten", "im gespräch", "referent", "vortragende", "impuls", "input", "speaker", "vortrag von",
        "es sprechen", "begrüßung", "gastgeber", "grußwort", "dialogpartner", "impulsgeber"};

    /**
     * @param lower a line in lower case, bullets stripped
     * @return the role its header names ("Moderation:", "Diskussionsrunde mit"), or null
     */
    static ContributionRole roleHeader(String lower) {
        if (!startsWithAny(lower, ROLE_HEADER_STARTS) && !lower.contains("diskussionsrunde")) {
            return null;
        }
        for (Keyword<ContributionRole> k : ROLE_HEADERS) {
            if (k.pattern().matcher(lower).lookingAt()) {
                return k.value();
            }
        }
        return null;
    }

    /** @return whether the text names parallel sessions ({@link #PARALLEL_WORD}) */
    static boolean parallelWord(String text) {
        String lower = lower(text);
        return AnnouncementParser.any(lower, "parallel", "workshop", "foren", "arbeitsgruppen", "themeninseln")
                && PARALLEL_WORD.matcher(text).find();
    }

    /** @return whether the text holds the mark "(parallel)" ({@link #PARALLEL_MARK}) */
    static boolean parallelMark(String text) {
        return (text.indexOf('(') >= 0 || text.indexOf('[') >= 0) && lower(text).contains("parallel")
                && PARALLEL_MARK.matcher(text).find();
    }

    /** @return whether the text names a cancellation (the first {@link #STATUS} keyword) */
    static boolean cancelled(String lower) {
        return AnnouncementParser.any(lower, "abge", "fällt", "findet", "absag", "entfällt", "cancel")
                && STATUS.get(0).pattern().matcher(lower).find();
    }

    /** @return whether the text has a letter or digit pattern a {@link #REQUESTED} mark needs */
    static boolean mayBeRequested(String text) {
        return text.indexOf('(') >= 0 || text.indexOf('[') >= 0;
    }

    /** Bullets ({@code - • * · – — » > ›}) and the spaces after them, stripped from the start; then trimmed. */
    static String stripBullets(String t) {
        int i = 0;
        int n = t.length();
        while (i < n) {
            char c = t.charAt(i);
            if (c == '-' || c == '•' || c == '*' || c == '·' || c == '–' || c == '—' || c == '»' || c == '>'
                    || c == '›') {
                i++;
                while (i < n && Character.isWhitespace(t.charAt(i))) {
                    i++;
                }
            } else {
                break;
            }
        }
        return (i == 0 ? t : t.substring(i)).strip();
    }

    /** Words that make a text look like an organisation (for an affiliation on its own line); see {@link #organizationWord}. */
    private static final String[] ORGANIZATION_WORDS = {"universität", "hochschule", "institut", "stiftung", "verein",
        "e.v", "e. v", "verband", "gmbh", "ministerium", "amt", "landesamt", "stadt", "gemeinde", "kreis", "landkreis", "zentrum", "netzwerk",
        "agentur", "büro", "bank", "eg", "genossenschaft", "behörde", "landesregierung", "akademie", "initiative", "bündnis", "ag",
        "region", "forum", "werkstatt", "kommune", "senat", "bezirk"};

    /** Words of {@link #ORGANIZATION_WORDS} that must end at a word boundary ("amt", not "Amtsblatt"). */
    private static final Set<String> ORGANIZATION_WORDS_ENDING = Set.of("amt", "stadt", "kreis", "eg", "ag", "forum");
    /** Words of {@link #ORGANIZATION_WORDS} that must start at a word boundary. */
    private static final Set<String> ORGANIZATION_WORDS_STARTING = Set.of("amt", "eg", "ag", "e.v", "e. v");

    /**
     * Whether the text holds a word of an organisation: one of {@link #ORGANIZATION_WORDS}, the short
     * ones as whole words ("AG", "eG", "Amt"), "e.V."; "Stadt" at the start or as a word's end.
     *
     * @param text a text
     * @return whether it looks like (part of) an organisation's name
     */
    static boolean organizationWord(String text) {
        String lower = lower(text);
        for (String w : ORGANIZATION_WORDS) {
            int from = 0;
            int at;
            while ((at = lower.indexOf(w, from)) >= 0) {
                int end = at + w.length();
                boolean startOk = !ORGANIZATION_WORDS_STARTING.contains(w) || at == 0 || !isWord(lower.charAt(at - 1));
                boolean endOk = !ORGANIZATION_WORDS_ENDING.contains(w) || end == lower.length() || !isWord(lower.charAt(end))
                        || w.equals("stadt") && at == 0;
                if (w.startsWith("e.") || w.startsWith("e. ")) {
                    endOk = end < lower.length() && lower.charAt(end) == '.';
                }
                if (startOk && endOk) {
                    return true;
                }
                from = at + 1;
            }
        }
        return false;
    }

    /** A word character as the regular expressions' {@code \\b} sees it. */
    static boolean isWord(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /** @return whether {@code word} occurs in {@code lower} at its start or after a non-word character */
    static boolean wordAt(String lower, String word) {
        int from = 0;
        int at;
        while ((at = lower.indexOf(word, from)) >= 0) {
            if (at == 0 || !isWord(lower.charAt(at - 1))) {
                return true;
            }
            from = at + 1;
        }
        return false;
    }

    /** @return whether a line in lower case can be a programme item ({@link #TIME_ITEM}): a digit or "ab", "bis", "ca.", "gegen" first */
    static boolean mayBeTimeItem(String lower) {
        return !lower.isEmpty() && (Character.isDigit(lower.charAt(0)) || lower.startsWith("ab ")
                || lower.startsWith("bis ") || lower.startsWith("ca.") || lower.startsWith("gegen "));
    }

    /** @return whether a line in lower case can be a day heading ({@link #DAY_HEADER}) */
    static boolean mayBeDayHeader(String lower) {
        return !lower.isEmpty() && (Character.isDigit(lower.charAt(0)) || lower.startsWith("tag") || lower.startsWith("day")
                || lower.startsWith("erster") || lower.startsWith("zweiter") || lower.startsWith("dritter")
                || lower.startsWith("vierter"));
    }

    /** The literal heads of {@link #POSITION}. */
    static final String[] POSITION_STARTS = {"Ober", "Bürgermeister", "bürgermeister", "Landr", "Geschäftsführer",
        "Vorsitzende", "Vorstand", "Leiter", "Projektleiter", "Referent", "Dezernent", "Beigeordnete", "Staatssekretär",
        "Minister", "Präsident", "Koordinator", "Mitarbeiter", "Sprecher", "Direktor", "Wissenschaftliche",
        "Engagementbeauftragte", "Quartiersmanager"};

    /** @return whether {@code text} starts with one of the words */
    static boolean startsWithAny(String text, String[] starts) {
        for (String w : starts) {
            if (text.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether {@code lower} ends with one of the words */
    static boolean endsWithAny(String lower, String[] endings) {
        for (String e : endings) {
            if (lower.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.GERMAN);
    }
}
