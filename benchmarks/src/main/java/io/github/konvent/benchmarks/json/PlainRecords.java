package io.github.konvent.benchmarks.json;

import io.github.konvent.Catalog;
import io.github.konvent.event.AccessibilityFeature;
import io.github.konvent.event.AttendanceMode;
import io.github.konvent.event.CadenceKind;
import io.github.konvent.event.EventStatus;
import io.github.konvent.event.EventType;
import io.github.konvent.event.InvolvementRole;
import io.github.konvent.event.RegistrationState;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.funding.ProjectKind;
import io.github.konvent.id.Id;
import io.github.konvent.id.PartyId;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.OrganizationKind;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The baseline of the JSON benchmark: plain Java records with the same fields as the model,
 * written and read by Jackson databind without any custom code (absent values as null).
 */
final class PlainRecords {
    private PlainRecords() {}

    record RCatalog(String konvent, List<ROrganization> organizations, List<RPerson> people, List<RSeries> series,
            List<RVenue> venues, List<RProgramme> fundingProgrammes, List<RProject> projects, List<RLab> labs,
            List<RAward> awards, List<REvent> events) {}

    record RAddress(String street, String postalCode, String locality, String district, String region, String country) {}

    record RContact(String email, String phone, URI url, boolean isPublic) {}

    record ROrganization(String id, String name, String shortName, OrganizationKind kind, String ags, String parent,
            RAddress address, URI website, List<RContact> contacts, long revision) {}

    record RAffiliation(String organization, String position, LocalDate validFrom, LocalDate validUntil, LocalDate asOf) {}

    record RPerson(String id, String salutation, String honorific, String givenName, String familyName,
            List<RAffiliation> affiliations, List<RContact> contacts, long revision) {}

    record RInvolvement(String party, InvolvementRole role) {}

    record RSeries(String id, String name, String motto, String description, CadenceKind cadence, List<LocalDate> dates,
            Integer firstYear, List<RInvolvement> involvements, Integer typicalDays, AttendanceMode typicalAttendanceMode,
            Set<AttendanceMode> possibleAttendanceModes, boolean changingThemeAndPlace, List<String> topics,
            List<String> targetAudiences, List<String> aims, List<String> guidingQuestions, URI website, long revision) {}

    record RRoom(String id, String name, Integer capacity, Set<AccessibilityFeature> accessibility) {}

    record RVenue(String id, String name, RAddress address, Double latitude, Double longitude, List<RRoom> rooms,
            Set<AccessibilityFeature> accessibility, String accessibilityNote, URI website, long revision) {}

    record RContribution(String person, ContributionRole role, List<String> onBehalfOf, String function) {}

    record RSession(String id, String title, SessionFormat format, String formatLabel, String description, int day,
            LocalTime start, LocalTime end, boolean endsNextDay, boolean endDerived, String room, String block,
            String parent, Integer number, boolean optional, boolean sideProgramme, List<String> guidingQuestions,
            List<String> topics, List<RContribution> contributions, List<String> presenters, Integer expectedAudience) {}

    record RBlock(String id, String label, int day, LocalTime start, LocalTime end, Integer announcedSessionCount) {}

    record RFee(BigDecimal amount, String currency, String note) {}

    record RRegistration(RegistrationState state, URI url, LocalDateTime opens, LocalDateTime closes, RFee fee,
            Integer capacity, String note) {}

    record RLink(String label, URI url, String mediaType, Long sizeBytes) {}

    record ROnline(URI joinUrl, String platform, String label) {}

    record REvent(String id, String title, String subtitle, String theme, String description, EventType type,
            EventStatus status, String series, Integer editionNumber, Integer statedYear, String zone, LocalDate startDate,
            int days, LocalTime dailyStart, LocalTime dailyEnd, AttendanceMode attendanceMode, String venue, ROnline online,
            List<RInvolvement> involvements, String fundingProgramme, List<RSession> programme, List<RBlock> blocks,
            List<String> targetAudiences, List<String> topics, List<String> guidingQuestions, RRegistration registration,
            String contact, URI website, List<RLink> links, Integer participantCount, String language, long revision) {}

    record RProgramme(String id, String name, String description, List<String> funders, String framework, LocalDate start,
            LocalDate end, List<String> focuses, String accompanyingResearch, Integer statedProjectCount, URI website,
            long revision) {}

    record RMember(String organization, boolean lead, String unit, String role) {}

    record RProject(String id, String acronym, String title, ProjectKind kind, String description, String programme,
            List<RMember> consortium, List<String> places, List<String> municipalities, LocalDate start, LocalDate end,
            List<String> grantReferences, List<String> topics, URI website, long revision) {}

    record RLab(String id, String name, String purpose, String hostMunicipality, String project, List<String> partners,
            List<String> labSessions, List<String> topics, long revision) {}

    record RLaureate(String party, String edition, Integer year, String category) {}

    record RAward(String id, String name, String description, String series, String awardedBy,
            Set<OrganizationKind> eligibleKinds, List<RLaureate> laureates, long revision) {}

    private static <T> T or(Optional<T> o) {
        return o.orElse(null);
    }

    private static String id(Optional<? extends Id> o) {
        return o.map(Id::value).orElse(null);
    }

    private static String party(PartyId p) {
        return p.kind() + ":" + p.value();
    }

    private static List<String> ids(List<? extends Id> ids) {
        return ids.stream().map(Id::value).toList();
    }

