import { TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';

/** The search box of the header: Enter opens /tim-kiem?q=… */
export function HeaderSearch() {
  const [params] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const navigate = useNavigate();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) void navigate(`/tim-kiem?q=${encodeURIComponent(text.trim())}`);
  };
  return (
    <form role="search" onSubmit={submit}>
      <TextInput
        aria-label="Tìm kiếm cuộc họp, nhiệm vụ, người, cơ quan"
        placeholder="Tìm kiếm…"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        maxLength={200}
        size="sm"
        w={{ base: 140, sm: 260 }}
      />
    </form>
  );
}
