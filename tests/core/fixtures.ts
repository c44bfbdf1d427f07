// A small hand-written form that exercises every part of the core model, plus helpers
// shared by the core tests. Tests get fresh copies (form(), validAnswers()) so they can
// mutate freely.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompiledForm } from '../../core/compile.ts';
import type { FieldElement, FormDefinition } from '../../core/definition.ts';
import { buildValidatorModule } from '../../core/validator-code.ts';
import type { ValidatorFactory } from '../../core/validator-runtime.ts';

const FORM: FormDefinition = {
  id: 'test-form',
  title: { ja: 'テスト申請', en: 'Test application' },
  category: 'other',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'applicant',
      'address',
      'householdSize',
      'cause',
      'causeOther',
      'hasSpouse',
      'spouseName',
      'spouseEmployer',
      'children',
      'documents',
      'consent',
    ],
    properties: {
      applicant: {
        type: 'object',
        additionalProperties: false,
        required: ['family', 'given', 'familyKana', 'givenKana'],
        properties: {
          family: { type: 'string', maxLength: 20 },
          given: { type: 'string', maxLength: 20 },
          familyKana: { type: 'string', format: 'katakana' },
          givenKana: { type: 'string', format: 'katakana' },
        },
      },
      address: {
        type: 'object',
        additionalProperties: false,
        required: ['postalCode', 'address1'],
        properties: {
          postalCode: { type: 'string', format: 'jp-postal-code' },
          address1: { type: 'string' },
          address2: { type: 'string' },
        },
      },
      householdSize: { type: 'integer', minimum: 1, maximum: 20 },
      cause: { type: 'string', enum: ['fire', 'flood', 'other'] },
      causeOther: { type: 'string', maxLength: 10 },
      hasSpouse: { type: 'boolean' },
      spouseName: { type: 'string' },
      spouseWorks: { type: 'boolean' },
      spouseEmployer: { type: 'string' },
      children: {
        type: 'array',
        minItems: 1,
        maxItems: 5,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'birthDate', 'school'],
          properties: {
            name: { type: 'string' },
            birthDate: { type: 'string', format: 'date' },
            inSchool: { type: 'boolean' },
            school: { type: 'string' },
          },
        },
      },
      documents: {
        type: 'array',
        minItems: 1,
        maxItems: 3,
        uniqueItems: true,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'name', 'size', 'type'],
          properties: {
            id: { type: 'string', format: 'attachment-id' },
            name: { type: 'string' },
            size: { type: 'integer', minimum: 0 },
            type: { type: 'string' },
          },
        },
      },
      remarks: { type: 'string', maxLength: 200 },
      consent: { const: true },
    },
  },
  ui: {
    pages: [
      {
        id: 'applicant',
        title: { ja: '申請者', en: 'Applicant' },
        elements: [
          { content: { ja: '申請者について', en: 'About you' }, kind: 'heading' },
          { field: 'applicant', widget: 'name-kana', label: { ja: '氏名', en: 'Name' } },
          { field: 'address', widget: 'postal-address', label: { ja: '住所', en: 'Address' } },
          { field: 'householdSize', widget: 'number', label: { ja: '世帯人数', en: 'Household size' } },
        ],
      },
      {
        id: 'details',
        title: { ja: '内容', en: 'Details' },
        elements: [
          {
            field: 'cause',
            widget: 'radio',
            label: { ja: '理由', en: 'Reason' },
            options: {
              fire: { ja: '火災', en: 'Fire' },
              flood: { ja: '水害', en: 'Flood' },
              other: { ja: 'その他', en: 'Other' },
            },
          },
          { field: 'causeOther', widget: 'text', label: { ja: 'その他の理由', en: 'Other reason' } },
          { field: 'hasSpouse', widget: 'yes-no', label: { ja: '配偶者の有無', en: 'Do you have a spouse?' } },
          { field: 'spouseName', widget: 'text', label: { ja: '配偶者の氏名', en: "Spouse's name" } },
          { field: 'spouseWorks', widget: 'yes-no', label: { ja: '配偶者の就労', en: 'Does your spouse work?' } },
          { field: 'spouseEmployer', widget: 'text', label: { ja: '配偶者の勤務先', en: "Spouse's employer" } },
          {
            field: 'children',
            widget: 'group',
            label: { ja: 'お子さん', en: 'Children' },
            itemLabel: { ja: 'お子さん', en: 'Child' },
            elements: [
              { field: 'name', widget: 'text', label: { ja: '名前', en: 'Name' } },
              { field: 'birthDate', widget: 'wareki-date', label: { ja: '生年月日', en: 'Date of birth' } },
              { field: 'inSchool', widget: 'yes-no', label: { ja: '在学中', en: 'At school' } },
              { field: 'school', widget: 'text', label: { ja: '学校名', en: 'School' } },
            ],
            rules: [{ show: 'school', when: { properties: { inSchool: { const: true } }, required: ['inSchool'] } }],
          },
        ],
      },
      {
        id: 'confirm',
        title: { ja: '確認', en: 'Confirm' },
        elements: [
          {
            field: 'documents',
            widget: 'attachments',
            label: { ja: '添付書類', en: 'Documents' },
            accept: ['image/*', 'application/pdf'],
          },
          { field: 'remarks', widget: 'textarea', label: { ja: '備考', en: 'Remarks' } },
          { field: 'consent', widget: 'consent', label: { ja: '同意事項', en: 'Consent' } },
        ],
      },
    ],
    rules: [
      { show: 'causeOther', when: { properties: { cause: { const: 'other' } }, required: ['cause'] } },
      { show: ['spouseName', 'spouseWorks'], when: { properties: { hasSpouse: { const: true } }, required: ['hasSpouse'] } },
      { show: 'spouseEmployer', when: { properties: { spouseWorks: { const: true } }, required: ['spouseWorks'] } },
    ],
  },
  settings: { department: '防災課' },
  example: {},
};

