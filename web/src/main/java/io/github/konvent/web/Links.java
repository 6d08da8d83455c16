package io.github.konvent.web;

/**
 * Where the pages and feeds are: absolute paths on the server, relative file names in a static
 * site (every page of a site lies one folder deep).
 */
interface Links {
    String event(String id, String lang);

    String eventFile(String id, String suffix);

    String schedule(String id);

    String series(String id, String lang);

    String seriesIcs(String id);

    String person(String id, String lang);

    String home(String lang);

    /** Paths of the HTTP server; German is the default language. */
    Links SERVER = new Links() {
        @Override
        public String event(String id, String lang) {
            return "/events/" + id + "?lang=" + lang;
        }

        @Override
        public String eventFile(String id, String suffix) {
            return "/events/" + id + suffix;
        }

        @Override
        public String schedule(String id) {
            return "/events/" + id + "/schedule.json";
        }

        @Override
        public String series(String id, String lang) {
            return "/series/" + id + "?lang=" + lang;
        }

        @Override
        public String seriesIcs(String id) {
            return "/series/" + id + ".ics";
        }

        @Override
        public String person(String id, String lang) {
            return "/people/" + id + "?lang=" + lang;
        }

        @Override
        public String home(String lang) {
            return "/events?lang=" + lang;
        }
    };

    /** Relative file names of a static site: {@code events/x.html} (German), {@code events/x.en.html}. */
    Links SITE = new Links() {
        private String html(String lang) {
            return "de".equals(lang) ? ".html" : ".en.html";
        }

        @Override
        public String event(String id, String lang) {
            return "../events/" + id + html(lang);
        }

        @Override
        public String eventFile(String id, String suffix) {
            return "../events/" + id + suffix;
        }

        @Override
        public String schedule(String id) {
            return "../events/" + id + "/schedule.json";
        }

        @Override
        public String series(String id, String lang) {
            return "../series/" + id + html(lang);
        }

        @Override
        public String seriesIcs(String id) {
            return "../series/" + id + ".ics";
        }

        @Override
        public String person(String id, String lang) {
            return "../people/" + id + html(lang);
        }

        @Override
        public String home(String lang) {
            return "../events/index" + html(lang);
        }
    };
}
