import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { AnswersSummary } from '@/components/assessment/answers-summary';
import { DecisionView, SupportPlanView, YoungCarerDecisionView } from '@/components/assessment/decision-and-plan';
import { Button, ButtonLink } from '@/components/govuk/button';
import { DateInput, dateInputErrorHref } from '@/components/govuk/date-input';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { InsetText } from '@/components/govuk/misc';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { SummaryList } from '@/components/govuk/summary-list';
import { paths } from '@/config/paths';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import type { StaffAssessment } from '@/lib/api/types';
import { hasErrors, problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { isStaleChange, onStaleChange, staleAssessmentMessage } from '@/lib/forms/stale-change';
import { assessmentKindLabels, assessmentStatusLabels } from '@/lib/reference-data';
import { emptyDateParts, formatDate, formatDateTime, parseDateParts, type DatePart } from '@/lib/validation/date';
import { useAllocateAssessment } from '../api/allocate-assessment';
import { useRefreshAssessment } from '../api/get-assessment';
import { useMoveAssessment } from '../api/move-assessment';
import { assessmentWorkPaths } from '../paths';

/** `etag`: the ETag `view` came with; every change sends it as If-Match. */
type Props = { view: StaffAssessment; etag: string | null; carerName: string | undefined; me: string; banner: string | undefined };

/** An assessment as the assessor works on it: where it stands, what they can do next, the carer's answers. */
export function AssessmentWorkPage({ view, etag, carerName, me, banner }: Props) {
  const { assessment } = view;
  const { errors, attempt, setErrors } = useFormErrors();
  const [done, setDone] = useState<string | undefined>(banner);
  const [scheduledFor, setScheduledFor] = useState(emptyDateParts);
  const [dateParts, setDateParts] = useState<DatePart[]>([]);
  const allocate = useAllocateAssessment();
  const move = useMoveAssessment();
  usePageTitle(carerName ? `Assessment: ${carerName}` : 'Assessment', hasErrors(errors));

  const id = assessment.id;
  const status = assessment.status;
  const open = status === 'requested' || status === 'offered' || status === 'scheduled';
  const waitingForCarer = status === 'inProgress' && assessment.selfAssessment && !assessment.submittedAt;
  const stale = onStaleChange(useRefreshAssessment(assessment.id), setErrors, staleAssessmentMessage);
  const fail = (error: unknown) => (isStaleChange(error) ? stale() : setErrors(problemToFormErrors(error, { scheduledFor: '#scheduledFor-day' })));

  function onSubmit(action: () => void) {
    return (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      action();
    };
  }

  function schedule() {
    const date = parseDateParts(scheduledFor, { name: 'The date of the assessment', missing: 'Enter the date of the assessment' });
    if (!date.ok) {
      setDateParts(date.parts);
      setErrors(validationToFormErrors({ scheduledFor: date.message }, { scheduledFor: dateInputErrorHref('scheduledFor', date.parts) }));
      return;
    }
    setDateParts([]);
    move.mutate({ assessmentId: id, etag, body: { to: 'scheduled', scheduledFor: date.value } }, { onSuccess: () => setDone('The assessment is arranged'), onError: fail });
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <p className="govuk-body">
          <Link className="govuk-link" to={assessmentWorkPaths.queue()}>
            Back to the work queues
          </Link>
        </p>
        {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
        {done && !hasErrors(errors) ? <NotificationBanner key={done} type="success" heading={done} /> : null}
        {carerName ? <span className="govuk-caption-l">{carerName}</span> : null}
        <h1 className="govuk-heading-l">{assessmentKindLabels[assessment.kind]}</h1>
        <SummaryList
          rows={[
            { key: 'Status', value: assessmentStatusLabels[status] },
            { key: 'Carer', value: <Link className="govuk-link" to={paths.carer(assessment.carerId)} state={{ accessReason: 'casework' }}>View the carer’s record</Link> },
            { key: 'Asked for on', value: formatDateTime(assessment.requestedAt) },
            { key: 'Filled in by', value: assessment.selfAssessment ? 'The carer (a supported self-assessment)' : 'An assessor with the carer' },
            ...(assessment.submittedAt ? [{ key: 'Sent by the carer on', value: formatDateTime(assessment.submittedAt) }] : []),
            ...(assessment.scheduledFor ? [{ key: 'Arranged for', value: formatDate(assessment.scheduledFor) }] : []),
            { key: 'Allocated to', value: view.allocatedTo ? (view.allocatedTo === me ? 'You' : view.allocatedTo) : 'Nobody yet' },
          ]}
        />

        <h2 className="govuk-heading-m">What to do next</h2>
        {view.allocatedTo !== me && (open || status === 'inProgress') ? (
          <form onSubmit={onSubmit(() => allocate.mutate({ assessmentId: id, etag, body: {} }, { onSuccess: () => setDone('The assessment is allocated to you'), onError: fail }))} noValidate>
            <Button variant="secondary" preventDoubleClick disabled={allocate.isPending}>
              Allocate to me
            </Button>
          </form>
        ) : null}
        {status === 'requested' ? (
          <form onSubmit={onSubmit(() => move.mutate({ assessmentId: id, etag, body: { to: 'offered' } }, { onSuccess: () => setDone('The assessment is offered to the carer'), onError: fail }))} noValidate>
            <Button variant="secondary" preventDoubleClick disabled={move.isPending}>
              Offer the assessment
            </Button>
          </form>
        ) : null}
        {status === 'requested' || status === 'offered' ? (
          <form onSubmit={onSubmit(schedule)} noValidate>
            <DateInput id="scheduledFor" legend="Arrange it for" legendSize="s" hint="For example, 27 3 2026" value={scheduledFor} onChange={setScheduledFor} error={errors.fields.scheduledFor} errorParts={dateParts} />
            <Button variant="secondary" preventDoubleClick disabled={move.isPending}>
              Arrange the assessment
            </Button>
          </form>
        ) : null}
        {open ? (
          <form onSubmit={onSubmit(() => move.mutate({ assessmentId: id, etag, body: { to: 'inProgress' } }, { onSuccess: () => setDone('The assessment is in progress'), onError: fail }))} noValidate>
            <Button variant="secondary" preventDoubleClick disabled={move.isPending}>
              Start the assessment
            </Button>
          </form>
        ) : null}
        {waitingForCarer ? <InsetText>The carer is filling in their self-assessment. You can confirm it once they send it.</InsetText> : null}
        {(status === 'scheduled' || status === 'inProgress') && !waitingForCarer ? (
          <div className="govuk-button-group">
            <ButtonLink to={assessmentWorkPaths.assessmentRecord(id)} variant="secondary">
              Record the assessment
            </ButtonLink>
            {status === 'inProgress' ? (
              assessment.kind === 'youngCarer' ? (
                <ButtonLink to={assessmentWorkPaths.youngCarerDecision(id)}>Record the young carer’s decision</ButtonLink>
              ) : (
                <ButtonLink to={assessmentWorkPaths.complete(id)}>{assessment.selfAssessment ? 'Confirm the assessment' : 'Record the eligibility decision'}</ButtonLink>
              )
            ) : null}
          </div>
        ) : null}
        {(status === 'completed' || status === 'reviewed') && (assessment.decision || assessment.youngCarerDecision) ? (
          <div className="govuk-button-group">
            <ButtonLink to={assessmentWorkPaths.supportPlan(id)}>{assessment.supportPlan ? 'Change the support plan' : 'Record the support plan'}</ButtonLink>
            {assessment.supportPlan ? (
              <ButtonLink to={assessmentWorkPaths.review(id)} variant="secondary">
                Review the assessment
              </ButtonLink>
            ) : null}
          </div>
        ) : null}
        {status === 'declined' ? <InsetText>The carer declined{assessment.reofferOn ? `; offer again on ${formatDate(assessment.reofferOn)}` : ''}.</InsetText> : null}

        {assessment.decision ? <DecisionView decision={assessment.decision} /> : null}
        {assessment.youngCarerDecision ? <YoungCarerDecisionView decision={assessment.youngCarerDecision} /> : null}
        {view.assessorNotes ? (
          <>
            <h2 className="govuk-heading-m">Assessor’s notes</h2>
            <p className="govuk-body app-preserve-lines">{view.assessorNotes}</p>
            <p className="govuk-hint">Never shown to the carer or to partners.</p>
          </>
        ) : null}
        {assessment.supportPlan ? <SupportPlanView plan={assessment.supportPlan} /> : null}

        {assessment.selfAssessment || Object.values(assessment.answers).some((answer) => answer !== null && answer !== undefined) ? (
          <>
            <h2 className="govuk-heading-m">{assessment.selfAssessment ? 'The carer’s answers' : 'The assessment record'}</h2>
            <AnswersSummary kind={assessment.kind} answers={assessment.answers} />
          </>
        ) : null}

        <h2 className="govuk-heading-m">History</h2>
        <table className="govuk-table">
          <caption className="govuk-visually-hidden">Changes of status, oldest first</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">When</th>
              <th scope="col" className="govuk-table__header">Status</th>
              <th scope="col" className="govuk-table__header">By</th>
              <th scope="col" className="govuk-table__header">Note</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {assessment.history.map((change, index) => (
              <tr className="govuk-table__row" key={index}>
                <td className="govuk-table__cell">{formatDateTime(change.at)}</td>
                <td className="govuk-table__cell">{assessmentStatusLabels[change.to]}</td>
                <td className="govuk-table__cell">{change.by}</td>
                <td className="govuk-table__cell">{change.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
