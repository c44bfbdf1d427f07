import { describe, expect, it } from 'vitest';
import { outline } from '../../../core/builder/outline.ts';
import { readField } from '../../../core/builder/read-field.ts';
import { library } from './helpers.ts';

describe('outline', () => {
  it.each(library().map(([name, def]) => [name, def]))('%s: agrees with readField for every element', (_name, def) => {
    const pages = outline(def);
    expect(pages.map((p) => p.id)).toEqual(def.ui.pages.map((p) => p.id));
    for (const item of pages.flatMap((p) => p.elements.flatMap((e) => [e, ...(e.children ?? [])]))) {
      const s = readField(def, item.address);
      expect({ kind: item.kind, key: item.key, label: item.label, required: item.required, shownByRule: item.shownByRule }).toEqual({
        kind: s.kind,
        key: s.key,
        label: s.label,
        required: s.required,
        shownByRule: s.shownByRule,
      });
    }
  });
});
