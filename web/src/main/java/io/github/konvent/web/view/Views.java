package io.github.konvent.web.view;

import java.util.List;

/** The page models, one record per template; every text is formatted and absent text is empty. */
public final class Views {
    private Views() {}

    /**
     * What every page has.
     *
     * @param t the fixed words
     * @param title the page title
     * @param jsonLd schema.org JSON-LD to embed (already safe inside a script element)
     * @param otherLanguageHref the same page in the other language
     * @param home the link to the event list
     * @param suffix ".html" in a static site, "" on the server
     */
    public record Page(Texts t, String title, String jsonLd, String otherLanguageHref, String home, String suffix) {}

    /**
     * A person as the programme shows them.
     *
     * @param role the role's label, e.g. "Moderation"
     * @param name the display name
     * @param affiliation organisation(s) and function, comma separated
     * @param href the person's page
     */
    public record PersonLine(String role, String name, String affiliation, String href) {}

    /**
     * One session.
     *
     * @param id the anchor id
     * @param start start as HH:mm, or empty
     * @param end end as HH:mm, or empty
     * @param startIso the start with offset for {@code <time datetime>}, or empty
     * @param title the title
     * @param format the format's label
     * @param room the room's name, or empty
     * @param optional true for optional items
     * @param people contributors
     * @param presenters presenting projects or organisations, comma separated
     * @param children sessions within this one
     */
    public record SessionItem(String id, String start, String end, String startIso, String title, String format,
            String room, boolean optional, List<PersonLine> people, String presenters, List<SessionItem> children) {}

    /**
     * A row of a day: one session across all rooms, a break, or a parallel block side by side.
     *
     * @param start the row's start, HH:mm or empty
     * @param isBreak true for a break across all rooms
     * @param label the parallel block's label, or empty
     * @param sessions one session, or several in parallel
     */
    public record Row(String start, boolean isBreak, String label, List<SessionItem> sessions) {
        /** @return true if the sessions run in parallel */
        public boolean parallel() {
            return sessions.size() > 1;
        }
    }

    /**
     * One day of the programme.
     *
     * @param id anchor id
     * @param heading the date, e.g. "Dienstag, 24. November 2020"
     * @param rows rows in time order
     */
    public record Day(String id, String heading, List<Row> rows) {}

    /**
     * The event page.
     *
     * @param page the common parts
     * @param title the event's title
     * @param subtitle its subtitle or theme
     * @param when dates and daily times
     * @param zone the zone's id and name, e.g. "Europe/Berlin (MEZ)"
     * @param status the status label
     * @param attendance in person, online or hybrid
     * @param place the venue with address, or empty
     * @param joinUrl the online join link, or empty
     * @param joinLabel the platform or label of the join link
     * @param registration the registration state's label, or empty
     * @param registrationUrl where to register, or empty
     * @param registrationNote fee, capacity, deadline, or empty
     * @param description the description
     * @param organisers organisers' names, comma separated
     * @param moderators moderators and hosts of the whole event
     * @param days the programme by day
     * @param icsHref the calendar feed
     * @param jsonHref the JSON document
     * @param jsonLdHref the JSON-LD document
     * @param scheduleHref the c3voc schedule.json
     * @param version the programme version
     * @param changes the latest version's changes as lines
     * @param seriesHref the series page, or empty
     * @param seriesName the series' name, or empty
     */
    public record EventPage(Page page, String title, String subtitle, String when, String zone, String status,
            String attendance, String place, String joinUrl, String joinLabel, String registration,
            String registrationUrl, String registrationNote, String description, String organisers,
            List<PersonLine> moderators, List<Day> days, String icsHref, String jsonHref, String jsonLdHref,
            String scheduleHref, long version, List<String> changes, String seriesHref, String seriesName) {}

    /**
     * An event in a list.
     *
     * @param title the title
     * @param href its page
     * @param when its dates
     * @param where venue or "Online"
     */
    public record EventLink(String title, String href, String when, String where) {}

    /**
     * A year of a series.
     *
     * @param year the year, or "–" for undated editions
     * @param editions the editions of that year
     */
    public record Year(String year, List<EventLink> editions) {}

    /**
     * The series page.
     *
     * @param page the common parts
     * @param name the series' name
     * @param motto its motto or description
     * @param icsHref its calendar feed
     * @param years editions by year, newest first
     */
    public record SeriesPage(Page page, String name, String motto, String icsHref, List<Year> years) {}

    /**
     * Where a person spoke.
     *
     * @param event the event
     * @param session the session's title, or empty for the whole event
     * @param role the role's label
     */
    public record Appearance(EventLink event, String session, String role) {}

    /**
     * The person page.
     *
     * @param page the common parts
     * @param name the display name
     * @param affiliation current affiliations
     * @param appearances where they spoke, newest first
     */
    public record PersonPage(Page page, String name, String affiliation, List<Appearance> appearances) {}

    /**
     * A page of the event list.
     *
     * @param page the common parts
     * @param heading the heading
     * @param events the events of the page
     * @param previousHref the previous page, or empty
     * @param nextHref the next page, or empty
     * @param total how many events match
     */
    public record ListPage(Page page, String heading, List<EventLink> events, String previousHref, String nextHref,
            long total) {}

    /**
     * An error page.
     *
     * @param page the common parts
     * @param status the HTTP status
     * @param heading the heading
     * @param message what went wrong and what to try
     */
    public record ErrorPage(Page page, int status, String heading, String message) {}
}
