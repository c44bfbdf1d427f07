// 表示条件 without code: "show this when <field> <is / is not / is one of / is answered /
// is greater than ...> <value>", several combined with all/any. Edited here, applied with
// one button through core's setRule, which refuses (with the reason shown here) a field
// that does not exist, the field itself, a value that does not fit, or a cycle.
import { useState } from 'preact/hooks';
import {
  OP_LABELS,
  conditionFields,
  readRule,
  setRule,
  type ConditionField,
  type ConditionOp,
  type ElementAddress,
  type SimpleCondition,
} from '../../../core/builder/index.ts';
import { text } from '../../../core/i18n.ts';
import { useLang } from '../i18n/index.ts';
import { ControlError } from './controls.tsx';
import { elementDomId, focusLater } from './dom.ts';
import { useBuilder } from './use-builder.ts';

type Draft = { mode: 'always' | 'when'; combine: 'all' | 'any'; conditions: SimpleCondition[] };

const opLabel = (op: ConditionOp, lang: string) => (lang === 'en' ? OP_LABELS[op].en : OP_LABELS[op].ja);

/** The rule in words: 「申請の理由」が「その他」のとき */
export function describeCondition(c: SimpleCondition, fields: ConditionField[], lang: string, t: (k: 'rule.yes' | 'rule.no') => string): string {
  const f = fields.find((x) => x.key === c.field);
  const name = f ? text(f.label, lang) : c.field;
  const valueText = (v: unknown) =>
    typeof v === 'boolean' ? (v ? t('rule.yes') : t('rule.no')) : text(f?.options?.find((o) => o.value === v)?.label, lang) || String(v);
  const value = c.op === 'answered' ? '' : Array.isArray(c.value) ? c.value.map(valueText).join('、') : valueText(c.value);
  return lang === 'en' ? `"${name}" ${opLabel(c.op, lang)} ${value}`.trim() : `「${name}」${opLabel(c.op, lang)}${value ? `（${value}）` : ''}`;
}

export function RuleEditor({ a }: { a: ElementAddress }) {
  const { lang, t } = useLang();
  const b = useBuilder();
  const id = `${elementDomId(a)}-rule`;
  const current = readRule(b.def, a);
  const fields = conditionFields(b.def, a);
  const [draft, setDraft] = useState<Draft>(() =>
    current?.simple ? { mode: 'when', ...structuredClone(current.simple) } : { mode: current ? 'when' : 'always', combine: 'all', conditions: [] },
  );
  const [error, setError] = useState<string | null>(null);
  const [applied, setApplied] = useState('');

  const apply = (d: Draft) => {
    const e = b.apply((def) => setRule(def, a, d.mode === 'always' ? null : { combine: d.combine, conditions: d.conditions }), { structural: true });
    setError(e);
    if (e) {
      b.announce(e);
      setApplied('');
    } else setApplied(d.mode === 'always' ? t('rule.appliedAlways') : t('rule.applied'));
  };
  const set = (next: Draft) => {
    setDraft(next);
    setApplied('');
  };
  const setCondition = (i: number, c: SimpleCondition) => set({ ...draft, conditions: draft.conditions.map((x, j) => (j === i ? c : x)) });
  const addCondition = () => {
    const f = fields.find((x) => !x.cycle) ?? fields[0];
    if (!f) return;
    set({ ...draft, mode: 'when', conditions: [...draft.conditions, fresh(f)] });
    focusLater(`${id}-${draft.conditions.length}-field`);
  };

  if (fields.length === 0) {
    return (
      <fieldset class="fieldset rule">
        <legend class="legend">{t('rule.title')}</legend>
        <p class="hint">{t('rule.noFields')}</p>
      </fieldset>
    );
  }
  return (
    <fieldset class="fieldset rule" aria-describedby={error ? `${id}-error` : undefined}>
      <legend class="legend">{t('rule.title')}</legend>
      {current && !current.simple && <p class="notice">{t('rule.handWritten')}</p>}
      <div class="choices">
        {(['always', 'when'] as const).map((m) => (
          <div class="choice" key={m}>
            <input
              type="radio"
              id={`${id}-mode-${m}`}
              name={`${id}-mode`}
              checked={draft.mode === m}
              onChange={() => {
                const next: Draft = { ...draft, mode: m, conditions: m === 'when' && draft.conditions.length === 0 ? [fresh(fields.find((x) => !x.cycle) ?? fields[0]!)] : draft.conditions };
                set(next);
                if (m === 'always' && current) apply(next); // nothing to fill in: applies at once
              }}
            />
            <label for={`${id}-mode-${m}`}>{t(`rule.mode.${m}`)}</label>
          </div>
        ))}
      </div>
      {draft.mode === 'when' && (
        <>
          {draft.conditions.length > 1 && (
            <div class="field">
              <label class="label" for={`${id}-combine`}>
                {t('rule.combine')}
              </label>
              <select id={`${id}-combine`} class="input select" value={draft.combine} onChange={(e) => set({ ...draft, combine: e.currentTarget.value as 'all' | 'any' })}>
                <option value="all">{t('rule.all')}</option>
                <option value="any">{t('rule.any')}</option>
              </select>
            </div>
          )}
          {draft.conditions.map((c, i) => (
            <ConditionRow
              key={i}
              id={`${id}-${i}`}
              n={i + 1}
              c={c}
              fields={fields}
              onChange={(next) => setCondition(i, next)}
              onRemove={() => set({ ...draft, conditions: draft.conditions.filter((_, j) => j !== i) })}
            />
          ))}
          <div class="actions actions--inline">
            <button type="button" class="button button--small button--secondary" onClick={addCondition}>
              {t('rule.addCondition')}
            </button>
            <button type="button" id={`${id}-apply`} class="button button--small" onClick={() => apply(draft)}>
              {t('rule.apply')}
            </button>
          </div>
        </>
      )}
      <ControlError id={id} error={error} />
      <p class="status-line hint" role="status">
        {applied}
      </p>
      {current?.simple && (
        <p class="hint">
          {t('rule.current', {
            conditions: current.simple.conditions.map((c) => describeCondition(c, fields, lang, t)).join(current.simple.combine === 'any' ? t('rule.or') : t('rule.and')),
          })}
        </p>
      )}
    </fieldset>
  );
}

