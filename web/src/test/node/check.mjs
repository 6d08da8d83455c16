// Independent consumers of the konvent portal (see docs/PORTAL.md, "Checks").
// Starts NodeCheckServer (the seed catalog in H2 on a random loopback port) from the test class
// path that Maven wrote to web/target/test-classpath.txt, then:
//  - drives Debian's Chromium with Playwright: seed 002's programme page, items, Berlin times,
//    moderator, the .ics link, a screenshot (web/target/screenshots/), axe-core (0 serious/critical);
//  - reads every feed with ical.js over HTTP and compares its instants with the file export;
//    If-None-Match gives 304; a changed programme gives higher SEQUENCEs and a CANCELLED entry;
//  - extracts the JSON-LD of the pages, checks every term against schema.org's vocabulary (npm
//    schema-dts) and expands it with jsonld in safe mode.
// Without /usr/bin/chromium the browser part is skipped with a message, unless
// KONVENT_REQUIRE_TOOLS=true. Exit code 0 when every check passed.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import jsonld from 'jsonld';
import { loadVocabulary, contextOf, vocabularyProblems } from '../../../../adapters-json/src/test/node/schema-org-vocabulary.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const moduleDir = resolve(here, '../../..');
const target = join(moduleDir, 'target');
const require = createRequire(import.meta.url);
const CHROMIUM = '/usr/bin/chromium';
const REQUIRE_TOOLS = process.env.KONVENT_REQUIRE_TOOLS === 'true';
const SEED_002 = 'kommunen-innovativ-online-2020';

let failures = 0;
function check(ok, what) {
  if (ok) {
    console.log(`ok   ${what}`);
  } else {
    failures++;
    console.log(`FAIL ${what}`);
  }
}

// --- the server -------------------------------------------------------------------------------
function startServer() {
  const cpFile = join(target, 'test-classpath.txt');
  if (!existsSync(cpFile)) {
    console.error(`missing ${cpFile}: run ./mvnw -B -ntp -pl web -am verify first`);
    process.exit(2);
  }
  const cp = [join(target, 'test-classes'), join(target, 'classes'), readFileSync(cpFile, 'utf8').trim()].join(':');
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const child = spawn(java, ['-cp', cp, 'io.github.konvent.web.NodeCheckServer', join(target, 'node-check')],
    { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  const waiting = [];
  lines.on('line', (line) => {
    const w = waiting.findIndex((x) => line.startsWith(x.prefix));
    if (w >= 0) waiting.splice(w, 1)[0].resolve(line);
  });
  const next = (prefix) => new Promise((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`no '${prefix}' from the server within 60 s`)), 60_000);
    waiting.push({ prefix, resolve: (l) => { clearTimeout(timer); res(l); } });
  });
  child.on('exit', (code) => { if (code) { console.error(`server exited with ${code}`); process.exit(2); } });
  return { child, next };
}

// --- iCalendar --------------------------------------------------------------------------------
function instants(text) {
  const comp = new ICAL.Component(ICAL.parse(text));
  for (const tz of comp.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(tz);
  }
  const m = new Map();
  for (const v of comp.getAllSubcomponents('vevent')) {
    const e = new ICAL.Event(v);
    const rid = v.getFirstPropertyValue('recurrence-id');
    m.set(`${e.uid}|${rid ? rid.toString() : ''}`, {
      start: e.startDate.toUnixTime(),
      end: e.endDate ? e.endDate.toUnixTime() : null,
      sequence: e.sequence,
      status: v.getFirstPropertyValue('status'),
      summary: e.summary,
    });
  }
  return m;
}

async function get(url, headers = {}) {
  const r = await fetch(url, { headers });
  return { status: r.status, headers: r.headers, text: await r.text() };
}

