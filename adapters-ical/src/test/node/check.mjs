// Independent check of Konvent's iCalendar export: ical.js parses the calendars the Maven tests
// wrote to ../../../target/node-check/seed-00N.ics, and every VEVENT is compared with the same
// events written as Konvent JSON (seed-00N.json): UID, start, end, location and participants.
// Local times are turned into instants here with the platform's time zone data (Intl), not with
// the VTIMEZONE Konvent wrote, so the check does not trust the file it checks.
import ICAL from 'ical.js';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, '..', '..', '..', 'target', 'node-check');
const SEEDS = ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004'];

const failures = [];
const fail = (seed, msg) => failures.push(`${seed}: ${msg}`);

function offsetMinutes(zone, utcMs) {
  const dtf = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit',
  });
  const p = Object.fromEntries(dtf.formatToParts(new Date(utcMs)).map((x) => [x.type, x.value]));
  return (Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second) - utcMs) / 60000;
}

/** The instant of a local date and time in a zone, as an ISO string in UTC. */
function instant(date, time, zone) {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const local = Date.UTC(y, m - 1, d, hh, mm);
  let guess = local - offsetMinutes(zone, local) * 60000;
  guess = local - offsetMinutes(zone, guess) * 60000;
  return new Date(guess).toISOString();
}

