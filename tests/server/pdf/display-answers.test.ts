import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../../core/definition.ts';
import { displayAnswers } from '../../../server/pdf/display-answers.ts';
import { libraryForm } from '../../helpers/fixtures.ts';

const risai = libraryForm('disaster/risai-shomei.json');
const jidou = libraryForm('childcare/jidou-teate-nintei.json');

const valueOf = (rows: ReturnType<typeof displayAnswers>, pointer: string) => rows.find((r) => r.pointer === pointer)?.value;

describe('displayAnswers', () => {
  const rows = displayAnswers(jidou, jidou.example, 'ja');

  it('follows the ui pages, with page titles as sections', () => {
    expect(rows[0]).toEqual({ kind: 'section', label: '請求の理由', value: '', depth: 0 });
    const sections = rows.filter((r) => r.kind === 'section').map((r) => r.label);
    expect(sections).toEqual(['請求の理由', '請求者', '住所とお仕事', '配偶者', '養育しているお子さん', '手当の受取方法', '振込先口座', '確認と同意']);
  });

  it('prints choices by their labels, yes/no as はい/いいえ, consent as 同意する', () => {
    expect(valueOf(rows, '/claimReason')).toBe('市外から転入した');
    expect(valueOf(rows, '/hasSpouse')).toBe('はい');
    expect(valueOf(rows, '/usePublicFundAccount')).toBe('いいえ');
    expect(valueOf(rows, '/consentAccuracy')).toBe('同意する');
    expect(valueOf(displayAnswers(risai, risai.example, 'ja'), '/purposes')).toBe('保険金・共済金の請求、税・保険料の減免、義援金・支援金の申請');
  });

  it('prints names with their reading, addresses with 〒, dates as 和暦 with 西暦', () => {
    expect(valueOf(rows, '/claimantName')).toBe('佐藤\u3000健一（サトウ\u3000ケンイチ）');
    expect(valueOf(rows, '/claimantAddress')).toBe('〒420-0839 静岡県静岡市葵区鷹匠2丁目8番15号');
    expect(valueOf(rows, '/claimantBirthDate')).toBe('昭和55年4月12日（1980年4月12日）');
    expect(valueOf(rows, '/eventDate')).toBe('令和8年11月1日（2026年11月1日）');
  });

  it('prints attachments by file name, one per line', () => {
    expect(valueOf(displayAnswers(risai, risai.example, 'ja'), '/damagePhotos')).toBe('外観_南側.jpg\n1階居間_浸水跡.jpg\n給湯器.jpg');
  });

  it('numbers the rows of a repeating group, each field with its own label', () => {
    const children = rows.filter((r) => r.pointer?.startsWith('/children'));
    expect(children[0]).toMatchObject({ kind: 'group', label: 'お子さん', depth: 0 });
    expect(children.filter((r) => r.kind === 'item').map((r) => r.label)).toEqual(['お子さん 1', 'お子さん 2', 'お子さん 3']);
    expect(children.find((r) => r.pointer === '/children/0/birthDate')).toMatchObject({ kind: 'answer', label: '生年月日', value: '平成18年8月21日（2006年8月21日）', depth: 2 });
    expect(valueOf(rows, '/children/0/address')).toBe('〒192-0364 東京都八王子市南大沢1丁目3番地 コーポ南大沢202');
    expect(valueOf(rows, '/children/1/address')).toBeUndefined();
  });

  it('leaves out absent answers and pages without answers', () => {
    expect(valueOf(rows, '/claimReasonOther')).toBeUndefined();
    expect(valueOf(rows, '/yuchoSymbol')).toBeUndefined();
    const bare: FormDefinition = { ...jidou, ui: { pages: jidou.ui.pages.slice(0, 2) } };
    expect(displayAnswers(bare, { claimReason: 'birth' }, 'ja').map((r) => r.label)).toEqual(['請求の理由', '請求の理由']);
  });

  it('with visibility known, shows visible unanswered questions as （未回答） and hides the rest', () => {
    const hidden = new Set(['/claimReasonOther', '/previousAddress']);
    const shown = displayAnswers(jidou, { claimReason: 'birth' }, 'ja', { isHidden: (p) => hidden.has(p) });
    expect(valueOf(shown, '/eventDate')).toBe('（未回答）');
    expect(valueOf(shown, '/claimReasonOther')).toBeUndefined();
    expect(valueOf(shown, '/previousAddress')).toBeUndefined();
  });

  it('uses the language asked for, falling back to Japanese', () => {
    const en = displayAnswers(jidou, jidou.example, 'en');
    expect(en[0]!.label).toBe('Reason for applying');
    expect(valueOf(en, '/claimReason')).toBe('Moved into the city');
    expect(valueOf(en, '/hasSpouse')).toBe('Yes');
    expect(valueOf(en, '/eventDate')).toBe('1 November 2026');
    expect(displayAnswers(jidou, jidou.example, 'ko')[0]!.label).toBe('請求の理由');
  });

  it('prints headings inside a page above the answers that follow them', () => {
    const def: FormDefinition = {
      ...jidou,
      ui: { pages: [{ id: 'p', title: { ja: 'ページ' }, elements: [{ content: { ja: '見出し' }, kind: 'heading' }, jidou.ui.pages[0]!.elements[0]!] }] },
    };
    expect(displayAnswers(def, { claimReason: 'birth' }, 'ja').map((r) => `${r.kind}:${r.label}`)).toEqual(['section:ページ', 'heading:見出し', 'answer:請求の理由']);
  });

  it('prints a value of an unexpected shape as text instead of failing', () => {
    expect(valueOf(displayAnswers(jidou, { claimReason: 42, claimantName: 'ただの文字列' }, 'ja'), '/claimReason')).toBe('42');
  });
});
