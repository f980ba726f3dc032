import { BackLink } from '@/components/govuk/back-link';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import { hasErrors } from '@/lib/forms/form-errors';
import { useAddDirectoryService } from '../api/add-directory-service';
import { directoryPaths } from '../paths';
import { emptyServiceForm, serviceFormToRequest, serviceProblemToFormErrors } from '../service-form';
import { ServiceForm } from './service-form';

/** Managers add a service to the directory; the API's 400s go beside the fields and rows, a 409 beside the name. */
export function AddServicePage({ onAdded }: { onAdded: (name: string) => void }) {
  const { errors, attempt, setErrors } = useFormErrors();
  const add = useAddDirectoryService();
  const title = 'Add a service to the directory';
  usePageTitle(title, hasErrors(errors));

  return (
    <>
      <BackLink to={directoryPaths.manage}>Back to the directory</BackLink>
      <ServiceForm
        title={title}
        initial={emptyServiceForm}
        errors={errors}
        attempt={attempt}
        submitText="Add service"
        pending={add.isPending}
        onSubmit={(values) => {
          const result = serviceFormToRequest(values);
          if (!result.ok) {
            setErrors(result.errors);
            return;
          }
          add.mutate(result.body, {
            onSuccess: (added) => onAdded(added.name),
            onError: (error) => setErrors(serviceProblemToFormErrors(error, result.slotRows, values.openings.length)),
          });
        }}
      />
    </>
  );
}
