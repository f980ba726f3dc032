import type { ReactNode } from 'react';
import { describedBy, ErrorMessage, formGroupClass, Hint, Label } from './parts';

type FileUploadProps = {
  id: string;
  label: ReactNode;
  labelSize?: 's' | 'm' | 'l';
  hint?: ReactNode;
  error?: string | undefined;
  accept?: string;
  onChange: (file: File | undefined) => void;
};

/**
 * GOV.UK file upload, the plain version (govuk-frontend's `template-default`): the browser's
 * own file input. The enhanced version's script rebuilds the input's surroundings, which React
 * owns here. The input is uncontrolled, as file inputs are; the chosen file is reported.
 */
export function FileUpload({ id, label, labelSize, hint, error, accept, onChange }: FileUploadProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={formGroupClass(error)}>
      <Label htmlFor={id} {...(labelSize ? { size: labelSize } : {})}>
        {label}
      </Label>
      {hint && hintId ? <Hint id={hintId}>{hint}</Hint> : null}
      {error && errorId ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <input
        className={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
        id={id}
        name={id}
        type="file"
        accept={accept}
        aria-describedby={describedBy(hintId, errorId)}
        onChange={(event) => onChange(event.target.files?.[0] ?? undefined)}
      />
    </div>
  );
}
