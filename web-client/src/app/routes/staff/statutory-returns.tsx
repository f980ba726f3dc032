import { StatutoryReturnsPage } from '@/features/statutory-returns/components/statutory-returns-page';

/** Managers' statutory returns: CLD for carers and SALT LTS003. */
export function StatutoryReturnsRoute() {
  return <StatutoryReturnsPage />;
}
