package io.github.konvent.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML page into {@link SourceLine}s with jsoup: only the visible text of the body, one
 * line per block (paragraph, heading, list item, line break), a table row as its cells joined by
 * {@code " | "}; scripts, styles, templates, forms' hidden parts, navigation and elements marked
 * {@code hidden} are dropped. Every line keeps the source line of its HTML element. Thread-safe.
 */
public final class HtmlText {
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "object", "embed", "canvas", "nav", "select", "button", "head", "math");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead",
            "tbody", "tfoot", "tr", "blockquote", "pre", "address", "figure", "figcaption", "form", "fieldset",
            "details", "summary", "hr", "caption", "body");

    private HtmlText() {}

    /**
     * @param html the page's source
     * @return the page's visible lines; the {@code <title>} comes first as a heading of level 1
     *     when the page has no {@code h1}
     */
    public static List<SourceLine> lines(String html) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document doc = Jsoup.parse(html, "", parser);
        Collector c = new Collector();
        if (doc.selectFirst("h1") == null) {
            Element title = doc.selectFirst("title");
            if (title != null && !title.text().isBlank()) {
                c.open(title, 1);
                c.append(title.text());
                c.flush();
            }
        }
        Element body = doc.body();
        NodeTraversor.traverse(c, body);
        c.flush();
        return c.out;
    }

    /** Walks the tree and gathers text into lines. */
    private static final class Collector implements NodeVisitor {
        final List<SourceLine> out = new ArrayList<>();
        final StringBuilder line = new StringBuilder();
        int lineNumber = 1;
        int heading;
        int skipDepth = -1;
        int cellCount;
        boolean inRow;

        @Override
        public void head(Node node, int depth) {
            if (skipDepth >= 0) {
                return;
            }
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (DROPPED.contains(tag) || e.hasAttr("hidden")
                        || "true".equals(e.attr("aria-hidden"))
                        || e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")
                        || ("input".equals(tag))) {
                    skipDepth = depth;
                    return;
                }
                if ("br".equals(tag)) {
                    if (inRow) {
                        append(" ");
                    } else {
                        flush();
                        lineNumber = lineOf(e);
                    }
                } else if ("tr".equals(tag)) {
                    flush();
                    open(e, 0);
                    line.append("| ");
                    inRow = true;
                    cellCount = 0;
                } else if ("td".equals(tag) || "th".equals(tag)) {
                    if (cellCount++ > 0) {
                        append(" | ");
                    }
                } else if (BLOCKS.contains(tag)) {
                    flush();
                    int level = tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))
                            ? tag.charAt(1) - '0' : 0;
                    open(e, level);
                    if ("li".equals(tag)) {
                        line.append("- ");
                    }
                }
            } else if (node instanceof TextNode t) {
                if (line.length() == 0) {
                    lineNumber = lineOf(t);
                }
                append(t.getWholeText());
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (skipDepth >= 0) {
                if (depth == skipDepth) {
                    skipDepth = -1;
                }
                return;
            }
            if (node instanceof Element e) {
                String tag = e.normalName();
                if ("tr".equals(tag)) {
                    flush();
                    inRow = false;
                } else if (!inRow && BLOCKS.contains(tag)) {
                    flush();
                }
            }
        }

        void open(Node node, int level) {
            heading = level;
            lineNumber = lineOf(node);
        }

        void append(String text) {
            if (line.length() < LineText.MAX_LINE * 2) {
                line.append(text);
            }
        }

        void flush() {
            String text = LineText.clean(line.toString());
            line.setLength(0);
            if (text.isEmpty() || "-".equals(text)) {
                heading = 0;
                return;
            }
            out.add(new SourceLine(out.size() + 1, text, heading, "line " + lineNumber));
            heading = 0;
        }

        private int lineOf(Node node) {
            int n = node.sourceRange().start().lineNumber();
            return n > 0 ? n : lineNumber;
        }
    }
}
