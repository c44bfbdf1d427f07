// The answers, page by page, as the citizen will file them: the check page uses it with
// 「変更」 links, and the 記入例 view uses it read-only for the example answers.
import type { ComponentChildren } from 'preact';
import { type FieldElement, type FormDefinition, type JSONSchema, isFieldElement } from '../../../core/definition.ts';
import { itemSchema, propertySchema } from '../../../core/fields.ts';
import { text } from '../../../core/i18n.ts';
import type { Translate } from '../i18n/index.ts';
import { formatDate, formatSize } from '../lib/format.ts';
import { child, getIn } from '../lib/pointer.ts';
import { attachmentList } from '../fields/attachments.tsx';
import { choices } from '../fields/choices.ts';
import { fieldSchema } from '../runtime.ts';
import { L } from './Local.tsx';

interface AnswersProps {
  def: FormDefinition;
  answers: Record<string, unknown>;
  isHidden(pointer: string): boolean;
  lang: string;
  t: Translate;
  /** Where 「変更」 for page `index` leads; no links when absent (read-only). */
  changeHref?: (index: number) => string;
}

const isEmpty = (v: unknown): boolean =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0);

function NotAnswered({ t }: { t: Translate }) {
  return <span class="muted">{t('check.notAnswered')}</span>;
}

export function displayValue(def: FormDefinition, element: FieldElement, schema: JSONSchema, value: unknown, pointer: string, props: AnswersProps): ComponentChildren {
  const { lang, t } = props;
  if (isEmpty(value)) return <NotAnswered t={t} />;
  const str = (v: unknown) => (typeof v === 'string' ? v : v == null ? '' : String(v));
  switch (element.widget) {
    case 'date':
    case 'wareki-date':
      return typeof value === 'string' ? formatDate(value, lang) : str(value);
    case 'radio':
    case 'select':
      return choices(element, schema, lang).find((c) => c.value === value)?.label ?? str(value);
    case 'checkboxes': {
      const labels = choices(element, schema, lang);
      const list = Array.isArray(value) ? value : [value];
      return (
        <ul class="plain-list">
          {list.map((v, i) => (
            <li key={i}>{labels.find((c) => c.value === v)?.label ?? str(v)}</li>
          ))}
        </ul>
      );
    }
    case 'yes-no':
      return value === true ? t('yesNo.yes') : value === false ? t('yesNo.no') : str(value);
    case 'consent':
      return value === true ? t('consent.agree') : str(value);
    case 'name-kana': {
      const v = value as Record<string, unknown>;
      const kana = [str(v.familyKana), str(v.givenKana)].filter(Boolean).join('\u3000');
      return (
        <>
          <span class="answer-line">{[str(v.family), str(v.given)].filter(Boolean).join('\u3000')}</span>
          {kana && <span class="answer-line answer-line--sub">{kana}</span>}
        </>
      );
    }
    case 'postal-address': {
      const v = value as Record<string, unknown>;
      return (
        <>
          {v.postalCode ? <span class="answer-line">〒{str(v.postalCode)}</span> : null}
          <span class="answer-line">
            {str(v.address1)}
            {str(v.address2)}
          </span>
        </>
      );
    }
    case 'attachments':
      return (
        <ul class="plain-list">
          {attachmentList(value).map((f) => (
            <li key={f.id}>
              {f.name} <span class="muted">（{formatSize(f.size, t)}）</span>
            </li>
          ))}
        </ul>
      );
    case 'group': {
      const rows = Array.isArray(value) ? value : [];
      const items = itemSchema(def.schema, schema) ?? {};
      const itemLabel = text(element.itemLabel ?? element.label, lang);
      return (
        <ol class="group-answers">
          {rows.map((row, i) => {
            const rowPointer = child(pointer, i);
            return (
              <li key={i} class="group-answers__row">
                <p class="group-answers__title">{t('group.row', { label: itemLabel, n: i + 1 })}</p>
                <dl class="summary summary--nested">
                  {(element.elements ?? []).map((el) => {
                    const p = child(rowPointer, el.field);
                    if (props.isHidden(p)) return null;
                    return (
                      <div class="summary__row" key={el.field}>
                        <dt class="summary__key">
                          <L value={el.label} lang={lang} />
                        </dt>
                        <dd class="summary__value">
                          {displayValue(def, el, propertySchema(def.schema, items, el.field) ?? {}, getIn(row, child("", el.field)), p, props)}
                        </dd>
                      </div>
                    );
                  })}
                </dl>
              </li>
            );
          })}
        </ol>
      );
    }
    case 'textarea':
      return <span class="multiline">{str(value)}</span>;
    default:
      return str(value);
  }
}

export function Answers(props: AnswersProps) {
  const { def, answers, lang, t } = props;
  return (
    <div class="answers">
      {def.ui.pages.map((page, index) => {
        const fields = page.elements.filter(isFieldElement).filter((e) => !props.isHidden(child('', e.field)));
        if (fields.length === 0) return null;
        const title = text(page.title, lang);
        return (
          <section class="answers__page" key={page.id} aria-labelledby={`answers-${page.id}`}>
            <div class="answers__head">
              <h2 class="answers__title" id={`answers-${page.id}`}>
                <L value={page.title} lang={lang} />
              </h2>
              {props.changeHref && (
                <a class="answers__change" href={props.changeHref(index)}>
                  {t('check.change')}
                  <span class="visually-hidden">{t('check.changeNamed', { title })}</span>
                </a>
              )}
            </div>
            <dl class="summary">
              {fields.map((el) => (
                <div class="summary__row" key={el.field}>
                  <dt class="summary__key">
                          <L value={el.label} lang={lang} />
                        </dt>
                  <dd class="summary__value">
                    {displayValue(def, el, fieldSchema(def, el.field) ?? {}, answers[el.field], child('', el.field), props)}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
    </div>
  );
}
