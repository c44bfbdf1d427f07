// Creating a user, the one way shared by the setup link, the admin API, the CLI and the
// tests' helper: hash the password, then insert user and roles in one transaction.
import type { AppContext } from '../context.ts';
import { HttpError } from '../http-error.ts';
import type { Db } from '../store/db.ts';
import { clearSetupTokens } from '../store/setup-tokens-repo.ts';
import { insertUser, isLoginTaken } from '../store/users-repo.ts';
import type { StaffUser } from './access.ts';
import { hashPassword } from './password.ts';
import { startSession, type NewSession } from './sessions.ts';
import type { UserInput } from './user-input.ts';

/** Synchronous insert; a taken login becomes 409. Any user makes the setup link void. */
export type StoredInput = Omit<UserInput, 'password'> & { passwordHash: string };

export function storeUser(db: Db, input: StoredInput, now: string): StaffUser {
  try {
    const id = insertUser(db, { ...input, now });
    clearSetupTokens(db);
    return { id, login: input.login, displayName: input.displayName, roles: input.roles };
  } catch (error) {
    if (isLoginTaken(error)) throw new HttpError(409, 'error.loginTaken');
    throw error;
  }
}

/** For the CLI, which has the database but no running app. */
export async function createUserInDb(db: Db, input: UserInput, now: Date): Promise<StaffUser> {
  const passwordHash = await hashPassword(input.password);
  const { password: _, ...rest } = input;
  return db.transaction(() => storeUser(db, { ...rest, passwordHash }, now.toISOString()));
}

export interface CreateOptions {
  /** Checks run in the insert's transaction (e.g. consuming the setup token). */
  before?: () => void;
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
  return ctx.writes.run(() => {
    options.before?.();
    const user = storeUser(ctx.db, { ...rest, passwordHash }, ctx.now().toISOString());
    return { user, session: options.session ? startSession(ctx, user.id) : undefined };
  });
}
