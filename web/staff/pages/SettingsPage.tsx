// フォームの設定: title, department, category, when it opens and closes (Japan time), what
// citizens read once it is closed, and the maximum number of submissions. Saved into the
// draft; in force once published.
import { useEffect, useState } from 'preact/hooks';
import type { FormDefinition, Settings } from '../../../core/definition.ts';
import { ErrorSummary, type SummaryItem } from '../components/ErrorSummary.tsx';
import { SelectField, TextArea, TextField } from '../components/fields.tsx';
import { LoadFailed, Loading, PageTitle } from '../components/Layout.tsx';
import { useLang } from '../i18n/index.ts';
import { api } from '../lib/api.ts';
import { formatTime, fromLocalInput, toLocalInput } from '../lib/format.ts';
import { categoryOptions } from '../lib/labels.ts';
import { designDepartments } from '../lib/roles.ts';
import { paths } from '../lib/routes.ts';
import { useUser } from '../lib/session.ts';
import { useLoad } from '../lib/use-load.ts';
import { loadWorkingCopy } from '../lib/working-copy.ts';

interface Values {
  title: string;
  description: string;
  department: string;
  category: string;
  opensAt: string;
  closesAt: string;
  closedMessage: string;
  capacity: string;
}
type Errors = Partial<Record<keyof Values | 'form', string>>;

function valuesOf(def: FormDefinition): Values {
  const s = def.settings;
  return {
    title: def.title.ja,
    description: def.description?.ja ?? '',
    department: s.department,
    category: def.category,
    opensAt: toLocalInput(s.opensAt),
    closesAt: toLocalInput(s.closesAt),
    closedMessage: s.closedMessage?.ja ?? '',
    capacity: s.capacity === undefined ? '' : String(s.capacity),
  };
}

export function SettingsPage({ id }: { id: string }) {
  const { t } = useLang();
  const user = useUser();
  const loaded = useLoad(() => loadWorkingCopy(id), [id]);
  const known = useLoad(() => api.departments(), []);
  const [v, setV] = useState<Values | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [attempts, setAttempts] = useState(0);
  const [saved, setSaved] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (loaded.data && !v) setV(valuesOf(loaded.data.definition));
  }, [loaded.data]);

  if (loaded.failed !== null) return <LoadFailed retry={loaded.reload} status={loaded.failed} />;
  if (!loaded.data || !v) return <Loading />;
  const def = loaded.data.definition;
  const set = (k: keyof Values) => (value: string) => {
    setV({ ...v, [k]: value });
    setSaved('');
  };
  const departments = designDepartments(user, [...(known.data?.departments ?? []), def.settings.department]);

  const save = async (e: Event) => {
    e.preventDefault();
    const found: Errors = {};
    if (!v.title.trim()) found.title = t('settings.titleMissing');
    const opensAt = v.opensAt ? fromLocalInput(v.opensAt) : undefined;
    const closesAt = v.closesAt ? fromLocalInput(v.closesAt) : undefined;
    if (v.opensAt && !opensAt) found.opensAt = t('settings.dateInvalid');
    if (v.closesAt && !closesAt) found.closesAt = t('settings.dateInvalid');
    if (opensAt && closesAt && closesAt <= opensAt) found.closesAt = t('settings.closesBeforeOpens');
    const capacity = v.capacity.trim() === '' ? undefined : Number(v.capacity);
    if (capacity !== undefined && (!Number.isInteger(capacity) || capacity < 1)) found.capacity = t('settings.capacityInvalid');
    if (Object.keys(found).length > 0) {
      setErrors(found);
      setAttempts((n) => n + 1);
      return;
    }
    const settings: Settings = { ...def.settings, department: v.department };
    const put = <K extends keyof Settings>(k: K, value: Settings[K] | undefined) => {
      if (value === undefined) delete settings[k];
      else settings[k] = value;
    };
    put('opensAt', opensAt);
    put('closesAt', closesAt);
    put('capacity', capacity);
    put('closedMessage', v.closedMessage.trim() ? { ...def.settings.closedMessage, ja: v.closedMessage.trim() } : undefined);
    const next: FormDefinition = {
      ...def,
      title: { ...def.title, ja: v.title.trim() },
      category: v.category as FormDefinition['category'],
      settings,
    };
    if (v.description.trim()) next.description = { ...def.description, ja: v.description.trim() };
    else delete next.description;
    setBusy(true);
    try {
      const res = await api.saveDraft(id, next);
      if (res.status === 200) {
        setErrors({});
        setSaved(t('autosave.saved', { time: formatTime(res.body.savedAt ?? new Date().toISOString()) }));
        loaded.reload();
        setV(null);
        return;
      }
      setErrors({ form: res.body.message ?? t('error.failed') });
    } catch {
      setErrors({ form: t('error.network') });
    } finally {
      setBusy(false);
    }
    setAttempts((n) => n + 1);
  };

  const items: SummaryItem[] = (Object.entries(errors) as [string, string][]).map(([k, message]) => ({ message, target: k === 'form' ? 'settings-save' : `settings-${k}` }));
  return (
    <>
      <p class="breadcrumbs">
        <a href={paths.forms}>{t('nav.forms')}</a> › <a href={paths.form(id)}>{def.title.ja}</a>
      </p>
      <ErrorSummary items={items} focusKey={attempts} />
      <PageTitle title={t('settings.title')}>{t('settings.title')}</PageTitle>
      <p class="hint">{t('settings.intro')}</p>
      <form noValidate onSubmit={save}>
        <TextField id="settings-title" label={t('settings.formTitle')} value={v.title} onValue={set('title')} error={errors.title} required />
        <TextArea id="settings-description" label={t('settings.description')} value={v.description} onValue={set('description')} rows={3} />
        <SelectField
          id="settings-department"
          label={t('settings.department')}
          value={v.department}
          onValue={set('department')}
          options={departments.map((d) => ({ value: d, label: d }))}
        />
        <SelectField id="settings-category" label={t('settings.category')} value={v.category} onValue={set('category')} options={categoryOptions(t)} />
        <fieldset class="fieldset">
          <legend class="legend">{t('settings.period')}</legend>
          <p class="hint">{t('settings.periodHint')}</p>
          <TextField id="settings-opensAt" type="datetime-local" label={t('settings.opensAt')} value={v.opensAt} onValue={set('opensAt')} error={errors.opensAt} />
          <TextField id="settings-closesAt" type="datetime-local" label={t('settings.closesAt')} value={v.closesAt} onValue={set('closesAt')} error={errors.closesAt} />
        </fieldset>
        <TextArea
          id="settings-closedMessage"
          label={t('settings.closedMessage')}
          hint={t('settings.closedMessageHint')}
          value={v.closedMessage}
          onValue={set('closedMessage')}
          rows={3}
        />
        <TextField
          id="settings-capacity"
          type="number"
          inputMode="numeric"
          min={1}
          label={t('settings.capacity')}
          hint={t('settings.capacityHint')}
          value={v.capacity}
          onValue={set('capacity')}
          error={errors.capacity}
          class="field--short"
        />
        {errors.form && (
          <p class="notice notice--error" role="alert">
            {errors.form}
          </p>
        )}
        <div class="actions">
          <button type="submit" class="button" id="settings-save" disabled={busy}>
            {t('settings.save')}
          </button>
          <a class="button button--secondary" href={paths.form(id)}>
            {t('common.back')}
          </a>
        </div>
        <p class="status-line" role="status">
          {saved}
        </p>
      </form>
    </>
  );
}
