import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useMe } from '../../auth/session';
import { PageTitle } from '../../ui/page-title';

/** A directory list's title, with the way to add a record for those who may write (`permission`). */
export function DirectoryTitle({
  permission,
  addPath,
  addLabel,
  children,
}: {
  permission: string;
  addPath: string;
  addLabel: string;
  children: string;
}) {
  const me = useMe();
  return (
    <PageTitle
      actions={
        me.can(permission) && (
          <Button component={Link} to={addPath} leftSection={<IconPlus size={16} aria-hidden />}>
            {addLabel}
          </Button>
        )
      }
    >
      {children}
    </PageTitle>
  );
}
