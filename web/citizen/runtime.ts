// A published form made ready for the browser: definition, visibility rules and the
// precompiled validator module, plus the evaluation every page does on each change.
import type { FieldElement, FormDefinition, JSONSchema } from '../../core/definition.ts';
import { describeErrors, type FieldError } from '../../core/errors.ts';
import { itemSchema, propertySchema, topLevelFields } from '../../core/fields.ts';
import { message } from '../../core/messages.ts';
import { normalizeAnswers, normalizeFieldValue } from '../../core/normalize.ts';
import { instantiateValidator, type FormValidator, type ValidatorFactory } from '../../core/validator-runtime.ts';
import { stripHidden, visibility } from '../../core/visibility.ts';
import { text } from '../../core/i18n.ts';
import { api, type PublishedForm } from './lib/api.ts';
import { type Answers, child, inputId, topKey, within } from './lib/pointer.ts';
import type { Session } from './store.ts';
import { inPreview } from './lib/preview.ts';

export interface FormRuntime {
  form: PublishedForm;
  def: FormDefinition;
  validator: FormValidator;
}

export type LoadResult =
  | { kind: 'ok'; runtime: FormRuntime }
  | { kind: 'closed'; title: FormDefinition['title'] | undefined; message: string }
  | { kind: 'notFound' }
  /** preview only: the draft cannot be shown yet; the builder lists why. */
  | { kind: 'broken'; problems: string[] };

const cache = new Map<string, Promise<LoadResult>>();

/** Loads a form once per page view; a failed load is forgotten so it can be retried. */
export function loadForm(id: string, lang: string): Promise<LoadResult> {
  let p = cache.get(id);
  if (!p) {
    p = fetchForm(id, lang);
    cache.set(id, p);
    p.catch(() => cache.delete(id));
  }
  return p;
}

async function fetchForm(id: string, lang: string): Promise<LoadResult> {
  const res = await (inPreview() ? api.preview : api.form)(id, lang);
  if (res.status === 404) return { kind: 'notFound' };
  if (res.status === 400 && inPreview()) return { kind: 'broken', problems: (res.body?.errors ?? []).map((e) => e.message) };
  if (res.status !== 200 || !res.body?.definition) throw new Error(`GET form: ${res.status}`);
  const form = res.body;
  if (!form.open) return { kind: 'closed', title: form.definition.title, message: form.closedMessage ?? '' };
  const mod = (await import(/* @vite-ignore */ form.validatorUrl)) as { default: ValidatorFactory };
  return { kind: 'ok', runtime: { form, def: form.definition, validator: instantiateValidator(mod.default) } };
}

/** Drops the cached form, so the next loadForm fetches it again (preview reloads). */
export const forgetForm = (id: string) => cache.delete(id);

/** An error to show, and which input it belongs to when not the one named by its path. */
export type UiError = FieldError & {
  /** The input the message belongs to, when not the one its path names. */
  target?: string;
  /** What must have been left for it to show, when not its path. */
  revealAs?: string;
  server?: boolean;
};

export interface Evaluation {
  /** Answers as they would be filed: normalised, hidden fields dropped. */
  filing: Answers;
  isHidden(pointer: string): boolean;
  /** Every current error, client and server, in form order; hidden fields have none. */
  errors: UiError[];
}

export const confirmDraftKey = (pointer: string): string => `${pointer}#confirm`;

export function evaluate(rt: FormRuntime, session: Session, lang: string): Evaluation {
  const { def, validator, form } = rt;
  const normalized = normalizeAnswers(def, session.answers);
  const vis = visibility(form.rules, validator, normalized);
  const filing = stripHidden(form.rules, validator, normalized);
  const errors: UiError[] = describeErrors(def, validator.validate(filing), lang);
  // Client-only check: an email asked twice must match.
  for (const element of topLevelFields(def)) {
    if (element.widget !== 'email' || !element.confirm) continue;
    const pointer = child('', element.field);
    if (vis.isHidden(pointer)) continue;
    const schema = fieldSchema(def, element.field) ?? {};
    const value = filing[element.field];
    const draft = session.drafts[confirmDraftKey(pointer)];
    const confirm = typeof draft === 'string' ? normalizeFieldValue(element, schema, draft, def.schema) : undefined;
    if (typeof value === 'string' && value !== '' && confirm !== value) {
      const label = text(element.label, lang);
      errors.push({ path: pointer, code: 'mismatch', message: message('mismatch', lang, { label }),
        target: `${inputId(pointer)}-confirm`,
        revealAs: confirmDraftKey(pointer),
      });
    }
  }
  const known = new Set(errors.map((e) => `${e.path}|${e.target ?? ''}`));
  for (const e of session.serverErrors) if (!known.has(`${e.path}|`)) errors.push({ ...e, server: true });
  return { filing, isHidden: (p) => vis.isHidden(p), errors };
}

/** Errors the citizen should see now: from the server, or of answers already left. */
export function shownErrors(errors: readonly UiError[], revealed: readonly string[]): UiError[] {
  return errors.filter((e) => e.server || revealed.some((r) => within(e.revealAs ?? e.path, r)));
}

/** The schema of a top-level field. */
export function fieldSchema(def: FormDefinition, key: string): JSONSchema | undefined {
  return propertySchema(def.schema, def.schema, key);
}

/** The item schema of a group field's rows. */
export function rowSchema(def: FormDefinition, groupKey: string): JSONSchema | undefined {
  return itemSchema(def.schema, fieldSchema(def, groupKey));
}

export function isRequired(objectSchema: JSONSchema | undefined, key: string): boolean {
  return Array.isArray(objectSchema?.required) && (objectSchema.required as unknown[]).includes(key);
}

/** Index of the page holding the answer at `pointer` (0 when it cannot be placed). */
export function pageOfPointer(def: FormDefinition, pointer: string): number {
  const key = topKey(pointer);
  const i = def.ui.pages.findIndex((p) => p.elements.some((e) => (e as FieldElement).field === key));
  return Math.max(0, i);
}

/** The element that answers the top-level field `key`. */
export function elementOf(def: FormDefinition, key: string): FieldElement | undefined {
  return topLevelFields(def).find((e) => e.field === key);
}
