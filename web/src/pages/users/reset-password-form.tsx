import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../auth/session';
import { notifySuccess } from '../../ui/notify';
import { ProblemAlert } from '../../ui/problem-alert';
import { PasswordField } from './password-field';
import { useFormState } from './use-form-state';
import { USERS_KEY, type User } from './users-queries';

/** A new password for someone who forgot theirs: every session of theirs ends, so they sign in again with it. */
export function ResetPasswordForm({ user }: { user: User }) {
  const me = useMe();
  const queryClient = useQueryClient();
  const form = useFormState({ password: '' });
  const [saving, setSaving] = useState(false);
  const [done, setDone] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    form.clearErrors();
    setDone(false);
    setSaving(true);
    try {
      unwrap(
        await api.POST('/api/v1/users/{id}/password', { params: { path: { id: user.id } }, body: { password: form.values.password } }),
      );
      form.set('password', '');
      setDone(true);
      // The account has a new version: the details form beside this one must save over it.
      void queryClient.invalidateQueries({ queryKey: [...USERS_KEY, user.id] });
      notifySuccess(`Đã đặt lại mật khẩu của ${user.username}.`);
    } catch (error) {
      form.fail(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Paper component="form" onSubmit={(event) => void submit(event)} withBorder p="md" noValidate aria-labelledby="reset-password-heading">
      <Stack>
        <Title order={2} size="h4" id="reset-password-heading">
          Đặt lại mật khẩu
        </Title>
        <Alert color="orange" variant="light">
          <Text size="sm">
            Khi đặt lại mật khẩu, <strong>mọi phiên đăng nhập của {user.displayName}</strong> trên mọi thiết bị kết thúc ngay: người này
            phải đăng nhập lại bằng mật khẩu mới.
            {user.id === me.id && ' Đây là tài khoản của bạn: bạn cũng sẽ phải đăng nhập lại.'}
          </Text>
        </Alert>
        {done && (
          <Alert color="teal" role="status">
            Đã đặt lại mật khẩu. Các phiên đăng nhập cũ của {user.displayName} đã kết thúc; hãy trao mật khẩu mới cho người này.
          </Alert>
        )}
        <ProblemAlert error={form.problem} title="Chưa đặt lại được mật khẩu" />
        <PasswordField
          label="Mật khẩu mới"
          value={form.values.password}
          onChange={(password) => form.set('password', password)}
          error={form.errors.password}
        />
        <div>
          <Button type="submit" loading={saving}>
            Đặt lại mật khẩu và kết thúc các phiên
          </Button>
        </div>
      </Stack>
    </Paper>
  );
}
