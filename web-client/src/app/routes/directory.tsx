import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { PageLoading, PageNotFound, ServiceProblem } from '@/components/layout/page-states';
import { useDirectoryService } from '@/features/directory/api/get-directory-service';
import { DirectoryPage } from '@/features/directory/components/directory-page';
import { ServicePage } from '@/features/directory/components/service-page';
import { isApiError } from '@/lib/api/api-error';
import { useAuth } from '@/lib/auth/auth-context';
import { areaForRole } from '@/lib/auth/session';

/** `/directory`: public, no sign-in. */
export function DirectoryRoute() {
  return <DirectoryPage />;
}

/** `/directory/:serviceId`: public; a retired or unknown service is "Page not found". */
export function DirectoryServiceRoute() {
  const { serviceId = '' } = useParams();
  const from = (useLocation().state as { from?: string } | null)?.from;
  const { session } = useAuth();
  const query = useDirectoryService(serviceId);
  const { t } = useTranslation('directory');
  if (query.isPending) return <PageLoading title={t('service.loading')} />;
  if (query.isError) return <ServiceReadProblem error={query.error} />;
  const area = session ? areaForRole(session.role) : null;
  return <ServicePage service={query.data.data} backTo={from} manager={area === 'manager'} canAskForFormat={area === null || area === 'carer'} />;
}

/** A service that could not be read: retired, unknown or not an id at all is "Page not found". */
export function ServiceReadProblem({ error }: { error: unknown }) {
  return isApiError(error) && (error.status === 404 || error.status === 400) ? <PageNotFound /> : <ServiceProblem error={error} />;
}
