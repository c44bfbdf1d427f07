// A mail body as a few blocks, written once and rendered both as plain text and as HTML
// in which every value is escaped: applicants' answers and staff comments are text,
// never markup.

export type Block =
  | { p: string }
  /** A paragraph followed by a link on its own line. */
  | { p: string; link: string }
  /** The counter QR code (HTML only: cid image; text readers have the receipt number). */
  | { qr: string; alt: string };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const SEPARATOR = '――――――――――――――――';

/** One language's version of the mail. */
export interface Section {
  lang: string;
  blocks: Block[];
}

export function renderText(sections: Section[]): string {
  return sections
    .map(({ blocks }) =>
      blocks
        .filter((b) => 'p' in b)
        .map((b) => ('link' in b ? `${b.p}\n${b.link}` : b.p))
        .join('\n\n'),
    )
    .join(`\n\n${SEPARATOR}\n\n`)
    .concat('\n');
}

const paragraph = (s: string) => `<p>${escapeHtml(s).replace(/\n/g, '<br>')}</p>`;

/** Each QR block becomes one image; a second section repeating it refers to the first. */
export function renderHtml(sections: Section[]): string {
  let qrShown = false;
  const body = sections
    .map(({ lang, blocks }) =>
      `<div lang="${escapeHtml(lang)}">` +
      blocks
        .map((b) => {
          if ('qr' in b) {
            if (qrShown) return '';
            qrShown = true;
            return `<p><img src="cid:${escapeHtml(b.qr)}" alt="${escapeHtml(b.alt)}" width="200" height="200"></p>`;
          }
          if ('link' in b) return `${paragraph(b.p)}<p><a href="${escapeHtml(b.link)}">${escapeHtml(b.link)}</a></p>`;
          return paragraph(b.p);
        })
        .join('') +
      '</div>',
    )
    .join('<hr>');
  return `<!doctype html><html lang="${escapeHtml(sections[0]?.lang ?? 'ja')}"><head><meta charset="utf-8"></head><body style="font-family:sans-serif;font-size:16px;line-height:1.6">${body}</body></html>`;
}
