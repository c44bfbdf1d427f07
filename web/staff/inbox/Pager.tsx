// 前へ / 次へ as links (each page has its own URL), with where we are in words.
import { useLang } from '../i18n/index.ts';

export function Pager({ page, pages, href }: { page: number; pages: number; href(page: number): string }) {
  const { t } = useLang();
  if (pages <= 1) return null;
  return (
    <nav class="pager" aria-label={t('pager.label')}>
      {page > 1 ? (
        <a class="button button--secondary" href={href(page - 1)} rel="prev">
          {t('pager.prev')}
        </a>
      ) : (
        <span />
      )}
      <span class="pager__where">{t('pager.where', { page, pages })}</span>
      {page < pages ? (
        <a class="button button--secondary" href={href(page + 1)} rel="next">
          {t('pager.next')}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
