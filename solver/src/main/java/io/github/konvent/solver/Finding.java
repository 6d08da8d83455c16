package io.github.konvent.solver;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import io.github.konvent.id.SessionId;
import java.util.List;
import java.util.Locale;

/**
 * One match of a planner constraint, explained: the constraint's id, whether it is hard, medium
 * or soft, its penalty, a German and an English message and the sessions involved.
 *
 * @param constraint the constraint's id, e.g. {@code topic-in-parallel}
 * @param level "hard", "medium" or "soft"
 * @param penalty the penalty of this match
 * @param messageDe the message in German
 * @param messageEn the message in English
 * @param sessions the sessions involved
 */
public record Finding(String constraint, String level, long penalty, String messageDe, String messageEn,
        List<SessionId> sessions) implements ConstraintJustification {
    /** Copies the list. */
    public Finding {
        sessions = List.copyOf(sessions);
    }

    /**
     * @param locale a locale; German for {@code de}, English otherwise
     * @return the message in that language
     */
    public String message(Locale locale) {
        return "de".equals(locale.getLanguage()) ? messageDe : messageEn;
    }
}
