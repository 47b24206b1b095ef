import { Textarea, type TextareaProps } from '@mantine/core';
import { useState } from 'react';

/** A note the action cannot go without: checked before sending, so the field says so instead of the service. */
export function useRequiredNote() {
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  return {
    text,
    trimmed: text.trim(),
    /** True when something was typed; otherwise the field says it is required. */
    present(): boolean {
      if (text.trim()) return true;
      setMissing(true);
      return false;
    },
    change(next: string) {
      setText(next);
      setMissing(false);
    },
    missing,
  };
}

/** The note's field: required, growing with the text; the service's own error when it refused it. */
export function RequiredNote({
  note,
  error,
  ...props
}: Omit<TextareaProps, 'value' | 'onChange' | 'required'> & { note: ReturnType<typeof useRequiredNote>; error?: string }) {
  return (
    <Textarea
      autosize
      minRows={3}
      {...props}
      required
      value={note.text}
      onChange={(event) => note.change(event.currentTarget.value)}
      error={note.missing ? 'Bắt buộc nhập.' : error}
    />
  );
}