async function feeds(base) {
  const files = readdirSync(join(target, 'node-check', 'files'));
  check(files.length > 5, `file exports written (${files.length})`);
  for (const f of files) {
    const [kind, ...rest] = f.replace(/\.ics$/, '').split('-');
    const id = rest.join('-');
    const url = `${base}/${kind === 'event' ? 'events' : 'series'}/${id}.ics`;
    const r = await get(url);
    check(r.status === 200 && r.headers.get('content-type').startsWith('text/calendar'), `GET ${url} is a calendar`);
    const http = instants(r.text);
    const file = instants(readFileSync(join(target, 'node-check', 'files', f), 'utf8'));
    let same = http.size === file.size;
    for (const [k, v] of file) {
      const h = http.get(k);
      if (!h || h.start !== v.start || h.end !== v.end) same = false;
    }
    check(same, `ical.js reads the same ${file.size} instants from ${url} as from the file export`);
    const etag = r.headers.get('etag');
    const again = await get(url, { 'If-None-Match': etag });
    check(etag && again.status === 304 && again.text === '', `If-None-Match ${etag} gives 304 for ${url}`);
  }
  const org = await get(`${base}/organizations/kas.ics`);
  check(org.status === 200 && instants(org.text).size > 0, 'organisation feed /organizations/kas.ics has events');
}

async function changes(base, server) {
  const url = `${base}/events/${SEED_002}.ics`;
  const before = await get(url);
  const b = instants(before.text);
  server.child.stdin.write('change\n');
  const [, retimed, removed] = (await server.next('CHANGED')).split(' ');
  const after = await get(url, { 'If-None-Match': before.headers.get('etag') });
  check(after.status === 200, 'after the change the old ETag no longer gives 304');
  const a = instants(after.text);
  const key = (id) => `urn:konvent:session:${id}|`;
  check(a.get(key(retimed)).sequence > b.get(key(retimed)).sequence,
    `re-timed session keeps its UID and gets a higher SEQUENCE (${b.get(key(retimed)).sequence} → ${a.get(key(retimed)).sequence})`);
  check(a.get(key(retimed)).start - b.get(key(retimed)).start === 300, 're-timed session starts 5 minutes later');
  const gone = a.get(key(removed));
  check(gone && gone.status === 'CANCELLED' && gone.sequence > b.get(key(removed)).sequence,
    `removed session stays as STATUS:CANCELLED with a higher SEQUENCE (${gone && gone.sequence})`);
  const schedule = JSON.parse((await get(`${base}/events/${SEED_002}/schedule.json`)).text);
  check(schedule.schedule.version === '2', `c3voc version is the programme version (${schedule.schedule.version})`);
}

// --- JSON-LD ----------------------------------------------------------------------------------
// schema.org's vocabulary from the npm package schema-dts, read by the module the JSON adapter's
// check uses; jsonld expands in safe mode, so a term schema.org lacks fails.
const vocabulary = loadVocabulary(join(here, 'node_modules', 'schema-dts', 'dist', 'schema.d.ts'));
const schemaContext = contextOf(vocabulary);
async function documentLoader(url) {
  if (/^https?:\/\/schema\.org\/?$/.test(url)) {
    return { contextUrl: null, documentUrl: url, document: schemaContext };
  }
  throw new Error(`no network in the check: ${url}`);
}

async function jsonLd(base) {
  for (const path of [`/events/${SEED_002}?lang=de`, `/events/${SEED_002}?lang=en`, '/series/engagementkongress-nrw',
    '/people/stephanie-bock', '/events?from=2000-01-01']) {
    const html = (await get(base + path)).text;
    const m = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/);
    check(m !== null, `${path} embeds JSON-LD`);
    if (!m) continue;
    const doc = JSON.parse(m[1]);
    const problems = vocabularyProblems(vocabulary, doc);
    check(problems.length === 0, `${path}: every JSON-LD term is schema.org's and fits its type ${problems.slice(0, 3).join('; ')}`);
    const expanded = await jsonld.expand(doc, { documentLoader, safe: true });
    const events = JSON.stringify(expanded).match(/"https:\/\/schema\.org\/Event"/g) || [];
    check(events.length > 0 || path.startsWith('/events?'), `${path}: jsonld expands it (${events.length} schema:Event)`);
  }
}

