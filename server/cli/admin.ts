// `npm run admin -- create --login NAME [--display-name N] [--department D]`
// Creates a staff administrator on the database (DATABASE_URL, else the one in DATA_DIR).
// The password is the first line of standard input, so it can be scripted
// (`printf '%s\n' "$PW" | npm run admin ...`) and never appears in the process list or
// shell history. Typed at a terminal, it is not echoed. Exits non-zero with a message on any error.
import { parseArgs } from 'node:util';
import { message } from '../messages.ts';
import { createUserInStore } from '../auth/create-user.ts';
import { DEFAULT_ADMIN_DEPARTMENT } from '../auth/setup.ts';
import { parseNewUser } from '../auth/user-input.ts';
import { loadConfig } from '../config.ts';
import { HttpError } from '../http-error.ts';
import { openStore } from '../store/db.ts';

const USAGE =
  'usage: npm run admin -- create --login NAME [--display-name NAME] [--department DEPARTMENT]  (password: first line of stdin)';
const lang = (process.env.LANG ?? '').startsWith('ja') ? 'ja' : 'en';

class UsageError extends Error {}

function readFirstLine(): Promise<string> {
  return new Promise((resolve, reject) => {
    const tty = process.stdin.isTTY;
    if (tty) {
      process.stderr.write('Password: ');
      process.stdin.setRawMode(true); // no echo
    }
    let buffer = '';
    const done = (line: string | undefined) => {
      process.stdin.removeAllListeners('data').removeAllListeners('end').pause();
      if (tty) {
        process.stdin.setRawMode(false);
        process.stderr.write('\n');
      }
      if (line === undefined) reject(new UsageError('no password on standard input'));
      else resolve(line);
    };
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk: string) => {
      if (tty && chunk.includes('\u0003')) return done(undefined); // Ctrl-C
      buffer += chunk;
      const end = buffer.search(/\r|\n/);
      if (end >= 0) done(buffer.slice(0, end));
    });
    process.stdin.on('end', () => done(buffer === '' ? undefined : buffer));
  });
}

async function main(argv: string[]): Promise<string> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { login: { type: 'string' }, 'display-name': { type: 'string' }, department: { type: 'string' } },
  });
  if (positionals[0] !== 'create' || positionals.length > 1) throw new UsageError(USAGE);
  if (!values.login) throw new UsageError(`--login is required\n${USAGE}`);
  const password = await readFirstLine();
  const department = values.department?.trim() || DEFAULT_ADMIN_DEPARTMENT;
  const input = parseNewUser({ login: values.login, displayName: values['display-name'], password }, lang, {
    optionalName: true,
    roles: [{ department, role: 'admin' }],
  });
  const config = loadConfig();
  // Two connections: opening PostgreSQL holds one (the migration lock) while migrating on another.
  const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, poolSize: 2 });
  try {
    const user = await createUserInStore(store.writes, input, new Date());
    return `created administrator "${user.login}" (${department})`;
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).then(
  (done) => {
    process.stdout.write(`${done}\n`);
  },
  (error: unknown) => {
    if (error instanceof HttpError) {
      process.stderr.write(`error: ${message(error.messageKey, lang, error.params)}\n`);
      for (const e of error.fieldErrors ?? []) process.stderr.write(`  ${e.path.replace(/^\//, '')}: ${e.message}\n`);
    } else {
      process.stderr.write(`error: ${(error as Error).message}\n`);
    }
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
