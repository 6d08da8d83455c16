/**
 * Programme versions: what changed between two states of an event's programme (moved, re-timed,
 * re-roomed, added, cancelled and removed sessions, changed people), as pure functions over the
 * model, and the history of versions a store keeps so that calendar feeds can follow it.
 */
package io.github.konvent.version;
