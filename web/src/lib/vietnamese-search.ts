import { isOptionsGroup, type ComboboxParsedItem, type OptionsFilter } from '@mantine/core';

/** "Ủy ban nhân dân huyện Bảo Thắng" → "uy ban nhan dan huyen bao thang": what people type without a Vietnamese keyboard. */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/**
 * Mantine's option filter, accent- and case-insensitive: every typed word somewhere in the option,
 * in any order ("bao thang" finds "Bảo Thắng", "ubnd tinh" finds "Ủy ban nhân dân tỉnh (UBND-LC)").
 */
export const vietnameseOptionsFilter: OptionsFilter = ({ options, search, limit }) => {
  const words = foldVietnamese(search).split(/\s+/).filter(Boolean);
  const found: ComboboxParsedItem[] = [];
  for (const option of options) {
    if (found.length >= limit) break;
    if (isOptionsGroup(option)) continue;
    const label = foldVietnamese(option.label);
    if (words.every((word) => label.includes(word))) found.push(option);
  }
  return found;
};
