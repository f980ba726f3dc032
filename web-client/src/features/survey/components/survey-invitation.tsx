import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { useMySurvey } from '../api/get-my-survey';
import { surveyPaths } from '../paths';

/** On the carer's home page while this year's survey is open and they have not answered it. */
export function SurveyInvitation() {
  const survey = useMySurvey();
  const { t } = useTranslation('survey');
  if (!survey.data?.open || survey.data.answered) return null;
  return (
    <NotificationBanner heading={t('invitation.heading')}>
      <p className="govuk-body">
        <Trans t={t} i18nKey="invitation.text" components={[<Link key="take" className="govuk-notification-banner__link" to={surveyPaths.start} />]} />
      </p>
    </NotificationBanner>
  );
}
