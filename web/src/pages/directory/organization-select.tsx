import type { CSSProperties } from 'react';
import { Select } from '@mantine/core';
import { accentInsensitiveFilter } from './accent-insensitive-filter';
import { organizationName, useAllOrganizations } from './directory-queries';

/**
 * Picks an organization by typing part of its name or short name. Shared: any form that names
 * an agency can use it.
 */
export function OrganizationSelect({
  label,
  value,
  onChange,
  error,
  placeholder = 'Gõ để tìm cơ quan',
  excludeId,
  required,
  style,
}: {
  label: string;
  value: string | null;
  onChange(id: string | null): void;
  error?: string;
  placeholder?: string;
  /** An organization that may not be chosen (itself, as its own parent). */
  excludeId?: string;
  required?: boolean;
  style?: CSSProperties;
}) {
  const organizations = useAllOrganizations();
  const data = (organizations.data ?? [])
    .filter((organization) => organization.id !== excludeId)
    .map((organization) => ({ value: organization.id, label: organizationName(organization) }));
  return (
    <Select
      label={label}
      placeholder={organizations.isPending ? 'Đang tải danh sách cơ quan…' : placeholder}
      data={data}
      value={value}
      onChange={onChange}
      error={error ?? (organizations.isError ? 'Không tải được danh sách cơ quan.' : undefined)}
      searchable
      filter={accentInsensitiveFilter}
      clearable={!required}
      clearButtonProps={{ 'aria-label': `Bỏ chọn ${label.toLowerCase()}` }}
      required={required}
      nothingFoundMessage="Không tìm thấy cơ quan nào"
      limit={100}
      style={style}
    />
  );
}
