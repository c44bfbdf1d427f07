import { describe, expect, it } from 'vitest';
import { contentDisposition, downloadName, safeContentType } from '../../server/submissions/download-headers.ts';

describe('download headers', () => {
  it('saves a file under the extension of the type its bytes have', () => {
    expect(downloadName('被害写真.jpg', 'image/jpeg')).toBe('被害写真.jpg');
    expect(downloadName('IMG_0001.JPEG', 'image/jpeg')).toBe('IMG_0001.JPEG');
    expect(downloadName('x.html', 'image/png')).toBe('x.html.png');
    expect(downloadName('診断書', 'application/pdf')).toBe('診断書.pdf');
    expect(downloadName('a.svg', 'application/octet-stream')).toBe('a.svg');
  });

  it('never hands out a type a browser would render as a page', () => {
    expect(safeContentType('text/html')).toBe('application/octet-stream');
    expect(safeContentType('image/svg+xml')).toBe('application/octet-stream');
    expect(safeContentType('image/png')).toBe('image/png');
  });

  it('keeps the name inside the header', () => {
    const header = contentDisposition('a";\r\nx.png');
    expect(header.startsWith('attachment; ')).toBe(true);
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toContain("filename*=UTF-8''a%22%3B%0D%0Ax.png");
  });
});
