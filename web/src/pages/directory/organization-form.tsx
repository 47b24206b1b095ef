import { Select, TextInput } from '@mantine/core';
import { api, ifMatch, unwrap } from '../../api/client';
import { ORGANIZATION_KIND, optionsOf, type OrganizationKind } from '../../i18n/labels';
import { organizationLabel, ORGANIZATIONS_KEY } from '../../lib/organizations';
import { fetchOrganization, type Organization } from './directory-queries';
import { OrganizationSelect } from '../../ui/organization-pickers';
import { RecordForm } from './record-form';
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
    cacheKey: ORGANIZATIONS_KEY,
    listPath: '/co-quan',
    saved: (saved) => `Đã lưu ${saved.name}.`,
  });

  return (
    <RecordForm form={form} addLabel="Thêm cơ quan" listPath="/co-quan">
      <TextInput label="Tên cơ quan, đơn vị" required maxLength={300} {...form.text('name')} />
      <TextInput label="Tên viết tắt" description="Không trùng với cơ quan khác, ví dụ: SKHĐT" maxLength={50} {...form.text('shortName')} />
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
    </RecordForm>
  );
}
