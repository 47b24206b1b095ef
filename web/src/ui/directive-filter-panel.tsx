import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { COMPLETION, DEADLINE_STATUS, DIRECTIVE_STATUS, PRIORITY, optionsOf } from '../i18n/labels';
import type { DirectiveFilterKey, DirectiveFilters } from '../lib/directive-query';
import { DateTextInput } from './date-text-input';
import { MeetingSelect } from './meeting-select';
import { OrganizationSelect } from './organization-pickers';

interface Props {
  filters: DirectiveFilters;
  onChange(key: DirectiveFilterKey, value: string): void;
  onReset(): void;
  /** The title of the meeting filtered on, when the caller knows it. */
  meetingTitle?: string;
}

/** Every filter GET /directives takes, each labelled; a change applies at once (the search text on Enter). */
export function DirectiveFilterPanel({ filters, onChange, onReset, meetingTitle }: Props) {
  const choice = (key: DirectiveFilterKey, label: string, labels: Record<string, string>) => (
    <Select
      label={label}
      placeholder="Tất cả"
      data={optionsOf(labels)}
      value={filters[key] ?? null}
      onChange={(value) => onChange(key, value ?? '')}
      clearable
    />
  );
  return (
    <form role="search" aria-label="Lọc nhiệm vụ" onSubmit={(event) => event.preventDefault()}>
      <SearchText value={filters.q ?? ''} onSearch={(q) => onChange('q', q)} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} mt="sm">
        {choice('status', 'Trạng thái', DIRECTIVE_STATUS)}
        {choice('deadlineStatus', 'Tình trạng hạn', DEADLINE_STATUS)}
        {choice('completion', 'Kết quả hoàn thành', COMPLETION)}
        {choice('priority', 'Mức độ ưu tiên', PRIORITY)}
        {choice('pendingExtension', 'Đề nghị gia hạn', { true: 'Đang chờ quyết định' })}
        <OrganizationSelect
          label="Cơ quan chủ trì"
          placeholder="Tất cả"
          clearable
          value={filters.leadOrganizationId || null}
          onChange={(value) => onChange('leadOrganizationId', value ?? '')}
        />
        <OrganizationSelect
          label="Cơ quan phối hợp"
          placeholder="Tất cả"
          clearable
          value={filters.cooperatingOrganizationId || null}
          onChange={(value) => onChange('cooperatingOrganizationId', value ?? '')}
        />
        <MeetingSelect value={filters.meetingId ?? ''} onChange={(value) => onChange('meetingId', value)} knownTitle={meetingTitle} />
        <DateTextInput
          label="Tính hạn đến ngày"
          description="Để trống: hôm nay"
          value={filters.asOf ?? ''}
          onChange={(value) => onChange('asOf', value)}
        />
        <DateTextInput
          label="Hạn sau ngày"
          description="Không tính ngày này"
          value={filters.dueAfter ?? ''}
          onChange={(value) => onChange('dueAfter', value)}
        />
        <DateTextInput
          label="Hạn trước ngày"
          description="Không tính ngày này"
          value={filters.dueBefore ?? ''}
          onChange={(value) => onChange('dueBefore', value)}
        />
      </SimpleGrid>
      <Group mt="sm">
        <Button variant="default" onClick={onReset} disabled={Object.keys(filters).length === 0}>
          Bỏ tất cả bộ lọc
        </Button>
      </Group>
    </form>
  );
}

function SearchText({ value, onSearch }: { value: string; onSearch(q: string): void }) {
  return <SearchTextField key={value} value={value} onSearch={onSearch} />;
}

function SearchTextField({ value, onSearch }: { value: string; onSearch(q: string): void }) {
  const [text, setText] = useState(value);
  const submit = () => onSearch(text.trim());
  return (
    <Group align="flex-end" gap="sm" wrap="nowrap">
      <TextInput
        label="Tìm theo tên nhiệm vụ"
        description="Không phân biệt dấu, chữ hoa"
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            submit();
          }
        }}
        style={{ flex: 1 }}
      />
      <Button onClick={submit} leftSection={<IconSearch size={16} aria-hidden />}>
        Tìm
      </Button>
    </Group>
  );
}
