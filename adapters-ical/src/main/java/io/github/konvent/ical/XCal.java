package io.github.konvent.ical;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * xCal (RFC 6321), iCalendar as XML: read with a StAX parser that refuses DTDs and external
 * entities into the {@link Component} model of the iCalendar reader, written from Konvent's
 * iCalendar output. Locations in errors are lines and columns of the XML.
 */
final class XCal {
    /** The xCal namespace. */
    static final String NS = "urn:ietf:params:xml:ns:icalendar-2.0";
    /** The namespace of the older xCal draft that frab, pentabarf and pretalx write as schedule.xcal. */
    static final String DRAFT_NS = "urn:ietf:params:xml:ns:xcal";
    private static final int MAX_TEXT = ContentLines.MAX_LINE;

    private XCal() {}

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        } catch (IllegalArgumentException e) {
            // not every StAX implementation knows the JAXP property; the DTD is refused anyway
        }
        return f;
    }

    /**
     * @param in xCal as UTF-8 XML
     * @return the VCALENDAR
     * @throws io.github.konvent.InputException on malformed XML or xCal, or a DTD
     */
    static Component read(InputStream in) {
        XMLStreamReader x = null;
        try {
            x = factory().createXMLStreamReader(io.github.konvent.spi.StrictUtf8.of(in), "UTF-8");
            Reader r = new Reader(x);
            r.nextElement();
            String rootNs = x.getNamespaceURI() == null ? "" : x.getNamespaceURI();
            if (x.getLocalName().equalsIgnoreCase("icalendar") && (rootNs.isEmpty() || rootNs.equals(DRAFT_NS))) {
                return r.draft();
            }
            r.expectName("icalendar", "the root element <icalendar xmlns=\"" + NS + "\">");
            r.nextElement();
            r.expectName("vcalendar", "<vcalendar>");
            Component calendar = r.component(null, 0);
            // anything after the first vcalendar (more calendars) is read the same way and merged
            while (r.nextElement()) {
                r.expectName("vcalendar", "<vcalendar> or </icalendar>");
                Component more = r.component(null, 0);
                calendar.props.addAll(more.props);
                calendar.children.addAll(more.children);
            }
            while (x.hasNext()) {
                x.next();
            }
            return calendar;
        } catch (XMLStreamException e) {
            Location l = e.getLocation();
            String where = l == null ? "the input" : "line " + l.getLineNumber() + ", column " + l.getColumnNumber();
            String msg = String.valueOf(e.getMessage());
            int nl = msg.indexOf("Message: ");
            throw Errors.input(where, ContentLines.shorten(nl >= 0 ? msg.substring(nl + 9) : msg), "well-formed XML", e);
        } finally {
            if (x != null) {
                try {
                    x.close();
                } catch (XMLStreamException e) {
                    // closing a reader that already failed
                }
            }
        }
    }

    private static final class Reader {
        private final XMLStreamReader x;
        private int ordinal;

        Reader(XMLStreamReader x) {
            this.x = x;
        }

        String where() {
            Location l = x.getLocation();
            return "line " + l.getLineNumber() + ", column " + l.getColumnNumber();
        }

        /** Moves to the next start element in this parent; false at the parent's end (or the document's). */
        boolean nextElement() throws XMLStreamException {
            while (x.hasNext()) {
                int e = x.next();
                switch (e) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        return true;
                    }
                    case XMLStreamConstants.END_ELEMENT, XMLStreamConstants.END_DOCUMENT -> {
                        return false;
                    }
                    case XMLStreamConstants.DTD -> throw Errors.input(where(), "a DOCTYPE declaration",
                            "xCal without a DTD (DTDs and external entities are refused)");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw Errors.input(where(),
                            "the entity reference &" + x.getLocalName() + ";", "text without custom entities");
                    case XMLStreamConstants.CHARACTERS -> {
                        if (!x.isWhiteSpace()) {
                            throw Errors.input(where(), "the text '" + ContentLines.shorten(x.getText().trim()) + "'",
                                    "an element here");
                        }
                    }
                    default -> { }
                }
            }
            throw Errors.input(where(), "the end of the input", "the closing tags of the calendar");
        }

        void expectName(String name, String what) {
            if (!NS.equals(x.getNamespaceURI()) || !x.getLocalName().equals(name)) {
                throw Errors.input(where(), "<" + x.getLocalName() + ">" + (NS.equals(x.getNamespaceURI()) ? ""
                        : " in the namespace '" + ContentLines.shorten(String.valueOf(x.getNamespaceURI())) + "'"), what);
            }
        }

        private void skip() throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int e = x.next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (e == XMLStreamConstants.END_DOCUMENT) {
                    throw Errors.input(where(), "the end of the input", "closing tags");
                } else if (e == XMLStreamConstants.DTD || e == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw Errors.input(where(), "a DTD or entity reference", "xCal without a DTD");
                }
            }
        }

        /** Reads a component whose start tag is current: <properties> and <components>. */
        Component component(Component parent, int depth) throws XMLStreamException {
            String name = x.getLocalName();
            Component.checkNesting(parent, name, depth, where());
            Component c = new Component(name, where(), ++ordinal);
            while (nextElement()) {
                if (!NS.equals(x.getNamespaceURI())) {
                    skip();
                } else if (x.getLocalName().equals("properties")) {
                    while (nextElement()) {
                        if (NS.equals(x.getNamespaceURI())) {
                            c.props.add(property());
                        } else {
                            skip();
                        }
                    }
                } else if (x.getLocalName().equals("components")) {
                    while (nextElement()) {
                        if (NS.equals(x.getNamespaceURI())) {
                            c.children.add(component(c, depth + 1));
                        } else {
                            skip();
                        }
                    }
                } else {
                    throw Errors.input(where(), "<" + x.getLocalName() + "> in <" + name + ">", "<properties> or <components>");
                }
            }
            return c;
        }

        /** Reads a property whose start tag is current: optional <parameters>, then typed values. */
        ContentLines.Line property() throws XMLStreamException {
            String at = where();
            String name = x.getLocalName().toUpperCase(Locale.ROOT);
            if (!name.matches("[A-Z0-9-]{1,64}")) {
                throw Errors.input(at, "the property <" + ContentLines.shorten(x.getLocalName()) + ">", "a property name");
            }
            Map<String, String> params = new LinkedHashMap<>();
            String type = null;
            List<String> values = new ArrayList<>();
            while (nextElement()) {
                String el = x.getLocalName();
                if (!NS.equals(x.getNamespaceURI())) {
                    skip();
                } else if (el.equals("parameters")) {
                    while (nextElement()) {
                        String param = x.getLocalName().toUpperCase(Locale.ROOT);
                        List<String> pv = new ArrayList<>();
                        while (nextElement()) {
                            pv.add(text());
                        }
                        params.putIfAbsent(param, String.join(",", pv));
                    }
                } else {
                    if (type != null && !type.equals(el)) {
                        throw Errors.input(where(), "a value of type " + el + " after one of type " + type,
                                "values of one type in " + name.toLowerCase(Locale.ROOT));
                    }
                    type = el;
                    if (el.equals("recur")) {
                        List<Map.Entry<String, String>> parts = new ArrayList<>();
                        while (nextElement()) {
                            parts.add(Map.entry(x.getLocalName(), text()));
                        }
                        values.add(TypedValues.recur(at, merge(parts)));
                    } else if (el.equals("geo")) {
                        String lat = null;
                        String lon = null;
                        while (nextElement()) {
                            if (x.getLocalName().equals("latitude")) {
                                lat = text();
                            } else if (x.getLocalName().equals("longitude")) {
                                lon = text();
                            } else {
                                skip();
                            }
                        }
                        if (lat == null || lon == null) {
                            throw Errors.input(at + " (GEO)", "a <geo> without latitude or longitude", "both");
                        }
                        values.add(lat);
                        values.add(lon);
                        type = "float";
                    } else if (el.equals("period")) {
                        String start = null;
                        String end = null;
                        while (nextElement()) {
                            if (x.getLocalName().equals("start")) {
                                start = text();
                            } else {
                                end = text();
                            }
                        }
                        if (start == null || end == null) {
                            throw Errors.input(at + " (" + name + ")", "a <period> without start or end", "both");
                        }
                        values.add(start + "/" + end);
                    } else {
                        values.add(text());
                    }
                }
            }
            if (type == null) {
                throw Errors.input(at + " (" + name + ")", "a property without a value", "a typed value such as <text>");
            }
            return TypedValues.line(at, name, params, type, values);
        }

        /**
         * Reads the older xCal draft of frab, pentabarf and pretalx ({@code schedule.xcal}):
         * {@code <iCalendar><vcalendar><vevent><dtstart>20201227T113000</dtstart>…}, properties as
         * elements with their iCalendar value as text, no parameters. Elements of other namespaces
         * ({@code pentabarf:…}) are skipped; {@code <attendee>Name</attendee>} names a speaker; a
         * DURATION in hours ({@code 0.5000}) is left to DTEND.
         */
        Component draft() throws XMLStreamException {
            Component calendar = new Component("VCALENDAR", where(), ++ordinal);
            boolean any = false;
            while (nextElement()) {
                if (!x.getLocalName().equalsIgnoreCase("vcalendar")) {
                    skip();
                    continue;
                }
                any = true;
                while (nextElement()) {
                    String name = x.getLocalName();
                    if (isForeign()) {
                        skip();
                    } else if (name.toLowerCase(Locale.ROOT).startsWith("v") && !name.equalsIgnoreCase("version")) {
                        calendar.children.add(draftComponent(calendar, 1));
                    } else {
                        draftProperty(calendar);
                    }
                }
            }
            if (!any) {
                throw Errors.input(where(), "an <iCalendar> without <vcalendar>", "<vcalendar>");
            }
            return calendar;
        }

        private boolean isForeign() {
            String ns = x.getNamespaceURI();
            return ns != null && !ns.isEmpty() && !ns.equals(DRAFT_NS);
        }

        private Component draftComponent(Component parent, int depth) throws XMLStreamException {
            String name = x.getLocalName();
            Component.checkNesting(parent, name, depth, where());
            Component c = new Component(name, where(), ++ordinal);
            while (nextElement()) {
                String child = x.getLocalName();
                if (isForeign()) {
                    skip();
                } else if (child.toLowerCase(Locale.ROOT).startsWith("v") && !child.equalsIgnoreCase("version")) {
                    c.children.add(draftComponent(c, depth + 1));
                } else {
                    draftProperty(c);
                }
            }
            return c;
        }

        private void draftProperty(Component c) throws XMLStreamException {
            String at = where();
            String name = x.getLocalName().toUpperCase(Locale.ROOT);
            if (!name.matches("[A-Z0-9-]{1,64}")) {
                throw Errors.input(at, "the property <" + ContentLines.shorten(x.getLocalName()) + ">", "a property name");
            }
            String value = text().strip();
            if (value.isEmpty() || name.equals("DURATION") && !value.matches("[+-]?P.*")) {
                return;
            }
            Map<String, String> params = new LinkedHashMap<>();
            if (name.equals("ATTENDEE") && !value.contains(":")) {
                params.put("CN", value);
                value = "invalid:nomail";
            } else if (TypedValues.typeOf(name, params).equals("text")) {
                value = ContentLines.escape(value);
            }
            if (value.length() > ContentLines.MAX_LINE) {
                throw Errors.input(at + " (" + name + ")", "a value longer than " + ContentLines.MAX_LINE + " characters",
                        "shorter values");
            }
            c.props.add(new ContentLines.Line(at, name, params, value));
        }

        /** @return the text of the current element, which must hold no elements */
        private String text() throws XMLStreamException {
            StringBuilder sb = new StringBuilder();
            while (true) {
                int e = x.next();
                switch (e) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (sb.length() + x.getTextLength() > MAX_TEXT) {
                            throw Errors.input(where(), "a text longer than " + MAX_TEXT + " characters", "shorter text");
                        }
                        sb.append(x.getText());
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        return sb.toString();
                    }
                    case XMLStreamConstants.START_ELEMENT -> throw Errors.input(where(), "the element <" + x.getLocalName() + ">",
                            "text only");
                    case XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.DTD -> throw Errors.input(where(),
                            "an entity reference", "text without custom entities");
                    case XMLStreamConstants.END_DOCUMENT -> throw Errors.input(where(), "the end of the input", "closing tags");
                    default -> { }
                }
            }
        }

        private static List<Map.Entry<String, String>> merge(List<Map.Entry<String, String>> parts) {
            Map<String, List<String>> m = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : parts) {
                m.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
            }
            List<Map.Entry<String, String>> out = new ArrayList<>();
            m.forEach((k, v) -> out.add(Map.entry(k, String.join(",", v))));
            return out;
        }
    }

    /**
     * @param calendar a VCALENDAR (from Konvent's iCalendar output)
     * @return it as xCal text
     */
    static String write(Component calendar) {
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<icalendar xmlns=\"").append(NS).append("\">\n");
        component(sb, calendar, 1);
        sb.append("</icalendar>\n");
        return sb.toString();
    }

    private static void component(StringBuilder sb, Component c, int indent) {
        String pad = "  ".repeat(indent);
        String name = c.name.toLowerCase(Locale.ROOT);
        sb.append(pad).append('<').append(name).append(">\n");
        if (!c.props.isEmpty()) {
            sb.append(pad).append("  <properties>\n");
            for (ContentLines.Line l : c.props) {
                property(sb, l, pad + "    ");
            }
            sb.append(pad).append("  </properties>\n");
        }
        if (!c.children.isEmpty()) {
            sb.append(pad).append("  <components>\n");
            for (Component child : c.children) {
                component(sb, child, indent + 2);
            }
            sb.append(pad).append("  </components>\n");
        }
        sb.append(pad).append("</").append(name).append(">\n");
    }

    private static void property(StringBuilder sb, ContentLines.Line l, String pad) {
        TypedValues.Typed t = TypedValues.typed(l);
        String name = l.name().toLowerCase(Locale.ROOT);
        sb.append(pad).append('<').append(name).append('>');
        boolean params = l.params().keySet().stream().anyMatch(k -> !k.equals("VALUE"));
        if (params) {
            sb.append("<parameters>");
            for (Map.Entry<String, String> p : l.params().entrySet()) {
                if (p.getKey().equals("VALUE")) {
                    continue;
                }
                String pn = p.getKey().toLowerCase(Locale.ROOT);
                sb.append('<').append(pn).append("><").append(paramType(p.getKey())).append('>');
                escape(sb, p.getValue());
                sb.append("</").append(paramType(p.getKey())).append("></").append(pn).append('>');
            }
            sb.append("</parameters>");
        }
        if (t.isRecur()) {
            sb.append("<recur>");
            for (Map.Entry<String, String> part : t.recur()) {
                for (String v : part.getValue().split(",")) {
                    sb.append('<').append(part.getKey()).append('>');
                    escape(sb, v);
                    sb.append("</").append(part.getKey()).append('>');
                }
            }
            sb.append("</recur>");
        } else if (l.name().equals("GEO") && t.values().size() == 2) {
            sb.append("<geo><latitude>").append(t.values().get(0)).append("</latitude><longitude>")
                    .append(t.values().get(1)).append("</longitude></geo>");
        } else {
            for (String v : t.values()) {
                sb.append('<').append(t.type()).append('>');
                escape(sb, v);
                sb.append("</").append(t.type()).append('>');
            }
        }
        sb.append("</").append(name).append(">\n");
    }

    private static String paramType(String param) {
        return switch (param) {
            case "DELEGATED-FROM", "DELEGATED-TO", "MEMBER", "SENT-BY" -> "cal-address";
            case "ALTREP", "DIR", "SCHEMA" -> "uri";
            default -> "text";
        };
    }

    private static void escape(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\r' -> sb.append("&#13;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        sb.append(' ');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
    }
}
