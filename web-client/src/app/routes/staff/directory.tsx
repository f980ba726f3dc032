import { useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { PageLoading } from '@/components/layout/page-states';
import { useDirectoryService, useRefreshDirectoryService } from '@/features/directory/api/get-directory-service';
import { AddServicePage } from '@/features/directory/components/add-service-page';
import { ChangeServicePage } from '@/features/directory/components/change-service-page';
import { ManageDirectoryPage } from '@/features/directory/components/manage-directory-page';
import { RetireServicePage } from '@/features/directory/components/retire-service-page';
import { directoryPaths } from '@/features/directory/paths';
import { ServiceReadProblem } from '@/app/routes/directory';

/** Managers: the directory's entries, with a banner after an add, change or retirement. */
export function ManageDirectoryRoute() {
  const banner = (useLocation().state as { banner?: string } | null)?.banner;
  return <ManageDirectoryPage banner={banner} />;
}

export function AddDirectoryServiceRoute() {
  const navigate = useNavigate();
  return <AddServicePage onAdded={(name) => void navigate(directoryPaths.manage, { state: { banner: `${name} added to the directory` } })} />;
}

/** Loads one service for a manager's page; a retired one (404) is "Page not found". */
function useServiceFor(serviceId: string) {
  const query = useDirectoryService(serviceId);
  const fallback = query.isPending ? <PageLoading title="Directory of local services" /> : query.isError ? <ServiceReadProblem error={query.error} /> : null;
  return { query, fallback };
}

export function ChangeDirectoryServiceRoute() {
  const { serviceId = '' } = useParams();
  const navigate = useNavigate();
  const refresh = useRefreshDirectoryService(serviceId);
  const [conflict, setConflict] = useState(false);
  const { query, fallback } = useServiceFor(serviceId);
  if (!query.data) return fallback;
  return (
    <ChangeServicePage
      // A new ETag (after a 412 and a fresh read) starts the form again from the latest details.
      key={query.data.etag ?? 'no-etag'}
      service={query.data}
      conflict={conflict}
      onConflict={() => {
        setConflict(true);
        refresh();
      }}
      onSaved={(name) => void navigate(directoryPaths.manage, { state: { banner: `${name} changed` } })}
    />
  );
}

export function RetireDirectoryServiceRoute() {
  const { serviceId = '' } = useParams();
  const navigate = useNavigate();
  const { query, fallback } = useServiceFor(serviceId);
  const refresh = useRefreshDirectoryService(serviceId);
  if (!query.data) return fallback;
  return (
    <RetireServicePage
      service={query.data.data}
      etag={query.data.etag}
      onStale={refresh}
      onRetired={(name) => void navigate(directoryPaths.manage, { state: { banner: `${name} retired: it has left the directory` } })}
    />
  );
}
