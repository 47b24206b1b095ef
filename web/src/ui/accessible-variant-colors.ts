import { darken, defaultVariantColorsResolver, luminance, parseThemeColor, type VariantColorsResolver } from '@mantine/core';

/** WCAG AA for small text, with a little room for the rounding of the browser's colours. */
const AA = 4.6;

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** `text`, darkened just enough to read at AA on `background`. */
function legibleOn(text: string, background: string): string {
  let color = text;
  for (let amount = 0.05; contrast(color, background) < AA && amount <= 0.6; amount += 0.05) color = darken(text, amount);
  return color;
}

/**
 * Mantine's light variant writes shade 9 on shade 1 (teal: 4.3:1, orange: 3.9:1) and its outline
 * and subtle variants a mid shade on white: below WCAG AA for small text such as a status badge.
 * Their text is darkened until it reads at AA; backgrounds and borders keep Mantine's colours.
 */
export const accessibleVariantColors: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor || parsed.shade !== undefined) return colors;
  const shades = input.theme.colors[parsed.color];
  if (input.variant === 'light') return { ...colors, color: legibleOn(shades[9], shades[1]) };
  if (input.variant === 'outline' || input.variant === 'subtle') return { ...colors, color: legibleOn(shades[9], '#ffffff') };
  return colors;
};