function fresh(f: ConditionField): SimpleCondition {
  const op = f.operators[0] ?? 'answered';
  return { field: f.key, op, value: initialValue(f, op) };
}

function initialValue(f: ConditionField, op: ConditionOp): unknown {
  if (op === 'answered') return undefined;
  if (f.kind === 'yes-no') return true;
  if (op === 'in') return [];
  return f.options?.[0]?.value;
}

function ConditionRow(p: { id: string; n: number; c: SimpleCondition; fields: ConditionField[]; onChange(c: SimpleCondition): void; onRemove(): void }) {
  const { lang, t } = useLang();
  const f = p.fields.find((x) => x.key === p.c.field);
  const ops = f?.operators ?? [];
  return (
    <fieldset class="fieldset rule__condition">
      <legend class="legend">{t('rule.condition', { n: p.n })}</legend>
      <div class="field">
        <label class="label" for={`${p.id}-field`}>
          {t('rule.field')}
        </label>
        <select
          id={`${p.id}-field`}
          class="input select"
          value={p.c.field}
          onChange={(e) => {
            const nf = p.fields.find((x) => x.key === e.currentTarget.value);
            if (nf) p.onChange(fresh(nf));
          }}
        >
          {!f && <option value={p.c.field}>{p.c.field}</option>}
          {p.fields.map((x) => (
            <option key={x.key} value={x.key}>
              {text(x.label, lang)}
              {x.cycle ? ` ${t('rule.cycleMark')}` : x.later ? ` ${t('rule.laterMark')}` : ''}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label class="label" for={`${p.id}-op`}>
          {t('rule.op')}
        </label>
        <select
          id={`${p.id}-op`}
          class="input select"
          value={p.c.op}
          onChange={(e) => {
            const op = e.currentTarget.value as ConditionOp;
            p.onChange({ field: p.c.field, op, value: f ? (op === 'in' ? [] : op === 'answered' ? undefined : p.c.op === 'in' || p.c.op === 'answered' ? initialValue(f, op) : p.c.value) : undefined });
          }}
        >
          {ops.map((op) => (
            <option key={op} value={op}>
              {opLabel(op, lang)}
            </option>
          ))}
        </select>
      </div>
      {f && p.c.op !== 'answered' && <ValueInput id={`${p.id}-value`} f={f} c={p.c} onChange={p.onChange} />}
      <button type="button" class="button button--small button--warning" onClick={p.onRemove}>
        {t('rule.removeCondition', { n: p.n })}
      </button>
    </fieldset>
  );
}

function ValueInput({ id, f, c, onChange }: { id: string; f: ConditionField; c: SimpleCondition; onChange(c: SimpleCondition): void }) {
  const { lang, t } = useLang();
  const [raw, setRaw] = useState(c.value === undefined ? '' : String(c.value));
  if (f.kind === 'yes-no') {
    return (
      <div class="field">
        <label class="label" for={id}>
          {t('rule.value')}
        </label>
        <select id={id} class="input select" value={String(c.value ?? true)} onChange={(e) => onChange({ ...c, value: e.currentTarget.value === 'true' })}>
          <option value="true">{t('rule.yes')}</option>
          <option value="false">{t('rule.no')}</option>
        </select>
      </div>
    );
  }
  if (f.options && c.op === 'in') {
    const chosen = Array.isArray(c.value) ? (c.value as string[]) : [];
    return (
      <fieldset class="fieldset">
        <legend class="legend">{t('rule.values')}</legend>
        {f.options.map((o) => (
          <div class="field field--check" key={o.value}>
            <input
              type="checkbox"
              id={`${id}-${o.value}`}
              class="checkbox"
              checked={chosen.includes(o.value)}
              onChange={(e) => onChange({ ...c, value: e.currentTarget.checked ? [...chosen, o.value] : chosen.filter((v) => v !== o.value) })}
            />
            <label for={`${id}-${o.value}`}>{text(o.label, lang)}</label>
          </div>
        ))}
      </fieldset>
    );
  }
  if (f.options) {
    return (
      <div class="field">
        <label class="label" for={id}>
          {t('rule.value')}
        </label>
        <select id={id} class="input select" value={String(c.value ?? '')} onChange={(e) => onChange({ ...c, value: e.currentTarget.value })}>
          {f.options.map((o) => (
            <option key={o.value} value={o.value}>
              {text(o.label, lang)}
            </option>
          ))}
        </select>
      </div>
    );
  }
  const numeric = f.kind === 'number';
  return (
    <div class="field">
      <label class="label" for={id}>
        {t('rule.value')}
      </label>
      <input
        id={id}
        class="input"
        inputMode={numeric ? 'decimal' : undefined}
        value={raw}
        onInput={(e) => {
          const v = e.currentTarget.value;
          setRaw(v);
          onChange({ ...c, value: numeric ? (v.trim() === '' ? undefined : Number(v)) : v });
        }}
      />
    </div>
  );
}
