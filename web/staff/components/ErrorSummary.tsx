// The problems of a page in one list at the top, each a link to the input at fault
// (GOV.UK pattern). It takes focus when it appears, so screen readers read it first.
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { useLang } from '../i18n/index.ts';
import { focusById } from '../../citizen/lib/router.ts';

export interface SummaryItem {
  message: string;
  /** id of the input (focused on click), or a URL to go to. */
  target?: string;
  href?: string;
}

export function ErrorSummary(props: { items: SummaryItem[]; title?: ComponentChildren; focusKey: number }) {
  const { t } = useLang();
  const box = useRef<HTMLDivElement>(null);
  // Unique: a page may show two summaries at once (the layout page's upload and mapping).
  const titleId = `error-summary-title${useId()}`;
  useEffect(() => {
    if (props.focusKey > 0) box.current?.focus();
  }, [props.focusKey]);
  if (props.items.length === 0) return null;
  return (
    <div class="error-summary" ref={box} tabIndex={-1} aria-labelledby={titleId}>
      <h2 class="error-summary__title" id={titleId}>
        {props.title ?? t('summary.title')}
      </h2>
      <ul class="error-summary__list">
        {props.items.map((item, i) => (
          <li key={i}>
            {item.target || item.href ? (
              <a
                href={item.href ?? `#${item.target}`}
                onClick={(e) => {
                  if (item.href || !item.target) return;
                  e.preventDefault();
                  focusById(item.target);
                }}
              >
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
