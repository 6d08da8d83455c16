package io.github.konvent.solver;

import io.github.konvent.id.SessionId;
import java.util.List;
import java.util.Locale;

/**
 * Why a session is where it is, and which constraints it touches.
 *
 * @param session the session
 * @param whyDe where it is and why, in German
 * @param whyEn where it is and why, in English
 * @param findings the constraint matches and rule findings that involve it
 */
public record SessionExplanation(SessionId session, String whyDe, String whyEn, List<Finding> findings) {
    /** Copies the list. */
    public SessionExplanation {
        findings = List.copyOf(findings);
    }

    /**
     * @param locale a locale; German for {@code de}, English otherwise
     * @return the explanation in that language
     */
    public String why(Locale locale) {
        return "de".equals(locale.getLanguage()) ? whyDe : whyEn;
    }
}
