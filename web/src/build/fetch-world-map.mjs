// Fetches the Natural Earth country boundaries (public domain) packaged as TopoJSON in the npm package world-atlas,
// with its licence, and turns them into SVG path data in the Equal Earth projection, one path per country keyed by
// its ISO 3166 numeric code (the UN's M49 code): the progress map draws them, no map service is ever asked.
// Countries too small for the 1:110m boundaries get a dot at their place on the 1:50m ones.
// Usage: node fetch-world-map.mjs <output directory>
// Idempotent: does nothing when the output is already there, so a warm build costs nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const SPEC = 'world-atlas@2.0.2';
const out = process.argv[2];
if (!out) {
  console.error('usage: node fetch-world-map.mjs <output directory>');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const MAP = join(out, 'world-map.json');
const LICENCE = join(out, 'world-atlas-LICENSE.txt');
if (existsSync(MAP) && existsSync(LICENCE)) process.exit(0);

function* tarEntries(buffer) {
  for (let offset = 0; offset + 512 <= buffer.length; ) {
    const header = buffer.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) return;
    const field = (start, length) => header.toString('latin1', start, start + length).replace(/\0.*$/s, '');
    const prefix = field(345, 155);
    const name = (prefix ? prefix + '/' : '') + field(0, 100);
    const size = parseInt(field(124, 12).trim() || '0', 8);
    yield { name, data: buffer.subarray(offset + 512, offset + 512 + size) };
    offset += 512 + Math.ceil(size / 512) * 512;
  }
}

const files = {};
const work = mkdtempSync(join(tmpdir(), 'rt-map-'));
try {
  console.log(`fetching ${SPEC} from the npm registry`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['pack', SPEC, '--silent', '--pack-destination', work], {
    stdio: ['ignore', 'ignore', 'inherit'],
    shell: process.platform === 'win32',
  });
  const tgz = readdirSync(work).find((f) => f.endsWith('.tgz'));
  for (const entry of tarEntries(gunzipSync(readFileSync(join(work, tgz))))) {
    files[entry.name.replace(/^package\//, '')] = entry.data;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
for (const needed of ['countries-110m.json', 'countries-50m.json', 'LICENSE']) {
  if (!files[needed]) throw new Error(`${SPEC} lacks ${needed}`);
}

// Equal Earth (Šavrič, Patterson, Jenny 2018): equal-area, so regions are compared fairly by their colour.
const A1 = 1.340264, A2 = -0.081106, A3 = 0.000893, A4 = 0.003796, M = Math.sqrt(3) / 2;
const WIDTH = 1000;
const XMAX = 2.7066, YMAX = 1.3173;
const SCALE = WIDTH / (2 * XMAX);
const HEIGHT = Math.round(2 * YMAX * SCALE);
function project([lon, lat]) {
  const l = (lon * Math.PI) / 180, p = (lat * Math.PI) / 180;
  const t = Math.asin(M * Math.sin(p)), t2 = t * t, t6 = t2 * t2 * t2;
  const x = (l * Math.cos(t)) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
  const y = t * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
  return [(x + XMAX) * SCALE, (YMAX - y) * SCALE];
}

// TopoJSON: quantized, delta-encoded arcs shared between neighbours; ~i is arc i reversed.
function decoder(topology) {
  const [sx, sy] = topology.transform.scale, [tx, ty] = topology.transform.translate;
  const arcs = topology.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => [(x += dx) * sx + tx, (y += dy) * sy + ty]);
  });
  const ring = (indices) => {
    const points = [];
    indices.forEach((i, k) => {
      const arc = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      points.push(...(k === 0 ? arc : arc.slice(1)));
    });
    return points;
  };
  return (geometry) => {
    if (geometry.type === 'Polygon') return geometry.arcs.map(ring).map((r) => [r]).flat().length ? [geometry.arcs.map(ring)] : [];
    if (geometry.type === 'MultiPolygon') return geometry.arcs.map((polygon) => polygon.map(ring));
    return [];
  };
}

const round = (v) => Math.round(v * 10) / 10;
function pathOf(polygons) {
  let d = '';
  for (const polygon of polygons) {
    for (const original of polygon) {
      // A ring that crosses the antimeridian (Fiji, Chukotka) would be drawn across the whole map: its western
      // points are moved 360° east, so it is drawn whole past the right edge, where the frame cuts it.
      const crosses = original.some((p, i) => i > 0 && Math.abs(p[0] - original[i - 1][0]) > 180);
      const ring = crosses ? original.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]) : original;
      let last = null, segment = '';
      for (const point of ring) {
        const [x, y] = project(point).map(round);
        const key = x + ',' + y;
        if (key === last) continue;
        segment += (segment ? 'L' : 'M') + key;
        last = key;
      }
      if (segment.split('L').length > 2) d += segment + 'Z';
    }
  }
  return d;
}

function area(ring) {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
  return Math.abs(a / 2);
}

const coarse = JSON.parse(files['countries-110m.json'].toString('utf8'));
const fine = JSON.parse(files['countries-50m.json'].toString('utf8'));
const countries = [];
const drawn = new Set();
const decodeCoarse = decoder(coarse);
for (const g of coarse.objects.countries.geometries) {
  if (g.id === '010') continue; // Antarctica: no State reports for it, and it takes a fifth of the height
  const d = pathOf(decodeCoarse(g));
  if (!d) continue;
  countries.push({ id: g.id ?? null, name: g.properties?.name ?? '', d });
  if (g.id) drawn.add(g.id);
}
const dots = [];
const decodeFine = decoder(fine);
for (const g of fine.objects.countries.geometries) {
  if (!g.id || drawn.has(g.id) || g.id === '010') continue;
  const rings = decodeFine(g).map((polygon) => polygon[0]);
  if (rings.length === 0) continue;
  const largest = rings.reduce((a, b) => (area(b) > area(a) ? b : a));
  const mean = largest.reduce(([x, y], [px, py]) => [x + px, y + py], [0, 0]).map((v) => v / largest.length);
  const [cx, cy] = project(mean).map(round);
  dots.push({ id: g.id, name: g.properties?.name ?? '', cx, cy });
}
// Without Antarctica the south is empty: crop the height to what is drawn.
let bottom = 0;
for (const c of countries) for (const m of c.d.matchAll(/,(-?[\d.]+)/g)) bottom = Math.max(bottom, Number(m[1]));
for (const dot of dots) bottom = Math.max(bottom, dot.cy);
const height = Math.min(HEIGHT, Math.ceil(bottom + 6));
writeFileSync(
  MAP,
  JSON.stringify({ source: `${SPEC} (Natural Earth, public domain)`, width: WIDTH, height, countries, dots }),
);
writeFileSync(LICENCE, files['LICENSE']);
console.log(`world map: ${countries.length} countries drawn, ${dots.length} as dots`);
