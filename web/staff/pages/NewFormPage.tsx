// 新しいフォーム: blank, from a procedure of the library, a copy of an existing form, or an
// imported JSON file (how cities share forms). An import the server refuses lists every
// problem with where it is; nothing is stored then.
import { useState } from 'preact/hooks';
import type { FormDefinition } from '../../../core/definition.ts';
import { text } from '../../../core/i18n.ts';
import { navigate, useLocation } from '../../citizen/lib/router.ts';
import { ErrorSummary, type SummaryItem } from '../components/ErrorSummary.tsx';
import { SelectField, TextField, describedBy, errorId, hintId } from '../components/fields.tsx';
import { PageTitle } from '../components/Layout.tsx';
import { useLang } from '../i18n/index.ts';
import { api, type NewForm, type Problem } from '../lib/api.ts';
import { categoryOptions, FORM_ID } from '../lib/labels.ts';
import { locate } from '../lib/locate.ts';
import { designDepartments } from '../lib/roles.ts';
import { paths } from '../lib/routes.ts';
import { useUser } from '../lib/session.ts';
import { useLoad } from '../lib/use-load.ts';

type Method = 'blank' | 'template' | 'copy' | 'import';
const METHODS: Method[] = ['blank', 'template', 'copy', 'import'];
type Errors = Partial<Record<'id' | 'title' | 'department' | 'template' | 'copyOf' | 'file' | 'form', string>>;

