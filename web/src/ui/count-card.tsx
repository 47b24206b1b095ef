import './count-card.css';
import { Loader, Paper, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { formatNumber } from '../i18n/format';

/** A figure at the top of a screen that is also the way to the directives behind it. */
export function CountCard({
  label,
  count,
  loading = false,
  failed = false,
  color,
  to,
  active = false,
}: {
  label: string;
  count: number | undefined;
  loading?: boolean;
  failed?: boolean;
  color: string;
  to: string;
  active?: boolean;
}) {
  const shown = count === undefined ? '—' : formatNumber(count);
  return (
    <UnstyledButton component={Link} to={to} aria-current={active ? 'true' : undefined} className="count-card" data-active={active}>
      <Paper
        withBorder
        p="sm"
        h="100%"
        style={{ borderColor: active ? `var(--mantine-color-${color}-8)` : undefined, borderWidth: active ? 2 : undefined }}
      >
        <Text size="sm" fw={600} c="dark">
          {label}
        </Text>
        {loading ? (
          <>
            <Loader size="sm" />
            <VisuallyHidden>Đang đếm</VisuallyHidden>
          </>
        ) : (
          <Text fz={28} fw={700} c={color === 'gray' ? 'dark' : `${color}.9`} title={failed ? 'Không tải được số liệu' : undefined}>
            {shown}
          </Text>
        )}
      </Paper>
    </UnstyledButton>
  );
}
