import { useTranslation } from 'react-i18next';

type Meta = { reviewStatus?: string; method?: string };

/** Whether the pages' language is, in the common namespace, machine-assisted text no translator has checked yet. */
export function awaitingTranslatorReview(meta: Meta | undefined): boolean {
  return meta?.method === 'machineAssisted' || meta?.reviewStatus === 'awaitingReview';
}

/**
 * On every page in a language whose file a qualified translator has not checked yet, says so in
 * that language (decision 0038). It reads the common namespace's _meta, so flipping that file to
 * approved takes the notice away.
 */
export function TranslationNotice() {
  const { t, i18n } = useTranslation('common');
  const language = i18n.resolvedLanguage ?? i18n.language;
  const bundle = i18n.getResourceBundle(language, 'common') as { _meta?: Meta } | undefined;
  if (!bundle || !awaitingTranslatorReview(bundle._meta)) return null;
  return (
    <div className="govuk-inset-text app-translation-notice" data-testid="translation-notice">
      {t('translationNotice.text')}
    </div>
  );
}
