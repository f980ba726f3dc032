import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { BackLink } from '@/components/govuk/back-link';
import { Button, ButtonGroup } from '@/components/govuk/button';
import { DateInput, dateInputErrorHref } from '@/components/govuk/date-input';
import { Tag } from '@/components/govuk/misc';
import { SummaryList } from '@/components/govuk/summary-list';
import { TextInput } from '@/components/govuk/text-input';
import { Textarea } from '@/components/govuk/textarea';
import { paths } from '@/config/paths';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import { isStaleChange, staleErrors } from '@/lib/forms/stale-change';
import type { GrantApplication } from '@/lib/api/types';
import { hasErrors, noErrors, problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { formatPence } from '@/lib/money';
import { grantPotLabels, grantPurposeLabels, grantStatusLabels } from '@/lib/reference-data';
import { emptyDateParts, formatDate, formatDateTime, parseDateParts, type DateParts } from '@/lib/validation/date';
import { useApproveGrant } from '../api/approve-grant';
import { useCancelGrant } from '../api/cancel-grant';
import { useDeclineGrant } from '../api/decline-grant';
import { getGrantApplicationQueryOptions } from '../api/get-grant-application';
import { useMarkGrantPaid } from '../api/mark-grant-paid';
import { actionsFor, overrideReasonNeeded, potText } from '../forms';
import { assessmentText } from './applications-table';
import { FormButtons, Messages, fieldProps, type Banner } from './grant-page-parts';

type Action = 'decline' | 'markPaid' | undefined;

/**
 * One application: its details, and approve (with an override reason when asked), decline, mark paid or cancel, each at
 * the version shown (If-Match). When another officer changed it first (412), the latest version is read and shown.
 */
export function GrantApplicationPage({ initial }: { initial: GrantApplication }) {
  const [application, setApplication] = useState(initial);
  const [banner, setBanner] = useState<Banner | undefined>();
  const [action, setAction] = useState<Action>();
  const [overrideNeeded, setOverrideNeeded] = useState(false);
  const [overrideReason, setOverrideReason] = useState('');
  const [declineReason, setDeclineReason] = useState('');
  const [paidOn, setPaidOn] = useState<DateParts>(emptyDateParts);
  const [paymentReference, setPaymentReference] = useState('');
  const { errors, attempt, setErrors } = useFormErrors();
  const approve = useApproveGrant();
  const decline = useDeclineGrant();
  const markPaid = useMarkGrantPaid();
  const cancel = useCancelGrant();
  const queryClient = useQueryClient();
  const title = `${application.carerName}’s grant application`;
  usePageTitle(title, hasErrors(errors));
  const allowed = actionsFor(application.status);
  const busy = approve.isPending || decline.isPending || markPaid.isPending || cancel.isPending;

  const done = (updated: GrantApplication, text: string) => {
    setApplication(updated);
    setAction(undefined);
    setOverrideNeeded(false);
    setErrors(noErrors);
    setBanner({ text, key: Date.now() });
  };
  const failed = (error: unknown, fields: Record<string, string>) => {
    setBanner(undefined);
    if (!isStaleChange(error)) {
      setErrors(problemToFormErrors(error, fields));
      return;
    }
    void queryClient.fetchQuery(getGrantApplicationQueryOptions(application.id)).then(
      (latest) => {
        setApplication(latest);
        setAction(undefined);
        setOverrideNeeded(false);
        setErrors(staleErrors('grant application'));
      },
      (reread: unknown) => setErrors(problemToFormErrors(reread, {})),
    );
  };

  const onApprove = (event: FormEvent) => {
    event.preventDefault();
    if (overrideNeeded && overrideReason.trim() === '') {
      setErrors(validationToFormErrors({ overrideReason: 'Enter why this carer should have another grant this year' }));
      return;
    }
    approve.mutate(
      { grantId: application.id, eTag: application.eTag, ...(overrideNeeded ? { overrideReason: overrideReason.trim() } : {}) },
      {
        onSuccess: (updated) => done(updated, `Grant approved: ${formatPence(updated.amountPence)} committed from the ${grantPotLabels[updated.pot]}`),
        onError: (error) => {
          const message = overrideReasonNeeded(error);
          if (message) {
            setBanner(undefined);
            setOverrideNeeded(true);
            setErrors(validationToFormErrors({ overrideReason: message }));
          } else {
            failed(error, { overrideReason: '#overrideReason' });
          }
        },
      },
    );
  };

  const onDecline = (event: FormEvent) => {
    event.preventDefault();
    const reason = declineReason.trim();
    if (reason === '') {
      setErrors(validationToFormErrors({ reason: 'Enter why the grant is declined' }));
      return;
    }
    decline.mutate(
      { grantId: application.id, eTag: application.eTag, reason },
      { onSuccess: (updated) => done(updated, 'Grant declined'), onError: (error) => failed(error, { reason: '#reason' }) },
    );
  };

  const onMarkPaid = (event: FormEvent) => {
    event.preventDefault();
    const date = parseDateParts(paidOn, { name: 'Date paid', missing: 'Enter the date the grant was paid' });
    const reference = paymentReference.trim();
    const referenceError =
      reference === ''
        ? 'Enter the payment reference'
        : !/^[A-Za-z0-9/-]+$/.test(reference) || reference.length > 50
          ? 'Payment reference must be 50 letters, numbers, slashes or hyphens or fewer'
          : undefined;
    if (!date.ok || !date.value || referenceError) {
      setErrors(
        validationToFormErrors(
          { paidOn: date.ok ? (date.value ? undefined : 'Enter the date the grant was paid') : date.message, paymentReference: referenceError },
          { paidOn: dateInputErrorHref('paidOn', date.ok ? undefined : date.parts) },
        ),
      );
      return;
    }
    markPaid.mutate(
      { grantId: application.id, eTag: application.eTag, body: { paidOn: date.value, paymentReference: reference } },
      {
        onSuccess: (updated) => done(updated, `Grant marked as paid on ${formatDate(updated.paidOn)}`),
        onError: (error) => failed(error, { paidOn: '#paidOn-day', paymentReference: '#paymentReference' }),
      },
    );
  };

  const onCancel = () => {
    cancel.mutate(
      { grantId: application.id, eTag: application.eTag },
      { onSuccess: (updated) => done(updated, 'Grant cancelled: its amount is back in the pot'), onError: (error) => failed(error, {}) },
    );
  };

  return (
    <>
      <BackLink to={paths.grantApplications}>Back to grant applications</BackLink>
      <Messages errors={errors} attempt={attempt} banner={banner} />
      <span className="govuk-caption-l">Grant applications</span>
      <h1 className="govuk-heading-l">{title}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SummaryList
            rows={[
              {
                key: 'Status',
                value: (
                  <>
                    {grantStatusLabels[application.status]}
                    {application.status === 'approved' && application.late ? (
                      <>
                        {' '}
                        <Tag colour="red">Late</Tag>
                      </>
                    ) : null}
                  </>
                ),
              },
              { key: 'Carer', value: application.carerName },
              { key: 'For', value: grantPurposeLabels[application.purpose] },
              { key: 'What it will help with', value: application.helpsWith },
              { key: 'Amount', value: formatPence(application.amountPence) },
              { key: 'Pot', value: potText(application) },
              { key: 'Applied', value: formatDateTime(application.submittedAt) },
              { key: 'Assessment', value: assessmentText(application) },
              ...(application.approvedOn ? [{ key: 'Approved on', value: formatDate(application.approvedOn) }] : []),
              ...(application.overrideReason ? [{ key: 'Reason for another grant this year', value: application.overrideReason }] : []),
              ...(application.declineReason ? [{ key: 'Reason declined', value: application.declineReason }] : []),
              ...(application.paidOn ? [{ key: 'Paid on', value: formatDate(application.paidOn) }] : []),
              ...(application.paymentReference ? [{ key: 'Payment reference', value: application.paymentReference }] : []),
            ]}
          />

          {allowed.approve && action === undefined ? (
            <form noValidate onSubmit={onApprove}>
              {overrideNeeded ? (
                <Textarea {...fieldProps(errors, 'overrideReason', overrideReason, setOverrideReason)} label="Why should this carer have another grant this year?" labelSize="m" />
              ) : null}
              <FormButtons submitText={overrideNeeded ? 'Approve with this reason' : 'Approve'} busy={busy} otherText="Decline" onOther={() => setAction('decline')} />
            </form>
          ) : null}

          {allowed.decline && action === 'decline' ? (
            <form noValidate onSubmit={onDecline}>
              <Textarea {...fieldProps(errors, 'reason', declineReason, setDeclineReason)} label="Why is the grant declined?" labelSize="m" hint="The carer is told this reason." />
              <FormButtons submitText="Decline grant" submitVariant="warning" busy={busy} otherText="Do not decline" onOther={() => setAction(undefined)} />
            </form>
          ) : null}

          {allowed.markPaid && action === undefined ? (
            <ButtonGroup>
              <Button type="button" onClick={() => setAction('markPaid')}>
                Mark paid
              </Button>
              {allowed.cancel ? (
                <Button type="button" variant="warning" disabled={busy} onClick={onCancel}>
                  Cancel grant
                </Button>
              ) : null}
            </ButtonGroup>
          ) : null}

          {allowed.markPaid && action === 'markPaid' ? (
            <form noValidate onSubmit={onMarkPaid}>
              <h2 className="govuk-heading-m">Mark as paid</h2>
              <DateInput {...fieldProps(errors, 'paidOn', paidOn, setPaidOn)} legend="Date paid" legendSize="s" hint="For example, 27 3 2026" />
              <TextInput {...fieldProps(errors, 'paymentReference', paymentReference, setPaymentReference)} label="Payment reference" labelSize="s" width="20" spellCheck={false} />
              <FormButtons submitText="Mark paid" busy={busy} otherText="Back" onOther={() => setAction(undefined)} />
            </form>
          ) : null}
        </div>
      </div>
    </>
  );
}
