import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import {
  clearAnswers,
  firstUnansweredStep,
  loadAnswers,
  nextPath,
  previousPath,
  saveAnswers,
  stepPath,
  type RegistrationAnswers,
  type StepId,
} from './registration-answers';

type RegistrationContextValue = {
  answers: RegistrationAnswers;
  update: (changes: Partial<RegistrationAnswers>) => RegistrationAnswers;
  reset: () => void;
};

const RegistrationContext = createContext<RegistrationContextValue | null>(null);

export function RegistrationProvider({ subject, children }: { subject: string; children: ReactNode }) {
  const [answers, setAnswers] = useState<RegistrationAnswers>(() => loadAnswers(subject));

  const update = useCallback(
    (changes: Partial<RegistrationAnswers>) => {
      const next = { ...answers, ...changes };
      setAnswers(next);
      saveAnswers(subject, next);
      return next;
    },
    [answers, subject],
  );

  const reset = useCallback(() => {
    clearAnswers(subject);
    setAnswers(loadAnswers(subject));
  }, [subject]);

  const value = useMemo(() => ({ answers, update, reset }), [answers, update, reset]);
  return <RegistrationContext.Provider value={value}>{children}</RegistrationContext.Provider>;
}

export function useRegistration(): RegistrationContextValue {
  const value = useContext(RegistrationContext);
  if (!value) throw new Error('useRegistration must be used inside <RegistrationProvider>');
  return value;
}

/**
 * One question page's place in the journey: where Back goes, and where to go after saving,
 * which is back to "Check your answers" when the person came from a Change link.
 */
export function useQuestionStep(step: StepId) {
  const { answers, update } = useRegistration();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const isChange = searchParams.get('change') === 'true';

  const saveAndContinue = useCallback(
    (changes: Partial<RegistrationAnswers>) => {
      const next = update(changes);
      if (isChange) {
        // A changed answer can bring in a question not yet answered (an ethnic background, say).
        const missing = firstUnansweredStep(next);
        void navigate(missing ? `${stepPath(missing)}?change=true` : stepPath('check-answers'));
      } else {
        void navigate(nextPath(step, next));
      }
    },
    [isChange, navigate, step, update],
  );

  return {
    answers,
    isChange,
    backTo: isChange ? stepPath('check-answers') : previousPath(step, answers),
    saveAndContinue,
  };
}
