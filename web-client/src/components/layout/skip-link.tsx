import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SkipLink as GovukSkipLink } from 'govuk-frontend';
import { useGovukModule } from '@/components/govuk/use-govuk-module';

export function SkipLink() {
  const { t } = useTranslation('common');
  const ref = useRef<HTMLAnchorElement>(null);
  useGovukModule(ref, GovukSkipLink, 'govuk-skip-link');
  return (
    <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link" ref={ref}>
      {t('skipLink')}
    </a>
  );
}
