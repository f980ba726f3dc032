import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { PageLoading, PageNotFound, ServiceProblem } from '@/components/layout/page-states';
import { useMyEmergencyPlans } from '@/features/emergency-plans/api/list-my-emergency-plans';
import { ContactsPage } from '@/features/emergency-plans/components/contacts-page';
import { EmergencyPlansPage, personName } from '@/features/emergency-plans/components/emergency-plans-page';
import { PlanSectionPage } from '@/features/emergency-plans/components/plan-section-page';
import { PrintCardPage, PrintPlanPage } from '@/features/emergency-plans/components/print-pages';
import { findPlanSection } from '@/lib/emergency-plan-sections';
import { useCarerRecord } from './carer-area';

function useCurrentPeople() {
  const record = useCarerRecord();
  return (record.data.caredForPeople ?? []).filter((person) => !person.endedOn && person.relationshipId);
}

export function EmergencyPlansRoute() {
  const people = useCurrentPeople();
  const query = useMyEmergencyPlans();
  const banner = (useLocation().state as { banner?: string } | null)?.banner;
  const { t } = useTranslation('emergencyPlans');
  if (query.isPending) return <PageLoading title={t('home.title')} />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  return <EmergencyPlansPage data={query.data} people={people} banner={banner} />;
}

export function PlanSectionRoute() {
  const { relationshipId = '', sectionId } = useParams();
  const people = useCurrentPeople();
  const query = useMyEmergencyPlans();
  // How many times a save on this page was refused as stale (412/428) and the plans read again.
  const [reloads, setReloads] = useState({ page: '', count: 0 });
  const page = `${relationshipId}-${sectionId ?? ''}`;
  const reloaded = reloads.page === page ? reloads.count : 0;
  const section = findPlanSection(sectionId);
  const person = people.find((candidate) => candidate.relationshipId === relationshipId);
  const { t } = useTranslation('emergencyPlans');
  if (!section || !person) return <PageNotFound />;
  if (query.isPending) return <PageLoading title={t('section.loading')} />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  // The plan as last read, with its ETag (from the list, or from the last save).
  const plan = query.data.plans.find((candidate) => candidate.relationshipId === relationshipId);
  // Not keyed by the ETag: the page must stay mounted while its save finishes (a save changes the
  // ETag) so it can move on. A refused save reads the plans again, then opens the page afresh
  // with the latest plan and says why.
  const key = `${page}-${reloaded}`;
  const props = {
    relationshipId,
    name: personName(person),
    plan,
    conflict: reloaded > 0,
    onConflict: () => void query.refetch().finally(() => setReloads({ page, count: reloaded + 1 })),
  };
  return section.id === 'contacts' ? <ContactsPage key={key} {...props} /> : <PlanSectionPage key={key} {...props} section={section} />;
}

export function PrintCardRoute() {
  const query = useMyEmergencyPlans();
  const { t } = useTranslation('emergencyPlans');
  if (query.isPending) return <PageLoading title={t('print.cardTitle')} />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  return <PrintCardPage cardNumber={query.data.cardNumber ?? null} />;
}

export function PrintPlanRoute() {
  const { relationshipId = '' } = useParams();
  const query = useMyEmergencyPlans();
  const { t } = useTranslation('emergencyPlans');
  if (query.isPending) return <PageLoading title={t('section.loading')} />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  const plan = query.data.plans.find((candidate) => candidate.relationshipId === relationshipId);
  if (!plan) return <PageNotFound />;
  return <PrintPlanPage plan={plan} cardNumber={query.data.cardNumber ?? null} />;
}
