import { useTranslation } from 'react-i18next';

export function PhaseBanner() {
  const { t } = useTranslation('common');
  return (
    <div className="govuk-phase-banner">
      <p className="govuk-phase-banner__content">
        <strong className="govuk-tag govuk-phase-banner__content__tag">{t('phaseBanner.tag')}</strong>
        <span className="govuk-phase-banner__text">{t('phaseBanner.text')}</span>
      </p>
    </div>
  );
}
