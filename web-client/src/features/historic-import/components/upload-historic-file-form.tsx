import { useState, type FormEvent } from 'react';
import { Button } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { FileUpload } from '@/components/govuk/file-upload';
import { Details } from '@/components/govuk/misc';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import { readCsv } from '@/lib/read-csv';
import type { HistoricImportStatus } from '@/lib/api/types';
import { hasErrors, problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { useUploadHistoricImport } from '../api/upload-historic-import';
import { historicContentError, historicFileError } from '../historic-progress';

const formFields = { file: '#file' };

/** One question: the file from the old case system. The rows are checked and imported in the background. */
export function UploadHistoricFileForm({ onUploaded }: { onUploaded: (status: HistoricImportStatus) => void }) {
  const [file, setFile] = useState<File | undefined>();
  const [reading, setReading] = useState(false);
  const { errors, attempt, setErrors } = useFormErrors();
  const upload = useUploadHistoricImport();
  const title = 'Import historic records';
  usePageTitle(title, hasErrors(errors));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const wrongFile = historicFileError(file);
    if (wrongFile || !file) {
      setErrors(validationToFormErrors({ file: wrongFile ?? 'Select the file of historic records' }));
      return;
    }
    setReading(true);
    const read = await readCsv(file, historicContentError);
    setReading(false);
    if ('error' in read) {
      setErrors(validationToFormErrors({ file: read.error }));
      return;
    }
    const { csv } = read;
    upload.mutate(csv, {
      onSuccess: onUploaded,
      onError: (error) => setErrors(problemToFormErrors(error, formFields)),
    });
  }

  const busy = reading || upload.isPending;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">
          Bring carers’ records from the old case system (Liquid Logic) into this service: requests for assessment, assessments,
          reviews, direct payments, breaks and information and advice, each with its original dates. They then count in the reports
          of their own years.
        </p>
        <p className="govuk-body">
          Every row is checked first. If any row has a problem, nothing is imported and you get a list of the problems to correct.
          Importing the same records again changes nothing.
        </p>
        <Details summary="What the file must contain">
          <p className="govuk-body">
            A CSV file saved as UTF-8, up to 64 MB, in the Client Level Data layout for carers (the same columns as the statutory
            return’s extract), with one row for each event. It may also have the columns <code>Given_Name</code> and{' '}
            <code>Family_Name</code>.
          </p>
          <ul className="govuk-list govuk-list--bullet">
            <li>
              <code>LA_Person_Unique_Identifier</code>: the old system’s id for the person
            </li>
            <li>
              <code>Event_Reference</code>: the old system’s id for the event
            </li>
            <li>Carers are matched by NHS number to records already held; people who may be the same as a carer held are listed in the match queue for someone to decide</li>
            <li>Young carers (under 18) are not in this layout: a row for one is a problem</li>
          </ul>
        </Details>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <FileUpload
            id="file"
            label="Upload the file"
            labelSize="m"
            hint="A CSV file, up to 64 MB"
            accept=".csv,text/csv"
            error={errors.fields.file}
            onChange={setFile}
          />
          <Button preventDoubleClick disabled={busy}>
            Upload
          </Button>
          {busy ? (
            <p className="govuk-body" role="status">
              {reading ? 'Reading the file…' : 'Uploading…'}
            </p>
          ) : null}
        </form>
      </div>
    </div>
  );
}
