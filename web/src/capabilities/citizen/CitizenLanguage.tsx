// Puts the person's own pages in their written language form: their own choice, else the
// municipality's. The page's `lang` attribute follows, so screen readers read nynorsk as nynorsk.
import { createContext, useContext, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { useApi, type Resource } from '../../platform/use-api.js';
import { Loading } from '../../platform/feedback.js';
import type { WrittenLanguageView } from '../../platform/api-types.js';
import { citizenI18n } from './i18n.js';

const LanguageContext = createContext<Resource<WrittenLanguageView> | null>(null);

/** The person's language form and a reload after they choose another. */
export function useWrittenLanguage(): Resource<WrittenLanguageView> {
  const resource = useContext(LanguageContext);
  if (!resource) throw new Error('useWrittenLanguage outside CitizenLanguage');
  return resource;
}

export function CitizenLanguage({ children }: { children: ReactNode }) {
  const language = useApi<WrittenLanguageView>('/api/me/written-language');
  const form = language.data?.writtenLanguage ?? 'nb';
  if (citizenI18n.language !== form) void citizenI18n.changeLanguage(form);
  // Until the choice is known, nothing: a page that switches language form under the reader is worse.
  if (language.loading && !language.data) return <Loading label="Henter …" />;
  return (
    <LanguageContext.Provider value={language}>
      <I18nextProvider i18n={citizenI18n}>
        <div lang={form}>{children}</div>
      </I18nextProvider>
    </LanguageContext.Provider>
  );
}
