package io.github.konvent.web;

/** The representations of an event the portal serves. */
enum Variant {
    HTML("text/html; charset=utf-8", ".html", false),
    JSON("application/json; charset=utf-8", ".json", true),
    JSONLD("application/ld+json; charset=utf-8", ".jsonld", true),
    ICS("text/calendar; charset=utf-8", ".ics", false),
    SCHEDULE("application/json; charset=utf-8", "/schedule.json", true),
    SCHEDULE_XML("application/xml; charset=utf-8", "/schedule.xml", true);

    final String contentType;
    final String suffix;
    final boolean cors;

    Variant(String contentType, String suffix, boolean cors) {
        this.contentType = contentType;
        this.suffix = suffix;
        this.cors = cors;
    }
}
