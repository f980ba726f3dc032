import { useState } from 'react';
import { Outlet, useSearchParams } from 'react-router';
import { PageLoading, ServiceProblem } from '@/components/layout/page-states';
import { useMyInformationDefaults } from '@/features/information-requests/api/get-my-information-defaults';
import { useMyInformationRequests } from '@/features/information-requests/api/list-my-information-requests';
import type { InformationAskContext } from '@/features/information-requests/components/ask-pages';
import { YourInformationRequests } from '@/features/information-requests/components/your-information-requests';
import { startingAnswers, type InformationAnswers } from '@/features/information-requests/request-answers';
import type { InformationDefaults, InformationRequest } from '@/lib/api/types';
import { isInformationSubject } from '@/lib/information-formats';

export function YourInformationRequestsRoute() {
  const query = useMyInformationRequests();
  if (query.isPending) return <PageLoading title="Your information requests" />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  return <YourInformationRequests requests={query.data} />;
}

/** The answers live here while the carer moves between the pages; they start from `?subject=`, `?title=` and the record's defaults. */
export function AskForInformationRoute() {
  const defaults = useMyInformationDefaults();
  if (defaults.isPending) return <PageLoading title="Ask for information in another format" />;
  if (defaults.isError) return <ServiceProblem error={defaults.error} />;
  return <AskForInformation defaults={defaults.data} />;
}

function AskForInformation({ defaults }: { defaults: InformationDefaults }) {
  const [params] = useSearchParams();
  const subject = params.get('subject');
  const [answers, setAnswers] = useState<InformationAnswers>(() =>
    startingAnswers(isInformationSubject(subject) ? subject : null, defaults, params.get('title')),
  );
  const [sent, setSent] = useState<InformationRequest | null>(null);
  return <Outlet context={{ answers, setAnswers, defaults, sent, setSent } satisfies InformationAskContext} />;
}
