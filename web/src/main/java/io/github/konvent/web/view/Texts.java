package io.github.konvent.web.view;

import java.util.Locale;
import java.util.Map;

/** The fixed words of the pages in German and English. Immutable and thread-safe. */
public final class Texts {
    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("skip", new String[] {"Zum Inhalt springen", "Skip to content"}),
            Map.entry("site", new String[] {"Veranstaltungen", "Events"}),
            Map.entry("programme", new String[] {"Programm", "Programme"}),
            Map.entry("upcoming", new String[] {"Kommende Veranstaltungen", "Upcoming events"}),
            Map.entry("time", new String[] {"Zeit", "Time"}),
            Map.entry("room", new String[] {"Raum", "Room"}),
            Map.entry("parallel", new String[] {"Parallele Sitzungen", "Parallel sessions"}),
            Map.entry("break", new String[] {"Pause", "Break"}),
            Map.entry("allRooms", new String[] {"für alle Räume", "for all rooms"}),
            Map.entry("times", new String[] {"Alle Zeiten in der Zeitzone", "All times in the time zone"}),
            Map.entry("join", new String[] {"Online teilnehmen", "Join online"}),
            Map.entry("registration", new String[] {"Anmeldung", "Registration"}),
            Map.entry("register", new String[] {"Zur Anmeldung", "Register"}),
            Map.entry("moderation", new String[] {"Moderation", "Moderation"}),
            Map.entry("organisers", new String[] {"Veranstaltet von", "Organised by"}),
            Map.entry("venue", new String[] {"Ort", "Venue"}),
            Map.entry("subscribe", new String[] {"Kalender abonnieren (.ics)", "Subscribe to the calendar (.ics)"}),
            Map.entry("data", new String[] {"Daten", "Data"}),
            Map.entry("version", new String[] {"Programmversion", "Programme version"}),
            Map.entry("changes", new String[] {"Letzte Änderungen", "Latest changes"}),
            Map.entry("editions", new String[] {"Ausgaben nach Jahr", "Editions by year"}),
            Map.entry("appearances", new String[] {"Mitwirkung", "Appearances"}),
            Map.entry("optional", new String[] {"optional", "optional"}),
            Map.entry("noProgramme", new String[] {"Das Programm ist noch nicht veröffentlicht.",
                    "The programme has not been published yet."}),
            Map.entry("none", new String[] {"Keine Veranstaltungen gefunden.", "No events found."}),
            Map.entry("previous", new String[] {"Vorherige Seite", "Previous page"}),
            Map.entry("next", new String[] {"Nächste Seite", "Next page"}),
            Map.entry("language", new String[] {"English", "Deutsch"}),
            Map.entry("notFound", new String[] {"Nicht gefunden", "Not found"}),
            Map.entry("badRequest", new String[] {"Ungültige Anfrage", "Bad request"}),
            Map.entry("error", new String[] {"Fehler", "Error"}),
            Map.entry("back", new String[] {"Zur Übersicht", "Back to the overview"}),
            Map.entry("online", new String[] {"Online", "Online"}),
            Map.entry("print", new String[] {"Stand", "As of"}));

    private static final Texts DE = new Texts(0);
    private static final Texts EN = new Texts(1);

    private final int index;

    private Texts(int index) {
        this.index = index;
    }

    /** @param locale a locale @return German texts for {@code de}, English otherwise */
    public static Texts of(Locale locale) {
        return "de".equals(locale.getLanguage()) ? DE : EN;
    }

    /** @param key a word's key @return the word, or the key itself if unknown */
    public String get(String key) {
        String[] w = WORDS.get(key);
        return w == null ? key : w[index];
    }

    /** @return "de" or "en" */
    public String lang() {
        return index == 0 ? "de" : "en";
    }
}
