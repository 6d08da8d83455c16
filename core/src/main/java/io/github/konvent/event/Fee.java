package io.github.konvent.event;

import io.github.konvent.ModelException;
import io.github.konvent.internal.Checks;
import io.github.konvent.internal.KonventStyle;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/** A participation fee (Teilnahmegebühr). Immutable and thread-safe. */
@KonventStyle
@Value.Immutable
public abstract class Fee implements WithFee {
    /** @return the amount, zero for free events */
    public abstract BigDecimal amount();

    /** @return the ISO 4217 currency; "EUR" by default */
    @Value.Default
    public String currency() {
        return "EUR";
    }

    /** @return what the fee covers or who pays it, e.g. "ermäßigt" */
    public abstract Optional<String> note();

    /**
     * @param amount the amount in euros
     * @return a fee in euros
     */
    public static Fee euros(String amount) {
        return builder().amount(new BigDecimal(amount)).build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        if (amount().signum() < 0) {
            throw new ModelException("Fee.amount", amount().precision() <= 40 && Math.abs((long) amount().scale()) <= 40 ? amount().toPlainString() : amount().toString(), "an amount of at least 0");
        }
        if (!currency().matches("[A-Z]{3}")) {
            throw new ModelException("Fee.currency", "'" + currency() + "'", "an ISO 4217 code like EUR");
        }
        Checks.amount("Fee.amount", amount());
        Checks.texts("Fee", "note", note());
    }

    /** Builds a {@link Fee}. */
    public static final class Builder extends ImmutableFee.Builder {
        Builder() {}
    }
}
