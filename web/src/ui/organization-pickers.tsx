import { MultiSelect, Select, type MultiSelectProps, type SelectProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { organizationLabel, useAllOrganizations } from '../lib/organizations';
import { vietnameseOptionsFilter } from '../lib/vietnamese-search';

type PickerProps<P> = Omit<P, 'data' | 'filter' | 'searchable'> & {
  /** Agencies that may not be chosen here (an organization as its own parent, the lead among the cooperating). */
  exclude?: readonly string[];
};

/** What both pickers share: every agency but the excluded, searched with or without accents, loading and failure said in the field. */
function usePicker({
  exclude,
  label,
  placeholder,
  error,
}: {
  exclude?: readonly string[];
  label?: ReactNode;
  placeholder?: string;
  error?: ReactNode;
}) {
  const organizations = useAllOrganizations();
  const data = (organizations.data ?? [])
    .filter((organization) => !exclude?.includes(organization.id))
    .map((organization) => ({ value: organization.id, label: organizationLabel(organization) }));
  return {
    data,
    searchable: true,
    filter: vietnameseOptionsFilter,
    nothingFoundMessage: 'Không tìm thấy cơ quan',
    limit: 100,
    clearButtonProps: typeof label === 'string' ? { 'aria-label': `Bỏ chọn ${label.toLowerCase()}` } : undefined,
    placeholder: organizations.isPending ? 'Đang tải danh sách cơ quan…' : placeholder,
    error: error ?? (organizations.isError ? 'Không tải được danh sách cơ quan.' : undefined),
  };
}

/** One agency, searched by name or short name, with or without accents. */
export function OrganizationSelect({ exclude, ...props }: PickerProps<SelectProps>) {
  const { data, ...picker } = usePicker({ exclude, ...props });
  // A value the list does not hold (a link to a filter on an agency not loaded yet) still shows as chosen.
  if (props.value && !data.some((option) => option.value === props.value)) data.push({ value: props.value, label: 'Cơ quan đã chọn' });
  return <Select {...props} {...picker} data={data} />;
}

/** Several agencies (the cooperating ones), never those in `exclude` (the lead). */
export function OrganizationMultiSelect({ exclude, ...props }: PickerProps<MultiSelectProps>) {
  return <MultiSelect {...props} {...usePicker({ exclude, ...props })} />;
}
