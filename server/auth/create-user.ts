// Creating a user, the one way shared by the setup link, the admin API, the CLI and the
// tests' helper: hash the password, then insert user and roles in one transaction.
import type { AppContext } from '../context.ts';
import { HttpError } from '../http-error.ts';
import type { Db, Writes } from '../store/db.ts';
import { clearSetupTokens } from '../store/setup-tokens-repo.ts';
import { insertUser, isLoginTaken } from '../store/users-repo.ts';
import type { StaffUser } from './access.ts';
import { hashPassword } from './password.ts';
import { startSession, type NewSession } from './sessions.ts';
import type { UserInput } from './user-input.ts';

export type StoredInput = Omit<UserInput, 'password'> & { passwordHash: string };

/** The insert, run in a `writes` job with its `tx`; a taken login becomes 409. Any user makes the setup link void. */
export async function storeUser(tx: Db, input: StoredInput, now: string): Promise<StaffUser> {
  try {
    const id = await insertUser(tx, { ...input, now });
    await clearSetupTokens(tx);
    return { id, login: input.login, displayName: input.displayName, roles: input.roles };
  } catch (error) {
    // Thrown out of the job, so the transaction the violation aborted is rolled back whole.
    if (isLoginTaken(error)) throw new HttpError(409, 'error.loginTaken');
    throw error;
  }
}

/** For the CLI, which has the store but no running app. */
export async function createUserInStore(writes: Writes, input: UserInput, now: Date): Promise<StaffUser> {
  const passwordHash = await hashPassword(input.password);
  const { password: _, ...rest } = input;
  return writes.run((tx) => storeUser(tx, { ...rest, passwordHash }, now.toISOString()));
}

export interface CreateOptions {
  /** Checks run in the insert's transaction with its `tx` (e.g. consuming the setup token). */
  before?: (tx: Db) => Promise<void>;
  /** Log the new user in (setup). */
  session?: boolean;
}

export async function createUser(
  ctx: AppContext,
  input: UserInput,
  options: CreateOptions = {},
): Promise<{ user: StaffUser; session?: NewSession }> {
  const { password, ...rest } = input;
  const passwordHash = await hashPassword(password);
  return ctx.writes.run(async (tx) => {
    await options.before?.(tx);
    const user = await storeUser(tx, { ...rest, passwordHash }, ctx.now().toISOString());
    return { user, session: options.session ? await startSession(ctx, tx, user.id) : undefined };
  });
}
