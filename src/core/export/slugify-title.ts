const MAX_SLUG = 60;

/**
 * A file-name-safe slug of a quiz title: lower-case ASCII letters, digits and single hyphens,
 * accents folded ("Über Straße" → "uber-strasse"), never empty (falls back to `quiz`).
 *
 * @example
 * slugifyTitle('Russia: air strikes in Syria'); // 'russia-air-strikes-in-syria'
 */
export function slugifyTitle(title: string): string {
  const folded = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .toLowerCase();
  const slug = folded
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG)
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'quiz' : slug;
}
