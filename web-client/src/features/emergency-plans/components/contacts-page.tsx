import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { QuestionForm } from '@/components/form/question-form';
import { Button } from '@/components/govuk/button';
import { Radios } from '@/components/govuk/radios';
import { TextInput } from '@/components/govuk/text-input';
import { useFormErrors } from '@/hooks/use-form-errors';
import type { EmergencyPlan } from '@/lib/api/types';
import {
  contactFieldId,
  contactsToRequest,
  contactValuesOf,
  emptyContact,
  maxContacts,
  type ContactValues,
} from '@/lib/emergency-plan-sections';
import { hasErrors, problemToFormErrors, validationToFormErrors, type FormErrors } from '@/lib/forms/form-errors';
import { useSaveEmergencyPlan } from '../api/save-emergency-plan';
import { planPaths } from '../paths';
import { isPlanConflict, planChangedMessage } from '../save-conflict';

type Props = {
  relationshipId: string;
  name: string;
  /** The plan as last read, with its ETag for If-Match; none for a plan not written yet. */
  plan: EmergencyPlan | undefined;
  /** The page was opened again with the latest plan after a save was refused as stale. */
  conflict: boolean;
  /** Asked to read the plans again after a save was refused as stale. */
  onConflict: () => void;
};

/** Problem keys from the API ("contacts[1].phone") to the field ids on this page. */
function contactProblemFields(count: number): Record<string, string> {
  const fields: Record<string, string> = { contacts: `#${contactFieldId(0, 'name')}` };
  for (let index = 0; index < count; index += 1) {
    for (const field of ['name', 'phone', 'relationship', 'consentGiven', 'holdsCopy'] as const) {
      fields[`contacts[${index}].${field}`] = `#${contactFieldId(index, field)}`;
    }
  }
  return fields;
}

/** Up to three emergency contacts ("add another"), each with their consent and whether they hold a copy. */
export function ContactsPage({ relationshipId, name, plan, conflict, onConflict }: Props) {
  const [contacts, setContacts] = useState<ContactValues[]>(() => contactValuesOf(plan?.content));
  const { errors, attempt, setErrors } = useFormErrors();
  const save = useSaveEmergencyPlan();
  const navigate = useNavigate();
  const { t } = useTranslation('emergencyPlans');
  const title = t('sections.contacts.heading', { name });
  const change = (index: number, values: Partial<ContactValues>) =>
    setContacts((current) => current.map((contact, i) => (i === index ? { ...contact, ...values } : contact)));

  function submit() {
    const { contacts: body, errors: found } = contactsToRequest(contacts);
    const checked = validationToFormErrors(found);
    if (hasErrors(checked)) return setErrors(checked);
    // Empty contacts are dropped, so the API's "contacts[1]" is the second contact on the page.
    const kept = contacts.filter((contact) => Object.values(contact).some((value) => value.trim() !== ''));
    setContacts(kept);
    save.mutate(
      { relationshipId, content: { ...(plan?.content ?? {}), contacts: body }, etag: plan?.eTag ?? null },
      {
        onSuccess: () => void navigate(planPaths.home),
        onError: (error) => {
          if (isPlanConflict(error)) return onConflict();
          // The API's keys ("contacts[0].phone") name the field; the form shows them by field id.
          const known = contactProblemFields(kept.length);
          const problem = problemToFormErrors(error, known);
          const fields = Object.fromEntries(Object.entries(problem.fields).map(([key, message]) => [known[key]?.slice(1) ?? key, message]));
          setErrors({ fields, summary: problem.summary });
        },
      },
    );
  }

  const shown: FormErrors = conflict && !hasErrors(errors) ? { fields: {}, summary: [{ text: planChangedMessage() }] } : errors;

  return (
    <QuestionForm title={title} backTo={planPaths.home} errors={shown} attempt={attempt} onSubmit={submit} caption={t('section.caption', { name })} submitText={t('section.saveAndContinue')}>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">{t('contacts.intro', { max: maxContacts })}</p>
      {contacts.map((contact, index) => {
        const id = (field: keyof ContactValues) => contactFieldId(index, field);
        return (
          <fieldset className="govuk-fieldset app-add-another__item" key={index}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
              <h2 className="govuk-fieldset__heading">{t('contacts.contact', { number: index + 1 })}</h2>
            </legend>
            <TextInput id={id('name')} label={t('contacts.name')} error={errors.fields[id('name')]} value={contact.name} onChange={(value) => change(index, { name: value })} autoComplete="off" spellCheck={false} />
            <TextInput
              id={id('phone')}
              label={t('contacts.phone')}
              type="tel"
              width="20"
              error={errors.fields[id('phone')]}
              value={contact.phone}
              onChange={(value) => change(index, { phone: value })}
              autoComplete="off"
            />
            <TextInput
              id={id('relationship')}
              label={t('contacts.relationship', { name })}
              hint={t('contacts.relationshipHint')}
              width="20"
              error={errors.fields[id('relationship')]}
              value={contact.relationship}
              onChange={(value) => change(index, { relationship: value })}
            />
            <Radios<'yes' | 'no'>
              name={id('consentGiven')}
              legend={t('contacts.consent')}
              hint={t('contacts.consentHint')}
              legendSize="s"
              inline
              small
              error={errors.fields[id('consentGiven')]}
              value={contact.consentGiven}
              onChange={(value) => change(index, { consentGiven: value })}
              items={[
                { value: 'yes', label: t('contacts.yes') },
                { value: 'no', label: t('contacts.notYet') },
              ]}
            />
            <Radios<'yes' | 'no'>
              name={id('holdsCopy')}
              legend={t('contacts.holdsCopy')}
              legendSize="s"
              inline
              small
              error={errors.fields[id('holdsCopy')]}
              value={contact.holdsCopy}
              onChange={(value) => change(index, { holdsCopy: value })}
              items={[
                { value: 'yes', label: t('contacts.yes') },
                { value: 'no', label: t('contacts.no') },
              ]}
            />
            {contacts.length > 1 ? (
              <Button type="button" variant="secondary" onClick={() => setContacts((current) => current.filter((_, i) => i !== index))}>
                {t('contacts.remove', { number: index + 1 })}
              </Button>
            ) : null}
          </fieldset>
        );
      })}
      {contacts.length < maxContacts ? (
        <div>
          <Button type="button" variant="secondary" onClick={() => setContacts((current) => [...current, { ...emptyContact }])}>
            {t('contacts.add')}
          </Button>
        </div>
      ) : null}
    </QuestionForm>
  );
}
