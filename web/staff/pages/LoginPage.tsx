// ログイン. Wrong credentials name no field in particular (the server does not say which
// was wrong); a lockout after repeated failures says how long to wait.
import { useEffect, useState } from 'preact/hooks';
import { ErrorSummary, type SummaryItem } from '../components/ErrorSummary.tsx';
import { TextField } from '../components/fields.tsx';
import { PageTitle } from '../components/Layout.tsx';
import { useLang } from '../i18n/index.ts';
import { api } from '../lib/api.ts';
import { useSession } from '../lib/session.ts';

export function LoginPage() {
  const { t } = useLang();
  const session = useSession();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ login?: string; password?: string }>({});
  const [problem, setProblem] = useState('');
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState(false);
  const [setupNeeded, setSetupNeeded] = useState(false);

  useEffect(() => {
    api.setupNeeded().then((r) => setSetupNeeded(r.status === 200 && r.body.needed === true), () => {});
  }, []);

  const submit = async (e: Event) => {
    e.preventDefault();
    const missing = {
      login: login.trim() ? undefined : t('login.loginMissing'),
      password: password ? undefined : t('login.passwordMissing'),
    };
    setErrors(missing);
    setProblem('');
    if (missing.login || missing.password) {
      setAttempts((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      const res = await api.login(login.trim(), password);
      if (res.status === 200 && res.body.user) {
        session.signedIn(res.body.user, res.body.csrfToken);
        return;
      }
      if (res.status === 429) {
        const minutes = Math.max(1, Math.ceil((Number(res.body.retryAfter) || 900) / 60));
        setProblem(t('login.locked', { minutes }));
      } else if (res.status === 401) setProblem(t('login.bad'));
      else setProblem(res.body.message ?? t('error.failed'));
      setPassword('');
      setAttempts((n) => n + 1);
    } catch {
      setProblem(t('error.network'));
      setAttempts((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  const items: SummaryItem[] = [
    ...(errors.login ? [{ message: errors.login, target: 'login' }] : []),
    ...(errors.password ? [{ message: errors.password, target: 'password' }] : []),
    ...(problem ? [{ message: problem, target: 'login' }] : []),
  ];
  return (
    <div class="narrow">
      <ErrorSummary items={items} focusKey={attempts} title={problem ? t('login.failedTitle') : undefined} />
      <PageTitle title={t('login.title')}>{t('login.title')}</PageTitle>
      {setupNeeded && <p class="notice">{t('login.setupNeeded')}</p>}
      <form noValidate onSubmit={submit}>
        <TextField id="login" label={t('login.login')} value={login} onValue={setLogin} error={errors.login} autoComplete="username" autoCapitalize="none" spellcheck={false} />
        <TextField id="password" type="password" label={t('login.password')} value={password} onValue={setPassword} error={errors.password} autoComplete="current-password" />
        <div class="actions">
          <button type="submit" class="button" disabled={busy}>
            {busy ? t('login.busy') : t('login.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
