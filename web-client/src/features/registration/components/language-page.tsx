import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionForm } from '@/components/form/question-form';
import { Radios, type RadioItem } from '@/components/govuk/radios';
import { Select } from '@/components/govuk/select';
import { useFormErrors } from '@/hooks/use-form-errors';
import { languageDisplayName } from '@/i18n/language-display';
import { uiLanguage, uiLanguages, type UiLanguage } from '@/i18n/languages';
import type { LanguageCode } from '@/lib/api/types';
import { validationToFormErrors } from '@/lib/forms/form-errors';
import { languageNames } from '@/lib/language-names';
import { useQuestionStep } from '../registration-context';

type Choice = UiLanguage | 'other';

const pageLanguageCodes: readonly string[] = uiLanguages.map((language) => language.code);

/** Every other ISO 639-1 code, named in the pages' language and in that language's alphabetical order. */
function otherLanguageOptions(locale: string): { value: string; label: string }[] {
  const collator = new Intl.Collator(locale);
  return (Object.keys(languageNames) as LanguageCode[])
    .filter((code) => !pageLanguageCodes.includes(code))
    .map((code) => ({ value: code, label: languageDisplayName(code, locale) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

/**
 * The language for letters, calls and notices: an ISO 639-1 code. The six languages the pages are
 * in come first, each named in its own language; any other is chosen from a list. It starts on the
 * language the pages are in, so someone who switched to Polish sees Polish already chosen.
 */
export function LanguagePage() {
  const { t, i18n } = useTranslation('registration');
  const { answers, backTo, saveAndContinue } = useQuestionStep('language');
  const pageLanguage = uiLanguage(i18n.resolvedLanguage ?? i18n.language);
  const answered = answers.preferredLanguage;
  const [choice, setChoice] = useState<Choice | ''>(
    answered === '' ? pageLanguage.code : pageLanguageCodes.includes(answered) ? (answered as UiLanguage) : 'other',
  );
  const [otherLanguage, setOtherLanguage] = useState<string>(answered !== '' && !pageLanguageCodes.includes(answered) ? answered : '');
  const { errors, attempt, setErrors } = useFormErrors();
  const title = t('language.title');

  function submit() {
    const result = validationToFormErrors({
      preferredLanguage: choice ? undefined : t('language.error'),
      otherLanguage: choice === 'other' && !Object.hasOwn(languageNames, otherLanguage) ? t('language.anotherError') : undefined,
    });
    if (result.summary.length > 0) {
      setErrors(result);
      return;
    }
    saveAndContinue({ preferredLanguage: (choice === 'other' ? otherLanguage : choice) as LanguageCode });
  }

  const items: RadioItem<Choice>[] = uiLanguages.map((language) => {
    const inPageLanguage = languageDisplayName(language.code, pageLanguage.locale);
    return {
      value: language.code,
      label: (
        <span lang={language.code} dir={language.dir}>
          {language.name}
        </span>
      ),
      // The name in the pages' language helps someone who cannot read the script; not when it says the same.
      ...(inPageLanguage.toLocaleLowerCase() !== language.name.toLocaleLowerCase() ? { hint: inPageLanguage } : {}),
    };
  });

  return (
    <QuestionForm title={title} caption={t('caption')} backTo={backTo} errors={errors} attempt={attempt} onSubmit={submit}>
      <Radios<Choice>
        name="preferredLanguage"
        legend={title}
        isPageHeading
        hint={t('language.hint')}
        error={errors.fields.preferredLanguage}
        value={choice}
        onChange={setChoice}
        items={[
          ...items,
          {
            value: 'other',
            label: t('language.another'),
            conditional: (
              <Select
                id="otherLanguage"
                label={t('language.whichLanguage')}
                value={otherLanguage}
                onChange={setOtherLanguage}
                error={errors.fields.otherLanguage}
                items={[{ value: '', label: t('language.chooseLanguage') }, ...otherLanguageOptions(pageLanguage.locale)]}
              />
            ),
          },
        ]}
      />
    </QuestionForm>
  );
}
