import { Button, Group, Paper, Stack, Switch, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, ifMatch, unwrap } from '../../api/client';
import { ProblemError, problemOf } from '../../api/problem';
import { useMe } from '../../auth/session';
import { ROLE, type Role } from '../../i18n/labels';
import { notifySuccess } from '../../ui/notify';
import { ProblemAlert } from '../../ui/problem-alert';
import { changedFields, VersionConflict, type ChangedField } from '../../ui/version-conflict';
import { DisableConfirmation } from './disable-confirmation';
import { AccountFields } from './account-fields';
import { useFormState } from './use-form-state';
import { fetchUser, isAgencyRole, USERS_KEY, type User } from './users-queries';

interface UserValues {
  displayName: string;
  role: Role | null;
  organizationId: string | null;
  email: string;
  active: boolean;
}

const toValues = (user: User): UserValues => ({
  displayName: user.displayName,
  role: user.role,
  organizationId: user.organization?.id ?? null,
  email: user.email ?? '',
  active: user.active,
});

const COMPARED = [
  { label: 'Tên hiển thị', value: (u: User) => u.displayName },
  { label: 'Vai trò', value: (u: User) => ROLE[u.role] },
  { label: 'Cơ quan, đơn vị', value: (u: User) => u.organization?.name ?? '' },
  { label: 'Thư điện tử', value: (u: User) => u.email ?? '' },
  { label: 'Trạng thái', value: (u: User) => (u.active ? 'Đang hoạt động' : 'Đã vô hiệu hóa') },
];

/** Only what the administrator changed: the API checks the last admin only when role or active changes. */
function patchOf(base: User, values: UserValues) {
  const organizationId = isAgencyRole(values.role) ? values.organizationId : null;
  const email = values.email.trim() || null;
  return {
    ...(values.displayName.trim() !== base.displayName && { displayName: values.displayName.trim() }),
    ...(values.role !== null && values.role !== base.role && { role: values.role }),
    ...(organizationId !== (base.organization?.id ?? null) && { organizationId }),
    ...(email !== base.email && { email }),
    ...(values.active !== base.active && { active: values.active }),
  };
}

/**
 * Changes an account's name, role, agency, mail address or whether it may sign in. Disabling asks
 * first (it ends the person's sessions at once); a save over someone else's shows what they changed.
 */
export function EditUserForm({ user }: { user: User }) {
  const me = useMe();
  const queryClient = useQueryClient();
  const [base, setBase] = useState(user);
  const form = useFormState(() => toValues(user));
  const [saving, setSaving] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [conflict, setConflict] = useState<{ latest: User; changes: ChangedField[] } | null>(null);
  const { values } = form;

  // A newer version loaded meanwhile (a password reset on this page changes it too): taken as it is
  // while nothing is typed; over typed values, the save's 412 shows what changed instead.
  const [loaded, setLoaded] = useState(user);
  if (user !== loaded) {
    setLoaded(user);
    const untouched = JSON.stringify(values) === JSON.stringify(toValues(base));
    if (untouched && user.version > base.version) {
      setBase(user);
      form.setValues(toValues(user));
    }
  }

  const save = async () => {
    setConfirming(false);
    const patch = patchOf(base, values);
    if (Object.keys(patch).length === 0) {
      notifySuccess('Không có thay đổi nào để lưu.');
      return;
    }
    setSaving(true);
    try {
      const saved = unwrap(
        await api.PATCH('/api/v1/users/{id}', { params: { path: { id: base.id }, header: ifMatch(base.version) }, body: patch }),
      );
      setBase(saved);
      form.setValues(toValues(saved));
      queryClient.setQueryData([...USERS_KEY, saved.id], saved);
      void queryClient.invalidateQueries({ queryKey: [...USERS_KEY, 'list'] });
      notifySuccess(`Đã lưu tài khoản ${saved.username}.`);
    } catch (error) {
      if (error instanceof ProblemError && error.status === 412) {
        const latest = await fetchUser(base.id).catch((reloadError: unknown) => {
          form.fail(problemOf(reloadError));
          return null;
        });
        if (latest) setConflict({ latest, changes: changedFields(base, latest, COMPARED) });
      } else form.fail(error);
    } finally {
      setSaving(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.clearErrors();
    if (base.active && !values.active) setConfirming(true);
    else void save();
  };

  /** The latest version, keeping each field the administrator changed. */
  const keepMine = (latest: User) => {
    const opened = toValues(base);
    const kept = toValues(latest);
    for (const key of Object.keys(values) as (keyof UserValues)[]) {
      if (values[key] !== opened[key]) Object.assign(kept, { [key]: values[key] });
    }
    form.setValues(kept);
    setBase(latest);
    setConflict(null);
  };

  return (
    <Paper component="form" onSubmit={submit} withBorder p="md" noValidate aria-labelledby="edit-user-heading">
      <Stack>
        <Title order={2} size="h4" id="edit-user-heading">
          Thông tin tài khoản
        </Title>
        {conflict && (
          <VersionConflict
            changes={conflict.changes}
            onKeepMine={() => keepMine(conflict.latest)}
            onDiscardMine={() => {
              setBase(conflict.latest);
              form.setValues(toValues(conflict.latest));
              setConflict(null);
            }}
          />
        )}
        <ProblemAlert error={form.problem} title="Chưa lưu được" />
        <TextInput label="Tên đăng nhập" value={base.username} readOnly description="Không đổi được." />
        <AccountFields values={values} set={form.set} errors={form.errors} />
        <Switch
          label="Tài khoản đang hoạt động (được phép đăng nhập)"
          description={values.active ? undefined : 'Khi lưu, mọi phiên đăng nhập của người này kết thúc ngay.'}
          checked={values.active}
          onChange={(event) => form.set('active', event.currentTarget.checked)}
          error={form.errors.active}
        />
        <Group>
          <Button type="submit" loading={saving} disabled={conflict !== null}>
            Lưu thay đổi
          </Button>
          <Button component={Link} to="/tai-khoan" variant="default">
            Quay lại danh sách
          </Button>
        </Group>
      </Stack>
      <DisableConfirmation
        opened={confirming}
        name={`${base.displayName} (${base.username})`}
        self={base.id === me.id}
        onConfirm={() => void save()}
        onCancel={() => setConfirming(false)}
      />
    </Paper>
  );
}
