// Just enough MIME to read back what nodemailer wrote: headers (RFC 2047 words decoded),
// nested multiparts, base64 and quoted-printable leaves.

export interface MailPart {
  headers: Record<string, string>;
  body: Buffer;
}

export interface ParsedMail {
  headers: Record<string, string>;
  parts: MailPart[];
  text(): string;
  html(): string;
  byCid(cid: string): MailPart | undefined;
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BQbq])\?([^?]*)\?=/g, (_m, _charset: string, enc: string, data: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
    );
}

function split(raw: Buffer): { headers: Record<string, string>; body: Buffer } {
  const at = raw.indexOf('\r\n\r\n');
  const head = raw.subarray(0, at).toString('latin1').replace(/\r\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const i = line.indexOf(':');
    headers[line.slice(0, i).trim().toLowerCase()] = decodeWords(Buffer.from(line.slice(i + 1).trim(), 'latin1').toString('utf8'));
  }
  return { headers, body: raw.subarray(at + 4) };
}

function decodeBody(headers: Record<string, string>, body: Buffer): Buffer {
  const enc = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  if (enc === 'base64') return Buffer.from(body.toString('latin1').replace(/\s+/g, ''), 'base64');
  if (enc === 'quoted-printable') {
    const s = body.toString('latin1').replace(/=\r\n/g, '');
    return Buffer.from(s.replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
  }
  return body;
}

function leaves(raw: Buffer, out: MailPart[]): Record<string, string> {
  const { headers, body } = split(raw);
  const boundary = /multipart\/[^;]+;.*boundary="?([^";]+)"?/i.exec(headers['content-type'] ?? '')?.[1];
  if (!boundary) {
    out.push({ headers, body: decodeBody(headers, body) });
    return headers;
  }
  const pieces = body.toString('latin1').split(`--${boundary}`);
  for (const piece of pieces.slice(1, -1)) leaves(Buffer.from(piece.replace(/^\r\n/, '').replace(/\r\n$/, ''), 'latin1'), out);
  return headers;
}

export function parseMail(raw: Buffer): ParsedMail {
  const parts: MailPart[] = [];
  const headers = leaves(raw, parts);
  const ofType = (type: string) => parts.find((p) => (p.headers['content-type'] ?? 'text/plain').startsWith(type))?.body.toString('utf8') ?? '';
  return {
    headers,
    parts,
    text: () => ofType('text/plain'),
    html: () => ofType('text/html'),
    byCid: (cid) => parts.find((p) => p.headers['content-id'] === `<${cid}>`),
  };
}
