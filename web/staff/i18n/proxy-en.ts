import type { proxyJa } from './proxy-ja.ts';

export const proxyEn: Record<keyof typeof proxyJa, string> = {
  'proxy.title': 'Fill in at the counter',
  'proxy.intro': 'Enter an application on this device with the applicant, or for them. When sent, it is recorded that you entered it. Nothing entered stays on this device.',
  'proxy.open': 'Fill in at the counter',
  'proxy.openNamed': 'Fill in "{title}" at the counter',
  'proxy.none': 'There are no published procedures you can fill in at the counter.',
};
