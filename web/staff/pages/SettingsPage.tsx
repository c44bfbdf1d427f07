// フォームの設定: title, department, category, when it opens and closes (Japan time), what
// citizens read once it is closed, and 定員・日時の枠 (PlacesFields.tsx: places for the whole
// form, or 日時の枠 with places each, and the waiting list; docs/adr/0014-capacity.md). Every
// problem is found before saving and listed in the ErrorSummary, linked to its input. Saved
// into the draft; in force once published.
import { useEffect, useRef, useState } from 'preact/hooks';
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
import { type WorkingCopy, loadWorkingCopy } from '../lib/working-copy.ts';
import type { Response } from '../lib/api.ts';
import { PlacesFields, type PlacesValues, applyPlaces, nextSlotId, placesErrors, placesValuesOf } from './PlacesFields.tsx';

interface Values {
  title: string;
  description: string;
  department: string;
  category: string;
  opensAt: string;
  closesAt: string;
  closedMessage: string;
  places: PlacesValues;
}
type TextKey = Exclude<keyof Values, 'places'>;
/** Keyed by the input's id without `settings-` (`form`: the save itself). */
type Errors = Record<string, string>;

/**
 * The working copy, and the slot ids its current version has: a draft may have dropped one
 * that has filings, and a new slot must not get it again.
 */
async function loadSettings(id: string): Promise<Response<WorkingCopy & { publishedSlotIds: string[] }>> {
  const res = await loadWorkingCopy(id);
  if (res.status !== 200) return res as Response<WorkingCopy & { publishedSlotIds: string[] }>;
  const { form, fromDraft } = res.body;
  let publishedSlotIds: string[] = [];
  if (fromDraft && form.currentVersion) {
    const v = await api.version(id, form.currentVersion).catch(() => null);
    if (v?.status === 200) publishedSlotIds = (v.body.definition.settings.slots ?? []).map((s) => s.id);
  }
  return { status: 200, body: { ...res.body, publishedSlotIds } };
}

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
    places: placesValuesOf(s),
  };
}

export function SettingsPage({ id }: { id: string }) {
  const { t } = useLang();
  const user = useUser();
  const loaded = useLoad(() => loadSettings(id), [id]);
  const known = useLoad(() => api.departments(), []);
  const [v, setV] = useState<Values | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [attempts, setAttempts] = useState(0);
  const [saved, setSaved] = useState('');
  const [busy, setBusy] = useState(false);
  // Every slot id seen on this page (kept across saves), so a fresh one is not handed out twice.
  const slotIds = useRef(new Set<string>());
  useEffect(() => {
    if (loaded.data && !v) setV(valuesOf(loaded.data.definition));
  }, [loaded.data]);

  if (loaded.failed !== null) return <LoadFailed retry={loaded.reload} status={loaded.failed} />;
  if (!loaded.data || !v) return <Loading />;
  const def = loaded.data.definition;
  const set = (k: TextKey) => (value: string) => {
    setV({ ...v, [k]: value });
    setSaved('');
  };
  const setPlaces = (places: PlacesValues) => {
    setV({ ...v, places });
    setSaved('');
  };
  const newSlotId = () => {
    const used = slotIds.current;
    for (const s of [...(def.settings.slots ?? []), ...v.places.slots]) used.add(s.id);
    for (const s of loaded.data!.publishedSlotIds) used.add(s);
    const id = nextSlotId(used);
    used.add(id);
    return id;
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
    Object.assign(found, placesErrors(v.places, t));
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
    applyPlaces(settings, v.places, def.settings.slots);
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

  const items: SummaryItem[] = Object.entries(errors).map(([k, message]) => ({ message, target: k === 'form' ? 'settings-save' : `settings-${k}` }));
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
        <PlacesFields values={v.places} onValues={setPlaces} errors={errors} newSlotId={newSlotId} />
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
