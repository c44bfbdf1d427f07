// CSV of the current filter for one form. Shift_JIS (CP932) is for older Excel; when some
// answer holds a character CP932 cannot (髙 in a name, an emoji), the server refuses rather
// than replace it, and the list says which submission, which column and which character,
// with UTF-8 (which holds everything) one click away. Sensitive answers are written as
// 「（非表示）」 unless the clerk ticks the box (sensitive=include, audited as a reveal).
import { useState } from 'preact/hooks';
import { useLang } from '../i18n/index.ts';
import { fileUrls } from '../lib/backoffice-api.ts';
import { fetchFile, saveBlob } from '../lib/downloads.ts';
import { type InboxFilter, exportQuery } from '../lib/inbox-query.ts';
import { paths } from '../lib/routes.ts';
import { codePoints } from '../lib/code-points.ts';

type Encoding = 'utf8bom' | 'sjis';
interface Unencodable {
  receiptNumber: string | null;
  column: string;
  char: string;
}
const SHOWN = 50;

export function CsvExport({ filter }: { filter: InboxFilter }) {
  const { t } = useLang();
  const [encoding, setEncoding] = useState<Encoding>('utf8bom');
  const [sensitive, setSensitive] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  const [refused, setRefused] = useState<{ count: number; list: Unencodable[] } | null>(null);

  const download = async (enc: Encoding) => {
    setBusy(true);
    setStatus({ text: t('csv.busy') });
    setRefused(null);
    try {
      const query = exportQuery(filter, enc);
      if (sensitive) query.set('sensitive', 'include');
      const res = await fetchFile('GET', fileUrls.exportCsv(filter.form, query));
      if (res.ok) {
        saveBlob(res.blob, res.filename ?? `${filter.form}.csv`);
        setStatus({ text: t('csv.done') });
      } else if (res.status === 422 && res.body.error === 'unencodable') {
        const list = (res.body.errors ?? []) as unknown as Unencodable[];
        setRefused({ count: typeof res.body.count === 'number' ? res.body.count : list.length, list });
        setStatus({ text: t('csv.unencodable'), error: true });
      } else setStatus({ text: res.body.message ?? t('error.failed'), error: true });
    } catch {
      setStatus({ text: t('error.network'), error: true });
    } finally {
      setBusy(false);
    }
  };

  if (!filter.form) {
    return (
      <section class="panel export" aria-labelledby="csv-title">
        <h2 id="csv-title">{t('csv.title')}</h2>
        <p class="muted">{t('csv.chooseForm')}</p>
      </section>
    );
  }
  return (
    <section class="panel export" aria-labelledby="csv-title">
      <h2 id="csv-title">{t('csv.title')}</h2>
      <p class="hint">{t('csv.hint')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          download(encoding);
        }}
      >
        <fieldset class="fieldset">
          <legend class="legend">{t('csv.encoding')}</legend>
          {(['utf8bom', 'sjis'] as const).map((e) => (
            <div class="field--check" key={e}>
              <input type="radio" class="checkbox" name="csv-encoding" id={`csv-${e}`} checked={encoding === e} onChange={() => setEncoding(e)} />
              <label for={`csv-${e}`}>{t(e === 'utf8bom' ? 'csv.utf8bom' : 'csv.sjis')}</label>
            </div>
          ))}
        </fieldset>
        <div class="field field--check">
          <input type="checkbox" class="checkbox" id="csv-sensitive" checked={sensitive} aria-describedby="csv-sensitive-hint" onChange={(e) => setSensitive(e.currentTarget.checked)} />
          <label for="csv-sensitive">{t('csv.sensitive')}</label>
          <p class="hint" id="csv-sensitive-hint">
            {t('csv.sensitiveHint')}
          </p>
        </div>
        <button type="submit" class="button" disabled={busy}>
          {t('csv.download')}
        </button>
      </form>
      <div class="status-line" role="status">
        {status && <p class={status.error ? 'notice notice--error' : 'notice'}>{status.text}</p>}
      </div>
      {refused && (
        <div class="unencodable">
          <p>{t('csv.unencodableList', { n: refused.count })}</p>
          <div class="table-wrap">
            <table class="table">
              <caption class="visually-hidden">{t('csv.unencodableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('inbox.col.receiptNumber')}</th>
                  <th scope="col">{t('csv.column')}</th>
                  <th scope="col">{t('csv.char')}</th>
                </tr>
              </thead>
              <tbody>
                {refused.list.slice(0, SHOWN).map((r, i) => (
                  <tr key={i}>
                    <th scope="row">{r.receiptNumber ? <a href={paths.submission(r.receiptNumber)}>{r.receiptNumber}</a> : t('csv.header')}</th>
                    <td>{r.column}</td>
                    <td>
                      <span class="char">{r.char}</span> <span class="muted">{codePoints(r.char)}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {refused.count > Math.min(SHOWN, refused.list.length) && <p class="muted">{t('csv.more', { n: refused.count - Math.min(SHOWN, refused.list.length) })}</p>}
          <button type="button" class="button" disabled={busy} onClick={() => (setEncoding('utf8bom'), download('utf8bom'))}>
            {t('csv.useUtf8')}
          </button>
        </div>
      )}
    </section>
  );
}
