import { Select } from '@mantine/core';
import type { CSSProperties } from 'react';
import { ROLE, type Role } from '../../i18n/labels';

const OPTIONS = (Object.keys(ROLE) as Role[]).map((role) => ({ value: role, label: ROLE[role] }));

/** One of the five roles, by its Vietnamese name. */
export function RoleSelect({
  label,
  value,
  onChange,
  error,
  required,
  placeholder,
  style,
}: {
  label: string;
  value: Role | null;
  onChange(role: Role | null): void;
  error?: string;
  required?: boolean;
  placeholder?: string;
  style?: CSSProperties;
}) {
  return (
    <Select
      label={label}
      data={OPTIONS}
      value={value}
      onChange={(next) => onChange(next as Role | null)}
      error={error}
      required={required}
      clearable={!required}
      clearButtonProps={{ 'aria-label': `Bỏ chọn ${label.toLowerCase()}` }}
      placeholder={placeholder}
      allowDeselect={!required}
      style={style}
    />
  );
}
