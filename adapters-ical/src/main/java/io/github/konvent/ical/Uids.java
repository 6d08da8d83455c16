package io.github.konvent.ical;

import java.util.Optional;

/** Stable UIDs derived from Konvent ids: {@code <prefix><kind>:<id>}, e.g. {@code urn:konvent:event:x}. */
final class Uids {
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
        if (uid.startsWith(start) && uid.length() > start.length() && uid.indexOf(':', start.length()) < 0) {
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
        return parts.length == 3 ? Optional.of(parts[1]) : Optional.empty();
    }
}
