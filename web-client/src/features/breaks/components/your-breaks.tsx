import { Link } from 'react-router';
import { ButtonLink } from '@/components/govuk/button';
import { Tag } from '@/components/govuk/misc';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { usePageTitle } from '@/hooks/use-page-title';
import type { Break } from '@/lib/api/types';
import { breakPaths } from '../paths';
import { breakStatusColours, canCancel, datesText } from '../break-text';
import { useBreakWords } from './break-words';

/** "Your breaks": each break, who it is for, where it stands, and Cancel while it can be. */
export function YourBreaks({ breaks, banner }: { breaks: Break[]; banner?: string | undefined }) {
  const { t, types, statuses, lower } = useBreakWords();
  usePageTitle(t('list.title'));
  return (
    <>
      {banner ? <NotificationBanner type="success" heading={banner} /> : null}
      <h1 className="govuk-heading-l">{t('list.title')}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">{t('list.intro')}</p>
          <ButtonLink to={breakPaths.who}>{t('list.ask')}</ButtonLink>
        </div>
      </div>
      {breaks.length === 0 ? (
        <p className="govuk-body">{t('list.none')}</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">{t('list.caption')}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">{t('list.break')}</th>
              <th scope="col" className="govuk-table__header">{t('list.for')}</th>
              <th scope="col" className="govuk-table__header">{t('list.when')}</th>
              <th scope="col" className="govuk-table__header">{t('list.provider')}</th>
              <th scope="col" className="govuk-table__header">{t('list.status')}</th>
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">{t('list.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {breaks.map((item) => (
              <tr className="govuk-table__row" key={item.id}>
                <td className="govuk-table__cell">
                  {types[item.breakType]}
                  {item.emergency ? (
                    <>
                      {' '}
                      <Tag colour="red">{t('list.emergency')}</Tag>
                    </>
                  ) : null}
                </td>
                <td className="govuk-table__cell">{item.caredForName}</td>
                <td className="govuk-table__cell">{datesText(item)}</td>
                <td className="govuk-table__cell">{item.providerName}</td>
                <td className="govuk-table__cell">
                  <Tag colour={breakStatusColours[item.status]}>{statuses[item.status]}</Tag>
                  {item.decisionReason && item.status === 'declined' ? (
                    <p className="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0">{item.decisionReason}</p>
                  ) : null}
                </td>
                <td className="govuk-table__cell">
                  {canCancel(item.status) ? (
                    <Link className="govuk-link" to={breakPaths.cancel(item.id)}>
                      {t('list.cancel')}
                      <span className="govuk-visually-hidden">{t('list.cancelWhich', { type: lower(types[item.breakType]), name: item.caredForName, when: datesText(item) })}</span>
                    </Link>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
