import type { Analysis, NamedEntity } from '../analyze/analysis-types.ts';
import type { WhoEntry } from './module-types.ts';
import { findDescriptions, type Description } from './find-descriptions.ts';
import { isNameFragment, personName } from './person-name.ts';
import { sentenceEvidence } from './sentence-evidence.ts';

/** Options of listPeople. */
export interface PeopleOptions {
  /** Most entries; default 12. */
  limit?: number;
  /** Mentions that earn a place without any role; default 3. */
  oftenMentioned?: number;
}

/** Roles in the order the article gives them, without repeats or roles inside longer ones. */
function distinctRoles(found: readonly Description[]): Description[] {
  const sorted = [...found].sort(
    (a, b) => a.sentence - b.sentence || b.text.length - a.text.length,
  );
  const lower = sorted.map((d) => d.text.toLowerCase());
  return sorted.filter((d, i) => {
    const text = lower[i] ?? '';
    return !lower.some((other, j) => j !== i && (other === text ? j < i : other.includes(text)));
  });
}

function rolesOf(analysis: Analysis, entity: NamedEntity): Description[] {
  const stated = entity.roles.map((r) => ({ text: r.text, sentence: r.sentence }));
  return distinctRoles([...stated, ...findDescriptions(analysis, entity.mentions)]);
}

/** Each organization alias with the organizations that bear it. */
function organizationsByAlias(analysis: Analysis): Map<string, NamedEntity[]> {
  const byAlias = new Map<string, NamedEntity[]>();
  for (const entity of analysis.entities.values()) {
    if (entity.type !== 'organization') continue;
    for (const alias of entity.aliases) {
      const bearers = byAlias.get(alias);
      if (bearers === undefined) byAlias.set(alias, [entity]);
      else bearers.push(entity);
    }
  }
  return byAlias;
}

/**
 * "Chris Fallows of Apex Shark Expeditions" read as one organization: a person's name and "of"
 * before an organization the article names on its own.
 */
function opensWithPerson(
  entity: NamedEntity,
  organizations: ReadonlyMap<string, readonly NamedEntity[]>,
): boolean {
  const tail = / of (?:the )?(.+)$/.exec(entity.name)?.[1]?.toLowerCase();
  if (entity.type !== 'organization' || tail === undefined) return false;
  return (organizations.get(tail) ?? []).some((e) => e !== entity);
}

function entryOf(
  analysis: Analysis,
  entity: NamedEntity,
  organizations: ReadonlyMap<string, readonly NamedEntity[]>,
): WhoEntry | null {
  const kind = entity.type;
  if (kind !== 'person' && kind !== 'organization') return null;
  if (isNameFragment(analysis, entity) || opensWithPerson(entity, organizations)) return null;
  const roles = rolesOf(analysis, entity);
  const first = roles[0]?.sentence ?? Math.min(...entity.mentions.map((m) => m.sentence));
  if (!Number.isFinite(first)) return null;
  return {
    kind,
    name: personName(analysis, entity),
    roles: roles.map((r) => r.text),
    mentions: entity.mentions.length,
    evidence: sentenceEvidence(analysis.segmented, first),
  };
}

/**
 * Who's who: the people and organizations of the article with the roles it gives them, the most
 * important first (mentions, and a role counts for two). A name with nothing said about it is left
 * out unless the article names it often.
 */
export function listPeople(analysis: Analysis, options: PeopleOptions = {}): WhoEntry[] {
  const { limit = 12, oftenMentioned = 3 } = options;
  const weight = (e: WhoEntry): number => e.mentions + (e.roles.length > 0 ? 2 : 0);
  const organizations = organizationsByAlias(analysis);
  return [...analysis.entities.values()]
    .map((entity) => entryOf(analysis, entity, organizations))
    .filter(
      (e): e is WhoEntry => e !== null && (e.roles.length > 0 || e.mentions >= oftenMentioned),
    )
    .sort((a, b) => weight(b) - weight(a) || a.evidence.sentence - b.evidence.sentence)
    .slice(0, limit);
}
