// Headers for handing a stored upload to staff: always a download (never rendered inline
// on our origin), a type from the server's own allow-list, and a file name that survives
// every browser without letting the name break out of the header.
import { ALLOWED_TYPES } from '../attachments/inspect.ts';

export function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\;]/g, '_') || 'file';
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** The stored type if it is one uploads may have, else a type no browser renders. */
export function safeContentType(type: string): string {
  return ALLOWED_TYPES.has(type) ? type : 'application/octet-stream';
}

const EXTENSIONS: Record<string, readonly string[]> = {
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'image/heic': ['heic'],
  'image/heif': ['heif'],
  'application/pdf': ['pdf'],
};

/**
 * The name to save a download under, ending in the extension of the type its bytes really
 * have: a photo uploaded as 「x.html」 is saved as 「x.html.png」, so opening the saved file
 * from the desktop shows a picture, never a page.
 */
export function downloadName(name: string, type: string): string {
  const extensions = EXTENSIONS[type];
  if (!extensions) return name;
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  return ext && extensions.includes(ext) ? name : `${name}.${extensions[0]}`;
}
