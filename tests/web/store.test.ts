import { describe, expect, test } from 'vitest';
import { Store } from '../../web/citizen/store.ts';

describe('answer store', () => {
  test('keeps answers per form across updates, and drops a server error once its answer changes', () => {
    const store = new Store();
    store.setValue('f', '/name', '山田');
    store.setServerErrors('f', [
      { path: '/phone', code: 'format', message: 'bad phone' },
      { path: '/children/0/name', code: 'required', message: 'name' },
    ]);
    store.setValue('f', '/phone', '090-1234-5678');
    expect(store.get('f').answers).toEqual({ name: '山田', phone: '090-1234-5678' });
    expect(store.get('f').serverErrors.map((e) => e.path)).toEqual(['/children/0/name']);
    store.updateValue('f', '/children', () => [{ name: { family: '佐藤' } }]);
    expect(store.get('f').serverErrors).toEqual([]);
    expect(store.get('other').answers).toEqual({});
  });

  test('one idempotency key per filing: kept across retries, new after filing', () => {
    const store = new Store();
    const key = store.get('f').idempotencyKey;
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    store.setSubmitting('f', true);
    store.setSubmitting('f', false);
    expect(store.get('f').idempotencyKey).toBe(key);
    store.setValue('f', '/name', '山田');
    store.filed('f', { receiptNumber: '1234-5678-90', statusUrl: 'http://x/s/t' });
    expect(store.get('f').answers).toEqual({});
    expect(store.get('f').receipt?.receiptNumber).toBe('1234-5678-90');
    expect(store.get('f').idempotencyKey).not.toBe(key);
  });

  test('reveals and conceals errors by pointer, including everything beneath it', () => {
    const store = new Store();
    let renders = 0;
    store.subscribe(() => renders++);
    store.reveal('f', ['/children', '/phone']);
    store.reveal('f', ['/phone']); // no change, no render
    expect(renders).toBe(1);
    store.conceal('f', '/children');
    expect(store.get('f').revealed).toEqual(['/phone']);
  });
});
