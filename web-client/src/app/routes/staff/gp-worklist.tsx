import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { Button } from '@/components/govuk/button';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { PrevNextPagination } from '@/components/govuk/pagination';
import { TextInput } from '@/components/govuk/text-input';
import { ServiceProblem } from '@/components/layout/page-states';
import { paths } from '@/config/paths';
import { useGpIdentifiedPeople, type GpIdentifiedPerson } from '@/features/gp-worklist/api/list-gp-identified-people';
import { ContactAttemptForm } from '@/features/gp-worklist/components/contact-attempt-form';
import { GpWorklistTable } from '@/features/gp-worklist/components/gp-worklist-table';
import { attemptSavedText } from '@/features/gp-worklist/outcomes';
import { useCursorPaging } from '@/hooks/use-cursor-paging';
import { usePageTitle } from '@/hooks/use-page-title';
import { formatNhsNumber } from '@/lib/validation/nhs-number';

const title = 'GP worklist';
const odsPattern = /^[A-Z][0-9]{5}$/;

type WorklistState = { banner?: string };

export function GpWorklistRoute() {
  const [params, setParams] = useSearchParams();
  const practice = params.get('practice') ?? undefined;
  const [typed, setTyped] = useState(practice ?? '');
  const [error, setError] = useState<string | undefined>();
  const paging = useCursorPaging<HTMLTableCaptionElement>();
  const banner = (useLocation().state as WorklistState | null)?.banner;
  const query = useGpIdentifiedPeople(practice, paging.cursor);
  usePageTitle(paging.pageNumber > 1 ? `${title}, page ${paging.pageNumber}` : title, Boolean(error));

  function filter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = typed.trim().toUpperCase();
    if (code && !odsPattern.test(code)) {
      setError('Enter a GP practice code, like A12345');
      return;
    }
    setError(undefined);
    setParams(code ? { practice: code } : {});
  }

  return (
    <>
      {banner ? <NotificationBanner type="success" heading={banner} /> : null}
      <h1 className="govuk-heading-l">{title}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            People their GP practice says are carers, who agreed to be contacted and are not known to us yet, oldest first. We hold only
            their NHS number and practice: contact them through the practice. Record each attempt, or register them as a carer.
          </p>
          <form onSubmit={filter} noValidate role="search" aria-label="Filter by GP practice">
            <TextInput id="practice" label="GP practice code" labelSize="s" hint="For example, A81001. Leave blank for every practice." value={typed} onChange={setTyped} error={error} width="10" spellCheck={false} />
            <Button variant="secondary">Show</Button>
          </form>
        </div>
      </div>
      {query.isPending ? (
        <p className="govuk-body" role="status">
          Loading…
        </p>
      ) : query.isError ? (
        <ServiceProblem error={query.error} />
      ) : query.data.items.length === 0 && paging.pageNumber === 1 ? (
        <p className="govuk-body">{practice ? `No one from practice ${practice} is awaiting contact.` : 'No one is awaiting contact.'}</p>
      ) : (
        <>
          <GpWorklistTable people={query.data.items} pageNumber={paging.pageNumber} captionRef={paging.focusRef} />
          <PrevNextPagination {...paging.links(query.data.nextCursor)} />
        </>
      )}
    </>
  );
}

export function GpContactAttemptRoute() {
  const { nhsNumber = '' } = useParams();
  const person = (useLocation().state as { person?: GpIdentifiedPerson } | null)?.person;
  const navigate = useNavigate();
  return (
    <ContactAttemptForm
      nhsNumber={nhsNumber}
      {...(person?.nhsNumber === nhsNumber ? { odsCode: person.odsCode } : {})}
      onSaved={(outcome) => void navigate(paths.gpWorklist, { state: { banner: attemptSavedText(outcome, formatNhsNumber(nhsNumber)) } satisfies WorklistState })}
    />
  );
}
