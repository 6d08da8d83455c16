package io.github.konvent.people;

import io.github.konvent.event.Availability;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.PersonId;
import io.github.konvent.internal.Checks;
import io.github.konvent.internal.KonventStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person: speaker, moderator, panelist, contact. Exists once in a catalog however many
 * events she appears at. Contact data is personal and published only where marked public.
 * Immutable and thread-safe.
 */
@KonventStyle
@Value.Immutable
public abstract class Person implements WithPerson {
    /** @return the person's id */
    public abstract PersonId id();

    /** @return the form of address, e.g. "Frau", "Herr" */
    public abstract Optional<String> salutation();

    /** @return academic title(s), e.g. "Prof. Dr.", "PD Dr." */
    public abstract Optional<String> honorific();

    /** @return the given name(s) */
    public abstract Optional<String> givenName();

    /** @return the family name */
    public abstract String familyName();

    /** @return affiliations, in the order given */
    public abstract List<Affiliation> affiliations();

    /** @return contact data; personal unless marked public */
    public abstract List<ContactPoint> contacts();

    /** @return when the person can take part; empty means at any time */
    public abstract List<Availability> availability();

    /** @return the revision of this aggregate */
    @Value.Default
    public long revision() {
        return 0;
    }

    /** @return the name as printed in a programme: "Prof. Dr. Maria Wimmer" */
    public String displayName() {
        StringBuilder sb = new StringBuilder();
        honorific().ifPresent(h -> sb.append(h).append(' '));
        givenName().ifPresent(g -> sb.append(g).append(' '));
        return sb.append(familyName()).toString();
    }

    /** @return the contact data that may be published */
    public List<ContactPoint> publicContacts() {
        return contacts().stream().filter(ContactPoint::isPublic).toList();
    }

    /**
     * @param date a date
     * @return the organisations the person may have been affiliated with on that date
     */
    public List<OrganizationId> organizationsOn(LocalDate date) {
        return affiliations().stream().filter(a -> a.mayHoldOn(date)).map(Affiliation::organization).toList();
    }

    /**
     * @return the identifiers other systems gave this person, by scheme, so that an import followed
     *     by an export keeps them (e.g. {@code c3voc.guid}, {@code c3voc.code}, {@code ical.uid});
     *     see docs/ARCHITECTURE.md for the schemes in use
     */
    public abstract Map<String, String> externalIds();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.texts("Person " + id(), "salutation", salutation(), "honorific", honorific(), "givenName", givenName(),
                "familyName", familyName(), "externalIds", externalIds());
        Checks.notBlank("Person " + id() + " familyName", familyName());
        Checks.externalIds("Person " + id() + " externalIds", externalIds());
        givenName().ifPresent(g -> Checks.notBlank("Person " + id() + " givenName", g));
        Checks.atLeast("Person " + id() + " revision", revision(), 0);
    }

    /** Builds a {@link Person}. */
    public static final class Builder extends ImmutablePerson.Builder {
        Builder() {}
    }
}
