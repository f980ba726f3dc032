import { useNavigate, useParams } from 'react-router';
import { PageLoading, PageNotFound, ServiceProblem } from '@/components/layout/page-states';
import { paths } from '@/config/paths';
import { useGpExtractImport } from '@/features/gp-extracts/api/get-gp-extract-import';
import { ImportProgressView } from '@/features/gp-extracts/components/import-progress-view';
import { UploadExtractForm } from '@/features/gp-extracts/components/upload-extract-form';
import { isApiError } from '@/lib/api/api-error';

export function UploadGpExtractRoute() {
  const navigate = useNavigate();
  return <UploadExtractForm onUploaded={(status) => void navigate(paths.gpExtractImport(status.id))} />;
}

export function GpExtractImportRoute() {
  const { importId = '' } = useParams();
  const query = useGpExtractImport(importId);
  if (query.isPending) return <PageLoading title="Importing the GP extract" />;
  if (query.isError) {
    if (isApiError(query.error) && (query.error.status === 404 || query.error.status === 400)) return <PageNotFound />;
    return <ServiceProblem error={query.error} />;
  }
  return <ImportProgressView status={query.data} />;
}
