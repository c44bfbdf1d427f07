// Pure parts of the widgets: 和暦 entry, numbers, image sizing, routes, categories.
import { describe, expect, test } from 'vitest';
import { parseNumber } from '../../web/citizen/fields/number.tsx';
import { addressLine } from '../../web/citizen/fields/postal-address.tsx';
import { partsOf, warekiValue } from '../../web/citizen/fields/wareki-date.tsx';
import { fitWithin, jpegName } from '../../web/citizen/lib/image.ts';
import { route } from '../../web/citizen/lib/routes.ts';
import { groupByCategory } from '../../web/citizen/pages/ListPage.tsx';

describe('wareki-date widget', () => {
  test('complete parts become an ISO date; 元年 and full-width digits are accepted', () => {
    expect(warekiValue({ era: 'reiwa', year: '元', month: '5', day: '1' })).toBe('2019-05-01');
    expect(warekiValue({ era: 'showa', year: '５０', month: '６', day: '１４' })).toBe('1975-06-14');
  });

  test('incomplete or impossible dates keep what was typed (so validation reports them), empty is no answer', () => {
    expect(warekiValue({ era: '', year: '', month: '', day: '' })).toBeUndefined();
    expect(warekiValue({ era: 'reiwa', year: '8', month: '2', day: '30' })).toBe('令和8年2月30日');
    expect(warekiValue({ era: 'heisei', year: '31', month: '5', day: '1' })).toBe('平成31年5月1日'); // 令和 by then
    expect(warekiValue({ era: 'reiwa', year: '6', month: '', day: '' })).toBe('令和6年月日');
  });

  test('an ISO date reads back into parts', () => {
    expect(partsOf('2019-04-30')).toEqual({ era: 'heisei', year: '31', month: '4', day: '30' });
    expect(partsOf(undefined)).toEqual({ era: '', year: '', month: '', day: '' });
  });
});

test('numbers: half-width or full-width digits become numbers; anything else stays as typed', () => {
  expect(parseNumber('２')).toBe(2);
  expect(parseNumber('1,200')).toBe(1200);
  expect(parseNumber('')).toBeUndefined();
  expect(parseNumber('2部')).toBe('2部');
});

test('postal lookup lines drop the 以下に掲載がない場合 placeholder town', () => {
  expect(addressLine({ prefecture: '東京都', city: '千代田区', town: '以下に掲載がない場合' })).toBe('東京都千代田区');
  expect(addressLine({ prefecture: '静岡県', city: '静岡市葵区', town: '北番町' })).toBe('静岡県静岡市葵区北番町');
});

test('photos are scaled to at most 1600px on the long side, never up', () => {
  expect(fitWithin(4032, 3024)).toEqual({ width: 1600, height: 1200, scaled: true });
  expect(fitWithin(3024, 4032)).toEqual({ width: 1200, height: 1600, scaled: true });
  expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600, scaled: false });
  expect(jpegName('IMG_0001.HEIC.png')).toBe('IMG_0001.HEIC.jpg');
  expect(jpegName('写真')).toBe('写真.jpg');
});

test('routes', () => {
  const q = (s = '') => new URLSearchParams(s);
  expect(route('/', q())).toEqual({ kind: 'list' });
  expect(route('/forms/risai-shomei', q())).toEqual({ kind: 'form', id: 'risai-shomei', view: { kind: 'page', index: 0, fromCheck: false } });
  expect(route('/forms/risai-shomei/p/3', q('from=check'))).toEqual({
    kind: 'form',
    id: 'risai-shomei',
    view: { kind: 'page', index: 2, fromCheck: true },
  });
  expect(route('/forms/x/check', q())).toMatchObject({ view: { kind: 'check' } });
  expect(route('/forms/x/example', q('from=4'))).toMatchObject({ view: { kind: 'example', from: 4 } });
  expect(route('/s/abc_DEF-123', q())).toEqual({ kind: 'status', token: 'abc_DEF-123' });
  expect(route('/nope', q())).toEqual({ kind: 'notFound' });
});

test('procedures are grouped in the fixed category order; unknown categories go under その他', () => {
  const f = (id: string, category: string) => ({ id, title: { ja: id }, category, department: '', keywords: [] });
  const groups = groupByCategory([f('a', 'disaster'), f('b', 'childcare'), f('c', 'mystery'), f('d', 'childcare')]);
  expect(groups.map((g) => [g.category, g.forms.map((x) => x.id)])).toEqual([
    ['childcare', ['b', 'd']],
    ['disaster', ['a']],
    ['other', ['c']],
  ]);
});
