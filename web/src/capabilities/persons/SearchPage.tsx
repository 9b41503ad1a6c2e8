// Person search: name prefix or an 11-digit national id, among persons the user has a need to know about.
import { useEffect, useState, type FormEvent } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { useApi } from '../../platform/use-api.js';
import { Loading, ProblemAlert } from '../../platform/feedback.js';
import { useTitle } from '../../platform/use-title.js';
import type { Items, PersonSummary } from '../../platform/api-types.js';
import { SearchResults } from './SearchResults.js';

export function SearchPage() {
  useTitle('Personsøk');
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  const [tooShort, setTooShort] = useState(false);
  const result = useApi<Items<PersonSummary>>(q.trim().length >= 2 ? `/api/persons?q=${encodeURIComponent(q.trim())}` : null);

  useEffect(() => setText(q), [q]);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const value = text.trim();
    setTooShort(value.length < 2);
    if (value.length >= 2) setParams({ q: value });
  }

  return (
    <>
      <div className="page-head">
        <Heading level={1} data-size="lg">
          Personsøk
        </Heading>
        {may(user, 'person.create') && (
          <Button asChild variant="secondary">
            <RouterLink to="/personer/ny">Registrer ny person</RouterLink>
          </Button>
        )}
      </div>
      <form role="search" onSubmit={onSubmit} noValidate className="search-form">
        <Textfield
          label="Navn eller fødselsnummer"
          description="Skriv minst to bokstaver av fornavn eller etternavn, eller hele fødselsnummeret (11 siffer)."
          type="search"
          name="q"
          autoComplete="off"
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={tooShort ? 'Skriv minst to tegn.' : undefined}
        />
        <Button type="submit">Søk</Button>
      </form>
      <section aria-labelledby="results-heading" className="section">
        <Heading level={2} data-size="sm" id="results-heading">
          {q ? `Treff for «${q}»` : 'Treff'}
        </Heading>
        {result.loading && <Loading label="Søker …" />}
        <ProblemAlert error={result.error} />
        {!q && <Paragraph>Søk for å finne en person. Du ser bare personer du har tjenstlig behov for.</Paragraph>}
        {result.data && <SearchResults items={result.data.items} onCall={may(user, 'emergency.open')} />}
      </section>
    </>
  );
}
