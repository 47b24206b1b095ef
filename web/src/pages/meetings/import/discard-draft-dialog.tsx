import { Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ActionModal } from '../../directives/action-modal';
import { discardDraft, importKey, IMPORTS_KEY, type ImportDraft } from './import-api';

/** "Bỏ bản nháp", asked once more: the draft stays listed as discarded, nothing is recorded from it. */
export function DiscardDraftDialog({
  draft,
  onClose,
  onDiscarded,
}: {
  draft: { id: string; version: number; title: string | null };
  onClose(): void;
  onDiscarded?(saved: ImportDraft): void;
}) {
  const queryClient = useQueryClient();
  const discard = useMutation({
    mutationFn: () => discardDraft(draft),
    onSuccess: (saved) => {
      queryClient.setQueryData(importKey(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: IMPORTS_KEY, exact: true });
      onDiscarded?.(saved);
      onClose();
    },
  });
  return (
    <ActionModal title="Bỏ bản nháp?" submitLabel="Bỏ bản nháp" onClose={onClose} onSubmit={() => discard.mutate()} action={discard}>
      <Text size="sm">
        Bản nháp «{draft.title ?? 'chưa có tên'}» sẽ không được ghi nhận thành cuộc họp. Bản nháp vẫn còn trong danh sách với trạng thái «Đã
        bỏ».
      </Text>
    </ActionModal>
  );
}
