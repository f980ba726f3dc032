import english from '@/locales/en/reference.json';
import { ethnicGroups } from '@/lib/reference-data';
import { i18n } from './i18n';

/**
 * Reference-data words a carer reads (contact channels, adjustments, ethnic groups, relationships…)
 * in the pages' language. English lives in src/locales/en/reference.json (its own namespace, loaded
 * with the pages that use it rather than with the first page) and matches
 * src/lib/reference-data.ts, which staff pages keep using (reference-labels.test.ts holds them equal).
 */
type Reference = Omit<typeof english, '_meta'>;
export type ReferenceKind = { [K in keyof Reference]: Reference[K] extends string ? never : K }[keyof Reference];
export type ReferenceCode<K extends ReferenceKind> = keyof Reference[K] & string;

// The key is built from a kind and a code the types above already check, so a plain signature is enough.
type LooseT = (key: string, options?: Record<string, unknown>) => string;

function translator(language?: string): LooseT {
  return i18n.getFixedT(language ?? null, 'reference') as unknown as LooseT;
}

/** A code's label in the pages' language, or in `language` (staff views pass 'en'). */
export function referenceLabel<K extends ReferenceKind>(kind: K, code: ReferenceCode<K>, language?: string): string {
  return translator(language)(`${kind}.${code}`);
}

/** Radio or checkbox options for every code of a kind, in the English file's order. */
export function referenceOptions<K extends ReferenceKind>(kind: K, language?: string): { value: ReferenceCode<K>; label: string }[] {
  const codes = Object.keys(english[kind]) as ReferenceCode<K>[];
  return codes.map((value) => ({ value, label: referenceLabel(kind, value, language) }));
}

/** "White: Irish": the ONS group and the background together, for summaries, in the pages' language. */
export function ethnicityLabel(code: ReferenceCode<'ethnicity'> | null | undefined, language?: string): string {
  if (!code) return '';
  const group = ethnicGroups.find((candidate) => (candidate.codes as readonly string[]).includes(code));
  if (!group) return referenceLabel('ethnicity', code, language);
  return translator(language)('ethnicityWithGroup', {
    group: referenceLabel('ethnicGroup', group.group, language),
    background: referenceLabel('ethnicity', code, language),
  });
}
