import { useState } from 'react';
import { BackLink } from '@/components/govuk/back-link';
import { Button, ButtonGroup } from '@/components/govuk/button';
import { DateInput } from '@/components/govuk/date-input';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { Tag } from '@/components/govuk/misc';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { Radios } from '@/components/govuk/radios';
import { SummaryList } from '@/components/govuk/summary-list';
import { Textarea } from '@/components/govuk/textarea';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import { isApiError } from '@/lib/api/api-error';
import type { SubjectAccessRequest } from '@/lib/api/types';
import { downloadBlob } from '@/lib/download';
import { hasErrors, problemToFormErrors, serviceProblemMessage, validationToFormErrors } from '@/lib/forms/form-errors';
import { emptyDateParts, formatDate } from '@/lib/validation/date';
import { useCompleteSubjectAccessRequest } from '../api/complete-subject-access-request';
import { useExportSubjectAccessRequest } from '../api/export-subject-access-request';
import { channelLabels, completeToRequest, dataRightsPaths, deadlineColour, deadlineText, type CompleteValues, type ExportFormat } from '../requests';

type Props = {
  request: SubjectAccessRequest;
  /** After a 412 or 409: the request read again. */
  reload: () => void;
  onCompleted: (request: SubjectAccessRequest) => void;
};

/** One request: its details and deadline, the carer's export to download and send, and marking it sent or refused. */
export function RequestPage({ request, reload, onCompleted }: Props) {
  const [values, setValues] = useState<CompleteValues>({ outcome: '', sentOn: emptyDateParts, refusalReason: '' });
  const [downloaded, setDownloaded] = useState<{ text: string; key: number } | undefined>();
  const { errors, attempt, setErrors } = useFormErrors();
  const exportFile = useExportSubjectAccessRequest(request.id);
  const complete = useCompleteSubjectAccessRequest(request.id);
  const heading = `Subject access request: ${request.carerName}`;
  usePageTitle(heading, hasErrors(errors));
  const open = request.status === 'received';

  const download = (format: ExportFormat) =>
    exportFile.mutate(format, {
      onSuccess: ({ blob, fileName }) => {
        downloadBlob(blob, fileName);
        setDownloaded({ text: `${fileName} downloaded`, key: Date.now() });
      },
      onError: () => setErrors({ fields: {}, summary: [{ text: serviceProblemMessage }] }),
    });

  function submit() {
    const result = completeToRequest(values, request.receivedOn);
    if (!result.ok) return setErrors(validationToFormErrors(result.errors, { outcome: '#outcome', sentOn: '#sentOn-day' }));
    complete.mutate(
      { eTag: request.eTag, body: result.body },
      {
        onSuccess: onCompleted,
        onError: (error) => {
          if (isApiError(error) && (error.status === 412 || error.status === 409)) {
            reload();
            setErrors({ fields: {}, summary: [{ text: 'Someone changed this request since you opened it. We have loaded the latest version: check it and try again.' }] });
            return;
          }
          setErrors(problemToFormErrors(error, { outcome: '#outcome', sentOn: '#sentOn-day', refusalReason: '#refusalReason' }));
        },
      },
    );
  }

  return (
    <>
      <BackLink to={dataRightsPaths.queue}>Back to subject access requests</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
          {downloaded ? <NotificationBanner key={downloaded.key} type="success" heading={downloaded.text} /> : null}
          <h1 className="govuk-heading-l">{heading}</h1>
          <SummaryList
            rows={[
              { key: 'Carer', value: request.carerName },
              { key: 'Received', value: `${formatDate(request.receivedOn)} by ${channelLabels[request.receivedBy].toLowerCase()}` },
              {
                key: 'Made by',
                value: request.representative
                  ? `${request.representative.name} (${request.representative.relationship}), authority ${request.representative.authorityChecked ? 'checked' : 'not checked'}`
                  : 'The carer',
              },
              { key: 'Identity checked by', value: <span className="app-preserve-lines">{request.identityVerifiedBy}</span> },
              { key: 'Due', value: formatDate(request.dueOn) },
              ...(request.extendedTo ? [{ key: 'Extended to', value: `${formatDate(request.extendedTo)}: ${request.extensionReason ?? ''}` }] : []),
              { key: 'Status', value: <Tag colour={deadlineColour(request)}>{deadlineText(request)}</Tag> },
              ...(request.sentOn ? [{ key: 'Sent on', value: formatDate(request.sentOn) }] : []),
              ...(request.refusalReason ? [{ key: 'Why refused', value: request.refusalReason }] : []),
            ]}
          />
          <h2 className="govuk-heading-m">The carer’s data</h2>
          <p className="govuk-body">
            Everything we hold about the carer, the same as they can download themselves. Check it before sending: each download is recorded
            against the carer with the reason “data protection request”.
          </p>
          <ButtonGroup>
            <Button type="button" disabled={exportFile.isPending} onClick={() => download('html')}>
              Download the export to print
            </Button>
            <Button type="button" variant="secondary" disabled={exportFile.isPending} onClick={() => download('json')}>
              Download the export (JSON)
            </Button>
          </ButtonGroup>
          {open ? (
            <form
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                submit();
              }}
            >
              <Radios<'sent' | 'refused'>
                name="outcome"
                legend="Close the request"
                legendSize="m"
                error={errors.fields.outcome}
                value={values.outcome}
                onChange={(outcome) => setValues({ ...values, outcome })}
                items={[
                  {
                    value: 'sent',
                    label: 'The data was sent',
                    conditional: (
                      <DateInput
                        id="sentOn"
                        legend="When was it sent?"
                        legendSize="s"
                        hint="Leave empty for today. For example, 27 3 2026"
                        error={errors.fields.sentOn}
                        value={values.sentOn}
                        onChange={(sentOn) => setValues({ ...values, sentOn })}
                      />
                    ),
                  },
                  {
                    value: 'refused',
                    label: 'The request is refused',
                    conditional: (
                      <Textarea
                        id="refusalReason"
                        label="Why? The requester is told this reason"
                        error={errors.fields.refusalReason}
                        value={values.refusalReason}
                        onChange={(refusalReason) => setValues({ ...values, refusalReason })}
                        rows={3}
                      />
                    ),
                  },
                ]}
              />
              <Button disabled={complete.isPending} preventDoubleClick>
                Save
              </Button>
            </form>
          ) : null}
        </div>
      </div>
    </>
  );
}
