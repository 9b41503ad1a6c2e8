// The shape of the legal-source register: every law, regulation, guideline, circular, audit report and
// municipal routine the product relies on, once, with the sections it cites.

export type SourceKind = 'lov' | 'forskrift' | 'retningslinje' | 'veileder' | 'rundskriv' | 'norm' | 'rapport' | 'kommunal-rutine' | 'eu-forordning';

export interface SectionEntry {
  /** The section's official heading, or the chapter's title. */
  heading: string;
  /** What the product uses the section for, in Norwegian. */
  usedFor: string;
}

export interface LegalSource {
  kind: SourceKind;
  /** Official title, as on Lovdata or the publisher's page. */
  title: string;
  /** The name used in citations, in bokmål (lower case for laws and regulations, as in running text). */
  shortName: string;
  /** The official nynorsk short name, where it differs. */
  shortNameNn?: string;
  /** Official identifier: LOV-…, FOR-…, IS-…, the report's name. */
  identifier?: string;
  /** The official text. Lovdata section links are built from it (`…/§7-1`). */
  url: string;
  /** In force (or published) from. */
  validFrom: string;
  /** Repealed or replaced from; a replaced source may not be cited by any check, letter or text. */
  validTo?: string;
  replacedBy?: string;
  /** When the official text was last read against the product's use of it, and where. */
  checked: { on: string; url: string; note?: string };
  /** What the product uses the source for, in Norwegian. */
  usedFor: string;
  /** Sections or chapters the product cites; keys are written as cited ('§ 7-1', 'kap. 4', 'pkt. 5.4.1'). */
  sections: Readonly<Record<string, SectionEntry>>;
}
