export { chooseLanguage, chosenLanguage, currentLocale, i18n, applyPreferredLanguage } from './i18n';
export { defaultLanguage, isUiLanguage, uiLanguage, uiLanguages, type UiLanguage } from './languages';
export { namespaces, type Namespace } from './namespaces';
