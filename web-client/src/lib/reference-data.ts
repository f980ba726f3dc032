/**
 * Plain-English words for the contract's codes. Typed against the generated schema, so a code
 * added to or removed from the contract breaks the build here rather than showing a raw code.
 */
import type {
  ActionStatus,
  Audience,
  ServiceChannel,
  SupportNeed,
  AssessmentKind,
  BreakStatus,
  BreakType,
  AssessmentStatus,
  CarerOutcome,
  GrantPot,
  GrantPurpose,
  GrantStatus,
  PaymentFrequency,
  CarerCategory,
  ConsentBasis,
  ConsentPurpose,
  ConsentStatus,
  ContactChannel,
  EducationStatus,
  EmploymentStatus,
  Ethnicity,
  FlagOutcome,
  HoursBand,
  IdentificationSource,
  MainNeed,
  PartnerName,
  ReasonableAdjustment,
  RegisteringAs,
  RelationshipType,
  Weekday,
} from '@/lib/api/types';

type Labels<T extends string> = Record<T, string>;

/** Options in the order of the labels object, for radios and checkboxes. */
export function optionsOf<T extends string>(labels: Labels<T>): { value: T; label: string }[] {
  return (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));
}

export const registeringAsLabels: Labels<RegisteringAs> = {
  self: 'Myself',
  parentOfYoungCarer: 'A young carer I am the parent or guardian of',
};

export const contactChannelLabels: Labels<ContactChannel> = {
  email: 'Email',
  phone: 'Phone call',
  text: 'Text message',
  post: 'Letter by post',
};

export const reasonableAdjustmentLabels: Labels<ReasonableAdjustment> = {
  largePrint: 'Large print',
  easyRead: 'Easy read',
  audio: 'Audio recordings',
  bsl: 'British Sign Language (BSL)',
  interpreter: 'An interpreter',
  noEncryptedEmail: 'Emails that are not encrypted (I cannot open secure emails)',
};

/** ONS 2021 census ethnic groups, in the census's groups and order. */
export const ethnicGroups = [
  { group: 'asian', label: 'Asian or Asian British', codes: ['asianIndian', 'asianPakistani', 'asianBangladeshi', 'asianChinese', 'asianOther'] },
  { group: 'black', label: 'Black, Black British, Caribbean or African', codes: ['blackCaribbean', 'blackAfrican', 'blackOther'] },
  {
    group: 'mixed',
    label: 'Mixed or multiple ethnic groups',
    codes: ['mixedWhiteAndBlackCaribbean', 'mixedWhiteAndBlackAfrican', 'mixedWhiteAndAsian', 'mixedOther'],
  },
  { group: 'white', label: 'White', codes: ['whiteBritish', 'whiteIrish', 'whiteGypsyOrIrishTraveller', 'whiteRoma', 'whiteOther'] },
  { group: 'other', label: 'Other ethnic group', codes: ['otherArab', 'otherAny'] },
] as const satisfies readonly { group: string; label: string; codes: readonly Ethnicity[] }[];

export type EthnicGroup = (typeof ethnicGroups)[number]['group'];

export const ethnicityLabels: Labels<Ethnicity> = {
  asianIndian: 'Indian',
  asianPakistani: 'Pakistani',
  asianBangladeshi: 'Bangladeshi',
  asianChinese: 'Chinese',
  asianOther: 'Any other Asian background',
  blackCaribbean: 'Caribbean',
  blackAfrican: 'African',
  blackOther: 'Any other Black, Black British or Caribbean background',
  mixedWhiteAndBlackCaribbean: 'White and Black Caribbean',
  mixedWhiteAndBlackAfrican: 'White and Black African',
  mixedWhiteAndAsian: 'White and Asian',
  mixedOther: 'Any other Mixed or multiple ethnic background',
  whiteBritish: 'English, Welsh, Scottish, Northern Irish or British',
  whiteIrish: 'Irish',
  whiteGypsyOrIrishTraveller: 'Gypsy or Irish Traveller',
  whiteRoma: 'Roma',
  whiteOther: 'Any other White background',
  otherArab: 'Arab',
  otherAny: 'Any other ethnic group',
  preferNotToSay: 'Prefer not to say',
};

/** "White: Irish": the group and the background together, for summaries. */
export function ethnicityText(code: Ethnicity | null | undefined): string {
  if (!code) return '';
  const group = ethnicGroups.find((candidate) => (candidate.codes as readonly Ethnicity[]).includes(code));
  return group ? `${group.label}: ${ethnicityLabels[code]}` : ethnicityLabels[code];
}

