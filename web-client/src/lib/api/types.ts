/**
 * Names for the contract's shapes, all taken from the generated schema (never written by hand).
 * Request and response bodies are read through the operations, so they follow openapi.yaml
 * whatever its schemas are called.
 */
import type { components, operations } from './schema';

type Schemas = components['schemas'];
type JsonBody<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
type RequestBody<T> = T extends { requestBody?: infer Body } ? JsonBody<NonNullable<Body>> : never;

export type CarerRecord = JsonBody<operations['GetMyCarerRecord']['responses'][200]>;
export type RegisterCarerRequest = RequestBody<operations['RegisterCarer']>;
export type UpdateMyCarerRecordRequest = RequestBody<operations['UpdateMyCarerRecord']>;
export type AddCaredForPersonRequest = RequestBody<operations['AddCaredForPerson']>;
export type EndCaringRelationshipRequest = RequestBody<operations['EndCaringRelationship']>;
export type GiveConsentRequest = RequestBody<operations['GiveConsent']>;
export type SearchCarersQuery = NonNullable<operations['SearchCarers']['parameters']['query']>;
export type CarerSearchPage = JsonBody<operations['SearchCarers']['responses'][200]>;
export type CarerSummary = NonNullable<CarerSearchPage['items']>[number];
export type CarerCase = JsonBody<operations['GetCarerCase']['responses'][200]>;

export type CaredForPerson = NonNullable<CarerRecord['caredForPeople']>[number];
export type ConsentState = NonNullable<CarerRecord['consents']>[number];
export type Referral = CarerRecord['referrals'][number];
export type AwaitingPartnerReferral = JsonBody<operations['ListMyPartnerReferrals']['responses'][200]>['items'][number];
export type AnswerPartnerReferralRequest = RequestBody<operations['AnswerPartnerReferral']>;
export type RecordConsentForCarerRequest = RequestBody<operations['RecordConsentForCarer']>;

export type GpFlagPage = JsonBody<operations['ListGpFlags']['responses'][200]>;
export type GpFlag = GpFlagPage['items'][number];
export type FlagOutcome = GpFlag['outcome'];

export type MatchCandidatePage = JsonBody<operations['ListMatchCandidates']['responses'][200]>;
export type MatchCandidate = MatchCandidatePage['items'][number];
export type MatchPerson = MatchCandidate['incoming'];
export type ResolveMatchCandidateRequest = RequestBody<operations['ResolveMatchCandidate']>;

/** CarersCentral or Chums: the path parameter of the partner webhook operations. */
export type PartnerName = operations['RegisterPartnerWebhook']['parameters']['path']['partner'];
export type RegisterPartnerWebhookRequest = RequestBody<operations['RegisterPartnerWebhook']>;
export type RegisteredWebhook = JsonBody<operations['RegisterPartnerWebhook']['responses'][200]>;
export type WebhookDeliveries = JsonBody<operations['ListWebhookDeliveries']['responses'][200]>;
export type WebhookDelivery = WebhookDeliveries['deliveries']['items'][number];

export type RegisteringAs = Schemas['RegisteringAs'];
export type ContactChannel = Schemas['ContactChannel'];
export type ReasonableAdjustment = Schemas['ReasonableAdjustment'];
export type Ethnicity = Schemas['Ethnicity'];
export type EmploymentStatus = Schemas['EmploymentStatus'];
export type EducationStatus = Schemas['EducationStatus'];
export type CarerCategory = Schemas['CarerCategory'];
export type IdentificationSource = Schemas['IdentificationSource'];
export type RelationshipType = Schemas['RelationshipType'];
export type MainNeed = Schemas['MainNeed'];
export type HoursBand = Schemas['HoursBand'];
export type ConsentPurpose = Schemas['ConsentPurpose'];
export type ConsentStatus = Schemas['ConsentStatus'];
export type ConsentBasis = Schemas['ConsentBasis'];
export type RegisteredBy = Schemas['RegisteredBy'];

/** A resource with the entity tag it came with, for the `If-Match` of the next change. */
export type Versioned<T> = { data: T; etag: string | null };

export type GpExtractImport = JsonBody<operations['GetGpExtractImport']['responses'][200]>;
export type GpExtractRowError = GpExtractImport['errors'][number];
export type HistoricImportStatus = JsonBody<operations['GetHistoricImport']['responses'][200]>;
export type HistoricImportProblem = HistoricImportStatus['problems'][number];

