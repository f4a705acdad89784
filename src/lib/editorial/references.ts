/**
 * References (content/references.yaml): each document the resolution cites, listed once with
 * its identifiers, date, official address (only where that page was seen) and the source of
 * those facts, tied to the units that cite it and the words that name it. Pure: schema,
 * validation, lookups.
 */
import { z } from 'astro/zod';
import { parseYaml, validateYaml, type DataProblem } from './yaml.ts';
import { slugSchema } from './names.ts';
import { unitIdSchema } from './topics.ts';

export const REFERENCES_FILE = 'content/references.yaml';

/**
 * The identifier schemes, each with its label and the official form a value must have: a value
 * out of form is a typing mistake (a missing parenthesis, "P8-TA"), so the build stops on it.
 */
export const IDENTIFIER_SCHEMES = {
  'texts-adopted': { label: 'Texts adopted', form: /^P[5-9]_TA\(\d{4}\)\d{4}$/, example: 'P8_TA(2016)0083' },
  'official-journal': { label: 'Official Journal', form: /^OJ [CL] \d{1,3}[A-Z]?, \d{1,2}\.\d{1,2}\.\d{4}, p\. \d+(?:–\d+)?$/, example: 'OJ C 50, 9.2.2018, p. 38' },
  celex: { label: 'CELEX', form: /^[0-9]\d{4}[A-Z]{1,2}\d{4}(?:\(\d{2}\))?$/, example: '52013IP0190' },
  eli: { label: 'ELI', form: /^http:\/\/data\.europa\.eu\/eli\/[a-z_]+\/\d{4}\/\d+\/oj$/, example: 'http://data.europa.eu/eli/agree_internation/2016/123/oj' },
  'council-document': { label: 'Council document', form: /^\d{4,5}\/\d{2}$/, example: '10191/15' },
  'com-join': { label: 'Commission document', form: /^(?:COM|JOIN|SWD)\(\d{4}\) \d+ final$/, example: 'JOIN(2018) 31 final' },
  'un-ga-resolution': { label: 'UN General Assembly resolution', form: /^\d+ [A-Z] \([IVXLC]+\)$/, example: '2200 A (XXI)' },
  unts: { label: 'UN Treaty Series', form: /^vol\. \d+, No\. I-\d+$/, example: 'vol. 999, No. I-14668' },
  'eeas-id': { label: 'EEAS press release', form: /^\d{6}_\d+$/, example: '181123_10' },
  'national-act': { label: 'National act', form: /^No\. \d+(?:-[IVX]+)?$/, example: 'No. 226-V' },
} as const satisfies Record<string, { label: string; form: RegExp; example: string }>;

export type IdentifierScheme = keyof typeof IDENTIFIER_SCHEMES;
const SCHEMES = Object.keys(IDENTIFIER_SCHEMES) as [IdentifierScheme, ...IdentifierScheme[]];

export const REFERENCE_KINDS = ['resolution', 'agreement', 'council-conclusions', 'joint-communication', 'joint-communique', 'declaration', 'covenant', 'rule', 'code'] as const;

/** An address the site may publish: https, or http for the older official hosts that still serve it. */
const address = z.url({ protocol: /^https?$/, error: 'an address starts with https:// (or http://)' });

const identifiersSchema = z
  .partialRecord(z.enum(SCHEMES, { error: `a scheme is one of ${SCHEMES.join(', ')}` }), z.string().trim())
  .superRefine((ids, ctx) => {
    for (const [scheme, value] of Object.entries(ids) as [IdentifierScheme, string][]) {
      const { form, example } = IDENTIFIER_SCHEMES[scheme];
      if (!form.test(value)) ctx.addIssue({ code: 'custom', path: [scheme], message: `"${value}" is not a ${scheme} identifier in its official form (such as "${example}")` });
    }
  });

/** A reference's fields; `referenceSchema` adds the checks across fields. */
export const referenceFields = z
  .object({
    kind: z.enum(REFERENCE_KINDS),
    title: z.string().trim().min(1),
    /** What "Cites:" calls a document that has no identifier ("Council conclusions of 19 June 2017"). */
    short: z.string().trim().min(1).optional(),
    date: z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/, 'a date is YYYY-MM-DD, or YYYY-MM when only the month is known').optional(),
    dated: z.enum(['adopted', 'signed', 'issued', 'edition']).optional(),
    identifiers: identifiersSchema.default({}),
    /** Only an address whose page was itself seen: no address means "no official address confirmed". */
    address: address.optional(),
    addressNote: z.string().trim().min(1).optional(),
    /** The address's language when it is not English ("sv"), for hreflang and the reader. */
    addressLanguage: z.string().regex(/^[a-z]{2}$/, 'a two-letter language code such as "sv"').optional(),
    source: address,
    sourceNote: z.string().trim().min(1).optional(),
    textSays: z.string().trim().min(1).optional(),
    entity: slugSchema.optional(),
    /** unit id → the words of the unit that name the document. */
    cites: z.record(unitIdSchema, z.string().min(1, 'write the words of the unit that name the document')).refine((c) => Object.keys(c).length > 0, 'list at least one unit that cites the document'),
  })
  .strict();

