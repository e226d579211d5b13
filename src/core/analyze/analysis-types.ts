import type { EntityType, Segmented } from '../types.ts';
import type { Token } from '../nlp/tag-sentences.ts';
import type { FoundQuantity } from '../entities/extract-quantities.ts';

/** A span inside one sentence's normalized text. */
export interface LocalSpan {
  sentence: number;
  start: number;
  end: number;
  text: string;
}

/** One mention of a named thing, in normalized-sentence offsets. */
export interface NameMention extends LocalSpan {
  type: EntityType;
  subtype?: string;
  entity: string;
  role: LocalSpan | null;
}

/** A named thing with every form the article uses for it. */
export interface NamedEntity {
  id: string;
  type: EntityType;
  subtype?: string;
  /** The fullest name, as written. */
  name: string;
  /** The short form a text uses after first mention ("Kerry"), or the name itself. */
  short: string;
  /** Lower-case forms that all refer to this entity. */
  aliases: Set<string>;
  mentions: NameMention[];
  /** Roles the article gives this entity ("U.S. Secretary of State"). */
  roles: LocalSpan[];
}

/** A number in a sentence. */
export interface QuantityMention extends FoundQuantity {
  sentence: number;
}

/** A direct quotation with its speaker, when the text names one. */
export interface QuoteFact {
  /** The sentences the quotation runs over. */
  sentences: number[];
  /** The quoted words without the marks, normalized. */
  inner: string;
  speaker: string | null;
  /** How the speaker was found: named next to the quote, or a pronoun resolved to a name. */
  via: 'name' | 'pronoun' | null;
}

/** Everything the question families read. */
export interface Analysis {
  segmented: Segmented;
  tokens: Token[][];
  entities: Map<string, NamedEntity>;
  mentions: NameMention[][];
  quantities: QuantityMention[][];
  quotes: QuoteFact[];
}
