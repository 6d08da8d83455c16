// Independent checks of what the Maven tests wrote into ../../../target/node-check/:
//  1. schema.org JSON-LD of every seed event, expanded and turned into RDF by the jsonld package
//     in safe mode against a context built from schema.org's own vocabulary (the npm package
//     schema-dts, generated from schema.org's release; no network, no @vocab): a term that is not
//     schema.org's fails, and so does a property used on a type that schema.org does not give it.
//  2. every schedule.json export, validated with ajv against ../shared/testdata/c3voc/schema.json
//     (draft-06), found by walking up from this folder.
//  3. every schedule2 export (schedule2-*.json), validated with ajv against schema2.json.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import jsonld from 'jsonld';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { loadVocabulary, contextOf, vocabularyProblems } from './schema-org-vocabulary.mjs';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, '..', '..', '..', 'target', 'node-check');
let failures = 0;

function fail(message) {
  console.error('FAIL ' + message);
  failures++;
}

function ok(message) {
  console.log('ok   ' + message);
}

if (!existsSync(out)) {
  console.error(`No ${out}: run the Maven tests of adapters-json first.`);
  process.exit(2);
}

// ---- 1. JSON-LD -----------------------------------------------------------------------------
const vocabulary = loadVocabulary(join(here, 'node_modules', 'schema-dts', 'dist', 'schema.d.ts'));
if (vocabulary.types.size < 500 || vocabulary.properties.size < 1000) {
  fail(`schema-dts gave only ${vocabulary.types.size} types and ${vocabulary.properties.size} properties`);
}
const SCHEMA_CONTEXT = contextOf(vocabulary);
const documentLoader = async (url) => {
  if (/^https?:\/\/schema\.org\/?$/.test(url)) {
    return { contextUrl: null, documentUrl: url, document: SCHEMA_CONTEXT };
  }
  throw new Error(`refusing to fetch ${url}: checks run offline`);
};

async function checkVocabulary(name, d) {
  const problems = vocabularyProblems(vocabulary, d);
  try {
    await jsonld.expand(d, { documentLoader, safe: true });
  } catch (e) {
    problems.push(`jsonld (safe mode): ${e.message}${e.details ? ' ' + JSON.stringify(e.details).slice(0, 200) : ''}`);
  }
  return problems;
}

const S = 'https://schema.org/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const doc = JSON.parse(readFileSync(join(out, 'jsonld-event.json'), 'utf8'));
const expanded = await jsonld.expand(doc, { documentLoader, safe: true });
const event = expanded.find((n) => (n['@type'] || []).includes(S + 'Event') && n['@id'] === 'urn:konvent:event:kas-kommunalkongress-2024');
if (!event) {
  fail('expanded JSON-LD has no Event urn:konvent:event:kas-kommunalkongress-2024');
} else {
  ok('expanded: the event is a ' + event['@type'].join(', '));
  const value = (node, p) => (node[S + p] || []).map((v) => v['@value'] ?? v['@id']);
  const check = (what, actual, expected) =>
    actual.includes(expected) ? ok(`expanded: ${what} = ${expected}`) : fail(`expanded: ${what} is ${JSON.stringify(actual)}, expected ${expected}`);
  check('name', value(event, 'name'), 'Kommunalkongress 2024');
  check('startDate', value(event, 'startDate'), '2024-07-19');
  check('eventAttendanceMode', value(event, 'eventAttendanceMode'), S + 'OfflineEventAttendanceMode');
  const location = (event[S + 'location'] || [])[0] || {};
  check('location @type', location['@type'] || [], S + 'Place');
  check('location name', value(location, 'name'), 'Leipzig');
  const performers = (event[S + 'performer'] || []).flatMap((p) => value(p, 'name'));
  check('performer name', performers, 'Maria Wimmer');
  const series = (event[S + 'superEvent'] || [])[0] || {};
  check('superEvent @type', series['@type'] || [], S + 'EventSeries');
  const offer = (event[S + 'offers'] || [])[0] || {};
  check('offers price', value(offer, 'price'), '30');
  check('inLanguage', value(event, 'inLanguage'), 'de');
  const subEvents = event[S + 'subEvent'] || [];
  subEvents.length === 12 ? ok('expanded: 12 subEvents') : fail(`expanded: ${subEvents.length} subEvents, expected 12`);
}

const nquads = await jsonld.toRDF(doc, { format: 'application/n-quads', documentLoader });
const triples = nquads.split('\n').filter((l) => l.trim());
const expectTriple = (line) =>
  triples.includes(line) ? ok('triple ' + line) : fail('missing triple ' + line);
