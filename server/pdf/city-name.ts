// The city's name as it heads its documents (「静岡市」), printed on every PDF. From
// `config.cityName` once the configuration carries it, else the CITY_NAME variable.
export function printCityName(config: object, env: NodeJS.ProcessEnv = process.env): string {
  const own = (config as { cityName?: unknown }).cityName;
  if (typeof own === 'string' && own.trim() !== '') return own.trim();
  return env.CITY_NAME?.trim() ?? '';
}
