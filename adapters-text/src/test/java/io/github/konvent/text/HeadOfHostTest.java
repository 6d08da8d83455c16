package io.github.konvent.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.Catalog;
import io.github.konvent.people.Affiliation;
import io.github.konvent.people.Person;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rule 11b of docs/FORMAT-TEXT.md: a mayor or district administrator who greets, named without an
 * organisation, belongs to the one host municipality or district the text states, and to nothing
 * when the text leaves it open.
 */
class HeadOfHostTest {
    private static final String HEAD = "# Fachtag Dorfentwicklung\n\nDienstag, 4. März 2025, 10.00 - 16.00 Uhr\n\n";

    private static List<String> affiliations(String text, String family) {
        Catalog c = TextImport.readText(text, TextImport.Options.defaults()).catalog();
        Person p = c.people().stream().filter(x -> x.familyName().equals(family)).findFirst().orElseThrow();
        return p.affiliations().stream().map(Affiliation::organization)
                .map(id -> c.organization(id).orElseThrow().name()).toList();
    }

    @Test
    void aGreetingMayorBelongsToTheOneHostCity() {
        String text = HEAD + "Gastgeberin des Fachtags ist die Stadt Lindenfeld.\n"
                + "Bürgermeisterin Petra Weidmann wird die Gäste mit einem Grußwort begrüßen.\n";
        assertThat(affiliations(text, "Weidmann")).containsExactly("Stadt Lindenfeld");
        TextImport.Result r = TextImport.readText(text, TextImport.Options.defaults());
        assertThat(r.facts()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("head-of-host");
            assertThat(f.confidence()).isEqualTo(0.5);
        });
        assertThat(r.notices()).anySatisfy(n -> assertThat(n.toString()).contains("Weidmann"));
    }

    @Test
    void aDistrictAdministratorBelongsToAHostDistrictButNotToAHostCity() {
        String district = HEAD + "Gastgeber: Landkreis Waldeck-Frankenberg\n"
                + "Landrat Jürgen Horstmann eröffnet den Fachtag.\n";
        assertThat(affiliations(district, "Horstmann")).containsExactly("Landkreis Waldeck-Frankenberg");
        String city = HEAD + "Gastgeber ist die Stadt Korbach.\nLandrat Jürgen Horstmann eröffnet den Fachtag.\n";
        assertThat(affiliations(city, "Horstmann")).isEmpty();
    }

    @Test
    void nothingIsInferredWhenTheTextLeavesItOpen() {
        // two hosts
        assertThat(affiliations(HEAD + "Gastgeber sind die Stadt Lindenfeld und die Gemeinde Rabenau.\n"
                + "Bürgermeister Tobias Keller spricht ein Grußwort.\n", "Keller")).isEmpty();
        // no host
        assertThat(affiliations(HEAD + "Bürgermeister Tobias Keller spricht ein Grußwort.\n", "Keller")).isEmpty();
        // not greeting: a mayor in a talk round may come from anywhere
        assertThat(affiliations(HEAD + "Gastgeber ist die Stadt Lindenfeld.\n10.00 Uhr: Podiumsdiskussion\n"
                + "Bürgermeister Tobias Keller\nProf. Dr. Anna Roth, Universität Kassel\n", "Keller")).isEmpty();
        // the mayor's own municipality wins
        assertThat(affiliations(HEAD + "Gastgeber ist die Stadt Lindenfeld.\n10.00 Uhr: Grußwort\n"
                + "Bürgermeister Tobias Keller, Gemeinde Rabenau\n", "Keller")).containsExactly("Gemeinde Rabenau");
    }
}
