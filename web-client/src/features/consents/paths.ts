export const consentsPath = '/sharing-your-information';
/** The carer answers one partner's referral (decision 0024). */
export const answerReferralPath = (referralId: string) => `${consentsPath}/referrals/${referralId}`;
