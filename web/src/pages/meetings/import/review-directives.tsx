import { Button, CloseButton, Collapse, Group, NativeSelect, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { optionsOf, PRIORITY, type Priority } from '../../../i18n/labels';
import { DateTextInput } from '../../../ui/date-text-input';
import type { DraftDirective } from './import-api';
import { emptyOrganization, OrganizationPicker, PersonPicker } from './reference-picker';
import { RemoveItemButton, ReviewItem, type SectionProps } from './review-item';
import { fieldId, newDirective } from './review-model';

/** The conclusions as directives: what, who leads, who cooperates, by when; one can be removed or added. */
export function DirectivesSection({ draft, setDraft, editable, errors, warnings, onFocusSpan }: SectionProps) {
  const people = draft.attendees.map((a) => a.person);
  const change = (index: number, fields: Partial<DraftDirective>) =>
    setDraft({ ...draft, directives: draft.directives.map((d, i) => (i === index ? { ...d, ...fields, confidence: 1 } : d)) });
  return (
    <>
      <Title order={2} size="h4">
        Kết luận, nhiệm vụ ({draft.directives.length})
      </Title>
      {draft.directives.map((directive, index) => {
        const n = index + 1;
        const error = (field: string) => errors[`${directive.key}.${field}`];
        return (
          <ReviewItem
            key={directive.key}
            span={directive.span}
            confidence={directive.confidence}
            warnings={warnings.get(directive.key)}
            onFocusSpan={onFocusSpan}
            actions={
              editable && (
                <RemoveItemButton
                  label={`Bỏ nhiệm vụ ${n}`}
                  onRemove={() => setDraft({ ...draft, directives: draft.directives.filter((_, i) => i !== index) })}
                />
              )
            }
          >
            <Textarea
              id={fieldId(`${directive.key}.title`)}
              label={`Nhiệm vụ ${n}`}
              autosize
              minRows={1}
              maxRows={4}
              value={directive.title}
              readOnly={!editable}
              error={error('title') ?? (directive.title.trim() ? undefined : 'Nhập nội dung nhiệm vụ')}
              onChange={(event) => change(index, { title: event.currentTarget.value })}
            />
            <Details
              id={fieldId(`${directive.key}.description`)}
              n={n}
              value={directive.description}
              readOnly={!editable}
              error={error('description')}
              onChange={(description) => change(index, { description })}
            />
            <Group grow align="start">
              <OrganizationPicker
                id={fieldId(`${directive.key}.lead`)}
                label={`Cơ quan chủ trì nhiệm vụ ${n}`}
                value={directive.lead}
                readOnly={!editable}
                error={error('lead')}
                onChange={(lead) => change(index, { lead })}
              />
              <DateTextInput
                id={fieldId(`${directive.key}.dueDate`)}
                label={`Thời hạn nhiệm vụ ${n}`}
                description={directive.dueText ? `Văn bản ghi: “${directive.dueText}”` : undefined}
                value={directive.dueDate ?? ''}
                error={error('dueDate')}
                onChange={(dueDate) => change(index, { dueDate: dueDate || null })}
              />
            </Group>
            <Group grow align="start">
              <PersonPicker
                id={fieldId(`${directive.key}.owner`)}
                label={`Người theo dõi nhiệm vụ ${n}`}
                value={directive.owner}
                others={people}
                optional
                readOnly={!editable}
                error={error('owner')}
                onChange={(owner) => change(index, { owner: owner.personId || owner.proposal ? owner : null })}
              />
              <NativeSelect
                id={fieldId(`${directive.key}.priority`)}
                label={`Mức độ ưu tiên nhiệm vụ ${n}`}
                data={optionsOf(PRIORITY)}
                value={directive.priority}
                disabled={!editable}
                onChange={(event) => change(index, { priority: event.currentTarget.value as Priority })}
              />
            </Group>
            {directive.cooperating.map((cooperating, j) => (
              <Group key={j} align="end" wrap="nowrap">
                <div style={{ flex: 1 }}>
                  <OrganizationPicker
                    id={fieldId(`${directive.key}.cooperating[${j}]`)}
                    label={`Cơ quan phối hợp ${j + 1} của nhiệm vụ ${n}`}
                    value={cooperating}
                    readOnly={!editable}
                    error={error(`cooperating[${j}]`)}
                    onChange={(next) => change(index, { cooperating: directive.cooperating.map((c, k) => (k === j ? next : c)) })}
                  />
                </div>
                {editable && (
                  <CloseButton
                    mb={6}
                    aria-label={`Bỏ cơ quan phối hợp ${j + 1} của nhiệm vụ ${n}`}
                    onClick={() => change(index, { cooperating: directive.cooperating.filter((_, k) => k !== j) })}
                  />
                )}
              </Group>
            ))}
            {editable ? (
              <Button
                variant="subtle"
                size="compact-sm"
                w="fit-content"
                onClick={() => change(index, { cooperating: [...directive.cooperating, emptyOrganization()] })}
              >
                Thêm cơ quan phối hợp
              </Button>
            ) : (
              directive.cooperating.length === 0 && (
                <Text size="sm" c="dimmed">
                  Không có cơ quan phối hợp
                </Text>
              )
            )}
          </ReviewItem>
        );
      })}
      {editable && (
        <Button variant="default" w="fit-content" onClick={() => setDraft({ ...draft, directives: [...draft.directives, newDirective()] })}>
          Thêm nhiệm vụ
        </Button>
      )}
    </>
  );
}

/** The directive as written in full: folded away, the title is what a list shows; opened to check or correct it. */
function Details({
  id,
  n,
  value,
  readOnly,
  error,
  onChange,
}: {
  id: string;
  n: number;
  value: string | null;
  readOnly: boolean;
  error?: string;
  onChange(next: string | null): void;
}) {
  const [opened, setOpened] = useState(Boolean(error));
  return (
    <div>
      <Button variant="subtle" size="compact-sm" onClick={() => setOpened((o) => !o)} aria-expanded={opened} aria-controls={id}>
        {opened ? 'Ẩn nội dung chi tiết' : 'Nội dung chi tiết'}
        {!opened && !value ? ' (trống)' : ''}
      </Button>
      <Collapse expanded={opened}>
        <Textarea
          id={id}
          label={`Nội dung chi tiết nhiệm vụ ${n}`}
          autosize
          minRows={2}
          maxRows={10}
          value={value ?? ''}
          readOnly={readOnly}
          error={error}
          onChange={(event) => onChange(event.currentTarget.value || null)}
        />
      </Collapse>
    </div>
  );
}
