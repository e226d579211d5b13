import { describe, expect, it } from 'vitest';
import { qtiIdentifiers } from '../../../src/core/export/qti-identifiers.ts';

describe('qtiIdentifiers', () => {
  it('makes unique XML names that are safe as file names, in the same order', () => {
    const ids = qtiIdentifiers(['q1', '2', 'q 1', 'q-1', 'ü/ü', ''], 'item-');

    expect(ids).toEqual(['q1', 'item-2', 'q-1', 'q-1-2', 'item-', 'item--2']);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z_][A-Za-z0-9_.-]*$/);
  });
});
