// First start of an empty database: publish the procedure library in forms/.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import type { FormDefinition } from '../../core/definition.ts';
import type { Db } from '../store/db.ts';
import { countForms } from '../store/forms-repo.ts';
import { publishDefinition } from './publish.ts';

export function libraryFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export function seedFormsLibrary(db: Db, dir: string, log: FastifyBaseLogger): number {
  if (countForms(db) > 0) return 0;
  let published = 0;
  for (const file of libraryFiles(dir)) {
    try {
      publishDefinition(db, JSON.parse(readFileSync(file, 'utf8')) as FormDefinition, null);
      published++;
    } catch (error) {
      // One broken file must not keep the city's other procedures offline.
      log.error({ file: relative(dir, file), reason: (error as Error).message }, 'form library file not published');
    }
  }
  log.info({ published }, 'forms library published');
  return published;
}
