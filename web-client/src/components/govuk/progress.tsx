/**
 * A long task's progress: a native progress bar with a visible label and, under it, a polite live
 * status that screen readers read out as it changes. `percent` undefined leaves the bar indeterminate.
 */
export function ProgressBar({ id, label, percent, text }: { id: string; label: string; percent: number | undefined; text: string }) {
  return (
    <div className="govuk-!-margin-bottom-6">
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <progress id={id} className="app-progress" max={100} {...(percent === undefined ? {} : { value: percent })} aria-describedby={`${id}-status`}>
        {percent === undefined ? 'Not started' : `${percent}%`}
      </progress>
      <p className="govuk-body govuk-!-margin-top-2" id={`${id}-status`} role="status" aria-live="polite">
        {text}
      </p>
    </div>
  );
}
