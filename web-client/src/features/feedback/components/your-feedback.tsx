import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ButtonLink } from '@/components/govuk/button';
import { Tag } from '@/components/govuk/misc';
import { usePageTitle } from '@/hooks/use-page-title';
import type { FeedbackItem } from '@/lib/api/types';
import { feedbackStatusColours } from '@/lib/feedback-words';
import { formatDate } from '@/lib/validation/date';
import { nextStepText } from '../feedback-steps';
import { feedbackPaths } from '../paths';

/** "Your complaints and compliments": each one, where it stands and what is next. */
export function YourFeedback({ items }: { items: FeedbackItem[] }) {
  const { t } = useTranslation('feedback');
  usePageTitle(t('list.title'));
  return (
    <>
      <h1 className="govuk-heading-l">{t('list.title')}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">{t('list.intro')}</p>
          <ButtonLink to={feedbackPaths.kind}>{t('list.give')}</ButtonLink>
        </div>
      </div>
      {items.length === 0 ? (
        <p className="govuk-body">{t('list.none')}</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">{t('list.caption')}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">{t('list.what')}</th>
              <th scope="col" className="govuk-table__header">{t('list.received')}</th>
              <th scope="col" className="govuk-table__header">{t('list.status')}</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {items.map((item) => (
              <tr className="govuk-table__row" key={item.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={feedbackPaths.item(item.id)}>
                    {t(`kinds.${item.kind}`)}
                    <span className="govuk-visually-hidden">{t('list.receivedOn', { date: formatDate(item.receivedAt) })}</span>
                  </Link>
                  <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">{t(`abouts.${item.about}`)}</span>
                </td>
                <td className="govuk-table__cell">{formatDate(item.receivedAt)}</td>
                <td className="govuk-table__cell">
                  <Tag colour={feedbackStatusColours[item.status]}>{t(`statuses.${item.status}`)}</Tag>
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
