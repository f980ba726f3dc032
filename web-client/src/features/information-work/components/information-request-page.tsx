import { useState } from 'react';
import { Link } from 'react-router';
import { BackLink } from '@/components/govuk/back-link';
import { Button } from '@/components/govuk/button';
import { DateInput } from '@/components/govuk/date-input';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { Tag } from '@/components/govuk/misc';
import { Radios } from '@/components/govuk/radios';
import { SummaryList } from '@/components/govuk/summary-list';
import { Textarea } from '@/components/govuk/textarea';
import { paths } from '@/config/paths';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import type { InformationQueueItem, InformationRequest, InformationSentMethod } from '@/lib/api/types';
import { hasErrors, problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { formatInWords, informationSentMethodLabels, informationSubjectStaffLabels } from '@/lib/information-formats';
import { emptyDateParts, formatDate, formatDateTime } from '@/lib/validation/date';
import { useRecordInformationSent } from '../api/record-information-sent';
import { useRecordInformationUnable } from '../api/record-information-unable';
import { closedMessage, isClosed, isStale, outcomeToRequest, staleMessage, type OutcomeValues } from '../forms';
import { informationWorkPaths } from '../paths';

const methods = Object.entries(informationSentMethodLabels) as [InformationSentMethod, string][];

type Props = {
  initial: InformationQueueItem;
  /** Reads the request again after a 412: null once it has left the queue. */
  reload: () => Promise<InformationQueueItem | null>;
  onDone: (request: InformationRequest, carerName: string) => void;
};

/** One open request: what the carer asked for, and the form to record it sent or unable (If-Match). */
export function InformationRequestPage({ initial, reload, onDone }: Props) {
  const [item, setItem] = useState<InformationQueueItem | null>(initial);
  const [values, setValues] = useState<OutcomeValues>({ outcome: '', method: '', sentOn: emptyDateParts, reason: '' });
  const { errors, attempt, setErrors } = useFormErrors();
  const sent = useRecordInformationSent();
  const unable = useRecordInformationUnable();
  const heading = `${initial.carerName}: ${informationSubjectStaffLabels[initial.subject].toLowerCase()}`;
  usePageTitle(heading, hasErrors(errors));
  const pending = sent.isPending || unable.isPending;

  async function onError(error: unknown) {
    if (isStale(error) || isClosed(error)) {
      // Either way the queue is read again; a 409 means it has left it, whatever the read finds.
      const found = await reload();
      const latest = isClosed(error) ? null : found;
      setItem(latest);
      setErrors({ fields: {}, summary: [{ text: latest ? staleMessage : closedMessage }] });
      return;
    }
    setErrors(problemToFormErrors(error, { method: '#method', sentAt: '#sentOn-day', reason: '#reason' }));
  }

  function submit() {
    if (!item) return;
    const result = outcomeToRequest(values);
    if (!result.ok) return setErrors(validationToFormErrors(result.errors, { sentOn: '#sentOn-day' }));
    const done = (request: InformationRequest) => onDone(request, item.carerName);
    if (result.outcome === 'sent') sent.mutate({ requestId: item.id, etag: item.eTag, body: result.body }, { onSuccess: done, onError: (error) => void onError(error) });
    else unable.mutate({ requestId: item.id, etag: item.eTag, body: result.body }, { onSuccess: done, onError: (error) => void onError(error) });
  }

  return (
    <>
      <BackLink to={informationWorkPaths.queue}>Back to information requests</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
          <span className="govuk-caption-l">Information request</span>
          <h1 className="govuk-heading-l">{heading}</h1>
          {item ? (
            <>
              <SummaryList
                rows={[
                  { key: 'Carer', value: <Link className="govuk-link" to={paths.carer(item.carerId)} state={{ accessReason: 'casework' }}>{item.carerName}</Link> },
                  { key: 'What', value: informationSubjectStaffLabels[item.subject] },
                  { key: 'Which one', value: item.title },
                  ...(item.description ? [{ key: 'More detail', value: <span className="app-preserve-lines">{item.description}</span> }] : []),
                  { key: 'Format', value: formatInWords(item.format, item.language) },
                  { key: 'Asked on', value: formatDateTime(item.requestedAt) },
                  {
                    key: 'Due',
                    value: (
                      <>
                        {formatDate(item.dueOn)} {item.overdue ? <Tag colour="red">Overdue</Tag> : null}
                      </>
                    ),
                  },
                ]}
              />
              <form
                noValidate
                onSubmit={(event) => {
                  event.preventDefault();
                  submit();
                }}
              >
                <Radios<'sent' | 'unable'>
                  name="outcome"
                  legend="What happened?"
                  legendSize="m"
                  error={errors.fields.outcome}
                  value={values.outcome}
                  onChange={(outcome) => setValues({ ...values, outcome })}
                  items={[
                    {
                      value: 'sent',
                      label: 'It was sent',
                      conditional: (
                        <>
                          <Radios<InformationSentMethod>
                            name="method"
                            legend="How was it sent?"
                            legendSize="s"
                            small
                            error={errors.fields.method}
                            value={values.method}
                            onChange={(method) => setValues({ ...values, method })}
                            items={methods.map(([value, label]) => ({ value, label }))}
                          />
                          <DateInput
                            id="sentOn"
                            legend="When was it sent?"
                            legendSize="s"
                            hint="Leave empty for today. For example, 27 3 2026"
                            error={errors.fields.sentOn}
                            value={values.sentOn}
                            onChange={(sentOn) => setValues({ ...values, sentOn })}
                          />
                        </>
                      ),
                    },
                    {
                      value: 'unable',
                      label: 'We cannot provide it',
                      conditional: (
                        <Textarea
                          id="reason"
                          label="Why not?"
                          labelSize="s"
                          hint="The carer reads this as you write it."
                          error={errors.fields.reason}
                          value={values.reason}
                          onChange={(reason) => setValues({ ...values, reason })}
                          spellCheck
                        />
                      ),
                    },
                  ]}
                />
                <Button preventDoubleClick disabled={pending}>
                  Record what happened
                </Button>
              </form>
            </>
          ) : (
            <p className="govuk-body">
              <Link className="govuk-link" to={informationWorkPaths.queue}>
                Go back to the information requests
              </Link>
            </p>
          )}
        </div>
      </div>
    </>
  );
}
