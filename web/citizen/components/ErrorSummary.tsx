// The list of problems at the top of a page, each a link to the input concerned
// (GOV.UK pattern). It takes focus when it appears so screen readers read it first.
import { useEffect, useRef } from 'preact/hooks';
import { useLang } from '../i18n/index.ts';
import { focusById } from '../lib/router.ts';
import { inputId, parent } from '../lib/pointer.ts';
import type { UiError } from '../runtime.ts';

export interface SummaryItem {
  error: UiError;
  /** Link to another page; on the same page the input is focused directly. */
  href?: string;
}

/** Focuses the input for `error`, walking up the pointer when the exact part has no input. */
export function focusError(error: UiError): void {
  if (error.target && focusById(error.target)) return;
  for (let p = error.path; ; p = parent(p)) {
    if (focusById(inputId(p)) || focusById(`${inputId(p)}-fieldset`) || p === '') return;
  }
}

export function ErrorSummary({ items, title, focusKey }: { items: SummaryItem[]; title?: string; focusKey: number }) {
  const { t } = useLang();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey > 0) box.current?.focus();
  }, [focusKey]);
  if (items.length === 0) return null;
  return (
    <div class="error-summary" ref={box} tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 class="error-summary__title" id="error-summary-title">
        {title ?? t('summary.title')}
      </h2>
      <ul class="error-summary__list">
        {items.map(({ error, href }, i) => (
          <li key={i}>
            <a
              href={href ?? `#${error.target ?? inputId(error.path)}`}
              onClick={
                href
                  ? undefined
                  : (e) => {
                      e.preventDefault();
                      focusError(error);
                    }
              }
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
