import { useParams } from 'react-router';
import { useOrganization } from './directory-queries';
import { OrganizationDetails } from './organization-details';
import { OrganizationForm } from './organization-form';
import { NewRecordPage, RecordPage } from './record-pages';

export function NewOrganizationPage() {
  return (
    <NewRecordPage permission="organizations:write" listPath="/co-quan" title="Thêm cơ quan, đơn vị">
      <OrganizationForm />
    </NewRecordPage>
  );
}

/** An organization: the form for administrators, the details for everyone else. */
export function OrganizationPage() {
  const { id = '' } = useParams();
  return (
    <RecordPage
      record={useOrganization(id)}
      permission="organizations:write"
      title={(organization) => organization.name}
      form={(organization) => <OrganizationForm key={organization.id} organization={organization} />}
      details={(organization) => <OrganizationDetails organization={organization} />}
    />
  );
}
