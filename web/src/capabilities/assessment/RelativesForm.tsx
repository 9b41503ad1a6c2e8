// The four questions about relatives at first contact (ROP-retningslinjen, pårørendeveilederen), and
// what followed: the relatives' own needs and children as relatives.
import { useState, type FormEvent } from 'react';
import { Button, Card, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import { ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { RadioGroup, fromYesNo, toYesNo, yesNo } from '../../platform/RadioGroup.js';
import { nestedErrors } from '../../platform/client-validation.js';
import type { Kartlegging } from '../../platform/api-types.js';

type YesNo = 'yes' | 'no' | null;

export function RelativesForm({ k, onSaved }: { k: Kartlegging; onSaved(): void }) {
  const r = k.relatives;
  const [hasRelatives, setHasRelatives] = useState<YesNo>(toYesNo(r?.hasRelatives));
  const [closestRelative, setClosestRelative] = useState(r?.closestRelative ?? '');
  const [children, setChildren] = useState<YesNo>(toYesNo(r?.childrenOrMinorSiblingsAffected));
  const [howToInvolve, setHowToInvolve] = useState(r?.howToInvolve ?? '');
  const [ownNeeds, setOwnNeeds] = useState<YesNo>(toYesNo(r?.ownNeedsMapped));
  const [childrenForm, setChildrenForm] = useState<YesNo>(toYesNo(r?.childrenFormCompleted));
  const [message, setMessage] = useState<string | null>(null);
  const submit = useSubmit();
  const has = hasRelatives === 'yes';
  const errors = nestedErrors(submit.error, 'relatives');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const relatives = {
      hasRelatives: fromYesNo(hasRelatives),
      closestRelative: has ? closestRelative.trim() || null : null,
      childrenOrMinorSiblingsAffected: has ? fromYesNo(children) : null,
      howToInvolve: has ? howToInvolve.trim() || null : null,
      ownNeedsMapped: has ? fromYesNo(ownNeeds) : null,
      childrenFormCompleted: has && children === 'yes' ? fromYesNo(childrenForm) : null,
    };
    const ok = await submit.run(() => api.patch<void>(`/api/kartlegginger/${k.id}`, { relatives }).then(() => true));
    if (ok) {
      setMessage('Svarene om pårørende er lagret.');
      onSaved();
    }
  }

  return (
    <Card data-color="neutral">
      <form onSubmit={onSubmit} noValidate className="form-stack" aria-labelledby="relatives-heading">
        <Heading level={2} data-size="sm" id="relatives-heading">
          Pårørende
        </Heading>
        <Paragraph data-size="sm">De fire spørsmålene ved første kontakt. Spør også om barn og mindreårige søsken som berøres.</Paragraph>
        {/* Field errors arrive as body/relatives/<question> and are shown at each question. */}
        <ProblemAlert error={submit.error} focus />
        <RadioGroup id="relatives-hasRelatives" legend="1. Har personen pårørende?" options={yesNo} value={hasRelatives} onChange={setHasRelatives} className="inline-radios" />
        {has && (
          <>
            <Textfield id="relatives-closestRelative" label="2. Hvem er nærmeste pårørende?" description="Navn og relasjon, for eksempel «Anne Testesen, mor»." value={closestRelative} onChange={(e) => setClosestRelative(e.target.value)} error={errors.closestRelative} />
            <RadioGroup id="relatives-childrenOrMinorSiblingsAffected" legend="3. Har personen barn eller mindreårige søsken som berøres?" options={yesNo} value={children} onChange={setChildren} className="inline-radios" />
            <Textfield id="relatives-howToInvolve" label="4. Hvordan ønsker personen at pårørende skal involveres?" multiline rows={3} value={howToInvolve} onChange={(e) => setHowToInvolve(e.target.value)} error={errors.howToInvolve} />
            <RadioGroup id="relatives-ownNeedsMapped" legend="Er pårørendes egne behov kartlagt?" options={yesNo} value={ownNeeds} onChange={setOwnNeeds} className="inline-radios" />
            {children === 'yes' && <RadioGroup id="relatives-childrenFormCompleted" legend="Er barnas situasjon kartlagt (barn som pårørende)?" options={yesNo} value={childrenForm} onChange={setChildrenForm} className="inline-radios" />}
          </>
        )}
        <SuccessMessage>{message}</SuccessMessage>
        <div>
          <Button data-color="accent" type="submit" data-size="sm" loading={submit.busy}>
            Lagre svarene om pårørende
          </Button>
        </div>
      </form>
    </Card>
  );
}
