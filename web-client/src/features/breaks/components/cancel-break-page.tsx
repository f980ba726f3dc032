import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { BackLink } from '@/components/govuk/back-link';
import { Button, ButtonGroup } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { SummaryList } from '@/components/govuk/summary-list';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import type { Break } from '@/lib/api/types';
import { isStaleChange, staleErrors } from '@/lib/forms/stale-change';
import { hasErrors, problemToFormErrors } from '@/lib/forms/form-errors';
import { breakStatusLabels, breakTypeLabels } from '@/lib/reference-data';
import { useCancelMyBreak } from '../api/cancel-my-break';
import { listMyBreaksQueryOptions } from '../api/list-my-breaks';
import { breakPaths } from '../paths';
import { canCancel, datesText } from '../break-text';

/** "Are you sure?" before a carer cancels a break: its places (and sitting hours) are given back. */
export function CancelBreakPage({ item: current, onCancelled }: { item: Break; onCancelled: (text: string) => void }) {
  // The break as it was when the page opened: once cancelled, the list read again says so while
  // this page is still on its way back to the list. Changed by staff meanwhile (412), it is read again.
  const [item, setItem] = useState(current);
  const queryClient = useQueryClient();
  const { errors, attempt, setErrors } = useFormErrors();
  const cancel = useCancelMyBreak();
  const title = 'Are you sure you want to cancel this break?';
  usePageTitle(title, hasErrors(errors));
  return (
    <>
      <BackLink to={breakPaths.list} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
          <h1 className="govuk-heading-l">{title}</h1>
          <SummaryList
            rows={[
              { key: 'Break', value: breakTypeLabels[item.breakType] },
              { key: 'For', value: item.caredForName },
              { key: 'When', value: datesText(item) },
              { key: 'Provider', value: item.providerName },
              { key: 'Status', value: breakStatusLabels[item.status] },
            ]}
          />
          {!canCancel(item.status) ? (
            <>
              <p className="govuk-body">This break is {breakStatusLabels[item.status].toLowerCase()}, so it cannot be cancelled.</p>
              <p className="govuk-body">
                <Link className="govuk-link" to={breakPaths.list}>
                  Back to your breaks
                </Link>
              </p>
            </>
          ) : (
            <>
              <p className="govuk-body">The place will be given to someone else. If you need a break later, you can ask again.</p>
              <form
                noValidate
                onSubmit={(event) => {
                  event.preventDefault();
                  cancel.mutate(
                    { breakId: item.id, eTag: item.eTag },
                    {
                      onSuccess: (cancelled) => onCancelled(`Your ${breakTypeLabels[cancelled.breakType].toLowerCase()} for ${cancelled.caredForName} on ${datesText(cancelled)} is cancelled`),
                      onError: (error) => {
                        if (!isStaleChange(error)) {
                          setErrors(problemToFormErrors(error, {}));
                          return;
                        }
                        void queryClient.fetchQuery(listMyBreaksQueryOptions()).then(
                          (mine) => {
                            const latest = mine.find((candidate) => candidate.id === item.id);
                            if (latest) setItem(latest);
                            setErrors(staleErrors('break'));
                          },
                          (reread: unknown) => setErrors(problemToFormErrors(reread, {})),
                        );
                      },
                    },
                  );
                }}
              >
                <ButtonGroup>
                  <Button variant="warning" preventDoubleClick disabled={cancel.isPending}>
                    Yes, cancel the break
                  </Button>
                  <Link className="govuk-link" to={breakPaths.list}>
                    No, keep it
                  </Link>
                </ButtonGroup>
              </form>
            </>
          )}
        </div>
      </div>
    </>
  );
}
