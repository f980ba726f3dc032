import { useTranslation } from 'react-i18next';
import { BackLink } from '@/components/govuk/back-link';
import { Tag } from '@/components/govuk/misc';
import { SummaryList } from '@/components/govuk/summary-list';
import { usePageTitle } from '@/hooks/use-page-title';
import type { FeedbackItem } from '@/lib/api/types';
import { feedbackStatusColours } from '@/lib/feedback-words';
import { formatDate } from '@/lib/validation/date';
import { complaintSteps } from '../feedback-steps';
import { feedbackPaths } from '../paths';

/** One complaint or compliment: what the carer said, each step with its date and, once answered, the response and the Ombudsman. */
export function FeedbackPage({ item }: { item: FeedbackItem }) {
  const { t } = useTranslation('feedback');
  const heading = t(item.kind === 'compliment' ? 'item.complimentTitle' : 'item.complaintTitle');
  usePageTitle(heading);
  return (
    <>
      <BackLink to={feedbackPaths.list}>{t('item.back')}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{t(`abouts.${item.about}`)}</span>
          <h1 className="govuk-heading-l">{heading}</h1>
          <p className="govuk-body">
            <Tag colour={feedbackStatusColours[item.status]}>{t(`statuses.${item.status}`)}</Tag>
          </p>
          <SummaryList
            rows={[
              { key: t(item.kind === 'compliment' ? 'item.yourCompliment' : 'item.whatYouToldUs'), value: <span className="app-preserve-lines">{item.text}</span> },
              { key: t('item.howReceived'), value: t('item.howReceivedValue', { via: t(`receivedVia.${item.receivedVia}`), date: formatDate(item.receivedAt) }) },
            ]}
          />
          {item.kind === 'complaint' ? (
            <>
              <h2 className="govuk-heading-m">{t('item.whereItIs')}</h2>
              <SummaryList rows={complaintSteps(item)} />
            </>
          ) : (
            <p className="govuk-body">{t('item.passedOn')}</p>
          )}
          {item.status === 'responded' ? (
            <>
              <h2 className="govuk-heading-m">{t('item.response')}</h2>
              <SummaryList
                rows={[
                  ...(item.outcome ? [{ key: t('item.outcome'), value: t(`outcomes.${item.outcome}`) }] : []),
                  { key: t('item.found'), value: <span className="app-preserve-lines">{item.response}</span> },
                  ...(item.whatWillChange ? [{ key: t('item.willChange'), value: <span className="app-preserve-lines">{item.whatWillChange}</span> }] : []),
                ]}
              />
              <h2 className="govuk-heading-m">{t('item.notHappy')}</h2>
              <p className="govuk-body">{item.ombudsmanAdvice}</p>
              <p className="govuk-body">
                <a className="govuk-link" href="https://www.lgo.org.uk" rel="noreferrer noopener" target="_blank">
                  {t('item.ombudsman')}
                </a>
              </p>
            </>
          ) : null}
        </div>
      </div>
    </>
  );
}
