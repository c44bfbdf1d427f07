// Which fields are hidden by visibility rules, and the answers without them.
import type { CompiledRule } from './compile.ts';
import { encodePointerSegment } from './fields.ts';

export type RuleEvaluator = { rule(id: string, data: unknown): boolean };
type Answers = Record<string, unknown>;

function hiddenPointers(rules: readonly CompiledRule[], evaluator: RuleEvaluator, answers: Answers): Set<string> {
  const hidden = new Set<string>();
  for (const rule of rules) {
    if (rule.scope === '') {
      if (!evaluator.rule(rule.id, answers)) {
        for (const f of rule.fields) hidden.add(`/${encodePointerSegment(f)}`);
      }
      continue;
    }
    const rows = answers[rule.scope];
    if (!Array.isArray(rows)) continue;
    rows.forEach((row, i) => {
      if (!evaluator.rule(rule.id, row)) {
        for (const f of rule.fields) hidden.add(`/${encodePointerSegment(rule.scope)}/${i}/${encodePointerSegment(f)}`);
      }
    });
  }
  return hidden;
}

// Plain assignment of "__proto__" would change the prototype instead of keeping the key.
function put(target: Answers, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function without(answers: Answers, hidden: Set<string>): { answers: Answers; removed: boolean } {
  let removed = false;
  const out: Answers = {};
  for (const [key, value] of Object.entries(answers)) {
    const pointer = `/${encodePointerSegment(key)}`;
    if (hidden.has(pointer)) {
      removed = true;
      continue;
    }
    if (Array.isArray(value)) {
      const rows = value.map((row, i) => {
        if (!row || typeof row !== 'object' || Array.isArray(row)) return row;
        const kept: Answers = {};
        for (const [k, v] of Object.entries(row as Answers)) {
          if (hidden.has(`${pointer}/${i}/${encodePointerSegment(k)}`)) removed = true;
          else put(kept, k, v);
        }
        return kept;
      });
      put(out, key, rows);
    } else put(out, key, value);
  }
  return { answers: out, removed };
}

/**
 * The answers a citizen means to file: hidden fields dropped. Repeats until stable
 * because a stale hidden answer may itself be what another rule looks at.
 */
export function stripHidden(rules: readonly CompiledRule[], evaluator: RuleEvaluator, answers: Answers): Answers {
  let current = answers;
  for (let i = 0; i <= rules.length; i++) {
    const step = without(current, hiddenPointers(rules, evaluator, current));
    current = step.answers;
    if (!step.removed) break;
  }
  return current;
}

/** Visibility as the citizen sees it now (based on the answers without hidden fields). */
export function visibility(rules: readonly CompiledRule[], evaluator: RuleEvaluator, answers: Answers) {
  const hidden = hiddenPointers(rules, evaluator, stripHidden(rules, evaluator, answers));
  return {
    isHidden(pointer: string): boolean {
      for (const h of hidden) if (pointer === h || pointer.startsWith(`${h}/`)) return true;
      return false;
    },
  };
}
