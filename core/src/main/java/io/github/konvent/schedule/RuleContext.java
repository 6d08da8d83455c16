package io.github.konvent.schedule;

import io.github.konvent.Catalog;
import io.github.konvent.event.Address;
import io.github.konvent.event.Event;
import io.github.konvent.event.Venue;
import io.github.konvent.id.EventId;
import io.github.konvent.id.SeriesId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a {@link ScheduleRule} checks: the events in focus (with derived end times where the rule
 * set derives them), the other events that share a person or a room with them, and the catalog
 * for looking up people, rooms, venues and series. Rules report only problems that involve an
 * event in focus. Not thread-safe; one instance per check.
 */
public final class RuleContext {
    private final Catalog catalog;
    private final List<Event> focus;
    private final List<Event> related;
    private final List<Event> catalogEvents;
    private final Set<EventId> focusIds = new HashSet<>();
    private Timeline timeline;
    private Map<SeriesId, List<Event>> editions;
    private java.util.function.Function<SeriesId, List<Event>> presetEditions;

    RuleContext(Catalog catalog, List<Event> focus, List<Event> related, List<Event> catalogEvents) {
        this.catalog = catalog;
        this.focus = List.copyOf(focus);
        this.related = List.copyOf(related);
        this.catalogEvents = List.copyOf(catalogEvents);
        focus.forEach(e -> focusIds.add(e.id()));
    }

    /** @return the catalog, for looking up people, rooms, venues and series */
    public Catalog catalog() {
        return catalog;
    }

    /** @return the events to check */
    public List<Event> events() {
        return focus;
    }

    /** @return other events that share a person or a room with an event in focus */
    public List<Event> relatedEvents() {
        return related;
    }

    /**
     * @param id an event id
     * @return true if that event is in focus
     */
    public boolean inFocus(EventId id) {
        return focusIds.contains(id);
    }

    /**
     * @param series a series id
     * @return its editions: the catalog's, with the events in focus in place of their old versions
     */
    public List<Event> editions(SeriesId series) {
        if (editions == null && presetEditions != null) {
            return presetEditions.apply(series);
        }
        if (editions == null) {
            editions = new HashMap<>();
            for (Event e : catalogEvents) {
                e.series().ifPresent(s -> editions.computeIfAbsent(s, k -> new ArrayList<>()).add(e));
            }
        }
        return List.copyOf(editions.getOrDefault(series, List.of()));
    }

    /**
     * @param event an event
     * @return the city (locality) of its venue, lower-cased, where known
     */
    public Optional<String> cityOf(Event event) {
        return event.venue()
                .flatMap(catalog::venue)
                .flatMap(Venue::address)
                .flatMap(Address::locality)
                .map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty());
    }

    Timeline timeline() {
        if (timeline == null) {
            List<Event> all = new ArrayList<>(focus.size() + related.size());
            all.addAll(focus);
            all.addAll(related);
            timeline = new Timeline(new Columns(catalog, all, null), focus.size());
        }
        return timeline;
    }

    /** @param of each series' editions, given by whoever knows them already */
    RuleContext withEditions(java.util.function.Function<SeriesId, List<Event>> of) {
        presetEditions = of;
        return this;
    }

    /** @param shared the view of exactly the focus events followed by the related ones, built elsewhere */
    RuleContext withColumns(Columns shared) {
        timeline = new Timeline(shared, focus.size());
        return this;
    }
}
