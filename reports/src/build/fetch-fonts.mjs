// Fetches the Noto fonts (SIL Open Font License) from the npm registry with `npm pack` and
// extracts the few TrueType files the font extension needs, with their licence texts.
// Usage: node fetch-fonts.mjs <output directory>
// Idempotent: does nothing when every file is already there, so a warm build costs nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

// package@version -> { path inside the package tarball: file name in the extension }
const PACKAGES = {
  '@expo-google-fonts/noto-sans@0.4.2': {
    '400Regular/NotoSans_400Regular.ttf': 'NotoSans-Regular.ttf',
    '700Bold/NotoSans_700Bold.ttf': 'NotoSans-Bold.ttf',
    '400Regular_Italic/NotoSans_400Regular_Italic.ttf': 'NotoSans-Italic.ttf',
    '700Bold_Italic/NotoSans_700Bold_Italic.ttf': 'NotoSans-BoldItalic.ttf',
    'LICENSE_FONT': 'OFL-NotoSans.txt',
  },
  '@expo-google-fonts/noto-naskh-arabic@0.4.5': {
    '400Regular/NotoNaskhArabic_400Regular.ttf': 'NotoNaskhArabic-Regular.ttf',
    '700Bold/NotoNaskhArabic_700Bold.ttf': 'NotoNaskhArabic-Bold.ttf',
    'LICENSE_FONT': 'OFL-NotoNaskhArabic.txt',
  },
  '@expo-google-fonts/noto-sans-sc@0.4.3': {
    '400Regular/NotoSansSC_400Regular.ttf': 'NotoSansSC-Regular.ttf',
    '700Bold/NotoSansSC_700Bold.ttf': 'NotoSansSC-Bold.ttf',
    'LICENSE_FONT': 'OFL-NotoSansSC.txt',
  },
};

const out = process.argv[2];
if (!out) {
  console.error('usage: node fetch-fonts.mjs <output directory>');
  process.exit(2);
}
mkdirSync(out, { recursive: true });

// A ustar reader is all we need: npm tarballs hold plain files under "package/".
function* tarEntries(buffer) {
  for (let offset = 0; offset + 512 <= buffer.length; ) {
    const header = buffer.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) return;
    const field = (start, length) => header.toString('latin1', start, start + length).replace(/\0.*$/s, '');
    const prefix = field(345, 155);
    const name = (prefix ? prefix + '/' : '') + field(0, 100);
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    yield { name, type, data: buffer.subarray(offset + 512, offset + 512 + size) };
    offset += 512 + Math.ceil(size / 512) * 512;
  }
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
for (const [spec, files] of Object.entries(PACKAGES)) {
  const missing = Object.values(files).filter((name) => !existsSync(join(out, name)));
  if (missing.length === 0) continue;
  const work = mkdtempSync(join(tmpdir(), 'rt-fonts-'));
  try {
    console.log(`fetching ${spec} from the npm registry`);
    execFileSync(npm, ['pack', spec, '--silent', '--pack-destination', work], {
      stdio: ['ignore', 'ignore', 'inherit'],
      shell: process.platform === 'win32',
    });
    const tgz = readdirSync(work).find((f) => f.endsWith('.tgz'));
    const tar = gunzipSync(readFileSync(join(work, tgz)));
    const wanted = new Map(Object.entries(files).map(([from, to]) => ['package/' + from, to]));
    for (const entry of tarEntries(tar)) {
      const target = wanted.get(entry.name);
      if (target && (entry.type === '0' || entry.type === '')) {
        writeFileSync(join(out, target), entry.data);
        wanted.delete(entry.name);
      }
    }
    if (wanted.size > 0) throw new Error(`${spec} lacks ${[...wanted.keys()].join(', ')}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
