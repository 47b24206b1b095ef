import { PersonOfOrganizationSelect } from '../../../ui/person-select';

/** The person who answers for a directive: someone of its lead agency (the API refuses anyone else). */
export function OwnerSelect({
  organizationId,
  value,
  onChange,
  error,
}: {
  organizationId: string | null;
  value: string | null;
  onChange(value: string | null): void;
  error?: React.ReactNode;
}) {
  return (
    <PersonOfOrganizationSelect
      organizationId={organizationId}
      label="Người phụ trách"
      description={organizationId ? 'Cán bộ của cơ quan chủ trì; không bắt buộc' : 'Chọn cơ quan chủ trì trước'}
      placeholder="Chưa phân công"
      disabled={organizationId === null}
      clearable
      nothingFoundMessage="Cơ quan này chưa có cán bộ nào trong danh bạ"
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}
