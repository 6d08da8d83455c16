// Reads schema.org's vocabulary out of the npm package schema-dts (Google's TypeScript typings,
// generated from schema.org's release): every type with the properties it and its supertypes
// allow, every property, every enumeration member. From it the check builds a JSON-LD context
// that names each schema.org term and nothing else.
import { readFileSync } from 'node:fs';

export function loadVocabulary(dtsFile) {
  const text = readFileSync(dtsFile, 'utf8');
  const bases = new Map(); // XBase -> { parents: [..Base], props: Set }
  const types = new Map(); // type name -> [Base names]
  const lines = text.split('\n');
  let current = null;
  let leaf = null;
  for (const line of lines) {
    let m;
    if ((m = /^(?:export )?interface (\w+Base) extends (.+?)\s*\{\s*$/.exec(line))) {
      current = { parents: [...m[2].matchAll(/(\w+Base)\b/g)].map((x) => x[1]), props: new Set() };
      bases.set(m[1], current);
      leaf = null;
      continue;
    }
    if ((m = /^(?:export )?interface (\w+Base)\s*\{\s*$/.exec(line))) {
      current = { parents: [], props: new Set() };
      bases.set(m[1], current);
      leaf = null;
      continue;
    }
    if ((m = /^(?:export )?interface (\w+)Leaf extends (.+?)\s*\{\s*$/.exec(line))) {
      leaf = [...m[2].matchAll(/(\w+Base)\b/g)].map((x) => x[1]);
      current = null;
      continue;
    }
    if (/^\}/.test(line)) {
      current = null;
      leaf = null;
      continue;
    }
    if (current && (m = /^\s+"([A-Za-z][\w-]*)"\?:/.exec(line))) {
      current.props.add(m[1]);
    }
    if (leaf && (m = /^\s+"@type": "(\w+)";/.exec(line))) {
      types.set(m[1], leaf);
    }
  }
  const members = new Set([...text.matchAll(/"https:\/\/schema\.org\/(\w+)"/g)].map((x) => x[1]));
  const properties = new Set();
  for (const b of bases.values()) for (const p of b.props) properties.add(p);
  const allowed = new Map();
  const closure = (base, seen = new Set()) => {
    if (seen.has(base) || !bases.has(base)) return seen;
    seen.add(base);
    for (const p of bases.get(base).parents) closure(p, seen);
    return seen;
  };
  const propsOf = (type) => {
    if (allowed.has(type)) return allowed.get(type);
    const result = new Set();
    for (const base of types.get(type) || []) {
      for (const b of closure(base)) for (const p of bases.get(b).props) result.add(p);
    }
    allowed.set(type, result);
    return result;
  };
  return { types, properties, members, propsOf };
}

/** A JSON-LD context naming every schema.org type, property and enumeration member, without @vocab. */
export function contextOf(vocabulary, base = 'https://schema.org/') {
  const context = { '@version': 1.1, schema: base };
  for (const t of vocabulary.types.keys()) context[t] = { '@id': base + t };
  for (const m of vocabulary.members) if (!(m in context)) context[m] = { '@id': base + m };
  for (const p of vocabulary.properties) context[p] = { '@id': base + p };
  return { '@context': context };
}

/**
 * Every node's properties against its types, every schema.org IRI against the vocabulary, in a
 * JSON-LD document as written (compacted against schema.org).
 */
export function vocabularyProblems(vocabulary, node, path = '', problems = []) {
  if (Array.isArray(node)) {
    node.forEach((n, i) => vocabularyProblems(vocabulary, n, `${path}/${i}`, problems));
  } else if (node !== null && typeof node === 'object') {
    const types = [].concat(node['@type'] || []);
    for (const t of types) {
      if (!vocabulary.types.has(t)) problems.push(`${path}/@type: ${t} is not a schema.org type`);
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === '@context') continue;
      if (!key.startsWith('@')) {
        if (!vocabulary.properties.has(key)) {
          problems.push(`${path}/${key}: not a schema.org property`);
        } else if (types.length > 0 && !types.some((t) => vocabulary.propsOf(t).has(key))) {
          problems.push(`${path}/${key}: not a property of ${types.join(', ')}`);
        }
      }
      vocabularyProblems(vocabulary, value, `${path}/${key}`, problems);
    }
  } else if (typeof node === 'string' && node.startsWith('https://schema.org/')) {
    const term = node.slice('https://schema.org/'.length);
    if (!vocabulary.members.has(term) && !vocabulary.types.has(term)) {
      problems.push(`${path}: ${node} is not a schema.org term`);
    }
  }
  return problems;
}
