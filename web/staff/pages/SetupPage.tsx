// 初期設定: the first administrator, created through the one-time link printed to the
// server console (`/staff/setup#token=...`). The token is in the fragment so it never
// reaches a server log or a Referer header.
import { useEffect, useState } from 'preact/hooks';
import { ErrorSummary, type SummaryItem } from '../components/ErrorSummary.tsx';
import { TextField } from '../components/fields.tsx';
import { PageTitle } from '../components/Layout.tsx';
import { useLang } from '../i18n/index.ts';
import { api } from '../lib/api.ts';
import { byField, type FieldErrors } from '../lib/field-errors.ts';
import { paths } from '../lib/routes.ts';
import { useSession } from '../lib/session.ts';
import { navigate } from '../../citizen/lib/router.ts';

export const MIN_PASSWORD = 12;

export function SetupPage() {
  const { t } = useLang();
  const session = useSession();
  const [token] = useState(() => new URLSearchParams(location.hash.slice(1)).get('token') ?? '');
  const [needed, setNeeded] = useState<boolean | null>(null);
  const [values, setValues] = useState({ login: '', displayName: '', password: '', confirm: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.setupNeeded().then((r) => setNeeded(r.status === 200 ? r.body.needed : false), () => setNeeded(false));
  }, []);
  const set = (k: keyof typeof values) => (v: string) => setValues({ ...values, [k]: v });

  const submit = async (e: Event) => {
    e.preventDefault();
    const found: FieldErrors = {};
    if (!values.login.trim()) found.login = t('setup.loginMissing');
    if (values.password.length < MIN_PASSWORD) found.password = t('password.tooShort', { n: MIN_PASSWORD });
    else if (values.confirm !== values.password) found.confirm = t('password.mismatch');
    if (Object.keys(found).length === 0) {
      setBusy(true);
      try {
        const res = await api.setup({ token, login: values.login.trim(), password: values.password, displayName: values.displayName.trim() || undefined });
        if (res.status === 201 && res.body.user) {
          session.signedIn(res.body.user, res.body.csrfToken);
          navigate(paths.forms, { replace: true }); // the token is spent: off the address bar and history
          return;
        }
        Object.assign(found, byField(res.body.errors));
        if (Object.keys(found).length === 0 || found['']) found.login = res.body.message ?? t('setup.failed');
        delete found[''];
      } catch {
        found.login = t('error.network');
      } finally {
        setBusy(false);
      }
    }
    setErrors(found);
    setAttempts((n) => n + 1);
  };

  if (needed === false) {
    return (
      <div class="narrow">
        <PageTitle title={t('setup.title')}>{t('setup.title')}</PageTitle>
        <p>{t('setup.done')}</p>
        <p>
          <a href={paths.login}>{t('login.title')}</a>
        </p>
      </div>
    );
  }
  const items: SummaryItem[] = Object.entries(errors).map(([k, message]) => ({ message, target: `setup-${k}` }));
  return (
    <div class="narrow">
      <ErrorSummary items={items} focusKey={attempts} />
      <PageTitle title={t('setup.title')}>{t('setup.title')}</PageTitle>
      {!token ? (
        <p class="notice notice--error">{t('setup.noToken')}</p>
      ) : (
        <>
          <p>{t('setup.intro')}</p>
          <form noValidate onSubmit={submit}>
            <TextField id="setup-login" label={t('login.login')} value={values.login} onValue={set('login')} error={errors.login} autoComplete="username" required />
            <TextField id="setup-displayName" label={t('users.displayName')} value={values.displayName} onValue={set('displayName')} error={errors.displayName} autoComplete="name" />
            <TextField
              id="setup-password"
              type="password"
              label={t('login.password')}
              hint={t('password.hint', { n: MIN_PASSWORD })}
              value={values.password}
              onValue={set('password')}
              error={errors.password}
              autoComplete="new-password"
              required
            />
            <TextField id="setup-confirm" type="password" label={t('password.confirm')} value={values.confirm} onValue={set('confirm')} error={errors.confirm} autoComplete="new-password" required />
            <div class="actions">
              <button type="submit" class="button" disabled={busy}>
                {t('setup.submit')}
              </button>
            </div>
          </form>
        </>
      )}
    </div>
  );
}
