import { describe, expect, test } from 'vitest';
import { route } from '../../web/citizen/lib/routes.ts';

const q = (s = '') => new URLSearchParams(s);

describe('citizen routes', () => {
  test('forms, preview and the status link', () => {
    expect(route('/', q())).toEqual({ kind: 'list' });
    expect(route('/forms/risai-shomei', q())).toEqual({ kind: 'form', id: 'risai-shomei', view: { kind: 'page', index: 0, fromCheck: false } });
    expect(route('/forms/risai-shomei/p/3', q('from=check'))).toEqual({ kind: 'form', id: 'risai-shomei', view: { kind: 'page', index: 2, fromCheck: true } });
    expect(route('/preview/x/check', q())).toEqual({ kind: 'form', id: 'x', view: { kind: 'check' } });
    expect(route('/forms/x/done', q())).toEqual({ kind: 'form', id: 'x', view: { kind: 'done' } });
    expect(route('/forms/x/example', q('from=2'))).toEqual({ kind: 'form', id: 'x', view: { kind: 'example', from: 2 } });
    expect(route('/s/2026-0001-23.abc', q())).toEqual({ kind: 'status', token: '2026-0001-23.abc' });
    expect(route('/s/a%2Eb/', q())).toEqual({ kind: 'status', token: 'a.b' });
  });

  test('correcting a returned application has the wizard views under /s/:token/fix, but no receipt', () => {
    expect(route('/s/tok/fix', q())).toEqual({ kind: 'fix', token: 'tok', view: { kind: 'page', index: 0, fromCheck: false } });
    expect(route('/s/tok/fix/p/2', q('from=check'))).toEqual({ kind: 'fix', token: 'tok', view: { kind: 'page', index: 1, fromCheck: true } });
    expect(route('/s/tok/fix/check', q())).toEqual({ kind: 'fix', token: 'tok', view: { kind: 'check' } });
    expect(route('/s/tok/fix/example', q('from=3'))).toEqual({ kind: 'fix', token: 'tok', view: { kind: 'example', from: 3 } });
    expect(route('/s/tok/fix/done', q())).toEqual({ kind: 'notFound' });
    expect(route('/s/tok/other', q())).toEqual({ kind: 'notFound' });
  });
});
