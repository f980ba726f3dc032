import { useState } from 'react';
import { BackLink } from '@/components/govuk/back-link';
import { Button } from '@/components/govuk/button';
import { DateInput } from '@/components/govuk/date-input';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { Radios } from '@/components/govuk/radios';
import { TextInput } from '@/components/govuk/text-input';
import { Textarea } from '@/components/govuk/textarea';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import type { SubjectAccessChannel, SubjectAccessRequest } from '@/lib/api/types';
import { hasErrors, problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { emptyDateParts } from '@/lib/validation/date';
import { useRecordSubjectAccessRequest } from '../api/record-subject-access-request';
import { channelLabels, dataRightsPaths, recordToRequest, type RecordValues } from '../requests';

export type CarerChoice = { id: string; label: string };

type Props = {
  /** Finds carers by name (the route runs SearchCarers); the results are offered as choices. */
  onSearch: (name: string) => void;
  results: CarerChoice[] | undefined;
  searching: boolean;
  onRecorded: (request: SubjectAccessRequest) => void;
};

const hrefs = { carerId: '#carerSearch', receivedOn: '#receivedOn-day', receivedBy: '#receivedBy', requester: '#requester', authorityChecked: '#authorityChecked' };

/** Log a subject access request that came by post, phone, email or in person: the carer, when, how, who asked and how we knew them. */
export function RecordRequestForm({ onSearch, results, searching, onRecorded }: Props) {
  const [name, setName] = useState('');
  const [values, setValues] = useState<RecordValues>({
    carerId: '',
    receivedOn: emptyDateParts,
    receivedBy: '',
    requester: '',
    representativeName: '',
    representativeRelationship: '',
    authorityChecked: '',
    identityVerifiedBy: '',
  });
  const { errors, attempt, setErrors } = useFormErrors();
  const record = useRecordSubjectAccessRequest();
  usePageTitle('Record a subject access request', hasErrors(errors));
  const set = (change: Partial<RecordValues>) => setValues({ ...values, ...change });

  function submit() {
    const result = recordToRequest(values);
    if (!result.ok) return setErrors(validationToFormErrors(result.errors, hrefs));
    record.mutate(result.body, {
      onSuccess: onRecorded,
      onError: (error) =>
        setErrors(
          problemToFormErrors(error, {
            carerId: '#carerSearch',
            receivedOn: '#receivedOn-day',
            receivedBy: '#receivedBy',
            requester: '#requester',
            'representative.name': '#representativeName',
            'representative.relationship': '#representativeRelationship',
            identityVerifiedBy: '#identityVerifiedBy',
          }),
        ),
    });
  }

  return (
    <>
      <BackLink to={dataRightsPaths.queue}>Back to subject access requests</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
          <h1 className="govuk-heading-l">Record a subject access request</h1>
          <p className="govuk-body">It must be answered within one calendar month of the day it was received.</p>
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              submit();
            }}
          >
            <h2 className="govuk-heading-m">Which carer is it about?</h2>
            <TextInput
              id="carerSearch"
              label="Carer’s name"
              labelSize="s"
              hint="Their first or last name, or both"
              error={errors.fields.carerId}
              value={name}
              onChange={setName}
              type="search"
            />
            <Button type="button" variant="secondary" disabled={searching || name.trim() === ''} onClick={() => onSearch(name.trim())}>
              Find the carer
            </Button>
            {results === undefined ? null : results.length === 0 ? (
              <p className="govuk-body" role="status">
                No carers found with that name.
              </p>
            ) : (
              <Radios<string>
                name="carerId"
                legend="Choose the carer"
                legendSize="s"
                value={values.carerId}
                onChange={(carerId) => set({ carerId })}
                items={results.map((carer) => ({ value: carer.id, label: carer.label }))}
              />
            )}
            <DateInput
              id="receivedOn"
              legend="When was the request received?"
              legendSize="m"
              hint="For example, 27 3 2026"
              error={errors.fields.receivedOn}
              value={values.receivedOn}
              onChange={(receivedOn) => set({ receivedOn })}
            />
            <Radios<SubjectAccessChannel>
              name="receivedBy"
              legend="How was it received?"
              legendSize="m"
              error={errors.fields.receivedBy}
              value={values.receivedBy}
              onChange={(receivedBy) => set({ receivedBy })}
              items={(Object.entries(channelLabels) as [SubjectAccessChannel, string][]).map(([value, label]) => ({ value, label }))}
            />
            <Radios<'carer' | 'representative'>
              name="requester"
              legend="Who made the request?"
              legendSize="m"
              error={errors.fields.requester}
              value={values.requester}
              onChange={(requester) => set({ requester })}
              items={[
                { value: 'carer', label: 'The carer' },
                {
                  value: 'representative',
                  label: 'Someone acting for the carer',
                  conditional: (
                    <>
                      <TextInput
                        id="representativeName"
                        label="Their name"
                        error={errors.fields.representativeName}
                        value={values.representativeName}
                        onChange={(representativeName) => set({ representativeName })}
                      />
                      <TextInput
                        id="representativeRelationship"
                        label="How are they related to the carer?"
                        hint="For example, daughter, advocate or solicitor"
                        error={errors.fields.representativeRelationship}
                        value={values.representativeRelationship}
                        onChange={(representativeRelationship) => set({ representativeRelationship })}
                      />
                      <Radios<'yes' | 'no'>
                        name="authorityChecked"
                        legend="Have you checked their authority to act for the carer?"
                        legendSize="s"
                        small
                        inline
                        error={errors.fields.authorityChecked}
                        value={values.authorityChecked}
                        onChange={(authorityChecked) => set({ authorityChecked })}
                        items={[
                          { value: 'yes', label: 'Yes' },
                          { value: 'no', label: 'No' },
                        ]}
                      />
                    </>
                  ),
                },
              ]}
            />
            <Textarea
              id="identityVerifiedBy"
              label="How did you check who they are?"
              labelSize="m"
              hint="For example, the letter’s signature, address and date of birth match the record"
              error={errors.fields.identityVerifiedBy}
              value={values.identityVerifiedBy}
              onChange={(identityVerifiedBy) => set({ identityVerifiedBy })}
              rows={3}
            />
            <Button disabled={record.isPending} preventDoubleClick>
              Record the request
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}
