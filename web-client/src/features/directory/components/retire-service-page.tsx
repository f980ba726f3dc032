import { Link } from 'react-router';
import { BackLink } from '@/components/govuk/back-link';
import { Button, ButtonGroup } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { WarningText } from '@/components/govuk/misc';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import type { DirectoryService } from '@/lib/api/types';
import { hasErrors, problemToFormErrors } from '@/lib/forms/form-errors';
import { isStaleChange } from '@/lib/forms/stale-change';
import { useRetireDirectoryService } from '../api/retire-directory-service';
import { directoryPaths } from '../paths';

/** "Are you sure?" before a service leaves the directory. */
export function RetireServicePage({
  service,
  etag,
  onRetired,
  onStale,
}: {
  service: DirectoryService;
  etag: string | null | undefined;
  onRetired: (name: string) => void;
  /** The service changed since it was read (412): read it again. */
  onStale: () => void;
}) {
  const { errors, attempt, setErrors } = useFormErrors();
  const retire = useRetireDirectoryService();
  const title = `Are you sure you want to retire ${service.name}?`;
  usePageTitle(title, hasErrors(errors));

  return (
    <>
      <BackLink to={directoryPaths.manage}>Back to the directory</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
          <h1 className="govuk-heading-l">{title}</h1>
          <p className="govuk-body">{service.summary}</p>
          <WarningText>It will leave the public directory straight away. Its name can then be used for a new entry.</WarningText>
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              retire.mutate(
                { serviceId: service.id, etag },
                {
                  onSuccess: () => onRetired(service.name),
                  onError: (error) => {
                    if (isStaleChange(error)) {
                      onStale();
                      setErrors({ fields: {}, summary: [{ text: 'Someone else changed this service while you were on this page. We have shown you the latest version. Check it, then retire it again.' }] });
                    } else {
                      setErrors(problemToFormErrors(error, {}));
                    }
                  },
                },
              );
            }}
          >
            <ButtonGroup>
              <Button variant="warning" preventDoubleClick disabled={retire.isPending}>
                Retire service
              </Button>
              <Link className="govuk-link" to={directoryPaths.manage}>
                Cancel
              </Link>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </>
  );
}
