import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { BackLink } from '@/components/govuk/back-link';
import { Button, ButtonGroup } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { Tag, type TagColour } from '@/components/govuk/misc';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { SummaryList } from '@/components/govuk/summary-list';
import { Textarea } from '@/components/govuk/textarea';
import { paths } from '@/config/paths';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import { isStaleChange, staleErrors } from '@/lib/forms/stale-change';
import type { Break, BreakStatus, MoveBreakStep } from '@/lib/api/types';
import { hasErrors, noErrors, problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { breakStatusLabels, breakTypeLabels } from '@/lib/reference-data';
import { formatDateTime } from '@/lib/validation/date';
import { getBreakQueryOptions } from '../api/get-break';
import { useMoveBreak } from '../api/move-break';
import { breakActionsFor } from '../forms';
import { breakWorkPaths } from '../paths';
import { breakWhen } from './break-queue-table';

const colours: Record<BreakStatus, TagColour> = { requested: 'blue', approved: 'turquoise', confirmed: 'green', completed: 'grey', declined: 'red', cancelled: 'grey' };

const doneText: Record<MoveBreakStep, string> = {
  approved: 'Break approved',
  declined: 'Break declined',
  confirmed: 'Provider’s confirmation recorded',
  completed: 'Break marked as completed',
  cancelled: 'Break cancelled: its places are given back',
};

/**
 * One break: who it is for, what was asked for, and the next steps MoveBreak allows from its status. Each step is sent
 * at the version shown (If-Match); when someone else moved the break first (412), the latest is read and shown.
 */
export function BreakWorkPage({ initial }: { initial: Break }) {
  const [item, setItem] = useState(initial);
  // Back to the queue the break was in when the page opened (the read of the break is refreshed after each move).
  const [openedIn] = useState(initial.status);
  const [banner, setBanner] = useState<{ text: string; key: number }>();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const { errors, attempt, setErrors } = useFormErrors();
  const move = useMoveBreak();
  const queryClient = useQueryClient();
  const title = `${breakTypeLabels[item.breakType]} with ${item.providerName}`;
  usePageTitle(title, hasErrors(errors));
  const allowed = breakActionsFor(item.status);

  function step(to: MoveBreakStep, body: { reason?: string } = {}) {
    move.mutate(
      { breakId: item.id, eTag: item.eTag, body: { to, ...body } },
      {
        onSuccess: (moved) => {
          setItem(moved);
          setDeclining(false);
          setErrors(noErrors);
          setBanner({ text: doneText[to], key: Date.now() });
        },
        onError: (error) => {
          setBanner(undefined);
          if (!isStaleChange(error)) {
            setErrors(problemToFormErrors(error, { reason: '#reason' }));
            return;
          }
          void queryClient.fetchQuery(getBreakQueryOptions(item.id)).then(
            (latest) => {
              setItem(latest);
              setDeclining(false);
              setErrors(staleErrors('break'));
            },
            (reread: unknown) => setErrors(problemToFormErrors(reread, {})),
          );
        },
      },
    );
  }

  function onDecline(event: FormEvent) {
    event.preventDefault();
    const text = reason.trim();
    if (text === '') {
      setErrors(validationToFormErrors({ reason: 'Enter why the break is declined' }));
      return;
    }
    step('declined', { reason: text });
  }

  return (
    <>
      <BackLink to={breakWorkPaths.queueView(openedIn)}>Back to breaks</BackLink>
      {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
      {banner ? <NotificationBanner key={banner.key} type="success" heading={banner.text} /> : null}
      <span className="govuk-caption-l">Breaks</span>
      <h1 className="govuk-heading-l">{title}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SummaryList
            rows={[
              {
                key: 'Status',
                value: (
                  <>
                    <Tag colour={colours[item.status]}>{breakStatusLabels[item.status]}</Tag>
                    {item.emergency ? (
                      <>
                        {' '}
                        <Tag colour="red">Emergency</Tag>
                      </>
                    ) : null}
                  </>
                ),
              },
              {
                key: 'Carer',
                value: (
                  <Link className="govuk-link" to={paths.carer(item.carerId)} state={{ accessReason: 'casework' }}>
                    {item.carerName}
                  </Link>
                ),
              },
              { key: 'Cared for', value: item.caredForName },
              { key: 'Type of break', value: breakTypeLabels[item.breakType] },
              { key: 'When', value: breakWhen(item) },
              { key: 'Provider', value: item.providerName },
              { key: 'Asked for', value: formatDateTime(item.requestedAt) },
              ...(item.decisionReason ? [{ key: item.status === 'declined' ? 'Why it was declined' : 'Reason', value: item.decisionReason }] : []),
            ]}
          />

          {declining ? (
            <form noValidate onSubmit={onDecline}>
              <Textarea id="reason" label="Why is the break declined?" labelSize="m" hint="The carer is told this reason." error={errors.fields.reason} value={reason} onChange={setReason} />
              <ButtonGroup>
                <Button variant="warning" preventDoubleClick disabled={move.isPending}>
                  Decline break
                </Button>
                <Button type="button" variant="secondary" onClick={() => setDeclining(false)}>
                  Do not decline
                </Button>
              </ButtonGroup>
            </form>
          ) : (
            <ButtonGroup>
              {allowed.approve ? (
                <Button type="button" disabled={move.isPending} onClick={() => step('approved')}>
                  Approve
                </Button>
              ) : null}
              {allowed.confirm ? (
                <Button type="button" disabled={move.isPending} onClick={() => step('confirmed')}>
                  Record the provider’s confirmation
                </Button>
              ) : null}
              {allowed.complete ? (
                <Button type="button" disabled={move.isPending} onClick={() => step('completed')}>
                  Mark as completed
                </Button>
              ) : null}
              {allowed.decline ? (
                <Button type="button" variant="secondary" onClick={() => setDeclining(true)}>
                  Decline
                </Button>
              ) : null}
              {allowed.cancel ? (
                <Button type="button" variant="warning" disabled={move.isPending} onClick={() => step('cancelled')}>
                  Cancel break
                </Button>
              ) : null}
            </ButtonGroup>
          )}
        </div>
      </div>
    </>
  );
}
