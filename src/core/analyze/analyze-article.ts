import { segmentArticle } from '../text/segment-article.ts';
import { tagSentences } from '../nlp/tag-sentences.ts';
import { findNameChunks } from '../entities/find-name-chunks.ts';
import { classifyChunk } from '../entities/classify-chunk.ts';
import { findRoleBefore } from '../entities/find-role-before.ts';
import { buildEntities, type RawName } from '../entities/build-entities.ts';
import { extractQuantities } from '../entities/extract-quantities.ts';
import { extractDates } from '../entities/extract-dates.ts';
import { extractQuotes } from '../facts/extract-quotes.ts';
import type { Analysis, NameMention, QuantityMention } from './analysis-types.ts';
import type { Sentence } from '../types.ts';
import type { Token } from '../nlp/tag-sentences.ts';

interface NameContext {
  known: ReadonlySet<string>;
  personWords: ReadonlySet<string>;
}

function namesOf(
  sentence: Sentence,
  tokens: readonly Token[],
  dates: readonly [number, number][],
  context: NameContext,
): RawName[] {
  const names: RawName[] = [];
  for (const chunk of findNameChunks(tokens, sentence.normalized, context.known)) {
    if (dates.some(([a, b]) => chunk.start < b && chunk.end > a)) continue;
    const typed = classifyChunk(tokens, chunk, sentence.normalized, context.personWords);
    if (!typed) continue;
    if (!typed.role && typed.type === 'person') {
      const from = findRoleBefore(tokens, chunk.from);
      if (from >= 0) {
        const start = (tokens[from] as Token).start;
        const end = (tokens[chunk.from - 1] as Token).end;
        typed.role = { start, end, text: sentence.normalized.slice(start, end) };
      }
    }
    names.push({ ...typed, sentence: sentence.index });
  }
  return names;
}

/** Words capitalised in mid-sentence somewhere in the article: names, even where they open a sentence. */
function knownNameWords(sentences: readonly Sentence[], tokens: readonly Token[][]): Set<string> {
  const known = new Set<string>();
  sentences.forEach((s, i) => {
    for (const chunk of findNameChunks((tokens[i] ?? []).slice(1), s.normalized)) {
      for (const word of chunk.text.toLowerCase().split(/\s+/))
        known.add(word.replace(/['’]s$/, ''));
    }
  });
  return known;
}

/**
 * Reads an article: sentences, tagged words, named entities with their aliases, dates, numbers and
 * quotations with their speakers. Never throws on messy text.
 */
export function analyzeArticle(text: string): Analysis {
  const segmented = segmentArticle(text);
  const { sentences } = segmented;
  const tokens = tagSentences(sentences);
  const raw: RawName[] = [];
  const quantities: QuantityMention[][] = [];
  const dateMentions: NameMention[][] = [];
  const spansBySentence: [number, number][][] = [];
  sentences.forEach((s, i) => {
    const dates = extractDates(s.normalized);
    const spans = dates.map((d): [number, number] => [d.start, d.end]);
    const numbers = extractQuantities(s.normalized, tokens[i] ?? []).filter(
      (q) => !spans.some(([a, b]) => q.start < b && q.end > a),
    );
    quantities.push(numbers.map((q) => ({ ...q, sentence: i })));
    spansBySentence.push(spans);
    dateMentions.push(
      dates.map((d) => ({
        sentence: i,
        start: d.start,
        end: d.end,
        text: d.text,
        type: 'date',
        subtype: d.subtype,
        entity: `date:${d.text.toLowerCase()}`,
        role: null,
      })),
    );
  });
  const known = knownNameWords(sentences, tokens);
  const firstPass = sentences.flatMap((s, i) =>
    namesOf(s, tokens[i] ?? [], spansBySentence[i] ?? [], { known, personWords: new Set() }),
  );
  const personWords = new Set(
    firstPass
      .filter((n) => n.type === 'person' && n.text.includes(' '))
      .flatMap((n) =>
        n.text
          .toLowerCase()
          .split(/\s+/)
          .map((w) => w.replace(/^(?:al|el|ad|as)-/, '')),
      ),
  );
  sentences.forEach((s, i) =>
    raw.push(...namesOf(s, tokens[i] ?? [], spansBySentence[i] ?? [], { known, personWords })),
  );
  const { entities, mentions } = buildEntities(raw);
  for (const d of dateMentions.flat()) {
    const entity = entities.get(d.entity) ?? {
      id: d.entity,
      type: 'date' as const,
      subtype: d.subtype ?? 'date',
      name: d.text,
      short: d.text,
      aliases: new Set([d.text.toLowerCase()]),
      mentions: [],
      roles: [],
    };
    entity.mentions.push(d);
    entities.set(d.entity, entity);
  }
  const perSentence: NameMention[][] = sentences.map(() => []);
  for (const m of [...mentions, ...dateMentions.flat()]) perSentence[m.sentence]?.push(m);
  for (const list of perSentence) list.sort((a, b) => a.start - b.start);
  const quotes = extractQuotes(sentences, perSentence);
  return { segmented, tokens, entities, mentions: perSentence, quantities, quotes };
}
