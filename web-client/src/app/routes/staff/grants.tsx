import { useState, type FormEvent } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { BackLink } from '@/components/govuk/back-link';
import { Button, ButtonGroup } from '@/components/govuk/button';
import { DateInput, dateInputErrorHref } from '@/components/govuk/date-input';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { Tag } from '@/components/govuk/misc';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { PrevNextPagination } from '@/components/govuk/pagination';
import { SummaryList } from '@/components/govuk/summary-list';
import { TextInput } from '@/components/govuk/text-input';
import { Textarea } from '@/components/govuk/textarea';
import { PageLoading, PageNotFound, ServiceProblem } from '@/components/layout/page-states';
import { paths } from '@/config/paths';
import { useApproveGrant } from '@/features/grant-work/api/approve-grant';
import { useCancelGrant } from '@/features/grant-work/api/cancel-grant';
import { useDeclineGrant } from '@/features/grant-work/api/decline-grant';
import { useExportGrantPayments } from '@/features/grant-work/api/export-grant-payments';
import { useGrantBudget } from '@/features/grant-work/api/get-grant-budget';
import { useFindGrantApplication, useGrantApplications } from '@/features/grant-work/api/list-grant-applications';
import { useMarkGrantPaid } from '@/features/grant-work/api/mark-grant-paid';
import { useSetGrantBudget } from '@/features/grant-work/api/set-grant-budget';
import { ApplicationsTable, assessmentText } from '@/features/grant-work/components/applications-table';
import { BudgetChart } from '@/features/grant-work/components/budget-chart';
import {
  actionsFor,
  applicationsQuery,
  applicationsViews,
  budgetFormToRequest,
  isApplicationsView,
  overrideReasonNeeded,
} from '@/features/grant-work/forms';
import { useCursorPaging } from '@/hooks/use-cursor-paging';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import { isApiError } from '@/lib/api/api-error';
import type { GrantApplication } from '@/lib/api/types';
import { hasErrors, noErrors, problemToFormErrors, validationToFormErrors, type FormErrors } from '@/lib/forms/form-errors';
import { financialYearLabel, financialYearOf, formatPence } from '@/lib/money';
import { grantPotLabels, grantPurposeLabels, grantStatusLabels } from '@/lib/reference-data';
import { emptyDateParts, formatDate, formatDateTime, parseDateParts, type DateParts } from '@/lib/validation/date';

type Banner = { text: string; key: number };

