import { describe, expect, it } from 'vitest';
import type { FieldElement, FormDefinition, JSONSchema, Widget } from '../../core/definition.ts';
import { lintDefinition } from '../../core/lint.ts';
import { fieldOf, form } from './fixtures.ts';

/** The fixture with `change` applied; returns the lint problems. */
function lintWith(change: (def: FormDefinition, props: Record<string, JSONSchema>) => void) {
  const def = form();
  change(def, def.schema.properties as Record<string, JSONSchema>);
  return lintDefinition(def, 'en');
}

const messages = (problems: { message: string }[]) => problems.map((p) => p.message);

describe('lintDefinition', () => {
  it('finds nothing wrong with the fixture', () => {
    expect(lintDefinition(form())).toEqual([]);
  });

  it('reports a field that is not in the schema', () => {
    const problems = lintWith((def) => def.ui.pages[2]!.elements.push({ field: 'phone', widget: 'tel', label: { ja: '電話' } }));
    expect(problems).toMatchObject([{ path: '/ui/pages/2/elements/3', message: 'field "phone" is not in the schema' }]);
  });

  it('reports a group field that is not in the items schema', () => {
    const problems = lintWith((def) => fieldOf(def, 'children').elements!.push({ field: 'grade', widget: 'number', label: { ja: '学年' } }));
    expect(messages(problems)).toEqual(['field "grade" is not in the schema']);
    expect(problems[0]!.path).toBe('/ui/pages/1/elements/6/elements/4');
  });

  it('reports a schema property without a field', () => {
    const problems = lintWith((_, props) => (props.fax = { type: 'string' }));
    expect(messages(problems)).toEqual(['schema property "fax" has no field in the ui']);
  });

  it('reports a row property without a field', () => {
    const problems = lintWith((_, props) => {
      ((props.children!.items as JSONSchema).properties as Record<string, JSONSchema>).grade = { type: 'integer' };
    });
    expect(messages(problems)).toEqual(['schema property "grade" has no field in the ui']);
  });

  it('reports a duplicate field key, even across pages', () => {
    const problems = lintWith((def) => def.ui.pages[2]!.elements.push({ field: 'cause', widget: 'text', label: { ja: '理由' } }));
    expect(messages(problems)).toContain('field "cause" appears twice');
  });

  it('reports an unknown widget', () => {
    const problems = lintWith((def) => (fieldOf(def, 'remarks').widget = 'richtext' as Widget));
    expect(messages(problems)).toEqual(['unknown widget "richtext"']);
  });

  it('reports an enum value without an option label', () => {
    const problems = lintWith((def) => delete fieldOf(def, 'cause').options!.flood);
    expect(messages(problems)).toEqual(['option "flood" of "cause" has no label']);
  });

  it('reports an option label without Japanese', () => {
    const problems = lintWith((def) => (fieldOf(def, 'cause').options!.fire = { ja: ' ', en: 'Fire' }));
    expect(messages(problems)).toEqual(['option "fire" of "cause" has no label']);
  });

  it('reports every enum value of a choice field without options', () => {
    const problems = lintWith((def) => delete fieldOf(def, 'cause').options);
    expect(messages(problems)).toHaveLength(3);
  });

  it('reports options missing for checkbox items', () => {
    const problems = lintWith((def, props) => {
      props.needs = { type: 'array', uniqueItems: true, items: { type: 'string', enum: ['food', 'water'] } };
      def.ui.pages[0]!.elements.push({ field: 'needs', widget: 'checkboxes', label: { ja: '必要な物' }, options: { food: { ja: '食料' } } });
    });
    expect(messages(problems)).toEqual(['option "water" of "needs" has no label']);
  });

  it('reports a rule that shows a missing field', () => {
    const problems = lintWith((def) => def.ui.rules!.push({ show: 'ghost', when: { properties: { cause: { const: 'fire' } } } }));
    expect(problems).toMatchObject([{ path: '/ui/rules/3', message: 'rule refers to a field that does not exist: "ghost"' }]);
  });

  it('reports a rule whose condition looks at a missing field', () => {
    const problems = lintWith((def) => (def.ui.rules![0]!.when = { properties: { reason: { const: 'other' } }, required: ['reason'] }));
    expect(messages(problems)).toEqual(['rule refers to a field that does not exist: "reason"']);
  });

  it('looks into allOf/anyOf/not of a condition', () => {
    const problems = lintWith(
      (def) => (def.ui.rules![0]!.when = { anyOf: [{ required: ['cause'] }, { not: { properties: { ghost: { const: 1 } } } }] }),
    );
    expect(messages(problems)).toEqual(['rule refers to a field that does not exist: "ghost"']);
  });

  it('reports a group rule pointing at a field outside the row', () => {
    const problems = lintWith((def) => (fieldOf(def, 'children').rules![0]!.show = 'cause'));
    expect(problems).toMatchObject([{ path: '/ui/pages/1/elements/6/rules/0', message: 'rule refers to a field that does not exist: "cause"' }]);
  });

  it('reports two rules showing the same field', () => {
    const problems = lintWith((def) => def.ui.rules!.push({ show: ['remarks', 'causeOther'], when: { required: ['cause'] } }));
    expect(problems).toMatchObject([{ path: '/ui/rules/3', message: 'field "causeOther" is shown by two rules' }]);
  });

  it('reports a rule cycle', () => {
    const problems = lintWith((def) => {
      def.ui.rules = [
        { show: 'spouseName', when: { properties: { remarks: { const: 'x' } }, required: ['remarks'] } },
        { show: 'remarks', when: { required: ['spouseName'] } },
      ];
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^rules form a cycle through "(spouseName|remarks)"$/);
  });

  it('reports a rule that depends on itself', () => {
    const problems = lintWith((def) => (def.ui.rules = [{ show: 'remarks', when: { required: ['remarks'] } }]));
    expect(messages(problems)).toEqual(['rules form a cycle through "remarks"']);
  });

  it('accepts a chain that is not a cycle', () => {
    // hasSpouse → spouseWorks → spouseEmployer is in the fixture already.
    expect(lintWith((def) => def.ui.rules!.push({ show: 'remarks', when: { required: ['spouseEmployer'] } }))).toEqual([]);
  });

  it('reports a group inside a group', () => {
    const problems = lintWith((def, props) => {
      const row = props.children!.items as JSONSchema;
      (row.properties as Record<string, JSONSchema>).pets = {
        type: 'array',
        items: { type: 'object', additionalProperties: false, properties: { kind: { type: 'string' } } },
      };
      fieldOf(def, 'children').elements!.push({
        field: 'pets',
        widget: 'group',
        label: { ja: 'ペット' },
        elements: [{ field: 'kind', widget: 'text', label: { ja: '種類' } }],
      });
    });
    expect(messages(problems)).toEqual(['a group cannot contain another group']);
  });

  it('reports a group that is not an array of objects', () => {
    const problems = lintWith((_, props) => (props.children = { type: 'string' }));
    expect(messages(problems)).toContain('group "children" must be an array of objects');
  });

  it.each([
    ['no label', undefined],
    ['an empty Japanese label', { ja: '' }],
    ['only an English label', { en: 'Remarks' }],
  ])('reports a field with %s', (_, label) => {
    const problems = lintWith((def) => ((fieldOf(def, 'remarks') as { label: unknown }).label = label));
    expect(messages(problems)).toEqual(['field "remarks" needs a Japanese label']);
  });

  it('points at the element itself, counting content elements', () => {
    // page 0 starts with a heading, so the name field is element 1 of page 0.
    const problems = lintWith((def) => (fieldOf(def, 'applicant').label = { ja: '' }));
    expect(problems).toMatchObject([{ path: '/ui/pages/0/elements/1', message: 'field "applicant" needs a Japanese label' }]);
  });

  it('reports a group row field without a Japanese label', () => {
    const problems = lintWith((def) => (fieldOf(def, 'children/school').label = { ja: '' }));
    expect(messages(problems)).toEqual(['field "school" needs a Japanese label']);
  });

  it('reports a page title and a form title without Japanese', () => {
    const problems = lintWith((def) => {
      def.title = { ja: '' };
      def.ui.pages[1]!.title = { ja: ' ' };
    });
    expect(problems.map((p) => p.path)).toEqual(['/title', '/ui/pages/1/title']);
  });

  it.each(['Test-Form', 'a', '-form', 'form_1', 'フォーム', 'x'.repeat(65)])('reports the bad id %j', (id) => {
    expect(lintWith((def) => (def.id = id))).toMatchObject([{ path: '/id', message: 'id must be lower-case letters, digits and hyphens' }]);
  });

  it.each(['ab', 'risai-shomei', '2024-survey'])('accepts the id %j', (id) => {
    expect(lintWith((def) => (def.id = id))).toEqual([]);
  });

  it('reports a bad field key', () => {
    const problems = lintWith((def, props) => {
      props['bad-key'] = props.remarks!;
      delete props.remarks;
      fieldOf(def, 'remarks').field = 'bad-key';
    });
    expect(messages(problems)).toEqual(['field key "bad-key" must be letters and digits']);
  });

  it('reports an unknown category and a missing department', () => {
    const problems = lintWith((def) => {
      def.category = 'tax' as FormDefinition['category'];
      def.settings.department = '';
    });
    expect(problems.map((p) => p.path)).toEqual(['/category', '/settings/department']);
  });

  it('requires an object schema with additionalProperties: false', () => {
    expect(messages(lintWith((def) => delete def.schema.additionalProperties))).toEqual([
      'schema must be an object schema with additionalProperties: false',
    ]);
  });

  it('requires at least one page', () => {
    expect(messages(lintWith((def) => (def.ui.pages = [])))).toEqual(['at least one page is required']);
  });

  it('writes problems in Japanese by default, naming the field, with a stable code', () => {
    const def = form();
    def.ui.rules = [{ show: 'ghost', when: { properties: { cause: { const: 'other' } } } }];
    expect(lintDefinition(def)).toEqual([
      { path: '/ui/rules/0', code: 'ruleField', message: '表示条件が、ない項目「ghost」を指しています。削除された項目ではありませんか。' },
    ]);
  });

  it('does not throw on a non-object', () => {
    expect(lintDefinition(null as unknown as FormDefinition, 'en')).toMatchObject([{ path: '', message: 'The definition must be an object.' }]);
  });

  it('follows $ref for group items and choice enums', () => {
    const problems = lintWith((def, props) => {
      def.schema.$defs = { child: props.children!.items as JSONSchema, cause: props.cause! };
      props.children!.items = { $ref: '#/$defs/child' };
      props.cause = { $ref: '#/$defs/cause' };
    });
    expect(problems).toEqual([]);
  });

  it('does not mutate the definition', () => {
    const def = form();
    const before = structuredClone(def);
    lintDefinition(def);
    expect(def).toEqual(before);
  });
});

// Keep the helper types honest: the fixture's fields are FieldElements.
const _check: FieldElement = fieldOf(form(), 'cause');
void _check;
