// Ties the uploads the answers reference to the stored files: every reference must name a
// file the caller may use (the candidates), their total stays under the limit, and the
// server's record of each file (name, type, size) replaces what the client said about it.
// Runs inside the write transaction, so a file cannot be claimed twice.
import type { AttachmentRef } from '../../core/attachment-refs.ts';
import { describeErrors } from '../../core/errors.ts';
import type { FormDefinition } from '../../core/definition.ts';
import { splitPointer } from '../../core/fields.ts';
import { accepts } from '../attachments/inspect.ts';
import type { AppContext } from '../context.ts';
import { HttpError } from '../http-error.ts';

export interface StoredFile {
  id: string;
  name: string;
  type: string;
  size: number;
}

/** Returns the ids of the files the answers use, for claimAttachments. */
export function bindAttachments(
  ctx: AppContext,
  def: FormDefinition,
  answers: Record<string, unknown>,
  refs: AttachmentRef[],
  candidates: StoredFile[],
  lang: string,
): string[] {
  const stored = new Map(candidates.map((a) => [a.id, a]));
  const missing = refs.filter((r) => !stored.has(r.id));
  if (missing.length > 0) {
    const errors = describeErrors(
      def,
      missing.map((r) => ({ instancePath: `${r.path}/id`, keyword: 'format', params: { format: 'attachment-id' } })),
      lang,
    );
    throw new HttpError(400, 'error.invalidAnswers', {}, errors);
  }
  // Uploads are checked against the form's accepted types as a whole; here each file must
  // suit its own question (a photo where the form asks for a PDF certificate is refused).
  const wrongType = refs.filter((r) => !accepts(r.accept, stored.get(r.id)!.type));
  if (wrongType.length > 0) {
    const errors = describeErrors(
      def,
      wrongType.map((r) => ({ instancePath: r.path, keyword: 'format', params: { format: 'attachment-type' } })),
      lang,
    );
    throw new HttpError(400, 'error.invalidAnswers', {}, errors);
  }
  const used = [...new Set(refs.map((r) => r.id))];
  const total = used.reduce((sum, id) => sum + stored.get(id)!.size, 0);
  if (total > ctx.config.submissionAttachmentsMaxBytes) {
    throw new HttpError(413, 'error.attachmentsTooLarge', { limit: Math.round(ctx.config.submissionAttachmentsMaxBytes / 1024 / 1024) });
  }
  for (const ref of refs) {
    const { id, name, type, size } = stored.get(ref.id)!;
    Object.assign(pointerGet(answers, ref.path) as object, { id, name, type, size });
  }
  return used;
}

function pointerGet(root: unknown, pointer: string): unknown {
  return splitPointer(pointer).reduce<unknown>((node, seg) => (node as Record<string, unknown> | undefined)?.[seg], root);
}
