export const consentScopes = ['restricted-notes', 'crisis-plan', 'relatives', 'coordination'] as const;
export type ConsentScope = (typeof consentScopes)[number];

export const consentScopeLabels: Record<ConsentScope, string> = {
  'restricted-notes': 'Deling av begrensede notater',
  'crisis-plan': 'Deling av kriseplan',
  relatives: 'Kontakt med pårørende',
  coordination: 'Samarbeid og koordinering',
};