const ev = '<urn:konvent:event:kas-kommunalkongress-2024>';
expectTriple(`${ev} <${RDF_TYPE}> <${S}Event> .`);
expectTriple(`${ev} <${S}startDate> "2024-07-19" .`);
expectTriple(`${ev} <${S}superEvent> <urn:konvent:series:kas-kommunalkongress> .`);
expectTriple(`<urn:konvent:series:kas-kommunalkongress> <${RDF_TYPE}> <${S}EventSeries> .`);
expectTriple(`<urn:konvent:person:maria-wimmer> <${S}name> "Maria Wimmer" .`);
expectTriple(`${ev} <${S}performer> <urn:konvent:person:maria-wimmer> .`);
console.log(`     ${triples.length} triples in all`);

const jsonldFiles = readdirSync(out).filter((f) => f.startsWith('jsonld-')).sort();
if (jsonldFiles.length < 10) fail(`only ${jsonldFiles.length} JSON-LD files in ${out}`);
for (const f of jsonldFiles) {
  const d = JSON.parse(readFileSync(join(out, f), 'utf8'));
  const problems = await checkVocabulary(f, d);
  problems.length === 0 ? ok(`${f}: every term is schema.org's and fits its type`) : fail(`${f}: ${problems.join('; ')}`);
  if (f === 'jsonld-event.json') continue;
  const q = await jsonld.toRDF(d, { format: 'application/n-quads', documentLoader, safe: true });
  q.includes(`<${RDF_TYPE}> <${S}Event>`) ? ok(`${f}: expands to an Event`) : fail(`${f}: no Event after expansion`);
}

// The check must be able to fail: a misspelt property, a property on the wrong type and an
// unknown enumeration member are each caught.
const broken = [
  ['a misspelt property', (d) => { d.startDat = d.startDate; }],
  ['a property of another type', (d) => { d.price = '30'; }],
  ['an unknown enumeration member', (d) => { d.eventStatus = 'https://schema.org/EventPostponedForever'; }],
  ['an unknown type', (d) => { d.location['@type'] = 'Plaze'; }],
];
for (const [what, breakIt] of broken) {
  const d = structuredClone(doc);
  breakIt(d);
  const problems = await checkVocabulary(what, d);
  problems.length > 0 ? ok(`the check rejects ${what} (${problems[0]})`) : fail(`the check accepts ${what}`);
  if (what === 'a misspelt property') {
    problems.some((p) => p.startsWith('jsonld (safe mode)'))
      ? ok('jsonld itself (safe mode, schema.org context) rejects a misspelt property')
      : fail('jsonld expands a misspelt property without complaint: the context is not strict');
  }
}

// ---- 2. schedule.json against the c3voc schema ------------------------------------------------
function findShared() {
  for (let dir = here; ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'testdata', 'c3voc', 'schema.json');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return null;
  }
}
const schemaFile = findShared();
if (!schemaFile) {
  fail('no shared/testdata/c3voc/schema.json above ' + here);
} else {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
  addFormats(ajv);
  ajv.addFormat('color', true);
  const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
  const files = readdirSync(out).filter((f) => f.startsWith('schedule-')).sort();
  if (files.length < 10) fail(`only ${files.length} schedule files in ${out}`);
  for (const f of files) {
    const data = JSON.parse(readFileSync(join(out, f), 'utf8'));
    if (validate(data)) {
      ok(`${f}: valid schedule.json`);
    } else {
      fail(`${f}: ${ajv.errorsText(validate.errors)}`);
    }
  }
  const invalid = JSON.parse(readFileSync(join(dirname(schemaFile), 'invalid-example.json'), 'utf8'));
  validate(invalid) ? fail('ajv accepts invalid-example.json: the check would prove nothing') : ok('ajv rejects invalid-example.json');
}

// ---- 3. schedule2 against the c3voc schema2 --------------------------------------------------
if (schemaFile) {
  const ajv2 = new Ajv({ strict: false, allErrors: true });
  ajv2.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
  addFormats(ajv2);
  ajv2.addFormat('color', true);
  const validate2 = ajv2.compile(JSON.parse(readFileSync(join(dirname(schemaFile), 'schema2.json'), 'utf8')));
  const files2 = readdirSync(out).filter((f) => f.startsWith('schedule2-')).sort();
  if (files2.length < 1) fail(`no schedule2 files in ${out}`);
  for (const f of files2) {
    const data = JSON.parse(readFileSync(join(out, f), 'utf8'));
    if (validate2(data)) {
      ok(`${f}: valid schedule2`);
    } else {
      fail(`${f}: ${ajv2.errorsText(validate2.errors)}`);
    }
  }
}

if (failures > 0) {
  console.error(`${failures} check(s) failed`);
  process.exit(1);
}
console.log('all checks passed');
