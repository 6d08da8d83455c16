package io.github.konvent.json;

import io.github.konvent.Catalog;
import io.github.konvent.event.Award;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.Session;
import io.github.konvent.event.Venue;
import io.github.konvent.funding.CoCreationLab;
import io.github.konvent.funding.FundingProgramme;
import io.github.konvent.funding.Project;
import io.github.konvent.people.Organization;
import io.github.konvent.people.Person;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module for the Konvent model: serializers and deserializers for {@link Catalog}
 * and the entities it holds, in the Konvent JSON format (docs/FORMAT-JSON.md). Values are built
 * through the core's builders, so every invariant holds. Registered through {@code
 * META-INF/services}, so {@code JsonMapper.builder().findAndAddModules()} finds it. Reading is
 * strict unless made {@linkplain #lenient() lenient}; note that the module does not set stream
 * limits: use {@link KonventJson#mapper()} for a mapper that does.
 */
public final class KonventModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    private final boolean strict;
    private final boolean publicContactsOnly;

    /** A module that reads strictly and writes every contact point. */
    public KonventModule() {
        this(true, false);
    }

    private KonventModule(boolean strict, boolean publicContactsOnly) {
        super("KonventModule", new Version(1, 0, 0, null, "io.github.konvent", "konvent-json"));
        this.strict = strict;
        this.publicContactsOnly = publicContactsOnly;
        register(Catalog.class, r -> CatalogDocument.read(r, true), null);
        addSerializer(Catalog.class, new ValueSerializer<Catalog>() {
            @Override
            public void serialize(Catalog value, JsonGenerator g, SerializationContext ctxt) {
                CatalogDocument.write(g, value, publicContactsOnly);
            }
        });
        register(Organization.class, r -> r.atCurrent(r::organization), ModelWriter::organization);
        register(Person.class, r -> r.atCurrent(r::person), ModelWriter::person);
        register(EventSeries.class, r -> r.atCurrent(r::series), ModelWriter::series);
        register(Venue.class, r -> r.atCurrent(r::venue), ModelWriter::venue);
        register(Event.class, r -> r.atCurrent(r::event), ModelWriter::event);
        register(Session.class, r -> r.atCurrent(r::session), ModelWriter::session);
        register(FundingProgramme.class, r -> r.atCurrent(r::fundingProgramme), ModelWriter::fundingProgramme);
        register(Project.class, r -> r.atCurrent(r::project), ModelWriter::project);
        register(CoCreationLab.class, r -> r.atCurrent(r::lab), ModelWriter::lab);
        register(Award.class, r -> r.atCurrent(r::award), ModelWriter::award);
    }

    /** @return a module like this one that ignores unknown properties (and nothing else) */
    public KonventModule lenient() {
        return new KonventModule(false, publicContactsOnly);
    }

    /** @return a module like this one that leaves out contact points not marked public */
    public KonventModule publicContactsOnly() {
        return new KonventModule(strict, true);
    }

    /** @return true if unknown properties are errors */
    public boolean isStrict() {
        return strict;
    }

    private <T> void register(Class<T> type, Function<ModelReader, T> read, BiConsumer<ModelWriter, T> write) {
        addDeserializer(type, new ValueDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) {
                return read.apply(new ModelReader(new JsonInput(p, strict, "")));
            }
        });
        if (write != null) {
            addSerializer(type, new ValueSerializer<T>() {
                @Override
                public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
                    write.accept(new ModelWriter(g, publicContactsOnly), value);
                }
            });
        }
    }
}
