import { PrevNextPagination } from '@/components/govuk/pagination';
import { PageLoading, ServiceProblem } from '@/components/layout/page-states';
import { useGpFlags } from '@/features/gp-flags/api/list-gp-flags';
import { GpFlagTable } from '@/features/gp-flags/components/gp-flag-table';
import { useCursorPaging } from '@/hooks/use-cursor-paging';
import { usePageTitle } from '@/hooks/use-page-title';

const title = 'GP flag feed';

export function GpFlagsRoute() {
  const paging = useCursorPaging<HTMLTableCaptionElement>();
  const query = useGpFlags(paging.cursor);
  usePageTitle(paging.pageNumber > 1 ? `${title}, page ${paging.pageNumber}` : title);
  if (query.isPending) return <PageLoading title={title} />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  const flags = query.data.items;

  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            Carer flags that GP practices have sent, newest first. A flag about someone we do not know creates a carer awaiting contact
            if the patient agreed to be contacted, or is only counted for reports if not.
          </p>
        </div>
      </div>
      {flags.length === 0 ? (
        <p className="govuk-body">No GP practice has sent a carer flag yet.</p>
      ) : (
        <>
          <GpFlagTable flags={flags} pageNumber={paging.pageNumber} captionRef={paging.focusRef} />
          <PrevNextPagination {...paging.links(query.data.nextCursor)} />
        </>
      )}
    </>
  );
}
