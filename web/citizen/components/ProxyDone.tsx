// The receipt at the counter: print the filing for the citizen's signature (the staff
// print, with the signature box), hand over the receipt, and 「次の方」 for a fresh form.
import { useApplicationsText } from '../i18n/applications.ts';
import { nextPerson, signaturePdfUrl } from '../lib/proxy-mode.ts';

export function ProxyDone({ formId, receiptNumber }: { formId: string; receiptNumber: string }) {
  const tx = useApplicationsText();
  return (
    <div class="notice proxy-done">
      <p id="proxy-print-hint">{tx('proxy.printHint')}</p>
      <div class="actions actions--inline">
        <a class="button" href={signaturePdfUrl(receiptNumber)} target="_blank" rel="noopener" aria-describedby="proxy-print-hint">
          {tx('proxy.print')}
        </a>
        <button type="button" class="button button--secondary" onClick={() => nextPerson(formId)}>
          {tx('proxy.next')}
        </button>
      </div>
    </div>
  );
}
