// User administration (admin only) and the list of departments.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { can } from '../../auth/access.ts';
import { createUser } from '../../auth/create-user.ts';
import { hashPassword } from '../../auth/password.ts';
import { parseNewUser, parseUserChange } from '../../auth/user-input.ts';
import { HttpError } from '../../http-error.ts';
import { staffUser } from '../../plugins/auth.ts';
import { requestLang } from '../../plugins/errors.ts';
import { formDepartments } from '../../store/forms-repo.ts';
import { deleteUserSessions } from '../../store/sessions-repo.ts';
import { countActiveAdmins, findUserById, listUsers, roleDepartments, type StoredUser, takeTurnChangingUsers, updateUser } from '../../store/users-repo.ts';

function requireAdmin(request: FastifyRequest): void {
  if (!can(staffUser(request), 'admin')) throw new HttpError(403, 'error.forbidden');
}

const view = (u: StoredUser) => ({ id: u.id, login: u.login, displayName: u.displayName, roles: u.roles, disabled: u.disabled });

export default async function userRoutes(app: FastifyInstance) {
  const { ctx } = app;

  app.get('/api/staff/users', async (request) => {
    requireAdmin(request);
    return { users: (await listUsers(ctx.db)).map(view) };
  });

  app.post('/api/staff/users', async (request, reply) => {
    requireAdmin(request);
    const { user } = await createUser(ctx, parseNewUser(request.body, requestLang(request)));
    return reply.code(201).send({ user: { ...user, disabled: false } });
  });

  app.put<{ Params: { id: string } }>('/api/staff/users/:id', async (request) => {
    requireAdmin(request);
    const id = Number(request.params.id);
    if (!Number.isSafeInteger(id) || !(await findUserById(ctx.db, id))) throw new HttpError(404, 'error.userNotFound');
    const { password, ...change } = parseUserChange(request.body, requestLang(request));
    const passwordHash = password === undefined ? undefined : await hashPassword(password);
    await ctx.writes.run(async (tx) => {
      await takeTurnChangingUsers(tx);
      await updateUser(tx, id, { ...change, ...(passwordHash ? { passwordHash } : {}) });
      // Undone with the rest of this write (its transaction) if it would lock everyone out.
      if ((await countActiveAdmins(tx)) === 0) throw new HttpError(409, 'error.lastAdmin');
      // A disabled user is out at once; a new password ends the other sessions (a stolen one).
      if (change.disabled) await deleteUserSessions(tx, id);
      else if (passwordHash) await deleteUserSessions(tx, id, request.staffSession?.idHash);
    });
    return { user: view((await findUserById(ctx.db, id))!) };
  });

  app.get('/api/staff/departments', async () => {
    const all = new Set([...(await formDepartments(ctx.db)), ...(await roleDepartments(ctx.db))]);
    return { departments: [...all].sort((a, b) => a.localeCompare(b, 'ja')) };
  });
}
