package io.github.konvent.testing;

/**
 * German word pools for generated catalogs: names, places and programme wording with umlauts,
 * ß, quotes, commas and semicolons, so that every format meets real-world text.
 */
final class Words {
    private Words() {}

    static final String[] GIVEN_NAMES = {
        "Anna", "Jörg", "Maria", "Thomas", "Sören", "Jürgen", "Ülkü", "Özlem", "Björn", "Käthe",
        "Hans-Peter", "Marie-Luise", "Grit", "Uwe", "Leonie", "Mehmet", "Dörte", "Ines", "Lukas", "Fatma",
        "Günther", "Annegret", "Ruth", "Joachim", "Ayşe", "Henrik", "Bärbel", "Klaus", "Sabine", "Malte"
    };

    static final String[] FAMILY_NAMES = {
        "Müller", "Schäfer", "Weiß", "Groß", "Köhler", "Schröder", "Özdemir", "Wimmer", "Klie", "Meyer-Lüdenscheid",
        "Hoffmann", "Zöllner", "Bräuer", "Strauß", "von der Heide", "Nußbaum", "Krüger", "Çelik", "Lange", "Fuß",
        "Jäger", "Schulz", "Böhm", "Wagner", "Dreßler", "Kühn", "Engel", "Becker", "Günaydın", "Ostermann"
    };

    static final String[] HONORIFICS = {"Dr.", "Prof. Dr.", "PD Dr.", "Prof. Dr.-Ing.", "Dr. h. c.", "Dipl.-Ing."};

    static final String[] SALUTATIONS = {"Frau", "Herr"};

    static final String[] POSITIONS = {
        "Oberbürgermeisterin", "Bürgermeister", "Referentin für Bürgerbeteiligung", "Geschäftsführer",
        "Präsidentin", "Leiter der Koordinierungsstelle „Soziale Stadt“", "wissenschaftliche Mitarbeiterin",
        "Staatssekretär", "Dezernentin für Jugend, Schule und Sport", "Projektleiter; Sprecher des Netzwerks"
    };

    /** City, state, AGS (8 digits), postal code, latitude, longitude. */
    static final String[][] CITIES = {
        {"Dortmund", "Nordrhein-Westfalen", "05913000", "44137", "51.5136", "7.4653"},
        {"Bonn", "Nordrhein-Westfalen", "05314000", "53111", "50.7374", "7.0982"},
        {"Hamburg", "Hamburg", "02000000", "20095", "53.5511", "9.9937"},
        {"München", "Bayern", "09162000", "80331", "48.1374", "11.5755"},
        {"Köln", "Nordrhein-Westfalen", "05315000", "50667", "50.9375", "6.9603"},
        {"Görlitz", "Sachsen", "14626110", "02826", "51.1528", "14.9873"},
        {"Lüneburg", "Niedersachsen", "03355022", "21335", "53.2464", "10.4115"},
        {"Würzburg", "Bayern", "09663000", "97070", "49.7913", "9.9534"},
        {"Mülheim an der Ruhr", "Nordrhein-Westfalen", "05117000", "45468", "51.4270", "6.8825"},
        {"Saarbrücken", "Saarland", "10041100", "66111", "49.2402", "6.9969"},
        {"Tübingen", "Baden-Württemberg", "08416041", "72070", "48.5216", "9.0576"},
        {"Fürth", "Bayern", "09563000", "90762", "49.4771", "10.9887"},
        {"Leipzig", "Sachsen", "14713000", "04109", "51.3397", "12.3731"},
        {"Düsseldorf", "Nordrhein-Westfalen", "05111000", "40213", "51.2277", "6.7735"},
        {"Osnabrück", "Niedersachsen", "03404000", "49074", "52.2799", "8.0472"},
        {"Frankfurt am Main", "Hessen", "06412000", "60311", "50.1109", "8.6821"},
        {"Berlin", "Berlin", "11000000", "10117", "52.5200", "13.4050"},
        {"Gießen", "Hessen", "06531005", "35390", "50.5841", "8.6784"},
        {"Jena", "Thüringen", "16053000", "07743", "50.9271", "11.5892"},
        {"Kiel", "Schleswig-Holstein", "01002000", "24103", "54.3233", "10.1228"}
    };

    static final String[] STREETS = {
        "Leopoldstraße", "Am Großen Teich", "Königsallee", "Schloßplatz", "Rheinuferstraße",
        "Platz der Vereinten Nationen", "Mühlenweg", "Lange Straße", "Bürgermeister-Smidt-Straße", "Jägerstraße"
    };

