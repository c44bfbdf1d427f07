import { describe, expect, test } from 'vitest';
import { child, getIn, inputId, parent, setIn, topKey, within } from '../../web/citizen/lib/pointer.ts';

describe('JSON Pointer helpers', () => {
  test('builds, walks and compares pointers', () => {
    expect(child(child('', 'children'), 1)).toBe('/children/1');
    expect(child('', 'a/b')).toBe('/a~1b');
    expect(parent('/children/1/name')).toBe('/children/1');
    expect(parent('/x')).toBe('');
    expect(topKey('/children/1/name')).toBe('children');
    expect(within('/children/1/name', '/children')).toBe(true);
    expect(within('/childrenX', '/children')).toBe(false);
    expect(within('/children', '/children')).toBe(true);
  });

  test('reads and writes without mutating, keeping arrays arrays', () => {
    const answers = { children: [{ name: { family: '佐藤' } }, {}] };
    const next = setIn(answers, '/children/1/birthDate', '2012-05-03');
    expect(next).toEqual({ children: [{ name: { family: '佐藤' } }, { birthDate: '2012-05-03' }] });
    expect(Array.isArray(next.children)).toBe(true);
    expect(answers.children[1]).toEqual({});
    expect(getIn(next, '/children/0/name/family')).toBe('佐藤');
    expect(getIn(next, '/missing/0')).toBeUndefined();
  });

  test('undefined removes the answer; missing parents are created as objects', () => {
    expect(setIn({ a: 1, b: 2 }, '/a', undefined)).toEqual({ b: 2 });
    expect(setIn({}, '/addr/postalCode', '100-0001')).toEqual({ addr: { postalCode: '100-0001' } });
  });

  test('input ids are stable and contain no slashes', () => {
    expect(inputId('/children/0/name/family')).toBe('f-children-0-name-family');
  });
});
