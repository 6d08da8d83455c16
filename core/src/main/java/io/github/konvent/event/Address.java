package io.github.konvent.event;

import io.github.konvent.ModelException;
import io.github.konvent.internal.Checks;
import io.github.konvent.internal.KonventStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A postal address; every part may be unknown. Immutable and thread-safe. */
@KonventStyle
@Value.Immutable
public abstract class Address implements WithAddress {
    /** @return street and house number */
    public abstract Optional<String> street();

    /** @return the postal code (PLZ) */
    public abstract Optional<String> postalCode();

    /** @return the city or municipality */
    public abstract Optional<String> locality();

    /** @return the district within the locality (Stadtbezirk, Ortsteil), e.g. "Bad Godesberg" */
    public abstract Optional<String> district();

    /** @return the federal state (Bundesland) */
    public abstract Optional<String> region();

    /** @return the ISO 3166-1 alpha-2 country code; "DE" by default */
    @Value.Default
    public String country() {
        return "DE";
    }

    /** @return the parts that are known, joined for display: "street, postcode locality" */
    public String toDisplayString() {
        StringBuilder sb = new StringBuilder();
        street().ifPresent(sb::append);
        String place = (postalCode().map(p -> p + " ").orElse("") + locality().orElse("")).trim();
        if (!place.isEmpty()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(place);
        }
        return sb.toString();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.texts("Address", "street", street(), "postalCode", postalCode(), "locality", locality(), "district", district(), "region", region());
        if (!country().matches("[A-Z]{2}")) {
            throw new ModelException("Address.country", "'" + country() + "'", "an ISO 3166-1 alpha-2 code like DE");
        }
    }

    /** Builds an {@link Address}. */
    public static final class Builder extends ImmutableAddress.Builder {
        Builder() {}
    }
}
