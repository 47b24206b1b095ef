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
/** A speaker can be one of the attendees: linked, the speaker follows what the attendee is resolved to. */
const ATTENDEE = 'attendee:';

export interface AttendeeLink {
  /** The attendees the person may be, by key. */
  attendees: { key: string; person: DraftPerson }[];
  /** The attendee it is now, if linked. */
  linkedKey: string | null;
  onLink(key: string | null): void;
}

/** Who the attendee is resolved to: the chosen record, the person to create, or as the text named them. */
const personName = (p: DraftPerson) => {
  const chosen = p.personId ? p.candidates.find((c) => c.id === p.personId) : undefined;
  const who = chosen ?? p.proposal ?? { fullName: p.mention?.fullName ?? p.mention?.position ?? '', position: p.mention?.position ?? null };
  return [who.fullName, who.position].filter((part, index) => part && (index === 0 || part !== who.fullName)).join(', ');
};

export function PersonPicker({
  label,
  value,
  onChange,
  id,
  error,
  readOnly,
  others = [],
  link,
  optional = false,
}: PickerProps<DraftPerson> & { others?: DraftPerson[]; link?: AttendeeLink; optional?: boolean }) {
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
  const linked = (link?.attendees ?? []).map((a) => ({ value: ATTENDEE + a.key, label: `như người dự họp: ${personName(a.person)}` }));
  const data = [
    { value: '', label: optional ? '— Không có —' : '— Chưa chọn —' },
    ...candidates,
    ...create,
    ...(inDraft.length > 0 ? [{ group: 'Người dự họp', items: inDraft }] : []),
    ...(linked.length > 0 ? [{ group: 'Như người dự họp', items: linked }] : []),
  ];
  const own = value?.personId ?? (value?.proposal ? PROPOSED + value.proposal.fullName : '');
  const selected = link?.linkedKey ? ATTENDEE + link.linkedKey : own;
  return (
    <NativeSelect
      id={id}
      label={label}
      data={data}
      value={selected}
      disabled={readOnly}
      error={error ?? (selected === '' && !readOnly && !optional ? 'Chọn người hoặc tạo mới' : undefined)}
      onChange={(event) => {
        const choice = event.currentTarget.value;
        if (link && choice.startsWith(ATTENDEE)) return link.onLink(choice.slice(ATTENDEE.length));
        link?.onLink(null);
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
