// Language codes (ISO 639-1) shown in Norwegian.
const languages: Record<string, string> = {
  nb: 'Norsk bokmål',
  nn: 'Norsk nynorsk',
  no: 'Norsk',
  se: 'Nordsamisk',
  en: 'Engelsk',
  sv: 'Svensk',
  da: 'Dansk',
  pl: 'Polsk',
  lt: 'Litauisk',
  uk: 'Ukrainsk',
  ru: 'Russisk',
  ar: 'Arabisk',
  so: 'Somali',
  ti: 'Tigrinja',
  fa: 'Persisk',
  ur: 'Urdu',
  tr: 'Tyrkisk',
  th: 'Thai',
};

export function languageName(code: string): string {
  return languages[code.toLowerCase()] ?? code;
}
