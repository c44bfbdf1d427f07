// The scheduled 保存期間 purge (docs/adr/0012-retention.md), run by maintenance: for every
// form with settings.retentionYears, finished submissions closed before the cutoff lose
// their answers and files; one audit record per run lists the receipt numbers.
import { retentionCutoff, retentionYearsOf } from '../core/retention.ts';
import type { AppContext } from './context.ts';
import { formsWithVersions, type PurgeCandidate, type PurgeCounts, purgeSubmissions, retentionCandidates } from './store/retention-repo.ts';

/** At most this many per run, so the transaction stays short; the rest go an hour later. */
const MAX_PER_RUN = 2000;

export async function purgeRetention(ctx: AppContext): Promise<PurgeCounts> {
  const now = ctx.now();
  const due: PurgeCandidate[] = [];
  // The current version's setting counts for all its submissions: the city's rule today.
  for (const form of await formsWithVersions(ctx.db)) {
    const years = retentionYearsOf((await ctx.catalog.version(form.formId, form.version))?.definition.settings);
    if (years === undefined || due.length >= MAX_PER_RUN) continue;
    due.push(...(await retentionCandidates(ctx.db, form.formId, retentionCutoff(now, years).toISOString(), MAX_PER_RUN - due.length)));
  }
  // A submission another instance purged meanwhile is skipped by the purge itself (purged_at set).
  return ctx.writes.run((tx) => purgeSubmissions(tx, due, now.toISOString()));
}
