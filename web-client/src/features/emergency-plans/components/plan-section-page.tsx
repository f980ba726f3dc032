import { useState } from 'react';
import { useNavigate } from 'react-router';
import { QuestionForm } from '@/components/form/question-form';
import { Textarea } from '@/components/govuk/textarea';
import { useFormErrors } from '@/hooks/use-form-errors';
import type { EmergencyPlan } from '@/lib/api/types';
import { sectionErrors, sectionValuesOf, withSection, type PlanSection, type SectionValues } from '@/lib/emergency-plan-sections';
import { hasErrors, problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { useSaveEmergencyPlan } from '../api/save-emergency-plan';
import { planPaths } from '../paths';
import { saveConflict } from '../save-conflict';

type Props = {
  relationshipId: string;
  name: string;
  plan: EmergencyPlan | undefined;
  /** The plan's ETag for If-Match; null for a plan not written yet. */
  etag: string | null;
  section: PlanSection;
  /** Asked to read the plans again after a conflict. */
  onConflict: () => void;
};

/** One section of the plan: "Save and continue" saves the whole plan with this section's answers. */
export function PlanSectionPage({ relationshipId, name, plan, etag, section, onConflict }: Props) {
  const [values, setValues] = useState<SectionValues>(() => sectionValuesOf(plan?.content, section));
  const { errors, attempt, setErrors } = useFormErrors();
  const save = useSaveEmergencyPlan();
  const navigate = useNavigate();
  const only = section.questions.length === 1 ? section.questions[0] : undefined;
  const title = only ? only.label(name) : section.heading(name);

  function submit() {
    const checked = validationToFormErrors(sectionErrors(section, values, name));
    if (hasErrors(checked)) return setErrors(checked);
    save.mutate(
      { relationshipId, content: withSection(plan?.content, values), etag: plan ? etag : null },
      {
        onSuccess: () => navigate(planPaths.home),
        onError: (error) => {
          const conflict = saveConflict(error, relationshipId, etag);
          if (conflict) {
            setErrors({ fields: {}, summary: [conflict] });
            onConflict();
            return;
          }
          setErrors(problemToFormErrors(error, Object.fromEntries(section.questions.map((question) => [question.field, `#${question.field}`]))));
        },
      },
    );
  }

  return (
    <QuestionForm title={title} backTo={planPaths.home} errors={errors} attempt={attempt} onSubmit={submit} caption={`Emergency plan for ${name}`} submitText="Save and continue">
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
