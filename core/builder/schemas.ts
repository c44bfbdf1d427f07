// The schema shapes of the composite widgets, exactly as ADR 0002 and the forms library
// write them (inlined: the builder does not share `$defs`).
import type { JSONSchema } from '../definition.ts';

const namePart = (title: string, katakana: boolean): JSONSchema => ({
  title,
  type: 'string',
  ...(katakana ? { format: 'katakana' } : {}),
  minLength: 1,
  maxLength: 30,
});

/** name-kana: { family, given, familyKana, givenKana }, all four required. */
export function nameKanaSchema(): JSONSchema {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['family', 'given', 'familyKana', 'givenKana'],
    properties: {
      family: namePart('姓', false),
      given: namePart('名', false),
      familyKana: namePart('セイ', true),
      givenKana: namePart('メイ', true),
    },
  };
}

/** postal-address: { postalCode, address1, address2 }; 番地 (address2) optional as in most of the library. */
export function postalAddressSchema(): JSONSchema {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['postalCode', 'address1'],
    properties: {
      postalCode: { title: '郵便番号', type: 'string', format: 'jp-postal-code', maxLength: 8 },
      address1: { title: '都道府県・市区町村・町域', type: 'string', minLength: 1, maxLength: 100 },
      address2: { title: '番地・建物名・部屋番号', type: 'string', maxLength: 100 },
    },
  };
}

/** One uploaded file reference { id, name, size, type } (core/attachment-refs.ts). */
export function attachmentSchema(): JSONSchema {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'name', 'size', 'type'],
    properties: {
      id: { type: 'string', format: 'attachment-id' },
      name: { type: 'string', maxLength: 255 },
      size: { type: 'integer', minimum: 0 },
      type: { type: 'string', maxLength: 100 },
    },
  };
}

/** The item schema of a new repeating group: an object with no fields yet. */
export function groupItemSchema(): JSONSchema {
  return { type: 'object', additionalProperties: false, required: [], properties: {} };
}
