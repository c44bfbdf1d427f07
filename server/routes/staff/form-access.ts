// The one check every form route makes: the form exists and is of a department the user
// has a role in (else 404, like a form that does not exist, so ids leak nothing), and the
// user may do `action` there (else 403).
import type { FastifyRequest } from 'fastify';
import type { FormDefinition } from '../../../core/definition.ts';
import { can } from '../../auth/access.ts';
import type { AppContext } from '../../context.ts';
import { HttpError } from '../../http-error.ts';
import { staffUser } from '../../plugins/auth.ts';
import { type FormRow, getForm, getVersion } from '../../store/forms-repo.ts';

export async function formFor(ctx: AppContext, request: FastifyRequest, id: string, action: 'read' | 'design'): Promise<FormRow> {
  const user = staffUser(request);
  const form = await getForm(ctx.db, id);
  if (!form || !can(user, 'read', form.department)) throw new HttpError(404, 'error.formNotFound');
  if (action !== 'read' && !can(user, action, form.department)) throw new HttpError(403, 'error.forbidden');
  return form;
}

/** What staff work on: the draft if there is one, else the current version's definition. */
export async function workingDefinition(ctx: AppContext, form: FormRow): Promise<FormDefinition | undefined> {
  if (form.draft) return form.draft as FormDefinition;
  return form.currentVersion === null ? undefined : (await getVersion(ctx.db, form.id, form.currentVersion))?.definition;
}
