import { isOptionsGroup, type ComboboxParsedItem, type OptionsFilter } from '@mantine/core';

/** "Ủy ban nhân dân huyện Bảo Thắng" → "uy ban nhan dan huyen bao thang": what people type without a Vietnamese keyboard. */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/** Mantine's option filter, accent- and case-insensitive ("bao thang" finds "Bảo Thắng"). */
export const vietnameseOptionsFilter: OptionsFilter = ({ options, search, limit }) => {
  const wanted = foldVietnamese(search.trim());
  const found: ComboboxParsedItem[] = [];
  for (const option of options) {
    if (found.length >= limit) break;
    if (isOptionsGroup(option)) continue;
    if (foldVietnamese(option.label).includes(wanted)) found.push(option);
  }
  return found;
};