/** The last submission's errors and the last success, above the page's heading. */
function Messages({ errors, attempt, banner }: { errors: FormErrors; attempt: number; banner: Banner | undefined }) {
  return (
    <>
      {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
      {banner ? <NotificationBanner key={banner.key} type="success" heading={banner.text} /> : null}
    </>
  );
}

/** What every field of these forms takes alike: its id (also the key of its error), its error, its value and its change handler. */
function fieldProps<TValue>(errors: FormErrors, id: string, value: TValue, onChange: (value: TValue) => void) {
  return { id, error: errors.fields[id], value, onChange };
}

type FormButtonsProps = {
  submitText: string;
  submitVariant?: 'primary' | 'warning';
  busy: boolean;
  otherText: string;
  onOther: () => void;
};

/** A form's submit button, and a secondary button beside it that does not submit. */
function FormButtons({ submitText, submitVariant, busy, otherText, onOther }: FormButtonsProps) {
  return (
    <ButtonGroup>
      <Button variant={submitVariant} disabled={busy} preventDoubleClick>
        {submitText}
      </Button>
      <Button type="button" variant="secondary" onClick={onOther}>
        {otherText}
      </Button>
    </ButtonGroup>
  );
}

export function GrantApplicationsRoute() {
  const [params] = useSearchParams();
  const rawView = params.get('status');
  const view = isApplicationsView(rawView) ? rawView : 'submitted';
  const paging = useCursorPaging<HTMLTableCaptionElement>();
  const query = useGrantApplications(applicationsQuery(view, paging.cursor));
  const viewText = applicationsViews.find((item) => item.view === view)?.text ?? '';
  const title = `Grant applications: ${viewText.toLowerCase()}`;
  usePageTitle(paging.pageNumber > 1 ? `${title}, page ${paging.pageNumber}` : title);

  return (
    <>
      <h1 className="govuk-heading-l">Grant applications</h1>
      <nav aria-label="Grant applications by status" className="govuk-!-margin-bottom-6">
        <ul className="govuk-list app-inline-list" style={{ display: 'flex', flexWrap: 'wrap', gap: '0 24px' }}>
          {applicationsViews.map((item) => (
            <li key={item.view}>
              {item.view === view ? (
                <Link className="govuk-link govuk-link--no-visited-state govuk-!-font-weight-bold" to={`?status=${item.view}`} aria-current="page">
                  {item.text}
                </Link>
              ) : (
                <Link className="govuk-link govuk-link--no-visited-state" to={`?status=${item.view}`}>
                  {item.text}
                </Link>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {query.isPending ? (
        <p className="govuk-body" role="status">
          Loading…
        </p>
      ) : query.isError ? (
        <ServiceProblem error={query.error} />
      ) : query.data.items.length === 0 && paging.pageNumber === 1 ? (
        <p className="govuk-body">There are no applications here.</p>
      ) : (
        <>
          <ApplicationsTable
            applications={query.data.items}
            caption={paging.pageNumber > 1 ? `${viewText}, page ${paging.pageNumber}` : viewText}
            captionRef={paging.focusRef}
          />
          <PrevNextPagination {...paging.links(query.data.nextCursor ?? undefined)} />
        </>
      )}
    </>
  );
}

export function GrantApplicationRoute() {
  const { grantId } = useParams();
  const location = useLocation();
  const handed = (location.state as { application?: GrantApplication } | null)?.application;
  const fromState = handed && handed.id === grantId ? handed : undefined;
  const found = useFindGrantApplication(grantId ?? '', Boolean(grantId) && !fromState);
  if (!grantId) return <PageNotFound />;
  if (fromState) return <GrantApplicationPage key={grantId} initial={fromState} />;
  if (found.isPending) return <PageLoading title="Grant application" />;
  if (found.isError) return <ServiceProblem error={found.error} />;
  if (!found.data) return <PageNotFound />;
  return <GrantApplicationPage key={grantId} initial={found.data} />;
}

type Action = 'decline' | 'markPaid' | undefined;

function GrantApplicationPage({ initial }: { initial: GrantApplication }) {
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
    setErrors(problemToFormErrors(error, fields));
  };

  const onApprove = (event: FormEvent) => {
    event.preventDefault();
    if (overrideNeeded && overrideReason.trim() === '') {
      setErrors(validationToFormErrors({ overrideReason: 'Enter why this carer should have another grant this year' }));
      return;
    }
    approve.mutate(
      { grantId: application.id, ...(overrideNeeded ? { overrideReason: overrideReason.trim() } : {}) },
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
      { grantId: application.id, reason },
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
      { grantId: application.id, body: { paidOn: date.value, paymentReference: reference } },
      {
        onSuccess: (updated) => done(updated, `Grant marked as paid on ${formatDate(updated.paidOn)}`),
        onError: (error) => failed(error, { paidOn: '#paidOn-day', paymentReference: '#paymentReference' }),
      },
    );
  };

  const onCancel = () => {
    cancel.mutate(
      { grantId: application.id },
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
              { key: 'Pot', value: `${grantPotLabels[application.pot]}, ${application.financialYear}` },
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

function downloadBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function GrantBudgetRoute() {
  const year = financialYearOf(new Date());
  const yearLabel = financialYearLabel(year);
  const query = useGrantBudget(year);
  const setBudget = useSetGrantBudget();
  const exportPayments = useExportGrantPayments();
  const [total, setTotal] = useState('');
  const [childrenPercent, setChildrenPercent] = useState('20');
  const [banner, setBanner] = useState<Banner | undefined>();
  const { errors, attempt, setErrors } = useFormErrors();
  const title = `Grant budget ${yearLabel}`;
  usePageTitle(title, hasErrors(errors));

  if (query.isPending) return <PageLoading title={title} />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  const budget = query.data;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const result = budgetFormToRequest({ total, childrenPercent });
    if (!result.ok) {
      setBanner(undefined);
      setErrors(validationToFormErrors(result.errors));
      return;
    }
    setBudget.mutate(
      { year, body: result.body },
      {
        onSuccess: () => {
          setErrors(noErrors);
          setBanner({ text: `The ${yearLabel} grant budget is now ${formatPence(result.body.totalPence)}`, key: Date.now() });
        },
        onError: (error) => {
          setBanner(undefined);
          setErrors(problemToFormErrors(error, { totalPence: '#total', childrenPercent: '#childrenPercent' }));
        },
      },
    );
  };

  const onExport = () => {
    exportPayments.mutate(undefined, {
      onSuccess: ({ blob, fileName }) => {
        downloadBlob(blob, fileName);
        setErrors(noErrors);
        setBanner({ text: `Payment file ${fileName} downloaded`, key: Date.now() });
      },
      onError: (error) => {
        setBanner(undefined);
        if (isApiError(error) && error.status === 409) {
          setErrors({ fields: {}, summary: [{ text: 'There are no approved grants waiting to be paid, so there is nothing to export' }] });
        } else {
          setErrors(problemToFormErrors(error, {}));
        }
      },
    });
  };

  return (
    <>
      <Messages errors={errors} attempt={attempt} banner={banner} />
      <h1 className="govuk-heading-l">{title}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {budget === null ? (
            <p className="govuk-body">No budget has been set for {yearLabel} yet.</p>
          ) : (
            <>
              <table className="govuk-table">
                <caption className="govuk-table__caption govuk-table__caption--m">Pots for {budget.financialYear}</caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">Pot</th>
                    <th scope="col" className="govuk-table__header govuk-table__header--numeric">Budget</th>
                    <th scope="col" className="govuk-table__header govuk-table__header--numeric">Committed</th>
                    <th scope="col" className="govuk-table__header govuk-table__header--numeric">Paid</th>
                    <th scope="col" className="govuk-table__header govuk-table__header--numeric">Remaining</th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {budget.pots.map((pot) => (
                    <tr className="govuk-table__row" key={pot.pot}>
                      <th scope="row" className="govuk-table__header">{grantPotLabels[pot.pot]}</th>
                      <td className="govuk-table__cell govuk-table__cell--numeric">{formatPence(pot.budgetPence)}</td>
                      <td className="govuk-table__cell govuk-table__cell--numeric">{formatPence(pot.committedPence)}</td>
                      <td className="govuk-table__cell govuk-table__cell--numeric">{formatPence(pot.paidPence)}</td>
                      <td className="govuk-table__cell govuk-table__cell--numeric">{formatPence(pot.remainingPence)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <BudgetChart pots={budget.pots} />
            </>
          )}

          <form noValidate onSubmit={onSubmit}>
            <h2 className="govuk-heading-m">Set the {yearLabel} budget</h2>
            <TextInput
              {...fieldProps(errors, 'total', total, setTotal)}
              label="Total grant budget"
              labelSize="s"
              hint="In pounds, for both pots together"
              prefix="£"
              width="10"
              inputMode="decimal"
              spellCheck={false}
            />
            <TextInput
              {...fieldProps(errors, 'childrenPercent', childrenPercent, setChildrenPercent)}
              label="Children’s pot share"
              labelSize="s"
              hint="The percentage for young carers’ grants. The rest goes to the adults’ pot."
              suffix="%"
              width="3"
              inputMode="numeric"
            />
            <Button disabled={setBudget.isPending} preventDoubleClick>
              Set budget
            </Button>
          </form>

          <h2 className="govuk-heading-m">Payment file</h2>
          <p className="govuk-body">Export the approved grants not yet paid as a CSV file for the payments team. They are then marked as sent.</p>
          <Button type="button" variant="secondary" disabled={exportPayments.isPending} onClick={onExport}>
            Export payment file
          </Button>
        </div>
      </div>
    </>
  );
}
