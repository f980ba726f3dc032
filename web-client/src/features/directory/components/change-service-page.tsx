import { BackLink } from '@/components/govuk/back-link';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import { isApiError } from '@/lib/api/api-error';
import type { DirectoryService, Versioned } from '@/lib/api/types';
import { hasErrors } from '@/lib/forms/form-errors';
import { useChangeDirectoryService } from '../api/change-directory-service';
import { directoryPaths } from '../paths';
import { serviceFormToRequest, serviceProblemToFormErrors, valuesFromService } from '../service-form';
import { ServiceForm } from './service-form';

export const serviceChangedMessage =
  'Someone else changed this service after you opened this page, so your changes have not been saved. We have loaded the latest details below. Make your changes again, then save.';

type ChangeServicePageProps = {
  service: Versioned<DirectoryService>;
  /** The service changed under us (412 or 428): the route reads it again and shows why. */
  conflict: boolean;
  onConflict: () => void;
  onSaved: (name: string) => void;
};

/** Managers change a service, sending If-Match with the ETag it was read with. */
export function ChangeServicePage({ service, conflict, onConflict, onSaved }: ChangeServicePageProps) {
  const { errors, attempt, setErrors } = useFormErrors();
  const change = useChangeDirectoryService();
  const title = `Change ${service.data.name}`;
  usePageTitle(title, hasErrors(errors) || conflict);
  const extraSummary = conflict && !hasErrors(errors) ? [{ text: serviceChangedMessage }] : [];

  return (
    <>
      <BackLink to={directoryPaths.manage}>Back to the directory</BackLink>
      <ServiceForm
        title={title}
        initial={valuesFromService(service.data)}
        errors={errors}
        extraSummary={extraSummary}
        attempt={`${attempt}-${conflict}`}
        submitText="Save changes"
        pending={change.isPending}
        onSubmit={(values) => {
          const result = serviceFormToRequest(values);
          if (!result.ok) {
            setErrors(result.errors);
            return;
          }
          change.mutate(
            { serviceId: service.data.id, body: result.body, etag: service.etag },
            {
              onSuccess: (saved) => onSaved(saved.data.name),
              onError: (error) => {
                if (isApiError(error) && (error.status === 412 || error.status === 428)) onConflict();
                else setErrors(serviceProblemToFormErrors(error, result.slotRows, values.openings.length));
              },
            },
          );
        }}
      />
    </>
  );
}
