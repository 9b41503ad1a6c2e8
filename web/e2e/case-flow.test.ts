// The allocation office's flow at tablet size (1024×768), from henvendelse to evaluated vedtak:
// worklist, first contact, triage, pathway, kartlegging with PHQ-9 and suicide-risk follow-up,
// completion, vedtak with a refused placeholder, PDF, and the evaluation by the coordinator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeSummary, check, click, expectAccessible, jsErrors, startHarness, type Harness } from './browser.js';
import { norwegianDate, osloDate, recordDomain, screenshot, waitForTask } from './case-flow.steps.js';

let h: Harness;

// The test server runs the worklist's background worker, like production: tasks appear within seconds.
beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  console.log(`axe-core (case flow):\n${axeSummary()}`);
  await h?.close();
});

describe('tildelingskontoret: fra henvendelse til evaluert vedtak', () => {
  it('går gjennom hele forløpet for Per Testesen på nettbrett', async () => {
    const per = h.server.seed.personIds[0]!;
    const { page } = await h.newPage({ tablet: true });
    await h.login(page, 'kari.saksbehandler');
    await page.waitForURL('**/arbeidsliste');
    await page.getByRole('heading', { level: 1, name: 'Arbeidsliste' }).waitFor();
    await expectAccessible(page, 'arbeidsliste');

    // Henvendelse
    await click(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Personsøk' }));
    await page.getByLabel('Navn eller fødselsnummer').fill('Testesen');
    await click(page.getByRole('button', { name: 'Søk', exact: true }));
    await click(page.getByRole('link', { name: 'Testesen, Per' }));
    await page.getByRole('heading', { level: 1, name: 'Per Testesen' }).waitFor();
    await click(page.getByRole('navigation', { name: 'Personsiden' }).getByRole('link', { name: 'Henvendelser og forløp' }));
    await page.getByText('Ingen henvendelser er registrert.').waitFor();
    await expectAccessible(page, 'henvendelser (tom)');
    await click(page.getByRole('button', { name: 'Registrer henvendelse' }));
    await page.getByLabel('Henvendelsen kom fra').selectOption({ label: 'Fastlege' });
    await page.getByLabel('Navn eller detaljer (valgfritt)').fill('Lege Lars Fastlege');
    await page.getByLabel('Kanal').selectOption({ label: 'Elektronisk melding (e-melding)' });
    await page.getByLabel('Hva gjelder henvendelsen').fill('Fastlegen ber om vurdering av oppfølging i hjemmet. Økende rusbruk og nedstemthet.');
    await expectAccessible(page, 'registrer henvendelse');
    await click(page.getByRole('button', { name: 'Registrer henvendelse' }));
    await page.getByText('Henvendelsen er registrert.', { exact: false }).waitFor();
    await page.getByText(/^Første kontakt innen \d\d\.\d\d\.\d{4}$/).waitFor();
    await expectAccessible(page, 'henvendelse registrert');
    await screenshot(page, 'henvendelser');

    // The first-contact task reaches the worklist once the job has run.
    await click(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Arbeidsliste' }));
    const firstContact = await waitForTask(page, 'Første kontakt etter henvendelse', 'Per Testesen');
    await click(firstContact.getByText('Kilde'));
    await firstContact.getByText(/Kommunens rutine \(første kontakt\)/).waitFor();
    await expectAccessible(page, 'arbeidsliste med første kontakt');
    await screenshot(page, 'arbeidsliste');
    await click(page.locator('label', { hasText: 'Enhetens oppgaver' }));
    await page.getByLabel('Enhet', { exact: true }).selectOption({ label: 'Tildelingskontoret' });
    await click(page.getByRole('region', { name: 'Tabell: oppgaver' }).getByRole('columnheader', { name: 'Person' }).getByRole('button'));
    await page.waitForURL(/visning=unit.*sorter=person|sorter=person.*visning=unit/);
    expect(await page.getByRole('region', { name: 'Tabell: oppgaver' }).getByRole('columnheader', { name: 'Person' }).getAttribute('aria-sort')).toBe('ascending');
    await firstContact.waitFor();
    await expectAccessible(page, 'arbeidsliste for enheten');
    await click(firstContact.getByRole('link', { name: /^Åpne henvendelsen/ }));
    await page.waitForURL(`**/personer/${per}/henvendelser#henvendelse-*`);

    // First contact and triage.
    await click(page.getByRole('button', { name: 'Registrer første kontakt' }));
    await page.getByLabel('Merknad (valgfritt)').fill('Ringte Per, avtalte hjemmebesøk.');
    await click(page.getByRole('button', { name: 'Lagre første kontakt' }));
    await page.getByText('Første kontakt er registrert.').waitFor();
    await page.getByText('Første kontakt er gjort').waitFor();
    await click(page.getByRole('button', { name: 'Triager' }));
    await check(page.getByRole('radio', { name: /^Kartlegging/ }));
    await expectAccessible(page, 'triagering');
    await click(page.getByRole('button', { name: 'Lagre triagering' }));
    await page.getByText('Henvendelsen er triagert: Kartlegging.').waitFor();

    // Pathway 2 with a reason.
    await click(page.getByRole('button', { name: 'Sett hovedforløp' }));
    await check(page.getByRole('radio', { name: /^Hovedforløp 2/ }));
    await page.getByLabel('Begrunnelse').fill('Moderate til alvorlige problemer, trenger tjenester med vedtak.');
    await click(page.getByRole('button', { name: 'Lagre hovedforløp' }));
    await page.getByText('Hovedforløpet er lagret.').waitFor();
    await page.getByRole('region', { name: 'Hovedforløp' }).getByText(/^Hovedforløp 2: kortvarige alvorlige eller langvarige mildere problemer/).waitFor();
    await expectAccessible(page, 'henvendelse triagert og hovedforløp satt');

    // A referral to DPS, refused with a reason.
    await click(page.getByRole('button', { name: 'Registrer henvisning' }));
    await page.getByLabel('Nivå').selectOption({ label: 'DPS (distriktspsykiatrisk senter)' });
    await page.getByLabel('Mottaker (valgfritt)').selectOption({ label: 'DPS Fjordvik' });
    await page.getByRole('form', { name: 'Registrer henvisning' }).getByLabel('Begrunnelse').fill('Behov for utredning av depresjon i spesialisthelsetjenesten.');
    await click(page.getByRole('form', { name: 'Registrer henvisning' }).getByRole('button', { name: 'Registrer henvisning' }));
    await page.getByText('Henvisningen er registrert.').waitFor();
    await click(page.getByRole('button', { name: 'Registrer utfall' }));
    await check(page.getByRole('radio', { name: 'Avslått' }));
    await page.getByLabel('Begrunnelse for avslaget').fill('Kan følges opp i kommunen.');
    await click(page.getByRole('button', { name: 'Lagre utfall' }));
    await page.getByText('Utfallet av henvisningen er registrert.').waitFor();
    await page.getByRole('region', { name: 'Henvisninger' }).getByText('Avslått', { exact: true }).waitFor();
    await expectAccessible(page, 'henvisning med utfall');

    // Kartlegging: start, PHQ-9 with item 9 above 0.
    await click(page.getByRole('navigation', { name: 'Personsiden' }).getByRole('link', { name: 'Kartlegging' }));
    await click(page.getByRole('button', { name: 'Start kartlegging' }));
    await click(page.getByRole('form', { name: 'Start kartlegging' }).getByRole('button', { name: 'Start kartlegging' }));
    await page.getByText('Kartleggingen er startet.').waitFor();
    const editorUrl = page.url();
    await page.getByLabel('Instrument', { exact: true }).selectOption({ label: 'PHQ-9 – Patient Health Questionnaire-9' });
    const phq = { '1': 'Several days', '2': 'More than half the days', '3': 'Several days', '4': 'Several days', '5': 'Not at all', '6': 'Several days', '7': 'Not at all', '8': 'Not at all', '9': 'Several days' };
    for (const [item, answer] of Object.entries(phq)) {
      await check(page.getByRole('group', { name: new RegExp(`^${item}\\. `) }).getByRole('radio', { name: answer, exact: true }));
    }
    await screenshot(page, 'instrument');
    await click(page.getByRole('button', { name: 'Beregn skår og lagre' }));
    await page.getByText('PHQ-9 – Patient Health Questionnaire-9: skår 7').waitFor();
    await page.getByText('Milde depresjonssymptomer (5–9)').first().waitFor();
    await page.getByRole('alert').getByText('Spør om selvmordstanker nå').waitFor();
    await expectAccessible(page, 'kartlegging med PHQ-9 og selvmordsvarsel');
    await screenshot(page, 'kartlegging');

    // The suicide-risk follow-up is on her own worklist and is closed by hand with a note.
    await click(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Arbeidsliste' }));
    const followUp = await waitForTask(page, 'Følg opp selvmordstanker (PHQ-9 spørsmål 9)', 'Per Testesen');
    expect(await followUp.textContent()).toContain('Ansvarlig: Kari Saksbehandler');
    await click(followUp.getByRole('button', { name: 'Marker som utført' }));
    await page.getByLabel('Hva ble gjort?').fill('Snakket med Per om selvmordstanker, laget sikkerhetsplan og varslet fastlegen.');
    await expectAccessible(page, 'marker oppgave som utført');
    await click(page.getByRole('button', { name: 'Lagre som utført' }));
    await page.getByText(/markert som utført/).waitFor();
    // Done tasks show the note and who closed the task.
    await page.getByLabel('Vis', { exact: true }).selectOption('done');
    const closed = await waitForTask(page, 'Følg opp selvmordstanker (PHQ-9 spørsmål 9)', 'Per Testesen');
    expect(await closed.textContent()).toMatch(/Lukket \d\d\.\d\d\.\d{4}.* av Kari Saksbehandler/);
    await page.getByLabel('Vis', { exact: true }).selectOption('open');

    // Completion is refused with what is missing; then everything is recorded.
    await page.goto(editorUrl);
    await click(page.getByRole('button', { name: 'Fullfør kartlegging' }));
    const summary = page.getByRole('group', { name: 'Kartleggingen kan ikke fullføres ennå:' });
    await summary.getByText(/dokumentert møte med personen/).waitFor();
    await summary.getByText(/Disse områdene er ikke kartlagt/).waitFor();
    await expectAccessible(page, 'fullfør kartlegging avvist');
    await recordDomain(page, 'Rusmiddelbruk');
    await recordDomain(page, 'Psykisk helse');
    await recordDomain(page, 'Somatisk helse', { aspects: ['Infeksjoner (hepatitt B/C, hiv)', 'Hud og bløtvev', 'Ernæring', 'Tannhelse', 'Legemidler', 'Kontakt med fastlege'] });
    await recordDomain(page, 'Psykososiale forhold');
    await recordDomain(page, 'Bolig og boevne', { aspects: ['Bosituasjon', 'Boevne'] });
    await recordDomain(page, 'Voldsrisiko');
    await recordDomain(page, 'Selvmordsrisiko');
    await recordDomain(page, 'Pårørende og barn');
    await page.getByLabel('Deltakere').fill('Per Testesen\nKari Saksbehandler');
    await page.getByLabel('Hva er viktig for deg?').fill('Å få bo hjemme, og å ha noen å snakke med om kveldene.');
    await click(page.getByRole('button', { name: 'Lagre samtalen' }));
    await page.getByText('Samtalen er lagret.').waitFor();
    await check(page.getByRole('group', { name: '1. Har personen pårørende?' }).getByRole('radio', { name: 'Ja' }));
    await page.getByLabel('2. Hvem er nærmeste pårørende?').fill('Anne Testesen, mor');
    await check(page.getByRole('group', { name: /^3\. Har personen barn/ }).getByRole('radio', { name: 'Nei' }));
    await page.getByLabel('4. Hvordan ønsker personen at pårørende skal involveres?').fill('Mor kan kontaktes ved innleggelse.');
    await check(page.getByRole('group', { name: 'Er pårørendes egne behov kartlagt?' }).getByRole('radio', { name: 'Ja' }));
    await click(page.getByRole('button', { name: 'Lagre svarene om pårørende' }));
    await page.getByText('Svarene om pårørende er lagret.').waitFor();
    await page.getByText('8 av 8 områder er helt eller delvis kartlagt.').waitFor();
    await expectAccessible(page, 'kartlegging utfylt');
    await screenshot(page, 'kartlegging-utfylt');
    await click(page.getByRole('button', { name: 'Fullfør kartlegging' }));
    await page.getByText('Kartleggingen er fullført.').waitFor();
    await page.getByText('Fullført', { exact: true }).waitFor();
    await expectAccessible(page, 'kartlegging fullført');

    // Vedtak with a template placeholder: finalize is refused, fixed, then finalized.
    const evaluationDate = osloDate(14);
    await click(page.getByRole('link', { name: 'Lag vedtak fra kartleggingen' }));
    await page.getByLabel('Tjeneste', { exact: true }).selectOption({ label: 'Oppfølging fra psykisk helse- og rustjenesten' });
    await page.getByLabel('Omfang').fill('To timer i uken fra (sett dato)');
    await page.getByLabel('Evalueringsdato').fill(evaluationDate);
    await page.getByLabel('Ansvarlig for evalueringen').selectOption({ label: 'Siri Koordinator (Koordinator)' });
    await page.getByLabel('Personens medvirkning').fill('Per deltok i samtalen hjemme og ønsker oppfølging.');
    await page.getByLabel('Begrunnelse', { exact: true }).fill('Kartleggingen viser behov for tett oppfølging av psykisk helse og rus.');
    await expectAccessible(page, 'nytt vedtak');
    await click(page.getByRole('button', { name: 'Lagre utkast' }));
    await page.getByText('Vedtaksutkastet er lagret.', { exact: false }).waitFor();
    await page.getByText('Utkast', { exact: true }).waitFor();
    await click(page.getByRole('button', { name: 'Fatt vedtaket' }));
    await page.getByText('Vedtaket kan ikke fattes ennå. Rett opp dette:').waitFor();
    await page.getByRole('link', { name: /Omfang: Fjern plassholdertekst før vedtaket fattes: \(sett dato\)/ }).waitFor();
    expect(await page.getByLabel('Omfang').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'fatt vedtak avvist');
    await screenshot(page, 'vedtak-avvist');
    await page.getByLabel('Omfang').fill('To timer i uken, hjemme hos Per.');
    await click(page.getByRole('button', { name: 'Lagre endringene' }));
    await page.getByText('Endringene i utkastet er lagret.').waitFor();
    await click(page.getByRole('button', { name: 'Fatt vedtaket' }));
    await page.getByText('Vedtaket er fattet.', { exact: false }).waitFor();
    await page.getByText('Fattet', { exact: true }).waitFor();
    await expectAccessible(page, 'vedtak fattet');
    const pdfLink = page.getByRole('link', { name: /Åpne vedtaksbrevet \(PDF/ });
    const pdf = await page.request.get((await pdfLink.getAttribute('href'))!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    expect(jsErrors(page)).toEqual([]);

    // The coordinator evaluates with the person.
    const siri = (await h.newPage({ tablet: true })).page;
    await h.login(siri, 'siri.koordinator');
    const evaluation = await waitForTask(siri, 'Evaluer vedtaket sammen med personen', 'Per Testesen');
    expect(await evaluation.textContent()).toContain(norwegianDate(evaluationDate));
    await expectAccessible(siri, 'arbeidsliste med evaluering');
    await click(evaluation.getByRole('link', { name: /^Åpne vedtaket/ }));
    await siri.getByRole('heading', { name: 'Vedtak: Oppfølging fra psykisk helse- og rustjenesten' }).waitFor();
    await click(siri.getByRole('button', { name: 'Registrer evaluering' }));
    await check(siri.getByRole('group', { name: 'Deltok personen i evalueringen?' }).getByRole('radio', { name: 'Ja' }));
    await siri.getByLabel('Personens syn på tjenesten').fill('Per synes samtalene hjelper, og vil fortsette.');
    await check(siri.getByRole('radio', { name: 'Tjenesten fortsetter som før' }));
    await siri.getByLabel('Revisjonsnotat til tildelingskontoret').fill('Videreføres i nytt vedtak med samme omfang.');
    await check(siri.getByRole('radio', { name: /^Nytt vedtak/ }));
    await expectAccessible(siri, 'evaluering');
    await screenshot(siri, 'evaluering');
    await click(siri.getByRole('button', { name: 'Lagre evalueringen' }));
    await siri.getByText('Evalueringen er lagret.').waitFor();
    await siri.getByText('Evaluert', { exact: true }).first().waitFor();
    await siri.getByText('Per synes samtalene hjelper, og vil fortsette.').waitFor();
    await expectAccessible(siri, 'vedtak evaluert');
    expect(jsErrors(siri)).toEqual([]);
  }, 240_000);

  it('avviser en evalueringsdato før startdato med feltfeil, og lager ikke vedtaket', async () => {
    const jonas = h.server.seed.personIds[4]!;
    const { page } = await h.newPage({ tablet: true });
    await h.login(page, 'kari.saksbehandler');
    await page.goto(`/personer/${jonas}/vedtak`);
    await page.getByRole('heading', { level: 1, name: 'Jonas Dæhli' }).waitFor();
    await page.getByText('Ingen vedtak er registrert.').waitFor();
    await click(page.getByRole('button', { name: 'Nytt vedtak' }));
    await page.getByLabel('Tjeneste', { exact: true }).selectOption({ label: 'Praktisk bistand og opplæring' });
    await page.getByLabel('Omfang').fill('Tre timer i uken');
    await page.getByLabel('Startdato').fill(osloDate(7));
    await page.getByLabel('Evalueringsdato').fill(osloDate(0));
    await page.getByLabel('Ansvarlig for evalueringen').selectOption({ label: 'Kari Saksbehandler (Saksbehandler)' });
    await page.getByLabel('Personens medvirkning').fill('Jonas deltok.');
    await page.getByLabel('Begrunnelse', { exact: true }).fill('Behov for praktisk bistand.');
    await click(page.getByRole('button', { name: 'Lagre utkast' }));
    await page.getByText('Rett opp dette før du lagrer:').waitFor();
    const field = page.getByLabel('Evalueringsdato');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    const messages = await Promise.all(describedBy.split(' ').map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(messages.join(' ')).toContain('Evalueringsdato kan ikke være før startdato');
    await expectAccessible(page, 'vedtak med ugyldig evalueringsdato');
    expect(page.url()).toMatch(/\/vedtak$/);
    const list = await page.request.get(`/api/persons/${jonas}/vedtak`);
    expect((await list.json()).items).toEqual([]);
    await page.getByText('Ingen vedtak er registrert.').waitFor();
  });

  it('registrerer at personen takker nei, med feltfeil når datoen for nytt tilbud ikke er frem i tid', async () => {
    const mohammed = h.server.seed.personIds[2]!;
    const { page } = await h.newPage({ tablet: true });
    await h.login(page, 'kari.saksbehandler');
    await page.goto(`/personer/${mohammed}/kartlegging`);
    await page.getByText('Ingen kartlegginger er registrert.').waitFor();
    await click(page.getByRole('button', { name: 'Personen takker nei' }));
    await page.getByLabel('Dato for nytt tilbud').fill(osloDate(0));
    await click(page.getByRole('button', { name: 'Registrer at personen takker nei' }));
    await page.getByText('Rett opp dette før du lagrer:').waitFor();
    expect(await page.getByLabel('Dato for nytt tilbud').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'takker nei med feil dato');
    await page.getByLabel('Dato for nytt tilbud').fill(osloDate(30));
    await page.getByLabel('Merknad (valgfritt)').fill('Vil tenke på det.');
    await click(page.getByRole('button', { name: 'Registrer at personen takker nei' }));
    await page.getByText('Det er registrert at personen takker nei.', { exact: false }).waitFor();
    await page.getByText('Personen takket nei', { exact: true }).waitFor();
    await page.getByText(`nytt tilbud ${norwegianDate(osloDate(30))}`, { exact: false }).waitFor();
    await expectAccessible(page, 'takker nei registrert');
  });

  it('viser en henvendelse med passert frist for første kontakt som forfalt, både på personen og på arbeidslisten', async () => {
    const jonas = h.server.seed.personIds[4]!;
    const { page } = await h.newPage({ tablet: true });
    await h.login(page, 'kari.saksbehandler');
    await page.goto(`/personer/${jonas}/henvendelser`);
    await click(page.getByRole('button', { name: 'Registrer henvendelse' }));
    await page.getByLabel('Henvendelsen kom fra').selectOption({ label: 'NAV' });
    await page.getByLabel('Kanal').selectOption({ label: 'Telefon' });
    await page.getByLabel('Mottatt dato og tid').fill(`${osloDate(-10)}T09:00`);
    await page.getByLabel('Hva gjelder henvendelsen').fill('NAV-veileder melder om boligproblemer.');
    await click(page.getByRole('button', { name: 'Registrer henvendelse' }));
    await page.getByText(/^Forfalt: første kontakt skulle vært /).waitFor();
    await click(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Arbeidsliste' }));
    const task = await waitForTask(page, 'Første kontakt etter henvendelse', 'Jonas Dæhli');
    await task.getByText('Forfalt', { exact: true }).waitFor();
    expect(await task.getAttribute('class')).toContain('task-overdue');
    await page.getByText(/1 forfalt\./).waitFor();
    await expectAccessible(page, 'arbeidsliste med forfalt oppgave');
    await screenshot(page, 'arbeidsliste-forfalt');
  });
});
