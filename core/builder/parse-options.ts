// Options pasted as a list: one per line (a column copied from Excel), or on one line
// separated by tabs (a row copied from Excel) or commas (、 ， ,). Blank entries and
// duplicates are dropped; leading bullets (・ ● - * •) are removed.
import type { LocalText } from '../definition.ts';
import type { ChoiceOption } from './field-settings.ts';

const BULLET = /^[・●○◆■□•*\-－]+\s*/u;

/** The labels in a pasted text, in order, without blanks and duplicates. */
export function splitOptionText(text: string): string[] {
  const lines = String(text ?? '')
    .split(/\r\n?|\n/)
    .filter((l) => l.trim() !== '');
  const cells = lines.length >= 2 ? lines.flatMap((l) => l.split('\t')) : (lines[0] ?? '').split(/\t/).length > 1 ? (lines[0] ?? '').split('\t') : (lines[0] ?? '').split(/[,，、]/);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const cell of cells) {
    const label = cell.replace(/[\s\u3000]+/g, ' ').trim().replace(BULLET, '').trim();
    if (label === '' || seen.has(label)) continue;
    seen.add(label);
    out.push(label);
  }
  return out;
}

/** Values the forms library uses for common Japanese labels (rules often point at "other"). */
const WELL_KNOWN: Record<string, string> = { その他: 'other', はい: 'yes', いいえ: 'no', わからない: 'unknown' };

function slug(label: string): string | undefined {
  if (Object.hasOwn(WELL_KNOWN, label)) return WELL_KNOWN[label];
  if (!/^[\x20-\x7e]+$/.test(label)) return undefined;
  const s = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return s === '' ? undefined : s;
}

/**
 * Options from a pasted list. An entry whose Japanese label matches an option in `existing`
 * keeps that option (value and translations), so values stay stable; new ones get a value
 * from an ASCII label ("Other" → "other"), a common one (その他 → "other"), or option1,
 * option2, ... not used in `existing`.
 */
export function parseOptionList(text: string, existing: readonly ChoiceOption[] = []): ChoiceOption[] {
  const taken = new Set(existing.map((o) => o.value));
  const byLabel = new Map(existing.map((o) => [o.label.ja, o]));
  const out: ChoiceOption[] = [];
  for (const label of splitOptionText(text)) {
    const known = byLabel.get(label);
    if (known) {
      if (!out.some((o) => o.value === known.value)) out.push({ value: known.value, label: { ...known.label } });
      continue;
    }
    let value = slug(label);
    if (value === undefined || taken.has(value)) {
      let n = 1;
      while (taken.has(`option${n}`)) n++;
      value = `option${n}`;
    }
    taken.add(value);
    const l: LocalText = { ja: label };
    out.push({ value, label: l });
  }
  return out;
}

/** `existing` followed by the pasted options that are new (same label = same option). */
export function appendOptions(existing: readonly ChoiceOption[], text: string): ChoiceOption[] {
  const values = new Set(existing.map((o) => o.value));
  return [...existing, ...parseOptionList(text, existing).filter((o) => !values.has(o.value))];
}
