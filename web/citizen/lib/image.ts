// Photos from phones are often 4000px and several MB; the city needs far less. Images are
// redrawn on a canvas at most 1600px on the long side as JPEG (quality 0.85) before upload.
// Anything that is not a still image the browser can decode is sent as it is.
export const MAX_SIDE = 1600;
export const QUALITY = 0.85;

/** The size to draw at: the long side at most `max`, aspect ratio kept. */
export function fitWithin(width: number, height: number, max = MAX_SIDE): { width: number; height: number; scaled: boolean } {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)), scaled: scale < 1 };
}

export function jpegName(name: string): string {
  const base = name.replace(/\.[^./\\]*$/, '');
  return `${base || 'image'}.jpg`;
}

const REDRAWABLE = /^image\/(jpeg|png|webp|bmp)$/;

export async function shrinkImage(file: File): Promise<{ blob: Blob; name: string }> {
  const original = { blob: file as Blob, name: file.name };
  if (!REDRAWABLE.test(file.type) || typeof createImageBitmap !== 'function') return original;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return original;
  }
  try {
    const size = fitWithin(bitmap.width, bitmap.height);
    if (!size.scaled && file.type === 'image/jpeg') return original;
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const g = canvas.getContext('2d');
    if (!g) return original;
    g.fillStyle = '#fff'; // transparent PNG areas become white, not black
    g.fillRect(0, 0, size.width, size.height);
    g.drawImage(bitmap, 0, 0, size.width, size.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', QUALITY));
    if (!blob || (!size.scaled && blob.size >= file.size)) return original;
    return { blob, name: jpegName(file.name) };
  } finally {
    bitmap.close();
  }
}
