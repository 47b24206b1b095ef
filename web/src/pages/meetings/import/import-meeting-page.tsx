import { Button, FileInput, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMe } from '../../../auth/session';
import { PageTitle } from '../../../ui/page-title';
import { ProblemAlert } from '../../../ui/problem-alert';
import { draftFromFile, draftFromText } from './import-api';

/** Nhập từ văn bản: paste an article, a conclusion notice or minutes, or give its .docx/.txt; the next page reviews the draft. */
export function ImportMeetingPage() {
  const me = useMe();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [sourceUrl, setSourceUrl] = useState('');
  const read = useMutation({
    mutationFn: () => (file ? draftFromFile(file, sourceUrl.trim()) : draftFromText(text, sourceUrl.trim())),
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
          <FileInput label="Hoặc chọn tệp (.docx, .txt)" accept=".docx,.txt" clearable value={file} onChange={setFile} />
          <TextInput
            label="Đường dẫn nguồn (nếu có)"
            type="url"
            value={sourceUrl}
            onChange={(event) => setSourceUrl(event.currentTarget.value)}
          />
          {read.isError && <ProblemAlert error={read.error} title="Không đọc được văn bản" />}
          <Group>
            <Button type="submit" loading={read.isPending} disabled={!file && text.trim() === ''}>
              Đọc văn bản
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
