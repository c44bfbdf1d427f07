// 窓口代理入力's banner: everyone at the counter sees that a clerk is entering this, and who.
// Without a staff session on the tablet it says so: the filing would be refused.
import { useEffect, useState } from 'preact/hooks';
import { useApplicationsText } from '../i18n/applications.ts';
import { useLang } from '../i18n/index.ts';
import { type Clerk, proxyClerk } from '../lib/proxy-mode.ts';

export function ProxyBanner() {
  const { lang } = useLang();
  const tx = useApplicationsText();
  const [clerk, setClerk] = useState<Clerk | null | undefined>(undefined);
  useEffect(() => {
    proxyClerk(lang).then(setClerk);
  }, []);
  if (clerk === undefined) return null;
  if (!clerk) {
    return (
      <div class="notice notice--error proxy-banner" role="alert">
        <p>{tx('proxy.noSession')}</p>
        <p>
          <a href="/staff/">{tx('proxy.login')}</a>
        </p>
      </div>
    );
  }
  return (
    <div class="notice proxy-banner" role="note">
      <p>
        <strong>{tx('proxy.banner', { name: clerk.displayName })}</strong>
      </p>
    </div>
  );
}
