/**
 * Addresses of pages that more than one feature links to (a GP flag links to the carer's record),
 * so features share a path without importing each other.
 */
export const paths = {
  carer: (carerId: string) => `/carers/${carerId}`,
  gpFlags: '/gp-flags',
  matchQueue: '/match-queue',
  matchCandidate: (candidateId: string) => `/match-queue/${candidateId}`,
  gpExtractUpload: '/gp-extracts',
  gpWorklist: '/gp-worklist',
  gpContactAttempt: (nhsNumber: string) => `/gp-worklist/${nhsNumber}/attempt`,
  /** Staff register a carer; from the GP worklist with the NHS number the GP flagged. */
  registerCarer: (nhsNumber?: string) => (nhsNumber ? `/carers/register?nhsNumber=${nhsNumber}` : '/carers/register'),
  changeCarerDetails: (carerId: string) => `/carers/${carerId}/change`,
  gpExtractImport: (importId: string) => `/gp-extracts/${importId}`,
  partnerWebhooks: '/partner-webhooks',
  partnerWebhook: (partner: string) => `/partner-webhooks/${partner}`,
  grantApplications: '/grant-applications',
  grantApplication: (grantId: string) => `/grant-applications/${grantId}`,
  grantBudget: '/grant-budget',
  /** The staff's work pages for one record, linked from the carer's whole case (GetCarerCase). */
  assessmentWork: (assessmentId: string) => `/assessments/${assessmentId}`,
  breakWork: (breakId: string) => `/break-queue/${breakId}`,
  complaint: (complaintId: string) => `/complaints/${complaintId}`,
  informationRequestWork: (requestId: string) => `/information-queue/${requestId}`,
  addCaredForPerson: '/people-you-care-for/add',
  breakQueue: '/break-queue',
  breakProviders: '/break-providers',
  addBreakProvider: '/break-providers/add',
  emergencyPlanReviews: '/emergency-plan-reviews',
  emergencyCardLookUp: '/emergency-card',
  dataProtection: '/data-protection',
  subjectAccessRequests: '/data-protection/requests',
  /** The carer downloads everything we hold about them (ExportMyData). */
  yourData: '/your-data',
  retentionReview: '/data-protection/retention',
  directory: '/directory',
  manageDirectory: '/manage-directory',
  informationQueue: '/information-queue',
  /** The carer's "Ask for information in another format", with what they want chosen (and named, where the page knows its name). */
  askForInformation: (subject: 'leaflet' | 'supportPlan' | 'assessmentDecision' | 'letter', title?: string) =>
    `/information-requests/ask?${new URLSearchParams(title ? { subject, title } : { subject }).toString()}`,
  yourInformationRequests: '/information-requests',
  complaintsQueue: '/complaints',
  /** Staff record a complaint or compliment that came by phone, letter, email or in person. */
  recordFeedback: (carerId: string) => `/record-feedback/${carerId}`,
  /** Staff record a consent the carer gave them in a conversation. */
  recordConsent: (carerId: string) => `/carers/${carerId}/record-consent`,
  /** Staff add someone the carer cares for (AddCaredForPersonForCarer). */
  addCaredForPersonForCarer: (carerId: string) => `/carers/${carerId}/add-cared-for-person`,
  yourFeedback: '/feedback',
  /** The carer's "Who has seen your record" (ListMyRecordAccesses). */
  recordAccesses: '/who-has-seen-your-record',
  surveyYears: '/survey-years',
  statutoryReturns: '/statutory-returns',
  reports: '/reports',
  /** Reports for one financial year, by the year it starts in. */
  reportsFor: (year: number) => `/reports?year=${year}`,
  historicImportUpload: '/historic-import',
  historicImport: (importId: string) => `/historic-import/${importId}`,
} as const;
