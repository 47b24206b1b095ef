import { Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { DateTextInput } from '../../ui/date-text-input';
import { PERIOD_KINDS, ROMAN, type Period, type PeriodKind } from './period';

/** Month, quarter, year or a range of dates; every change goes to the URL through onChange. */
export function PeriodChooser({ period, onChange }: { period: Period; onChange(period: Period): void }) {
  const years = Array.from({ length: 8 }, (_, index) => String(period.year - 5 + index));
  const set = (patch: Partial<Period>) => onChange({ ...period, ...patch });
  return (
    <Stack gap="xs">
      <div>
        <Text size="sm" fw={500} id="ky-bao-cao" mb={4}>
          Kỳ báo cáo
        </Text>
        <SegmentedControl
          aria-labelledby="ky-bao-cao"
          data={PERIOD_KINDS}
          value={period.kind}
          onChange={(kind) => set({ kind: kind as PeriodKind })}
        />
      </div>
      <Group gap="sm" align="flex-start" wrap="wrap">
        {period.kind !== 'khac' && (
          <Select
            label="Năm"
            data={years}
            value={String(period.year)}
            onChange={(year) => year && set({ year: Number(year) })}
            allowDeselect={false}
            w={120}
          />
        )}
        {period.kind === 'quy' && (
          <Select
            label="Quý"
            data={ROMAN.map((roman, index) => ({ value: String(index + 1), label: `Quý ${roman}` }))}
            value={String(period.quarter)}
            onChange={(quarter) => quarter && set({ quarter: Number(quarter) })}
            allowDeselect={false}
            w={120}
          />
        )}
        {period.kind === 'thang' && (
          <Select
            label="Tháng"
            data={Array.from({ length: 12 }, (_, index) => ({ value: String(index + 1), label: `Tháng ${index + 1}` }))}
            value={String(period.month)}
            onChange={(month) => month && set({ month: Number(month) })}
            allowDeselect={false}
            w={140}
          />
        )}
        {period.kind === 'khac' && (
          <>
            <DateTextInput label="Từ ngày" value={period.from} onChange={(from) => from && set({ from })} />
            <DateTextInput label="Đến ngày" value={period.to} onChange={(to) => to && set({ to })} />
          </>
        )}
      </Group>
    </Stack>
  );
}
