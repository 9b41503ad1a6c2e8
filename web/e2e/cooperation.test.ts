// Cooperation and user involvement in a real browser: the quality adviser creates a survey and opens
// a link; the public page (no session) is answered eleven times; the results show numbers and a split
// with a small cell shows the suppression text. A cooperation agreement without meetings is flagged
// as a lapsed arena; a theme plan shows the unit without a measure until its leader adds one.
// axe-core on every page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeSummary, check, checkOnly, click, expectAccessible, jsErrors, settle, startHarness, type Harness } from './browser.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  console.log(`axe-core (samarbeid og brukermedvirkning):\n${axeSummary()}`);
  await h?.close();
});

const surveyTitle = 'Brukerundersøkelse psykisk helse og rus 2026';
const suppressed = 'Færre enn 5 svar – vises ikke';

describe('samarbeid og brukermedvirkning', () => {
  it('kvalitetsrådgiveren lager en undersøkelse og åpner en lenke; elleve svarer uten innlogging; små grupper vises ikke', async () => {
    const { page } = await h.newPage();
    await h.login(page, 'kristin.kvalitet');
    await click(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Brukermedvirkning' }));
    await settle(page);
    await page.getByRole('heading', { level: 1, name: 'Brukermedvirkning' }).waitFor();
    await page.getByText('Ingen undersøkelser er registrert.').waitFor();
    await expectAccessible(page, 'brukermedvirkning (tom)');

    await click(page.getByText('Lag ny brukerundersøkelse', { exact: true }));
    // Nothing filled in: the API's Norwegian field errors, linked from the summary.
    await click(page.getByRole('button', { name: 'Lagre undersøkelsen' }));
    await page.getByRole('link', { name: /^Tittel: Skriv en tittel/ }).waitFor();
    await expectAccessible(page, 'ny undersøkelse (mangler)');
    await page.getByLabel('Tittel', { exact: true }).fill(surveyTitle);
    await check(page.getByRole('checkbox', { name: 'Psykisk helse og rus' }));
    await check(page.getByRole('checkbox', { name: 'FACT-teamet' }));
    await page.getByLabel('Grupper (valgfritt, én per linje)').fill('Bruker\nPårørende');
    await page.getByLabel('Spørsmål 1: tekst').fill('Jeg blir møtt med respekt');
    await click(page.getByRole('button', { name: 'Legg til spørsmål' }));
    await page.getByLabel('Spørsmål 2: tekst').fill('Alt i alt, hvor fornøyd er du?');
    await page.getByLabel('Spørsmål 2: svarskala').selectOption('smiley-3');
    await expectAccessible(page, 'ny undersøkelse (utfylt)');
    await click(page.getByRole('button', { name: 'Lagre undersøkelsen' }));
    await page.getByText(`Undersøkelsen «${surveyTitle}» er lagret som utkast.`, { exact: false }).waitFor();
    await click(page.getByRole('link', { name: surveyTitle }));
    await page.getByRole('heading', { level: 1, name: surveyTitle }).waitFor();
    await page.getByText('Utkast', { exact: true }).waitFor();
    await expectAccessible(page, 'undersøkelse (utkast)');

    await click(page.getByRole('button', { name: 'Åpne undersøkelsen og lag svarlenke' }));
    const linkElement = page.getByLabel('Svarlenken');
    await linkElement.waitFor();
    const link = await linkElement.inputValue();
    expect(link).toMatch(/\/undersokelse\/[A-Za-z0-9_-]{43}$/);
    await page.getByText('Lenken vises bare nå.', { exact: false }).waitFor();
    await expectAccessible(page, 'undersøkelse (åpnet, lenken vises)');
    // The link is shown once: after a reload it is gone, the survey is open.
    await page.reload();
    await page.getByText('Svarlenke aktiv').waitFor();
    expect(await page.getByLabel('Svarlenken').count()).toBe(0);

    // The public page, in a fresh browser context without a session.
    const { page: respondent } = await h.newPage({ phone: true });
    await respondent.goto(new URL(link).pathname);
    await respondent.getByRole('heading', { level: 1, name: surveyTitle }).waitFor();
    expect(respondent.url()).not.toContain('logg-inn');
    expect(await respondent.getByRole('navigation', { name: 'Hovedmeny' }).count()).toBe(0);
    await expectAccessible(respondent, 'offentlig undersøkelse (mobil)');
    // Sending nothing: the API's explanation.
    await click(respondent.getByRole('button', { name: 'Send svarene' }));
    await respondent.getByText('Svar på minst ett spørsmål', { exact: false }).first().waitFor();
    await expectAccessible(respondent, 'offentlig undersøkelse (ingen svar)');
    const answers: [unit: string | null, group: string, q1: string, q2: string][] = [
      ...(['Helt enig', 'Helt enig', 'Helt enig', 'Litt enig', 'Litt uenig'] as const).map((q1) => ['Psykisk helse og rus', 'Bruker', q1, 'Bra'] as [string, string, string, string]),
      ...(['Helt enig', 'Helt enig', 'Litt enig', 'Litt enig', 'Litt enig'] as const).map((q1) => ['FACT-teamet', 'Bruker', q1, 'Middels'] as [string, string, string, string]),
      [null, 'Pårørende', 'Helt enig', 'Dårlig'],
    ];
    for (const [i, [unit, group, q1, q2]] of answers.entries()) {
      await respondent.getByLabel('Hvilken tjeneste gjelder svaret? (valgfritt)').selectOption({ label: unit ?? 'Vil ikke oppgi' });
      await respondent.getByLabel('Hvem svarer? (valgfritt)').selectOption({ label: group });
      await check(respondent.getByRole('group', { name: '1. Jeg blir møtt med respekt' }).getByRole('radio', { name: q1, exact: true }));
      await check(respondent.getByRole('group', { name: '2. Alt i alt, hvor fornøyd er du?' }).getByRole('radio', { name: q2, exact: true }));
      await click(respondent.getByRole('button', { name: 'Send svarene' }));
      await respondent.getByText('Takk for svaret!', { exact: false }).waitFor();
      if (i === 0) await expectAccessible(respondent, 'offentlig undersøkelse (takk)');
      await click(respondent.getByRole('button', { name: 'Svar på nytt (ny person)' }));
    }
    expect(jsErrors(respondent)).toEqual([]);

    // Results: all answers together, then by service: one answer without a service is not shown, and
    // one of the two services with 5 is hidden too (else the small cell could be worked out).
    await page.reload();
    await page.getByText('11 svar.', { exact: false }).first().waitFor();
    await page.getByText('11 svar totalt', { exact: false }).waitFor();
    const q1 = page.getByRole('table', { name: '1. Jeg blir møtt med respekt' });
    expect(await q1.getByRole('row').nth(1).textContent()).toContain('Helt enig: 6');
    await expectAccessible(page, 'resultater (samlet)');
    await page.getByLabel('Del opp resultatene').selectOption({ label: 'Per tjeneste' });
    await q1.getByRole('rowheader', { name: 'Tjeneste ikke oppgitt' }).waitFor();
    const rows = (await q1.getByRole('row').allTextContents()).slice(1);
    expect(rows).toHaveLength(3);
    expect(rows).toContain(`Tjeneste ikke oppgitt${suppressed}`);
    expect(rows.filter((r) => r.endsWith('Skjult for at en mindre gruppe ikke skal kunne regnes ut'))).toHaveLength(1);
    expect(rows.filter((r) => /^(Psykisk helse og rus|FACT-teamet)5[\d,]+Helt uenig: 0/.test(r))).toHaveLength(1);
    await expectAccessible(page, 'resultater per tjeneste');
    // By group: Pårørende has one answer; Bruker is then hidden as well.
    await page.getByLabel('Del opp resultatene').selectOption({ label: 'Per gruppe' });
    await q1.getByRole('rowheader', { name: 'Pårørende' }).waitFor();
    expect((await q1.getByRole('row').allTextContents()).slice(1)).toEqual([`Bruker${'Skjult for at en mindre gruppe ikke skal kunne regnes ut'}`, `Pårørende${suppressed}`]);
    await expectAccessible(page, 'resultater per gruppe');

    // A paper form entered by staff counts too.
    await check(page.getByRole('radio', { name: 'Papirskjema' }));
    await page.getByLabel('Hvilken tjeneste gjelder svaret? (valgfritt)').selectOption({ label: 'FACT-teamet' });
    await check(page.getByRole('group', { name: '1. Jeg blir møtt med respekt' }).getByRole('radio', { name: 'Verken enig eller uenig', exact: true }));
    await click(page.getByRole('button', { name: 'Lagre svaret' }));
    await page.getByText('Svaret er lagret. Skjemaet er tømt for neste svar.').waitFor();
    await page.getByText('12 svar.', { exact: false }).first().waitFor();
    expect(jsErrors(page)).toEqual([]);
  });

  it('en avtale uten møter flagges som bortfalt møtearena; et møte registreres med referat', async () => {
    const { page } = await h.newPage();
    await h.login(page, 'kristin.kvalitet');
    await click(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Samarbeidsavtaler' }));
    await settle(page);
    await page.getByRole('heading', { level: 1, name: 'Samarbeidsavtaler' }).waitFor();
    await page.getByText('Ingen samarbeidsavtaler er registrert.').waitFor();
    await expectAccessible(page, 'samarbeidsavtaler (tom)');
    await click(page.getByText('Registrer samarbeidsavtale', { exact: true }));
    await page.getByLabel('Tittel').fill('Samarbeid psykisk helse og rus – NAV');
    await page.getByLabel('Formål').fill('Felles oppfølging av arbeid, økonomi og bolig for personer med ROP-lidelser.');
    await check(page.getByRole('checkbox', { name: 'Psykisk helse og rus' }));
    await check(page.getByRole('checkbox', { name: 'NAV Fjordvik' }));
    await page.getByLabel('Møter i året').fill('12');
    const year = new Date().getFullYear();
    await page.getByLabel('Gyldig fra').fill(`${year - 1}-01-01`);
    await expectAccessible(page, 'ny samarbeidsavtale (utfylt)');
    await click(page.getByRole('button', { name: 'Registrer avtalen' }));
    await page.getByRole('heading', { level: 1, name: 'Samarbeid psykisk helse og rus – NAV' }).waitFor();
    await page.getByText('Avtalen er registrert.', { exact: false }).waitFor();
    await page.getByText('Møtearenaen har falt bort').waitFor();
    await page.getByText(`Møtearenaen er bortfalt: ingen møter siden avtalen trådte i kraft ${year - 1}-01-01`, { exact: false }).waitFor();
    await expectAccessible(page, 'samarbeidsavtale (bortfalt)');

    await click(page.getByRole('link', { name: 'Alle samarbeidsavtaler' }));
    const card = page.getByRole('list', { name: 'Samarbeidsavtaler' }).getByRole('listitem').first();
    await card.getByText('Møtearenaen har falt bort').waitFor();
    expect(await card.textContent()).toContain(`Møter i ${year}: 0 av 12 avholdt`);
    await page.getByText(`1 av 1 møtearenaer har falt bort i ${year}.`).waitFor();
    await expectAccessible(page, 'samarbeidsavtaler (bortfalt flagget)');

    await click(card.getByRole('link'));
    await page.getByLabel('Referat').fill('Gjennomgang av felles brukere; NAV deltar på ansvarsgruppemøter fremover.');
    await click(page.getByRole('button', { name: 'Registrer møtet' }));
    await page.getByText('Møtet er registrert.').waitFor();
    await page.getByRole('list', { name: 'Møter' }).getByText('NAV deltar på ansvarsgruppemøter', { exact: false }).waitFor();
    expect(await page.getByText(`Møter i ${year}: 1 av 12 avholdt`, { exact: false }).count()).toBe(1);
    await expectAccessible(page, 'samarbeidsavtale med møte');
    expect(jsErrors(page)).toEqual([]);
  });

  it('en temaplan viser enheten uten tiltak til enhetslederen legger inn et tiltak og status', async () => {
    const { page } = await h.newPage();
    await h.login(page, 'kristin.kvalitet');
    await click(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Temaplaner' }));
    await settle(page);
    await page.getByRole('heading', { level: 1, name: 'Temaplaner' }).waitFor();
    await expectAccessible(page, 'temaplaner (tom)');
    await click(page.getByText('Registrer temaplan', { exact: true }));
    await page.getByLabel('Planens navn').fill('Rusmiddelpolitisk handlingsplan');
    await page.getByLabel('Mål', { exact: true }).fill('Flere får et helhetlig tilbud');
    await page.getByLabel('Strategi 1: tekst').fill('Felles kartlegging av bolig og rus');
    await checkOnly(page.getByRole('group', { name: 'Strategi 1' }), ['Psykisk helse og rus', 'Boligkontoret']);
    await expectAccessible(page, 'ny temaplan (utfylt)');
    await click(page.getByRole('button', { name: 'Registrer temaplanen' }));
    await page.getByText('Temaplanen «Rusmiddelpolitisk handlingsplan» er registrert.').waitFor();
    await page.getByText('2 enheter mangler tiltak').waitFor();
    await click(page.getByRole('button', { name: 'Logg ut' }));
    await page.waitForURL('**/logg-inn');

    await h.login(page, 'lena.leder');
    await click(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Temaplaner' }));
    await settle(page);
    await click(page.getByRole('link', { name: 'Rusmiddelpolitisk handlingsplan' }));
    const gaps = page.getByRole('list', { name: 'Enheter uten tiltak' });
    await expect.poll(async () => (await gaps.getByRole('listitem').allTextContents()).sort()).toEqual(['Boligkontoret mangler tiltak for «Felles kartlegging av bolig og rus»', 'Psykisk helse og rus mangler tiltak for «Felles kartlegging av bolig og rus»']);
    await expectAccessible(page, 'temaplan (to mangler)');
    // Lena leads Psykisk helse og rus only: she can add a measure for that unit, not for Boligkontoret.
    await click(page.getByText('Legg til tiltak', { exact: true }));
    expect(await page.getByLabel('Enhet').locator('option').allTextContents()).toEqual(['Psykisk helse og rus']);
    await page.getByLabel('Tiltak', { exact: true }).fill('Boligkartlegging inngår i første samtale med alle nye brukere.');
    await click(page.getByRole('button', { name: 'Legg til tiltaket' }));
    await page.getByText('Tiltaket er lagt til.').waitFor();
    await expect.poll(() => gaps.getByRole('listitem').allTextContents()).toEqual(['Boligkontoret mangler tiltak for «Felles kartlegging av bolig og rus»']);
    await page.getByText('Ingen statusrapport ennå.').waitFor();
    const measures = page.getByRole('list', { name: 'Tiltak for Felles kartlegging av bolig og rus' });
    await settle(page);
    await click(measures.getByText('Rapporter status', { exact: true }));
    await measures.getByLabel('Status', { exact: true }).selectOption({ label: 'Pågår' });
    await measures.getByLabel('Statusrapport').fill('Innført i FACT og Lavterskeltilbudet, resten fra mars.');
    await click(page.getByRole('button', { name: 'Lagre statusrapporten' }));
    await page.getByText('Statusrapporten er lagret.').waitFor();
    await page.getByText(/^Siste status .*Lena Leder\): Innført i FACT og Lavterskeltilbudet/).waitFor();
    expect(await page.getByText('Ingen statusrapport ennå.').count()).toBe(0);
    await expectAccessible(page, 'temaplan (tiltak og status)');
    expect(jsErrors(page)).toEqual([]);
  });

  it('brukerrådet: møte, innspill og oppfølging; erfaringskonsulent per enhet', async () => {
    const { page } = await h.newPage();
    await h.login(page, 'lena.leder');
    await click(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Brukermedvirkning' }));
    await settle(page);
    await click(page.getByText('Registrer møte i brukerrådet', { exact: true }));
    await page.getByLabel('Saksliste').fill('Åpningstider i lavterskeltilbudet');
    await page.getByLabel('Referat', { exact: true }).fill('Brukerrådet ønsker kveldsåpent to dager i uken.');
    await click(page.getByRole('button', { name: 'Registrer møtet' }));
    await page.getByText('Møtet i brukerrådet er registrert.').waitFor();
    await click(page.getByText('Registrer innspill', { exact: true }));
    await page.getByLabel('Tema').fill('Kveldsåpent');
    await page.getByLabel('Innspill', { exact: true }).fill('Åpent til kl. 21 tirsdag og torsdag.');
    await click(page.getByRole('button', { name: 'Lagre innspillet' }));
    await page.getByText('Innspillet er registrert.').waitFor();
    await click(page.getByText('Registrer oppfølging', { exact: true }));
    await page.getByLabel('Hva ble gjort').fill('Prøveordning med kveldsåpent fra neste måned.');
    await click(page.getByRole('button', { name: 'Lagre oppfølgingen' }));
    await page.getByText('Oppfølgingen er registrert.').waitFor();
    await page.getByText('Prøveordning med kveldsåpent', { exact: false }).waitFor();
    await click(page.getByText('Registrer erfaringskonsulent', { exact: true }));
    await page.getByLabel('Navn', { exact: true }).fill('Per Erfaring');
    await page.getByLabel('Enhet').last().selectOption({ label: 'Lavterskeltilbudet' });
    await page.getByLabel('Rolle').fill('Erfaringskonsulent i lavterskeltilbudet, 50 %');
    await click(page.getByRole('button', { name: 'Registrer', exact: true }));
    await page.getByText('Per Erfaring er registrert som erfaringskonsulent.').waitFor();
    await page.getByRole('table', { name: 'Erfaringskonsulenter per enhet' }).getByText('Per Erfaring').waitFor();
    await page.getByText('Aktive per enhet: Lavterskeltilbudet 1', { exact: false }).waitFor();
    await expectAccessible(page, 'brukermedvirkning (brukerråd og erfaringskonsulent)');
    expect(jsErrors(page)).toEqual([]);
  });
});
