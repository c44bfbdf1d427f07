// attachments: files uploaded one by one as they are chosen (images made smaller first);
// the answer is the list of references the server returned. Names and sizes are listed
// with a remove button each.
import { useRef, useState } from 'preact/hooks';
import { api, type AttachmentRef } from '../lib/api.ts';
import { formatSize } from '../lib/format.ts';
import { shrinkImage } from '../lib/image.ts';
import { inputId } from '../lib/pointer.ts';
import type { UiError } from '../runtime.ts';
import { FieldShell } from './shell.tsx';
import type { FieldProps } from './types.ts';

export function attachmentList(value: unknown): AttachmentRef[] {
  return Array.isArray(value) ? (value.filter((v) => v && typeof v === 'object') as AttachmentRef[]) : [];
}

export function AttachmentsField(props: FieldProps) {
  const { element, schema, pointer, ctx } = props;
  const { t } = ctx;
  const id = inputId(pointer);
  const files = attachmentList(ctx.get(pointer));
  const max = typeof schema.maxItems === 'number' ? schema.maxItems : undefined;
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const input = useRef<HTMLInputElement>(null);

  const upload = async (chosen: File[]) => {
    const found: string[] = [];
    let count = files.length;
    for (const file of chosen) {
      if (max !== undefined && count >= max) {
        found.push(t('files.tooMany', { n: max }));
        break;
      }
      setStatus(t('files.uploading', { name: file.name }));
      try {
        const { blob, name } = await shrinkImage(file);
        const res = await api.upload(ctx.formId, blob, name, ctx.lang);
        if (res.status === 201 && res.body?.id) {
          const ref: AttachmentRef = { id: res.body.id, name: res.body.name, size: res.body.size, type: res.body.type };
          ctx.update(pointer, (prev) => [...attachmentList(prev), ref]);
          count++;
          setStatus(t('files.uploaded', { name: ref.name }));
        } else {
          found.push(t('files.failed', { name: file.name, reason: res.body?.message ?? '' }).trim());
        }
      } catch {
        found.push(t('files.failed', { name: file.name, reason: t('files.network') }));
      }
    }
    setProblems(found);
    if (found.length > 0) setStatus(found.join(' '));
    ctx.reveal(pointer);
  };

  const remove = (ref: AttachmentRef) => {
    ctx.update(pointer, (prev) => {
      const rest = attachmentList(prev).filter((f) => f.id !== ref.id);
      return rest.length > 0 ? rest : undefined;
    });
    setStatus(t('files.removed', { name: ref.name }));
    setProblems([]);
    input.current?.focus();
  };

  const localErrors: UiError[] = problems.map((message) => ({ path: pointer, code: 'upload', message }));
  const accept = element.accept?.join(',');
  return (
    <FieldShell
      {...props}
      ctx={{ ...ctx, errorsAt: (p) => [...localErrors, ...ctx.errorsAt(p)] }}
      hintExtra={
        <>
          <p>{t('files.hint')}</p>
          {max !== undefined && <p>{t('files.limit', { n: max })}</p>}
        </>
      }
    >
      {({ describedBy, invalid }) => (
        <>
          <input
            ref={input}
            id={id}
            name={id}
            class="file-input"
            type="file"
            multiple={max === undefined || max > 1}
            accept={accept}
            aria-describedby={describedBy}
            aria-invalid={invalid ? 'true' : undefined}
            onChange={(e) => {
              const chosen = [...(e.currentTarget.files ?? [])];
              e.currentTarget.value = '';
              if (chosen.length > 0) void upload(chosen);
            }}
          />
          <p class="status-line" role="status">
            {status}
          </p>
          {files.length > 0 && (
            <ul class="file-list">
              {files.map((f) => (
                <li class="file-list__item" key={f.id}>
                  <span class="file-list__name">{f.name}</span>
                  <span class="file-list__size">{formatSize(f.size, t)}</span>
                  <button type="button" class="button button--secondary button--small" onClick={() => remove(f)}>
                    {t('files.remove')}
                    <span class="visually-hidden">: {f.name}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </FieldShell>
  );
}
