// The appeal section of a vedtak letter (forvaltningsloven § 27: appeal right, deadline, appeal body,
// how to appeal, right to see the documents), following the appeal route of the vedtak's legal bases.
import { appealRoutes, cite, type AppealRouteId, type Language } from '../../platform/law/index.js';

const weeks: Record<3 | 4, Record<Language, string>> = { 3: { nb: 'tre uker', nn: 'tre veker' }, 4: { nb: 'fire uker', nn: 'fire veker' } };

export function appealText(routeId: AppealRouteId, language: Language = 'nb'): string {
  const route = appealRoutes[routeId];
  const p = route.provisions(language);
  const deadline = weeks[route.deadlineWeeks][language];
  const body = route.body[language];
  const documents = cite('fvl', '§ 18', undefined, language);
  const journal = routeId === 'helse-og-omsorg' ? cite('pbrl', '§ 5-1', undefined, language) : null;
  if (language === 'nn') {
    return [
      `Du kan klage på vedtaket til ${body} (${p.right}).`,
      'Klaga sender du til eininga som gjorde vedtaket. Ho vurderer saka på nytt, og får du ikkje medhald, sender ho klaga vidare.',
      `Fristen for å klage er ${deadline} frå du fekk vedtaket (${p.deadline}).`,
      `Klaga skal vere skriftleg og seie kva du klagar på (${p.form}). Du kan få hjelp til å skrive ho.`,
      `Du har rett til å sjå dokumenta i saka (${documents})${journal ? ` og journalen din (${journal})` : ''}.`,
    ].join(' ');
  }
  return [
    `Du kan klage på vedtaket til ${body} (${p.right}).`,
    'Klagen sender du til enheten som fattet vedtaket. Den vurderer saken på nytt, og gir den deg ikke medhold, sender den klagen videre.',
    `Fristen for å klage er ${deadline} fra du fikk vedtaket (${p.deadline}).`,
    `Klagen skal være skriftlig og si hva du klager på (${p.form}). Du kan få hjelp til å skrive den.`,
    `Du har rett til å se dokumentene i saken (${documents})${journal ? ` og journalen din (${journal})` : ''}.`,
  ].join(' ');
}
