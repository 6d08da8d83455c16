package io.github.konvent.event;

import io.github.konvent.Labeled;

/**
 * The format of a programme item. Labels give the usual German and English names; keep the
 * original wording of an announcement in {@link Session#formatLabel()}.
 */
public enum SessionFormat implements Labeled {
    /** Eintreffen, Registrierung. */
    ARRIVAL,
    /** Begrüßung, Einführung. */
    WELCOME,
    /** Grußwort. */
    GREETING,
    /** Auftaktimpuls, Keynote. */
    KEYNOTE,
    /** Impuls, Impulsvortrag. */
    IMPULSE,
    /** Vortrag. */
    TALK,
    /** Projektpräsentation: results of projects presented. */
    PROJECT_PRESENTATION,
    /** Panel, Podiumsdiskussion. */
    PANEL,
    /** Diskussionsrunde, Talkrunde. */
    DISCUSSION_ROUND,
    /** Workshop, Arbeitsgruppe, Forum, Session of a parallel block. */
    WORKSHOP,
    /** Lernkarussell: several practice examples presented in rotation. */
    LEARNING_CAROUSEL,
    /** Videoexkursion: a filmed excursion, often followed by discussion. */
    VIDEO_EXCURSION,
    /** Exkursion, Führung: a (guided) tour. */
    TOUR,
    /** Preisverleihung. */
    AWARD_CEREMONY,
    /** Kaffeepause. */
    COFFEE_BREAK,
    /** Mittagspause. */
    LUNCH_BREAK,
    /** Vernetzung, Networking. */
    NETWORKING,
    /** Schlusswort, Ende, Abschluss. */
    CLOSING,
    /** Technische Einführung for online events. */
    TECHNICAL_INTRO,
    /** Anything else; say what in {@link Session#formatLabel()}. */
    OTHER;

    /** @return true for breaks, which give participants a rest */
    public boolean isBreak() {
        return this == COFFEE_BREAK || this == LUNCH_BREAK;
    }

    /** @return true for formats that need a moderator (panel, discussion round) */
    public boolean needsModerator() {
        return this == PANEL || this == DISCUSSION_ROUND;
    }
}
