import { Button, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '../../auth/session';
import { useDirectiveCounts } from '../../lib/use-directive-counts';
import { CountCard } from '../../ui/count-card';
import { useAllOrganizations } from '../../lib/organizations';
import { PageTitle } from '../../ui/page-title';
import { AGENCY_COUNTS, AGENCY_GROUPS, type AgencyGroup, groupCount } from './agency-groups';
import { AgencyGroupSection } from './agency-group-section';

/**
 * "Việc của đơn vị": the directives the user's agency leads or cooperates on (the API scopes
 * the list by the signed-in user), most pressing first, as cards on a phone.
 */
export function Component() {
  const me = useMe();
  const [search] = useSearchParams();
  const compact = !useMediaQuery('(min-width: 48em)', false, { getInitialValueInEffect: false });
  const organizations = useAllOrganizations();
  const agency = organizations.data?.find((organization) => organization.id === me.organizationId);

  const chosen = search.get('nhom');
  const only = [...AGENCY_GROUPS, ...AGENCY_COUNTS].find((group) => group.key === chosen);
  const groups = only ? [only] : AGENCY_GROUPS;

  return (
    <Stack>
      <PageTitle>Việc của đơn vị</PageTitle>
      {agency && (
        <Text mt={-12} c="dimmed">
          {agency.name}
        </Text>
      )}
      <SimpleGrid cols={3} spacing="xs" component="nav" aria-label="Số nhiệm vụ cần chú ý">
        {AGENCY_COUNTS.map((group) => (
          <GroupCount key={group.key} group={group} active={group.key === chosen} />
        ))}
      </SimpleGrid>
      {only && (
        <Button component={Link} to="/viec-cua-don-vi" variant="subtle" style={{ alignSelf: 'flex-start' }}>
          Xem tất cả nhiệm vụ của đơn vị
        </Button>
      )}
      {groups.map((group) => (
        <AgencyGroupSection
          key={group.key}
          group={group}
          compact={compact}
          ownOrganizationId={me.organizationId}
          alone={only !== undefined}
        />
      ))}
    </Stack>
  );
}

/**
 * Counted by the API over the same list the groups show (led and cooperated directives alike;
 * /reports/overdue counts only the directives the agency leads), one request for every card.
 */
function GroupCount({ group, active }: { group: AgencyGroup; active: boolean }) {
  const counted = useDirectiveCounts();
  return (
    <CountCard
      label={group.title}
      count={counted.data && groupCount(group, counted.data)}
      loading={counted.isPending}
      failed={counted.isError}
      color={group.color}
      to={active ? '/viec-cua-don-vi' : `/viec-cua-don-vi?nhom=${group.key}`}
      active={active}
    />
  );
}