export type Assessment = Schemas['Assessment'];
export type AssessmentKind = Schemas['AssessmentKind'];
export type AssessmentStatus = Schemas['AssessmentStatus'];
export type SelfAssessmentAnswers = Schemas['SelfAssessmentAnswers'];
export type OutcomeFinding = Schemas['OutcomeFinding'];
export type OutcomeAbility = Schemas['OutcomeAbility'];
export type CarerOutcome = keyof NonNullable<SelfAssessmentAnswers['outcomes']>;
export type AssessmentDecision = Schemas['Decision'];
export type SupportPlan = Schemas['SupportPlan'];
export type PlanAction = Schemas['PlanAction'];
export type ActionStatus = Schemas['ActionStatus'];
export type PaymentFrequency = Schemas['PaymentFrequency'];
export type AssessmentMethod = Schemas['AssessmentMethod'];
export type YoungCarerDecision = Schemas['YoungCarerDecision'];
export type YoungCarerSupportRoute = Schemas['YoungCarerSupportRoute'];
export type CompleteYoungCarerAssessmentRequest = RequestBody<operations['CompleteYoungCarerAssessment']>;
export type StatusChange = Schemas['StatusChange'];
export type RequestAssessmentRequest = RequestBody<operations['RequestAssessment']>;
export type DeclineAssessmentRequest = RequestBody<operations['DeclineAssessment']>;
export type StaffAssessment = JsonBody<operations['GetAssessment']['responses'][200]>;
export type AssessmentQueueName = operations['ListAssessmentQueue']['parameters']['path']['queue'];
export type AssessmentQueuePage = JsonBody<operations['ListAssessmentQueue']['responses'][200]>;
export type AssessmentQueueItem = AssessmentQueuePage['items'][number];
export type MyCaseloadPage = JsonBody<operations['ListMyCaseload']['responses'][200]>;
export type MyCaseloadItem = MyCaseloadPage['items'][number];
export type TeamCaseload = JsonBody<operations['GetTeamCaseload']['responses'][200]>;
export type MoveAssessmentRequest = RequestBody<operations['MoveAssessment']>;
export type CompleteAssessmentRequest = RequestBody<operations['CompleteAssessment']>;
export type RecordSupportPlanRequest = RequestBody<operations['RecordSupportPlan']>;
export type ReviewAssessmentRequest = RequestBody<operations['ReviewAssessment']>;

export type GrantApplication = Schemas['GrantApplication'];
export type GrantPurpose = Schemas['GrantPurpose'];
export type GrantStatus = Schemas['GrantStatus'];
export type GrantPot = Schemas['GrantPot'];
export type PotBalance = Schemas['PotBalance'];
export type GrantBudgetView = JsonBody<operations['GetGrantBudget']['responses'][200]>;
export type ApplyForGrantRequest = RequestBody<operations['ApplyForGrant']>;
export type ListGrantApplicationsQuery = NonNullable<operations['ListGrantApplications']['parameters']['query']>;
export type SetGrantBudgetRequest = RequestBody<operations['SetGrantBudget']>;
export type MarkGrantPaidRequest = RequestBody<operations['MarkGrantPaid']>;

export type Break = Schemas['Break'];
export type BreakType = Schemas['BreakType'];
export type BreakStatus = Schemas['BreakStatus'];
export type RequestBreakRequest = RequestBody<operations['RequestBreak']>;
export type BreakAvailability = JsonBody<operations['GetBreakAvailability']['responses'][200]>;
export type BreakAvailabilityDay = BreakAvailability['days'][number];
export type MoveBreakRequest = RequestBody<operations['MoveBreak']>;
export type MoveBreakStep = Schemas['MoveBreakStep'];
export type BreakProviders = JsonBody<operations['ListBreakProviders']['responses'][200]>;
export type BreakProvider = BreakProviders['providers'][number];
export type BreakProviderCapacity = BreakProvider['capacity'][number];
export type Weekday = Schemas['RegisterBreakProviderWeekday'];
export type RegisterBreakProviderRequest = RequestBody<operations['RegisterBreakProvider']>;

export type EmergencyPlan = Schemas['EmergencyPlan'];
export type EmergencyPlanContent = Schemas['EmergencyPlanContent'];
export type EmergencyContact = Schemas['EmergencyContact'];
export type MyEmergencyPlans = JsonBody<operations['ListMyEmergencyPlans']['responses'][200]>;
export type EmergencyPlanLookup = MyEmergencyPlans['lookups'][number];
export type EmergencyCardLookUp = JsonBody<operations['LookUpEmergencyPlan']['responses'][200]>;
export type OverdueEmergencyPlanPage = JsonBody<operations['ListOverdueEmergencyPlans']['responses'][200]>;
export type OverdueEmergencyPlan = OverdueEmergencyPlanPage['items'][number];

export type DirectoryService = Schemas['DirectoryService'];
export type DirectoryServicePage = JsonBody<operations['ListDirectoryServices']['responses'][200]>;
export type ListDirectoryServicesQuery = NonNullable<operations['ListDirectoryServices']['parameters']['query']>;
export type DirectoryServiceDetails = RequestBody<operations['AddDirectoryService']>;
export type Audience = Schemas['Audience'];
export type SupportNeed = Schemas['SupportNeed'];
export type ServiceChannel = Schemas['ServiceChannel'];
export type OpeningSlot = Schemas['OpeningSlot'];
export type ChannelHours = Schemas['ChannelHours'];
export type LanguageCode = Schemas['LanguageCode'];

