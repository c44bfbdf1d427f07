// JSON Pointers name answers (and errors) everywhere in the app: '/children/1/birthDate'.
import { encodePointerSegment, splitPointer } from '../../../core/fields.ts';

export type Answers = Record<string, unknown>;

export function child(pointer: string, key: string | number): string {
  return `${pointer}/${encodePointerSegment(String(key))}`;
}

/** Whether `pointer` is `ancestor` itself or lies beneath it. */
export function within(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}

export function parent(pointer: string): string {
  const i = pointer.lastIndexOf('/');
  return i <= 0 ? '' : pointer.slice(0, i);
}

/** The first segment: the top-level field an answer belongs to. */
export function topKey(pointer: string): string {
  return splitPointer(pointer)[0] ?? '';
}

export function getIn(root: unknown, pointer: string): unknown {
  let current = root;
  for (const segment of splitPointer(pointer)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** A copy of `root` with the value at `pointer` replaced (removed when undefined). */
export function setIn(root: Answers, pointer: string, value: unknown): Answers {
  const segments = splitPointer(pointer);
  if (segments.length === 0) return (value ?? {}) as Answers;
  return setSegments(root, segments, value) as Answers;
}

function setSegments(node: unknown, segments: string[], value: unknown): unknown {
  const [head, ...rest] = segments as [string, ...string[]];
  const next = rest.length === 0 ? value : setSegments(getIn(node, `/${encodePointerSegment(head)}`), rest, value);
  if (Array.isArray(node) && /^\d+$/.test(head)) {
    const copy = [...node];
    copy[Number(head)] = next;
    return copy;
  }
  const copy: Record<string, unknown> = node && typeof node === 'object' ? { ...(node as Record<string, unknown>) } : {};
  if (next === undefined) delete copy[head];
  else copy[head] = next;
  return copy;
}

/** An HTML id for the input that answers `pointer` (also the target of error links). */
export function inputId(pointer: string): string {
  return `f${pointer.replace(/[/\s]/g, '-')}`;
}
