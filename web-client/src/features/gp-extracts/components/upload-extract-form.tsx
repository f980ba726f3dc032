import { useState, type FormEvent } from 'react';
import { Button } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { FileUpload } from '@/components/govuk/file-upload';
import { Details } from '@/components/govuk/misc';
import { TextInput } from '@/components/govuk/text-input';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import { readCsv } from '@/lib/read-csv';
import type { GpExtractImport } from '@/lib/api/types';
import { hasErrors, problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { useUploadGpExtract } from '../api/upload-gp-extract';
import { contentError, fileError, normaliseOdsCode, odsCodeError } from '../csv-file';

const formFields = { odsCode: '#odsCode', file: '#file' };

/** A practice's ODS code and its CSV extract; the import then runs in the background. */
export function UploadExtractForm({ onUploaded }: { onUploaded: (status: GpExtractImport) => void }) {
  const [odsCode, setOdsCode] = useState('');
  const [file, setFile] = useState<File | undefined>();
  const [reading, setReading] = useState(false);
  const { errors, attempt, setErrors } = useFormErrors();
  const upload = useUploadGpExtract();
  const title = 'Upload a GP extract';
  usePageTitle(title, hasErrors(errors));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checks = { odsCode: odsCodeError(odsCode), file: fileError(file) };
    if (checks.odsCode || checks.file || !file) {
      setErrors(validationToFormErrors(checks));
      return;
    }
    setReading(true);
    const read = await readCsv(file, contentError);
    setReading(false);
    if ('error' in read) {
      setErrors(validationToFormErrors({ file: read.error }));
      return;
    }
    const { csv } = read;
    upload.mutate(
      { odsCode: normaliseOdsCode(odsCode), csv },
      {
        onSuccess: onUploaded,
        onError: (error) => setErrors(problemToFormErrors(error, formFields)),
      },
    );
  }

  const busy = reading || upload.isPending;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">
          For GP practices not yet sending carer flags over FHIR. Each row of the practice’s extract is checked and imported like a
          flag the practice sent itself.
        </p>
        <Details summary="What the extract must contain">
          <p className="govuk-body">A CSV file saved as UTF-8, up to 16 MB, whose first row names these columns:</p>
          <ul className="govuk-list govuk-list--bullet">
            <li>
              <code>nhs_number</code>: the patient’s NHS number
            </li>
            <li>
              <code>snomed_code</code>: the carer code, like 224484003 (is a carer) or 199361000000101 (is no longer a carer)
            </li>
            <li>
              <code>date_recorded</code>: the date the practice recorded it, like 2026-01-31 or 31/01/2026
            </li>
            <li>
              <code>consent_to_contact</code> (optional): yes or no, whether the patient agreed to be contacted by the council
            </li>
          </ul>
        </Details>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <TextInput
            id="odsCode"
            label="Practice ODS code"
            labelSize="s"
            hint="The practice’s Organisation Data Service code, a letter then 5 numbers, like A12345"
            error={errors.fields.odsCode}
            value={odsCode}
            onChange={setOdsCode}
            width="10"
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="characters"
          />
          <FileUpload
            id="file"
            label="Upload the extract"
            labelSize="s"
            hint="A CSV file, up to 16 MB"
            accept=".csv,text/csv"
            error={errors.fields.file}
            onChange={setFile}
          />
          <Button preventDoubleClick disabled={busy}>
            Upload and import
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
