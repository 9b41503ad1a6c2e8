// The domains a kartlegging must cover (ROP-retningslinjen kap. 4; the Asker and Sarpsborg audits'
// assessment criteria), with their sub-aspects.
export const domainStatuses = ['covered', 'partly', 'not-covered'] as const;
export type DomainStatus = (typeof domainStatuses)[number];

export const assessmentDomains = {
  'substance-use': { label: 'Rusmiddelbruk', aspects: [] },
  'mental-health': { label: 'Psykisk helse', aspects: [] },
  'somatic-health': {
    label: 'Somatisk helse',
    aspects: ['infections', 'skin-soft-tissue', 'nutrition', 'dental', 'medication', 'gp-contact'],
  },
  psychosocial: { label: 'Psykososiale forhold', aspects: ['economy', 'network', 'work-activity'] },
  housing: { label: 'Bolig og boevne', aspects: ['housing-situation', 'ability-to-manage-home'] },
  'violence-risk': { label: 'Voldsrisiko', aspects: [] },
  'suicide-risk': { label: 'Selvmordsrisiko', aspects: [] },
  relatives: { label: 'Pårørende og barn', aspects: ['first-contact-questions', 'own-needs', 'children'] },
} as const satisfies Record<string, { label: string; aspects: readonly string[] }>;

export type AssessmentDomain = keyof typeof assessmentDomains;
export const domainIds = Object.keys(assessmentDomains) as AssessmentDomain[];

export const aspectLabels: Record<string, string> = {
  infections: 'Infeksjoner (hepatitt B/C, hiv)',
  'skin-soft-tissue': 'Hud og bløtvev',
  nutrition: 'Ernæring',
  dental: 'Tannhelse',
  medication: 'Legemidler',
  'gp-contact': 'Kontakt med fastlege',
  economy: 'Økonomi',
  network: 'Nettverk',
  'work-activity': 'Arbeid og aktivitet',
  'housing-situation': 'Bosituasjon',
  'ability-to-manage-home': 'Boevne',
  'first-contact-questions': 'De fire spørsmålene ved første kontakt',
  'own-needs': 'Pårørendes egne behov',
  children: 'Barns situasjon (barn som pårørende)',
};

/** The four first-contact questions about relatives, and what followed. */
export interface RelativesQuestions {
  hasRelatives: boolean | null;
  closestRelative: string | null;
  childrenOrMinorSiblingsAffected: boolean | null;
  howToInvolve: string | null;
  ownNeedsMapped: boolean | null;
  childrenFormCompleted: boolean | null;
}
