import { useState } from 'react';
import { Link } from 'react-router';
import { BackLink } from '@/components/govuk/back-link';
import { Button } from '@/components/govuk/button';
import { DateInput } from '@/components/govuk/date-input';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { Tag } from '@/components/govuk/misc';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { Radios } from '@/components/govuk/radios';
import { SummaryList, type SummaryListRow } from '@/components/govuk/summary-list';
import { Textarea } from '@/components/govuk/textarea';
import { paths } from '@/config/paths';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import type { ComplaintOutcome, ComplaintRecord } from '@/lib/api/types';
import {
  acknowledgementColours,
  acknowledgementLabels,
  complaintOutcomeLabels,
  feedbackAboutLabels,
  feedbackStatusColours,
  feedbackStatusLabels,
  receivedViaLabels,
} from '@/lib/feedback-words';
import { hasErrors, problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { emptyDateParts, formatDate, formatDateTime, type DateParts } from '@/lib/validation/date';
import { useAcknowledgeComplaint } from '../api/acknowledge-complaint';
import { useAgreeComplaintResponsePeriod } from '../api/agree-complaint-response-period';
import { useRespondToComplaint } from '../api/respond-to-complaint';
import { acknowledgeToRequest, agreeToRequest, emptyResponse, isOutOfOrder, isStale, outOfOrderMessage, respondToRequest, staleMessage, type ResponseValues } from '../forms';
import { feedbackWorkPaths } from '../paths';

const outcomes = Object.entries(complaintOutcomeLabels) as [ComplaintOutcome, string][];

function by(who: string | null | undefined): string {
  return who ? ` by ${who}` : '';
}

function stepRows(record: ComplaintRecord): SummaryListRow[] {
  const c = record.complaint;
  const rows: SummaryListRow[] = [
    { key: 'Received', value: `${formatDateTime(c.receivedAt)}, ${receivedViaLabels[c.receivedVia].toLowerCase()} (recorded by ${record.recordedBy})` },
    {
      key: 'Acknowledge by',
      value: (
        <>
          {formatDate(c.acknowledgeBy)} <Tag colour={acknowledgementColours[record.acknowledgement]}>{acknowledgementLabels[record.acknowledgement]}</Tag>
        </>
      ),
    },
  ];
  if (c.acknowledgedAt) rows.push({ key: 'Acknowledged', value: `${formatDateTime(c.acknowledgedAt)}${by(record.acknowledgedBy)}` });
  rows.push({
    key: 'Response due',
    value: (
      <>
        {formatDate(c.responseDueOn)}
        {c.responsePeriodAgreedAt ? ` (agreed with the carer ${formatDate(c.responsePeriodAgreedAt)}${by(record.responsePeriodAgreedBy)})` : ' (6 months: no date agreed yet)'}
        {record.responseOverdue ? (
          <>
            {' '}
            <Tag colour="red">Overdue</Tag>
          </>
        ) : null}
      </>
    ),
  });
  if (c.respondedAt) {
    rows.push({ key: 'Answered', value: `${formatDateTime(c.respondedAt)}${by(record.respondedBy)}` });
    if (c.outcome) rows.push({ key: 'Outcome', value: complaintOutcomeLabels[c.outcome] });
    rows.push({ key: 'Response', value: <span className="app-preserve-lines">{c.response}</span> });
    if (c.whatWillChange) rows.push({ key: 'What will change', value: <span className="app-preserve-lines">{c.whatWillChange}</span> });
  }
  return rows;
}

type Props = {
  record: ComplaintRecord;
  /** Reads the complaint again after a 412 or 409. */
  reload: () => Promise<unknown>;
};

/** One complaint: what the carer said, each step with who and when, and the next step's form (If-Match). */
export function ComplaintPage({ record, reload }: Props) {
  const c = record.complaint;
  const [acknowledgedOn, setAcknowledgedOn] = useState<DateParts>(emptyDateParts);
  const [respondBy, setRespondBy] = useState<DateParts>(emptyDateParts);
  const [response, setResponse] = useState<ResponseValues>(emptyResponse);
  const [banner, setBanner] = useState<string | null>(null);
  const { errors, attempt, setErrors } = useFormErrors();
  const acknowledge = useAcknowledgeComplaint();
  const agree = useAgreeComplaintResponsePeriod();
  const respond = useRespondToComplaint();
  const heading = `${record.carerName}: complaint`;
  usePageTitle(heading, hasErrors(errors));

  const handlers = (done: string) => ({
    onSuccess: () => {
      setErrors({ fields: {}, summary: [] });
      setBanner(done);
    },
    onError: (error: unknown) => {
      if (isStale(error) || isOutOfOrder(error)) {
        setBanner(null);
        void reload().then(() => setErrors({ fields: {}, summary: [{ text: isStale(error) ? staleMessage : outOfOrderMessage }] }));
        return;
      }
      setErrors(
        problemToFormErrors(error, {
          acknowledgedAt: '#acknowledgedOn-day',
          respondBy: '#respondBy-day',
          outcome: '#outcome',
          response: '#response',
          whatWillChange: '#whatWillChange',
        }),
      );
    },
  });

  return (
    <>
      <BackLink to={feedbackWorkPaths.queue}>Back to complaints</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
          {banner ? <NotificationBanner type="success" heading={banner} /> : null}
          <span className="govuk-caption-l">{feedbackAboutLabels[c.about]}</span>
          <h1 className="govuk-heading-l">{heading}</h1>
          <p className="govuk-body">
            <Tag colour={feedbackStatusColours[c.status]}>{feedbackStatusLabels[c.status]}</Tag>
          </p>
          <SummaryList
            rows={[
              { key: 'Carer', value: <Link className="govuk-link" to={paths.carer(record.carerId)} state={{ accessReason: 'casework' }}>{record.carerName}</Link> },
              { key: 'What the carer said', value: <span className="app-preserve-lines">{c.text}</span> },
            ]}
          />
          <h2 className="govuk-heading-m">Steps</h2>
          <SummaryList rows={stepRows(record)} />

          {c.status === 'received' ? (
            <form
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                const result = acknowledgeToRequest(acknowledgedOn);
                if (!result.ok) return setErrors(validationToFormErrors(result.errors, { acknowledgedOn: '#acknowledgedOn-day' }));
                acknowledge.mutate({ complaintId: c.id, etag: record.eTag, body: result.body }, handlers('Complaint acknowledged'));
              }}
            >
              <h2 className="govuk-heading-m">Acknowledge the complaint</h2>
              <p className="govuk-body">
                Tell the carer you have their complaint, offer to discuss it, and agree how long the response should take. Record it here by{' '}
                {formatDate(c.acknowledgeBy)}.
              </p>
              <DateInput
                id="acknowledgedOn"
                legend="When was it acknowledged?"
                legendSize="s"
                hint="Leave empty for today. For example, 27 3 2026"
                error={errors.fields.acknowledgedOn ?? errors.fields.acknowledgedAt}
                value={acknowledgedOn}
                onChange={setAcknowledgedOn}
              />
              <Button preventDoubleClick disabled={acknowledge.isPending}>
                Record acknowledgement
              </Button>
            </form>
          ) : null}

          {c.status === 'acknowledged' ? (
            <>
              <form
                noValidate
                onSubmit={(event) => {
                  event.preventDefault();
                  const result = agreeToRequest(respondBy);
                  if (!result.ok) return setErrors(validationToFormErrors(result.errors, { respondBy: '#respondBy-day' }));
                  agree.mutate({ complaintId: c.id, etag: record.eTag, body: result.body }, handlers('Response date recorded'));
                }}
              >
                <h2 className="govuk-heading-m">Agree the response date</h2>
                <DateInput
                  id="respondBy"
                  legend="What date did you agree with the carer for the response?"
                  legendSize="s"
                  hint="If none is agreed, the response is due 6 months after the complaint was received. For example, 27 3 2027"
                  error={errors.fields.respondBy}
                  value={respondBy}
                  onChange={setRespondBy}
                />
                <Button preventDoubleClick variant="secondary" disabled={agree.isPending}>
                  Record the agreed date
                </Button>
              </form>
              <form
                noValidate
                onSubmit={(event) => {
                  event.preventDefault();
                  const result = respondToRequest(response);
                  if (!result.ok) return setErrors(validationToFormErrors(result.errors));
                  respond.mutate({ complaintId: c.id, etag: record.eTag, body: result.body }, handlers('Response recorded'));
                }}
              >
                <h2 className="govuk-heading-m">Record the response</h2>
                <p className="govuk-body">The carer reads the response and what will change as you write them, with the Ombudsman’s details.</p>
                <Radios<ComplaintOutcome>
                  name="outcome"
                  legend="Outcome"
                  legendSize="s"
                  error={errors.fields.outcome}
                  value={response.outcome}
                  onChange={(outcome) => setResponse({ ...response, outcome })}
                  items={outcomes.map(([value, label]) => ({ value, label }))}
                />
                <Textarea
                  id="response"
                  label="What you found"
                  labelSize="s"
                  error={errors.fields.response}
                  value={response.response}
                  onChange={(text) => setResponse({ ...response, response: text })}
                  rows={6}
                  spellCheck
                />
                <Textarea
                  id="whatWillChange"
                  label="What will change"
                  labelSize="s"
                  hint="Needed when the complaint is upheld or partly upheld."
                  error={errors.fields.whatWillChange}
                  value={response.whatWillChange}
                  onChange={(text) => setResponse({ ...response, whatWillChange: text })}
                  rows={4}
                  spellCheck
                />
                <Button preventDoubleClick disabled={respond.isPending}>
                  Record the response
                </Button>
              </form>
            </>
          ) : null}

          <p className="govuk-body">
            <Link className="govuk-link" to={feedbackWorkPaths.record(record.carerId)} state={{ carerName: record.carerName }}>
              Record other feedback from {record.carerName}
            </Link>
          </p>
        </div>
      </div>
    </>
  );
}
