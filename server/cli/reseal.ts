// `npm run reseal`: seals the sensitive answers of the database (DATABASE_URL, else the
// one in DATA_DIR) again under MADOGUCHI_DATA_KEY (server/sensitive/reseal.ts), so an old
// key can then be removed from MADOGUCHI_OLD_DATA_KEYS, and seals answers to questions
// marked sensitive after they were filed. Prints counts only, never a value. Exit 0 when
// nothing is left unreadable.
import { loadConfig } from '../config.ts';
import { FormCatalog } from '../forms/catalog.ts';
import { DataKeyError, loadDataKeys } from '../sensitive/data-keys.ts';
import { resealAll } from '../sensitive/reseal.ts';
import { Sealer } from '../sensitive/sealer.ts';
import { openStore } from '../store/db.ts';

const config = loadConfig();
let sealer: Sealer;
try {
  sealer = new Sealer(loadDataKeys(config.dataKeys, config.dataDir, { warn: (_obj, msg) => process.stderr.write(`warning: ${msg}\n`) }));
} catch (error) {
  if (!(error instanceof DataKeyError)) throw error;
  process.stderr.write(`error: ${error.message}\n`);
  process.exit(1);
}
// Two connections: opening PostgreSQL holds one (the migration lock) while migrating on another.
const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, poolSize: 2 });
try {
  const catalog = await FormCatalog.load(store.db);
  const report = await resealAll({ db: store.db, writes: store.writes }, catalog, sealer);
  process.stdout.write(
    `key ${sealer.keyId}: ${report.rows} rows rewritten, ${report.rewrapped} values sealed again, ${report.sealed} sealed for the first time, ` +
      `${report.unreadable} unreadable (no key opens them), ${report.changedMeanwhile} changed meanwhile (run again)\n`,
  );
  process.exitCode = report.unreadable > 0 || report.changedMeanwhile > 0 ? 1 : 0;
} finally {
  await store.close();
}
