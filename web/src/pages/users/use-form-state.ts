import { useState } from 'react';
import { ProblemError } from '../../api/problem';

/**
 * Values, the API's refusals next to their fields, and the problem for the rest. A refusal never
 * clears what was typed; changing a field clears only that field's error.
 */
export function useFormState<V extends object>(initial: V | (() => V)) {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof V & string, string>>>({});
  const [problem, setProblem] = useState<unknown>(null);

  return {
    values,
    setValues,
    errors,
    problem,
    set<K extends keyof V & string>(key: K, value: V[K]) {
      setValues((current) => ({ ...current, [key]: value }));
      setErrors((current) => ({ ...current, [key]: undefined }));
    },
    setError(key: keyof V & string, message: string) {
      setErrors((current) => ({ ...current, [key]: message }));
    },
    clearErrors() {
      setErrors({});
      setProblem(null);
    },
    /** Field errors go next to their fields; the problem's sentence shows above the form either way. */
    fail(error: unknown) {
      if (error instanceof ProblemError) setErrors(error.fieldErrors() as typeof errors);
      setProblem(error);
    },
  };
}
