import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { formatDate, parseVietnameseDate } from '../i18n/format';

interface DateTextInputProps {
  label: string;
  /** yyyy-mm-dd, or '' for none. */
  value: string;
  onChange(value: string): void;
  description?: string;
  id?: string;
  /** An error from outside (the server's), shown while what was typed is a date. */
  error?: string;
}

/**
 * A date typed the Vietnamese way (dd/mm/yyyy), given back as the API writes it. It commits
 * on Enter or when the field loses focus; what the user typed stays while it is not a date.
 */
export function DateTextInput(props: DateTextInputProps) {
  // Keyed by the value so a change from outside (back button, "clear filters") shows through.
  return <DateText key={props.value} {...props} />;
}

function DateText({ label, value, onChange, description, id, error: outside }: DateTextInputProps) {
  const [text, setText] = useState(formatDate(value));
  const [error, setError] = useState<string | null>(null);

  const commit = () => {
    if (text.trim() === '') {
      setError(null);
      if (value !== '') onChange('');
      return;
    }
    const parsed = parseVietnameseDate(text);
    if (!parsed) {
      setError('Nhập ngày theo dạng dd/mm/yyyy, ví dụ 31/12/2024.');
      return;
    }
    setError(null);
    if (parsed !== value) onChange(parsed);
  };

  return (
    <TextInput
      id={id}
      label={label}
      description={description}
      placeholder="dd/mm/yyyy"
      inputMode="numeric"
      autoComplete="off"
      value={text}
      error={error ?? outside}
      onChange={(event) => setText(event.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          commit();
        }
      }}
    />
  );
}
