import { Button, Group, Paper, Select, Stack, TextInput } from '@mantine/core';
import { notifySuccess } from '../../ui/notify';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { api, ifMatch, unwrap } from '../../api/client';
import { ORGANIZATION_KIND, optionsOf, type OrganizationKind } from '../../i18n/labels';
import { ProblemAlert } from '../../ui/problem-alert';
import { VersionConflict } from '../../ui/version-conflict';
import { organizationLabel, ORGANIZATIONS_KEY } from '../../lib/organizations';
import { fetchOrganization, type Organization } from './directory-queries';
import { OrganizationSelect } from '../../ui/organization-pickers';
import { useRecordForm } from './use-record-form';

interface OrganizationValues {
  name: string;
  shortName: string;
  kind: OrganizationKind | null;
  parentId: string | null;
}

const KIND_OPTIONS = optionsOf(ORGANIZATION_KIND);

const toValues = (organization: Organization | undefined): OrganizationValues => ({
  name: organization?.name ?? '',
  shortName: organization?.shortName ?? '',
  kind: organization?.kind ?? null,
  parentId: organization?.parent?.id ?? null,
});

// An unchosen kind is sent as it is: the service's own "kind is required" lands next to the field.
const toBody = (values: OrganizationValues) => ({
  name: values.name.trim(),
  shortName: values.shortName.trim() || null,
  kind: values.kind as OrganizationKind,
  parentId: values.parentId,
});

/** Adds an organization or corrects one (administrators); back to the list once saved. */
export function OrganizationForm({ organization }: { organization?: Organization }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useRecordForm<Organization, OrganizationValues>({
    record: organization,
    toValues,
    create: async (values, key) =>
      unwrap(await api.POST('/api/v1/organizations', { body: toBody(values), params: { header: { 'Idempotency-Key': key } } })),
    update: async (current, values) =>
      unwrap(
        await api.PATCH('/api/v1/organizations/{id}', {
          params: { path: { id: current.id }, header: ifMatch(current.version) },
          body: toBody(values),
        }),
      ),
    fetchLatest: fetchOrganization,
    compared: [
      { label: 'Tên cơ quan', value: (o) => o.name },
      { label: 'Tên viết tắt', value: (o) => o.shortName ?? '' },
      { label: 'Loại', value: (o) => ORGANIZATION_KIND[o.kind] },
      { label: 'Trực thuộc', value: (o) => organizationLabel(o.parent) },
    ],
    fieldOfCode: {
      organization_short_name_taken: 'shortName',
      organization_hierarchy_cycle: 'parentId',
    },
    onSaved: (saved) => {
      void queryClient.invalidateQueries({ queryKey: ORGANIZATIONS_KEY });
      notifySuccess(`Đã lưu ${saved.name}.`);
      void navigate('/co-quan');
    },
  });

  return (
    <Paper component="form" onSubmit={form.submit} withBorder p="md" maw={640} noValidate>
      <Stack>
        {form.conflict && <VersionConflict changes={form.conflict} onKeepMine={form.keepMine} onDiscardMine={form.discardMine} />}
        <ProblemAlert error={form.problem} title="Chưa lưu được" />
        <TextInput
          label="Tên cơ quan, đơn vị"
          required
          maxLength={300}
          value={form.values.name}
          onChange={(event) => form.setValue('name', event.currentTarget.value)}
          error={form.errors.name}
        />
        <TextInput
          label="Tên viết tắt"
          description="Không trùng với cơ quan khác, ví dụ: SKHĐT"
          maxLength={50}
          value={form.values.shortName}
          onChange={(event) => form.setValue('shortName', event.currentTarget.value)}
          error={form.errors.shortName}
        />
        <Select
          label="Loại cơ quan"
          required
          data={KIND_OPTIONS}
          value={form.values.kind}
          onChange={(kind) => form.setValue('kind', kind as OrganizationKind | null)}
          error={form.errors.kind}
        />
        <OrganizationSelect
          label="Trực thuộc"
          placeholder="Không trực thuộc cơ quan nào"
          value={form.values.parentId}
          clearable
          onChange={(id) => form.setValue('parentId', id)}
          error={form.errors.parentId}
          exclude={organization ? [organization.id] : undefined}
        />
        <Group>
          <Button type="submit" loading={form.saving} disabled={form.conflict !== null}>
            {form.editing ? 'Lưu thay đổi' : 'Thêm cơ quan'}
          </Button>
          <Button component={Link} to="/co-quan" variant="default">
            Quay lại danh sách
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
