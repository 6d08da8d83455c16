package io.github.konvent;

import io.github.konvent.event.Award;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.Involvement;
import io.github.konvent.event.Laureate;
import io.github.konvent.event.Session;
import io.github.konvent.funding.CoCreationLab;
import io.github.konvent.funding.ConsortiumMember;
import io.github.konvent.funding.FundingProgramme;
import io.github.konvent.funding.Project;
import io.github.konvent.id.Id;
import io.github.konvent.id.PartyId;
import io.github.konvent.people.Affiliation;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.Organization;
import io.github.konvent.people.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Walks every reference of a catalog and collects those that do not resolve. */
final class References {
    private final Catalog.Index index;
    private final List<DanglingReference> dangling = new ArrayList<>();

    private References(Catalog catalog) {
        this.index = new Catalog.Index(catalog);
    }

    static List<DanglingReference> dangling(Catalog catalog) {
        References r = new References(catalog);
        r.walk(catalog);
        return List.copyOf(r.dangling);
    }

    private void ref(Id id, String where) {
        if (!index.contains(id)) {
            dangling.add(new DanglingReference(id.kind(), id.value(), where));
        }
    }

    private void ref(Optional<? extends Id> id, String where) {
        id.ifPresent(i -> ref(i, where));
    }

    private void refs(List<? extends Id> ids, String where) {
        for (int i = 0; i < ids.size(); i++) {
            ref(ids.get(i), where + "[" + i + "]");
        }
    }

    private void involvements(List<Involvement> involvements, String where) {
        for (int i = 0; i < involvements.size(); i++) {
            ref(involvements.get(i).party(), where + " / involvements[" + i + "]");
        }
    }

    private void walk(Catalog c) {
        for (Organization o : c.organizations()) {
            ref(o.parent(), "organization " + o.id() + " / parent");
        }
        for (Person p : c.people()) {
            List<Affiliation> affiliations = p.affiliations();
            for (int i = 0; i < affiliations.size(); i++) {
                ref(affiliations.get(i).organization(), "person " + p.id() + " / affiliations[" + i + "]");
            }
        }
        for (EventSeries s : c.series()) {
            involvements(s.involvements(), "series " + s.id());
        }
        for (Event e : c.events()) {
            String self = "event " + e.id();
            ref(e.series(), self + " / series");
            ref(e.venue(), self + " / venue");
            ref(e.fundingProgramme(), self + " / fundingProgramme");
            ref(e.contact(), self + " / contact");
            involvements(e.involvements(), self);
            for (Session s : e.programme()) {
                String where = self + " / session " + s.id();
                ref(s.room(), where + " / room");
                refs(s.presenters(), where + " / presenters");
                List<Contribution> contributions = s.contributions();
                for (int i = 0; i < contributions.size(); i++) {
                    Contribution k = contributions.get(i);
                    ref(k.person(), where + " / contributions[" + i + "] / person");
                    refs(k.onBehalfOf(), where + " / contributions[" + i + "] / onBehalfOf");
                }
            }
        }
        for (FundingProgramme f : c.fundingProgrammes()) {
            String self = "fundingProgramme " + f.id();
            refs(f.funders(), self + " / funders");
            ref(f.accompanyingResearch(), self + " / accompanyingResearch");
        }
        for (Project p : c.projects()) {
            String self = "project " + p.id();
            ref(p.programme(), self + " / programme");
            List<ConsortiumMember> members = p.consortium();
            for (int i = 0; i < members.size(); i++) {
                ref(members.get(i).organization(), self + " / consortium[" + i + "] / organization");
                ref(members.get(i).unit(), self + " / consortium[" + i + "] / unit");
            }
            refs(p.municipalities(), self + " / municipalities");
        }
        for (CoCreationLab l : c.labs()) {
            String self = "lab " + l.id();
            ref(l.hostMunicipality(), self + " / hostMunicipality");
            ref(l.project(), self + " / project");
            refs(l.partners(), self + " / partners");
            refs(l.labSessions(), self + " / labSessions");
        }
        for (Award a : c.awards()) {
            String self = "award " + a.id();
            ref(a.series(), self + " / series");
            ref(a.awardedBy(), self + " / awardedBy");
            List<Laureate> laureates = a.laureates();
            for (int i = 0; i < laureates.size(); i++) {
                PartyId party = laureates.get(i).party();
                ref(party, self + " / laureates[" + i + "] / party");
                ref(laureates.get(i).edition(), self + " / laureates[" + i + "] / edition");
            }
        }
    }
}
