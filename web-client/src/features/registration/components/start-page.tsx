import { useTranslation } from 'react-i18next';
import { StartButton } from '@/components/govuk/button';
import { InsetText } from '@/components/govuk/misc';
import { usePageTitle } from '@/hooks/use-page-title';
import { stepPath } from '../registration-answers';

export function StartPage() {
  const { t } = useTranslation('registration');
  usePageTitle(t('start.title'));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">{t('start.title')}</h1>
        <p className="govuk-body">{t('start.whoIsACarer')}</p>
        <p className="govuk-body">{t('start.support')}</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>{t('start.assessment')}</li>
          <li>{t('start.breaks')}</li>
          <li>{t('start.grant')}</li>
          <li>{t('start.emergencyPlan')}</li>
        </ul>
        <p className="govuk-body">{t('start.youngCarers')}</p>
        <InsetText>{t('start.formats')}</InsetText>
        <StartButton to={stepPath('who')}>{t('start.startNow')}</StartButton>
      </div>
    </div>
  );
}
