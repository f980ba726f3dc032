import { useTranslation } from 'react-i18next';
import { chooseLanguage } from '@/i18n/i18n';
import { uiLanguage, uiLanguages } from '@/i18n/languages';

/**
 * The language switcher: govuk-frontend 6's Language navigation, each language's name in its own
 * language and script with its own `lang` and `dir` so a screen reader pronounces it, the current
 * one marked aria-current. Each other language is a button styled as the component's link: the
 * choice changes the page in place (no new address) and is remembered on this device
 * (chooseLanguage). Screen readers also hear each name in English, for someone who cannot read the script.
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation('common');
  const current = uiLanguage(i18n.resolvedLanguage ?? i18n.language).code;
  return (
    <nav className="govuk-language-navigation app-language-navigation" aria-label={t('languageSwitcher.label')}>
      <ul className="govuk-language-navigation__list">
        {uiLanguages.map((language) => (
          <li className="govuk-language-navigation__list-item" key={language.code}>
            {language.code === current ? (
              <span className="govuk-language-navigation__text" aria-current="true" lang={language.code} dir={language.dir}>
                {language.name}
              </span>
            ) : (
              <button
                type="button"
                className="govuk-language-navigation__link app-language-navigation__button"
                lang={language.code}
                dir={language.dir}
                onClick={() => void chooseLanguage(language.code)}
              >
                {language.name}
                {language.code === 'en' ? null : (
                  <span className="govuk-visually-hidden" lang="en" dir="ltr">
                    {` (${language.englishName})`}
                  </span>
                )}
              </button>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
