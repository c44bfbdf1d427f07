// `npm run backup [-- <directory>]`: an online backup of the database in DATA_DIR (the
// server may keep running) into the given directory, or into backups/<timestamp>/, with the
// generated data key when there is one. Prints paths only.
import { resolve } from 'node:path';
import { loadConfig } from '../config.ts';
import { BackupError, backupDatabase, stamp } from '../store/backup.ts';

const config = loadConfig();
const dest = resolve(process.argv[2] ?? `backups/madoguchi-${stamp(new Date())}`);
try {
  const result = await backupDatabase(config.dataDir, dest);
  process.stdout.write(`backup written: ${result.database}\n`);
  if (result.dataKey) {
    process.stderr.write(
      `warning: ${result.dataKey} is the data key that opens sealed answers, and this backup now holds it:\n` +
        '  keep the backup as secret as the key. In production set MADOGUCHI_DATA_KEY instead (the key is then\n' +
        '  not in DATA_DIR) and keep that key safely, apart from the backups.\n',
    );
  } else if (!config.dataKeys.dataKey) {
    process.stderr.write('warning: no data-key in DATA_DIR and MADOGUCHI_DATA_KEY unset: sealed answers in this backup open only with the key they were sealed with.\n');
  }
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  process.stderr.write(`error: ${error.message}\n`);
  process.exit(1);
}
