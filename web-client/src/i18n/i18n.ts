import i18n from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { bundledEnglish } from './english';
import { defaultLanguage, isUiLanguage, uiLanguage, uiLanguages, type UiLanguage } from './languages';
import { namespaces } from './namespaces';

/**
 * The carer journeys' translations (i18next with react-i18next, decision 0038). English's `common`
 * is bundled with the first page; everything else, English included, loads one chunk per namespace
 * when it is needed (src/app/lazy-page.ts loads them with the first lazy page), so a carer downloads
 * only the language they read and the first page stays within its budget (decision 0039).
 */
const messageFiles = import.meta.glob<{ default: Record<string, unknown> }>(['../locales/*/*.json', '!../locales/en/common.json']);

/** Every namespace in the pages' language (and English, to fall back on): what a lazy page waits for. */
export function loadAllNamespaces(): Promise<void> {
  return i18n.loadNamespaces([...namespaces]);
}

const storageKey = 'luton-carers.language';

/** The language chosen on this device with the switcher, if any. */
export function chosenLanguage(): UiLanguage | null {
  try {
    const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(storageKey);
    return isUiLanguage(stored) ? stored : null;
  } catch {
    return null; // storage refused (a private window's settings): English until they choose again
  }
}

/** Switches the pages' language and remembers it on this device (the switcher's choice wins over the record's). */
export async function chooseLanguage(code: UiLanguage): Promise<void> {
  try {
    localStorage.setItem(storageKey, code);
  } catch {
    // storage refused: the choice lasts for this page
  }
  await i18n.changeLanguage(code);
}

/** Uses a signed-in carer's preferred language when they have not chosen one on this device. */
export async function applyPreferredLanguage(code: string | null | undefined): Promise<void> {
  if (chosenLanguage() === null && isUiLanguage(code) && i18n.language !== code) await i18n.changeLanguage(code);
}

/** The BCP 47 locale Intl formats dates, numbers and money in for the pages' language. */
export function currentLocale(): string {
  return uiLanguage(i18n.resolvedLanguage ?? i18n.language).locale;
}

function markDocument(code: string) {
  if (typeof document === 'undefined') return;
  const language = uiLanguage(code);
  document.documentElement.lang = language.code;
  document.documentElement.dir = language.dir;
}

i18n.on('languageChanged', markDocument);

void i18n
  .use(
    resourcesToBackend((language: string, namespace: string) => {
      const load = messageFiles[`../locales/${language}/${namespace}.json`];
      return load ? load().then((module) => module.default) : Promise.reject(new Error(`No ${namespace} messages in ${language}`));
    }),
  )
  .use(initReactI18next)
  .init({
    lng: chosenLanguage() ?? defaultLanguage,
    fallbackLng: defaultLanguage,
    supportedLngs: uiLanguages.map((language) => language.code),
    ns: ['common'],
    defaultNS: 'common',
    resources: { en: bundledEnglish },
    partialBundledLanguages: true,
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    react: { useSuspense: false },
  });

markDocument(i18n.language);

export { i18n };
