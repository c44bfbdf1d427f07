// A download's file name in every browser: an ASCII fallback in `filename` and the real,
// Japanese name in `filename*` (RFC 6266 with the RFC 5987 encoding).
const ATTR_CHAR = /[A-Za-z0-9!#$&+.^_`|~-]/;

function rfc5987(value: string): string {
  let out = '';
  for (const c of value) {
    out += ATTR_CHAR.test(c) ? c : [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  }
  return out;
}

/** No path, no control characters, no quotes: safe in a header and on a disk. */
function clean(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001f\u007f"\\/:*?<>|]/g, '_').trim() || 'download';
}

/** `attachment` downloads; `inline` opens in the browser's PDF viewer, ready to print. */
export function contentDisposition(kind: 'attachment' | 'inline', name: string, asciiFallback: string): string {
  const fallback = clean(asciiFallback).replace(/[^\x20-\x7e]/g, '_');
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${rfc5987(clean(name))}`;
}

export function attachmentDisposition(name: string, asciiFallback: string): string {
  return contentDisposition('attachment', name, asciiFallback);
}
