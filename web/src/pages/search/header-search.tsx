import { ActionIcon, Box, CloseButton, TextInput, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';

const LABEL = 'Tìm kiếm cuộc họp, nhiệm vụ, người, cơ quan';

/**
 * The search box of the header: Enter opens /tim-kiem?q=…
 * On a phone the header has no room for a field beside the bell and the account, so it is an icon that opens the
 * field over the whole header (Escape or ✕ closes it and gives focus back to the icon).
 */
export function HeaderSearch() {
  const theme = useMantineTheme();
  // Read at once rather than in an effect, so that the first render is already the right form.
  const wide = useMediaQuery(`(min-width: ${theme.breakpoints.sm})`, true, { getInitialValueInEffect: false });
  const [params] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const [opened, setOpened] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const navigate = useNavigate();
  // Focus goes back to the icon once React has put it back (a closed field, not a first render or a navigation).
  const [returnFocus, setReturnFocus] = useState(false);
  useEffect(() => {
    if (returnFocus && !opened) opener.current?.focus();
  }, [returnFocus, opened]);
  const close = () => {
    setOpened(false);
    setReturnFocus(true);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    void navigate(`/tim-kiem?q=${encodeURIComponent(text.trim())}`);
    if (!wide) setOpened(false);
  };
  const field = (
    <TextInput
      aria-label={LABEL}
      placeholder="Tìm kiếm…"
      leftSection={<IconSearch size={16} aria-hidden />}
      value={text}
      onChange={(event) => setText(event.currentTarget.value)}
      maxLength={200}
      size="sm"
      w={wide ? 260 : undefined}
      style={wide ? undefined : { flex: 1 }}
      autoFocus={!wide}
      onKeyDown={(event) => {
        if (!wide && event.key === 'Escape') close();
      }}
    />
  );

  if (wide) {
    return (
      <form role="search" onSubmit={submit}>
        {field}
      </form>
    );
  }
  if (!opened) {
    return (
      <ActionIcon
        ref={opener}
        variant="subtle"
        size="lg"
        aria-label="Tìm kiếm"
        aria-expanded={false}
        onClick={() => {
          setOpened(true);
          setReturnFocus(false);
        }}
      >
        <IconSearch size={20} aria-hidden />
      </ActionIcon>
    );
  }
  return (
    <Box
      component="form"
      role="search"
      onSubmit={submit}
      pos="absolute"
      px="md"
      bg="var(--mantine-color-body)"
      style={{ inset: 0, zIndex: 1, display: 'flex', alignItems: 'center', gap: 'var(--mantine-spacing-xs)' }}
    >
      {field}
      <CloseButton aria-label="Đóng tìm kiếm" onClick={close} />
    </Box>
  );
}
