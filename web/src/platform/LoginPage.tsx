// Login with a local account. Errors (wrong password, locked account) come from the API in Norwegian.
import { useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import { Alert, Button, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useAuth } from './auth.js';
import { useSubmit } from './use-api.js';
import { ProblemAlert } from './feedback.js';
import { useTitle } from './use-title.js';

export function LoginPage() {
  useTitle('Logg inn');
  const { login, notice, startupError } = useAuth();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ username?: string; password?: string }>({});
  const submit = useSubmit();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const check = { username: username.trim() ? undefined : 'Skriv brukernavnet ditt.', password: password ? undefined : 'Skriv passordet ditt.' };
    setMissing(check);
    if (check.username || check.password) return;
    const user = await submit.run(() => login(username.trim(), password));
    if (!user) setPassword('');
  }

  return (
    <>
      <header className="app-header">
        <div className="app-header__bar">
          <span className="app-brand">Helhet</span>
        </div>
      </header>
      <main id="main" className="app-main login">
        <Heading level={1} data-size="lg">
          Logg inn i Helhet
        </Heading>
        <Paragraph>Koordinerte tjenester for personer med samtidig rus- og psykisk lidelse.</Paragraph>
        {notice && !submit.error && (
          <Alert data-color="info" role="status">
            <Paragraph>{notice}</Paragraph>
          </Alert>
        )}
        <ProblemAlert error={startupError} />
        <form onSubmit={onSubmit} noValidate className="form-stack">
          <ProblemAlert error={submit.error} heading={submit.error?.code === 'RATE_LIMITED' ? 'For mange forsøk' : 'Innloggingen mislyktes'} />
          <Textfield
            label="Brukernavn"
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            error={missing.username ?? submit.fieldErrors.username}
            required
          />
          <Textfield
            label="Passord"
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={missing.password ?? submit.fieldErrors.password}
            required
          />
          <div>
            <Button type="submit" loading={submit.busy}>
              Logg inn
            </Button>
          </div>
        </form>
        <Paragraph>
          <Link asChild>
            <RouterLink to="/kode">Har du fått en engangskode?</RouterLink>
          </Link>
        </Paragraph>
      </main>
    </>
  );
}
