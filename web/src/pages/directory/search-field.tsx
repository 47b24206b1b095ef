import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';

/**
 * A search box whose value lives in the URL (so the back button and a shared link bring it back),
 * written there once the user pauses typing. What is typed is kept apart from the URL's value
 * only until the URL catches up; a change of URL from elsewhere (back button) wins.
 */
export function SearchField({ label, value, onSearch }: { label: string; value: string; onSearch(value: string): void }) {
  const [draft, setDraft] = useState({ from: value, text: value });
  const text = draft.from === value ? draft.text : value;
  const search = useDebouncedCallback((next: string) => onSearch(next.trim()), 350);
  return (
    <TextInput
      type="search"
      style={{ flex: '1 1 16rem' }}
      label={label}
      value={text}
      leftSection={<IconSearch size={16} aria-hidden />}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setDraft({ from: value, text: next });
        search(next);
      }}
      onKeyDown={(event) => event.key === 'Enter' && search.flush()}
    />
  );
}
