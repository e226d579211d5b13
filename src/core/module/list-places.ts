import type { Analysis } from '../analyze/analysis-types.ts';
import type { PlaceEntry } from './module-types.ts';
import { sentenceEvidence } from './sentence-evidence.ts';

/** The places the article names, the most mentioned first; each links to its first mention. */
export function listPlaces(analysis: Analysis, limit = 10): PlaceEntry[] {
  return [...analysis.entities.values()]
    .filter((e) => e.type === 'place' && e.mentions.length > 0)
    .map((e) => {
      const first = Math.min(...e.mentions.map((m) => m.sentence));
      return {
        name: e.name,
        kind: e.subtype ?? 'other',
        mentions: e.mentions.length,
        evidence: sentenceEvidence(analysis.segmented, first),
      };
    })
    .sort((a, b) => b.mentions - a.mentions || a.evidence.sentence - b.evidence.sentence)
    .slice(0, limit);
}
