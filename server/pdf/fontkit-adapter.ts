// pdf-lib needs a "fontkit" to embed TrueType fonts. The one it suggests,
// @pdf-lib/fontkit 1.1.1, is an unmaintained fork of fontkit 1.7 whose subsetter writes a
// short `loca` table without padding odd-length glyphs: with BIZ UDPGothic (and Noto Sans
// JP) about three glyphs in four come out blank (pdf-lib issue 1232; docs/adr/0006).
// Upstream fontkit 2 subsets correctly but replaced the subset's Node-stream
// `encodeStream()`, which pdf-lib calls, by a synchronous `encode()`. This adapter adds
// the one method back; everything else pdf-lib uses has the same shape in both.
import * as fontkit from 'fontkit';
import type { PDFDocument } from 'pdf-lib';

type PdfLibFontkit = Parameters<PDFDocument['registerFontkit']>[0];
type Listener = (arg?: unknown) => void;

/** The part of a Node stream that pdf-lib's subset embedder listens to. */
function encodedStream(encode: () => Uint8Array) {
  const listeners: Record<string, Listener> = {};
  let scheduled = false;
  const stream = {
    on(event: 'data' | 'end' | 'error', listener: Listener) {
      listeners[event] = listener;
      // pdf-lib attaches its listeners in one synchronous chain: emit after it.
      if (!scheduled) queueMicrotask(emit);
      scheduled = true;
      return stream;
    },
  };
  function emit(): void {
    let bytes: Uint8Array;
    try {
      bytes = encode();
    } catch (error) {
      listeners.error?.(error);
      return;
    }
    listeners.data?.(bytes);
    listeners.end?.();
  }
  return stream;
}

type Font = ReturnType<typeof parse>;

function parse(bytes: Uint8Array) {
  const font = fontkit.create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (!('createSubset' in font)) throw new Error('font collections (.ttc) are not supported: give a .ttf or .otf');
  const createSubset = font.createSubset.bind(font);
  return Object.assign(font, {
    createSubset() {
      const subset = createSubset();
      return Object.assign(subset, { encodeStream: () => encodedStream(() => subset.encode()) });
    },
  });
}

// fontkit reads tables lazily and keeps them: the first text laid out in a fresh parse
// costs ~15 ms of cmap/GSUB/hmtx decoding. One parse per font file, shared by every
// document, makes that a once-per-process cost. Sharing is safe: layout is synchronous
// and each document gets its own subset.
const parsed = new WeakMap<Uint8Array, Font>();

/** The font in `bytes`, parsed once per byte array. */
export function parseFont(bytes: Uint8Array): Font {
  let font = parsed.get(bytes);
  if (!font) parsed.set(bytes, (font = parse(bytes)));
  return font;
}

export const upstreamFontkit = {
  create: (bytes: Uint8Array) => parseFont(bytes),
} as unknown as PdfLibFontkit;
