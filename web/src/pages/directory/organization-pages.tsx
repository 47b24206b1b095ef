import { Navigate, useParams } from 'react-router';
import { useMe } from '../../auth/session';
import { PageTitle } from '../../ui/page-title';
import { QueryState } from '../../ui/query-state';
import { useOrganization } from './directory-queries';
import { OrganizationDetails } from './organization-details';
import { OrganizationForm } from './organization-form';

export function NewOrganizationPage() {
  const me = useMe();
  if (!me.can('organizations:write')) return <Navigate to="/co-quan" replace />;
  return (
    <>
      <PageTitle>Thêm cơ quan, đơn vị</PageTitle>
      <OrganizationForm />
    </>
  );
}

/** An organization: the form for administrators, the details for everyone else. */
export function OrganizationPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const organization = useOrganization(id);
  return (
    <QueryState query={organization}>
      {(loaded) => (
        <>
          <PageTitle>{loaded.name}</PageTitle>
          {me.can('organizations:write') ? (
            <OrganizationForm key={loaded.id} organization={loaded} />
          ) : (
            <OrganizationDetails organization={loaded} />
          )}
        </>
      )}
    </QueryState>
  );
}
