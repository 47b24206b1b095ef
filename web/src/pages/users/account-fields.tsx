import { TextInput } from '@mantine/core';
import type { Role } from '../../i18n/labels';
import { RoleAndOrganization } from './role-and-organization';

/** What an account's creation and its later edits both ask: who the person is, what they may do, where mail goes. */
export interface AccountValues {
  displayName: string;
  role: Role | null;
  organizationId: string | null;
  email: string;
}

type Errors = Partial<Record<keyof AccountValues, string>>;

export function AccountFields({
  values,
  set,
  errors,
  displayNameDescription,
}: {
  values: AccountValues;
  set<K extends keyof AccountValues>(key: K, value: AccountValues[K]): void;
  errors: Errors;
  displayNameDescription?: string;
}) {
  return (
    <>
      <TextInput
        label="Tên hiển thị"
        description={displayNameDescription}
        required
        maxLength={200}
        value={values.displayName}
        onChange={(event) => set('displayName', event.currentTarget.value)}
        error={errors.displayName}
      />
      <RoleAndOrganization
        role={values.role}
        organizationId={values.organizationId}
        onRole={(role) => set('role', role)}
        onOrganization={(id) => set('organizationId', id)}
        errors={errors}
      />
      <TextInput
        label="Thư điện tử"
        description="Nơi nhận bản tin hằng ngày; để trống nếu không cần."
        type="email"
        maxLength={320}
        value={values.email}
        onChange={(event) => set('email', event.currentTarget.value)}
        error={errors.email}
      />
    </>
  );
}
