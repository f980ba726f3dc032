import { useNavigate, useParams } from 'react-router';
import { PageLoading, PageNotFound, ServiceProblem } from '@/components/layout/page-states';
import { paths } from '@/config/paths';
import { useHistoricImport } from '@/features/historic-import/api/get-historic-import';
import { HistoricImportView } from '@/features/historic-import/components/historic-import-view';
import { UploadHistoricFileForm } from '@/features/historic-import/components/upload-historic-file-form';
import { isApiError } from '@/lib/api/api-error';

export function UploadHistoricImportRoute() {
  const navigate = useNavigate();
  return <UploadHistoricFileForm onUploaded={(status) => void navigate(paths.historicImport(status.id))} />;
}

export function HistoricImportRoute() {
  const { importId = '' } = useParams();
  const query = useHistoricImport(importId);
  if (query.isPending) return <PageLoading title="Importing historic records" />;
  if (query.isError) {
    if (isApiError(query.error) && (query.error.status === 404 || query.error.status === 400)) return <PageNotFound />;
    return <ServiceProblem error={query.error} />;
  }
  return <HistoricImportView status={query.data} />;
}
