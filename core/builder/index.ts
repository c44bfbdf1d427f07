// core/builder: the pure operations behind the no-code form builder. Every operation
// takes a definition and returns a new one (never changing its input); schema and ui stay
// consistent, so a lint-clean form stays lint-clean. Refusals throw BuilderError.
export * from './add-element.ts';
export * from './address.ts';
export * from './blank-definition.ts';
export * from './builder-error.ts';
export * from './condition-fields.ts';
export * from './create-element.ts';
export * from './delete-element.ts';
export * from './duplicate-element.ts';
export * from './element-kinds.ts';
export * from './example.ts';
export * from './field-key.ts';
export * from './field-settings.ts';
export * from './json-match.ts';
export * from './kind-of.ts';
export * from './messages.ts';
export * from './move-element.ts';
export * from './outline.ts';
export * from './pages.ts';
export * from './parse-options.ts';
export * from './pattern-presets.ts';
export * from './read-field.ts';
export * from './read-rule.ts';
export * from './sample-value.ts';
export * from './schemas.ts';
export * from './set-rule.ts';
export * from './simple-condition.ts';
export * from './texts.ts';
export * from './update-field.ts';
