// For people without BankID: the one-time code the coordinator handed over in a meeting gives a short
// session to read their own plan and crisis plan. Wrong, used or expired codes and too many attempts
// are explained in Norwegian by the API (problem+json detail).
import { useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import { Button, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useAuth } from '../../platform/auth.js';
import { useSubmit } from '../../platform/use-api.js';
import { ProblemAlert } from '../../platform/feedback.js';
import { useTitle } from '../../platform/use-title.js';

export function CodeLoginPage() {
  useTitle('Logg inn med engangskode');
  const { loginWithCode } = useAuth();
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState<string | undefined>(undefined);
  const submit = useSubmit();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const empty = code.trim() ? undefined : 'Skriv koden du har fått.';
    setMissing(empty);
    if (empty) return;
    // On success the auth context gets the person user and the route sends them to «Min plan».
    await submit.run(() => loginWithCode(code.trim()));
  }

  const heading = submit.error?.code === 'RATE_LIMITED' ? 'For mange forsøk' : 'Koden virket ikke';
  return (
    <>
      <header className="app-header">
        <div className="app-header__bar">
          <span className="app-brand">Helhet</span>
        </div>
      </header>
      <main id="main" className="app-main citizen-code citizen-page">
        <Heading level={1} data-size="lg">
          Se planen din med engangskode
        </Heading>
        <Paragraph>Har du fått en kode av koordinatoren din? Skriv den her for å lese planen din og kriseplanen din. Koden kan brukes én gang, og den virker bare en kort stund.</Paragraph>
        <form onSubmit={onSubmit} noValidate className="form-stack">
          <ProblemAlert error={submit.error} heading={heading} focus />
          <Textfield
            label="Engangskode"
            name="code"
            autoComplete="one-time-code"
            autoCapitalize="characters"
            spellCheck={false}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            error={missing ?? submit.fieldErrors.code}
            required
          />
          <div>
            <Button type="submit" loading={submit.busy}>
              Se planen min
            </Button>
          </div>
        </form>
        <Paragraph>
          <Link asChild>
            <RouterLink to="/logg-inn">Til vanlig innlogging</RouterLink>
          </Link>
        </Paragraph>
      </main>
    </>
  );
}