function plusDays(date, n) {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

const iso = (t) => t.toJSDate().toISOString();

/** What the Konvent JSON says each VEVENT must hold, by UID. */
function expectations(catalog) {
  const venues = new Map((catalog.venues ?? []).map((v) => [v.id, v]));
  const rooms = new Map();
  for (const v of catalog.venues ?? []) for (const r of v.rooms ?? []) rooms.set(r.id, { room: r, venue: v });
  const want = new Map();
  for (const e of catalog.events ?? []) {
    if (!e.startDate) continue; // undated events are not exported (FORMAT-ICAL.md)
    const zone = e.zone ?? 'Europe/Berlin';
    const days = e.days ?? 1;
    const venue = e.venue ? venues.get(e.venue) : undefined;
    const online = (e.attendanceMode ?? 'IN_PERSON') === 'ONLINE';
    const timed = e.dailyStart && e.dailyEnd;
    want.set(`urn:konvent:event:${e.id}`, {
      what: `event ${e.id}`,
      start: timed ? instant(e.startDate, e.dailyStart, zone) : null,
      date: timed ? null : e.startDate,
      end: timed ? instant(plusDays(e.startDate, days - 1), e.dailyEnd, zone) : null,
      endDate: timed ? null : plusDays(e.startDate, days),
      location: { room: null, venue: venue?.name ?? null, online },
      people: (e.contributions ?? []).map((c) => c.person).sort(),
    });
    for (const s of e.programme ?? []) {
      if (!s.start) continue; // sessions without a start are not exported
      const date = plusDays(e.startDate, (s.day ?? 1) - 1);
      const room = s.room ? rooms.get(s.room)?.room : undefined;
      want.set(`urn:konvent:session:${s.id}`, {
        what: `session ${s.id}`,
        start: instant(date, s.start, zone),
        end: s.end ? instant(s.endsNextDay ? plusDays(date, 1) : date, s.end, zone) : undefined,
        location: { room: room?.name ?? null, venue: venue?.name ?? null, online },
        people: (s.contributions ?? []).map((c) => c.person).sort(),
      });
    }
  }
  return want;
}

function participants(vevent) {
  const ids = [];
  for (const p of vevent.getAllSubcomponents('participant')) {
    const uid = String(p.getFirstPropertyValue('uid') ?? '');
    const parts = uid.split(':');
    ids.push(parts[parts.length - 2]); // urn:konvent:participant:<owner>:<person>:<n>
  }
  return ids.sort();
}

let compared = 0;
for (const seed of SEEDS) {
  const icsFile = join(dir, `${seed}.ics`);
  const jsonFile = join(dir, `${seed}.json`);
  if (!existsSync(icsFile) || !existsSync(jsonFile)) {
    fail(seed, `missing ${icsFile} or ${jsonFile} (run the Maven tests of adapters-ical first)`);
    continue;
  }
  const text = readFileSync(icsFile, 'utf8');
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
  const catalog = JSON.parse(readFileSync(jsonFile, 'utf8'));
  const want = expectations(catalog);
  const seen = new Set();
  for (const v of cal.getAllSubcomponents('vevent')) {
    const uid = String(v.getFirstPropertyValue('uid'));
    if (v.hasProperty('recurrence-id')) continue; // exceptions of a series: checked with their series
    if (uid.startsWith('urn:konvent:series:')) {
      // a series: its occurrences are the dated editions' starts
      const editions = (catalog.events ?? []).filter((e) => e.startDate && e.series === uid.slice('urn:konvent:series:'.length));
      const expected = editions.map((e) => (e.dailyStart && e.dailyEnd
        ? instant(e.startDate, e.dailyStart, e.zone ?? 'Europe/Berlin') : e.startDate)).sort();
      const it = new ICAL.Event(v).iterator();
      const got = [];
      for (let next = it.next(); next && got.length < 50; next = it.next()) got.push(next.isDate ? next.toString() : iso(next));
      if (JSON.stringify(got.sort()) !== JSON.stringify(expected)) {
        fail(seed, `${uid}: occurrences ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);
      }
      compared++;
      continue;
    }
    const w = want.get(uid);
    if (!w) {
      fail(seed, `VEVENT ${uid} has no event or timed session in the Konvent JSON`);
      continue;
    }
    seen.add(uid);
    compared++;
    const ev = new ICAL.Event(v);
    if (w.start) {
      if (ev.startDate.isDate) fail(seed, `${w.what}: start is a date, expected ${w.start}`);
      else if (iso(ev.startDate) !== w.start) fail(seed, `${w.what}: start ${iso(ev.startDate)}, expected ${w.start}`);
    } else if (!ev.startDate.isDate || ev.startDate.toString() !== w.date) {
      fail(seed, `${w.what}: start ${ev.startDate}, expected the date ${w.date}`);
    }
    const hasEnd = v.hasProperty('dtend');
    if (w.end === undefined) {
      if (hasEnd) fail(seed, `${w.what}: DTEND ${ev.endDate}, but the JSON gives no end`);
    } else if (w.end) {
      if (!hasEnd || iso(ev.endDate) !== w.end) fail(seed, `${w.what}: end ${hasEnd ? iso(ev.endDate) : '-'}, expected ${w.end}`);
    } else if (!hasEnd || !ev.endDate.isDate || ev.endDate.toString() !== w.endDate) {
      fail(seed, `${w.what}: end ${hasEnd ? ev.endDate : '-'}, expected the date ${w.endDate}`);
    }
    const location = String(v.getFirstPropertyValue('location') ?? '');
    const l = w.location;
    if (l.room && !location.startsWith(l.room)) fail(seed, `${w.what}: LOCATION '${location}' does not start with the room '${l.room}'`);
    if (l.venue && !location.includes(l.venue)) fail(seed, `${w.what}: LOCATION '${location}' lacks the venue '${l.venue}'`);
    if (!l.room && !l.venue && l.online && !location.startsWith('Online')) fail(seed, `${w.what}: LOCATION '${location}', expected Online`);
    if (!l.room && !l.venue && !l.online && location) fail(seed, `${w.what}: LOCATION '${location}' without a room or venue`);
    const got = participants(v);
    if (JSON.stringify(got) !== JSON.stringify(w.people)) {
      fail(seed, `${w.what}: participants ${JSON.stringify(got)}, expected ${JSON.stringify(w.people)}`);
    }
  }
  if (seed !== 'seed-004') {
    for (const uid of want.keys()) if (!seen.has(uid)) fail(seed, `no VEVENT for ${uid}`);
  }
  console.log(`${seed}: ${cal.getAllSubcomponents('vevent').length} VEVENTs compared with the Konvent JSON`);
}

if (compared === 0) fail('all', 'no VEVENT compared');
if (failures.length) {
  console.error('iCalendar check failed:\n  ' + failures.join('\n  '));
  process.exit(1);
}
console.log(`iCalendar check passed: ${compared} VEVENTs agree with the Konvent JSON in UID, start, end, location and participants`);

// ---- real feeds (written by RealFeedsTest when ../shared is present) --------------------------
// For each real feed: the source (a copy the Maven test wrote), Konvent's iCalendar export and its
// jCal export, all read by ical.js. Every source VEVENT must reappear in both exports with the same
// UID, start and end instant, summary, location and attendee names.
import { readdirSync } from 'node:fs';

function realZonedToUtc(t, tz) {
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

function realInstant(vevent, name) {
  const prop = vevent.getFirstProperty(name);
  if (!prop) return null;
  const t = prop.getFirstValue();
  if (t.isDate) return 'date:' + t.toString();
  if (t.zone === ICAL.Timezone.utcTimezone) return t.toJSDate().toISOString();
  const tzid = prop.getParameter('tzid');
  if (tzid && ICAL.TimezoneService.has(tzid)) return t.toJSDate().toISOString();
  if (tzid) return realZonedToUtc(t, tzid);
  return 'floating:' + t.toString();
}

function realFacts(cal) {
  for (const vtz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
  const out = new Map();
  for (const v of cal.getAllSubcomponents('vevent')) {
    const start = realInstant(v, 'dtstart');
    if (start && start.startsWith('date:')) continue; // an export's all-day programme VEVENT
    out.set(v.getFirstPropertyValue('uid'), {
      start, end: realInstant(v, 'dtend'),
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
  const source = realFacts(new ICAL.Component(ICAL.parse(readFileSync(join(dir, srcName), 'utf8'))));
  const exports = {
    ics: () => new ICAL.Component(ICAL.parse(readFileSync(join(dir, `${name}.ics`), 'utf8'))),
    jcal: () => new ICAL.Component(JSON.parse(readFileSync(join(dir, `${name}.jcal`), 'utf8'))),
  };
  for (const [kind, load] of Object.entries(exports)) {
    let exported;
    try {
      exported = realFacts(load());
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
