/**
 * One message file per namespace per language: src/locales/<language>/<namespace>.json. A feature's
 * pages use their own namespace (`useTranslation('grants')`); `common` holds the layout, the language
 * switcher and words every page shares. Adding a namespace: add it here and to src/i18n/english.ts,
 * and create its file in every language (src/i18n/locales.test.ts fails until each has every key).
 */
export const namespaces = [
  'common',
  'reference',
  'validation',
  'home',
  'registration',
  'details',
  'people',
  'assessment',
  'grants',
  'breaks',
  'emergencyPlans',
  'directory',
  'feedback',
  'survey',
] as const;

export type Namespace = (typeof namespaces)[number];
