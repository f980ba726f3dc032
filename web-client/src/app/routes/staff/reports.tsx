import { ReportsPage } from '@/features/reports/components/reports-page';
import { financialYearOf } from '@/lib/money';

/** Managers' reports: the performance indicators for a financial year chosen in the address (?year=). */
export function ReportsRoute() {
  return <ReportsPage current={financialYearOf(new Date())} />;
}