export const referenceSchema = referenceFields
  .refine((r) => (r.date === undefined) === (r.dated === undefined), { message: 'give `date` and `dated` together (dated: adopted, signed, issued or edition)', path: ['dated'] })
  .refine((r) => Object.keys(r.identifiers).length > 0 || r.short !== undefined, { message: 'a document without identifiers needs a `short` name for "Cites:"', path: ['short'] })
  .refine((r) => (r.addressNote === undefined && r.addressLanguage === undefined) || r.address !== undefined, { message: '`addressNote` and `addressLanguage` describe an address: there is none', path: ['address'] });

export type ReferenceData = z.infer<typeof referenceSchema>;
export interface Reference extends ReferenceData {
  slug: string;
}

/** What the checks need of the resolution: each unit's text, and the names registry's slugs. */
export interface ReferenceContext {
  unitText: ReadonlyMap<string, string>;
  entities?: readonly string[];
}

const FIX = `see the format described at the top of ${REFERENCES_FILE} (kind, title, date, dated, identifiers, address, source, cites).`;

/** Titles given twice; units the resolution lacks, words a unit does not hold, entities the registry lacks. */
function referenceProblems(context?: ReferenceContext) {
  return (data: Record<string, ReferenceData>): DataProblem[] => {
    // Each title heads its own section of /references/: two alike could not be told apart.
    const titles = Object.values(data).map((ref) => ref.title);
    const repeated = Object.entries(data).flatMap(([slug, ref], i): DataProblem[] =>
      titles.indexOf(ref.title) < i ? [{ path: [slug, 'title'], message: `"${ref.title}" is the title of another document too.`, fix: 'tell the two apart in their titles (a date, a number).' }] : [],
    );
    if (!context) return repeated;
    const ids = [...context.unitText.keys()];
    return [...repeated, ...Object.entries(data).flatMap(([slug, ref]) => [
      ...Object.entries(ref.cites).flatMap(([unit, words]): DataProblem[] => {
        const text = context.unitText.get(unit);
        if (text === undefined) return [{ path: [slug, 'cites', unit], message: `"${unit}" is not a unit of the resolution.`, fix: `use one of ${ids[0]} … ${ids.at(-1)}.` }];
        if (!text.includes(words)) return [{ path: [slug, 'cites', unit], message: `"${words}" is not in the text of ${unit}.`, fix: `copy the words that name the document from ${unit}, character for character.` }];
        return [];
      }),
      ...(ref.entity !== undefined && context.entities && !context.entities.includes(ref.entity)
        ? [{ path: [slug, 'entity'], message: `"${ref.entity}" is not in the names registry.`, fix: 'use the slug of an entry of content/names.yaml, or leave `entity` out.' }]
        : []),
    ])];
  };
}

/** Parses and validates the text of content/references.yaml; with a context, checks units, words and entities exist. */
export function parseReferences(text: string, file = REFERENCES_FILE, context?: ReferenceContext): Reference[] {
  const data = validateYaml(parseYaml(text, file), file, z.record(slugSchema, referenceSchema), FIX, referenceProblems(context));
  return Object.entries(data).map(([slug, ref]) => ({ slug, ...ref }));
}

/** The documents a unit cites, in the order its text names them. */
export function referencesOfUnit(references: readonly Reference[], unitId: string, unitText: string): Reference[] {
  return references
    .filter((r) => unitId in r.cites)
    .map((r) => ({ r, at: unitText.indexOf(r.cites[unitId]) }))
    .sort((a, b) => a.at - b.at)
    .map(({ r }) => r);
}

/** Identifiers that say what they are ("P8_TA(2016)0083", "JOIN(2018) 31 final"): shown without their scheme's label. */
const SELF_EVIDENT: readonly IdentifierScheme[] = ['texts-adopted', 'official-journal', 'com-join'];

/** "P8_TA(2016)0083", "CELEX 22016A0204(01)": an identifier as a reader recognises it. */
export function identifierText(scheme: IdentifierScheme, value: string): string {
  return SELF_EVIDENT.includes(scheme) ? value : `${IDENTIFIER_SCHEMES[scheme].label} ${value}`;
}

/** Every identifier of a reference, in the file's order, with its scheme's label. */
export function identifiersOf(ref: Pick<ReferenceData, 'identifiers'>): { scheme: IdentifierScheme; label: string; value: string }[] {
  return (Object.entries(ref.identifiers) as [IdentifierScheme, string][]).map(([scheme, value]) => ({ scheme, label: IDENTIFIER_SCHEMES[scheme].label, value }));
}

/** The identifier a reader looks for first (the first listed), as a reader recognises it. */
export function mainIdentifier(ref: Pick<ReferenceData, 'identifiers'>): string | undefined {
  const [first] = identifiersOf(ref);
  return first && identifierText(first.scheme, first.value);
}

/** What the site says where no official address was confirmed. */
export const NO_ADDRESS = 'no official address confirmed';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "10 March 2016", "January 2017": a reference's date as the site writes it. */
export function writtenDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return [day, MONTHS[month - 1], year].filter((part) => part !== undefined).join(' ');
}
