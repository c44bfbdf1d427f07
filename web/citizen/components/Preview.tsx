// Preview mode's own UI, loaded only on /preview/* (lib/preview.ts): the banner, the
// problems that keep a draft from showing, and the note on the check page. Its texts live
// here rather than in the catalogues, so citizens never download them.
import { useEffect, useRef } from 'preact/hooks';
import { useLang } from '../i18n/index.ts';

const TEXTS = {
  ja: {
    banner: 'プレビュー: 職員の確認用の表示です。入力しても申請されません。',
    broken: 'このフォームはまだ表示できません。ビルダーで次の点を直してください。',
    noSubmit: 'これはプレビューです。「送信する」はありません。入力した内容はどこにも送られません。',
  },
  en: {
    banner: 'Preview: for staff checking the form. Nothing you enter is filed.',
    broken: 'This form cannot be shown yet. Fix the following in the builder.',
    noSubmit: 'This is a preview: there is no "Submit". Nothing you entered is sent anywhere.',
  },
};

const useTexts = () => TEXTS[useLang().lang === 'en' ? 'en' : 'ja'];

/** The banner; asks `onReload` when the builder (same origin only) posts a reload. */
export function PreviewBanner({ onReload, problems }: { onReload(): void; problems?: string[] }) {
  const texts = useTexts();
  const reload = useRef(onReload);
  reload.current = onReload;
  useEffect(() => {
    const on = (e: MessageEvent) => {
      // Only our own pages may ask (any site could post to a window it opened).
      if (e.origin === location.origin && e.data?.type === 'madoguchi:preview-reload') reload.current();
    };
    addEventListener('message', on);
    return () => removeEventListener('message', on);
  }, []);
  return (
    <>
      <p class="notice preview-banner" role="note">
        {texts.banner}
      </p>
      {problems && (
        <div role="alert">
          <p>{texts.broken}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

export function PreviewNoSubmit() {
  return (
    <p class="notice" role="note">
      {useTexts().noSubmit}
    </p>
  );
}
