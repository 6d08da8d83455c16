// Independent check of Konvent's iCalendar export: ical.js parses the calendars the Maven tests
// wrote to ../../../target/node-check/ and we compare against facts taken from the seed texts.
import ICAL from 'ical.js';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, '..', '..', '..', 'target', 'node-check');

// For each seed: the number of VEVENTs, and one item by UID with its summary and start.
// Starts with a time are UTC instants (Europe/Berlin is +01:00 in winter, +02:00 in summer);
// seed 001 announces no time at all, so its only item is an all-day date.
const expectations = {
  'seed-000': { vevents: 12, uid: 'urn:konvent:session:kas-kommunalkongress-2024-s02',
    summary: 'Begrüßung und Einführung', start: '2024-07-19T08:00:00.000Z' },
  'seed-001': { vevents: 1, uid: 'urn:konvent:event:kommunen-innovativ-fachkonferenz-2018',
    summary: 'Fachkonferenz „Kommunen innovativ“', date: '2018-09-18' },
  'seed-002': { vevents: 7, uid: 'urn:konvent:session:kommunen-innovativ-online-2020-s01',
    summary: 'Technische Einführung', start: '2020-11-24T08:50:00.000Z' },
  'seed-003': { vevents: 3, uid: 'urn:konvent:event:engagementkongress-nrw-2017',
    summary: 'Engagementkongress NRW 2017', start: '2017-10-16T07:30:00.000Z' },
  'seed-004': { vevents: 4, uid: 'urn:konvent:series:boell-zivilgesellschaft-amt',
    summary: 'Zivilgesellschaft & Amt: Gemeinsam stark vor Ort', start: '2021-04-28T12:00:00.000Z',
    occurrences: ['2021-04-28T12:00:00.000Z', '2021-06-02T12:00:00.000Z', '2021-10-06T12:00:00.000Z'] },
};

const failures = [];
const fail = (seed, msg) => failures.push(`${seed}: ${msg}`);

for (const [seed, want] of Object.entries(expectations)) {
  const file = join(dir, `${seed}.ics`);
  if (!existsSync(file)) {
    fail(seed, `missing ${file} (run the Maven tests of adapters-ical first)`);
    continue;
  }
  const bytes = readFileSync(file);
  const text = bytes.toString('utf8');
  text.split('\r\n').forEach((line, i) => {
    const octets = Buffer.byteLength(line, 'utf8');
    if (octets > 75) fail(seed, `line ${i + 1} has ${octets} octets`);
  });
  let cal;
  try {
    cal = new ICAL.Component(ICAL.parse(text));
  } catch (e) {
    fail(seed, `ical.js cannot parse it: ${e.message}`);
    continue;
  }
  for (const vtz of cal.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
  }
  const vevents = cal.getAllSubcomponents('vevent');
  if (vevents.length !== want.vevents) fail(seed, `expected ${want.vevents} VEVENTs, found ${vevents.length}`);
  const master = vevents.find((v) => v.getFirstPropertyValue('uid') === want.uid && !v.hasProperty('recurrence-id'));
  if (!master) {
    fail(seed, `no VEVENT with UID ${want.uid}`);
    continue;
  }
  const event = new ICAL.Event(master);
  if (event.summary !== want.summary) fail(seed, `summary '${event.summary}', expected '${want.summary}'`);
  if (want.start) {
    const got = event.startDate.toJSDate().toISOString();
    if (event.startDate.isDate) fail(seed, 'start is a date, expected a date-time');
    if (got !== want.start) fail(seed, `start ${got}, expected ${want.start}`);
  }
  if (want.date) {
    if (!event.startDate.isDate) fail(seed, 'start is a date-time, expected an all-day date');
    if (event.startDate.toString() !== want.date) fail(seed, `date ${event.startDate}, expected ${want.date}`);
  }
  if (want.occurrences) {
    const it = event.iterator();
    const got = [];
    for (let next = it.next(); next && got.length < 10; next = it.next()) got.push(next.toJSDate().toISOString());
    if (JSON.stringify(got) !== JSON.stringify(want.occurrences)) {
      fail(seed, `occurrences ${JSON.stringify(got)}, expected ${JSON.stringify(want.occurrences)}`);
    }
  }
  console.log(`${seed}: ${vevents.length} VEVENTs, ${want.uid} → ${event.summary} @ ${event.startDate.toJSDate().toISOString()}`);
}

if (failures.length) {
  console.error('iCalendar check failed:\n  ' + failures.join('\n  '));
  process.exit(1);
}
console.log('iCalendar check passed: ical.js reads all five seed calendars as expected');