    /** @return the catalog as records with the same content */
    static RCatalog of(Catalog c) {
        return new RCatalog("1.0",
                c.organizations().stream().map(o -> new ROrganization(o.id().value(), o.name(), or(o.shortName()), o.kind(),
                        or(o.ags()), id(o.parent()), or(o.address().map(PlainRecords::address)), or(o.website()),
                        o.contacts().stream().map(k -> new RContact(or(k.email()), or(k.phone()), or(k.url()), k.isPublic())).toList(),
                        o.revision())).toList(),
                c.people().stream().map(p -> new RPerson(p.id().value(), or(p.salutation()), or(p.honorific()),
                        or(p.givenName()), p.familyName(),
                        p.affiliations().stream().map(a -> new RAffiliation(a.organization().value(), or(a.position()),
                                or(a.validFrom()), or(a.validUntil()), or(a.asOf()))).toList(),
                        p.contacts().stream().map(k -> new RContact(or(k.email()), or(k.phone()), or(k.url()), k.isPublic())).toList(),
                        p.revision())).toList(),
                c.series().stream().map(s -> new RSeries(s.id().value(), s.name(), or(s.motto()), or(s.description()),
                        s.cadence().kind(), s.cadence().dates(), or(s.firstYear()),
                        s.involvements().stream().map(i -> new RInvolvement(party(i.party()), i.role())).toList(),
                        or(s.typicalDays()), or(s.typicalAttendanceMode()), s.possibleAttendanceModes(),
                        s.changingThemeAndPlace(), s.topics(), s.targetAudiences(), s.aims(), s.guidingQuestions(),
                        or(s.website()), s.revision())).toList(),
                c.venues().stream().map(v -> new RVenue(v.id().value(), v.name(), or(v.address().map(PlainRecords::address)),
                        or(v.geo().map(g -> g.latitude())), or(v.geo().map(g -> g.longitude())),
                        v.rooms().stream().map(r -> new RRoom(r.id().value(), r.name(), or(r.capacity()), r.accessibility())).toList(),
                        v.accessibility(), or(v.accessibilityNote()), or(v.website()), v.revision())).toList(),
                c.fundingProgrammes().stream().map(f -> new RProgramme(f.id().value(), f.name(), or(f.description()),
                        ids(f.funders()), or(f.framework()), or(f.start()), or(f.end()), f.focuses(),
                        id(f.accompanyingResearch()), or(f.statedProjectCount()), or(f.website()), f.revision())).toList(),
                c.projects().stream().map(p -> new RProject(p.id().value(), or(p.acronym()), p.title(), p.kind(),
                        or(p.description()), id(p.programme()),
                        p.consortium().stream().map(m -> new RMember(m.organization().value(), m.lead(), id(m.unit()), or(m.role()))).toList(),
                        p.places(), ids(p.municipalities()), or(p.start()), or(p.end()), p.grantReferences(), p.topics(),
                        or(p.website()), p.revision())).toList(),
                c.labs().stream().map(l -> new RLab(l.id().value(), l.name(), or(l.purpose()), id(l.hostMunicipality()),
                        id(l.project()), ids(l.partners()), ids(l.labSessions()), l.topics(), l.revision())).toList(),
                c.awards().stream().map(a -> new RAward(a.id().value(), a.name(), or(a.description()), id(a.series()),
                        or(a.awardedBy().map(PlainRecords::party)), a.eligibleKinds(),
                        a.laureates().stream().map(l -> new RLaureate(party(l.party()), id(l.edition()), or(l.year()),
                                or(l.category()))).toList(), a.revision())).toList(),
                c.events().stream().map(e -> new REvent(e.id().value(), e.title(), or(e.subtitle()), or(e.theme()),
                        or(e.description()), e.type(), e.status(), id(e.series()), or(e.editionNumber()), or(e.statedYear()),
                        e.zone().getId(), or(e.startDate()), e.days(), or(e.dailyStart()), or(e.dailyEnd()),
                        e.attendanceMode(), id(e.venue()),
                        or(e.online().map(o -> new ROnline(or(o.joinUrl()), or(o.platform()), or(o.label())))),
                        e.involvements().stream().map(i -> new RInvolvement(party(i.party()), i.role())).toList(),
                        id(e.fundingProgramme()),
                        e.programme().stream().map(s -> new RSession(s.id().value(), s.title(), s.format(),
                                or(s.formatLabel()), or(s.description()), s.day(), or(s.start()), or(s.end()),
                                s.endsNextDay(), s.endDerived(), id(s.room()), id(s.block()), id(s.parent()),
                                or(s.number()), s.optional(), s.sideProgramme(), s.guidingQuestions(), s.topics(),
                                s.contributions().stream().map(k -> new RContribution(k.person().value(), k.role(),
                                        k.onBehalfOf().stream().map(PlainRecords::party).toList(), or(k.function()))).toList(),
                                s.presenters().stream().map(PlainRecords::party).toList(), or(s.expectedAudience()))).toList(),
                        e.blocks().stream().map(b -> new RBlock(b.id().value(), or(b.label()), b.day(), or(b.start()),
                                or(b.end()), or(b.announcedSessionCount()))).toList(),
                        e.targetAudiences(), e.topics(), e.guidingQuestions(),
                        or(e.registration().map(r -> new RRegistration(r.state(), or(r.url()), or(r.opens()), or(r.closes()),
                                or(r.fee().map(f -> new RFee(f.amount(), f.currency(), or(f.note())))), or(r.capacity()),
                                or(r.note())))),
                        id(e.contact()), or(e.website()),
                        e.links().stream().map(l -> new RLink(l.label(), or(l.url()), or(l.mediaType()), or(l.sizeBytes()))).toList(),
                        or(e.participantCount()), e.language(), e.revision())).toList());
    }

    private static RAddress address(io.github.konvent.event.Address a) {
        return new RAddress(or(a.street()), or(a.postalCode()), or(a.locality()), or(a.district()), or(a.region()), a.country());
    }
}
