package io.github.konvent.text;

import java.util.Objects;
import java.util.Optional;

/**
 * Where one fact of an imported catalog came from, and how sure the parser is: the provenance
 * side table of a {@link TextImport.Result}.
 *
 * @param subject the id of the thing the fact is about (an event, programme item, person,
 *     organisation, venue or series id)
 * @param field what was read, e.g. {@code startDate}, {@code start}, {@code title},
 *     {@code status}, {@code affiliation}, {@code contribution}
 * @param value the value as the catalog holds it, as text
 * @param line the line number in the extracted line text (see {@link SourceLine#number()})
 * @param location where in the source, e.g. {@code line 12} or {@code page 2, line 5}
 * @param sourceUrl the page the text came from, when given (option {@code source-url})
 * @param confidence from 0 (a guess) to 1 (an unmistakable pattern); see docs/FORMAT-TEXT.md
 * @param rule the name of the rule of the pattern table that produced the fact
 */
public record Fact(String subject, String field, String value, int line, String location,
        Optional<String> sourceUrl, double confidence, String rule) {
    /**
     * Checks the components.
     *
     * @param subject the subject's id
     * @param field the field
     * @param value the value
     * @param line the line number
     * @param location where in the source
     * @param sourceUrl the page, if known
     * @param confidence 0 to 1
     * @param rule the rule's name
     */
    public Fact {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(sourceUrl, "sourceUrl");
        Objects.requireNonNull(rule, "rule");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence " + confidence + " outside 0..1");
        }
    }
}
