import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { QuestionForm } from '@/components/form/question-form';
import { Textarea } from '@/components/govuk/textarea';
import { useFormErrors } from '@/hooks/use-form-errors';
import type { EmergencyPlan } from '@/lib/api/types';
import { sectionErrors, sectionValuesOf, withSection, type PlanSection, type SectionValues } from '@/lib/emergency-plan-sections';
import { hasErrors, problemToFormErrors, validationToFormErrors, type FormErrors } from '@/lib/forms/form-errors';
import { useSaveEmergencyPlan } from '../api/save-emergency-plan';
import { planPaths } from '../paths';
import { isPlanConflict, planChangedMessage } from '../save-conflict';

type Props = {
  relationshipId: string;
  name: string;
  /** The plan as last read, with its ETag for If-Match; none for a plan not written yet. */
  plan: EmergencyPlan | undefined;
  section: PlanSection;
  /** The page was opened again with the latest plan after a save was refused as stale. */
  conflict: boolean;
  /** Asked to read the plans again after a save was refused as stale. */
  onConflict: () => void;
};

/** One section of the plan: "Save and continue" saves the whole plan with this section's answers. */
export function PlanSectionPage({ relationshipId, name, plan, section, conflict, onConflict }: Props) {
  const [values, setValues] = useState<SectionValues>(() => sectionValuesOf(plan?.content, section));
  const { errors, attempt, setErrors } = useFormErrors();
  const save = useSaveEmergencyPlan();
  const navigate = useNavigate();
  const { t } = useTranslation('emergencyPlans');
  const only = section.questions.length === 1 ? section.questions[0] : undefined;
  const title = only ? only.label(name) : section.heading(name);

  function submit() {
    const checked = validationToFormErrors(sectionErrors(section, values, name));
    if (hasErrors(checked)) return setErrors(checked);
    save.mutate(
      { relationshipId, content: withSection(plan?.content, values), etag: plan?.eTag ?? null },
      {
        onSuccess: () => void navigate(planPaths.home),
        onError: (error) => {
          if (isPlanConflict(error)) return onConflict();
          setErrors(problemToFormErrors(error, Object.fromEntries(section.questions.map((question) => [question.field, `#${question.field}`]))));
        },
      },
    );
  }

  const shown: FormErrors = conflict && !hasErrors(errors) ? { fields: {}, summary: [{ text: planChangedMessage() }] } : errors;

  return (
    <QuestionForm title={title} backTo={planPaths.home} errors={shown} attempt={attempt} onSubmit={submit} caption={t('section.caption', { name })} submitText={t('section.saveAndContinue')}>
      {section.questions.length === 1 ? (
        <Textarea
          id={section.questions[0]!.field}
          label={section.questions[0]!.label(name)}
          isPageHeading
          hint={section.questions[0]!.hint}
          error={errors.fields[section.questions[0]!.field]}
          value={values[section.questions[0]!.field] ?? ''}
          onChange={(value) => setValues((current) => ({ ...current, [section.questions[0]!.field]: value }))}
          rows={section.questions[0]!.rows}
          spellCheck
        />
      ) : (
        <>
          <h1 className="govuk-heading-l">{title}</h1>
          {section.questions.map((question) => (
            <Textarea
              key={question.field}
              id={question.field}
              label={question.label(name)}
              labelSize="m"
              hint={question.hint}
              error={errors.fields[question.field]}
              value={values[question.field] ?? ''}
              onChange={(value) => setValues((current) => ({ ...current, [question.field]: value }))}
              rows={question.rows}
              spellCheck
            />
          ))}
        </>
      )}
    </QuestionForm>
  );
}
