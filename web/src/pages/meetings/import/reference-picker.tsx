import { NativeSelect } from '@mantine/core';
import { organizationLabel, useAllOrganizations } from '../../../lib/organizations';
import type { DraftOrganization, DraftPerson } from './import-api';

const NEW = 'new';
/** A person to be created is known by the name proposed for them. */
const PROPOSED = 'proposed:';

interface PickerProps<T> {
  label: string;
  value: T | null;
  onChange(next: T): void;
  id?: string;
  /** The confirm's complaint about this field, if any; else the picker says when nothing is chosen. */
  error?: string;
  readOnly?: boolean;
}

/**
 * Who a named person is: one of the matched records, one of the people already in the draft
 * (a speaker is usually an attendee), "Tạo mới" (created on confirmation), or not chosen yet.
 */
export function PersonPicker({
  label,
  value,
  onChange,
  id,
  error,
  readOnly,
  others = [],
}: PickerProps<DraftPerson> & { others?: DraftPerson[] }) {
  const named = value?.mention?.fullName ?? value?.mention?.position ?? value?.proposal?.fullName ?? '';
  const proposal = value?.proposal ?? (named ? { fullName: named, position: value?.mention?.position ?? null } : null);
  const seen = new Set<string>();
  const option = (p: DraftPerson | { id: string; fullName: string; position: string | null }) => {
    const key = 'id' in p ? p.id : (p.personId ?? (p.proposal ? PROPOSED + p.proposal.fullName : ''));
    if (!key || seen.has(key)) return [];
    seen.add(key);
    const who = 'id' in p ? p : (p.proposal ?? { fullName: p.mention?.fullName ?? '', position: p.mention?.position ?? null });
    const person = [who.fullName, who.position].filter(Boolean).join(', ');
    return [{ value: key, label: key.startsWith(PROPOSED) ? `${person} (tạo mới)` : person }];
  };
  const candidates = (value?.candidates ?? []).flatMap(option);
  const inDraft = others.flatMap(option);
  const create =
    proposal && !seen.has(PROPOSED + proposal.fullName)
      ? [{ value: PROPOSED + proposal.fullName, label: `Tạo mới: ${named || proposal.fullName}` }]
      : [];
  const data = [
    { value: '', label: '— Chưa chọn —' },
    ...candidates,
    ...create,
    ...(inDraft.length > 0 ? [{ group: 'Người dự họp', items: inDraft }] : []),
  ];
  const selected = value?.personId ?? (value?.proposal ? PROPOSED + value.proposal.fullName : '');
  return (
    <NativeSelect
      id={id}
      label={label}
      data={data}
      value={selected}
      disabled={readOnly}
      error={error ?? (selected === '' && !readOnly ? 'Chọn người hoặc tạo mới' : undefined)}
      onChange={(event) => {
        const choice = event.currentTarget.value;
        const base = value ?? { personId: null, proposal: null, candidates: [], mention: null };
        const other = others.find((o) => (o.personId ?? (o.proposal ? PROPOSED + o.proposal.fullName : '')) === choice);
        if (choice.startsWith(PROPOSED)) {
          onChange({ ...base, personId: null, proposal: other?.proposal ?? proposal });
        } else {
          onChange({ ...base, personId: choice || null, proposal: null });
        }
      }}
    />
  );
}

/** Which agency: the matched records first, "Tạo mới" as the text named it, then the whole directory. */
export function OrganizationPicker({ label, value, onChange, id, error, readOnly }: PickerProps<DraftOrganization>) {
  const directory = useAllOrganizations();
  const proposal = value?.proposal ?? (value?.mention ? { name: value.mention, shortName: null, kind: 'other' as const } : null);
  const candidates = (value?.candidates ?? []).map((c) => ({ value: c.id, label: organizationLabel(c) }));
  const others = (directory.data ?? [])
    .filter((o) => !candidates.some((c) => c.value === o.id))
    .map((o) => ({ value: o.id, label: organizationLabel(o) }));
  const data = [
    { value: '', label: '— Chưa chọn —' },
    ...candidates,
    ...(proposal ? [{ value: NEW, label: `Tạo mới: ${proposal.name}` }] : []),
    ...(others.length > 0 ? [{ group: 'Các cơ quan khác', items: others }] : []),
  ];
  const selected = value?.organizationId ?? (value?.proposal ? NEW : '');
  return (
    <NativeSelect
      id={id}
      label={label}
      data={data}
      value={selected}
      disabled={readOnly}
      error={error ?? (selected === '' && !readOnly ? 'Chọn cơ quan hoặc tạo mới' : undefined)}
      onChange={(event) => {
        const choice = event.currentTarget.value;
        const base = value ?? { organizationId: null, proposal: null, candidates: [], mention: null, span: null };
        onChange({ ...base, organizationId: choice && choice !== NEW ? choice : null, proposal: choice === NEW ? proposal : null });
      }}
    />
  );
}

export const emptyOrganization = (): DraftOrganization => ({
  organizationId: null,
  proposal: null,
  candidates: [],
  mention: null,
  span: null,
});
