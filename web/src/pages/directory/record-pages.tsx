import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { useMe } from '../../auth/session';
import { PageTitle } from '../../ui/page-title';
import { QueryState } from '../../ui/query-state';

/** The page that adds a record, for those who may write (`permission`); anyone else goes back to the list. */
export function NewRecordPage({
  permission,
  listPath,
  title,
  children,
}: {
  permission: string;
  listPath: string;
  title: string;
  children: ReactNode;
}) {
  const me = useMe();
  if (!me.can(permission)) return <Navigate to={listPath} replace />;
  return (
    <>
      <PageTitle>{title}</PageTitle>
      {children}
    </>
  );
}

/** A record under its name: the form for those who may correct the directory (`permission`), the details for everyone else. */
export function RecordPage<R>({
  record,
  permission,
  title,
  form,
  details,
}: {
  record: UseQueryResult<R>;
  permission: string;
  title(record: R): string;
  /** Keyed by the record's id: another record's page starts from that record's values. */
  form(record: R): ReactNode;
  details(record: R): ReactNode;
}) {
  const me = useMe();
  return (
    <QueryState query={record}>
      {(loaded) => (
        <>
          <PageTitle>{title(loaded)}</PageTitle>
          {me.can(permission) ? form(loaded) : details(loaded)}
        </>
      )}
    </QueryState>
  );
}
