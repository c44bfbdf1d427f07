// One paper layout's mapping: for each AcroForm field of the city's PDF, which answer goes
// in it; and free positions (page, x, y in PDF points from the bottom left) for forms
// without fields. Saved as a whole; the sample PDF shows the 記入例 printed on it.
import { useState } from 'preact/hooks';
import type { FormDefinition } from '../../../core/definition.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { SelectField, TextField } from '../components/fields.tsx';
import { useLang } from '../i18n/index.ts';
import { backoffice, fileUrls, type LayoutDetail, type LayoutMapping } from '../lib/backoffice-api.ts';
import { byField } from '../lib/field-errors.ts';
import { layoutSources } from './sources.ts';

type Position = LayoutMapping['positions'][number];

export function MappingEditor(props: { formId: string; def: FormDefinition; layout: LayoutDetail; onSaved(l: LayoutDetail): void }) {
  const { lang, t } = useLang();
  const { layout } = props;
  const sources = layoutSources(props.def, lang, { $receiptNumber: t('layouts.src.receiptNumber'), $createdAt: t('layouts.src.createdAt') });
  const initial = new Map((layout.mapping?.fields ?? []).map((m) => [m.pdfField, m.source]));
  const [fields, setFields] = useState<Record<string, string>>(Object.fromEntries(layout.fields.map((f) => [f.name, initial.get(f.name) ?? ''])));
  const [positions, setPositions] = useState<Position[]>(layout.mapping?.positions ?? []);
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempts, setAttempts] = useState(0);
  const pages = Math.max(1, layout.pages.length);
  const options = [{ value: '', label: t('layouts.none') }, ...sources];

  const setPos = (i: number, patch: Partial<Position>) => setPositions(positions.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  const save = async (e: Event) => {
    e.preventDefault();
    const mapping: LayoutMapping = {
      fields: Object.entries(fields)
        .filter(([, s]) => s)
        .map(([pdfField, source]) => ({ pdfField, source })),
      positions: positions.filter((p) => p.source),
    };
    const res = await backoffice.saveLayout(props.formId, layout.id, { name: layout.name, mapping }).catch(() => null);
    if (res && res.status === 200) {
      setErrors({});
      setStatus({ text: t('layouts.saved') });
      props.onSaved({ ...layout, ...res.body, mapping: res.body.mapping ?? mapping });
      return;
    }
    // Paths name the mapping entry: /mapping/positions/2/x → the x input of row 3.
    const found: Record<string, string> = {};
    for (const p of res?.body.errors ?? []) {
      const m = /^\/mapping\/(fields|positions)\/(\d+)(?:\/(\w+))?/.exec(p.path);
      if (m?.[1] === 'positions') found[`pos-${m[2]}-${m[3] ?? 'source'}`] = p.message;
      else if (m?.[1] === 'fields') found[`field-${mapping.fields[Number(m[2])]?.pdfField ?? ''}`] = p.message;
      else found[''] = p.message;
    }
    if (!res) found[''] = t('error.network');
    else if (Object.keys(found).length === 0) Object.assign(found, byField(res.body.errors), { '': res.body.message ?? t('error.failed') });
    setErrors(found);
    setAttempts((n) => n + 1);
    setStatus(null);
  };

  const items = Object.entries(errors).map(([k, message]) => ({ message, target: k ? `layout-${k}` : undefined }));
  return (
    <form noValidate onSubmit={save} class="mapping">
      <ErrorSummary items={items} focusKey={attempts} />
      <p class="muted">{t('layouts.pages', { n: layout.pages.length, fields: layout.fields.length })}</p>
      <h3 id="mapping-fields">{t('layouts.fields')}</h3>
      {layout.fields.length === 0 ? (
        <p class="muted">{t('layouts.noFields')}</p>
      ) : (
        <div class="mapping__fields">
          {layout.fields.map((f) => (
            <SelectField
              key={f.name}
              id={`layout-field-${f.name}`}
              label={t('layouts.fieldLabel', { name: f.name, page: (f.page ?? 0) + 1 })}
              value={fields[f.name] ?? ''}
              onValue={(v) => setFields({ ...fields, [f.name]: v })}
              error={errors[`field-${f.name}`]}
              options={options}
            />
          ))}
        </div>
      )}
      <h3>{t('layouts.positions')}</h3>
      <p class="hint">{t('layouts.positionsHint')}</p>
      {positions.map((p, i) => (
        <fieldset class="fieldset position-row" key={i}>
          <legend class="legend">{t('layouts.position', { n: i + 1 })}</legend>
          <SelectField id={`layout-pos-${i}-source`} label={t('layouts.source')} value={p.source} onValue={(v) => setPos(i, { source: v })} error={errors[`pos-${i}-source`]} options={options} />
          <SelectField
            id={`layout-pos-${i}-page`}
            label={t('layouts.page')}
            value={String(p.page)}
            onValue={(v) => setPos(i, { page: Number(v) })}
            error={errors[`pos-${i}-page`]}
            options={Array.from({ length: pages }, (_, n) => ({ value: String(n), label: t('layouts.pageN', { n: n + 1 }) }))}
          />
          <TextField id={`layout-pos-${i}-x`} label={t('layouts.x')} inputMode="decimal" value={String(p.x)} onValue={(v) => setPos(i, { x: Number(v) })} error={errors[`pos-${i}-x`]} class="field--short" />
          <TextField id={`layout-pos-${i}-y`} label={t('layouts.y')} inputMode="decimal" value={String(p.y)} onValue={(v) => setPos(i, { y: Number(v) })} error={errors[`pos-${i}-y`]} class="field--short" />
          <button type="button" class="button button--small button--secondary" onClick={() => setPositions(positions.filter((_, j) => j !== i))}>
            {t('layouts.removePosition', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <button type="button" class="button button--secondary" onClick={() => setPositions([...positions, { source: '', page: 0, x: 72, y: 700 }])}>
        {t('layouts.addPosition')}
      </button>
      <div class="actions">
        <button type="submit" class="button">
          {t('layouts.save')}
        </button>
        <a class="button button--secondary" href={fileUrls.sample(props.formId, layout.id)} target="_blank" rel="noopener">
          {t('layouts.sample')}
          <span class="visually-hidden"> {t('newWindow')}</span>
        </a>
      </div>
      <div class="status-line" role="status">
        {status && <p class={status.error ? 'notice notice--error' : 'notice notice--success'}>{status.text}</p>}
      </div>
    </form>
  );
}
