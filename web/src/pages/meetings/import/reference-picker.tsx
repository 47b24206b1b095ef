import { NativeSelect } from '@mantine/core';
import type { DraftOrganization, DraftPerson } from './import-api';

const NEW = 'new';

/** Who a named person is: one of the matched records, "Tạo mới" (create on confirmation), or not chosen yet. */
export function PersonPicker({ label, value, onChange }: { label: string; value: DraftPerson | null; onChange(next: DraftPerson): void }) {
  const named = value?.mention?.fullName ?? value?.mention?.position ?? value?.proposal?.fullName ?? '';
  const proposal = value?.proposal ?? (named ? { fullName: named, position: value?.mention?.position ?? null } : null);
  const data = [
    { value: '', label: '— Chưa chọn —' },
    ...(value?.candidates ?? []).map((c) => ({ value: c.id, label: [c.fullName, c.position].filter(Boolean).join(', ') })),
    ...(proposal ? [{ value: NEW, label: `Tạo mới: ${proposal.fullName}` }] : []),
  ];
  const selected = value?.personId ?? (value?.proposal ? NEW : '');
  return (
    <NativeSelect
      label={label}
      data={data}
      value={selected}
      error={selected === '' ? 'Chọn người hoặc tạo mới' : undefined}
      onChange={(event) => {
        const choice = event.currentTarget.value;
        const base = value ?? { personId: null, proposal: null, candidates: [], mention: null };
        onChange({ ...base, personId: choice && choice !== NEW ? choice : null, proposal: choice === NEW ? proposal : null });
      }}
    />
  );
}

export function OrganizationPicker({
  label,
  value,
  onChange,
}: {
  label: string;
  value: DraftOrganization | null;
  onChange(next: DraftOrganization): void;
}) {
  const proposal = value?.proposal ?? (value?.mention ? { name: value.mention, shortName: null, kind: 'other' as const } : null);
  const data = [
    { value: '', label: '— Chưa chọn —' },
    ...(value?.candidates ?? []).map((c) => ({ value: c.id, label: c.shortName ? `${c.name} (${c.shortName})` : c.name })),
    ...(proposal ? [{ value: NEW, label: `Tạo mới: ${proposal.name}` }] : []),
  ];
  const selected = value?.organizationId ?? (value?.proposal ? NEW : '');
  return (
    <NativeSelect
      label={label}
      data={data}
      value={selected}
      error={selected === '' ? 'Chọn cơ quan hoặc tạo mới' : undefined}
      onChange={(event) => {
        const choice = event.currentTarget.value;
        const base = value ?? { organizationId: null, proposal: null, candidates: [], mention: null, span: null };
        onChange({ ...base, organizationId: choice && choice !== NEW ? choice : null, proposal: choice === NEW ? proposal : null });
      }}
    />
  );
}