export function groupOfEthnicity(code: Ethnicity | null | undefined): EthnicGroup | 'preferNotToSay' | undefined {
  if (!code) return undefined;
  if (code === 'preferNotToSay') return 'preferNotToSay';
  return ethnicGroups.find((candidate) => (candidate.codes as readonly Ethnicity[]).includes(code))?.group;
}

export const employmentStatusLabels: Labels<EmploymentStatus> = {
  employedFullTime: 'Employed full-time (30 hours a week or more)',
  employedPartTime: 'Employed part-time (less than 30 hours a week)',
  selfEmployed: 'Self-employed',
  unemployed: 'Unemployed and looking for work',
  notWorkingBecauseOfCaring: 'Not working because of caring',
  retired: 'Retired',
  student: 'Student',
  other: 'Something else',
};

export const educationStatusLabels: Labels<EducationStatus> = {
  primary: 'Primary school',
  secondary: 'Secondary school',
  college: 'College or sixth form',
  university: 'University',
  apprenticeship: 'Apprenticeship or training',
  notInEducation: 'Not in education or training',
};

export const relationshipLabels: Labels<RelationshipType> = {
  parent: 'Parent',
  child: 'Son or daughter',
  spouseOrPartner: 'Husband, wife or partner',
  sibling: 'Brother or sister',
  grandparent: 'Grandparent',
  otherRelative: 'Another relative',
  friend: 'Friend',
  neighbour: 'Neighbour',
  other: 'Someone else',
};

export const mainNeedLabels: Labels<MainNeed> = {
  frailty: 'Frailty or old age',
  physicalDisability: 'Physical disability',
  sensoryImpairment: 'Sight or hearing loss',
  learningDisability: 'Learning disability or autism',
  mentalHealth: 'Mental health',
  substanceMisuse: 'Drug or alcohol use',
  dementia: 'Dementia or memory problems',
  longTermIllness: 'Long-term illness',
  other: 'Something else',
};

export const hoursBandLabels: Labels<HoursBand> = {
  hours1To19: '1 to 19 hours a week',
  hours20To49: '20 to 49 hours a week',
  hours50Plus: '50 hours a week or more',
};

export const consentPurposeLabels: Labels<ConsentPurpose> = {
  shareWithCarersCentral: 'Share my information with Carers Central',
  shareWithChums: 'Share my information with CHUMS',
  shareWithGp: 'Share my information with my GP',
  contactMe: 'Contact me about support and services',
};

export const consentPurposeHints: Labels<ConsentPurpose> = {
  shareWithCarersCentral: 'Carers Central is the adult carers service for Luton. They can offer you support, advice and breaks.',
  shareWithChums: 'CHUMS supports young carers and young adult carers aged 5 to 25.',
  shareWithGp: 'Your GP practice can add a note that you are a carer, so they can offer you health checks and flexible appointments.',
  contactMe: 'We will contact you about carers’ assessments, support and services, in the way you prefer.',
};

export const consentBasisLabels: Labels<ConsentBasis> = {
  self: 'I am giving consent for myself',
  parentForChild: 'I am the parent giving consent for my child',
  bestInterests: 'Consent in the person’s best interests (they cannot decide for themselves)',
  lastingPowerOfAttorney: 'I have lasting power of attorney for the person',
};

/** The same bases as staff read them on a carer's record. */
export const consentBasisStaffLabels: Labels<ConsentBasis> = {
  self: 'The carer themselves',
  parentForChild: 'A parent, for their child',
  bestInterests: 'Best interests decision',
  lastingPowerOfAttorney: 'Lasting power of attorney',
};

export const consentStatusLabels: Labels<ConsentStatus> = {
  given: 'Agreed',
  withdrawn: 'Withdrawn',
  notGiven: 'Not agreed',
};

export const carerCategoryLabels: Labels<CarerCategory> = {
  youngCarer: 'Young carer (under 18)',
  youngAdultCarer: 'Young adult carer (18 to 25)',
  adultCarer: 'Adult carer',
  exCarer: 'Former carer',
};

export const identificationSourceLabels: Labels<IdentificationSource> = {
  selfRegistration: 'Registered online',
  staff: 'Council staff',
  partnerReferral: 'Referred by a partner',
  gpFlag: 'Identified by their GP',
  imported: 'Imported from the old case system',
};

export const partnerLabels: Labels<PartnerName> = {
  CarersCentral: 'Carers Central',
  Chums: 'CHUMS',
};

/** A partner's name as people write it; the contract gives referrals' partners as plain strings. */
export function partnerName(code: string): string {
  return Object.hasOwn(partnerLabels, code) ? partnerLabels[code as PartnerName] : code;
}

export const flagOutcomeLabels: Labels<FlagOutcome> = {
  knownCarer: 'Known carer',
  awaitingContact: 'New carer, awaiting contact',
  countOnly: 'Counted only (no consent to contact)',
};

