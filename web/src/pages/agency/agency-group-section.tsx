import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { formatNumber } from '../../i18n/format';
import { useDirectiveCounts } from '../../lib/use-directive-counts';
import { useDirectivePages } from '../../lib/use-directive-pages';
import { DirectiveCard } from '../../ui/directive-card';
import { DirectiveTable } from '../../ui/directive-table';
import { QueryState } from '../../ui/query-state';
import { type AgencyGroup, groupCount } from './agency-groups';

/** One group of the agency's directives, a page at a time; a group with nothing in it says nothing unless asked for alone. */
export function AgencyGroupSection({
  group,
  compact,
  ownOrganizationId,
  alone,
}: {
  group: AgencyGroup;
  compact: boolean;
  ownOrganizationId: string | null;
  alone: boolean;
}) {
  const pages = useDirectivePages(group.query, 20);
  const counts = useDirectiveCounts();
  const total = counts.data && groupCount(group, counts.data);
  const directives = pages.data?.pages.flatMap((page) => page.items) ?? [];
  if (pages.isSuccess && directives.length === 0 && !alone) return null;
  const headingId = `nhom-${group.key}`;
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Group gap="xs">
        <Title order={2} size="h4" id={headingId}>
          {group.title}
        </Title>
        {total !== undefined && (
          <Badge color="gray.8" variant="outline" aria-hidden>
            {formatNumber(total)}
          </Badge>
        )}
      </Group>
      <QueryState query={pages}>
        {() =>
          directives.length === 0 ? (
            <Text size="sm">Không có nhiệm vụ nào.</Text>
          ) : (
            <>
              {compact ? (
                <Stack gap="xs">
                  {directives.map((directive) => (
                    <DirectiveCard key={directive.id} directive={directive} ownOrganizationId={ownOrganizationId} />
                  ))}
                </Stack>
              ) : (
                <DirectiveTable directives={directives} caption={`Nhiệm vụ ${group.title.toLowerCase()}`} />
              )}
              {pages.hasNextPage && (
                <Button
                  variant="default"
                  loading={pages.isFetchingNextPage}
                  onClick={() => void pages.fetchNextPage()}
                  style={{ alignSelf: 'flex-start' }}
                >
                  Xem thêm: {group.title.toLowerCase()}
                </Button>
              )}
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}
