import { createHash, timingSafeEqual } from 'node:crypto';
import { nanoid } from 'nanoid';

/** Length of a manage token: nanoid's alphabet gives ~6 bits per character, so 32 → ~190 bits. */
export const MANAGE_TOKEN_LENGTH = 32;

/** A new secret manage token. Only its hash is stored. */
export function newManageToken(): string {
  return nanoid(MANAGE_TOKEN_LENGTH);
}

/** The stored form of a manage token (SHA-256, hex). */
export function hashManageToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Whether `token` matches the stored hash, compared in constant time. */
export function manageTokenMatches(token: string, storedHash: string): boolean {
  const given = createHash('sha256').update(token, 'utf8').digest();
  const stored = Buffer.from(storedHash, 'hex');
  return stored.length === given.length && timingSafeEqual(given, stored);
}
