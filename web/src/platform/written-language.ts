// Bokmål and nynorsk, the two written language forms (målformer) of letters and citizen pages.
export const writtenLanguageLabels = { nb: 'Bokmål', nn: 'Nynorsk' } as const;
