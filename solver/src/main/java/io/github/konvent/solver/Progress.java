package io.github.konvent.solver;

import java.time.Duration;

/**
 * A new best plan during solving.
 *
 * @param score the best score so far, e.g. {@code 0hard/-2medium/-1350soft}
 * @param elapsed the time spent so far
 * @param hardFree true if the best plan breaks no hard constraint
 */
public record Progress(String score, Duration elapsed, boolean hardFree) {}
