package io.github.konvent.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.jdbc.JdbcCatalogStore;
import io.github.konvent.testing.SeedCatalog;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PortalServerTest {
    static final String ONLINE = SeedCatalog.KOMMUNEN_INNOVATIV_ONLINE_2020.value();
    static JdbcCatalogStore store;
    static PortalServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = TestStores.seeded();
        server = PortalServer.start(store, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void programmePageShowsItemsTimesAndModeratorInGerman() throws Exception {
        HttpResponse<String> r = get("/events/" + ONLINE + "?lang=de");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        String html = r.body();
        assertThat(html).contains("<html lang=\"de\">", "<main", "<nav", "Programm",
                "Den Handlungsspielraum der Kommunen mit neuen Partnern erweitern",
                "Begrüßung und inhaltliche Einführung", "Stephanie Bock", "Deutsches Institut für Urbanistik",
                "datetime=\"2020-11-24T10:00+01:00\"", "Europe/Berlin",
                "<script type=\"application/ld+json\">", "https://schema.org",
                "href=\"/events/" + ONLINE + ".ics\"");
        assertThat(r.headers().firstValue("ETag")).isPresent();
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
    }

    @Test
    void englishPageHasEnglishLabels() throws Exception {
        String html = get("/events/" + ONLINE + "?lang=en").body();
        assertThat(html).contains("<html lang=\"en\">", "Programme", "Tuesday, November 24, 2020");
    }

    @Test
    void feedByEtagGets304() throws Exception {
        HttpResponse<String> first = get("/events/" + ONLINE + ".ics");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).startsWith("BEGIN:VCALENDAR").contains("UID:urn:konvent:session:");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> second = get("/events/" + ONLINE + ".ics", "If-None-Match", etag);
        assertThat(second.statusCode()).isEqualTo(304);
        assertThat(second.body()).isEmpty();
    }

    @Test
    void headGivesTheHeadersOfGetWithoutABody() throws Exception {
        HttpResponse<String> get = get("/events/" + ONLINE + ".ics");
        HttpResponse<String> head = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/events/" + ONLINE + ".ics"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag")).isPresent();
        assertThat(head.headers().firstValue("Content-Type")).isEqualTo(get.headers().firstValue("Content-Type"));
        assertThat(head.headers().firstValue("Last-Modified")).isEqualTo(get.headers().firstValue("Last-Modified"));
    }

    @Test
    void jsonByAcceptAndSuffixWithCors() throws Exception {
        HttpResponse<String> ld = get("/events/" + ONLINE, "Accept", "application/ld+json");
        assertThat(ld.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/ld+json"));
        assertThat(ld.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(ld.body()).contains("\"@type\"");
        HttpResponse<String> json = get("/events/" + ONLINE + ".json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains(ONLINE);
        HttpResponse<String> schedule = get("/events/" + ONLINE + "/schedule.json");
        assertThat(schedule.body()).contains("\"version\":\"1\"");
        HttpResponse<String> xml = get("/events/" + ONLINE + "/schedule.xml");
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/xml"));
        assertThat(xml.body()).contains("<schedule", "<version>1</version>", "<event ");
    }

    @Test
    void unknownEventIsA404PageAndBadFilterA400Page() throws Exception {
        HttpResponse<String> r = get("/events/no-such-event?lang=en");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("<h1>404", "There is no event with the id 'no-such-event'");
        HttpResponse<String> bad = get("/events?from=yesterday&lang=en");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("must be a date");
        assertThat(get("/nowhere").statusCode()).isEqualTo(404);
    }

    @Test
    void eventListIsPagedAndFiltered() throws Exception {
        HttpResponse<String> r = get("/events?from=2000-01-01&size=2&lang=de");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("rel=\"next\"").doesNotContain("rel=\"prev\"");
        HttpResponse<String> series = get("/events?from=2000-01-01&series="
                + SeedCatalog.ENGAGEMENTKONGRESS_NRW.value() + "&size=50");
        assertThat(series.body()).contains("/events/" + SeedCatalog.ENGAGEMENTKONGRESS_NRW_2017.value())
                .doesNotContain("/events/" + ONLINE);
    }

    @Test
    void seriesPersonAndOrganisationPages() throws Exception {
        HttpResponse<String> s = get("/series/" + SeedCatalog.ENGAGEMENTKONGRESS_NRW.value() + "?lang=de");
        assertThat(s.statusCode()).isEqualTo(200);
        assertThat(s.body()).contains("2017", "2015", "2013");
        HttpResponse<String> ics = get("/series/" + SeedCatalog.ENGAGEMENTKONGRESS_NRW.value() + ".ics");
        assertThat(ics.body()).startsWith("BEGIN:VCALENDAR");
        HttpResponse<String> p = get("/people/" + SeedCatalog.STEPHANIE_BOCK.value() + "?lang=de");
        assertThat(p.statusCode()).isEqualTo(200);
        assertThat(p.body()).contains("Stephanie Bock", "Moderation");
        HttpResponse<String> org = get("/organizations/" + SeedCatalog.KAS.value() + ".ics");
        assertThat(org.statusCode()).isEqualTo(200);
        assertThat(org.body()).contains("urn:konvent:event:" + SeedCatalog.KAS_KOMMUNALKONGRESS_2024.value());
    }

    @Test
    void changedProgrammeRaisesSequenceAndKeepsRemovedSessionAsCancelled() throws Exception {
        JdbcCatalogStore own = TestStores.seeded();
        try (PortalServer s = PortalServer.start(own, "127.0.0.1", 0)) {
            Event e = own.loadEvent(SeedCatalog.KOMMUNEN_INNOVATIV_ONLINE_2020).orElseThrow();
            List<Session> programme = new ArrayList<>(e.programme());
            Session impulse = programme.stream().filter(x -> x.title().equals("Blick von außen")).findFirst().orElseThrow();
            Session closing = programme.get(programme.size() - 1);
            programme.set(programme.indexOf(impulse), impulse.withStart(LocalTime.of(11, 35)));
            programme.remove(closing);
            own.save(e.withProgramme(programme));
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port()
                    + "/events/" + ONLINE + ".ics")).build(), HttpResponse.BodyHandlers.ofString());
            String ics = r.body().replace("\r\n ", "");
            String moved = block(ics, "UID:urn:konvent:session:" + impulse.id().value());
            assertThat(moved).contains("SEQUENCE:2", "DTSTART;TZID=Europe/Berlin:20201124T113500");
            String removed = block(ics, "UID:urn:konvent:session:" + closing.id().value());
            assertThat(removed).contains("STATUS:CANCELLED", "SEQUENCE:2");
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port()
                    + "/events/" + ONLINE + "?lang=de")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.body()).contains("Programmversion 2", "Neue Zeit", "Gestrichen");
        }
    }

    @Test
    void onlineJoinLinkAndRegistrationState() throws Exception {
        JdbcCatalogStore own = TestStores.seeded();
        Event e = own.loadEvent(SeedCatalog.KOMMUNEN_INNOVATIV_ONLINE_2020).orElseThrow();
        own.save(e.withOnline(io.github.konvent.event.OnlineLocation.builder()
                        .joinUrl(URI.create("https://konferenz.example/raum-1")).platform("BigBlueButton").build())
                .withRegistration(io.github.konvent.event.Registration.builder()
                        .state(io.github.konvent.event.RegistrationState.OPEN)
                        .url(URI.create("https://anmeldung.example/ki-2020")).build()));
        try (PortalServer s = PortalServer.start(own, "127.0.0.1", 0)) {
            String html = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port()
                    + "/events/" + ONLINE + "?lang=de")).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(html).contains("class=\"join\" href=\"https://konferenz.example/raum-1\"",
                    "Online teilnehmen (BigBlueButton)", "Anmeldung offen",
                    "href=\"https://anmeldung.example/ki-2020\"");
        }
    }

    static String block(String ics, String uidLine) {
        int i = ics.indexOf(uidLine);
        assertThat(i).as(uidLine).isPositive();
        int start = ics.lastIndexOf("BEGIN:VEVENT", i);
        return ics.substring(start, ics.indexOf("END:VEVENT", i));
    }
}