export type InformationRequest = Schemas['InformationRequest'];
export type InformationFormat = Schemas['InformationFormat'];
export type InformationSubject = Schemas['InformationSubject'];
export type InformationRequestStatus = Schemas['InformationRequestStatus'];
export type InformationSentMethod = Schemas['InformationSentMethod'];
export type InformationRequestPage = JsonBody<operations['ListMyInformationRequests']['responses'][200]>;
export type InformationDefaults = JsonBody<operations['GetMyInformationDefaults']['responses'][200]>;
export type RequestInformationRequest = RequestBody<operations['RequestInformation']>;
export type RequestInformationResponse = JsonBody<operations['RequestInformation']['responses'][201]>;
export type InformationQueuePage = JsonBody<operations['ListInformationRequestQueue']['responses'][200]>;
export type InformationQueueItem = InformationQueuePage['items'][number];
export type RecordInformationSentRequest = RequestBody<operations['RecordInformationSent']>;
export type RecordInformationUnableRequest = RequestBody<operations['RecordInformationUnable']>;

export type FeedbackItem = Schemas['FeedbackItem'];
export type FeedbackKind = Schemas['FeedbackKind'];
export type FeedbackAbout = Schemas['FeedbackAbout'];
export type FeedbackStatus = Schemas['FeedbackStatus'];
export type ReceivedVia = Schemas['ReceivedVia'];
export type ComplaintOutcome = Schemas['ComplaintOutcome'];
export type AcknowledgementState = Schemas['AcknowledgementState'];
export type ComplaintRecord = Schemas['ComplaintRecord'];
export type SendFeedbackRequest = RequestBody<operations['SendFeedback']>;
export type RecordFeedbackForCarerRequest = RequestBody<operations['RecordFeedbackForCarer']>;
export type ComplaintQueuePage = JsonBody<operations['ListComplaintQueue']['responses'][200]>;
export type ComplaintQueueStatus = NonNullable<NonNullable<operations['ListComplaintQueue']['parameters']['query']>['status']>;
export type RespondToComplaintRequest = RequestBody<operations['RespondToComplaint']>;
export type AgreeComplaintResponsePeriodRequest = RequestBody<operations['AgreeComplaintResponsePeriod']>;
export type AcknowledgeComplaintRequest = RequestBody<operations['AcknowledgeComplaint']>;
export type MySurvey = JsonBody<operations['GetMySurvey']['responses'][200]>;
export type AnswerSurveyRequest = RequestBody<operations['AnswerSurvey']>;
export type SurveyItem = Schemas['SurveyItem'];
export type SurveySatisfaction = Schemas['SurveySatisfaction'];
export type SurveyAgeBand = Schemas['SurveyAgeBand'];
export type SurveyYearPage = JsonBody<operations['ListSurveyYears']['responses'][200]>;
export type SurveyYear = SurveyYearPage['items'][number];
export type OpenSurveyYearRequest = RequestBody<operations['OpenSurveyYear']>;
export type SurveyResults = JsonBody<operations['GetSurveyResults']['responses'][200]>;
export type SurveyCount = Schemas['SurveyCount'];
export type OtherCarer = NonNullable<JsonBody<operations['ListOtherCarersOfCaredForPeople']['responses'][200]>['items']>[number];

export type SubjectAccessExport = JsonBody<operations['ExportMyData']['responses'][200]>;
export type SubjectAccessRequest = JsonBody<operations['GetSubjectAccessRequest']['responses'][200]>;
export type SubjectAccessRequestPage = JsonBody<operations['ListSubjectAccessRequests']['responses'][200]>;
export type RecordSubjectAccessRequestRequest = RequestBody<operations['RecordSubjectAccessRequest']>;
export type CompleteSubjectAccessRequestRequest = RequestBody<operations['CompleteSubjectAccessRequest']>;
export type SubjectAccessChannel = Schemas['SubjectAccessChannel'];
export type RetentionReviewPage = JsonBody<operations['ListRetentionReviews']['responses'][200]>;
export type RetentionReview = RetentionReviewPage['items'][number];
export type RetentionReviewStatus = RetentionReview['status'];
export type RetentionDataKind = RetentionReview['wouldRemove'][number];
export type RetentionConcern = RetentionReview['concerns'][number];
export type RejectRetentionReviewRequest = RequestBody<operations['RejectRetentionReview']>;
export type RetentionRunPage = JsonBody<operations['ListRetentionRuns']['responses'][200]>;
export type RetentionRun = RetentionRunPage['items'][number];
export type CarerNotice = Schemas['CarerNotice'];
export type NoticeStatus = Schemas['NoticeStatus'];
