// 紙の様式 (designers): the city's own PDF forms for this form. Upload one, see its fields
// and pages, map answers onto it, print the 記入例 on it to check. Clerks then print any
// submission on it from the submission page.
import { useRef, useState } from 'preact/hooks';
import { text } from '../../../core/i18n.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { TextField } from '../components/fields.tsx';
import { LoadFailed, Loading, PageTitle } from '../components/Layout.tsx';
import { MappingEditor } from '../layouts/MappingEditor.tsx';
import { uploadLayout } from '../layouts/upload.ts';
import { useLang } from '../i18n/index.ts';
import { backoffice, type LayoutDetail } from '../lib/backoffice-api.ts';
import { byField } from '../lib/field-errors.ts';
import { formatDateTime } from '../lib/format.ts';
import { canDesign } from '../lib/roles.ts';
import { paths } from '../lib/routes.ts';
import { useUser } from '../lib/session.ts';
import { useLoad } from '../lib/use-load.ts';
import { loadWorkingCopy } from '../lib/working-copy.ts';

export function LayoutsPage({ id }: { id: string }) {
  const { lang, t } = useLang();
  const user = useUser();
  const form = useLoad(() => loadWorkingCopy(id), [id]);
  const list = useLoad(() => backoffice.layouts(id), [id]);
  const [open, setOpen] = useState<LayoutDetail | null>(null);
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  const [deleting, setDeleting] = useState<{ id: string; name: string } | null>(null);

  if (form.failed !== null) return <LoadFailed retry={form.reload} status={form.failed} />;
  if (!form.data) return <Loading />;
  const def = form.data.definition;
  const title = t('layouts.title', { title: text(def.title, lang) });
  const header = (
    <>
      <p class="breadcrumbs">
        <a href={paths.form(id)}>{text(def.title, lang)}</a>
      </p>
      <PageTitle title={title}>{title}</PageTitle>
    </>
  );
  if (!canDesign(user, form.data.form.department)) {
    return (
      <>
        {header}
        <p>{t('error.forbidden')}</p>
      </>
    );
  }
  const openLayout = async (layoutId: string) => {
    const res = await backoffice.layout(id, layoutId).catch(() => null);
    if (res?.status === 200) setOpen(res.body);
    else setStatus({ text: res?.body.message ?? t('error.load'), error: true });
  };
  const remove = async (layoutId: string, name: string) => {
    setDeleting(null);
    const res = await backoffice.deleteLayout(id, layoutId).catch(() => null);
    if (res && res.status >= 200 && res.status < 300) {
      setStatus({ text: t('layouts.deleted', { name }) });
      if (open?.id === layoutId) setOpen(null);
      list.reload();
    } else setStatus({ text: res?.body.message ?? t('error.failed'), error: true });
  };

  return (
    <>
      {header}
      <p>{t('layouts.intro')}</p>
      <div class="status-line" role="status">
        {status && <p class={status.error ? 'notice notice--error' : 'notice'}>{status.text}</p>}
      </div>
      <h2 id="layouts-list">{t('layouts.list')}</h2>
      {list.failed !== null ? (
        <LoadFailed retry={list.reload} status={list.failed} />
      ) : !list.data ? (
        <Loading />
      ) : list.data.layouts.length === 0 ? (
        <p class="muted">{t('layouts.empty')}</p>
      ) : (
        <ul class="plain-list layout-list">
          {list.data.layouts.map((l) => (
            <li key={l.id} class="layout-list__item">
              <span class="layout-list__name">{l.name}</span> {l.updatedAt && <span class="muted">{formatDateTime(l.updatedAt)}</span>}
              <span class="layout-list__actions">
                <button type="button" class="button button--small button--secondary" onClick={() => openLayout(l.id)}>
                  {t('layouts.edit', { name: l.name })}
                </button>
                <button type="button" class="button button--small button--warning" onClick={() => setDeleting({ id: l.id, name: l.name })}>
                  {t('layouts.delete', { name: l.name })}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {deleting && (
        <div class="confirm" role="alertdialog" aria-labelledby="layout-delete-text" aria-modal="false">
          <p id="layout-delete-text">{t('layouts.deleteConfirm', { name: deleting.name })}</p>
          <div class="actions actions--inline">
            <button type="button" class="button button--warning" ref={(b) => b?.focus()} onClick={() => remove(deleting.id, deleting.name)}>
              {t('layouts.delete', { name: deleting.name })}
            </button>
            <button type="button" class="button button--secondary" onClick={() => setDeleting(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {open && (
        <section aria-labelledby="layout-edit-title" class="panel">
          <h2 id="layout-edit-title">{t('layouts.editing', { name: open.name })}</h2>
          <MappingEditor
            key={open.id}
            formId={id}
            def={def}
            layout={open}
            onSaved={(l) => {
              setOpen(l);
              list.reload();
            }}
          />
        </section>
      )}
      <Upload
        formId={id}
        onUploaded={(l) => {
          setStatus({ text: t('layouts.uploaded', { name: l.name }) });
          setOpen(l);
          list.reload();
        }}
      />
    </>
  );
}

function Upload({ formId, onUploaded }: { formId: string; onUploaded(l: LayoutDetail): void }) {
  const { t } = useLang();
  const [name, setName] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState(false);
  const formEl = useRef<HTMLFormElement>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!file) found.file = t('layouts.fileMissing');
    if (file && Object.keys(found).length === 0) {
      setBusy(true);
      const res = await uploadLayout(formId, file, name.trim()).catch(() => null);
      setBusy(false);
      if (res && (res.status === 201 || res.status === 200)) {
        setErrors({});
        setName('');
        setFile(null);
        formEl.current?.reset(); // the file input forgets the uploaded file
        onUploaded(res.body);
        return;
      }
      if (!res) found.file = t('error.network');
      else {
        const by = byField(res.body.errors);
        if (by.name) found.name = by.name;
        if (by.file) found.file = by.file;
        if (Object.keys(found).length === 0) found.file = res.body.message ?? t('error.failed');
      }
    }
    setErrors(found);
    setAttempts((n) => n + 1);
  };

  return (
    <section aria-labelledby="layout-upload-title">
      <h2 id="layout-upload-title">{t('layouts.upload')}</h2>
      <ErrorSummary items={Object.entries(errors).map(([k, message]) => ({ message, target: `layout-${k}` }))} focusKey={attempts} />
      <form noValidate onSubmit={submit} ref={formEl}>
        <TextField id="layout-name" label={t('layouts.name')} hint={t('layouts.nameHint')} value={name} onValue={setName} error={errors.name} autoComplete="off" />
        <div class={`field${errors.file ? ' field--error' : ''}`}>
          <label class="label" for="layout-file">
            {t('layouts.file')}
          </label>
          <p class="hint" id="layout-file-hint">
            {t('layouts.fileHint')}
          </p>
          {errors.file && (
            <p class="error-message" id="layout-file-error">
              <span class="visually-hidden">{t('field.errorPrefix')} </span>
              {errors.file}
            </p>
          )}
          <input
            type="file"
            id="layout-file"
            class="file-input"
            accept="application/pdf,.pdf"
            aria-describedby={errors.file ? 'layout-file-hint layout-file-error' : 'layout-file-hint'}
            aria-invalid={errors.file ? 'true' : undefined}
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
          />
        </div>
        <button type="submit" class="button" disabled={busy}>
          {t('layouts.uploadSubmit')}
        </button>
      </form>
    </section>
  );
}
