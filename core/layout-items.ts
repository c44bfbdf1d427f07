// What a paper layout's box may be filled with, shared by the server that checks and prints
// a mapping (server/pdf/layout-pointer.ts) and the staff app that offers the choices.
import type { Widget } from './definition.ts';

/** Facts of the submission rather than answers. */
export const FIXED_ITEMS = ['receiptNumber', 'filedAt', 'filedDate', 'printedDate', 'cityName', 'formTitle'] as const;
export type FixedItem = (typeof FIXED_ITEMS)[number];

/** The parts of compound answers a pointer may name on its own ('/applicantName/family'). */
export const ANSWER_PARTS: Partial<Record<Widget, readonly string[]>> = {
  'name-kana': ['family', 'given', 'familyKana', 'givenKana'],
  'postal-address': ['postalCode', 'address1', 'address2'],
};
