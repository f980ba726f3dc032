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
import { isStaleChange } from '@/lib/forms/stale-change';
import { hasErrors, problemToFormErrors } from '@/lib/forms/form-errors';
import { useCancelMyBreak } from '../api/cancel-my-break';
import { listMyBreaksQueryOptions } from '../api/list-my-breaks';
import { breakPaths } from '../paths';
import { canCancel, datesText } from '../break-text';
import { useBreakWords } from './break-words';

/** "Are you sure?" before a carer cancels a break: its places (and sitting hours) are given back. */
export function CancelBreakPage({ item: current, onCancelled }: { item: Break; onCancelled: (text: string) => void }) {
  // The break as it was when the page opened: once cancelled, the list read again says so while
  // this page is still on its way back to the list. Changed by staff meanwhile (412), it is read again.
  const [item, setItem] = useState(current);
  const queryClient = useQueryClient();
  const { errors, attempt, setErrors } = useFormErrors();
  const cancel = useCancelMyBreak();
  const { t, types, statuses, lower } = useBreakWords();
  const title = t('cancel.title');
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
              { key: t('list.break'), value: types[item.breakType] },
              { key: t('list.for'), value: item.caredForName },
              { key: t('list.when'), value: datesText(item) },
              { key: t('list.provider'), value: item.providerName },
              { key: t('list.status'), value: statuses[item.status] },
            ]}
          />
          {!canCancel(item.status) ? (
            <>
              <p className="govuk-body">{t('cancel.cannot', { status: lower(statuses[item.status]) })}</p>
              <p className="govuk-body">
                <Link className="govuk-link" to={breakPaths.list}>
                  {t('cancel.back')}
                </Link>
              </p>
            </>
          ) : (
            <>
              <p className="govuk-body">{t('cancel.placeGoes')}</p>
              <form
                noValidate
                onSubmit={(event) => {
                  event.preventDefault();
                  cancel.mutate(
                    { breakId: item.id, eTag: item.eTag },
                    {
                      onSuccess: (cancelled) => onCancelled(t('cancel.cancelled', { type: lower(types[cancelled.breakType]), name: cancelled.caredForName, when: datesText(cancelled) })),
                      onError: (error) => {
                        if (!isStaleChange(error)) {
                          setErrors(problemToFormErrors(error, {}));
                          return;
                        }
                        void queryClient.fetchQuery(listMyBreaksQueryOptions()).then(
                          (mine) => {
                            const latest = mine.find((candidate) => candidate.id === item.id);
                            if (latest) setItem(latest);
                            setErrors({ fields: {}, summary: [{ text: t('cancel.stale') }] });
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
                    {t('cancel.yes')}
                  </Button>
                  <Link className="govuk-link" to={breakPaths.list}>
                    {t('cancel.no')}
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
