// Sums the gzipped size of the JavaScript in dist/web (run `npm run build` first):
//   npx tsx bench/bundle-size.ts [--validator <url or file>]
// With --validator, adds a form's validator module (e.g.
// http://127.0.0.1:3000/api/forms/risai-shomei/versions/1/validator.js) to show the total a
// citizen downloads to open that form. Budget (issue 2): 40 KB gzipped.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 40 * 1024;
const root = new URL('../dist/web', import.meta.url).pathname;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    // dist/web/staff is the staff app (its own build): never downloaded by citizens.
    if (p === join(root, 'staff')) return [];
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;
const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;

let files: string[];
try {
  files = walk(root).filter((f) => f.endsWith('.js'));
} catch {
  console.error(`no build found at ${root}: run \`npm run build\` first`);
  process.exit(1);
}

let raw = 0;
let zipped = 0;
const rows = files.map((f) => {
  const b = readFileSync(f);
  const z = gz(b);
  raw += b.length;
  zipped += z;
  return { file: relative(root, f), raw: b.length, gzip: z };
});
rows.sort((a, b) => b.gzip - a.gzip);
for (const r of rows) console.log(`${r.file.padEnd(40)} ${kb(r.raw).padStart(10)}  gzip ${kb(r.gzip).padStart(9)}`);
console.log(`${'total citizen JavaScript in dist/web'.padEnd(40)} ${kb(raw).padStart(10)}  gzip ${kb(zipped).padStart(9)}`);

const i = process.argv.indexOf('--validator');
const source = i > 0 ? process.argv[i + 1] : undefined;
if (source) {
  const body = /^https?:/.test(source) ? Buffer.from(await (await fetch(source)).arrayBuffer()) : readFileSync(source);
  const z = gz(body);
  // What opening a form needs: the entry chunk (and what it imports statically) + the validator.
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const entryGz = rows.filter((r) => entry.includes(r.file)).reduce((n, r) => n + r.gzip, 0);
  const total = entryGz + z;
  console.log(`${'validator module'.padEnd(40)} ${kb(body.length).padStart(10)}  gzip ${kb(z).padStart(9)}`);
  console.log(`open a form (entry chunk + validator): gzip ${kb(total)} of ${kb(BUDGET)} budget${total > BUDGET ? '  OVER BUDGET' : ''}`);
  if (total > BUDGET) process.exitCode = 1;
}
