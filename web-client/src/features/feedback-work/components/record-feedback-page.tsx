import { useState } from 'react';
import { QuestionForm } from '@/components/form/question-form';
import { DateInput } from '@/components/govuk/date-input';
import { Radios } from '@/components/govuk/radios';
import { Textarea } from '@/components/govuk/textarea';
import { useFormErrors } from '@/hooks/use-form-errors';
import type { FeedbackAbout, FeedbackItem, FeedbackKind, ReceivedVia } from '@/lib/api/types';
import { feedbackAboutLabels, receivedViaLabels } from '@/lib/feedback-words';
import { problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { emptyDateParts } from '@/lib/validation/date';
import { useRecordFeedbackForCarer } from '../api/record-feedback-for-carer';
import { recordToRequest, type RecordValues } from '../forms';

const abouts = Object.entries(feedbackAboutLabels) as [FeedbackAbout, string][];
const vias = (Object.entries(receivedViaLabels) as [ReceivedVia, string][]).filter((entry): entry is [Exclude<ReceivedVia, 'online'>, string] => entry[0] !== 'online');

const hrefs = { receivedOn: '#receivedOn-day' };

type Props = { carerId: string; carerName: string | undefined; backTo: string; onDone: (item: FeedbackItem) => void };

/** Staff record a complaint or compliment a carer made by phone, letter, email or in person. */
export function RecordFeedbackPage({ carerId, carerName, backTo, onDone }: Props) {
  const [values, setValues] = useState<RecordValues>({ kind: '', about: '', text: '', receivedVia: '', receivedOn: emptyDateParts });
  const { errors, attempt, setErrors } = useFormErrors();
  const record = useRecordFeedbackForCarer();
  const heading = carerName ? `Record feedback from ${carerName}` : 'Record feedback from a carer';
  return (
    <QuestionForm
      title={heading}
      backTo={backTo}
      errors={errors}
      attempt={attempt}
      submitText="Record feedback"
      onSubmit={() => {
        const result = recordToRequest(carerId, values);
        if (!result.ok) return setErrors(validationToFormErrors(result.errors, hrefs));
        record.mutate(result.body, {
          onSuccess: onDone,
          onError: (error) =>
            setErrors(problemToFormErrors(error, { kind: '#kind', about: '#about', text: '#text', receivedVia: '#receivedVia', receivedAt: '#receivedOn-day' })),
        });
      }}
    >
      <h1 className="govuk-heading-l">{heading}</h1>
      <p className="govuk-body">For a complaint or compliment the carer made by phone, letter, email or in person. The carer will see it in their account.</p>
      <Radios<FeedbackKind>
        name="kind"
        legend="Is it a complaint or a compliment?"
        legendSize="m"
        error={errors.fields.kind}
        value={values.kind}
        onChange={(kind) => setValues({ ...values, kind })}
        items={[
          { value: 'complaint', label: 'Complaint' },
          { value: 'compliment', label: 'Compliment' },
        ]}
        inline
      />
      <Radios<FeedbackAbout>
        name="about"
        legend="What is it about?"
        legendSize="m"
        error={errors.fields.about}
        value={values.about}
        onChange={(about) => setValues({ ...values, about })}
        items={abouts.map(([value, label]) => ({ value, label }))}
      />
      <Textarea
        id="text"
        label="What the carer said"
        labelSize="m"
        hint="As near their words as you can. Do not include anyone’s medical details."
        error={errors.fields.text}
        value={values.text}
        onChange={(text) => setValues({ ...values, text })}
        rows={6}
        spellCheck
      />
      <Radios<Exclude<ReceivedVia, 'online'>>
        name="receivedVia"
        legend="How was it received?"
        legendSize="m"
        error={errors.fields.receivedVia}
        value={values.receivedVia}
        onChange={(receivedVia) => setValues({ ...values, receivedVia })}
        items={vias.map(([value, label]) => ({ value, label }))}
      />
      <DateInput
        id="receivedOn"
        legend="When was it received?"
        legendSize="m"
        hint="Leave empty for today. A complaint must be acknowledged within 3 working days of this date. For example, 27 3 2026"
        error={errors.fields.receivedOn ?? errors.fields.receivedAt}
        value={values.receivedOn}
        onChange={(receivedOn) => setValues({ ...values, receivedOn })}
      />
    </QuestionForm>
  );
}