export const assessmentKindLabels: Labels<AssessmentKind> = {
  adult: 'Carer’s assessment',
  youngCarer: 'Young carer’s needs assessment',
};

export const assessmentStatusLabels: Labels<AssessmentStatus> = {
  requested: 'Asked for',
  offered: 'Offered',
  declined: 'Declined',
  scheduled: 'Arranged',
  inProgress: 'In progress',
  completed: 'Decided',
  reviewed: 'Reviewed',
};

/** The eight carer outcomes of reg 3(3) of the Care and Support (Eligibility Criteria) Regulations 2015. */
export const carerOutcomeLabels: Labels<CarerOutcome> = {
  caringForAChild: 'Looking after a child',
  caringForOthers: 'Looking after anyone else you care for',
  habitableHome: 'Keeping your home safe and fit to live in',
  nutrition: 'Eating well and getting enough food and drink',
  relationships: 'Keeping up relationships with family and friends',
  workTrainingEducationVolunteering: 'Work, training, education or volunteering',
  communityFacilities: 'Using local places and services, such as shops and leisure centres',
  recreation: 'Having time for rest and things you enjoy',
};

export const actionStatusLabels: Labels<ActionStatus> = {
  notStarted: 'Not started',
  inProgress: 'In progress',
  done: 'Done',
};

export const paymentFrequencyLabels: Labels<PaymentFrequency> = {
  oneOff: 'Once only',
  weekly: 'Every week',
  fourWeekly: 'Every 4 weeks',
  monthly: 'Every month',
};

export const grantPurposeLabels: Labels<GrantPurpose> = {
  break: 'A break from caring',
  equipment: 'Equipment, such as a mobile phone or a washing machine',
  drivingLessons: 'Driving lessons',
  training: 'Training or a course',
  leisure: 'Leisure, such as a gym membership or a hobby',
  other: 'Something else',
};

export const grantStatusLabels: Labels<GrantStatus> = {
  submitted: 'Waiting for a decision',
  approved: 'Approved',
  declined: 'Declined',
  paid: 'Paid',
  cancelled: 'Cancelled',
};

export const grantPotLabels: Labels<GrantPot> = {
  children: 'Children’s pot (young carers)',
  adults: 'Adults’ pot',
};

export const breakTypeLabels: Labels<BreakType> = {
  sittingService: 'Sitting service',
  shortBreak: 'Short break',
  residentialRespite: 'Residential respite',
  sharedLives: 'Shared Lives',
  dayOpportunities: 'Day opportunities',
};

/** Lower case, for the middle of a sentence ("places left for short breaks"). */
export const breakTypePlurals: Labels<BreakType> = {
  sittingService: 'sitting services',
  shortBreak: 'short breaks',
  residentialRespite: 'residential respite',
  sharedLives: 'Shared Lives',
  dayOpportunities: 'day opportunities',
};

export const breakStatusLabels: Labels<BreakStatus> = {
  requested: 'Requested',
  approved: 'Approved',
  declined: 'Declined',
  confirmed: 'Confirmed',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

export const weekdayLabels: Labels<Weekday> = {
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
};

/** Who a directory service is for (decision 0014), as the filter and the entries say it. */
export const audienceLabels: Labels<Audience> = {
  adultCarers: 'Adult carers (18 and over)',
  youngCarers: 'Young carers and young adult carers (5 to 25)',
  parentCarers: 'Parents of a disabled child',
  olderPeople: 'Older people (65 and over) and those who look after them',
  caredForPeople: 'People who need care, for themselves',
  everyone: 'Anyone in Luton',
};

/** The conditions a directory service specialises in. */
export const supportNeedLabels: Labels<SupportNeed> = {
  dementia: 'Dementia or memory problems',
  mentalHealth: 'Mental health',
  learningDisability: 'Learning disability',
  autism: 'Autism',
  physicalDisability: 'Physical disability',
  brainInjury: 'Brain injury',
  sensoryImpairment: 'Sight or hearing loss',
  longTermIllness: 'Long-term illness',
  frailty: 'Frailty or old age',
  substanceMisuse: 'Drug or alcohol use',
};

export const serviceChannelLabels: Labels<ServiceChannel> = {
  helpline: 'Helpline',
  webChat: 'Web chat',
  dropIn: 'Drop-in',
  office: 'Office',
};

/** Who looked at an emergency plan, from the role the audit log recorded. */
export function staffRoleText(role: string): string {
  switch (role) {
    case 'Staff.EmergencyDuty':
      return 'Emergency duty team';
    case 'Staff.Assessor':
      return 'An assessor';
    case 'Staff.Manager':
      return 'A manager';
    default:
      return 'Council staff';
  }
}
