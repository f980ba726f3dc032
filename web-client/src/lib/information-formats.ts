import type { InformationFormat, InformationRequestStatus, InformationSentMethod, InformationSubject } from '@/lib/api/types';
import { languageNames } from '@/lib/language-names';

/** Words for the contract's information request codes (issue 12, decision 0015), shared by the carer's and the staff's pages. */
export const informationSubjectLabels: Record<InformationSubject, string> = {
  leaflet: 'A leaflet',
  supportPlan: 'Your support plan',
  assessmentDecision: 'Your assessment decision',
  letter: 'A letter',
};

/** The same, as staff say it (the plan is the carer's, not the reader's). */
export const informationSubjectStaffLabels: Record<InformationSubject, string> = {
  leaflet: 'A leaflet',
  supportPlan: 'Support plan',
  assessmentDecision: 'Assessment decision',
  letter: 'A letter',
};

export const informationFormatLabels: Record<InformationFormat, string> = {
  largePrint: 'Large print',
  easyRead: 'Easy read',
  audio: 'Audio',
  braille: 'Braille',
  bslVideo: 'British Sign Language (BSL) video',
  anotherLanguage: 'Another language',
};

export const informationStatusLabels: Record<InformationRequestStatus, string> = {
  requested: 'Requested',
  sent: 'Sent',
  unable: 'Unable',
};

export const informationSentMethodLabels: Record<InformationSentMethod, string> = {
  post: 'By post',
  email: 'By email',
  collected: 'Collected in person',
  handDelivered: 'Delivered by hand',
};

export function isInformationSubject(value: string | null): value is InformationSubject {
  return value !== null && Object.hasOwn(informationSubjectLabels, value);
}

/** English name of a language code, or the code itself if the list does not know it. */
export function languageName(code: string | null | undefined): string {
  if (!code) return '';
  return (languageNames as Record<string, string | undefined>)[code] ?? code;
}

/** "Large print", or "Urdu" for another language (the language is the format the carer reads). */
export function formatInWords(format: InformationFormat, language?: string | null, names?: Record<string, string>): string {
  if (format !== 'anotherLanguage') return informationFormatLabels[format];
  if (!language) return informationFormatLabels.anotherLanguage;
  return names?.[language] ?? languageName(language);
}
