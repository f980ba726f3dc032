import { useState, type FormEvent } from 'react';
import { Button } from '@/components/govuk/button';
import { Radios } from '@/components/govuk/radios';
import { Select } from '@/components/govuk/select';
import type { Audience, SupportNeed } from '@/lib/api/types';
import { audienceLabels, optionsOf, supportNeedLabels } from '@/lib/reference-data';
import type { DirectoryFilters } from '../filters';

/**
 * The filter form: who it is for, and a condition the service specialises in. Applying it puts
 * the filters in the address (`?for=...&need=...`), so a filtered list can be shared and Back works.
 */
export function DirectoryFilterForm({ initial, onApply }: { initial: DirectoryFilters; onApply: (filters: DirectoryFilters) => void }) {
  const [audience, setAudience] = useState<Audience | 'all'>(initial.for ?? 'all');
  const [need, setNeed] = useState<SupportNeed | ''>(initial.need ?? '');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply({ ...(audience !== 'all' ? { for: audience } : {}), ...(need ? { need } : {}) });
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Filter services" className="app-directory-filters">
      <h2 className="govuk-heading-m">Filter</h2>
      <Radios<Audience | 'all'>
        name="for"
        legend="Who is it for?"
        legendSize="s"
        value={audience}
        onChange={setAudience}
        items={[{ value: 'all', label: 'Anyone (show all)' }, ...optionsOf(audienceLabels)]}
        small
      />
      <Select
        id="need"
        label="Help with a condition"
        labelSize="s"
        hint="Services that know about the condition of the person you look after"
        value={need}
        onChange={(value) => setNeed(value as SupportNeed | '')}
        items={[{ value: '', label: 'Any condition' }, ...optionsOf(supportNeedLabels)]}
      />
      <Button variant="secondary">Apply filters</Button>
    </form>
  );
}
