// The citizen pages' texts in bokmål and nynorsk (i18next; keys in English, one resource file per
// language form). Staff pages stay in bokmål.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import nb from './texts.nb.json' with { type: 'json' };
import nn from './texts.nn.json' with { type: 'json' };

export const citizenI18n = i18next.createInstance();
void citizenI18n.use(initReactI18next).init({
  initAsync: false,
  lng: 'nb',
  fallbackLng: 'nb',
  ns: ['citizen'],
  defaultNS: 'citizen',
  resources: { nb: { citizen: nb }, nn: { citizen: nn } },
  interpolation: { escapeValue: false },
});
