// Reads QR codes back the way a phone would: from pixels, with jsQR.
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

export function readQrPng(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

/** Paints the SVG's rectangles (M x y h w v1 h-w z, as our SVG draws them) and reads the result. */
export function readQrSvg(svg: string, scale = 4): string | null {
  const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(svg);
  const d = /<path[^>]* d="([^"]+)"/.exec(svg)?.[1];
  if (!viewBox || !d) return null;
  const size = Number(viewBox[1]) * scale;
  const rgba = new Uint8ClampedArray(size * size * 4).fill(255);
  for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x, y, w] = [Number(m[1]), Number(m[2]), Number(m[3])];
    for (let py = y * scale; py < (y + 1) * scale; py++) {
      for (let px = x * scale; px < (x + w) * scale; px++) rgba.fill(0, (py * size + px) * 4, (py * size + px) * 4 + 3);
    }
  }
  return jsQR(rgba, size, size)?.data ?? null;
}
