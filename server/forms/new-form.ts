// The four ways to start a form (POST /api/staff/forms): blank, a library template, a copy
// of an existing form, or an imported definition. Each gives the definition of the new
// form's first draft, or every problem found, each at a JSON Pointer: into the imported
// definition for an import, into the request otherwise.
import { CATEGORIES, type Category, type FormDefinition, type LocalText } from '../../core/definition.ts';
import type { Problem } from '../../core/lint.ts';
import { message } from '../messages.ts';
import { blankDefinition } from '../../core/builder/blank-definition.ts';
import { publishProblems } from './definition-check.ts';
import { findTemplate } from './library.ts';

// The same rule lint applies to a definition's id.
const ID = /^[a-z0-9][a-z0-9-]{1,63}$/;
const MAX_DEPARTMENT = 100;

export type NewFormResult = { definition: FormDefinition; problems?: undefined } | { problems: Problem[] };

export interface Sources {
  formsDir: string;
  /** The definition of a form the user may read (draft, else current), or undefined. */
  readForm(id: string): Promise<FormDefinition | undefined>;
}

type Obj = Record<string, unknown>;

function checkId(value: unknown, path: string, problems: Problem[], lang: string): string {
  if (typeof value !== 'string' || !ID.test(value)) problems.push({ path, message: message('definition.id', lang) });
  return String(value);
}

function checkDepartment(value: unknown, path: string, problems: Problem[], lang: string): string {
  const dept = typeof value === 'string' ? value.trim() : '';
  if (!dept || dept.length > MAX_DEPARTMENT) problems.push({ path, message: message('definition.department', lang) });
  return dept;
}

function localTitle(value: unknown): LocalText | undefined {
  if (typeof value === 'string' && value.trim()) return { ja: value.trim() };
  const ja = (value as Obj | null)?.ja;
  return typeof ja === 'string' && ja.trim() ? (value as LocalText) : undefined;
}

function fromBlank(blank: unknown, lang: string): NewFormResult {
  const b = (blank && typeof blank === 'object' ? blank : {}) as Obj;
  const problems: Problem[] = [];
  const id = checkId(b.id, '/blank/id', problems, lang);
  const title = localTitle(b.title);
  if (!title) problems.push({ path: '/blank/title', message: message('definition.title', lang) });
  const department = checkDepartment(b.department, '/blank/department', problems, lang);
  if (!CATEGORIES.includes(b.category as Category)) {
    problems.push({ path: '/blank/category', message: message('definition.category', lang) });
  }
  if (problems.length > 0) return { problems };
  // Checked above with field-by-field messages, so the builder's own checks cannot throw here.
  return { definition: blankDefinition({ id, title: title!, department, category: b.category as Category }) };
}

/** A copy of `source` under a new id and, if asked, another department. */
function derived(source: FormDefinition, body: Obj, idRequired: boolean, lang: string): NewFormResult {
  const problems: Problem[] = [];
  const id = body.id === undefined && !idRequired ? source.id : checkId(body.id, '/id', problems, lang);
  const department =
    body.department === undefined ? source.settings.department : checkDepartment(body.department, '/department', problems, lang);
  if (problems.length > 0) return { problems };
  const definition = structuredClone(source);
  definition.id = id;
  definition.settings = { ...definition.settings, department };
  return { definition };
}

export async function newFormDefinition(body: unknown, sources: Sources, lang: string): Promise<NewFormResult> {
  const b = (body && typeof body === 'object' && !Array.isArray(body) ? body : {}) as Obj;
  if (b.blank !== undefined) return fromBlank(b.blank, lang);
  if (typeof b.template === 'string') {
    const template = findTemplate(sources.formsDir, b.template);
    if (!template) return { problems: [{ path: '/template', message: message('definition.template', lang) }] };
    return derived(template.definition, b, false, lang);
  }
  if (typeof b.copyOf === 'string') {
    const source = await sources.readForm(b.copyOf);
    if (!source) return { problems: [{ path: '/copyOf', message: message('definition.copyOf', lang) }] };
    return derived(source, b, true, lang);
  }
  if (b.definition !== undefined) {
    // An import is checked as thoroughly as a publish: a shared form must work as shared.
    // Paths point into the definition (the file), not into this request.
    const { problems } = publishProblems(b.definition, lang);
    if (problems.length > 0) return { problems };
    return { definition: b.definition as FormDefinition };
  }
  return { problems: [{ path: '', message: message('definition.source', lang) }] };
}
