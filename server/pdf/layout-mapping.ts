// How answers go onto a city's paper form, and the field-by-field check of a mapping a
// designer saves: every AcroForm field named must exist in the PDF and take that kind of
// value, every pointer must name a question of the form, every position must be on a page.
import type { FormDefinition } from '../../core/definition.ts';
import { encodePointerSegment } from '../../core/fields.ts';
import type { PathError } from '../http-error.ts';
import { message } from '../messages.ts';
import type { LayoutField, LayoutInfo } from './inspect-layout.ts';
import { type MappingValue, parseMappingValue, resolveAnswer } from './layout-pointer.ts';

export interface LayoutPosition {
  /** 1-based page. */
  page: number;
  /** PDF points from the page's bottom-left corner to the start of the first line's baseline. */
  x: number;
  y: number;
  /** Font size in points (default 10). */
  size?: number;
  /** A fixed item or an answer pointer, as in `fields`. */
  pointer: string;
}

export interface LayoutMapping {
  /** AcroForm field name → a fixed item (receiptNumber, filedAt, ...) or an answer's JSON Pointer. */
  fields: Record<string, string>;
  positions: LayoutPosition[];
}

export const EMPTY_MAPPING: LayoutMapping = { fields: {}, positions: [] };
export const DEFAULT_POSITION_SIZE = 10;
export const POSITION_SIZE = { min: 4, max: 72 };
const MAX_FIELDS = 1000;
const MAX_POSITIONS = 500;

const CHOICE_OF_OPTIONS = new Set(['radio', 'select', 'checkboxes']);
const BOOLEAN = new Set(['yes-no', 'consent']);

/** The questions a pointer may name: in any of `definitions` (the draft and the current version). */
function question(definitions: readonly FormDefinition[], pointer: string) {
  for (const def of definitions) {
    const found = resolveAnswer(def, pointer);
    if (found) return found;
  }
  return undefined;
}

/** Problem message key for value `raw` of AcroForm field `field`, or undefined if fine. */
function fieldValueProblem(field: LayoutField, value: MappingValue | undefined, definitions: readonly FormDefinition[]): string | undefined {
  if (!value) return 'layout.value';
  if (field.type === 'button' || field.type === 'signature') return 'layout.fieldType';
  if (value.kind === 'fixed') return field.type === 'text' ? undefined : 'layout.fixedNotText';
  const q = question(definitions, value.pointer);
  if (!q) return 'layout.pointer';
  const widget = q.element.widget;
  if (value.equals !== undefined) {
    if (field.type !== 'checkbox') return 'layout.equalsNotCheckbox';
    if (q.part) return 'layout.equalsValue';
    if (BOOLEAN.has(widget)) return value.equals === 'true' || value.equals === 'false' ? undefined : 'layout.equalsValue';
    if (CHOICE_OF_OPTIONS.has(widget)) return Object.hasOwn(q.element.options ?? {}, value.equals) ? undefined : 'layout.equalsValue';
    return 'layout.equalsValue';
  }
  if (field.type === 'checkbox') return BOOLEAN.has(widget) ? undefined : 'layout.checkboxNeedsBoolean';
  if (field.type === 'radio' || field.type === 'dropdown' || field.type === 'list') {
    return CHOICE_OF_OPTIONS.has(widget) || BOOLEAN.has(widget) ? undefined : 'layout.choiceNeedsChoice';
  }
  return undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Checks `raw` (the request's `mapping`) against the PDF and the form. Paths are JSON
 * Pointers into the request body: /mapping/fields/<name>, /mapping/positions/0/x.
 */
export function checkMapping(
  raw: unknown,
  pdf: LayoutInfo,
  definitions: readonly FormDefinition[],
  lang: string,
): { mapping: LayoutMapping; errors: PathError[] } {
  const errors: PathError[] = [];
  const fail = (path: string, code: string, params: Record<string, string | number> = {}) =>
    errors.push({ path, code: code.replace(/^layout\./, ''), message: message(code, lang, params) });
  const mapping: LayoutMapping = { fields: {}, positions: [] };
  if (!isObject(raw)) {
    fail('/mapping', 'layout.mapping');
    return { mapping, errors };
  }
  const fields = raw.fields ?? {};
  const positions = raw.positions ?? [];
  if (!isObject(fields)) fail('/mapping/fields', 'layout.mapping');
  else {
    const entries = Object.entries(fields);
    if (entries.length > MAX_FIELDS) fail('/mapping/fields', 'layout.tooMany', { max: MAX_FIELDS });
    const byName = new Map(pdf.fields.map((f) => [f.name, f]));
    for (const [name, rawValue] of entries.slice(0, MAX_FIELDS)) {
      const path = `/mapping/fields/${encodePointerSegment(name)}`;
      const field = byName.get(name);
      if (!field) {
        fail(path, 'layout.noSuchField', { name });
        continue;
      }
      const problem = fieldValueProblem(field, parseMappingValue(rawValue), definitions);
      if (problem) fail(path, problem, { name, type: field.type, value: typeof rawValue === 'string' ? rawValue : '' });
      else mapping.fields[name] = rawValue as string;
    }
  }
  if (!Array.isArray(positions)) fail('/mapping/positions', 'layout.mapping');
  else {
    if (positions.length > MAX_POSITIONS) fail('/mapping/positions', 'layout.tooMany', { max: MAX_POSITIONS });
    positions.slice(0, MAX_POSITIONS).forEach((p: unknown, i) => {
      const path = `/mapping/positions/${i}`;
      if (!isObject(p)) return fail(path, 'layout.position');
      const page = pdf.pages.find((pg) => pg.page === p.page);
      const before = errors.length;
      if (!page || !Number.isInteger(p.page)) fail(`${path}/page`, 'layout.page', { pages: pdf.pages.length });
      if (!num(p.x) || (page && (p.x < 0 || p.x > page.width))) fail(`${path}/x`, 'layout.x', { max: page?.width ?? 0 });
      if (!num(p.y) || (page && (p.y < 0 || p.y > page.height))) fail(`${path}/y`, 'layout.y', { max: page?.height ?? 0 });
      if (p.size !== undefined && (!num(p.size) || p.size < POSITION_SIZE.min || p.size > POSITION_SIZE.max)) {
        fail(`${path}/size`, 'layout.size', POSITION_SIZE);
      }
      const value = parseMappingValue(p.pointer);
      if (!value || (value.kind === 'answer' && value.equals !== undefined)) fail(`${path}/pointer`, 'layout.value', { value: String(p.pointer ?? '') });
      else if (value.kind === 'answer' && !question(definitions, value.pointer)) fail(`${path}/pointer`, 'layout.pointer', { value: value.pointer });
      if (errors.length === before) {
        const position: LayoutPosition = { page: p.page as number, x: p.x as number, y: p.y as number, pointer: p.pointer as string };
        if (p.size !== undefined) position.size = p.size as number;
        mapping.positions.push(position);
      }
    });
  }
  return { mapping, errors };
}
