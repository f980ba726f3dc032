import type { ConsentPurpose, ConsentState, PartnerName, Referral } from '@/lib/api/types';
import { optionsOf, partnerLabels } from '@/lib/reference-data';

/** The consent purpose that lets each partner see a carer's information. */
export const partnerPurposes: Record<PartnerName, ConsentPurpose> = {
  CarersCentral: 'shareWithCarersCentral',
  Chums: 'shareWithChums',
};

export type OrganisationThatKnows = {
  partner: PartnerName;
  name: string;
  purpose: ConsentPurpose;
  /** Set while the carer shares with the partner. */
  sharingSince: string | undefined;
  /** Set once the carer has withdrawn, and is not sharing again. */
  withdrawnOn: string | undefined;
  /** When the partner referred the carer to the council, oldest first (instants). */
  referredAt: string[];
};

/**
 * The partners that know about a carer: each one the carer shares with, and each one that
 * referred them (even if the carer has since withdrawn consent, so they can see it stopped).
 */
export function organisationsThatKnow(consents: ConsentState[], referrals: Referral[]): OrganisationThatKnows[] {
  return optionsOf(partnerLabels).flatMap(({ value: partner, label: name }) => {
    const purpose = partnerPurposes[partner];
    const consent = consents.find((candidate) => candidate.purpose === purpose);
    const referredAt = referrals
      .filter((referral) => referral.partner === partner)
      .map((referral) => referral.referredAt)
      .sort();
    const sharing = consent?.status === 'given';
    if (!sharing && referredAt.length === 0) return [];
    return [
      {
        partner,
        name,
        purpose,
        sharingSince: sharing ? (consent.givenOn ?? undefined) : undefined,
        withdrawnOn: consent?.status === 'withdrawn' ? (consent.withdrawnOn ?? undefined) : undefined,
        referredAt,
      },
    ];
  });
}
