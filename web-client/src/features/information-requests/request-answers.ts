import type { InformationDefaults, InformationFormat, InformationSubject, RequestInformationRequest } from '@/lib/api/types';

/** What the carer has answered so far. */
export type InformationAnswers = { subject: InformationSubject | ''; title: string; format: InformationFormat | ''; language: string };

export const emptyInformationAnswers: InformationAnswers = { subject: '', title: '', format: '', language: '' };

const unsafe = /[<>\p{Cc}]/u;

/** The title a subject suggests, so "Your support plan" needs no typing. */
export const suggestedTitles: Partial<Record<InformationSubject, string>> = {
  supportPlan: 'My support plan',
  assessmentDecision: 'My assessment decision',
};

/**
 * Answers started from the address's `?subject=` and `?title=` (a page that links here names what
 * it is about, such as a service in the directory) and the record's defaults. A title from the
 * address is only a suggestion: characters the form would refuse are dropped and it is cut to 200.
 */
export function startingAnswers(subject: InformationSubject | null, defaults: InformationDefaults | undefined, title?: string | null): InformationAnswers {
  const given = (title ?? '').replace(/[<>\p{Cc}]/gu, '').trim().slice(0, 200);
  return {
    subject: subject ?? '',
    title: subject ? given || (suggestedTitles[subject] ?? '') : '',
    format: defaults?.format ?? '',
    language: defaults?.language ?? '',
  };
}

export function whatErrors(answers: Pick<InformationAnswers, 'subject' | 'title'>): Record<string, string | undefined> {
  const title = answers.title.trim();
  return {
    subject: answers.subject ? undefined : 'Select what you want',
    title:
      title === ''
        ? 'Enter which leaflet, plan, decision or letter you want'
        : title.length > 200
          ? 'What you want must be 200 characters or fewer'
          : unsafe.test(title)
            ? 'What you want must not include < or >'
            : undefined,
  };
}

export function formatErrors(answers: Pick<InformationAnswers, 'format' | 'language'>, languages: readonly string[]): Record<string, string | undefined> {
  if (!answers.format) return { format: 'Select the format you want' };
  if (answers.format === 'anotherLanguage' && !languages.includes(answers.language)) return { language: 'Select a language' };
  return {};
}

function none(errors: Record<string, string | undefined>): boolean {
  return Object.values(errors).every((message) => !message);
}

/** RequestInformation's body once every answer is there; the language only with another language. */
export function toInformationRequest(answers: InformationAnswers, languages: readonly string[]): RequestInformationRequest | null {
  if (!answers.subject || !answers.format || !none(whatErrors(answers)) || !none(formatErrors(answers, languages))) return null;
  return {
    subject: answers.subject,
    title: answers.title.trim(),
    format: answers.format,
    ...(answers.format === 'anotherLanguage' ? { language: answers.language } : {}),
  };
}