export function NewFormPage() {
  const { lang, t } = useLang();
  const user = useUser();
  const { query } = useLocation();
  const [method, setMethod] = useState<Method>(query.get('copyOf') ? 'copy' : 'blank');
  const [v, setV] = useState({ id: '', title: '', department: '', category: 'other', template: '', copyOf: query.get('copyOf') ?? '' });
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [importProblems, setImportProblems] = useState<{ problems: Problem[]; def: FormDefinition | null } | null>(null);
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState(false);
  const known = useLoad(() => api.departments(), []);
  const templates = useLoad(() => api.templates(), []);
  const forms = useLoad(() => api.forms(), []);
  const departments = designDepartments(user, known.data?.departments ?? []);
  const department = v.department || departments[0] || '';
  const set = (k: keyof typeof v) => (value: string) => setV({ ...v, [k]: value });

  const fail = (found: Errors) => {
    setErrors(found);
    setAttempts((n) => n + 1);
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    setImportProblems(null);
    const found: Errors = {};
    const id = v.id.trim();
    let body: NewForm;
    let imported: FormDefinition | null = null;
    if (method === 'blank' || method === 'copy' || (method === 'template' && id)) {
      if (!FORM_ID.test(id)) found.id = t('new.idInvalid');
    }
    if (method === 'blank') {
      if (!v.title.trim()) found.title = t('new.titleMissing');
      if (!department) found.department = t('new.departmentMissing');
      body = { blank: { id, title: v.title.trim(), department, category: v.category } };
    } else if (method === 'template') {
      if (!v.template) found.template = t('new.templateMissing');
      body = id ? { template: v.template, id } : { template: v.template };
    } else if (method === 'copy') {
      if (!v.copyOf) found.copyOf = t('new.copyMissing');
      body = { copyOf: v.copyOf, id };
    } else {
      if (!file) found.file = t('new.fileMissing');
      else {
        try {
          imported = JSON.parse(file.text) as FormDefinition;
        } catch (err) {
          found.file = t('new.fileNotJson', { detail: (err as Error).message });
        }
      }
      body = { definition: imported };
    }
    if (Object.keys(found).length > 0) return fail(found);
    setBusy(true);
    try {
      const res = await api.create(body);
      if (res.status === 201 && res.body.id) {
        navigate(paths.build(res.body.id));
        return;
      }
      if (res.status === 409) return fail({ id: t('new.idTaken', { id: method === 'import' ? (imported?.id ?? '') : id }), ...(method === 'import' ? { file: t('new.idTaken', { id: imported?.id ?? '' }) } : {}) });
      if (res.status === 400 && method === 'import') {
        setImportProblems({ problems: res.body.errors ?? [{ path: '', message: res.body.message ?? t('error.failed') }], def: imported });
        return fail({ file: t('new.importRefused', { n: res.body.errors?.length ?? 1 }) });
      }
      const byKey: Errors = {};
      for (const p of res.body.errors ?? []) {
        const key = p.path.split('/').pop() as keyof Errors;
        byKey[['id', 'title', 'department', 'template', 'copyOf'].includes(key) ? key : 'form'] ??= p.message;
      }
      if (Object.keys(byKey).length === 0) byKey.form = res.body.message ?? t('error.failed');
      fail(byKey);
    } catch {
      fail({ form: t('error.network') });
    } finally {
      setBusy(false);
    }
  };

  const target: Record<keyof Errors, string> = {
    id: 'new-id',
    title: 'new-title',
    department: 'new-department',
    template: 'new-template',
    copyOf: 'new-copyOf',
    file: 'new-file',
    form: 'new-method-blank',
  };
  const items: SummaryItem[] = (Object.entries(errors) as [keyof Errors, string][]).map(([k, message]) => ({ message, target: target[k] }));
  const idField = (optional: boolean) => (
    <TextField
      id="new-id"
      label={t('new.id')}
      hint={optional ? t('new.idHintOptional') : t('new.idHint')}
      value={v.id}
      onValue={set('id')}
      error={errors.id}
      required={!optional}
      autoCapitalize="none"
      spellcheck={false}
    />
  );

  return (
    <>
      <p class="breadcrumbs">
        <a href={paths.forms}>{t('nav.forms')}</a>
      </p>
      <ErrorSummary items={items} focusKey={attempts} />
      <PageTitle title={t('new.title')}>{t('new.title')}</PageTitle>
      <form noValidate onSubmit={submit}>
        <fieldset class="fieldset">
          <legend class="legend">{t('new.method')}</legend>
          <div class="choices">
            {METHODS.map((m) => (
              <div class="choice" key={m}>
                <input type="radio" id={`new-method-${m}`} name="method" value={m} checked={method === m} onChange={() => setMethod(m)} />
                <label for={`new-method-${m}`}>{t(`new.method.${m}`)}</label>
              </div>
            ))}
          </div>
        </fieldset>

        {method === 'blank' && (
          <>
            <TextField id="new-title" label={t('new.formTitle')} value={v.title} onValue={set('title')} error={errors.title} required />
            {idField(false)}
            <SelectField
              id="new-department"
              label={t('settings.department')}
              value={department}
              onValue={set('department')}
              error={errors.department}
              options={departments.map((d) => ({ value: d, label: d }))}
              required
            />
            <SelectField id="new-category" label={t('settings.category')} value={v.category} onValue={set('category')} options={categoryOptions(t)} />
          </>
        )}
        {method === 'template' && (
          <>
            <SelectField
              id="new-template"
              label={t('new.template')}
              value={v.template}
              onValue={set('template')}
              error={errors.template}
              required
              options={[
                { value: '', label: t('common.choose') },
                ...(templates.data?.templates ?? []).map((x) => ({ value: x.template, label: `${text(x.title, lang)}（${x.department}）` })),
              ]}
            />
            {idField(true)}
          </>
        )}
        {method === 'copy' && (
          <>
            <SelectField
              id="new-copyOf"
              label={t('new.copyOf')}
              value={v.copyOf}
              onValue={set('copyOf')}
              error={errors.copyOf}
              required
              options={[{ value: '', label: t('common.choose') }, ...(forms.data?.forms ?? []).map((f) => ({ value: f.id, label: `${text(f.title, lang)}（${f.id}）` }))]}
            />
            {idField(false)}
          </>
        )}
        {method === 'import' && (
          <div class={`field${errors.file ? ' field--error' : ''}`}>
            <label class="label" for="new-file">
              {t('new.file')}
            </label>
            <p class="hint" id={hintId('new-file')}>
              {t('new.fileHint')}
            </p>
            {errors.file && (
              <p class="error-message" id={errorId('new-file')}>
                <span class="visually-hidden">{t('field.errorPrefix')} </span>
                {errors.file}
              </p>
            )}
            <input
              type="file"
              id="new-file"
              class="file-input"
              accept="application/json,.json"
              aria-describedby={describedBy(hintId('new-file'), errors.file && errorId('new-file'), importProblems && 'import-problems')}
              aria-invalid={errors.file ? 'true' : undefined}
              onChange={async (e) => {
                const f = e.currentTarget.files?.[0];
                setImportProblems(null);
                setFile(f ? { name: f.name, text: await f.text() } : null);
              }}
            />
          </div>
        )}
        {importProblems && <ImportProblems {...importProblems} />}
        {errors.form && (
          <p class="notice notice--error" role="alert">
            {errors.form}
          </p>
        )}
        <div class="actions">
          <button type="submit" class="button" disabled={busy}>
            {t('new.submit')}
          </button>
        </div>
      </form>
    </>
  );
}

/** Every problem of a refused import, with where in the file it is. */
function ImportProblems({ problems, def }: { problems: Problem[]; def: FormDefinition | null }) {
  const { lang, t } = useLang();
  // The file may be any JSON: describe the place only when its shape allows.
  const where = (d: FormDefinition | null, path: string) => {
    try {
      return locate(d && typeof d === 'object' && Array.isArray(d.ui?.pages) ? d : null, path, lang, t).where;
    } catch {
      return path;
    }
  };
  return (
    <div class="notice notice--error" id="import-problems">
      <h2 class="notice__title">{t('new.importProblems', { n: problems.length })}</h2>
      <table class="table">
        <thead>
          <tr>
            <th scope="col">{t('problems.where')}</th>
            <th scope="col">{t('problems.what')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={i}>
              <td>
                {where(def, p.path)}
                <span class="muted small"> {p.path}</span>
              </td>
              <td>{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
