// Publishing freezes a definition into an immutable version: the definition, the
// emitted JSON Schema + rules, and the precompiled browser validator, stored together.
import { compile } from '../../core/compile.ts';
import type { FormDefinition } from '../../core/definition.ts';
import { lintDefinition, type Problem } from '../../core/lint.ts';
import { lintMessage } from '../../core/lint-messages.ts';
import { buildServerValidator, buildValidatorModule } from '../../core/validator-code.ts';
import { minifyValidatorModule } from './minify-validator.ts';
import type { Db } from '../store/db.ts';
import { insertVersion } from '../store/forms-repo.ts';

export class DefinitionError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`invalid form definition: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
  }
}

/** Checks a definition completely; throws DefinitionError listing every problem. */
export function prepareDefinition(def: FormDefinition, lang = 'ja') {
  const problems = lintDefinition(def, lang);
  if (problems.length > 0) throw new DefinitionError(problems);
  const compiled = compile(def);
  try {
    const validator = buildServerValidator(compiled);
    // Every library form ships a 記入例; one built in the staff app may have none yet
    // (`{}`, and the citizen app then shows no example link). One that is given must be valid.
    const hasExample = Object.keys(def.example ?? {}).length > 0;
    const exampleErrors = !hasExample || validator.validate(def.example) ? [] : (validator.validate.errors ?? []);
    if (exampleErrors.length > 0) {
      throw new DefinitionError(exampleErrors.map((e) => ({ path: `/example${e.instancePath}`, message: lintMessage('example', lang, { keyword: e.keyword }) })));
    }
  } catch (error) {
    if (error instanceof DefinitionError) throw error;
    throw new DefinitionError([{ path: '/schema', message: (error as Error).message }]);
  }
  return { compiled, validatorModule: minifyValidatorModule(buildValidatorModule(compiled)) };
}

/** Checks and stores a new version; `db` is a `writes` job's `tx` (or, in tests, the database itself). */
export async function publishDefinition(db: Db, def: FormDefinition, publishedBy: string | null, now = new Date()): Promise<number> {
  const { compiled, validatorModule } = prepareDefinition(def);
  return insertVersion(db, { definition: def, compiled, validatorModule, publishedBy, now: now.toISOString() });
}
