package io.github.konvent.web;

import io.github.konvent.Catalog;
import io.github.konvent.id.EventId;
import io.github.konvent.ical.KonventICal;
import io.github.konvent.json.KonventJson;
import io.github.konvent.json.ScheduleJson;
import io.github.konvent.json.SchemaOrg;
import io.github.konvent.version.ProgrammeHistory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The machine-readable representations of an event: JSON, JSON-LD, iCalendar, c3voc schedule.json, frab schedule.xml. */
final class Feeds {
    private Feeds() {}

    /**
     * @param now the current instant: DTSTAMP is the start of its UTC day (stable within a day), and
     *     removed sessions are kept as cancelled while {@code retention} has not passed since removal
     */
    static KonventICal ical(Map<EventId, ProgrammeHistory> histories, Instant now, Duration retention) {
        Instant day = now.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).toInstant();
        return KonventICal.create().withClock(Clock.fixed(day, ZoneOffset.UTC)).withHistories(histories)
                .withCancelledRetention(retention.plus(Duration.between(day, now)));
    }

    static String render(Variant v, Catalog catalog, EventId id, Map<EventId, ProgrammeHistory> histories,
            Instant now, Duration retention) {
        return switch (v) {
            case JSON -> KonventJson.publishEvent(catalog, id);
            case JSONLD -> SchemaOrg.event(catalog, id);
            case ICS -> ical(histories, now, retention).exportEvent(catalog, id);
            case SCHEDULE -> schedule(catalog, id, histories.containsKey(id) ? histories.get(id).current() : -1);
            case SCHEDULE_XML -> scheduleXml(catalog, id, histories.containsKey(id) ? histories.get(id).current() : -1);
            case HTML -> throw new IllegalArgumentException("HTML is rendered by the pages");
        };
    }

    /** The frab schedule.xml with the programme version as its {@code <version>}. */
    static String scheduleXml(Catalog catalog, EventId id, long programmeVersion) {
        String xml = io.github.konvent.frab.FrabXml.write(catalog, id);
        if (programmeVersion < 0) {
            return xml;
        }
        return xml.replaceFirst("<version>[^<]*</version>", "<version>" + programmeVersion + "</version>");
    }

    /** The c3voc schedule.json with the programme version as its {@code version}. */
    static String schedule(Catalog catalog, EventId id, long programmeVersion) {
        String json = ScheduleJson.export(catalog, id);
        if (programmeVersion < 0) {
            return json;
        }
        JsonNode root = KonventJson.mapper().readTree(json);
        if (root.get("schedule") instanceof ObjectNode sched) {
            sched.put("version", Long.toString(programmeVersion));
        }
        return KonventJson.mapper().writeValueAsString(root);
    }
}
