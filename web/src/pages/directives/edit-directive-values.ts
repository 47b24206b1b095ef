import type { components } from '../../api/schema';
import { formatDate, parseVietnameseDate } from '../../i18n/format';
import { PRIORITY, type Priority } from '../../i18n/labels';
import type { ChangedField } from '../../ui/version-conflict';
import { changedFields } from '../../ui/version-conflict';
import type { Directive } from './directive-queries';

/** What the secretariat edits, as the form holds it (the deadline as typed, dd/mm/yyyy). */
export interface EditValues {
  title: string;
  description: string;
  dueDate: string;
  priority: Priority;
  leadOrganizationId: string;
  cooperatingOrganizationIds: string[];
}

type Field = keyof EditValues;
const FIELDS: Field[] = ['title', 'description', 'dueDate', 'priority', 'leadOrganizationId', 'cooperatingOrganizationIds'];

export function valuesOf(directive: Directive): EditValues {
  return {
    title: directive.title,
    description: directive.description ?? '',
    dueDate: formatDate(directive.dueDate),
    priority: directive.priority,
    leadOrganizationId: directive.leadOrganization.id,
    cooperatingOrganizationIds: directive.cooperatingOrganizations.map((organization) => organization.id),
  };
}

function same(a: EditValues, b: EditValues, field: Field): boolean {
  const [x, y] = [a[field], b[field]];
  return Array.isArray(x) && Array.isArray(y) ? [...x].sort().join() === [...y].sort().join() : x === y;
}

/**
 * "Keep mine" after a 412: the fields the user changed keep their text; every other field
 * takes the latest saved value, so saving again changes only what this user meant to change.
 */
export function rebase(mine: EditValues, openedWith: EditValues, latest: EditValues): EditValues {
  const rebased = { ...latest };
  for (const field of FIELDS) {
    if (!same(mine, openedWith, field)) Object.assign(rebased, { [field]: mine[field] });
  }
  return rebased;
}

export type DirectivePatch = components['schemas']['UpdateDirectiveDto'];

/** The PATCH body: only the fields changed since the form was opened; or the fields typed wrong. */
export function patchOf(values: EditValues, openedWith: EditValues): { patch: DirectivePatch; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const patch: DirectivePatch = {};
  const changed = (field: Field) => !same(values, openedWith, field);
  if (!values.title.trim()) errors.title = 'Bắt buộc nhập.';
  else if (changed('title')) patch.title = values.title.trim();
  if (changed('description')) patch.description = values.description.trim() || null;
  if (changed('dueDate')) {
    const dueDate = values.dueDate.trim() ? parseVietnameseDate(values.dueDate) : null;
    if (values.dueDate.trim() && !dueDate) errors.dueDate = 'Nhập ngày theo dạng dd/mm/yyyy, hoặc để trống nếu không có thời hạn.';
    else patch.dueDate = dueDate;
  }
  if (changed('priority')) patch.priority = values.priority;
  if (changed('leadOrganizationId')) patch.leadOrganizationId = values.leadOrganizationId;
  if (changed('cooperatingOrganizationIds')) patch.cooperatingOrganizationIds = values.cooperatingOrganizationIds;
  return { patch, errors };
}

/** What someone else saved since the form was opened, in the form's own words. */
export function changesSince(openedWith: Directive, latest: Directive): ChangedField[] {
  return changedFields(openedWith, latest, [
    { label: 'Nội dung nhiệm vụ', value: (d) => d.title },
    { label: 'Mô tả chi tiết', value: (d) => d.description ?? '' },
    { label: 'Thời hạn', value: (d) => formatDate(d.dueDate) },
    { label: 'Mức độ ưu tiên', value: (d) => PRIORITY[d.priority] },
    { label: 'Cơ quan chủ trì', value: (d) => d.leadOrganization.name },
    {
      label: 'Cơ quan phối hợp',
      value: (d) =>
        d.cooperatingOrganizations
          .map((organization) => organization.name)
          .sort()
          .join(', '),
    },
  ]);
}
