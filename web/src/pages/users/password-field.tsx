import { PasswordInput } from '@mantine/core';

/** The API's policy (src/users/passwords.ts), said before the user types rather than after a refusal. */
export const PASSWORD_RULES = 'Từ 8 đến 128 ký tự; không trùng tên đăng nhập; không dùng mật khẩu quá phổ biến (như 12345678, matkhau123).';

/** A new password for someone else's account, with the rules it must meet. */
export function PasswordField({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
}) {
  return (
    <PasswordInput
      label={label}
      description={PASSWORD_RULES}
      autoComplete="new-password"
      required
      maxLength={128}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}
