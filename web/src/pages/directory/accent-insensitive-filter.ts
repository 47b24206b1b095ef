import type { ComboboxItem, OptionsFilter } from '@mantine/core';

/** "Ủy ban nhân dân" → "uy ban nhan dan": people type Vietnamese with or without its marks. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** Every typed word somewhere in the option, in any order and without accents ("ubnd tinh" finds the UBND-LC). */
export const accentInsensitiveFilter: OptionsFilter = ({ options, search, limit }) => {
  const words = foldVietnamese(search).split(/\s+/).filter(Boolean);
  const found: ComboboxItem[] = [];
  for (const option of options) {
    if (!('value' in option)) continue;
    const label = foldVietnamese(option.label);
    if (words.every((word) => label.includes(word))) found.push(option);
    if (found.length >= limit) break;
  }
  return found;
};
