import { Button, ButtonGroup } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { hasErrors, type FormErrors } from '@/lib/forms/form-errors';

export type Banner = { text: string; key: number };

/** The last submission's errors and the last success, above the page's heading. */
export function Messages({ errors, attempt, banner }: { errors: FormErrors; attempt: number; banner: Banner | undefined }) {
  return (
    <>
      {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
      {banner ? <NotificationBanner key={banner.key} type="success" heading={banner.text} /> : null}
    </>
  );
}

/** What every field of these forms takes alike: its id (also the key of its error), its error, its value and its change handler. */
export function fieldProps<TValue>(errors: FormErrors, id: string, value: TValue, onChange: (value: TValue) => void) {
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
export function FormButtons({ submitText, submitVariant, busy, otherText, onOther }: FormButtonsProps) {
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
