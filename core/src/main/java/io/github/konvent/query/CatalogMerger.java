package io.github.konvent.query;

import io.github.konvent.Catalog;
import io.github.konvent.KonventException;
import io.github.konvent.ModelException;
import io.github.konvent.event.Award;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.Venue;
import io.github.konvent.funding.CoCreationLab;
import io.github.konvent.funding.FundingProgramme;
import io.github.konvent.funding.Project;
import io.github.konvent.id.Id;
import io.github.konvent.people.Organization;
import io.github.konvent.people.Person;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Merges catalogs from several sources (files, stores) into one. The policy:
 *
 * <ul>
 *   <li>The same id means the same entity (per kind: organisation, person, series, event, venue,
 *       funding programme, project, lab, award); different ids are different entities, even with
 *       equal names.
 *   <li>Facts are merged field by field. A field that one source leaves empty (an absent optional,
 *       an empty list) is filled from a source that knows it: that is no conflict.
 *   <li>Two present, different values of one field are a {@link MergeConflict}: reported with
 *       entity, field, both values and both sources. The merged catalog keeps the earlier
 *       source's value; nothing is silently overwritten. Lists (a programme, affiliations) are
 *       compared whole. Use {@link MergeResult#orElseThrow()} to refuse any conflict.
 *   <li>{@code revision} is no fact: the highest revision is kept.
 *   <li>Order: entities in the order first seen, sources in the order given.
 * </ul>
 *
 * A merge whose result breaks a catalog invariant (for example two different events holding a
 * session of the same id) throws a {@link ModelException}; there is no partial result.
 */
public final class CatalogMerger {
    private static final int MAX_VALUE_TEXT = 160;

    private final Map<String, Catalog> sources;
    private final List<MergeConflict> conflicts = new ArrayList<>();

    private CatalogMerger(Map<String, Catalog> sources) {
        this.sources = sources;
    }

    /**
     * @param catalogs the catalogs, earlier ones win conflicts; named "source 1", "source 2", …
     * @return the merged catalog with the conflicts found
     */
    public static MergeResult merge(List<Catalog> catalogs) {
        Map<String, Catalog> named = new LinkedHashMap<>();
        for (int i = 0; i < catalogs.size(); i++) {
            named.put("source " + (i + 1), catalogs.get(i));
        }
        return merge(named);
    }

    /**
     * @param catalogs the catalogs by source name (e.g. file name), in order: earlier ones win
     *     conflicts
     * @return the merged catalog with the conflicts found
     */
    public static MergeResult merge(Map<String, Catalog> catalogs) {
        CatalogMerger m = new CatalogMerger(new LinkedHashMap<>(catalogs));
        Catalog merged = Catalog.builder()
                .organizations(m.kind("organization", Organization.class, Catalog::organizations, Organization::id))
                .people(m.kind("person", Person.class, Catalog::people, Person::id))
                .series(m.kind("series", EventSeries.class, Catalog::series, EventSeries::id))
                .events(m.kind("event", Event.class, Catalog::events, Event::id))
                .venues(m.kind("venue", Venue.class, Catalog::venues, Venue::id))
                .fundingProgrammes(m.kind("programme", FundingProgramme.class, Catalog::fundingProgrammes,
                        FundingProgramme::id))
                .projects(m.kind("project", Project.class, Catalog::projects, Project::id))
                .labs(m.kind("lab", CoCreationLab.class, Catalog::labs, CoCreationLab::id))
                .awards(m.kind("award", Award.class, Catalog::awards, Award::id))
                .build();
        return new MergeResult(merged, m.conflicts);
    }

    private <T> List<T> kind(String kind, Class<T> type, Function<Catalog, List<T>> items, Function<T, Id> id) {
        Map<Id, T> merged = new LinkedHashMap<>();
        Map<Id, Map<String, String>> origin = new LinkedHashMap<>(); // field -> source of the kept value
        for (Map.Entry<String, Catalog> source : sources.entrySet()) {
            for (T item : items.apply(source.getValue())) {
                Id key = id.apply(item);
                T current = merged.get(key);
                if (current == null) {
                    merged.put(key, item);
                    origin.put(key, new TreeMap<>(Map.of("", source.getKey())));
                } else if (!current.equals(item)) {
                    merged.put(key, mergeOne(kind, type, key, current, origin.get(key), item, source.getKey()));
                }
            }
        }
        return List.copyOf(merged.values());
    }

    private <T> T mergeOne(String kind, Class<T> type, Id id, T kept, Map<String, String> origin, T other,
            String otherSource) {
        T result = kept;
        for (Map.Entry<String, List<Method>> field : withers(type).entrySet()) {
            String name = field.getKey();
            Object a = get(type, result, name);
            Object b = get(type, other, name);
            if (a.equals(b) || isEmpty(b)) {
                continue;
            }
            String keptSource = origin.getOrDefault(name, origin.get(""));
            if (name.equals("revision")) {
                if (((Long) b) > ((Long) a)) {
                    result = set(type, result, field.getValue(), b);
                }
                continue;
            }
            if (isEmpty(a)) {
                try {
                    result = set(type, result, field.getValue(), b);
                    origin.put(name, otherSource);
                    continue;
                } catch (ModelException e) {
                    // the filled-in value breaks an invariant together with the kept ones: a conflict
                }
            }
            conflicts.add(new MergeConflict(kind, id.value(), name, text(a), keptSource, text(b), otherSource));
        }
        return result;
    }

    /** @return the {@code with…} methods of the type's generated {@code With…} interface, by field */
    private static Map<String, List<Method>> withers(Class<?> type) {
        Map<String, List<Method>> fields = new TreeMap<>();
        for (Class<?> i : type.getInterfaces()) {
            if (!i.getSimpleName().equals("With" + type.getSimpleName())) {
                continue;
            }
            for (Method m : i.getDeclaredMethods()) {
                if (m.getName().startsWith("with") && m.getParameterCount() == 1 && !m.isVarArgs()) {
                    String f = Character.toLowerCase(m.getName().charAt(4)) + m.getName().substring(5);
                    fields.computeIfAbsent(f, k -> new ArrayList<>()).add(m);
                }
            }
        }
        if (fields.isEmpty()) {
            throw new KonventException("CatalogMerger: no With" + type.getSimpleName() + " interface on " + type);
        }
        return fields;
    }

    private static Object get(Class<?> type, Object item, String field) {
        try {
            return type.getMethod(field).invoke(item);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new KonventException("CatalogMerger: cannot read " + type.getSimpleName() + "." + field, e);
        } catch (InvocationTargetException e) {
            throw new KonventException("CatalogMerger: reading " + type.getSimpleName() + "." + field + " failed",
                    e.getCause());
        }
    }

    private static <T> T set(Class<T> type, T item, List<Method> withers, Object value) {
        Method chosen = null;
        for (Method m : withers) {
            Class<?> p = m.getParameterTypes()[0];
            boolean fits = value instanceof Optional<?>
                    ? p == Optional.class
                    : value instanceof Collection<?> ? p == Iterable.class : p != Optional.class && p != Iterable.class;
            if (fits) {
                chosen = m;
            }
        }
        if (chosen == null) {
            throw new KonventException("CatalogMerger: no setter for " + type.getSimpleName() + " " + withers);
        }
        try {
            chosen.setAccessible(true);
            return type.cast(chosen.invoke(item, value));
        } catch (IllegalAccessException e) {
            throw new KonventException("CatalogMerger: cannot call " + chosen, e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof ModelException me) {
                throw me;
            }
            throw new KonventException("CatalogMerger: " + chosen + " failed", e.getCause());
        }
    }

    private static boolean isEmpty(Object value) {
        return value instanceof Optional<?> o && o.isEmpty() || value instanceof Collection<?> c && c.isEmpty()
                || value instanceof Map<?, ?> m && m.isEmpty();
    }

    private static String text(Object value) {
        Object v = value instanceof Optional<?> o ? o.orElse(null) : value;
        String s = String.valueOf(v);
        return s.length() > MAX_VALUE_TEXT ? s.substring(0, MAX_VALUE_TEXT - 1) + "…" : s;
    }
}
