import { PrevNextPagination } from '@/components/govuk/pagination';
import { PageLoading, ServiceProblem } from '@/components/layout/page-states';
import { LookUpPage } from '@/features/emergency-duty/components/look-up-page';
import { useOverdueEmergencyPlans } from '@/features/emergency-plan-reviews/api/list-overdue-emergency-plans';
import { OverduePlansTable } from '@/features/emergency-plan-reviews/components/overdue-plans-table';
import { useCursorPaging } from '@/hooks/use-cursor-paging';
import { usePageTitle } from '@/hooks/use-page-title';

const overdueTitle = 'Emergency plans overdue for review';

/** Assessors: emergency plans not reviewed for a year, so the carer can be reminded. */
export function OverduePlansRoute() {
  const paging = useCursorPaging<HTMLTableCaptionElement>();
  const query = useOverdueEmergencyPlans(paging.cursor);
  usePageTitle(paging.pageNumber > 1 ? `${overdueTitle}, page ${paging.pageNumber}` : overdueTitle);
  if (query.isPending) return <PageLoading title={overdueTitle} />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  return (
    <>
      <h1 className="govuk-heading-l">{overdueTitle}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            A carer’s emergency plan should be looked at again at least once a year. These plans are past their review date, oldest
            first: contact the carer and remind them to check it.
          </p>
        </div>
      </div>
      {query.data.items.length === 0 && paging.pageNumber === 1 ? (
        <p className="govuk-body">No emergency plans are overdue for review.</p>
      ) : (
        <>
          <OverduePlansTable
            plans={query.data.items}
            caption={paging.pageNumber > 1 ? `Plans overdue for review, page ${paging.pageNumber}` : 'Plans overdue for review'}
            captionRef={paging.focusRef}
          />
          <PrevNextPagination {...paging.links(query.data.nextCursor)} />
        </>
      )}
    </>
  );
}

/** Emergency duty staff: one card number, its plans; nothing to list or search. */
export function EmergencyCardLookUpRoute() {
  return <LookUpPage />;
}
