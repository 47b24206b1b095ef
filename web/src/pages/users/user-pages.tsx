import { Group, SimpleGrid, Text } from '@mantine/core';
import { useParams } from 'react-router';
import { ROLE } from '../../i18n/labels';
import { PageTitle } from '../../ui/page-title';
import { QueryState } from '../../ui/query-state';
import { AccountStatusBadge } from './account-status-badge';
import { CreateUserForm } from './create-user-form';
import { EditUserForm } from './edit-user-form';
import { ResetPasswordForm } from './reset-password-form';
import { useUser } from './users-queries';

export function NewUserPage() {
  return (
    <>
      <PageTitle>Tạo tài khoản</PageTitle>
      <CreateUserForm />
    </>
  );
}

/** One account: its details to change, and a new password when its owner forgot theirs. */
export function UserPage() {
  const { id = '' } = useParams();
  const user = useUser(id);
  return (
    <QueryState query={user}>
      {(loaded) => (
        <>
          <PageTitle>{`Tài khoản ${loaded.username}`}</PageTitle>
          <Group gap="xs" mb="md">
            <AccountStatusBadge active={loaded.active} />
            <Text size="sm">
              {loaded.displayName} · {ROLE[loaded.role]}
              {loaded.organization && ` · ${loaded.organization.name}`}
            </Text>
          </Group>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {/* Keyed by id: another account's page starts from that account's values. */}
            <EditUserForm key={loaded.id} user={loaded} />
            <ResetPasswordForm key={`password-${loaded.id}`} user={loaded} />
          </SimpleGrid>
        </>
      )}
    </QueryState>
  );
}
