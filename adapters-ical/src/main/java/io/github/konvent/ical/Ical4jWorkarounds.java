package io.github.konvent.ical;

import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarParserFactory;
import net.fortuna.ical4j.data.ContentHandlerContext;
import net.fortuna.ical4j.data.DefaultPropertyFactorySupplier;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.PropertyFactory;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.property.ParticipantType;

/**
 * Works around ical4j 4.x's failure to parse {@code PARTICIPANT-TYPE:ACTIVE}: its factory returns
 * the immutable constant and the builder then calls {@code setValue} on it. A factory placed
 * before ical4j's own one creates a mutable property instead.
 */
final class Ical4jWorkarounds {
    private Ical4jWorkarounds() {}

    static CalendarBuilder calendarBuilder() {
        ContentHandlerContext context = new ContentHandlerContext().withPropertyFactorySupplier(() -> {
            List<PropertyFactory<?>> factories = new ArrayList<>();
            factories.add(new MutableParticipantTypeFactory());
            factories.addAll(new DefaultPropertyFactorySupplier().get());
            return factories;
        });
        return new CalendarBuilder(CalendarParserFactory.getInstance().get(), context,
                TimeZoneRegistryFactory.getInstance().createRegistry());
    }

    /** Creates mutable PARTICIPANT-TYPE properties. */
    static final class MutableParticipantTypeFactory implements PropertyFactory<ParticipantType> {
        private static final long serialVersionUID = 1L;

        @Override
        public ParticipantType createProperty() {
            return new ParticipantType();
        }

        @Override
        public ParticipantType createProperty(ParameterList parameters, String value) {
            return new ParticipantType(parameters, value);
        }

        @Override
        public boolean supports(String name) {
            return "PARTICIPANT-TYPE".equalsIgnoreCase(name);
        }
    }
}
