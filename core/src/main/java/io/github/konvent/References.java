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
import java.util.function.Supplier;

/** Walks every reference of a catalog and collects those that do not resolve. */
final class References {
    private final Catalog.Index index;
    private final List<DanglingReference> dangling = new ArrayList<>();

    private References(Catalog catalog) {
        this.index = catalog.index();
    }

    static List<DanglingReference> dangling(Catalog catalog) {
        References r = new References(catalog);
        r.walk(catalog);
        return List.copyOf(r.dangling);
    }

    // Paths are built only for references that do not resolve: a large catalog has millions of
    // references, and building a path string for each would dominate the check.
    private void ref(Id id, Supplier<String> where) {
        if (!index.contains(id)) {
            dangling.add(new DanglingReference(id.kind(), id.value(), where.get()));
        }
    }

    private void ref(Optional<? extends Id> id, Supplier<String> where) {
        if (id.isPresent()) {
            ref(id.get(), where);
        }
    }

    private void refs(List<? extends Id> ids, Supplier<String> where) {
        for (int i = 0; i < ids.size(); i++) {
            int n = i;
            ref(ids.get(i), () -> where.get() + "[" + n + "]");
        }
    }

    private void involvements(List<Involvement> involvements, Supplier<String> where) {
        for (int i = 0; i < involvements.size(); i++) {
            int n = i;
            ref(involvements.get(i).party(), () -> where.get() + " / involvements[" + n + "]");
        }
    }

    private void contributions(List<Contribution> contributions, Supplier<String> where) {
        for (int i = 0; i < contributions.size(); i++) {
            Contribution k = contributions.get(i);
            int n = i;
            ref(k.person(), () -> where.get() + " / contributions[" + n + "] / person");
            refs(k.onBehalfOf(), () -> where.get() + " / contributions[" + n + "] / onBehalfOf");
        }
    }

    private void walk(Catalog c) {
        for (Organization o : c.organizations()) {
            ref(o.parent(), () -> "organization " + o.id() + " / parent");
        }
        for (Person p : c.people()) {
            List<Affiliation> affiliations = p.affiliations();
            for (int i = 0; i < affiliations.size(); i++) {
                int n = i;
                ref(affiliations.get(i).organization(), () -> "person " + p.id() + " / affiliations[" + n + "]");
            }
        }
        for (EventSeries s : c.series()) {
            involvements(s.involvements(), () -> "series " + s.id());
        }
        for (Event e : c.events()) {
            Supplier<String> self = () -> "event " + e.id();
            ref(e.series(), () -> self.get() + " / series");
            ref(e.venue(), () -> self.get() + " / venue");
            ref(e.fundingProgramme(), () -> self.get() + " / fundingProgramme");
            ref(e.contact(), () -> self.get() + " / contact");
            involvements(e.involvements(), self);
            contributions(e.contributions(), self);
            for (Session s : e.programme()) {
                Supplier<String> where = () -> self.get() + " / session " + s.id();
                ref(s.room(), () -> where.get() + " / room");
                refs(s.presenters(), () -> where.get() + " / presenters");
                contributions(s.contributions(), where);
            }
        }
        for (FundingProgramme f : c.fundingProgrammes()) {
            Supplier<String> self = () -> "fundingProgramme " + f.id();
            refs(f.funders(), () -> self.get() + " / funders");
            ref(f.accompanyingResearch(), () -> self.get() + " / accompanyingResearch");
        }
        for (Project p : c.projects()) {
            Supplier<String> self = () -> "project " + p.id();
            ref(p.programme(), () -> self.get() + " / programme");
            List<ConsortiumMember> members = p.consortium();
            for (int i = 0; i < members.size(); i++) {
                int n = i;
                ref(members.get(i).organization(), () -> self.get() + " / consortium[" + n + "] / organization");
                ref(members.get(i).unit(), () -> self.get() + " / consortium[" + n + "] / unit");
            }
            refs(p.municipalities(), () -> self.get() + " / municipalities");
        }
        for (CoCreationLab l : c.labs()) {
            Supplier<String> self = () -> "lab " + l.id();
            ref(l.hostMunicipality(), () -> self.get() + " / hostMunicipality");
            ref(l.project(), () -> self.get() + " / project");
            refs(l.partners(), () -> self.get() + " / partners");
            refs(l.labSessions(), () -> self.get() + " / labSessions");
        }
        for (Award a : c.awards()) {
            Supplier<String> self = () -> "award " + a.id();
            ref(a.series(), () -> self.get() + " / series");
            ref(a.awardedBy(), () -> self.get() + " / awardedBy");
            List<Laureate> laureates = a.laureates();
            for (int i = 0; i < laureates.size(); i++) {
                int n = i;
                PartyId party = laureates.get(i).party();
                ref(party, () -> self.get() + " / laureates[" + n + "] / party");
                ref(laureates.get(i).edition(), () -> self.get() + " / laureates[" + n + "] / edition");
            }
        }
    }
}
