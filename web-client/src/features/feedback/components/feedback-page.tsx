import { BackLink } from '@/components/govuk/back-link';
import { Tag } from '@/components/govuk/misc';
import { SummaryList } from '@/components/govuk/summary-list';
import { usePageTitle } from '@/hooks/use-page-title';
import type { FeedbackItem } from '@/lib/api/types';
import { complaintOutcomeLabels, feedbackAboutLabels, feedbackKindLabels, feedbackStatusColours, feedbackStatusLabels, receivedViaLabels } from '@/lib/feedback-words';
import { formatDate } from '@/lib/validation/date';
import { complaintSteps } from '../feedback-steps';
import { feedbackPaths } from '../paths';

/** One complaint or compliment: what the carer said, each step with its date and, once answered, the response and the Ombudsman. */
export function FeedbackPage({ item }: { item: FeedbackItem }) {
  const heading = `Your ${feedbackKindLabels[item.kind].toLowerCase()}`;
  usePageTitle(heading);
  return (
    <>
      <BackLink to={feedbackPaths.list}>Back to your complaints and compliments</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{feedbackAboutLabels[item.about]}</span>
          <h1 className="govuk-heading-l">{heading}</h1>
          <p className="govuk-body">
            <Tag colour={feedbackStatusColours[item.status]}>{feedbackStatusLabels[item.status]}</Tag>
          </p>
          <SummaryList
            rows={[
              { key: item.kind === 'compliment' ? 'Your compliment' : 'What you told us', value: <span className="app-preserve-lines">{item.text}</span> },
              { key: 'How we received it', value: `${receivedViaLabels[item.receivedVia]}, ${formatDate(item.receivedAt)}` },
            ]}
          />
          {item.kind === 'complaint' ? (
            <>
              <h2 className="govuk-heading-m">Where your complaint is</h2>
              <SummaryList rows={complaintSteps(item)} />
            </>
          ) : (
            <p className="govuk-body">Thank you. We have passed your compliment on.</p>
          )}
          {item.status === 'responded' ? (
            <>
              <h2 className="govuk-heading-m">Our response</h2>
              <SummaryList
                rows={[
                  ...(item.outcome ? [{ key: 'Outcome', value: complaintOutcomeLabels[item.outcome] }] : []),
                  { key: 'What we found', value: <span className="app-preserve-lines">{item.response}</span> },
                  ...(item.whatWillChange ? [{ key: 'What will change', value: <span className="app-preserve-lines">{item.whatWillChange}</span> }] : []),
                ]}
              />
              <h2 className="govuk-heading-m">If you are not happy with our response</h2>
              <p className="govuk-body">{item.ombudsmanAdvice}</p>
              <p className="govuk-body">
                <a className="govuk-link" href="https://www.lgo.org.uk" rel="noreferrer noopener" target="_blank">
                  Local Government and Social Care Ombudsman (opens in new tab)
                </a>
              </p>
            </>
          ) : null}
        </div>
      </div>
    </>
  );
}
