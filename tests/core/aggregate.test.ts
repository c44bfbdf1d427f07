import { describe, expect, it } from 'vitest';
import { type ChoiceAggregate, type NumberAggregate, aggregate, tokyoDate } from '../../core/aggregate.ts';
import { libraryForm } from '../helpers/fixtures.ts';

const risai = libraryForm('disaster/risai-shomei.json');
const jidou = libraryForm('childcare/jidou-teate-nintei.json');

const filed = (answers: Record<string, unknown>, createdAt = '2026-11-22T01:00:00.000Z') => ({ answers, createdAt });
const field = <T>(a: { fields: unknown[] }, pointer: string) => a.fields.find((f) => (f as { pointer: string }).pointer === pointer) as T;

describe('tokyoDate', () => {
  it('gives the calendar day in Japan, nine hours ahead of UTC', () => {
    expect(tokyoDate('2026-11-21T14:59:59.999Z')).toBe('2026-11-21');
    expect(tokyoDate('2026-11-21T15:00:00.000Z')).toBe('2026-11-22');
    expect(tokyoDate('not a date')).toBeNull();
  });
});

describe('aggregate', () => {
  const subs = [
    filed({ ...risai.example, cause: 'heavy-rain', copies: 2, purposes: ['insurance', 'donation'] }, '2026-11-20T03:00:00Z'),
    filed({ ...risai.example, cause: 'typhoon', copies: 1, purposes: ['insurance'] }, '2026-11-20T16:00:00Z'),
    filed({ ...risai.example, cause: 'heavy-rain', copies: 5, purposes: ['loan', 'loan'] }, '2026-11-23T00:00:00Z'),
    filed({ ...risai.example, cause: undefined, copies: undefined, purposes: [] }, '2026-11-23T01:00:00Z'),
  ];
  const result = aggregate(risai, subs);

  it('counts each option of a radio with its label, every option listed', () => {
    const cause = field<ChoiceAggregate>(result, '/cause');
    expect(cause.label).toBe('罹災原因');
    expect(cause.answered).toBe(3);
    expect(cause.options.map((o) => [o.value, o.label, o.count])).toEqual([
      ['typhoon', '台風', 1],
      ['heavy-rain', '大雨', 2],
      ['flood', '洪水（河川の氾濫）', 0],
      ['earthquake', '地震', 0],
      ['fire', '火災', 0],
      ['other', 'その他（竜巻・突風・土砂災害・雪害など）', 0],
    ]);
  });

  it('counts checkboxes per option, each answer once per option', () => {
    const purposes = field<ChoiceAggregate>(result, '/purposes');
    expect(purposes.multiple).toBe(true);
    expect(purposes.answered).toBe(3);
    const count = Object.fromEntries(purposes.options.map((o) => [o.value, o.count]));
    expect(count).toMatchObject({ insurance: 2, donation: 1, loan: 1, 'tax-reduction': 0 });
  });

  it('summarises numbers', () => {
    expect(field<NumberAggregate>(result, '/copies')).toMatchObject({ kind: 'number', answered: 3, min: 1, max: 5, mean: 8 / 3, median: 2 });
    const even = aggregate(risai, [filed({ copies: 1 }), filed({ copies: 4 })]);
    expect(field<NumberAggregate>(even, '/copies').median).toBe(2.5);
    const none = aggregate(risai, []);
    expect(field<NumberAggregate>(none, '/copies')).toMatchObject({ answered: 0, min: null, max: null, mean: null, median: null });
  });

  it('counts yes-no as はい/いいえ', () => {
    const victim = field<ChoiceAggregate>(result, '/applicantIsVictim');
    expect(victim.options).toEqual([
      { value: true, label: 'はい', count: 4 },
      { value: false, label: 'いいえ', count: 0 },
    ]);
  });

  it('counts submissions per day in Japan time, empty days as 0', () => {
    expect(result.total).toBe(4);
    expect(result.perDay).toEqual([
      { date: '2026-11-20', count: 1 },
      { date: '2026-11-21', count: 1 },
      { date: '2026-11-22', count: 0 },
      { date: '2026-11-23', count: 2 },
    ]);
  });

  it('never aggregates personal fields', () => {
    const widgets = new Set(result.fields.map((f) => (f.kind === 'choice' ? f.widget : 'number')));
    expect([...widgets].sort()).toEqual(['checkboxes', 'number', 'radio', 'yes-no']);
    const json = JSON.stringify(aggregate(risai, [filed(risai.example)]));
    for (const personal of ['山田', 'ヤマダ', '420-0005', '北番町', '090-1234-5678', 'taro.yamada@example.jp', '1975-06-14', '外観_南側.jpg', '床上約40cm']) {
      expect(json).not.toContain(personal);
    }
  });

  it('counts fields inside a repeating group once per row', () => {
    const a = aggregate(jidou, [filed(jidou.example), filed(jidou.example)]);
    const relationship = field<ChoiceAggregate>(a, '/children/*/relationship');
    const rows = (jidou.example.children as unknown[]).length;
    expect(relationship.label).toBe('お子さん_請求者との続柄');
    expect(relationship.answered).toBe(rows * 2);
    expect(JSON.stringify(a)).not.toContain('佐藤');
  });

  it('keeps stored values the form no longer offers, under their raw value', () => {
    const cause = field<ChoiceAggregate>(aggregate(risai, [filed({ cause: 'volcano' })]), '/cause');
    expect(cause.options.at(-1)).toEqual({ value: 'volcano', label: 'volcano', count: 1 });
  });

  it('labels in English when asked', () => {
    const a = aggregate(risai, subs, 'en');
    expect(field<ChoiceAggregate>(a, '/cause').options[1]!.label).toBe('Heavy rain');
    expect(field<ChoiceAggregate>(a, '/applicantIsVictim').options[0]!.label).toBe('Yes');
  });
});
