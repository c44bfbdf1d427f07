// /resume/:token: the 一時保存 link. Fetches the saved answers (server/drafts), puts them
// into this device's session and continues on the page the citizen was on. Loaded only
// when such a link is opened.
import { useContext, useEffect, useState } from 'preact/hooks';
import { LoadError, Loading, PageTitle } from '../components/Layout.tsx';
import { useSaveText } from '../i18n/save-texts.ts';
import { useLang } from '../i18n/index.ts';
import { type ApiError, enc, request } from '../lib/api.ts';
import { navigate } from '../lib/router.ts';
import { StoreContext } from '../store.ts';

interface OpenedDraft {
  formId: string;
  version: number;
  answers: Record<string, unknown>;
  page: number;
  expiresAt: string;
}

export function ResumePage({ token }: { token: string }) {
  const { lang, t } = useLang();
  const st = useSaveText();
  const store = useContext(StoreContext);
  const [state, setState] = useState<'loading' | 'gone' | 'failed'>('loading');
  const open = () => {
    setState('loading');
    request<OpenedDraft & ApiError>('GET', `/api/drafts/${enc(token)}`, lang).then(
      (res) => {
        if (res.status !== 200 || !res.body?.formId) return setState(res.status === 404 ? 'gone' : 'failed');
        const d = res.body;
        store.restore(d.formId, d.answers, token);
        // Off the secret URL at once: it should not linger in the history or be shared from the address bar.
        navigate(`/forms/${enc(d.formId)}/p/${Math.max(0, d.page) + 1}`, { replace: true });
      },
      () => setState('failed'),
    );
  };
  useEffect(open, [token]);

  if (state === 'failed') return <LoadError retry={open} />;
  if (state === 'loading') {
    return (
      <>
        <PageTitle title={st('resume.title')}>{st('resume.title')}</PageTitle>
        <Loading />
      </>
    );
  }
  return (
    <>
      <PageTitle title={st('resume.gone')}>{st('resume.gone')}</PageTitle>
      <p>{st('resume.goneBody')}</p>
      <p>
        <a href="/">{t('app.home')}</a>
      </p>
    </>
  );
}
