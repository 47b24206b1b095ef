import { Navigate, useParams } from 'react-router';
import { useMe } from '../../auth/session';
import { PageTitle } from '../../ui/page-title';
import { QueryState } from '../../ui/query-state';
import { usePerson } from './directory-queries';
import { PersonDetails } from './person-details';
import { PersonForm } from './person-form';

export function NewPersonPage() {
  const me = useMe();
  if (!me.can('people:write')) return <Navigate to="/nhan-su" replace />;
  return (
    <>
      <PageTitle>Thêm cán bộ</PageTitle>
      <PersonForm />
    </>
  );
}

/** A person: the form for those who may correct the directory, the details for everyone else. */
export function PersonPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const person = usePerson(id);
  return (
    <QueryState query={person}>
      {(loaded) => (
        <>
          <PageTitle>{loaded.fullName}</PageTitle>
          {/* Keyed by id: another person's page starts from that person's values. */}
          {me.can('people:write') ? <PersonForm key={loaded.id} person={loaded} /> : <PersonDetails person={loaded} />}
        </>
      )}
    </QueryState>
  );
}
