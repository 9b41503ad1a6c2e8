// Whole-person follow-up in the browser: a child as relative registered and followed up (clarification
// form, information, follow-up by the child-responsible staff), a risk flag a NAV adviser sees without
// the restricted basis behind it, the specialist and activity pages, and axe on each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeSummary, check, click, expectAccessible, jsErrors, startHarness, type Harness } from './browser.js';
import { TestClient } from '../../server/src/test/http-client.js';
import { webTestPassword } from '../../server/src/test/web-server.js';

let h: Harness;
const restrictedBasis = 'Truet nabo med kniv i trappeoppgangen';

beforeAll(async () => {
  h = await startHarness();
  // The unit leader appoints Ola as child-responsible in Psykisk helse og rus (an API call; the page for it is the organisation's).
  const lena = new TestClient(h.server.baseUrl);
  await lena.login('lena.leder', webTestPassword);
  const answer = await lena.put(`/api/units/${h.server.seed.unitIds.psykiskHelseRus}/child-responsible`, { userId: h.server.seed.userIds['ola.tjenesteyter'] });
  expect(answer.status).toBe(204);
});

afterAll(async () => {
  console.log(`axe-core (whole person):\n${axeSummary()}`);
  await h?.close();
});

describe('helhetlig oppfølging', () => {
  it('koordinatoren registrerer et barn som pårørende, avklarer og informerer; barneansvarlig følger opp', async () => {
    const per = h.server.seed.personIds[0]!;
    const { page } = await h.newPage();
    await h.login(page, 'siri.koordinator');
    await page.goto(`/personer/${per}/parorende`);
    await page.getByRole('heading', { level: 2, name: 'Pårørende og barn som pårørende' }).waitFor();
    await page.getByText('Ingen pårørende er registrert.').first().waitFor();
    await expectAccessible(page, 'pårørende (tom)');

    await click(page.getByRole('button', { name: 'Registrer pårørende' }));
    await click(page.getByRole('button', { name: 'Lagre pårørende' }));
    await page.getByText('Rett opp dette før du lagrer:').waitFor();
    await expectAccessible(page, 'pårørende-skjema med feil');
    await page.getByLabel('Navn', { exact: true }).fill('Ola Testesen');
    await page.getByLabel('Relasjon (f.eks. mor, sønn, samboer)').fill('Sønn');
    await check(page.getByLabel('Barn under 18 år'));
    await page.getByLabel('Barnets fødselsdato').fill('2015-05-01');
    await check(page.getByLabel('Samtykke gitt'));
    await check(page.getByLabel('Generell informasjon'));
    await click(page.getByRole('button', { name: 'Lagre pårørende' }));
    await page.getByText('Den pårørende er registrert.').waitFor();
    await page.getByRole('heading', { level: 3, name: /Ola Testesen \(Sønn\), født 01\.05\.2015/ }).waitFor();

    await click(page.getByRole('button', { name: 'Avklaring av barnets situasjon' }));
    await page.getByLabel('Hvem har omsorgen for barnet nå?').fill('Mor, Hanne Hansen');
    await check(page.getByRole('group', { name: 'Kjenner barnet til forelderens situasjon?' }).getByLabel('Ja'));
    await page.getByLabel('Barnets behov for informasjon og oppfølging').fill('Trenger å vite at pappa får hjelp');
    await check(page.getByRole('group', { name: /grunn til bekymring/ }).getByLabel('Nei'));
    await page.getByLabel('Hva ble gjort').fill('Samtale med Per om Ola');
    await expectAccessible(page, 'skjema for barn som pårørende');
    await click(page.getByRole('button', { name: 'Lagre' }));
    await page.getByText('Avklaring av barnets situasjon er registrert.').waitFor();

    await click(page.getByRole('button', { name: 'Informasjon til barnet' }));
    await page.getByLabel('Hva ble gjort').fill('Ola fikk informasjon tilpasset alder, sammen med mor');
    await click(page.getByRole('button', { name: 'Lagre' }));
    await page.getByText('Informasjon til barnet er registrert.').waitFor();

    // Siri is not child-responsible: the follow-up is refused with the reason.
    await click(page.getByRole('button', { name: 'Oppfølging ved barneansvarlig' }));
    await page.getByLabel('Hva ble gjort').fill('Oppfølgingssamtale');
    await click(page.getByRole('button', { name: 'Lagre' }));
    await page.getByText(/Du er ikke barneansvarlig der/).first().waitFor();

    const { page: olaPage } = await h.newPage();
    await h.login(olaPage, 'ola.tjenesteyter');
    await olaPage.goto(`/personer/${per}/parorende`);
    await click(olaPage.getByRole('button', { name: 'Oppfølging ved barneansvarlig' }));
    await olaPage.getByLabel('Hva ble gjort').fill('Samtale med Ola og mor; ny samtale om en måned');
    await click(olaPage.getByRole('button', { name: 'Lagre' }));
    await olaPage.getByText('Oppfølging ved barneansvarlig er registrert.').waitFor();
    const main = (await olaPage.getByRole('main').textContent()) ?? '';
    expect(main).toContain('barneansvarlig i Psykisk helse og rus');
    for (const text of ['Mindreårige barn som pårørende er registrert', 'Barn som pårørende har fått informasjon', 'Barn som pårørende er fulgt opp av enhetens barneansvarlige']) {
      const row = olaPage.locator('.check-row').filter({ hasText: text });
      expect(await row.textContent()).toContain('Oppfylt');
    }
    expect(main).toContain('Kilde: Helsepersonelloven § 10 a');
    expect(main).toContain('Ledig rolle som barneansvarlig');
    await expectAccessible(olaPage, 'pårørende og barn (fulgt opp)');
    expect(jsErrors(page)).toEqual([]);
    expect(jsErrors(olaPage)).toEqual([]);
  });

  it('NAV-veilederen ser risikoflagget og sikkerhetstiltaket, men ikke det skjermede grunnlaget', async () => {
    const per = h.server.seed.personIds[0]!;
    const { page } = await h.newPage();
    await h.login(page, 'siri.koordinator');
    await page.goto(`/personer/${per}/risiko`);
    await page.getByText('Ingen aktive risikoflagg.').first().waitFor();
    await click(page.getByRole('button', { name: 'Ny risikovurdering' }));
    await check(page.getByLabel('Voldsrisiko'));
    await check(page.getByLabel('Rød – høy'));
    await page.getByLabel('Metode (f.eks. V-RISK-10, klinisk vurdering)').fill('V-RISK-10');
    await page.getByLabel(/Grunnlag \(skjermet/).fill(restrictedBasis);
    await page.getByLabel(/Sikkerhetstiltak \(vises/).fill('To ansatte på alle møter');
    await page.getByLabel('Dato for ny vurdering').fill(new Date(Date.now() + 14 * 86400_000).toISOString().slice(0, 10));
    await expectAccessible(page, 'risikovurdering-skjema');
    await click(page.getByRole('button', { name: 'Lagre vurderingen' }));
    await page.getByText('Risikovurderingen er lagret.').waitFor();
    await page.getByText(restrictedBasis).first().waitFor(); // the list reloads after the message
    expect(await page.getByRole('main').textContent()).toContain(restrictedBasis);

    const { page: navPage } = await h.newPage();
    await h.login(navPage, 'nora.nav');
    const riskResponse = navPage.waitForResponse((r) => r.url().endsWith(`/api/persons/${per}/risk`));
    await navPage.goto(`/personer/${per}/risiko`);
    const body = await (await riskResponse).text();
    await navPage.getByRole('heading', { level: 3, name: /Voldsrisiko/ }).waitFor();
    const main = (await navPage.getByRole('main').textContent()) ?? '';
    expect(main).toContain('Nivå: Rød');
    expect(main).toContain('To ansatte på alle møter');
    expect(main).toContain('Eier: Siri Koordinator');
    expect(main).toContain('Skjermet');
    expect(main).not.toContain('kniv');
    expect(body).toContain('To ansatte på alle møter');
    expect(body).not.toContain('kniv');
    expect(await navPage.content()).not.toContain('kniv');
    await expectAccessible(navPage, 'risiko (NAV-veileder)');
    expect(jsErrors(navPage)).toEqual([]);

    // On call: the emergency view shows the flag with level and safety measure, never the basis.
    const { page: nurse } = await h.newPage({ phone: true });
    await h.login(nurse, 'vakt.hjemmesykepleie');
    await nurse.goto(`/personer/${per}`);
    await nurse.getByLabel('Begrunnelse').fill('Naboen ringte kl. 02: Per er urolig og truende');
    await click(nurse.getByRole('button', { name: 'Åpne nødtilgang' }));
    await nurse.waitForURL(`**/personer/${per}/akutt`);
    await nurse.getByRole('heading', { level: 2, name: 'Risiko' }).waitFor();
    const emergency = (await nurse.getByRole('main').textContent()) ?? '';
    expect(emergency).toContain('Voldsrisiko (rødt nivå): To ansatte på alle møter');
    expect(emergency).not.toContain('kniv');
    await expectAccessible(nurse, 'akuttvisning med risikoflagg (mobil)');
  });

  it('spesialisthelsetjenesten, aktivitetskatalogen og deltakelse er tilgjengelige sider', async () => {
    const per = h.server.seed.personIds[0]!;
    const { page } = await h.newPage();
    await h.login(page, 'kari.saksbehandler');
    await page.goto(`/personer/${per}/spesialist`);
    await page.getByRole('heading', { level: 2, name: 'Innleggelser og utskrivning' }).waitFor();
    await click(page.getByRole('button', { name: 'Registrer innleggelse' }));
    await page.getByLabel('Sykehus, DPS eller TSB').selectOption({ label: 'Fjordvik sykehus' });
    await page.getByLabel('Innlagt (dato og klokkeslett)').fill(new Date(Date.now() - 2 * 86400_000).toISOString().slice(0, 16));
    await click(page.getByRole('button', { name: 'Lagre innleggelsen' }));
    await page.getByText('Innleggelsen er registrert.').waitFor();
    await click(page.getByRole('button', { name: 'Registrer melding' }));
    await page.getByLabel('Mottatt (dato og klokkeslett)').fill(new Date(Date.now() - 86400_000).toISOString().slice(0, 16));
    await click(page.getByRole('button', { name: 'Lagre meldingen' }));
    await page.getByText('Meldingen er registrert.').waitFor();
    // The list reloads after the save; wait for the message row itself (the form's own option is also
    // called «Utskrivningsklar», so waiting for that word alone can pass before the reload).
    await page.getByText(/Utskrivningsklar mottatt/).first().waitFor();
    expect(await page.getByRole('main').textContent()).toMatch(/Utskrivningsklar mottatt/);
    await expectAccessible(page, 'spesialisthelsetjenesten');

    const { page: navPage } = await h.newPage();
    await h.login(navPage, 'nora.nav');
    await navPage.goto('/aktiviteter');
    await click(navPage.getByRole('button', { name: 'Registrer tilbud' }));
    await navPage.getByLabel('Navn på tilbudet').fill('Arbeidstrening på verkstedet');
    await check(navPage.getByLabel('NAV', { exact: true }));
    await navPage.getByLabel('Tilbyder (navn)').fill('Fjordvik Vekst');
    await check(navPage.getByLabel('Arbeid', { exact: true }));
    await navPage.getByLabel('Område (bydel eller sted)').fill('Sentrum');
    await navPage.getByLabel('Tider (dager og klokkeslett)').fill('Mandag–torsdag 09–14');
    await check(navPage.getByLabel('Rusfri på stedet'));
    await check(navPage.getByLabel('ROP-lidelser'));
    await click(navPage.getByRole('button', { name: 'Lagre tilbudet' }));
    await navPage.getByText('Tilbudet er registrert.').waitFor();
    // The success message shows before the catalogue and its gap report have reloaded.
    await navPage.getByText(/Sentrum: ingen tilbud for kvinner/).first().waitFor();
    expect(await navPage.getByRole('main').textContent()).toContain('Sentrum: ingen tilbud for kvinner');
    await expectAccessible(navPage, 'aktivitetskatalog');

    await navPage.goto(`/personer/${per}/aktiviteter`);
    await click(navPage.getByRole('button', { name: 'Registrer deltakelse' }));
    await navPage.getByLabel('Tilbud', { exact: true }).selectOption({ label: 'Arbeidstrening på verkstedet (Sentrum)' });
    await click(navPage.getByRole('button', { name: 'Lagre deltakelsen' }));
    await navPage.getByText('Deltakelsen er registrert.').waitFor();
    expect(await navPage.locator('.check-row').filter({ hasText: 'aktivitets- eller arbeidstilbud' }).textContent()).toContain('Oppfylt');
    await expectAccessible(navPage, 'aktivitet og arbeid');
    expect(jsErrors(page)).toEqual([]);
    expect(jsErrors(navPage)).toEqual([]);
  });
});
