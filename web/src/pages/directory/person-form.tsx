import { Button, Group, Paper, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { notifySuccess } from '../../ui/notify';
import { Link, useNavigate } from 'react-router';
import { api, ifMatch, unwrap } from '../../api/client';
import { ProblemAlert } from '../../ui/problem-alert';
import { VersionConflict } from '../../ui/version-conflict';
import { organizationLabel } from '../../lib/organizations';
import { fetchPerson, PEOPLE_KEY, type Person } from './directory-queries';
import { OrganizationSelect } from '../../ui/organization-pickers';
import { useRecordForm } from './use-record-form';

interface PersonValues {
  fullName: string;
  position: string;
  organizationId: string | null;
}

const toValues = (person: Person | undefined): PersonValues => ({
  fullName: person?.fullName ?? '',
  position: person?.position ?? '',
  organizationId: person?.organization?.id ?? null,
});

const toBody = (values: PersonValues) => ({
  fullName: values.fullName.trim(),
  position: values.position.trim() || null,
  organizationId: values.organizationId,
});

/** Adds a person to the directory or corrects one; back to the list once saved. */
export function PersonForm({ person }: { person?: Person }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useRecordForm<Person, PersonValues>({
    record: person,
    toValues,
    create: async (values, key) =>
      unwrap(await api.POST('/api/v1/people', { body: toBody(values), params: { header: { 'Idempotency-Key': key } } })),
    update: async (current, values) =>
      unwrap(
        await api.PATCH('/api/v1/people/{id}', {
          params: { path: { id: current.id }, header: ifMatch(current.version) },
          body: toBody(values),
        }),
      ),
    fetchLatest: fetchPerson,
    compared: [
      { label: 'Họ và tên', value: (p) => p.fullName },
      { label: 'Chức vụ', value: (p) => p.position ?? '' },
      { label: 'Cơ quan, đơn vị', value: (p) => organizationLabel(p.organization) },
    ],
    onSaved: (saved) => {
      void queryClient.invalidateQueries({ queryKey: PEOPLE_KEY });
      notifySuccess(`Đã lưu cán bộ ${saved.fullName}.`);
      void navigate('/nhan-su');
    },
  });

  return (
    <Paper component="form" onSubmit={form.submit} withBorder p="md" maw={640} noValidate>
      <Stack>
        {form.conflict && <VersionConflict changes={form.conflict} onKeepMine={form.keepMine} onDiscardMine={form.discardMine} />}
        <ProblemAlert error={form.problem} title="Chưa lưu được" />
        <TextInput
          label="Họ và tên"
          required
          maxLength={200}
          value={form.values.fullName}
          onChange={(event) => form.setValue('fullName', event.currentTarget.value)}
          error={form.errors.fullName}
        />
        <TextInput
          label="Chức vụ"
          description="Ví dụ: Phó Chủ tịch UBND tỉnh"
          maxLength={500}
          value={form.values.position}
          onChange={(event) => form.setValue('position', event.currentTarget.value)}
          error={form.errors.position}
        />
        <OrganizationSelect
          label="Cơ quan, đơn vị"
          value={form.values.organizationId}
          clearable
          onChange={(id) => form.setValue('organizationId', id)}
          error={form.errors.organizationId}
        />
        <Group>
          <Button type="submit" loading={form.saving} disabled={form.conflict !== null}>
            {form.editing ? 'Lưu thay đổi' : 'Thêm cán bộ'}
          </Button>
          <Button component={Link} to="/nhan-su" variant="default">
            Quay lại danh sách
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
