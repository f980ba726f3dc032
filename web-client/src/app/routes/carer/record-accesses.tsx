import { useState } from 'react';
import { PageLoading, ServiceProblem } from '@/components/layout/page-states';
import { useMyRecordAccesses } from '@/features/record-accesses/api/list-my-record-accesses';
import { RecordAccessesPage, recordAccessesTitle } from '@/features/record-accesses/components/record-accesses-page';

/** The carer's "Who has seen your record", a page at a time; the cursors of earlier pages are kept for Previous. */
export function RecordAccessesRoute() {
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors.at(-1);
  const query = useMyRecordAccesses(cursor);
  if (query.isPending) return <PageLoading title={recordAccessesTitle} />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  const next = query.data.nextCursor;
  return (
    <RecordAccessesPage
      items={query.data.items}
      pageNumber={cursors.length + 1}
      onNext={next ? () => setCursors((current) => [...current, next]) : undefined}
      onPrevious={cursors.length > 0 ? () => setCursors((current) => current.slice(0, -1)) : undefined}
    />
  );
}
