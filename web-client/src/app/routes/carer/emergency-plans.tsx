import { useQueryClient } from '@tanstack/react-query';
import { Navigate, useLocation, useParams } from 'react-router';
import { PageLoading, PageNotFound, ServiceProblem } from '@/components/layout/page-states';
import { myEmergencyPlansKey, useMyEmergencyPlans } from '@/features/emergency-plans/api/list-my-emergency-plans';
import { ContactsPage } from '@/features/emergency-plans/components/contacts-page';
import { EmergencyPlansPage, personName } from '@/features/emergency-plans/components/emergency-plans-page';
import { PlanSectionPage } from '@/features/emergency-plans/components/plan-section-page';
import { PrintCardPage, PrintPlanPage } from '@/features/emergency-plans/components/print-pages';
import { planPaths } from '@/features/emergency-plans/paths';
import { planEtag } from '@/features/emergency-plans/plan-etags';
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
  if (query.isPending) return <PageLoading title="Your emergency plans" />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  return <EmergencyPlansPage data={query.data} people={people} banner={banner} />;
}

export function PlanSectionRoute() {
  const { relationshipId = '', sectionId } = useParams();
  const people = useCurrentPeople();
  const query = useMyEmergencyPlans();
  const queryClient = useQueryClient();
  const section = findPlanSection(sectionId);
  const person = people.find((candidate) => candidate.relationshipId === relationshipId);
  if (!section || !person) return <PageNotFound />;
  if (query.isPending) return <PageLoading title="Your emergency plan" />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  const plan = query.data.plans.find((candidate) => candidate.relationshipId === relationshipId);
  const etag = plan ? planEtag(relationshipId) : null;
  // A plan saved elsewhere cannot be changed here: the list page explains why.
  if (plan && !etag) return <Navigate to={planPaths.home} replace />;
  // Keyed by section only: the page must stay mounted while its save finishes (so it can move
  // on); after a conflict it keeps what was typed and saves next with the ETag known now.
  const key = `${relationshipId}-${section.id}`;
  const props = {
    relationshipId,
    name: personName(person),
    plan,
    etag,
    onConflict: () => void queryClient.invalidateQueries({ queryKey: myEmergencyPlansKey }),
  };
  return section.id === 'contacts' ? <ContactsPage key={key} {...props} /> : <PlanSectionPage key={key} {...props} section={section} />;
}

export function PrintCardRoute() {
  const query = useMyEmergencyPlans();
  if (query.isPending) return <PageLoading title="Your emergency card" />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  return <PrintCardPage cardNumber={query.data.cardNumber ?? null} />;
}

export function PrintPlanRoute() {
  const { relationshipId = '' } = useParams();
  const query = useMyEmergencyPlans();
  if (query.isPending) return <PageLoading title="Emergency plan" />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  const plan = query.data.plans.find((candidate) => candidate.relationshipId === relationshipId);
  if (!plan) return <PageNotFound />;
  return <PrintPlanPage plan={plan} cardNumber={query.data.cardNumber ?? null} />;
}
