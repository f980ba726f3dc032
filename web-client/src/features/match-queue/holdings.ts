import type { MatchPerson } from '@/lib/api/types';

type Holdings = MatchPerson['holds'];
type Count = Exclude<keyof Holdings, 'hasEmergencyCard'>;

/** What one record holds, in the order a person deciding reads it: everything here moves to the record kept. */
const counted: { key: Count; label: string }[] = [
  { key: 'caredForPeople', label: 'People cared for' },
  { key: 'assessments', label: 'Assessments' },
  { key: 'supportPlans', label: 'Support plans' },
  { key: 'grants', label: 'Grant applications' },
  { key: 'breaks', label: 'Breaks' },
  { key: 'emergencyPlans', label: 'Emergency plans' },
  { key: 'consentsInForce', label: 'Consents in force' },
  { key: 'partnerReferrals', label: 'Partner referrals' },
  { key: 'partnerSupport', label: 'Partner support' },
  { key: 'gpFlags', label: 'GP flags' },
  { key: 'feedback', label: 'Complaints and compliments' },
  { key: 'informationRequests', label: 'Information requests' },
];

export type HoldingRow = { key: string; value: string };

export function holdingRows(holds: Holdings): HoldingRow[] {
  const rows = counted.map(({ key, label }) => ({ key: label, value: holds[key] === 0 ? 'None' : String(holds[key]) }));
  rows.splice(6, 0, { key: 'Emergency card', value: holds.hasEmergencyCard ? 'Yes' : 'No' });
  return rows;
}
