// Before the PostgreSQL pass: the server must answer, or the run fails here, loudly,
// instead of every test failing on its own (or, worse, being skipped).
import { dropLeftoverDatabases } from '../helpers/pg.ts';

export default async function setup(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const dropped = await dropLeftoverDatabases(url);
  console.log(`PostgreSQL pass: server ${new URL(url).host}${dropped ? `, dropped ${dropped} databases an earlier run left` : ''}`);
}
