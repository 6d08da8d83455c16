/**
 * Scheduling rules: check a programme or a whole catalog and explain every problem in German and
 * English ({@link io.github.konvent.schedule.RuleSet}, {@link io.github.konvent.schedule.ScheduleReport}),
 * derive missing end times ({@link io.github.konvent.schedule.EndTimes}) and find free slots
 * ({@link io.github.konvent.schedule.SlotFinder}).
 */
package io.github.konvent.schedule;
