// The published forms, kept in memory: the procedure list and every submission need
// them, and they change only on publish. Validators are built once per version.
// With several instances (PostgreSQL), a publish on one is seen by the others within
// `refreshMs`: each compares the small (id, current version, unpublished) list with what
// it holds, and reloads only when that changed.
import { buildServerValidator, type ServerValidator } from '../../core/validator-code.ts';
import type { Db } from '../store/db.ts';
import { publishedState } from '../store/catalog-state-repo.ts';
import { currentVersions, getVersion, type StoredVersion } from '../store/forms-repo.ts';

export class FormCatalog {
  private current = new Map<string, StoredVersion>();
  private versions = new Map<string, StoredVersion>();
  private validators = new Map<string, ServerValidator>();
  private state = '';
  private timer: NodeJS.Timeout | undefined;

  private constructor(private readonly db: Db) {}

  static async load(db: Db, refreshMs = 0): Promise<FormCatalog> {
    const catalog = new FormCatalog(db);
    await catalog.reload();
    if (refreshMs > 0) catalog.watch(refreshMs);
    return catalog;
  }

  async reload(): Promise<void> {
    // The state is read first: a publish landing between the two reads is caught next time.
    const state = await this.readState();
    this.current = new Map((await currentVersions(this.db)).map((v) => [v.formId, v]));
    this.state = state;
  }

  /** Reloads if another instance published or took a form down since the last look. */
  async refresh(): Promise<boolean> {
    if ((await this.readState()) === this.state) return false;
    await this.reload();
    return true;
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  published(): StoredVersion[] {
    return [...this.current.values()];
  }

  currentVersion(formId: string): StoredVersion | undefined {
    return this.current.get(formId);
  }

  async version(formId: string, version: number): Promise<StoredVersion | undefined> {
    const key = `${formId}@${version}`;
    let found = this.versions.get(key);
    if (!found) {
      // Versions never change once stored, so a cached one is never stale.
      found = await getVersion(this.db, formId, version);
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

  private async readState(): Promise<string> {
    return JSON.stringify(await publishedState(this.db));
  }

  private watch(refreshMs: number): void {
    let running = false;
    this.timer = setInterval(() => {
      if (running) return;
      running = true;
      // A database hiccup is retried at the next tick; requests keep the forms they have.
      this.refresh()
        .catch(() => {})
        .finally(() => (running = false));
    }, refreshMs);
    this.timer.unref();
  }
}
