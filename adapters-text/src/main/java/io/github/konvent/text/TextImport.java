package io.github.konvent.text;

import io.github.konvent.Catalog;
import io.github.konvent.InputException;
import io.github.konvent.spi.FormatOptions;
import io.github.konvent.spi.Notice;
import io.github.konvent.spi.ReadLimits;
import io.github.konvent.spi.ReadResult;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads German event announcements into a catalog: plain text, HTML pages and PDF programmes
 * become the same {@link SourceLine}s ({@link LineText}, {@link HtmlText}, {@link PdfText}), and
 * one rule-based parser (the pattern table documented in docs/FORMAT-TEXT.md) turns them into
 * events, programme items, people and organisations. It never uses the network and never invents
 * a fact: what the text does not state stays absent.
 *
 * <p>Every fact keeps its provenance in {@link Result#facts()} (source line, page URL,
 * confidence, rule); what a person should check is in {@link Result#notices()}, the review list
 * in German and English that {@link Review} writes.
 *
 * <pre>{@code
 * TextImport.Result r = TextImport.readText(text, TextImport.Options.builder().year(2024).build());
 * Catalog catalog = r.catalog();
 * Review.write(r.notices(), writer);
 * }</pre>
 */
public final class TextImport {
    private TextImport() {}

    /**
     * @param text the announcement as plain text
     * @param options the options
     * @return the catalog, the provenance of its facts and the review notices
     */
    public static Result readText(String text, Options options) {
        checkLength(text.length(), "characters", options);
        return readLines(LineText.lines(text), options);
    }

    /**
     * @param html an HTML page
     * @param options the options
     * @return the catalog, the provenance of its facts and the review notices
     */
    public static Result readHtml(String html, Options options) {
        checkLength(html.length(), "characters", options);
        return readLines(HtmlText.lines(html), options);
    }

    /**
     * @param pdf a PDF file's bytes
     * @param options the options
     * @return the catalog, the provenance of its facts and the review notices (a PDF without a
     *     text layer gives an empty catalog and a notice)
     * @throws InputException when the PDF is encrypted, forbids extraction or is no PDF
     */
    public static Result readPdf(byte[] pdf, Options options) {
        checkLength(pdf.length, "bytes", options);
        return readLines(PdfText.lines(pdf, options.sourceName()), options);
    }

    static void checkLength(long length, String unit, Options options) {
        long max = options.limits().maxDocumentLength();
        if (length > max) {
            throw ReadLimits.exceeded(options.sourceName(), "a document of " + length + " " + unit, "maxDocumentLength",
                    max);
        }
    }

    /**
     * @param lines the announcement's lines, in reading order
     * @param options the options
     * @return the catalog, the provenance of its facts and the review notices
     * @throws InputException when the lines go beyond one of {@link Options#limits()}
     */
    public static Result readLines(List<SourceLine> lines, Options options) {
        return new AnnouncementParser(options).parse(lines);
    }

    /** Options of an import. Immutable and thread-safe. */
    public static final class Options {
        private static final Options DEFAULTS = builder().build();

        private final Integer year;
        private final String sourceUrl;
        private final String sourceName;
        private final Catalog known;
        private final int maxItems;
        private final ReadLimits limits;

        private Options(Builder b) {
            this.year = b.year;
            this.sourceUrl = b.sourceUrl;
            this.sourceName = b.sourceName;
            this.known = b.known;
            this.maxItems = b.maxItems;
            this.limits = b.limits;
        }

        /** @return options with every default */
        public static Options defaults() {
            return DEFAULTS;
        }

        /** @return a builder */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * Takes the format options {@code year} and {@code source-url} from
         * {@link FormatOptions#extra()}, and the {@link FormatOptions#limits() limits}.
         *
         * @param options format options
         * @param sourceName the input's name for messages
         * @return the import options
         * @throws InputException when {@code year} is not a year or {@code source-url} no URL
         */
        public static Options from(FormatOptions options, String sourceName) {
            Builder b = builder().sourceName(sourceName).limits(options.limits());
            options.get("year").ifPresent(y -> {
                try {
                    int v = Integer.parseInt(y.strip());
                    if (v < 1900 || v > 2200) {
                        throw new NumberFormatException(y);
                    }
                    b.year(v);
                } catch (NumberFormatException e) {
                    throw new InputException("option year", "'" + y + "'", "a year such as 2024", e);
                }
            });
            options.get("source-url").ifPresent(u -> {
                try {
                    URI uri = URI.create(u.strip());
                    if (uri.getScheme() == null) {
                        throw new IllegalArgumentException("no scheme");
                    }
                    b.sourceUrl(uri.toString());
                } catch (IllegalArgumentException e) {
                    throw new InputException("option source-url", "'" + u + "'", "an absolute URL", e);
                }
            });
            return b.build();
        }

        /** @return the year of dates that state none, if given */
        public Optional<Integer> year() {
            return Optional.ofNullable(year);
        }

        /** @return the page the text came from, if given: kept with every fact */
        public Optional<String> sourceUrl() {
            return Optional.ofNullable(sourceUrl);
        }

        /** @return the input's name for messages (default {@code input}) */
        public String sourceName() {
            return sourceName;
        }

        /**
         * @return a catalog whose organisations, people and projects are matched by name (and
         *     reused with their ids) instead of creating new ones
         */
        public Catalog known() {
            return known;
        }

        /** @return the most programme items read; further items are ignored with a notice */
        public int maxItems() {
            return maxItems;
        }

        /**
         * @return the limits the import enforces (an {@link InputException} naming the limit):
         *     {@code maxDocumentLength} (characters of a text or HTML page, bytes of a PDF),
         *     {@code maxStringLength} (a line, from which every text value comes),
         *     {@code maxEvents}, {@code maxSessionsPerEvent} and {@code maxListLength} (people,
         *     organisations, projects, venues, contributions, parallel blocks)
         */
        public ReadLimits limits() {
            return limits;
        }

        /** Builds {@link Options}. */
        public static final class Builder {
            private Integer year;
            private String sourceUrl;
            private String sourceName = "input";
            private Catalog known = Catalog.empty();
            private int maxItems = 5_000;
            private ReadLimits limits = ReadLimits.defaults();

            private Builder() {}

            /**
             * @param year the year of dates that state none
             * @return this builder
             */
            public Builder year(int year) {
                this.year = year;
                return this;
            }

            /**
             * @param url the page the text came from
             * @return this builder
             */
            public Builder sourceUrl(String url) {
                this.sourceUrl = Objects.requireNonNull(url, "url");
                return this;
            }

            /**
             * @param name the input's name for messages
             * @return this builder
             */
            public Builder sourceName(String name) {
                this.sourceName = Objects.requireNonNull(name, "name");
                return this;
            }

            /**
             * @param catalog organisations, people and projects to match by name
             * @return this builder
             */
            public Builder known(Catalog catalog) {
                this.known = Objects.requireNonNull(catalog, "catalog");
                return this;
            }

            /**
             * @param max the most programme items read (at least 1)
             * @return this builder
             */
            public Builder maxItems(int max) {
                if (max < 1) {
                    throw new IllegalArgumentException("maxItems " + max + " < 1");
                }
                this.maxItems = max;
                return this;
            }

            /**
             * @param limits the limits to enforce (default {@link ReadLimits#defaults()})
             * @return this builder
             */
            public Builder limits(ReadLimits limits) {
                this.limits = Objects.requireNonNull(limits, "limits");
                return this;
            }

            /** @return the options */
            public Options build() {
                return new Options(this);
            }
        }
    }

    /**
     * What an import gives: the catalog, the provenance of its facts and the review list.
     *
     * @param catalog the catalog (empty when nothing was recognised)
     * @param facts where every fact came from, in reading order
     * @param notices what a person should check (German and English), in reading order
     */
    public record Result(Catalog catalog, List<Fact> facts, List<Notice> notices) {
        /**
         * Copies the lists.
         *
         * @param catalog the catalog
         * @param facts the facts
         * @param notices the notices
         */
        public Result {
            Objects.requireNonNull(catalog, "catalog");
            facts = List.copyOf(facts);
            notices = List.copyOf(notices);
        }

        /** @return the catalog and the notices, as the format interface returns them */
        public ReadResult toReadResult() {
            return ReadResult.of(catalog, notices);
        }

        /**
         * @param subject an id
         * @return the facts about it
         */
        public List<Fact> factsAbout(String subject) {
            return facts.stream().filter(f -> f.subject().equals(subject)).toList();
        }
    }
}
