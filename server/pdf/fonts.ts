// The Japanese font printed submissions are set in: BIZ UDPGothic, a universal-design
// face made for public documents, shipped as TrueType by an npm package so that it is
// there after `npm ci` on any machine (docs/adr/0006-pdf-font.md). PDF_FONT_PATH (and
// optionally PDF_FONT_BOLD_PATH) point at another TrueType/OpenType font instead, e.g.
// Debian's /usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf.
import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { parseFont, upstreamFontkit } from './fontkit-adapter.ts';
import { shareWidths } from './measure.ts';

export interface FontFiles {
  regular: Uint8Array;
  /** The same bytes as `regular` when there is no bold face: headings then use size alone. */
  bold: Uint8Array;
}

export interface PdfFonts {
  regular: PDFFont;
  bold: PDFFont;
}

const PACKAGE = '@expo-google-fonts/biz-udpgothic';
const HINT = 'run npm ci, or set PDF_FONT_PATH to a Japanese TrueType font';

function packageFile(file: string): string {
  let dir: string;
  try {
    dir = dirname(createRequire(import.meta.url).resolve(`${PACKAGE}/package.json`));
  } catch {
    throw new Error(`PDF font package ${PACKAGE} is not installed: ${HINT}`);
  }
  return join(dir, file);
}

export function fontPaths(env: NodeJS.ProcessEnv = process.env): { regular: string; bold: string } {
  const custom = env.PDF_FONT_PATH?.trim();
  if (custom) return { regular: custom, bold: env.PDF_FONT_BOLD_PATH?.trim() || custom };
  return {
    regular: packageFile('400Regular/BIZUDPGothic_400Regular.ttf'),
    bold: packageFile('700Bold/BIZUDPGothic_700Bold.ttf'),
  };
}

function read(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new Error(`PDF font not readable at ${path} (${(error as NodeJS.ErrnoException).code}): ${HINT}`);
  }
}

const loaded = new Map<string, FontFiles>();

/** The font files, read once per process (about 9 MB for both weights). */
export function loadFontFiles(env: NodeJS.ProcessEnv = process.env): FontFiles {
  const paths = fontPaths(env);
  const key = `${paths.regular}\0${paths.bold}`;
  let files = loaded.get(key);
  if (!files) {
    const regular = read(paths.regular);
    files = { regular, bold: paths.bold === paths.regular ? regular : read(paths.bold) };
    loaded.set(key, files);
  }
  return files;
}

/**
 * A subset font's name starts with six capital letters and "+" (PDF 32000-1, 9.6.4), so
 * that viewers and preflight tools know not to look for the full font on the system.
 */
function subsetName(bytes: Uint8Array): string {
  const tag = Array.from({ length: 6 }, () => String.fromCharCode(65 + randomInt(26))).join('');
  return `${tag}+${parseFont(bytes).postscriptName || 'JapaneseFont'}`;
}

/**
 * Embeds the fonts into `doc` as subsets: only the glyphs the document draws are written
 * (tens of KB instead of 4.5 MB per weight), once per document however many pages.
 */
export async function embedFonts(doc: PDFDocument, files: FontFiles): Promise<PdfFonts> {
  doc.registerFontkit(upstreamFontkit);
  const embed = async (bytes: Uint8Array) => {
    const font = await doc.embedFont(bytes, { subset: true, customName: subsetName(bytes) });
    shareWidths(font, bytes);
    return font;
  };
  const regular = await embed(files.regular);
  const bold = files.bold === files.regular ? regular : await embed(files.bold);
  return { regular, bold };
}
