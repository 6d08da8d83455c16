/**
 * Reads German event announcements — plain text, HTML pages (jsoup) and PDF programmes (Apache
 * PDFBox) — into a Konvent catalog with one rule-based parser: {@link
 * io.github.konvent.text.TextImport} is the API, {@link io.github.konvent.text.TextFormat},
 * {@link io.github.konvent.text.HtmlFormat} and {@link io.github.konvent.text.PdfFormat} the
 * formats {@code text}, {@code html} and {@code pdf} of the format interface, {@link
 * io.github.konvent.text.Review} writes the review list. The pattern table is described in
 * docs/FORMAT-TEXT.md.
 */
package io.github.konvent.text;
