// `npm run restore -- <backup directory> [--force]`: brings a backup written by
// `npm run backup` back into DATA_DIR. Checks the copy with PRAGMA integrity_check before
// anything is replaced. A database already in DATA_DIR is replaced only with --force and
// only while no server has it open; it is moved to DATA_DIR/replaced-<timestamp>/.
import { resolve } from 'node:path';
import { loadConfig } from '../config.ts';
import { BackupError, restoreBackup } from '../store/backup.ts';

const args = process.argv.slice(2);
const force = args.includes('--force');
const dirs = args.filter((a) => a !== '--force');
if (dirs.length !== 1) {
  process.stderr.write('usage: npm run restore -- <backup directory> [--force]\n');
  process.exit(2);
}
const config = loadConfig();
try {
  const result = restoreBackup(resolve(dirs[0]!), config.dataDir, { force, now: new Date() });
  process.stdout.write(`restored: ${result.database}\n`);
  if (result.keptAside) process.stdout.write(`the files it replaced are kept in ${result.keptAside}\n`);
  if (result.dataKeyRestored) process.stdout.write('the data key of the backup was restored too (DATA_DIR/data-key)\n');
  else if (!config.dataKeys.dataKey) process.stderr.write('warning: the backup holds no data key and MADOGUCHI_DATA_KEY is unset: set it to the key the answers were sealed with.\n');
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  process.stderr.write(`error: ${error.message}\n`);
  process.exit(1);
}
