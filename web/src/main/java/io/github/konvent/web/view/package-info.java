/**
 * The values the precompiled jte templates read: plain, already formatted text in one language.
 * Public only because the generated template classes live in another package; not a stable API.
 */
package io.github.konvent.web.view;
