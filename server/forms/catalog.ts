// The published forms, kept in memory: the procedure list and every submission need
// them, and they change only on publish. Validators are built once per version.
import { buildServerValidator, type ServerValidator } from '../../core/validator-code.ts';
import type { Db } from '../store/db.ts';
import { currentVersions, getVersion, type StoredVersion } from '../store/forms-repo.ts';

export class FormCatalog {
  private current = new Map<string, StoredVersion>();
  private versions = new Map<string, StoredVersion>();
  private validators = new Map<string, ServerValidator>();

  constructor(private readonly db: Db) {
    this.reload();
  }

  reload(): void {
    this.current = new Map(currentVersions(this.db).map((v) => [v.formId, v]));
  }

  published(): StoredVersion[] {
    return [...this.current.values()];
  }

  currentVersion(formId: string): StoredVersion | undefined {
    return this.current.get(formId);
  }

  version(formId: string, version: number): StoredVersion | undefined {
    const key = `${formId}@${version}`;
    let found = this.versions.get(key);
    if (!found) {
      found = getVersion(this.db, formId, version);
      if (found) this.versions.set(key, found);
    }
    return found;
  }

  validator(v: StoredVersion): ServerValidator {
    const key = `${v.formId}@${v.version}`;
    let validator = this.validators.get(key);
    if (!validator) {
      validator = buildServerValidator(v.compiled);
      this.validators.set(key, validator);
    }
    return validator;
  }
}
