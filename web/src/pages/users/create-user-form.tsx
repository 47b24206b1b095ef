import { Button, Group, Paper, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ProblemError } from '../../api/problem';
import type { Role } from '../../i18n/labels';
import { newIdempotencyKey } from '../../lib/idempotency';
import { notifySuccess } from '../../ui/notify';
import { ProblemAlert } from '../../ui/problem-alert';
import { PasswordField } from './password-field';
import { AccountFields } from './account-fields';
import { useFormState } from './use-form-state';
import { isAgencyRole, USERS_KEY } from './users-queries';

interface NewUser {
  username: string;
  displayName: string;
  role: Role | null;
  organizationId: string | null;
  email: string;
  password: string;
}

const EMPTY: NewUser = { username: '', displayName: '', role: null, organizationId: null, email: '', password: '' };

/** Opens an account: who signs in, as what role, for which agency, with a first password to hand over. */
export function CreateUserForm() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useFormState(EMPTY);
  const [saving, setSaving] = useState(false);
  // One key per intended account: a double click or a retry after a lost answer opens it once.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const { values } = form;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    form.clearErrors();
    if (values.role === null) {
      form.setError('role', 'Hãy chọn vai trò.');
      return;
    }
    setSaving(true);
    try {
      const created = unwrap(
        await api.POST('/api/v1/users', {
          params: { header: { 'Idempotency-Key': idempotencyKey } },
          body: {
            username: values.username.trim(),
            displayName: values.displayName.trim(),
            role: values.role,
            organizationId: isAgencyRole(values.role) ? values.organizationId : null,
            email: values.email.trim() || null,
            password: values.password,
          },
        }),
      );
      void queryClient.invalidateQueries({ queryKey: USERS_KEY });
      notifySuccess(`Đã tạo tài khoản ${created.username}.`);
      void navigate(`/tai-khoan/${created.id}`);
    } catch (error) {
      // The service answered: the next attempt is another request, with its own key.
      if (error instanceof ProblemError) setIdempotencyKey(newIdempotencyKey());
      form.fail(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Paper component="form" onSubmit={(event) => void submit(event)} withBorder p="md" maw={640} noValidate>
      <Stack>
        <ProblemAlert error={form.problem} title="Chưa tạo được tài khoản" />
        <TextInput
          label="Tên đăng nhập"
          description="Từ 3 đến 100 ký tự: chữ không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới. Không đổi được về sau."
          required
          autoComplete="off"
          maxLength={100}
          value={values.username}
          onChange={(event) => form.set('username', event.currentTarget.value)}
          error={form.errors.username}
        />
        <AccountFields values={values} set={form.set} errors={form.errors} displayNameDescription="Ví dụ: Trưởng Ban Quản lý Khu kinh tế" />
        <PasswordField
          label="Mật khẩu ban đầu"
          value={values.password}
          onChange={(password) => form.set('password', password)}
          error={form.errors.password}
        />
        <Group>
          <Button type="submit" loading={saving}>
            Tạo tài khoản
          </Button>
          <Button component={Link} to="/tai-khoan" variant="default">
            Quay lại danh sách
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
