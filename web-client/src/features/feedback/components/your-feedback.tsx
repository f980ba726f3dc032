import { Link } from 'react-router';
import { ButtonLink } from '@/components/govuk/button';
import { Tag } from '@/components/govuk/misc';
import { usePageTitle } from '@/hooks/use-page-title';
import type { FeedbackItem } from '@/lib/api/types';
import { feedbackAboutLabels, feedbackKindLabels, feedbackStatusColours, feedbackStatusLabels } from '@/lib/feedback-words';
import { formatDate } from '@/lib/validation/date';
import { nextStepText } from '../feedback-steps';
import { feedbackPaths } from '../paths';

/** "Your complaints and compliments": each one, where it stands and what is next. */
export function YourFeedback({ items }: { items: FeedbackItem[] }) {
  usePageTitle('Your complaints and compliments');
  return (
    <>
      <h1 className="govuk-heading-l">Your complaints and compliments</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            Tell us when something about the service went wrong, or when it helped. We acknowledge a complaint within 3 working days and agree
            with you when you will have our answer.
          </p>
          <ButtonLink to={feedbackPaths.kind}>Give feedback</ButtonLink>
        </div>
      </div>
      {items.length === 0 ? (
        <p className="govuk-body">You have not made a complaint or given a compliment yet.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Your feedback</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">What</th>
              <th scope="col" className="govuk-table__header">Received</th>
              <th scope="col" className="govuk-table__header">Status</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {items.map((item) => (
              <tr className="govuk-table__row" key={item.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={feedbackPaths.item(item.id)}>
                    {feedbackKindLabels[item.kind]}
                    <span className="govuk-visually-hidden"> received {formatDate(item.receivedAt)}</span>
                  </Link>
                  <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">{feedbackAboutLabels[item.about]}</span>
                </td>
                <td className="govuk-table__cell">{formatDate(item.receivedAt)}</td>
                <td className="govuk-table__cell">
                  <Tag colour={feedbackStatusColours[item.status]}>{feedbackStatusLabels[item.status]}</Tag>
                  <p className="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0">{nextStepText(item)}</p>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
