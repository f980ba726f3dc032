import { createBrowserRouter } from 'react-router';
import { PageLoading, PageNotFound, ServiceProblem } from '@/components/layout/page-states';
import { lazyPage } from './lazy-page';
import { CarerArea } from './routes/carer/carer-area';
import { RegisterRoute, RegistrationConfirmationRoute } from './routes/carer/register';
import { HomeRoute } from './routes/home';
import { RequireRole } from './routes/require-role';
import { RootLayout } from './routes/root-layout';
import { SignInRoute } from './routes/sign-in';
import { SignOutRoute } from './routes/sign-out';
import { SignedInRoute } from './routes/signed-in';
import { SignedOutRoute } from './routes/signed-out';

/*
 * The router is split by route (decision 0039). In the first chunk: the layout, the start page and
 * signing in and out, which every visitor meets. Every other page is `lazy`: its module (one chunk per
 * route file or feature page) is fetched the first time someone opens it, so a carer's first page
 * needs at most 150 KB of gzipped script and staff pages reach staff alone
 * (scripts/check-first-load.mjs fails the build's check otherwise). Keep it so: a page imported
 * here at the top lands in every visitor's first download.
 */

// Public pages.
const publicPages = {
  accessibility: () => import('./routes/accessibility'),
  directory: () => import('./routes/directory'),
  privacy: () => import('./routes/privacy'),
};

// The carer's pages: a route file of app/routes/carer, or a feature's question pages.
const carer = {
  home: () => import('./routes/carer/carer-home'),
  assessment: () => import('./routes/carer/assessment'),
  breaks: () => import('./routes/carer/breaks'),
  consents: () => import('./routes/carer/consents'),
  emergencyPlans: () => import('./routes/carer/emergency-plans'),
  feedback: () => import('./routes/carer/feedback'),
  grants: () => import('./routes/carer/grants'),
  informationRequests: () => import('./routes/carer/information-requests'),
  people: () => import('./routes/carer/people'),
  recordAccesses: () => import('./routes/carer/record-accesses'),
  survey: () => import('./routes/carer/survey'),
  yourData: () => import('./routes/carer/your-data'),
  yourDetails: () => import('./routes/carer/your-details'),
  askForBreak: () => import('@/features/breaks/components/ask-pages'),
  applyForGrant: () => import('@/features/grants/components/apply-pages'),
  askForInformation: () => import('@/features/information-requests/components/ask-pages'),
  giveFeedback: () => import('@/features/feedback/components/give-feedback-pages'),
  surveyPages: () => import('@/features/survey/components/survey-pages'),
};

// Registration: one chunk a question page, fetched as the carer reaches it.
const registration = {
  start: () => import('@/features/registration/components/start-page'),
  who: () => import('@/features/registration/components/who-page'),
  name: () => import('@/features/registration/components/name-page'),
  dateOfBirth: () => import('@/features/registration/components/date-of-birth-page'),
  address: () => import('@/features/registration/components/address-page'),
  contact: () => import('@/features/registration/components/contact-page'),
  language: () => import('@/features/registration/components/language-page'),
  adjustments: () => import('@/features/registration/components/adjustments-page'),
  nhsNumber: () => import('@/features/registration/components/nhs-number-page'),
  ethnicGroup: () => import('@/features/registration/components/ethnic-group-page'),
  ethnicBackground: () => import('@/features/registration/components/ethnic-background-page'),
  employment: () => import('@/features/registration/components/employment-page'),
  education: () => import('@/features/registration/components/education-page'),
  checkAnswers: () => import('@/features/registration/components/check-answers-page'),
};

// Staff pages: never in a carer's download.
const staff = {
  assessments: () => import('./routes/staff/assessments'),
  breaks: () => import('./routes/staff/breaks'),
  carer: () => import('./routes/staff/carer'),
  caseload: () => import('./routes/staff/caseload'),
  complaints: () => import('./routes/staff/complaints'),
  dataProtection: () => import('./routes/staff/data-protection'),
  directory: () => import('./routes/staff/directory'),
  emergencyPlans: () => import('./routes/staff/emergency-plans'),
  findCarer: () => import('./routes/staff/find-carer'),
  gpExtracts: () => import('./routes/staff/gp-extracts'),
  gpFlags: () => import('./routes/staff/gp-flags'),
  gpWorklist: () => import('./routes/staff/gp-worklist'),
  grants: () => import('./routes/staff/grants'),
  historicImport: () => import('./routes/staff/historic-import'),
  informationRequests: () => import('./routes/staff/information-requests'),
  matchQueue: () => import('./routes/staff/match-queue'),
  partnerWebhooks: () => import('./routes/staff/partner-webhooks'),
  registerCarer: () => import('./routes/staff/register-carer'),
  reports: () => import('./routes/staff/reports'),
  retention: () => import('./routes/staff/retention'),
  staffHome: () => import('./routes/staff/staff-home'),
  statutoryReturns: () => import('./routes/staff/statutory-returns'),
  subjectAccessRequests: () => import('./routes/staff/subject-access-requests'),
  survey: () => import('./routes/staff/survey'),
};

