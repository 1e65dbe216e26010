import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';

// One registered locale keeps the bundle small; names are English like the rest of the UI.
countries.registerLocale(en);

/** ISO 3166-1 alpha-2 codes with English names, sorted by name: the COUNTRY field's choices. */
export const COUNTRY_CHOICES: { code: string; name: string }[] = Object.entries(countries.getNames('en', { select: 'official' }))
  .map(([code, name]) => ({ code, name }))
  .sort((a, b) => a.name.localeCompare(b.name));

export const isCountryCode = (code: string): boolean => countries.isValid(code) && /^[A-Z]{2}$/.test(code);
export const countryName = (code: string): string => countries.getName(code, 'en') ?? code;
