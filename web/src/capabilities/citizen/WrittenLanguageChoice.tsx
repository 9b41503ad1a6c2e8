// The person chooses bokmål or nynorsk for their own pages and letters, or what the municipality uses.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import { ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { RadioGroup } from '../../platform/RadioGroup.js';
import type { WrittenLanguageView } from '../../platform/api-types.js';
import { useWrittenLanguage } from './CitizenLanguage.js';

type Choice = 'nb' | 'nn' | 'municipality';

export function WrittenLanguageChoice() {
  const { t } = useTranslation();
  const language = useWrittenLanguage();
  const submit = useSubmit();
  const [saved, setSaved] = useState(false);
  const view = language.data;
  if (!view) return null;

  async function choose(choice: Choice) {
    setSaved(false);
    const done = await submit.run(() => api.put<WrittenLanguageView>('/api/me/written-language', { writtenLanguage: choice === 'municipality' ? null : choice }));
    if (done) {
      setSaved(true);
      language.reload();
    }
  }

  return (
    <section aria-labelledby="written-language-heading" className="citizen-language">
      <Heading level={2} data-size="md" id="written-language-heading">
        {t('language.heading')}
      </Heading>
      <ProblemAlert error={submit.error} heading={t('language.notSaved')} />
      <RadioGroup<Choice>
        id="written-language"
        legend={t('language.legend')}
        value={view.own ?? 'municipality'}
        onChange={(choice) => void choose(choice)}
        options={[
          { value: 'nb', label: t('language.nb') },
          { value: 'nn', label: t('language.nn') },
          { value: 'municipality', label: t('language.municipality', { form: t(`language.${view.municipality}`).toLowerCase() }) },
        ]}
      />
      <SuccessMessage>{saved ? t('language.saved') : null}</SuccessMessage>
    </section>
  );
}