export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <RootLayout />,
      errorElement: <ServiceProblem />,
      children: [
        {
          // While the first page's own chunk arrives (a link opened straight, or a reload): the
          // layout, and a loading message where the page will be.
          hydrateFallbackElement: <PageLoading title="Loading" />,
          children: [
            { index: true, element: <HomeRoute /> },
            { path: 'sign-in', element: <SignInRoute /> },
            { path: 'sign-out', element: <SignOutRoute /> },
            { path: 'signed-in', element: <SignedInRoute /> },
            { path: 'signed-out', element: <SignedOutRoute /> },
            { path: 'accessibility', lazy: lazyPage(publicPages.accessibility, 'AccessibilityRoute') },
            { path: 'privacy', lazy: lazyPage(publicPages.privacy, 'PrivacyRoute') },
            { path: 'directory', lazy: lazyPage(publicPages.directory, 'DirectoryRoute') },
            { path: 'directory/:serviceId', lazy: lazyPage(publicPages.directory, 'DirectoryServiceRoute') },
            {
              element: <RequireRole areas={['carer']} />,
              children: [
                {
                  element: <CarerArea />,
                  children: [
                    {
                      // Registration's frame and confirmation are in the first chunk: the check answers page
                      // shows the confirmation before the record is remembered (which sends a registered
                      // carer home), and a lazy route would let the record arrive first.
                      path: 'register',
                      element: <RegisterRoute />,
                      children: [
                        { index: true, lazy: lazyPage(registration.start, 'StartPage') },
                        { path: 'who', lazy: lazyPage(registration.who, 'WhoPage') },
                        { path: 'name', lazy: lazyPage(registration.name, 'NamePage') },
                        { path: 'date-of-birth', lazy: lazyPage(registration.dateOfBirth, 'DateOfBirthPage') },
                        { path: 'address', lazy: lazyPage(registration.address, 'AddressPage') },
                        { path: 'contact', lazy: lazyPage(registration.contact, 'ContactPage') },
                        { path: 'language', lazy: lazyPage(registration.language, 'LanguagePage') },
                        { path: 'adjustments', lazy: lazyPage(registration.adjustments, 'AdjustmentsPage') },
                        { path: 'nhs-number', lazy: lazyPage(registration.nhsNumber, 'NhsNumberPage') },
                        { path: 'ethnic-group', lazy: lazyPage(registration.ethnicGroup, 'EthnicGroupPage') },
                        { path: 'ethnic-background', lazy: lazyPage(registration.ethnicBackground, 'EthnicBackgroundPage') },
                        { path: 'employment', lazy: lazyPage(registration.employment, 'EmploymentPage') },
                        { path: 'education', lazy: lazyPage(registration.education, 'EducationPage') },
                        { path: 'check-answers', lazy: lazyPage(registration.checkAnswers, 'CheckAnswersPage') },
                        { path: 'confirmation', element: <RegistrationConfirmationRoute /> },
                      ],
                    },
                    { path: 'home', lazy: lazyPage(carer.home, 'CarerHomeRoute') },
                    { path: 'your-details', lazy: lazyPage(carer.yourDetails, 'YourDetailsRoute') },
                    { path: 'your-details/change', lazy: lazyPage(carer.yourDetails, 'ChangeDetailsRoute') },
                    { path: 'people-you-care-for', lazy: lazyPage(carer.people, 'PeopleRoute') },
                    { path: 'people-you-care-for/add', lazy: lazyPage(carer.people, 'AddPersonRoute') },
                    { path: 'people-you-care-for/:relationshipId/end', lazy: lazyPage(carer.people, 'EndRelationshipRoute') },
                    { path: 'sharing-your-information', lazy: lazyPage(carer.consents, 'ConsentsRoute') },
                    { path: 'sharing-your-information/:purpose/agree', lazy: lazyPage(carer.consents, 'GiveConsentRoute') },
                    { path: 'sharing-your-information/:purpose/withdraw', lazy: lazyPage(carer.consents, 'WithdrawConsentRoute') },
                    { path: 'sharing-your-information/referrals/:referralId', lazy: lazyPage(carer.consents, 'AnswerReferralRoute') },
                    { path: 'your-assessment', lazy: lazyPage(carer.assessment, 'YourAssessmentRoute') },
                    { path: 'grants', lazy: lazyPage(carer.grants, 'YourGrantsRoute') },
                    {
                      path: 'grants/apply',
                      lazy: lazyPage(carer.grants, 'ApplyForGrantRoute'),
                      children: [
                        { index: true, lazy: lazyPage(carer.applyForGrant, 'GrantPurposePage') },
                        { path: 'amount', lazy: lazyPage(carer.applyForGrant, 'GrantAmountPage') },
                        { path: 'helps-with', lazy: lazyPage(carer.applyForGrant, 'GrantHelpsWithPage') },
                        { path: 'check-answers', lazy: lazyPage(carer.applyForGrant, 'GrantCheckAnswersPage') },
                        { path: 'confirmation', lazy: lazyPage(carer.applyForGrant, 'GrantConfirmationPage') },
                      ],
                    },
                    { path: 'breaks', lazy: lazyPage(carer.breaks, 'YourBreaksRoute') },
                    {
                      path: 'breaks/ask',
                      lazy: lazyPage(carer.breaks, 'AskForBreakRoute'),
                      children: [
                        { index: true, lazy: lazyPage(carer.askForBreak, 'BreakWhoPage') },
                        { path: 'type', lazy: lazyPage(carer.askForBreak, 'BreakTypePage') },
                        { path: 'emergency', lazy: lazyPage(carer.askForBreak, 'BreakEmergencyPage') },
                        { path: 'when', lazy: lazyPage(carer.askForBreak, 'BreakWhenPage') },
                        { path: 'how-long', lazy: lazyPage(carer.askForBreak, 'BreakHowLongPage') },
                        { path: 'check-answers', lazy: lazyPage(carer.askForBreak, 'BreakCheckAnswersPage') },
                        { path: 'confirmation', lazy: lazyPage(carer.askForBreak, 'BreakConfirmationPage') },
                      ],
                    },
                    { path: 'breaks/:breakId/cancel', lazy: lazyPage(carer.breaks, 'CancelBreakRoute') },
                    { path: 'information-requests', lazy: lazyPage(carer.informationRequests, 'YourInformationRequestsRoute') },
                    { path: 'your-data', lazy: lazyPage(carer.yourData, 'YourDataRoute') },
                    {
                      path: 'information-requests/ask',
                      lazy: lazyPage(carer.informationRequests, 'AskForInformationRoute'),
                      children: [
                        { index: true, lazy: lazyPage(carer.askForInformation, 'InformationWhatPage') },
                        { path: 'format', lazy: lazyPage(carer.askForInformation, 'InformationFormatPage') },
                        { path: 'check-answers', lazy: lazyPage(carer.askForInformation, 'InformationCheckAnswersPage') },
                        { path: 'confirmation', lazy: lazyPage(carer.askForInformation, 'InformationConfirmationPage') },
                      ],
                    },
                    { path: 'feedback', lazy: lazyPage(carer.feedback, 'YourFeedbackRoute') },
                    {
                      path: 'feedback/give',
                      lazy: lazyPage(carer.feedback, 'GiveFeedbackRoute'),
                      children: [
                        { index: true, lazy: lazyPage(carer.giveFeedback, 'FeedbackKindPage') },
                        { path: 'about', lazy: lazyPage(carer.giveFeedback, 'FeedbackAboutPage') },
                        { path: 'details', lazy: lazyPage(carer.giveFeedback, 'FeedbackTextPage') },
                        { path: 'check-answers', lazy: lazyPage(carer.giveFeedback, 'FeedbackCheckAnswersPage') },
                        { path: 'confirmation', lazy: lazyPage(carer.giveFeedback, 'FeedbackConfirmationPage') },
                      ],
                    },
                    { path: 'feedback/:feedbackId', lazy: lazyPage(carer.feedback, 'FeedbackItemRoute') },
                    {
                      path: 'survey',
                      lazy: lazyPage(carer.survey, 'SurveyRoute'),
                      children: [
                        { index: true, lazy: lazyPage(carer.surveyPages, 'SurveyStartPage') },
                        { path: 'check-answers', lazy: lazyPage(carer.surveyPages, 'SurveyCheckAnswersPage') },
                        { path: 'confirmation', lazy: lazyPage(carer.surveyPages, 'SurveyConfirmationPage') },
                        { path: ':slug', lazy: lazyPage(carer.surveyPages, 'SurveyQuestionPage') },
                      ],
                    },
                    { path: 'who-has-seen-your-record', lazy: lazyPage(carer.recordAccesses, 'RecordAccessesRoute') },
                    { path: 'emergency-plans', lazy: lazyPage(carer.emergencyPlans, 'EmergencyPlansRoute') },
                    { path: 'emergency-plans/card', lazy: lazyPage(carer.emergencyPlans, 'PrintCardRoute') },
                    { path: 'emergency-plans/:relationshipId/print', lazy: lazyPage(carer.emergencyPlans, 'PrintPlanRoute') },
                    { path: 'emergency-plans/:relationshipId/:sectionId', lazy: lazyPage(carer.emergencyPlans, 'PlanSectionRoute') },
                    { path: 'your-assessment/start', lazy: lazyPage(carer.assessment, 'StartAssessmentRoute') },
                    { path: 'your-assessment/:assessmentId/check-answers', lazy: lazyPage(carer.assessment, 'AssessmentCheckAnswersRoute') },
                    { path: 'your-assessment/:assessmentId/decline', lazy: lazyPage(carer.assessment, 'DeclineAssessmentRoute') },
                    { path: 'your-assessment/:assessmentId/:questionId', lazy: lazyPage(carer.assessment, 'AssessmentQuestionRoute') },
                  ],
                },
              ],
            },
            {
              element: <RequireRole areas={['assessor']} />,
              children: [
                { path: 'carers', lazy: lazyPage(staff.findCarer, 'FindCarerRoute') },
                { path: 'carers/register', lazy: lazyPage(staff.registerCarer, 'RegisterCarerByStaffRoute') },
                { path: 'carers/:carerId', lazy: lazyPage(staff.carer, 'CarerRoute') },
                { path: 'carers/:carerId/change', lazy: lazyPage(staff.registerCarer, 'ChangeCarerDetailsRoute') },
                { path: 'carers/:carerId/record-consent', lazy: lazyPage(staff.carer, 'RecordConsentRoute') },
                { path: 'carers/:carerId/add-cared-for-person', lazy: lazyPage(staff.carer, 'AddCaredForPersonForCarerRoute') },
                { path: 'gp-flags', lazy: lazyPage(staff.gpFlags, 'GpFlagsRoute') },
                { path: 'gp-worklist', lazy: lazyPage(staff.gpWorklist, 'GpWorklistRoute') },
                { path: 'gp-worklist/:nhsNumber/attempt', lazy: lazyPage(staff.gpWorklist, 'GpContactAttemptRoute') },
                { path: 'match-queue', lazy: lazyPage(staff.matchQueue, 'MatchQueueRoute') },
                { path: 'match-queue/:candidateId', lazy: lazyPage(staff.matchQueue, 'MatchCandidateRoute') },
                { path: 'gp-extracts', lazy: lazyPage(staff.gpExtracts, 'UploadGpExtractRoute') },
                { path: 'gp-extracts/:importId', lazy: lazyPage(staff.gpExtracts, 'GpExtractImportRoute') },
                { path: 'my-caseload', lazy: lazyPage(staff.caseload, 'MyCaseloadRoute') },
                { path: 'assessments', lazy: lazyPage(staff.assessments, 'AssessmentQueueRoute') },
                { path: 'assessments/:assessmentId', lazy: lazyPage(staff.assessments, 'AssessmentWorkRoute') },
                { path: 'assessments/:assessmentId/record', lazy: lazyPage(staff.assessments, 'CompleteAssessmentRoute') },
                { path: 'assessments/:assessmentId/assessment-record', lazy: lazyPage(staff.assessments, 'AssessmentRecordRoute') },
                { path: 'assessments/:assessmentId/young-carer-decision', lazy: lazyPage(staff.assessments, 'YoungCarerDecisionRoute') },
                { path: 'assessments/:assessmentId/support-plan', lazy: lazyPage(staff.assessments, 'SupportPlanRoute') },
                { path: 'assessments/:assessmentId/review', lazy: lazyPage(staff.assessments, 'ReviewAssessmentRoute') },
                { path: 'break-queue', lazy: lazyPage(staff.breaks, 'BreakQueueRoute') },
                { path: 'break-queue/:breakId', lazy: lazyPage(staff.breaks, 'BreakRoute') },
                { path: 'emergency-plan-reviews', lazy: lazyPage(staff.emergencyPlans, 'OverduePlansRoute') },
              ],
            },
            {
              element: <RequireRole areas={['assessor', 'manager']} />,
              children: [
                { path: 'break-providers', lazy: lazyPage(staff.breaks, 'BreakProvidersRoute') },
                { path: 'information-queue', lazy: lazyPage(staff.informationRequests, 'InformationQueueRoute') },
                { path: 'information-queue/:requestId', lazy: lazyPage(staff.informationRequests, 'InformationRequestRoute') },
                { path: 'complaints', lazy: lazyPage(staff.complaints, 'ComplaintQueueRoute') },
                { path: 'complaints/:complaintId', lazy: lazyPage(staff.complaints, 'ComplaintRoute') },
                { path: 'record-feedback/:carerId', lazy: lazyPage(staff.complaints, 'RecordFeedbackRoute') },
                { path: 'survey-years', lazy: lazyPage(staff.survey, 'SurveyYearsRoute') },
                { path: 'survey-years/:financialYear/results', lazy: lazyPage(staff.survey, 'SurveyResultsRoute') },
              ],
            },
            {
              element: <RequireRole areas={['manager']} />,
              children: [
                { path: 'partner-webhooks', lazy: lazyPage(staff.partnerWebhooks, 'PartnerWebhooksRoute') },
                { path: 'statutory-returns', lazy: lazyPage(staff.statutoryReturns, 'StatutoryReturnsRoute') },
                { path: 'reports', lazy: lazyPage(staff.reports, 'ReportsRoute') },
                { path: 'team-caseload', lazy: lazyPage(staff.caseload, 'TeamCaseloadRoute') },
                { path: 'historic-import', lazy: lazyPage(staff.historicImport, 'UploadHistoricImportRoute') },
                { path: 'historic-import/:importId', lazy: lazyPage(staff.historicImport, 'HistoricImportRoute') },
                { path: 'survey-years/open', lazy: lazyPage(staff.survey, 'OpenSurveyYearRoute') },
                { path: 'survey-years/:financialYear/close', lazy: lazyPage(staff.survey, 'CloseSurveyYearRoute') },
                { path: 'partner-webhooks/:partner', lazy: lazyPage(staff.partnerWebhooks, 'PartnerWebhookRoute') },
                { path: 'break-providers/add', lazy: lazyPage(staff.breaks, 'AddBreakProviderRoute') },
                { path: 'manage-directory', lazy: lazyPage(staff.directory, 'ManageDirectoryRoute') },
                { path: 'manage-directory/add', lazy: lazyPage(staff.directory, 'AddDirectoryServiceRoute') },
                { path: 'manage-directory/:serviceId/change', lazy: lazyPage(staff.directory, 'ChangeDirectoryServiceRoute') },
                { path: 'manage-directory/:serviceId/retire', lazy: lazyPage(staff.directory, 'RetireDirectoryServiceRoute') },
              ],
            },
            {
              element: <RequireRole areas={['dataProtection']} />,
              children: [
                { path: 'data-protection', lazy: lazyPage(staff.dataProtection, 'DataProtectionHomeRoute') },
                { path: 'data-protection/requests', lazy: lazyPage(staff.subjectAccessRequests, 'SubjectAccessQueueRoute') },
                { path: 'data-protection/requests/record', lazy: lazyPage(staff.subjectAccessRequests, 'RecordSubjectAccessRequestRoute') },
                { path: 'data-protection/requests/:requestId', lazy: lazyPage(staff.subjectAccessRequests, 'SubjectAccessRequestRoute') },
                { path: 'data-protection/retention', lazy: lazyPage(staff.retention, 'RetentionReviewRoute') },
                { path: 'data-protection/retention/:reviewId', lazy: lazyPage(staff.retention, 'RetentionReviewItemRoute') },
              ],
            },
            {
              element: <RequireRole areas={['duty']} />,
              children: [{ path: 'emergency-card', lazy: lazyPage(staff.emergencyPlans, 'EmergencyCardLookUpRoute') }],
            },
            {
              element: <RequireRole areas={['grants']} />,
              children: [
                { path: 'grant-applications', lazy: lazyPage(staff.grants, 'GrantApplicationsRoute') },
                { path: 'grant-applications/:grantId', lazy: lazyPage(staff.grants, 'GrantApplicationRoute') },
                { path: 'grant-budget', lazy: lazyPage(staff.grants, 'GrantBudgetRoute') },
              ],
            },
            {
              element: <RequireRole areas={['manager', 'staff']} />,
              children: [{ path: 'staff', lazy: lazyPage(staff.staffHome, 'StaffHomeRoute') }],
            },
            { path: '*', element: <PageNotFound /> },
          ],
        },
      ],
    },
  ]);
}
