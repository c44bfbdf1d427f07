// A new, empty form: one page and no questions. Valid enough to save as a draft and to
// open in the builder; publishing asks for at least one question first.
import type { Category, FormDefinition, LocalText } from '../../core/definition.ts';

export function blankDefinition(input: { id: string; title: LocalText; department: string; category: Category }): FormDefinition {
  return {
    id: input.id,
    title: input.title,
    category: input.category,
    settings: { department: input.department },
    schema: { type: 'object', additionalProperties: false, properties: {} },
    ui: { pages: [{ id: 'p1', title: { ja: '入力', en: 'Your answers' }, elements: [] }] },
    example: {},
  };
}
