import { Alert, Button, Center, Checkbox, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ProblemError, problemOf } from '../api/problem';
import { problemMessage } from '../i18n/problems';
import { useSession } from './session';

const REASONS = {
  expired: 'Phiên đăng nhập đã kết thúc (hết hạn hoặc đã đăng xuất ở nơi khác). Vui lòng đăng nhập lại.',
  signed_out: 'Bạn đã đăng xuất.',
} as const;

export function SignInPage() {
  const { state, signIn } = useSession();
  const location = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  // Off unless asked: office computers are shared, and the next person must not find this session.
  const [remember, setRemember] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const from = (location.state as { from?: string } | null)?.from ?? '/';
  const [previousUserId] = useState(state.status === 'signed_out' ? state.previousUserId : undefined);
  // Back to the page that asked for sign-in, unless someone else signs in: their home, not the last user's page.
  if (state.status === 'signed_in') return <Navigate to={!previousUserId || previousUserId === state.me.id ? from : '/'} replace />;
  const reason = state.status === 'signed_out' ? state.reason : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(username.trim(), password, remember);
    } catch (caught) {
      setError(caught instanceof ProblemError ? caught.message : problemMessage(problemOf(caught)));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Center mih="100vh" p="md" bg="gray.1" component="main">
      <Paper component="form" onSubmit={(e) => void submit(e)} w={400} maw="100%" p="xl" radius="md" withBorder shadow="sm">
        <Stack>
          <div>
            <Title order={1} size="h2">
              Chỉ Đạo
            </Title>
            <Text c="dimmed" size="sm">
              Theo dõi kết luận, chỉ đạo và nhiệm vụ sau cuộc họp
            </Text>
          </div>
          {reason && !error && (
            <Alert color={reason === 'expired' ? 'orange' : 'blue'} role="status">
              {REASONS[reason]}
            </Alert>
          )}
          {error && (
            <Alert color="red" role="alert" title="Không đăng nhập được">
              {error}
            </Alert>
          )}
          <TextInput
            label="Tên đăng nhập"
            autoComplete="username"
            required
            value={username}
            onChange={(e) => setUsername(e.currentTarget.value)}
            autoFocus
          />
          <PasswordInput
            label="Mật khẩu"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <Checkbox
            label="Ghi nhớ đăng nhập trên máy này"
            description="Chỉ chọn trên máy của riêng bạn. Nếu không chọn, đóng trình duyệt là đăng xuất."
            checked={remember}
            onChange={(e) => setRemember(e.currentTarget.checked)}
          />
          <Button type="submit" loading={busy} fullWidth>
            Đăng nhập
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
