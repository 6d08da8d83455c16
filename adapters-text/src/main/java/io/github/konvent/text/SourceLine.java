package io.github.konvent.text;

import java.util.Objects;

/**
 * One line of announcement text, as plain text, an HTML page and a PDF programme all become
 * before the one parser reads them.
 *
 * @param number the line's position in the extracted text, from 1
 * @param text the line's visible text (white space collapsed, at most {@link LineText#MAX_LINE}
 *     characters)
 * @param heading the heading level 1–6 when the source marks the line as a heading (HTML
 *     {@code h1}–{@code h6}, a Markdown {@code #}), else 0
 * @param location where the line is in the source, for people: {@code line 12} (plain text and
 *     HTML: the line of the source file), {@code page 2, line 5} (PDF)
 */
public record SourceLine(int number, String text, int heading, String location) {
    /**
     * Checks the components.
     *
     * @param number the line's position, from 1
     * @param text the text
     * @param heading the heading level or 0
     * @param location where in the source
     */
    public SourceLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(location, "location");
        if (number < 1) {
            throw new IllegalArgumentException("line number " + number + " < 1");
        }
    }
}
