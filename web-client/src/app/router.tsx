import { createBrowserRouter } from 'react-router';
import { PageNotFound, ServiceProblem } from '@/components/layout/page-states';
import { AddressPage } from '@/features/registration/components/address-page';
import { AdjustmentsPage } from '@/features/registration/components/adjustments-page';
import { CheckAnswersPage } from '@/features/registration/components/check-answers-page';
import { ContactPage } from '@/features/registration/components/contact-page';
import { DateOfBirthPage } from '@/features/registration/components/date-of-birth-page';
import { EducationPage } from '@/features/registration/components/education-page';
import { EmploymentPage } from '@/features/registration/components/employment-page';
import { EthnicBackgroundPage } from '@/features/registration/components/ethnic-background-page';
import { EthnicGroupPage } from '@/features/registration/components/ethnic-group-page';
import { LanguagePage } from '@/features/registration/components/language-page';
import { NamePage } from '@/features/registration/components/name-page';
import { NhsNumberPage } from '@/features/registration/components/nhs-number-page';
import { StartPage } from '@/features/registration/components/start-page';
import { WhoPage } from '@/features/registration/components/who-page';
import { AccessibilityRoute } from './routes/accessibility';
import { DirectoryRoute, DirectoryServiceRoute } from './routes/directory';
import {
  AssessmentCheckAnswersRoute,
  AssessmentQuestionRoute,
  DeclineAssessmentRoute,
  StartAssessmentRoute,
  YourAssessmentRoute,
} from './routes/carer/assessment';
import { CarerArea } from './routes/carer/carer-area';
import { AddPersonRoute, EndRelationshipRoute, PeopleRoute } from './routes/carer/people';
import { AnswerReferralRoute, ConsentsRoute, GiveConsentRoute, WithdrawConsentRoute } from './routes/carer/consents';
import { ApplyForGrantRoute, YourGrantsRoute } from './routes/carer/grants';
import { AskForInformationRoute, YourInformationRequestsRoute } from './routes/carer/information-requests';
import { FeedbackItemRoute, GiveFeedbackRoute, YourFeedbackRoute } from './routes/carer/feedback';
import {
  FeedbackAboutPage,
  FeedbackCheckAnswersPage,
  FeedbackConfirmationPage,
  FeedbackKindPage,
  FeedbackTextPage,
} from '@/features/feedback/components/give-feedback-pages';
import { SurveyRoute } from './routes/carer/survey';
import {
  SurveyCheckAnswersPage,
  SurveyConfirmationPage,
  SurveyQuestionPage,
  SurveyStartPage,
} from '@/features/survey/components/survey-pages';
import {
  InformationCheckAnswersPage,
  InformationConfirmationPage,
  InformationFormatPage,
  InformationWhatPage,
} from '@/features/information-requests/components/ask-pages';
import { AskForBreakRoute, CancelBreakRoute, YourBreaksRoute } from './routes/carer/breaks';
import { EmergencyPlansRoute, PlanSectionRoute, PrintCardRoute, PrintPlanRoute } from './routes/carer/emergency-plans';
import { RecordAccessesRoute } from './routes/carer/record-accesses';
import {
  BreakCheckAnswersPage,
  BreakConfirmationPage,
  BreakEmergencyPage,
  BreakHowLongPage,
  BreakTypePage,
  BreakWhenPage,
  BreakWhoPage,
} from '@/features/breaks/components/ask-pages';
import {
  GrantAmountPage,
  GrantCheckAnswersPage,
  GrantConfirmationPage,
  GrantHelpsWithPage,
  GrantPurposePage,
} from '@/features/grants/components/apply-pages';
import { RegisterRoute, RegistrationConfirmationRoute } from './routes/carer/register';
import { ChangeDetailsRoute, YourDetailsRoute } from './routes/carer/your-details';
import { HomeRoute } from './routes/home';
import { PrivacyRoute } from './routes/privacy';
import { RequireRole } from './routes/require-role';
import { RootLayout } from './routes/root-layout';
import { SignInRoute } from './routes/sign-in';
import { SignOutRoute } from './routes/sign-out';
import { SignedInRoute } from './routes/signed-in';
import { SignedOutRoute } from './routes/signed-out';
import {
  AssessmentQueueRoute,
  AssessmentRecordRoute,
  AssessmentWorkRoute,
  CompleteAssessmentRoute,
  ReviewAssessmentRoute,
  SupportPlanRoute,
  YoungCarerDecisionRoute,
} from './routes/staff/assessments';
import { MyCaseloadRoute, TeamCaseloadRoute } from './routes/staff/caseload';
import { AddBreakProviderRoute, BreakProvidersRoute, BreakQueueRoute, BreakRoute } from './routes/staff/breaks';
import { AddCaredForPersonForCarerRoute, CarerRoute, RecordConsentRoute } from './routes/staff/carer';
import {
  AddDirectoryServiceRoute,
  ChangeDirectoryServiceRoute,
  ManageDirectoryRoute,
  RetireDirectoryServiceRoute,
} from './routes/staff/directory';
import { EmergencyCardLookUpRoute, OverduePlansRoute } from './routes/staff/emergency-plans';
import { FindCarerRoute } from './routes/staff/find-carer';
import { GpExtractImportRoute, UploadGpExtractRoute } from './routes/staff/gp-extracts';
import { GpFlagsRoute } from './routes/staff/gp-flags';
import { GpContactAttemptRoute, GpWorklistRoute } from './routes/staff/gp-worklist';
import { ChangeCarerDetailsRoute, RegisterCarerByStaffRoute } from './routes/staff/register-carer';
import { GrantApplicationRoute, GrantApplicationsRoute, GrantBudgetRoute } from './routes/staff/grants';
import { HistoricImportRoute, UploadHistoricImportRoute } from './routes/staff/historic-import';
import { InformationQueueRoute, InformationRequestRoute } from './routes/staff/information-requests';
import { ComplaintQueueRoute, ComplaintRoute, RecordFeedbackRoute } from './routes/staff/complaints';
import { ReportsRoute } from './routes/staff/reports';
import { CloseSurveyYearRoute, OpenSurveyYearRoute, SurveyResultsRoute, SurveyYearsRoute } from './routes/staff/survey';
import { MatchCandidateRoute, MatchQueueRoute } from './routes/staff/match-queue';
import { PartnerWebhookRoute, PartnerWebhooksRoute } from './routes/staff/partner-webhooks';
import { DataProtectionHomeRoute } from './routes/staff/data-protection';
import { RecordSubjectAccessRequestRoute, SubjectAccessQueueRoute, SubjectAccessRequestRoute } from './routes/staff/subject-access-requests';
import { YourDataRoute } from './routes/carer/your-data';
import { RetentionReviewItemRoute, RetentionReviewRoute } from './routes/staff/retention';
import { StaffHomeRoute } from './routes/staff/staff-home';
import { StatutoryReturnsRoute } from './routes/staff/statutory-returns';