    static final String[] VENUE_NAMES = {
        "Dietrich-Keuning-Haus", "Bürgerhaus „Alte Mühle“", "Kongresszentrum am Schloß", "Rathaus, Großer Saal",
        "Stadthalle", "Zeche Zollverein, Halle 12", "Gustav-Stresemann-Institut", "Forum der Volkshochschule",
        "Kulturbahnhof", "Tagungshaus „Grüne Aue“"
    };

    static final String[] ROOM_NAMES = {
        "Plenarsaal", "Saal 1", "Saal 2", "Raum „Ruhr“", "Raum 3.14", "Foyer", "Großer Saal", "Kleiner Saal",
        "Seminarraum Süd", "Werkstatt; Erdgeschoss", "Bibliothek", "Raum Köln/Bonn"
    };

    static final String[] TOPICS = {
        "Digitale Verwaltung", "Bürgerbeteiligung", "Daseinsvorsorge im ländlichen Raum", "Klimaanpassung",
        "Integration und Teilhabe", "Ehrenamt & Engagement", "Wohnen im Quartier", "Mobilität der Zukunft",
        "Demografischer Wandel", "Co-Creation mit der Zivilgesellschaft", "Haushalt, Finanzen; Förderung",
        "Gemeinwohl-Ökonomie", "Schule, Jugend und Sport", "Kultur vor Ort", "Gesundheit im Stadtteil"
    };

    static final String[] TITLE_PATTERNS = {
        "%s: Was können Kommunen tun?",
        "„%s“ – Erfahrungen aus der Praxis",
        "%s; Chancen, Risiken und Nebenwirkungen",
        "Wie gelingt %s? Ein Werkstattbericht aus Görlitz, Lüneburg und Fürth",
        "%s",
        "Zwischen Anspruch und Wirklichkeit: %s im föderalen Gefüge der Bundesrepublik Deutschland, "
                + "betrachtet aus der Sicht kleiner und mittlerer Städte, Gemeinden und Landkreise",
        "Gemeinsam stärker – %s",
        "Große Pläne, kleine Schritte: %s"
    };

    static final String[] GUIDING_QUESTIONS = {
        "Wie erreichen wir Menschen, die sich bislang nicht beteiligen?",
        "Welche Rolle spielt die Verwaltung, welche die Zivilgesellschaft?",
        "Was heißt „gute Nachbarschaft“ heute?",
        "Wer trägt die Kosten; wer den Nutzen?",
        "Wie verstetigen wir Projekte nach dem Ende der Förderung?"
    };

    static final String[] AUDIENCES = {
        "Kommunalpolitikerinnen und Kommunalpolitiker", "Verwaltungsmitarbeitende", "Engagierte aus Vereinen",
        "Wissenschaft, Praxis & Politik", "Interessierte Bürgerinnen und Bürger", "Quartiersmanager/innen"
    };

    static final String[] THEMES = {
        "Zusammenhalt stärken – vor Ort!", "Kommune 2030: digital, nachhaltig, gerecht",
        "Engagement braucht Räume", "„Miteinander“ statt „Nebeneinander“", "Stadt, Land, Fluss; Perspektiven"
    };

    static final String[] ORG_WORDS = {
        "Deutsches Institut für Urbanistik", "Bundesministerium für Bildung und Forschung",
        "Konrad-Adenauer-Stiftung e. V.", "Heinrich-Böll-Stiftung", "Netzwerk „Bürgerschaftliches Engagement“",
        "Universität Duisburg-Essen", "Zentrum für zivilgesellschaftliche Entwicklung (zze)",
        "NRW.BANK", "Landesregierung Nordrhein-Westfalen", "Bundesinstitut für Bau-, Stadt- und Raumforschung",
        "Verein für Nachbarschaftshilfe Süd e. V.", "Kommunal-Beratung GmbH & Co. KG", "Bürgerenergie eG",
        "Begegnungszentrum „Haus der Kulturen“", "Bundesregierung", "Landesamt für Straßenbau", "Koordinierungsstelle Quartiersarbeit"
    };

    static final String[] ACRONYMS = {
        "KoSI-Lab", "KuDeQua", "KoDa_eG", "LAZIKN2030", "DiVA", "ZuSaGe", "QuartiersNETZ", "MobiLand", "WohnZukunft",
        "GeKo", "ÖkoRegio", "FörDa"
    };
}
