// The definition staff work on: the draft, or, when there is none, a copy of the current
// version (the first save then creates the draft). Published versions never change.
import type { FormDefinition } from '../../../core/definition.ts';
import { api, type Response, type StaffForm } from './api.ts';

export interface WorkingCopy {
  form: StaffForm;
  definition: FormDefinition;
  fromDraft: boolean;
}

export async function loadWorkingCopy(id: string): Promise<Response<WorkingCopy>> {
  const res = await api.form(id);
  if (res.status !== 200) return res as unknown as Response<WorkingCopy>;
  const form = res.body;
  if (form.draft) return { status: 200, body: { form, definition: form.draft, fromDraft: true } };
  const latest = form.currentVersion ?? form.versions.reduce((n, v) => Math.max(n, v.version), 0);
  if (!latest) return { status: 404, body: {} as WorkingCopy };
  const v = await api.version(id, latest);
  if (v.status !== 200) return v as unknown as Response<WorkingCopy>;
  return { status: 200, body: { form, definition: v.body.definition, fromDraft: false } };
}