export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <RootLayout />,
      errorElement: <ServiceProblem />,
      children: [
        { index: true, element: <HomeRoute /> },
        { path: 'sign-in', element: <SignInRoute /> },
        { path: 'sign-out', element: <SignOutRoute /> },
        { path: 'signed-in', element: <SignedInRoute /> },
        { path: 'signed-out', element: <SignedOutRoute /> },
        { path: 'accessibility', element: <AccessibilityRoute /> },
        { path: 'privacy', element: <PrivacyRoute /> },
        { path: 'directory', element: <DirectoryRoute /> },
        { path: 'directory/:serviceId', element: <DirectoryServiceRoute /> },
        {
          element: <RequireRole areas={['carer']} />,
          children: [
            {
              element: <CarerArea />,
              children: [
                {
                  path: 'register',
                  element: <RegisterRoute />,
                  children: [
                    { index: true, element: <StartPage /> },
                    { path: 'who', element: <WhoPage /> },
                    { path: 'name', element: <NamePage /> },
                    { path: 'date-of-birth', element: <DateOfBirthPage /> },
                    { path: 'address', element: <AddressPage /> },
                    { path: 'contact', element: <ContactPage /> },
                    { path: 'language', element: <LanguagePage /> },
                    { path: 'adjustments', element: <AdjustmentsPage /> },
                    { path: 'nhs-number', element: <NhsNumberPage /> },
                    { path: 'ethnic-group', element: <EthnicGroupPage /> },
                    { path: 'ethnic-background', element: <EthnicBackgroundPage /> },
                    { path: 'employment', element: <EmploymentPage /> },
                    { path: 'education', element: <EducationPage /> },
                    { path: 'check-answers', element: <CheckAnswersPage /> },
                    { path: 'confirmation', element: <RegistrationConfirmationRoute /> },
                  ],
                },
                { path: 'your-details', element: <YourDetailsRoute /> },
                { path: 'your-details/change', element: <ChangeDetailsRoute /> },
                { path: 'people-you-care-for', element: <PeopleRoute /> },
                { path: 'people-you-care-for/add', element: <AddPersonRoute /> },
                { path: 'people-you-care-for/:relationshipId/end', element: <EndRelationshipRoute /> },
                { path: 'sharing-your-information', element: <ConsentsRoute /> },
                { path: 'sharing-your-information/:purpose/agree', element: <GiveConsentRoute /> },
                { path: 'sharing-your-information/:purpose/withdraw', element: <WithdrawConsentRoute /> },
                { path: 'sharing-your-information/referrals/:referralId', element: <AnswerReferralRoute /> },
                { path: 'your-assessment', element: <YourAssessmentRoute /> },
                { path: 'grants', element: <YourGrantsRoute /> },
                {
                  path: 'grants/apply',
                  element: <ApplyForGrantRoute />,
                  children: [
                    { index: true, element: <GrantPurposePage /> },
                    { path: 'amount', element: <GrantAmountPage /> },
                    { path: 'helps-with', element: <GrantHelpsWithPage /> },
                    { path: 'check-answers', element: <GrantCheckAnswersPage /> },
                    { path: 'confirmation', element: <GrantConfirmationPage /> },
                  ],
                },
                { path: 'breaks', element: <YourBreaksRoute /> },
                {
                  path: 'breaks/ask',
                  element: <AskForBreakRoute />,
                  children: [
                    { index: true, element: <BreakWhoPage /> },
                    { path: 'type', element: <BreakTypePage /> },
                    { path: 'emergency', element: <BreakEmergencyPage /> },
                    { path: 'when', element: <BreakWhenPage /> },
                    { path: 'how-long', element: <BreakHowLongPage /> },
                    { path: 'check-answers', element: <BreakCheckAnswersPage /> },
                    { path: 'confirmation', element: <BreakConfirmationPage /> },
                  ],
                },
                { path: 'breaks/:breakId/cancel', element: <CancelBreakRoute /> },
                { path: 'information-requests', element: <YourInformationRequestsRoute /> },
                { path: 'your-data', element: <YourDataRoute /> },
                {
                  path: 'information-requests/ask',
                  element: <AskForInformationRoute />,
                  children: [
                    { index: true, element: <InformationWhatPage /> },
                    { path: 'format', element: <InformationFormatPage /> },
                    { path: 'check-answers', element: <InformationCheckAnswersPage /> },
                    { path: 'confirmation', element: <InformationConfirmationPage /> },
                  ],
                },
                { path: 'feedback', element: <YourFeedbackRoute /> },
                {
                  path: 'feedback/give',
                  element: <GiveFeedbackRoute />,
                  children: [
                    { index: true, element: <FeedbackKindPage /> },
                    { path: 'about', element: <FeedbackAboutPage /> },
                    { path: 'details', element: <FeedbackTextPage /> },
                    { path: 'check-answers', element: <FeedbackCheckAnswersPage /> },
                    { path: 'confirmation', element: <FeedbackConfirmationPage /> },
                  ],
                },
                { path: 'feedback/:feedbackId', element: <FeedbackItemRoute /> },
                {
                  path: 'survey',
                  element: <SurveyRoute />,
                  children: [
                    { index: true, element: <SurveyStartPage /> },
                    { path: 'check-answers', element: <SurveyCheckAnswersPage /> },
                    { path: 'confirmation', element: <SurveyConfirmationPage /> },
                    { path: ':slug', element: <SurveyQuestionPage /> },
                  ],
                },
                { path: 'who-has-seen-your-record', element: <RecordAccessesRoute /> },
                { path: 'emergency-plans', element: <EmergencyPlansRoute /> },
                { path: 'emergency-plans/card', element: <PrintCardRoute /> },
                { path: 'emergency-plans/:relationshipId/print', element: <PrintPlanRoute /> },
                { path: 'emergency-plans/:relationshipId/:sectionId', element: <PlanSectionRoute /> },
                { path: 'your-assessment/start', element: <StartAssessmentRoute /> },
                { path: 'your-assessment/:assessmentId/check-answers', element: <AssessmentCheckAnswersRoute /> },
                { path: 'your-assessment/:assessmentId/decline', element: <DeclineAssessmentRoute /> },
                { path: 'your-assessment/:assessmentId/:questionId', element: <AssessmentQuestionRoute /> },
              ],
            },
          ],
        },
        {
          element: <RequireRole areas={['assessor']} />,
          children: [
            { path: 'carers', element: <FindCarerRoute /> },
            { path: 'carers/register', element: <RegisterCarerByStaffRoute /> },
            { path: 'carers/:carerId', element: <CarerRoute /> },
            { path: 'carers/:carerId/change', element: <ChangeCarerDetailsRoute /> },
            { path: 'carers/:carerId/record-consent', element: <RecordConsentRoute /> },
            { path: 'carers/:carerId/add-cared-for-person', element: <AddCaredForPersonForCarerRoute /> },
            { path: 'gp-flags', element: <GpFlagsRoute /> },
            { path: 'gp-worklist', element: <GpWorklistRoute /> },
            { path: 'gp-worklist/:nhsNumber/attempt', element: <GpContactAttemptRoute /> },
            { path: 'match-queue', element: <MatchQueueRoute /> },
            { path: 'match-queue/:candidateId', element: <MatchCandidateRoute /> },
            { path: 'gp-extracts', element: <UploadGpExtractRoute /> },
            { path: 'gp-extracts/:importId', element: <GpExtractImportRoute /> },
            { path: 'my-caseload', element: <MyCaseloadRoute /> },
            { path: 'assessments', element: <AssessmentQueueRoute /> },
            { path: 'assessments/:assessmentId', element: <AssessmentWorkRoute /> },
            { path: 'assessments/:assessmentId/record', element: <CompleteAssessmentRoute /> },
            { path: 'assessments/:assessmentId/assessment-record', element: <AssessmentRecordRoute /> },
            { path: 'assessments/:assessmentId/young-carer-decision', element: <YoungCarerDecisionRoute /> },
            { path: 'assessments/:assessmentId/support-plan', element: <SupportPlanRoute /> },
            { path: 'assessments/:assessmentId/review', element: <ReviewAssessmentRoute /> },
            { path: 'break-queue', element: <BreakQueueRoute /> },
            { path: 'break-queue/:breakId', element: <BreakRoute /> },
            { path: 'emergency-plan-reviews', element: <OverduePlansRoute /> },
          ],
        },
        {
          element: <RequireRole areas={['assessor', 'manager']} />,
          children: [
            { path: 'break-providers', element: <BreakProvidersRoute /> },
            { path: 'information-queue', element: <InformationQueueRoute /> },
            { path: 'information-queue/:requestId', element: <InformationRequestRoute /> },
            { path: 'complaints', element: <ComplaintQueueRoute /> },
            { path: 'complaints/:complaintId', element: <ComplaintRoute /> },
            { path: 'record-feedback/:carerId', element: <RecordFeedbackRoute /> },
            { path: 'survey-years', element: <SurveyYearsRoute /> },
            { path: 'survey-years/:financialYear/results', element: <SurveyResultsRoute /> },
          ],
        },
        {
          element: <RequireRole areas={['manager']} />,
          children: [
            { path: 'partner-webhooks', element: <PartnerWebhooksRoute /> },
            { path: 'statutory-returns', element: <StatutoryReturnsRoute /> },
            { path: 'reports', element: <ReportsRoute /> },
            { path: 'team-caseload', element: <TeamCaseloadRoute /> },
            { path: 'historic-import', element: <UploadHistoricImportRoute /> },
            { path: 'historic-import/:importId', element: <HistoricImportRoute /> },
            { path: 'survey-years/open', element: <OpenSurveyYearRoute /> },
            { path: 'survey-years/:financialYear/close', element: <CloseSurveyYearRoute /> },
            { path: 'partner-webhooks/:partner', element: <PartnerWebhookRoute /> },
            { path: 'break-providers/add', element: <AddBreakProviderRoute /> },
            { path: 'manage-directory', element: <ManageDirectoryRoute /> },
            { path: 'manage-directory/add', element: <AddDirectoryServiceRoute /> },
            { path: 'manage-directory/:serviceId/change', element: <ChangeDirectoryServiceRoute /> },
            { path: 'manage-directory/:serviceId/retire', element: <RetireDirectoryServiceRoute /> },
          ],
        },
        {
          element: <RequireRole areas={['dataProtection']} />,
          children: [
            { path: 'data-protection', element: <DataProtectionHomeRoute /> },
            { path: 'data-protection/requests', element: <SubjectAccessQueueRoute /> },
            { path: 'data-protection/requests/record', element: <RecordSubjectAccessRequestRoute /> },
            { path: 'data-protection/requests/:requestId', element: <SubjectAccessRequestRoute /> },
            { path: 'data-protection/retention', element: <RetentionReviewRoute /> },
            { path: 'data-protection/retention/:reviewId', element: <RetentionReviewItemRoute /> },
          ],
        },
        {
          element: <RequireRole areas={['duty']} />,
          children: [{ path: 'emergency-card', element: <EmergencyCardLookUpRoute /> }],
        },
        {
          element: <RequireRole areas={['grants']} />,
          children: [
            { path: 'grant-applications', element: <GrantApplicationsRoute /> },
            { path: 'grant-applications/:grantId', element: <GrantApplicationRoute /> },
            { path: 'grant-budget', element: <GrantBudgetRoute /> },
          ],
        },
        {
          element: <RequireRole areas={['manager', 'staff']} />,
          children: [{ path: 'staff', element: <StaffHomeRoute /> }],
        },
        { path: '*', element: <PageNotFound /> },
      ],
    },
  ]);
}
