import { useTranslation } from 'react-i18next';
import { PrevNextPagination } from '@/components/govuk/pagination';
import { useCursorPaging } from '@/hooks/use-cursor-paging';
import type { CarerNotice } from '@/lib/api/types';
import { formatDayOf } from '@/lib/validation/date';
import { useMyNotices } from '../api/list-my-notices';

/**
 * "Messages we have sent you" on the carer's home page: the notices the council sent or is sending
 * them (ListMyNotices), newest first, ten at a time (`?cursor=` in the address, like the staff lists),
 * each opening to the words they were sent, so a carer who lost a letter or an email can read every
 * one here (SPEC §9, decision 0037).
 */
export function MyNotices() {
  const { t } = useTranslation('home');
  const { cursor, focusRef, links: pageLinks } = useCursorPaging<HTMLDivElement>();
  const notices = useMyNotices(cursor);
  if (notices.isPending) return null;
  if (notices.isError) return <p className="govuk-body">{t('notLoaded')}</p>;
  if (notices.data.items.length === 0) return <p className="govuk-body">{t('notices.none')}</p>;
  const links = pageLinks(notices.data.nextCursor);
  return (
    <div ref={focusRef}>
      {notices.data.items.map((notice) => (
        <details className="govuk-details" key={notice.id}>
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">{notice.subject}</span>
          </summary>
          <div className="govuk-details__text">
            <p className="govuk-body-s">
              <NoticeState notice={notice} />
            </p>
            <p className="govuk-body" style={{ whiteSpace: 'pre-line' }}>
              {notice.body}
            </p>
          </div>
        </details>
      ))}
      <PrevNextPagination {...links} previousText={t('notices.newer')} nextText={t('notices.older')} ariaLabel={t('notices.pages')} />
    </div>
  );
}

function NoticeState({ notice }: { notice: CarerNotice }) {
  const { t } = useTranslation('home');
  switch (notice.status) {
    case 'sent':
      return t('notices.sentBy', { channel: t(`notices.channel.${notice.channel ?? 'letter'}`), date: formatDayOf(notice.sentAt ?? notice.createdAt) });
    case 'queued':
      return t('notices.queued');
    case 'undeliverable':
      return t('notices.undeliverable');
    case 'failed':
      return t('notices.failed');
  }
}
