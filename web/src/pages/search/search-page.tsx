import { Anchor, Badge, Button, Group, NativeSelect, Paper, SegmentedControl, Stack, Text, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { problemOf } from '../../api/problem';
import { PageTitle } from '../../ui/page-title';
import { ProblemAlert } from '../../ui/problem-alert';
import { QueryState } from '../../ui/query-state';
import { HighlightedText } from './highlighted-text';
import './search-page.css';

type Hit = components['schemas']['SearchHitDto'];

const FILTERS = [
  { value: 'all', label: 'Tất cả', types: undefined },
  { value: 'meeting', label: 'Cuộc họp', types: 'meeting' },
  { value: 'speech', label: 'Phát biểu', types: 'speech' },
  { value: 'directive', label: 'Nhiệm vụ', types: 'directive,progress_report' },
  { value: 'person', label: 'Người', types: 'person' },
  { value: 'organization', label: 'Cơ quan', types: 'organization' },
] as const;

const KIND_LABEL: Record<Hit['type'], string> = {
  meeting: 'Cuộc họp',
  speech: 'Phát biểu',
  directive: 'Nhiệm vụ',
  progress_report: 'Báo cáo tiến độ',
  person: 'Người',
  organization: 'Cơ quan',
};

/** Where a hit is read: its own page, or its meeting's or directive's. */
function hitLink(hit: Hit): string {
  switch (hit.type) {
    case 'meeting':
      return `/cuoc-hop/${hit.id}`;
    case 'speech':
      return `/cuoc-hop/${hit.parent?.id ?? ''}`;
    case 'directive':
      return `/nhiem-vu/${hit.id}`;
    case 'progress_report':
      return `/nhiem-vu/${hit.parent?.id ?? ''}`;
    case 'person':
      return `/nhan-su/${hit.id}`;
    case 'organization':
      return `/co-quan/${hit.id}`;
  }
}

/** The query in the page title: in quotes, unless it has its own (a "phrase"), so that it reads once. */
export function searchTitle(q: string): string {
  if (!q) return 'Tìm kiếm';
  return /["“”„«»]/.test(q) ? `Tìm kiếm: ${q}` : `Tìm kiếm: “${q}”`;
}

/** Results of the header's search, filtered by type, with the matched words marked. */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const filter = FILTERS.find((f) => f.value === params.get('loai')) ?? FILTERS[0];
  const pages = useInfiniteQuery({
    queryKey: ['search', { q, types: filter.types }],
    queryFn: async ({ pageParam }) =>
      unwrap(await api.GET('/api/v1/search', { params: { query: { q, types: filter.types, cursor: pageParam, limit: 20 } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    enabled: q.length > 0,
  });
  const theme = useMantineTheme();
  // Six tabs do not fit a phone's width: there they are one select.
  const wide = useMediaQuery(`(min-width: ${theme.breakpoints.sm})`, true, { getInitialValueInEffect: false });
  // A text the API cannot search (too many words, too long, no letter) says why, with nothing to retry.
  const refused = pages.isError && problemOf(pages.error).code === 'search_query_invalid';
  const choose = (value: string) => {
    const next = new URLSearchParams(params);
    if (value === 'all') next.delete('loai');
    else next.set('loai', value);
    setParams(next);
  };
  return (
    <>
      <PageTitle>{searchTitle(q)}</PageTitle>
      <Stack>
        {wide ? (
          <SegmentedControl
            aria-label="Loại kết quả"
            value={filter.value}
            onChange={choose}
            data={FILTERS.map(({ value, label }) => ({ value, label }))}
            style={{ alignSelf: 'flex-start' }}
          />
        ) : (
          <NativeSelect
            label="Loại kết quả"
            value={filter.value}
            onChange={(event) => choose(event.currentTarget.value)}
            data={FILTERS.map(({ value, label }) => ({ value, label }))}
          />
        )}
        {q.length === 0 ? (
          <Text>Nhập từ cần tìm vào ô tìm kiếm ở đầu trang (có dấu hoặc không dấu).</Text>
        ) : refused ? (
          <ProblemAlert error={pages.error} title="Không tìm được" />
        ) : (
          <QueryState query={pages}>
            {(data) => {
              const items = data.pages.flatMap((page) => page.items);
              if (items.length === 0) return <Text>Không tìm thấy kết quả nào.</Text>;
              return (
                <>
                  <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Kết quả tìm kiếm">
                    {items.map((hit) => (
                      <Paper component="li" key={`${hit.type}:${hit.id}`} withBorder p="sm">
                        <Group gap="xs" wrap="nowrap" align="baseline">
                          <Badge variant="light" className="search-kind">
                            {KIND_LABEL[hit.type]}
                          </Badge>
                          <Anchor component={Link} to={hitLink(hit)} fw={600}>
                            <HighlightedText text={hit.title} highlights={hit.titleHighlights} />
                          </Anchor>
                        </Group>
                        {hit.snippet.text !== hit.title && (
                          <Text size="sm" mt={4}>
                            <HighlightedText text={hit.snippet.text} highlights={hit.snippet.highlights} />
                          </Text>
                        )}
                        {hit.parent && (
                          <Text size="xs" c="dimmed" mt={4}>
                            Thuộc: {hit.parent.title}
                          </Text>
                        )}
                      </Paper>
                    ))}
                  </Stack>
                  {pages.hasNextPage && (
                    <Button variant="light" onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage}>
                      Xem thêm
                    </Button>
                  )}
                </>
              );
            }}
          </QueryState>
        )}
      </Stack>
    </>
  );
}