export const ATTACHMENT_ID = 'abcdefghijklmnopqrstuv';

const VALID: Record<string, unknown> = {
  applicant: { family: '山田', given: '花子', familyKana: 'ヤマダ', givenKana: 'ハナコ' },
  address: { postalCode: '100-0001', address1: '東京都千代田区千代田', address2: '1-1' },
  householdSize: 3,
  cause: 'other',
  causeOther: '落雷',
  hasSpouse: true,
  spouseName: '山田太郎',
  spouseWorks: true,
  spouseEmployer: '窓口商事',
  children: [
    { name: '一郎', birthDate: '2016-04-01', inSchool: true, school: '中央小学校' },
    { name: '二郎', birthDate: '2022-06-15', inSchool: false },
  ],
  documents: [{ id: ATTACHMENT_ID, name: 'risai.pdf', size: 1234, type: 'application/pdf' }],
  consent: true,
};
FORM.example = VALID;

/** A fresh copy of the fixture form. */
export function form(): FormDefinition {
  return structuredClone(FORM);
}

/** A fresh copy of a complete, valid set of answers (also the form's example). */
export function validAnswers(): Record<string, unknown> {
  return structuredClone(VALID);
}

/** The field element `key` (top level, or `group/key` inside a group) of a form. */
export function fieldOf(def: FormDefinition, path: string): FieldElement {
  const [key, inner] = path.split('/');
  for (const page of def.ui.pages) {
    for (const e of page.elements) {
      if (!('field' in e) || e.field !== key) continue;
      if (!inner) return e;
      const found = e.elements?.find((x) => x.field === inner);
      if (found) return found;
    }
  }
  throw new Error(`no field ${path}`);
}

let tmp: string | undefined;
let counter = 0;

/** Writes the emitted validator module to a temp .mjs file and imports it, as the browser would load it. */
export async function importValidatorModule(compiled: CompiledForm): Promise<{ code: string; factory: ValidatorFactory }> {
  const code = buildValidatorModule(compiled);
  tmp ??= mkdtempSync(join(tmpdir(), 'madoguchi-core-tests-'));
  const file = join(tmp, `validator-${process.pid}-${counter++}.mjs`);
  writeFileSync(file, code);
  const mod = (await import(pathToFileURL(file).href)) as { default: ValidatorFactory };
  return { code, factory: mod.default };
}
