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

// ---- real feeds (written by RealFeedsTest when ../shared is present) --------------------------
// For each real feed: the source (a copy the Maven test wrote), Konvent's iCalendar export and its
// jCal export, all read by ical.js. Every source VEVENT must reappear in both exports with the same
// UID, start and end instant, summary, location and attendee names.
import { readdirSync } from 'node:fs';

function zonedToUtc(t, tz) {
  const want = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  let guess = want;
  const fmt = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit',
    day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  for (let i = 0; i < 3; i++) {
    const parts = fmt.formatToParts(new Date(guess));
    const get = (type) => Number(parts.find((p) => p.type === type).value);
    const shown = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
    guess += want - shown;
  }
  return new Date(guess).toISOString();
}

function instant(vevent, name) {
  const prop = vevent.getFirstProperty(name);
  if (!prop) return null;
  const t = prop.getFirstValue();
  if (t.isDate) return 'date:' + t.toString();
  if (t.zone === ICAL.Timezone.utcTimezone) return t.toJSDate().toISOString();
  const tzid = prop.getParameter('tzid');
  if (tzid && ICAL.TimezoneService.has(tzid)) return t.toJSDate().toISOString();
  if (tzid) return zonedToUtc(t, tzid);
  return 'floating:' + t.toString();
}

function facts(cal) {
  for (const vtz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
  const out = new Map();
  for (const v of cal.getAllSubcomponents('vevent')) {
    const start = instant(v, 'dtstart');
    if (start && start.startsWith('date:')) continue; // an export's all-day programme VEVENT
    out.set(v.getFirstPropertyValue('uid'), {
      start, end: instant(v, 'dtend'),
      summary: String(v.getFirstPropertyValue('summary') ?? '').trim(),
      location: v.getFirstPropertyValue('location') ?? null,
      attendees: v.getAllProperties('attendee').map((a) => a.getParameter('cn')),
    });
  }
  return out;
}

const realFiles = existsSync(dir) ? readdirSync(dir).filter((f) => /^real-.*\.src\.ics$/.test(f)) : [];
if (realFiles.length === 0) console.log('real feeds: none written (../shared absent?), skipped');
for (const srcName of realFiles) {
  const name = srcName.replace(/\.src\.ics$/, '');
  const source = facts(new ICAL.Component(ICAL.parse(readFileSync(join(dir, srcName), 'utf8'))));
  const exports = {
    ics: () => new ICAL.Component(ICAL.parse(readFileSync(join(dir, `${name}.ics`), 'utf8'))),
    jcal: () => new ICAL.Component(JSON.parse(readFileSync(join(dir, `${name}.jcal`), 'utf8'))),
  };
  for (const [kind, load] of Object.entries(exports)) {
    let exported;
    try {
      exported = facts(load());
    } catch (e) {
      fail(name, `ical.js cannot read the ${kind} export: ${e.message}`);
      continue;
    }
    let whole = 0;
    for (const [uid, want] of source) {
      const got = exported.get(uid);
      if (!got) { fail(name, `${kind}: UID ${uid} missing`); continue; }
      const diffs = Object.keys(want).filter((k) => JSON.stringify(want[k]) !== JSON.stringify(got[k]));
      if (diffs.length) fail(name, `${kind}: ${uid} differs in ${diffs.map((k) => `${k} ${JSON.stringify(want[k])} → ${JSON.stringify(got[k])}`).join(', ')}`);
      else whole++;
    }
    console.log(`${name} (${kind}): ${source.size} source VEVENTs, ${whole} reappear whole (UID, instants, summary, location, attendees)`);
  }
}

if (failures.length) {
  console.error('real feed check failed:\n  ' + failures.join('\n  '));
  process.exit(1);
}
