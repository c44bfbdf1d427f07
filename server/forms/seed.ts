// First start of an empty database: publish the procedure library in forms/.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import type { FormDefinition } from '../../core/definition.ts';
import type { AppContext } from '../context.ts';
import { isUniqueViolation } from '../store/errors.ts';
import { countForms, insertVersion } from '../store/forms-repo.ts';
import { prepareDefinition } from './publish.ts';

export function libraryFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

type Prepared = { definition: FormDefinition } & ReturnType<typeof prepareDefinition>;

export async function seedFormsLibrary(ctx: AppContext, dir: string, log: FastifyBaseLogger): Promise<number> {
  if ((await countForms(ctx.db)) > 0) return 0;
  const ready: Prepared[] = [];
  // Compiled before the transaction: building validators is the slow part.
  for (const file of libraryFiles(dir)) {
    try {
      const definition = JSON.parse(readFileSync(file, 'utf8')) as FormDefinition;
      ready.push({ definition, ...prepareDefinition(definition) });
    } catch (error) {
      // One broken file must not keep the city's other procedures offline.
      log.error({ file: relative(dir, file), reason: (error as Error).message }, 'form library file not published');
    }
  }
  const now = new Date().toISOString();
  let published: number | undefined;
  try {
    // One transaction, so instances starting together on one database seed it once.
    published = await ctx.writes.run(async (tx) => {
      if ((await countForms(tx)) > 0) return undefined;
      for (const p of ready) await insertVersion(tx, { ...p, publishedBy: null, now });
      return ready.length;
    });
  } catch (error) {
    // Another instance inserted the same forms first and committed while this one waited.
    if (!isUniqueViolation(error)) throw error;
  }
  if (published === undefined) return 0;
  log.info({ published }, 'forms library published');
  return published;
}
