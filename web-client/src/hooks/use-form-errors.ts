import { useCallback, useState } from 'react';
import { noErrors, type FormErrors } from '@/lib/forms/form-errors';

/** Errors of the last submission, and a count so each failure re-focuses the error summary. */
export function useFormErrors() {
  const [errors, setErrorsState] = useState<FormErrors>(noErrors);
  const [attempt, setAttempt] = useState(0);
  const setErrors = useCallback((next: FormErrors) => {
    setErrorsState(next);
    setAttempt((count) => count + 1);
  }, []);
  return { errors, attempt, setErrors };
}
