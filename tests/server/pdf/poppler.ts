// Poppler's command-line tools, the independent reader that proves a PDF really holds
// its Japanese text (pdftotext) and really draws it (pdftoppm). Missing tools fail the
// test with instructions: a PDF suite that skips proves nothing. .ci/run installs them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';

function run(tool: 'pdftotext' | 'pdftoppm' | 'pdffonts' | 'pdfinfo', args: string[]): Buffer {
  try {
    return execFileSync(tool, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${tool} is not installed: the PDF tests need Debian's poppler-utils (apt-get install poppler-utils; .ci/run does this)`);
    }
    throw error;
  }
}

function withFile<T>(pdf: Uint8Array, fn: (path: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'madoguchi-pdf-'));
  try {
    const path = join(dir, 'in.pdf');
    writeFileSync(path, pdf);
    return fn(path, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text poppler extracts, all pages (or one page). */
export function pdftotext(pdf: Uint8Array, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return withFile(pdf, (path) => run('pdftotext', [...range, '-enc', 'UTF-8', path, '-']).toString('utf8'));
}

/** One page rendered to PNG at `dpi`. */
export function pdftoppm(pdf: Uint8Array, page = 1, dpi = 50): Buffer {
  return withFile(pdf, (path, dir) => {
    run('pdftoppm', ['-f', String(page), '-l', String(page), '-r', String(dpi), '-png', '-singlefile', path, join(dir, 'page')]);
    return readFileSync(join(dir, 'page.png'));
  });
}

/** `pdfinfo`'s fields, e.g. Pages. */
export function pdfinfo(pdf: Uint8Array): Record<string, string> {
  const out = withFile(pdf, (path) => run('pdfinfo', [path]).toString('utf8'));
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
}

/** Embedded fonts as `pdffonts` lists them. */
export function pdffonts(pdf: Uint8Array): { name: string; type: string; embedded: boolean; subset: boolean; unicode: boolean }[] {
  const out = withFile(pdf, (path) => run('pdffonts', [path]).toString('utf8'));
  return out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      // name, type words..., encoding, emb, sub, uni, object, generation
      const [emb, sub, uni] = cols.slice(-5, -2);
      return { name: cols[0]!, type: cols.slice(1, -6).join(' '), embedded: emb === 'yes', subset: sub === 'yes', unicode: uni === 'yes' };
    });
}

/** Share of pixels darker than mid-grey: 0 for a blank page. */
export function inkRatio(png: Buffer): number {
  const image = PNG.sync.read(png);
  let dark = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    const luma = 0.299 * image.data[i]! + 0.587 * image.data[i + 1]! + 0.114 * image.data[i + 2]!;
    if (luma < 128) dark++;
  }
  return dark / (image.width * image.height);
}

/** Pixels that differ between two renderings of the same size. */
export function differingPixels(a: Buffer, b: Buffer): number {
  const x = PNG.sync.read(a);
  const y = PNG.sync.read(b);
  if (x.width !== y.width || x.height !== y.height) return Number.POSITIVE_INFINITY;
  let n = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    if (x.data[i] !== y.data[i] || x.data[i + 1] !== y.data[i + 1] || x.data[i + 2] !== y.data[i + 2]) n++;
  }
  return n;
}
