/**
 * Automatic timetabling on Timefold Solver: {@link io.github.konvent.solver.Planner} places the
 * sessions of an event that have no time yet (or, with {@code fromScratch}, every session not
 * pinned) into days, start times and rooms so that the error rules of
 * {@link io.github.konvent.schedule.RuleSet#defaults()} find nothing, and explains the result.
 */
package io.github.konvent.solver;
