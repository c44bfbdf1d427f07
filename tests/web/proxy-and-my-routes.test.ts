// The citizen app's URLs for 窓口代理入力 (/proxy/forms/...) and 「申請の一覧」 (/my, /my/:token).
import { describe, expect, it } from 'vitest';
import { route } from '../../web/citizen/lib/routes.ts';

const q = new URLSearchParams();

describe('proxy and my-applications routes', () => {
  it('shows the same form views under /proxy/forms/ as under /forms/', () => {
    for (const rest of ['', '/p/2', '/check', '/done']) {
      expect(route(`/proxy/forms/risai-shomei${rest}`, q)).toEqual(route(`/forms/risai-shomei${rest}`, q));
    }
    expect(route('/proxy/forms/risai-shomei', q)).toMatchObject({ kind: 'form', id: 'risai-shomei' });
    expect(route('/proxy/risai-shomei', q)).toEqual({ kind: 'notFound' });
  });

  it('asks for the link on /my and lists on /my/:token', () => {
    expect(route('/my', q)).toEqual({ kind: 'my' });
    expect(route('/my/', q)).toEqual({ kind: 'my' });
    expect(route('/my/abc_DEF-123', q)).toEqual({ kind: 'myList', token: 'abc_DEF-123' });
    expect(route('/my/abc/def', q)).toEqual({ kind: 'notFound' });
  });
});
