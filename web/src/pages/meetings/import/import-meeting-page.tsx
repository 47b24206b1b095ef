import '@mantine/dropzone/styles.css';
import { Button, CloseButton, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconFileText, IconPaperclip } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMe } from '../../../auth/session';
import { DateTextInput } from '../../../ui/date-text-input';
import { PageTitle } from '../../../ui/page-title';
import { ProblemAlert } from '../../../ui/problem-alert';
import { draftFromFile, draftFromText } from './import-api';
import { RecentDrafts } from './recent-drafts';

const ACCEPTED = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
  'text/plain': ['.txt'],
};

/** Nhập từ văn bản: paste an article, a conclusion notice or minutes, or give its .docx/.txt; the next page reviews the draft. */
export function ImportMeetingPage() {
  const me = useMe();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [sourceUrl, setSourceUrl] = useState('');
  const [publishedOn, setPublishedOn] = useState('');
  const openPicker = useRef<() => void>(null);
  const read = useMutation({
    mutationFn: () => {
      const origin = { sourceUrl: sourceUrl.trim(), publishedOn };
      return file ? draftFromFile(file, origin) : draftFromText(text, origin);
    },
    onSuccess: (draft) => void navigate(`/cuoc-hop/nhap/${draft.id}`),
  });

  if (!me.can('meetings:write')) {
    return (
      <>
        <PageTitle>Nhập cuộc họp từ văn bản</PageTitle>
        <ProblemAlert error={{ status: 403, code: 'forbidden' }} />
      </>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!read.isPending) read.mutate();
  }

  return (
    <>
      <PageTitle>Nhập cuộc họp từ văn bản</PageTitle>
      <form onSubmit={submit}>
        <Stack maw={900}>
          <Text size="sm" c="dimmed">
            Dán bài báo, thông báo kết luận hoặc biên bản, hoặc chọn tệp .docx/.txt. Hệ thống đọc ngày họp, người chủ trì, người dự, các
            phát biểu và kết luận thành một bản nháp để bạn kiểm tra trước khi ghi nhận.
          </Text>
          <Textarea
            label="Nội dung văn bản"
            autosize
            minRows={8}
            maxRows={20}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            disabled={file !== null}
          />
          <Stack gap={6} role="group" aria-labelledby="import-file-label">
            <Text size="sm" fw={500} id="import-file-label">
              Hoặc dùng tệp (.docx, .txt)
            </Text>
            {/* The zone is for dragging with a mouse; keyboard and touch users pick the file with the button. */}
            <Dropzone
              onDrop={(files) => setFile(files[0] ?? null)}
              openRef={openPicker}
              accept={ACCEPTED}
              multiple={false}
              activateOnKeyboard={false}
              inputProps={{ 'aria-label': 'Tệp văn bản (.docx, .txt)' }}
              p="sm"
            >
              <Group justify="center" gap="sm" wrap="nowrap">
                <IconFileText size={28} stroke={1.5} aria-hidden />
                <Text size="sm">Kéo thả tệp .docx hoặc .txt vào đây</Text>
              </Group>
            </Dropzone>
            <Group gap="xs">
              <Button
                variant="default"
                size="xs"
                leftSection={<IconPaperclip size={14} aria-hidden />}
                onClick={() => openPicker.current?.()}
              >
                Chọn tệp…
              </Button>
              {file && (
                <Group gap={4} wrap="nowrap">
                  <Text size="sm">{file.name}</Text>
                  <CloseButton size="sm" aria-label={`Bỏ tệp ${file.name}`} onClick={() => setFile(null)} />
                </Group>
              )}
            </Group>
          </Stack>
          <Group grow align="start">
            <TextInput
              label="Đường dẫn nguồn (nếu có)"
              type="url"
              value={sourceUrl}
              onChange={(event) => setSourceUrl(event.currentTarget.value)}
            />
            <DateTextInput
              label="Ngày đăng bài (nếu có)"
              description="Năm của ngày họp viết không kèm năm được lấy theo ngày này."
              value={publishedOn}
              onChange={setPublishedOn}
            />
          </Group>
          {read.isError && <ProblemAlert error={read.error} title="Không đọc được văn bản" />}
          <Group>
            <Button type="submit" loading={read.isPending} disabled={!file && text.trim() === ''}>
              Đọc văn bản
            </Button>
          </Group>
        </Stack>
      </form>
      <Stack maw={900} mt="xl">
        <RecentDrafts />
      </Stack>
    </>
  );
}
