// The procedure library in forms/ (config.formsDir) as templates staff start from.
// Read on each request: a city may add a file without restarting, and there are few.
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { FormDefinition } from '../../core/definition.ts';
import { libraryFiles } from './seed.ts';

export interface Template {
  /** Path inside forms/ without ".json", e.g. "disaster/risai-shomei". */
  template: string;
  definition: FormDefinition;
}

export function listTemplates(formsDir: string): Template[] {
  const templates: Template[] = [];
  for (const file of libraryFiles(formsDir)) {
    try {
      const definition = JSON.parse(readFileSync(file, 'utf8')) as FormDefinition;
      if (!definition || typeof definition.id !== 'string') continue;
      templates.push({ template: relative(formsDir, file).split(sep).join('/').replace(/\.json$/, ''), definition });
    } catch {
      // A broken file is reported by the seed on start; here it is simply not offered.
    }
  }
  return templates;
}

/** Looks a template up among the listed files only, so no path can leave forms/. */
export function findTemplate(formsDir: string, template: string): Template | undefined {
  return listTemplates(formsDir).find((t) => t.template === template);
}
