import { useQueryClient } from '@tanstack/react-query';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ProblemError, problemOf } from '../../api/problem';
import { problemMessage } from '../../i18n/problems';
import { newIdempotencyKey } from '../../lib/idempotency';
import { notifySuccess } from '../../ui/notify';
import { changedFields, type ChangedField } from '../../ui/version-conflict';

interface Versioned {
  id: string;
  version: number;
}

export interface RecordFormOptions<R extends Versioned, V> {
  /** The record as loaded; undefined when the form creates one. */
  record: R | undefined;
  toValues(record: R | undefined): V;
  create(values: V, idempotencyKey: string): Promise<R>;
  update(record: R, values: V): Promise<R>;
  fetchLatest(id: string): Promise<R>;
  /** The fields shown when someone else saved meanwhile: what they changed. */
  compared: { label: string; value(record: R): string }[];
  /** Refusals that concern one field (a short name already taken): shown next to it. */
  fieldOfCode?: Record<string, keyof V & string>;
  /** Once saved: the cached lists and records under `cacheKey` are read again, `saved` is said, and the list at `listPath` shows. */
  cacheKey: readonly string[];
  listPath: string;
  saved(record: R): string;
}

/**
 * A form that creates or edits one record of the directory. Whatever happens to a save, the typed
 * values stay: field errors go next to their fields, and a 412 (someone saved meanwhile) shows
 * what they changed and lets the user save again over the latest version or take it instead.
 */
export function useRecordForm<R extends Versioned, V extends object>(options: RecordFormOptions<R, V>) {
  const [values, setValues] = useState<V>(() => options.toValues(options.record));
  const [base, setBase] = useState(options.record);
  const [errors, setErrors] = useState<Partial<Record<keyof V & string, string>>>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [conflict, setConflict] = useState<{ latest: R; changes: ChangedField[] } | null>(null);
  const [saving, setSaving] = useState(false);
  // One key per intended creation: a double click or a retry after a lost answer creates one record.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  const setValue = <K extends keyof V & string>(key: K, value: V[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: undefined }));
  };

  const fail = async (error: unknown) => {
    if (error instanceof ProblemError) {
      // The service answered: the next attempt is another request, with its own key.
      setIdempotencyKey(newIdempotencyKey());
      if (error.status === 412 && base) {
        const latest = await options.fetchLatest(base.id);
        setConflict({ latest, changes: changedFields(base, latest, options.compared) });
        return;
      }
      const field = error.code ? options.fieldOfCode?.[error.code] : undefined;
      if (field) {
        setErrors({ [field]: problemMessage(error.problem) } as typeof errors);
        return;
      }
      setErrors(error.fieldErrors() as typeof errors);
    }
    setProblem(error);
  };

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    setSaving(true);
    setProblem(null);
    setErrors({});
    try {
      const saved = base ? await options.update(base, values) : await options.create(values, idempotencyKey);
      setBase(saved);
      void queryClient.invalidateQueries({ queryKey: options.cacheKey });
      notifySuccess(options.saved(saved));
      void navigate(options.listPath);
    } catch (error) {
      await fail(error).catch((reloadError: unknown) => setProblem(problemOf(reloadError)));
    } finally {
      setSaving(false);
    }
  };

  return {
    values,
    setValue,
    errors,
    /** A text field's value, its change and its error. */
    text<K extends keyof V & string>(key: K) {
      return {
        value: values[key] as string,
        onChange: (event: ChangeEvent<HTMLInputElement>) => setValue(key, event.currentTarget.value as V[K]),
        error: errors[key],
      };
    },
    problem,
    saving,
    editing: base !== undefined,
    conflict: conflict?.changes ?? null,
    /**
     * Take the latest version, keeping what the user changed: a field they left as it was
     * shows the other person's value; the next save names the latest version.
     */
    keepMine() {
      if (!conflict) return;
      const opened = options.toValues(base);
      const latest = options.toValues(conflict.latest);
      const kept = Object.fromEntries(
        (Object.keys(values) as (keyof V)[]).map((key) => [key, values[key] === opened[key] ? latest[key] : values[key]]),
      ) as V;
      setValues(kept);
      setBase(conflict.latest);
      setConflict(null);
    },
    /** Drop the typed values and show the latest version. */
    discardMine() {
      if (!conflict) return;
      setBase(conflict.latest);
      setValues(options.toValues(conflict.latest));
      setConflict(null);
    },
    submit: (event?: FormEvent) => void submit(event),
  };
}
