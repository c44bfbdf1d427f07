// core/builder: the pure operations behind the no-code form builder. Every operation
// takes a definition and returns a new one (never changing its input); schema and ui stay
// consistent, so a lint-clean form stays lint-clean. Refusals throw BuilderError.
export * from './add-element.ts';
export * from './address.ts';
export * from './blank-definition.ts';
export * from './builder-error.ts';
export * from './create-element.ts';
export * from './element-kinds.ts';
export * from './field-key.ts';
export * from './field-settings.ts';
export * from './kind-of.ts';
export * from './messages.ts';
export * from './pattern-presets.ts';
export * from './read-field.ts';
export * from './schemas.ts';
