// Answers as filed, with the labels of the version they were filed against (the definition
// comes with the submission). Staff see every field of the form, unanswered ones marked,
// so nothing hides a gap; attachments link to their download. A sensitive answer comes
// masked ({ masked: true }) and shows ●●●● with a button that reveals it (submission/reveal.tsx).
import type { ComponentChildren } from 'preact';
import { type FieldElement, type FormDefinition, type JSONSchema, isFieldElement } from '../../../core/definition.ts';
import { encodePointerSegment, itemSchema, propertySchema, resolveRef } from '../../../core/fields.ts';
import { text } from '../../../core/i18n.ts';
import { isMasked } from '../../../core/sensitive.ts';
import { choices } from '../../citizen/fields/choices.ts';
import { formatDate } from '../../citizen/lib/format.ts';
import { useLang, type Translate } from '../i18n/index.ts';
import { fileUrls } from '../lib/backoffice-api.ts';
import { formatSize } from '../lib/format.ts';
import { MaskedAnswer } from '../submission/reveal.tsx';

interface Props {
  def: FormDefinition;
  answers: Record<string, unknown>;
  receiptNumber: string;
  /** Prefix for heading ids, so a revision's list does not clash with the current one. */
  idPrefix: string;
}

const isEmpty = (v: unknown): boolean =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0);
const str = (v: unknown) => (typeof v === 'string' ? v : v == null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

interface Ctx extends Props {
  lang: string;
  t: Translate;
}

const child = (pointer: string, key: string | number) => `${pointer}/${encodePointerSegment(String(key))}`;

function value(ctx: Ctx, el: FieldElement, schema: JSONSchema, v: unknown, pointer: string): ComponentChildren {
  const { lang, t } = ctx;
  if (isMasked(v)) {
    return <MaskedAnswer pointer={pointer} label={text(el.label, lang)} idPrefix={ctx.idPrefix} render={(clear) => value(ctx, el, schema, clear, pointer)} />;
  }
  if (isEmpty(v)) return <span class="muted">{t('answers.none')}</span>;
  switch (el.widget) {
    case 'date':
    case 'wareki-date':
      return typeof v === 'string' ? `${formatDate(v, lang)}${lang === 'ja' ? '' : ` (${v})`}` : str(v);
    case 'radio':
    case 'select':
      return choices(el, schema, lang).find((c) => c.value === v)?.label ?? str(v);
    case 'checkboxes': {
      const labels = choices(el, schema, lang);
      return (
        <ul class="plain-list">
          {(Array.isArray(v) ? v : [v]).map((x, i) => (
            <li key={i}>{labels.find((c) => c.value === x)?.label ?? str(x)}</li>
          ))}
        </ul>
      );
    }
    case 'yes-no':
      return v === true ? t('yesNo.yes') : v === false ? t('yesNo.no') : str(v);
    case 'consent':
      return v === true ? t('answers.agreed') : str(v);
    case 'name-kana': {
      const o = v as Record<string, unknown>;
      const kana = [str(o.familyKana), str(o.givenKana)].filter(Boolean).join('\u3000');
      return (
        <>
          <span class="answer-line">{[str(o.family), str(o.given)].filter(Boolean).join('\u3000')}</span>
          {kana && <span class="answer-line muted">{kana}</span>}
        </>
      );
    }
    case 'postal-address': {
      const o = v as Record<string, unknown>;
      return (
        <>
          {o.postalCode ? <span class="answer-line">〒{str(o.postalCode)}</span> : null}
          <span class="answer-line">
            {str(o.address1)}
            {str(o.address2)}
          </span>
        </>
      );
    }
    case 'attachments':
      return (
        <ul class="plain-list">
          {(Array.isArray(v) ? v : []).map((f: { id?: string; name?: string; size?: number }, i) => (
            <li key={f.id ?? i}>
              {f.id ? (
                <a href={fileUrls.attachment(ctx.receiptNumber, f.id)} download={f.name ?? true}>
                  {f.name ?? f.id}
                </a>
              ) : (
                str(f.name)
              )}{' '}
              {typeof f.size === 'number' && <span class="muted">（{formatSize(f.size, t)}）</span>}
            </li>
          ))}
        </ul>
      );
    case 'group': {
      const rows = Array.isArray(v) ? v : [];
      const items = itemSchema(ctx.def.schema, schema) ?? {};
      const itemLabel = text(el.itemLabel ?? el.label, lang);
      return (
        <ol class="group-answers">
          {rows.map((row: Record<string, unknown>, i) => (
            <li key={i}>
              <p class="group-answers__title">{t('answers.row', { label: itemLabel, n: i + 1 })}</p>
              <dl class="summary-list summary-list--nested">
                {(el.elements ?? []).map((c) => (
                  <div key={c.field}>
                    <dt>{text(c.label, lang)}</dt>
                    <dd>{value(ctx, c, propertySchema(ctx.def.schema, items, c.field) ?? {}, row?.[c.field], child(child(pointer, i), c.field))}</dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ol>
      );
    }
    case 'textarea':
      return <span class="multiline">{str(v)}</span>;
    default:
      return str(v);
  }
}

export function AnswerList(props: Props) {
  const { lang, t } = useLang();
  const ctx: Ctx = { ...props, lang, t };
  const root = resolveRef(props.def.schema, props.def.schema) ?? props.def.schema;
  return (
    <div class="answers">
      {props.def.ui.pages.map((page, p) => {
        const fields = page.elements.filter(isFieldElement);
        if (fields.length === 0) return null;
        const id = `${props.idPrefix}-page-${p}`;
        return (
          // Not a landmark: an earlier revision shows the same page titles again.
          <div key={page.id} class="answers__page">
            <h3 id={id}>{text(page.title, lang)}</h3>
            <dl class="summary-list">
              {fields.map((el) => (
                <div key={el.field}>
                  <dt>{text(el.label, lang)}</dt>
                  <dd>{value(ctx, el, propertySchema(props.def.schema, root, el.field) ?? {}, props.answers[el.field], child('', el.field))}</dd>
                </div>
              ))}
            </dl>
          </div>
        );
      })}
    </div>
  );
}
