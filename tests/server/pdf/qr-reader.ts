// Reads the QR code off a rendered page, as the counter tablet's camera would.
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

export function readQr(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.byteLength), image.width, image.height)?.data;
}
