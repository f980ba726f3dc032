import { useEffect } from 'react';

export const serviceName = 'Luton Carers';

/** "Error: What is your name? - Luton Carers": GOV.UK's title pattern, unique per page. */
export function pageTitle(title: string, hasError = false): string {
  return `${hasError ? 'Error: ' : ''}${title} - ${serviceName}`;
}

export function usePageTitle(title: string, hasError = false): void {
  useEffect(() => {
    document.title = pageTitle(title, hasError);
  }, [title, hasError]);
}
