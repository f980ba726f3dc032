import type { FeedbackAbout, FeedbackKind, SendFeedbackRequest } from '@/lib/api/types';
import { feedbackTextError } from '@/lib/feedback-words';

/** What the carer has answered so far. */
export type FeedbackAnswers = { kind: FeedbackKind | ''; about: FeedbackAbout | ''; text: string };

export const emptyFeedbackAnswers: FeedbackAnswers = { kind: '', about: '', text: '' };

export function kindError(kind: FeedbackKind | ''): string | undefined {
  return kind ? undefined : 'Select whether you want to make a complaint or give a compliment';
}

export function aboutError(about: FeedbackAbout | ''): string | undefined {
  return about ? undefined : 'Select what it is about';
}

export function textError(kind: FeedbackKind | '', text: string): string | undefined {
  return feedbackTextError(text, kind === 'compliment' ? 'Enter your compliment' : 'Enter what happened', undefined, kind === 'compliment' ? 'Your compliment' : 'Your complaint');
}

/** SendFeedback's body once every answer is there. */
export function toSendFeedbackRequest(answers: FeedbackAnswers): SendFeedbackRequest | null {
  if (!answers.kind || !answers.about || textError(answers.kind, answers.text)) return null;
  return { kind: answers.kind, about: answers.about, text: answers.text.trim() };
}
