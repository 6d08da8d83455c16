package io.github.konvent.ical;

import java.util.Optional;

/** Stable UIDs derived from Konvent ids: {@code <prefix><kind>:<id>}, e.g. {@code urn:konvent:event:x}. */
final class Uids {
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]{0,127}");

    private final String prefix;

    Uids(String prefix) {
        this.prefix = prefix;
    }

    String of(String kind, String id) {
        return prefix + kind + ":" + id;
    }

    String participant(String sessionOrEvent, String person, int index) {
        return prefix + "participant:" + sessionOrEvent + ":" + person + ":" + index;
    }

    /** @return the id of a UID of that kind written with this prefix */
    Optional<String> idOf(String kind, String uid) {
        String start = prefix + kind + ":";
        if (uid.startsWith(start) && valid(uid.substring(start.length()))) {
            return Optional.of(uid.substring(start.length()));
        }
        return Optional.empty();
    }

    /** @return the person id of a participant UID written with this prefix */
    Optional<String> personOfParticipant(String uid) {
        String start = prefix + "participant:";
        if (!uid.startsWith(start)) {
            return Optional.empty();
        }
        String[] parts = uid.substring(start.length()).split(":", -1);
        return parts.length == 3 && valid(parts[1]) ? Optional.of(parts[1]) : Optional.empty();
    }

    /** @return true if the text is a valid Konvent id */
    static boolean valid(String id) {
        return ID.matcher(id).matches();
    }
}
