import { TextInput } from '@mantine/core';
import { api, ifMatch, unwrap } from '../../api/client';
import { organizationLabel } from '../../lib/organizations';
import { fetchPerson, PEOPLE_KEY, type Person } from './directory-queries';
import { OrganizationSelect } from '../../ui/organization-pickers';
import { RecordForm } from './record-form';
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
    cacheKey: PEOPLE_KEY,
    listPath: '/nhan-su',
    saved: (saved) => `Đã lưu cán bộ ${saved.fullName}.`,
  });

  return (
    <RecordForm form={form} addLabel="Thêm cán bộ" listPath="/nhan-su">
      <TextInput label="Họ và tên" required maxLength={200} {...form.text('fullName')} />
      <TextInput label="Chức vụ" description="Ví dụ: Phó Chủ tịch UBND tỉnh" maxLength={500} {...form.text('position')} />
      <OrganizationSelect
        label="Cơ quan, đơn vị"
        value={form.values.organizationId}
        clearable
        onChange={(id) => form.setValue('organizationId', id)}
        error={form.errors.organizationId}
      />
    </RecordForm>
  );
}
