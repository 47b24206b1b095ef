import './figure-menu.css';
import { Anchor, Menu, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import { formatNumber } from '../../i18n/format';
import { DEADLINE_STATUS, type DeadlineStatus } from '../../i18n/labels';
import { directiveListLink } from '../../lib/directive-query';

/**
 * A figure of the league table, opening the directives it counts: the report gives, for each
 * figure, the list queries whose items together make it up. One query is one link; several
 * (the open columns add the paused ones on their side of the date) are a menu of their parts.
 */
export function FigureLink({
  value,
  queries,
  leadOrganizationId,
  description,
}: {
  value: number;
  queries: string[];
  leadOrganizationId?: string;
  /** What the figure is, for a screen reader: "Hoàn thành đúng hạn, Cục Hải quan tỉnh Lào Cai". */
  description: string;
}) {
  const shown = formatNumber(value);
  if (value === 0 || queries.length === 0) return <>{shown}</>;
  const extra = leadOrganizationId ? { leadOrganizationId } : {};
  const label = `${description}: ${shown} nhiệm vụ — xem danh sách`;
  if (queries.length === 1) {
    return (
      <Anchor component={Link} to={directiveListLink(queries[0]!, extra)} aria-label={label} fw={600}>
        {shown}
      </Anchor>
    );
  }
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={label} className="figure-menu-button">
          {shown}
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Xem các nhiệm vụ</Menu.Label>
        {queries.map((query) => (
          <Menu.Item key={query} component={Link} to={directiveListLink(query, extra)}>
            {partName(query)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

function partName(query: string): string {
  const search = new URLSearchParams(query);
  const deadlineStatus = search.get('deadlineStatus') as DeadlineStatus | null;
  if (deadlineStatus) return DEADLINE_STATUS[deadlineStatus];
  if (search.get('status') === 'paused') return 'Tạm dừng';
  if (search.get('completion') === 'completed_on_time') return 'Hoàn thành đúng hạn';
  if (search.get('completion') === 'completed_late') return 'Hoàn thành quá hạn';
  return 'Nhiệm vụ';
}
