import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/govuk/button';
import { Radios } from '@/components/govuk/radios';
import { Select } from '@/components/govuk/select';
import type { Audience, SupportNeed } from '@/lib/api/types';
import { audienceLabels, supportNeedLabels } from '@/lib/reference-data';
import type { DirectoryFilters } from '../filters';

/**
 * The filter form: who it is for, and a condition the service specialises in. Applying it puts
 * the filters in the address (`?for=...&need=...`), so a filtered list can be shared and Back works.
 */
export function DirectoryFilterForm({ initial, onApply }: { initial: DirectoryFilters; onApply: (filters: DirectoryFilters) => void }) {
  const [audience, setAudience] = useState<Audience | 'all'>(initial.for ?? 'all');
  const [need, setNeed] = useState<SupportNeed | ''>(initial.need ?? '');
  const { t } = useTranslation('directory');
  // The contract's codes in the order of the shared labels; the words in the pages' language.
  const audiences = (Object.keys(audienceLabels) as Audience[]).map((value) => ({ value, label: t(`audiences.${value}`) }));
  const needs = (Object.keys(supportNeedLabels) as SupportNeed[]).map((value) => ({ value, label: t(`needs.${value}`) }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply({ ...(audience !== 'all' ? { for: audience } : {}), ...(need ? { need } : {}) });
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('filters.form')} className="app-directory-filters">
      <h2 className="govuk-heading-m">{t('filters.heading')}</h2>
      <Radios<Audience | 'all'>
        name="for"
        legend={t('filters.who')}
        legendSize="s"
        value={audience}
        onChange={setAudience}
        items={[{ value: 'all', label: t('filters.anyone') }, ...audiences]}
        small
      />
      <Select
        id="need"
        label={t('filters.condition')}
        labelSize="s"
        hint={t('filters.conditionHint')}
        value={need}
        onChange={(value) => setNeed(value as SupportNeed | '')}
        items={[{ value: '', label: t('filters.anyCondition') }, ...needs]}
      />
      <Button variant="secondary">{t('filters.apply')}</Button>
    </form>
  );
}
