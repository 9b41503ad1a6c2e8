// Instruments in the user interface's language where the municipality has installed a licensed wording,
// and a clear notice where a form is shown in English: in the form and beside the result.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeSummary, check, click, expectAccessible, startHarness, type Harness } from './browser.js';
import { installWording } from '../../server/src/capabilities/assessment/index.js';
import { phq9 } from '../../server/src/capabilities/assessment/instruments/phq9.js';
import { testWordingFile } from '../../server/src/capabilities/assessment/instruments/test-support.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  console.log(`axe-core (instrument wording):\n${axeSummary()}`);
  await h?.close();
});

describe('kartlegging: ordlyden i instrumentene', () => {
  it('varsler når skjemaet er på engelsk, og bruker kommunens lisensierte norske ordlyd når den er installert', async () => {
    const per = h.server.seed.personIds[0]!;
    const { page } = await h.newPage();
    await h.login(page, 'kari.saksbehandler');
    await page.goto(`/personer/${per}/kartlegging`);
    await click(page.getByRole('button', { name: 'Start kartlegging' }));
    await click(page.getByRole('form', { name: 'Start kartlegging' }).getByRole('button', { name: 'Start kartlegging' }));
    await page.getByText('Kartleggingen er startet.').waitFor();

    // No Norwegian wording of GAD-7 is installed: the form says so and warns against translating.
    const instrument = page.getByLabel('Instrument', { exact: true });
    await instrument.selectOption({ label: 'GAD-7 – Generalized Anxiety Disorder 7' });
    const notice = page.locator('.foreign-wording-notice');
    await notice.getByRole('heading', { name: 'GAD-7 vises på engelsk' }).waitFor();
    expect(await notice.textContent()).toContain('Skjemaet vises på engelsk fordi kommunen ikke har installert en lisensiert norsk oversettelse. Ikke oversett spørsmålene selv under samtalen');
    await expectAccessible(page, 'instrument på engelsk med varsel');
    for (let item = 1; item <= 7; item++) await check(page.getByRole('group', { name: new RegExp(`^${item}\\. `) }).getByRole('radio', { name: 'Not at all', exact: true }));
    await click(page.getByRole('button', { name: 'Beregn skår og lagre' }));
    await page.getByText('GAD-7 – Generalized Anxiety Disorder 7: skår 0').waitFor();
    await page.getByRole('status').getByText('Besvart på engelsk (ingen lisensiert norsk oversettelse)').waitFor();
    const results = page.getByRole('region', { name: 'Standardiserte instrumenter' });
    await results.getByText('Besvart på engelsk (ingen lisensiert norsk oversettelse)').first().waitFor();

    // The municipality installs a licensed wording of PHQ-9 (test texts): the form uses it, without the notice.
    await installWording(h.server.database.db, { municipalityNumber: '9999', instrumentId: 'PHQ-9', language: 'nb', file: testWordingFile(phq9), installedBy: 'e2e (CLI)', now: new Date() });
    await page.reload();
    await instrument.selectOption({ label: 'PHQ-9 – Patient Health Questionnaire-9' });
    await page.getByText('Lisensiert ordlyd installert av kommunen').waitFor();
    await page.getByText('Testordlyd: innledning til PHQ-9.').waitFor();
    expect(await notice.count()).toBe(0);
    for (let item = 1; item <= 9; item++) {
      const group = page.getByRole('group', { name: `${item}. Testordlyd: spørsmål ${item} i PHQ-9` });
      await check(group.getByRole('radio', { name: 'Testsvar 0', exact: true }));
    }
    await expectAccessible(page, 'instrument i lisensiert norsk ordlyd');
    await click(page.getByRole('button', { name: 'Beregn skår og lagre' }));
    await page.getByText('PHQ-9 – Patient Health Questionnaire-9: skår 0').waitFor();
    expect(await page.getByRole('status').getByText('Besvart på engelsk').count()).toBe(0);
    // One English result (GAD-7) carries the tag in the list; the Norwegian PHQ-9 does not.
    await results.getByText(/^PHQ-9: skår 0/).waitFor();
    expect(await results.getByText('Besvart på engelsk (ingen lisensiert norsk oversettelse)').count()).toBe(1);
  });
});
