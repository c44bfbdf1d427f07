// The city's name as it heads its documents (「静岡市」), printed on every PDF.
import type { Config } from '../config.ts';

export function printCityName(config: Pick<Config, 'cityName'>): string {
  return config.cityName.trim();
}
