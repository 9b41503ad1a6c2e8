// The notice wherever an instrument's questions are, or were, in another language than the user
// interface (bokmål): no licensed Norwegian wording is installed, and staff must not translate on the fly.
import { Alert, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';

const interfaceLanguage = 'nb';
const languageNames: Record<string, string> = { en: 'engelsk', nb: 'bokmål', nn: 'nynorsk' };

export const isForeignWording = (language: string): boolean => language !== interfaceLanguage;
const languageName = (language: string): string => languageNames[language] ?? language;

/** Above a form shown in a foreign language. */
export function ForeignWordingNotice({ instrumentId, language }: { instrumentId: string; language: string }) {
  if (!isForeignWording(language)) return null;
  const name = languageName(language);
  return (
    <Alert data-color="warning" className="foreign-wording-notice">
      <Heading level={4} data-size="xs">
        {instrumentId} vises på {name}
      </Heading>
      <Paragraph>
        Skjemaet vises på {name} fordi kommunen ikke har installert en lisensiert norsk oversettelse. Ikke oversett spørsmålene selv under samtalen: en egen oversettelse er ikke
        validert, og skåren kan da ikke sammenlignes med grenseverdiene. Forstår ikke personen {name} godt nok, velg et annet instrument.
      </Paragraph>
    </Alert>
  );
}

/** Beside a result answered in a foreign language. */
export function ForeignWordingTag({ language }: { language: string }) {
  if (!isForeignWording(language)) return null;
  return <Tag data-color="warning">Besvart på {languageName(language)} (ingen lisensiert norsk oversettelse)</Tag>;
}
