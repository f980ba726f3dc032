import { Link } from 'react-router';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { useMySurvey } from '../api/get-my-survey';
import { surveyPaths } from '../paths';

/** On the carer's home page while this year's survey is open and they have not answered it. */
export function SurveyInvitation() {
  const survey = useMySurvey();
  if (!survey.data?.open || survey.data.answered) return null;
  return (
    <NotificationBanner heading="Tell us how we are doing">
      <p className="govuk-body">
        Answer 7 short questions in this year’s carers’ survey.{' '}
        <Link className="govuk-notification-banner__link" to={surveyPaths.start}>
          Take the survey
        </Link>
        .
      </p>
    </NotificationBanner>
  );
}
