import type { Segmented } from '../types.ts';

/**
 * The title of an article: the one given, else its title line, else its first eight words.
 *
 * @example
 * articleTitle(segmentArticle('Floods close the bridge\n\nThe river rose.'), undefined); // 'Floods close the bridge'
 */
export function articleTitle(segmented: Segmented, given: string | undefined): string {
  if (given?.trim()) return given.trim();
  if (segmented.title) return segmented.title.text.trim();
  const first = segmented.sentences[0]?.normalized ?? '';
  const words = first
    .split(/\s+/)
    .slice(0, 8)
    .join(' ')
    .replace(/[,.;:]$/, '');
  return words ? `${words}${first.split(/\s+/).length > 8 ? '…' : ''}` : 'Untitled article';
}
