// One paper layout's mapping: for each AcroForm field of the city's PDF, what goes in it
// (only what that kind of box can take: a check box gets yes/no answers and "option chosen");
// and free positions (page, x, y in PDF points from the bottom left) for papers without
// fields. Saved as a whole; the server names each refused entry, shown by its input.
import { useState } from 'preact/hooks';
import type { FormDefinition } from '../../../core/definition.ts';
import { decodePointerSegment } from '../../../core/fields.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { SelectField, TextField } from '../components/fields.tsx';
import { useLang, type MessageKey } from '../i18n/index.ts';
import { backoffice, fileUrls, type LayoutDetail, type LayoutMapping } from '../lib/backoffice-api.ts';
import { type BoxKind, FIXED_ITEMS, type SourceLabels, boxKind, layoutSources } from './sources.ts';

type Position = LayoutMapping['positions'][number];
interface PositionRow {
  pointer: string;
  page: number;
  x: string;
  y: string;
}

/** Safe as part of an element id: field names of PDFs hold dots, spaces, brackets. */
export const fieldKey = (name: string) => `layout-field-${[...name].map((c) => (/[A-Za-z0-9_-]/.test(c) ? c : `_${c.codePointAt(0)!.toString(16)}`)).join('')}`;

export function MappingEditor(props: { formId: string; def: FormDefinition; layout: LayoutDetail; onSaved(l: LayoutDetail): void }) {
  const { lang, t } = useLang();
  const { layout } = props;
  const labels: SourceLabels = {
    fixed: Object.fromEntries(FIXED_ITEMS.map((f) => [f, t(`layouts.src.${f}` as MessageKey)])) as SourceLabels['fixed'],
    part: (part) => t(`layouts.part.${part}` as MessageKey),
    row: (label, n) => t('answers.row', { label, n }),
    equals: (label, option) => t('layouts.equals', { label, option }),
    yes: t('yesNo.yes'),
    no: t('yesNo.no'),
  };
  const sourcesFor = (kind: BoxKind) => [{ value: '', label: t('layouts.none') }, ...layoutSources(props.def, lang, kind, labels)];
  const textSources = sourcesFor('text');
  const [fields, setFields] = useState<Record<string, string>>({ ...(layout.mapping?.fields ?? {}) });
  const [positions, setPositions] = useState<PositionRow[]>((layout.mapping?.positions ?? []).map((p) => ({ pointer: p.pointer, page: p.page, x: String(p.x), y: String(p.y) })));
  const [status, setStatus] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempts, setAttempts] = useState(0);
  const pages = layout.pages.length > 0 ? layout.pages : [{ page: 1, width: 595, height: 842 }];

  const setPos = (i: number, patch: Partial<PositionRow>) => setPositions(positions.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  const save = async (e: Event) => {
    e.preventDefault();
    const mapping: LayoutMapping = {
      fields: Object.fromEntries(Object.entries(fields).filter(([, s]) => s)),
      positions: positions.filter((p) => p.pointer).map((p): Position => ({ pointer: p.pointer, page: p.page, x: Number(p.x.replace(',', '.')), y: Number(p.y.replace(',', '.')) })),
    };
    const kept = positions.map((p, i) => (p.pointer ? i : -1)).filter((i) => i >= 0);
    const res = await backoffice.saveLayout(props.formId, layout.id, { mapping }).catch(() => null);
    if (res && res.status === 200) {
      setErrors({});
      setStatus(t('layouts.saved'));
      props.onSaved(res.body);
      return;
    }
    // /mapping/fields/<name> → that field's select; /mapping/positions/2/x → row 3's x.
    const found: Record<string, string> = {};
    for (const p of res?.body.errors ?? []) {
      const f = /^\/mapping\/fields\/(.+)$/.exec(p.path);
      const pos = /^\/mapping\/positions\/(\d+)(?:\/(\w+))?$/.exec(p.path);
      if (f) found[fieldKey(decodePointerSegment(f[1]!))] = p.message;
      else if (pos) found[`layout-pos-${kept[Number(pos[1])] ?? 0}-${pos[2] ?? 'pointer'}`] = p.message;
      else found['layout-general'] = p.message;
    }
    if (!res) found['layout-general'] = t('error.network');
    else if (Object.keys(found).length === 0) found['layout-general'] = res.body.message ?? t('error.failed');
    setErrors(found);
    setAttempts((n) => n + 1);
    setStatus(null);
  };

  const items = Object.entries(errors).map(([k, message]) => ({ message, target: k === 'layout-general' ? undefined : k }));
  return (
    <form noValidate onSubmit={save} class="mapping">
      <ErrorSummary items={items} focusKey={attempts} />
      <p class="muted">{t('layouts.pages', { n: layout.pages.length, fields: layout.fields.length })}</p>
      <h3>{t('layouts.fields')}</h3>
      {layout.fields.length === 0 ? (
        <p class="muted">{t('layouts.noFields')}</p>
      ) : (
        <div class="mapping__fields">
          {layout.fields.map((f) => {
            const kind = boxKind(f.type);
            if (!kind) return null;
            const id = fieldKey(f.name);
            return (
              <SelectField
                key={f.name}
                id={id}
                label={t('layouts.fieldLabel', { name: f.name, page: f.page ?? '?', type: t(`layouts.type.${f.type}` as MessageKey) })}
                value={fields[f.name] ?? ''}
                onValue={(v) => setFields({ ...fields, [f.name]: v })}
                error={errors[id]}
                options={sourcesFor(kind)}
              />
            );
          })}
        </div>
      )}
      <h3>{t('layouts.positions')}</h3>
      <p class="hint">{t('layouts.positionsHint')}</p>
      {positions.map((p, i) => {
        const page = pages.find((pg) => pg.page === p.page) ?? pages[0]!;
        return (
          <fieldset class="fieldset position-row" key={i}>
            <legend class="legend">{t('layouts.position', { n: i + 1 })}</legend>
            <SelectField id={`layout-pos-${i}-pointer`} label={t('layouts.source')} value={p.pointer} onValue={(v) => setPos(i, { pointer: v })} error={errors[`layout-pos-${i}-pointer`]} options={textSources} />
            <SelectField
              id={`layout-pos-${i}-page`}
              label={t('layouts.page')}
              value={String(p.page)}
              onValue={(v) => setPos(i, { page: Number(v) })}
              error={errors[`layout-pos-${i}-page`]}
              options={pages.map((pg) => ({ value: String(pg.page), label: t('layouts.pageN', { n: pg.page }) }))}
            />
            <TextField
              id={`layout-pos-${i}-x`}
              label={t('layouts.x', { max: page.width })}
              inputMode="decimal"
              value={p.x}
              onValue={(v) => setPos(i, { x: v })}
              error={errors[`layout-pos-${i}-x`]}
              class="field--short"
            />
            <TextField
              id={`layout-pos-${i}-y`}
              label={t('layouts.y', { max: page.height })}
              inputMode="decimal"
              value={p.y}
              onValue={(v) => setPos(i, { y: v })}
              error={errors[`layout-pos-${i}-y`]}
              class="field--short"
            />
            <button type="button" class="button button--small button--secondary" onClick={() => setPositions(positions.filter((_, j) => j !== i))}>
              {t('layouts.removePosition', { n: i + 1 })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" class="button button--secondary" onClick={() => setPositions([...positions, { pointer: '', page: pages[0]!.page, x: '72', y: String(Math.max(0, pages[0]!.height - 100)) }])}>
        {t('layouts.addPosition')}
      </button>
      <div class="actions">
        <button type="submit" class="button">
          {t('layouts.save')}
        </button>
        <a class="button button--secondary" id="layout-sample" href={fileUrls.sample(props.formId, layout.id)} target="_blank" rel="noopener">
          {t('layouts.sample')}
          <span class="visually-hidden"> {t('newWindow')}</span>
        </a>
      </div>
      <div class="status-line" role="status">
        {status && <p class="notice notice--success">{status}</p>}
      </div>
    </form>
  );
}
