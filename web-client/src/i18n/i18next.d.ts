import 'i18next';
import type { English } from './english';

// Keys are checked against the English files: t('grants:noSuchKey') fails the type check.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: English;
  }
}
