// The caseworker's day: search, the person page, registering a person, and a refused person.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticNationalId } from '../../server/src/capabilities/persons/national-id.js';
import { axeSummary, click, expectAccessible, jsErrors, startHarness, type Harness } from './browser.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  console.log(`axe-core (persons):\n${axeSummary()}`);
  await h?.close();
});

function syntheticId(birthDate: string): string {
  for (let serial = 0; ; serial++) {
    const id = syntheticNationalId(birthDate, serial);
    if (id) return id;
  }
}

describe('saksbehandler', () => {
  it('søker opp Per Testesen, åpner personsiden, ser skjulte begrensede notater og skriver et notat', async () => {
    const { page } = await h.newPage();
    await h.login(page, 'kari.saksbehandler');
    await click(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Personsøk' }));
    await page.getByLabel('Navn eller fødselsnummer').fill('p');
    await click(page.getByRole('button', { name: 'Søk', exact: true }));
    await page.getByText('Skriv minst to tegn.').waitFor();

    await page.getByLabel('Navn eller fødselsnummer').fill('Testesen');
    await click(page.getByRole('button', { name: 'Søk', exact: true }));
    const row = page.getByRole('row', { name: /Testesen, Per/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('12.03.1984');
    expect(await row.textContent()).toContain('Syntetisk');
    await expectAccessible(page, 'søkeresultat');

    await click(row.getByRole('link', { name: 'Testesen, Per' }));
    await page.getByRole('heading', { level: 1, name: 'Per Testesen' }).waitFor();
    await page.getByText('Tilgang via: Tildelingskontoret').waitFor();
    await page.getByText('1 begrenset notat er skjult').waitFor();
    await page.getByRole('heading', { name: 'Henvendelse fra fastlege' }).waitFor();
    expect(await page.getByText('Samtale (terapinotat)').count()).toBe(0);
    const team = await page.getByRole('heading', { name: 'Team' }).locator('..').textContent();
    expect(team).toContain('Siri Koordinator');
    await expectAccessible(page, 'personside');

    await click(page.getByRole('button', { name: 'Skriv notat' }));
    await click(page.getByRole('button', { name: 'Lagre notat' }));
    await page.getByText('Rett opp dette før du lagrer:').waitFor();
    await page.getByLabel('Tittel').fill('Oppfølging avtalt');
    await page.getByLabel('Notat', { exact: true }).fill('Hjemmebesøk neste uke.');
    await click(page.getByRole('button', { name: 'Lagre notat' }));
    await page.getByText('Notatet er lagret.').waitFor();
    await page.getByRole('heading', { name: 'Oppfølging avtalt' }).waitFor();
    await expectAccessible(page, 'personside etter nytt notat');
    expect(jsErrors(page)).toEqual([]);
  });

  it('registrerer en person: ugyldig fødselsnummer gir feltfeil, gyldig syntetisk nummer lagres', async () => {
    const { page } = await h.newPage();
    await h.login(page, 'kari.saksbehandler');
    await click(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Registrer person' }));
    await page.getByRole('heading', { level: 1, name: 'Registrer person' }).waitFor();
    await expectAccessible(page, 'registrer person');

    const nationalId = page.getByLabel('Fødselsnummer eller D-nummer');
    await nationalId.fill('12345678901');
    await page.getByLabel('Fornavn').fill('Test');
    await page.getByLabel('Etternavn').fill('Registrert');
    await click(page.getByRole('button', { name: 'Registrer', exact: true }));
    await page.getByText('Rett opp dette før du lagrer:').waitFor();
    expect(await nationalId.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await nationalId.getAttribute('aria-describedby')) ?? '';
    const fieldMessages = await Promise.all(describedBy.split(' ').map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(fieldMessages.join(' ')).toContain('Ugyldig fødselsnummer');
    await expectAccessible(page, 'registrer person med feil');

    await nationalId.fill(syntheticId('1990-05-17'));
    await click(page.getByRole('button', { name: 'Registrer', exact: true }));
    await page.getByRole('heading', { level: 1, name: 'Test Registrert' }).waitFor();
    await page.getByText('Personen er registrert.').waitFor();
    await page.getByText('Syntetisk', { exact: true }).waitFor();
    expect(await page.getByText('17.05.1990').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'ny person');
  });

  it('får en tydelig norsk melding når Emma Berg åpnes uten tjenstlig behov', async () => {
    const emma = h.server.seed.personIds[7]!;
    const { page } = await h.newPage();
    await h.login(page, 'kari.saksbehandler');
    await page.goto(`/personer/${emma}`);
    await page.getByRole('heading', { level: 1, name: 'Ingen tilgang til personen' }).waitFor();
    await page.getByText('Du har ikke tjenstlig behov for denne personen').waitFor();
    expect(await page.getByText('Emma').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Åpne nødtilgang' }).count()).toBe(0);
    await expectAccessible(page, 'ingen tilgang');
  });
});
