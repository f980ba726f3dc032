import { currentLocale, i18n } from '@/i18n/i18n';
import type { FeedbackAbout, FeedbackKind, SendFeedbackRequest } from '@/lib/api/types';
import { feedbackTextError, feedbackTextMax } from '@/lib/feedback-words';

/** What the carer has answered so far. */
export type FeedbackAnswers = { kind: FeedbackKind | ''; about: FeedbackAbout | ''; text: string };

export const emptyFeedbackAnswers: FeedbackAnswers = { kind: '', about: '', text: '' };

export function kindError(kind: FeedbackKind | ''): string | undefined {
  return kind ? undefined : i18n.t('feedback:give.kind.missing');
}

export function aboutError(about: FeedbackAbout | ''): string | undefined {
  return about ? undefined : i18n.t('feedback:give.about.missing');
}

/** The shared rule (feedbackTextError) says what is wrong; the words are the carer's, in the pages' language. */
export function textError(kind: FeedbackKind | '', text: string): string | undefined {
  const which = kind === 'compliment' ? 'compliment' : 'complaint';
  const error = feedbackTextError(text, 'missing');
  if (!error) return undefined;
  if (error === 'missing') return i18n.t(`feedback:give.text.${which}Missing`);
  if (error.includes('characters or fewer')) return i18n.t(`feedback:give.text.${which}TooLong`, { max: feedbackTextMax.toLocaleString(currentLocale()) });
  return i18n.t(`feedback:give.text.${which}Unsafe`);
}

/** SendFeedback's body once every answer is there. */
export function toSendFeedbackRequest(answers: FeedbackAnswers): SendFeedbackRequest | null {
  if (!answers.kind || !answers.about || textError(answers.kind, answers.text)) return null;
  return { kind: answers.kind, about: answers.about, text: answers.text.trim() };
}
