import { useEffect } from 'react';
import { i18n } from '@/i18n/i18n';

export const serviceName = 'Luton Carers';

/** "Error: What is your name? - Luton Carers": GOV.UK's title pattern, unique per page. */
export function pageTitle(title: string, hasError = false): string {
  return `${hasError ? i18n.t('errorTitle', { title }) : title} - ${serviceName}`;
}

export function usePageTitle(title: string, hasError = false): void {
  useEffect(() => {
    document.title = pageTitle(title, hasError);
  }, [title, hasError]);
}
