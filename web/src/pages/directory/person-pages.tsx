import { useParams } from 'react-router';
import { usePerson } from './directory-queries';
import { PersonDetails } from './person-details';
import { PersonForm } from './person-form';
import { NewRecordPage, RecordPage } from './record-pages';

export function NewPersonPage() {
  return (
    <NewRecordPage permission="people:write" listPath="/nhan-su" title="Thêm cán bộ">
      <PersonForm />
    </NewRecordPage>
  );
}

/** A person: the form for those who may correct the directory, the details for everyone else. */
export function PersonPage() {
  const { id = '' } = useParams();
  return (
    <RecordPage
      record={usePerson(id)}
      permission="people:write"
      title={(person) => person.fullName}
      form={(person) => <PersonForm key={person.id} person={person} />}
      details={(person) => <PersonDetails person={person} />}
    />
  );
}