// --- the browser --------------------------------------------------------------------------------
async function browser(base) {
  if (!existsSync(CHROMIUM)) {
    if (REQUIRE_TOOLS) {
      check(false, `${CHROMIUM} is required (KONVENT_REQUIRE_TOOLS=true); apt-get install chromium`);
    } else {
      console.log(`skip browser checks: no ${CHROMIUM} (apt-get install chromium; KONVENT_REQUIRE_TOOLS=true makes this fail)`);
    }
    return;
  }
  const { chromium } = await import('playwright-core');
  const b = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  try {
    // a visitor in New York still sees Berlin times: the page states them in the event's zone
    const context = await b.newContext({ timezoneId: 'America/New_York', locale: 'de-DE' });
    const page = await context.newPage();
    const url = `${base}/events/${SEED_002}?lang=de`;
    const resp = await page.goto(url);
    check(resp.status() === 200, `Chromium opens ${url}`);
    check(await page.getAttribute('html', 'lang') === 'de', 'page language is de');
    const titles = await page.locator('article.session h4, article.session h5').allInnerTexts();
    for (const t of ['09:50 · Technische Einführung', '10:00 · Begrüßung und inhaltliche Einführung',
      '11:30 · Blick von außen', '11:40 · Wie können wir Allianzen bilden? Vielfältige Perspektiven',
      'Allianzen mit Jugendlichen: Bewährte und neue Formate der Kooperation']) {
      check(titles.some((x) => x.includes(t)), `programme item '${t}'`);
    }
    check(await page.locator('time[datetime="2020-11-24T10:00+01:00"]').count() === 1, 'Begrüßung at 10:00 Europe/Berlin');
    check((await page.locator('main').innerText()).includes('Europe/Berlin'), 'the page names the time zone');
    const moderators = await page.locator('ul.moderators').innerText();
    check(moderators.includes('Dr. Stephanie Bock') && moderators.includes('Deutsches Institut für Urbanistik'),
      `moderator with affiliation: ${moderators.trim()}`);
    check(await page.locator('h1').count() === 1 && await page.locator('main').count() === 1
      && await page.locator('nav').count() >= 1, 'one h1, a main and a nav landmark');
    await page.keyboard.press('Tab');
    check(await page.evaluate(() => document.activeElement.className) === 'skip', 'Tab reaches the skip link first');
    const href = await page.getAttribute('#ics', 'href');
    const ics = await page.request.get(new URL(href, url).toString());
    check(ics.status() === 200 && (await ics.text()).startsWith('BEGIN:VCALENDAR'), `the .ics link ${href} gives a calendar`);
    mkdirSync(join(target, 'screenshots'), { recursive: true });
    await page.screenshot({ path: join(target, 'screenshots', 'seed-002-programme.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(target, 'screenshots', 'seed-002-programme-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    const axePath = require.resolve('axe-core/axe.min.js');
    for (const [name, w, h, path] of [['desktop', 1280, 900, `/events/${SEED_002}?lang=de`],
      ['phone', 375, 800, `/events/${SEED_002}?lang=en`], ['desktop', 1280, 900, '/events?from=2000-01-01'],
      ['desktop', 1280, 900, '/series/engagementkongress-nrw'], ['desktop', 1280, 900, '/people/stephanie-bock'],
      ['desktop', 1280, 900, '/events/no-such-event']]) {
      await page.setViewportSize({ width: w, height: h });
      await page.goto(base + path);
      if (name === 'phone') {
        await page.screenshot({ path: join(target, 'screenshots', 'seed-002-programme-phone.png'), fullPage: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
        check(!overflow, 'no horizontal scrolling at 375 px');
      }
      await page.addScriptTag({ path: axePath });
      const result = await page.evaluate(async () => await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      }));
      const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      for (const v of bad) console.log(`     axe ${v.impact} ${v.id}: ${v.help} (${v.nodes.length})`);
      check(bad.length === 0, `axe-core on ${path} (${name}): 0 serious or critical violations of ${result.violations.length}`);
    }
  } finally {
    await b.close();
  }
}

const server = startServer();
try {
  const port = (await server.next('PORT')).split(' ')[1];
  const base = `http://127.0.0.1:${port}`;
  console.log(`server at ${base}`);
  await browser(base);
  await jsonLd(base);
  await feeds(base);
  await changes(base, server);
} catch (e) {
  failures++;
  console.log(`FAIL ${e.stack}`);
} finally {
  server.child.stdin.end('stop\n');
}
console.log(failures === 0 ? 'all portal checks passed' : `${failures} portal check(s) failed`);
process.exit(failures === 0 ? 0 : 1);
