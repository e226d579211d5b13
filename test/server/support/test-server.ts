import { readFileSync } from 'node:fs';
import type { Express } from 'express';
import request from 'supertest';
import type { Quiz } from '../../../src/index.ts';
import { createApp, type AppDeps } from '../../../src/server/app.ts';
import { hashManageToken, newManageToken } from '../../../src/server/http/manage-token.ts';
import { createStore, type Store } from '../../../src/server/store/create-store.ts';

/** The seed article every server test can use. */
export const seedArticle = readFileSync(
  new URL('../../../seeds/russia-airstrikes-syria.txt', import.meta.url),
  'utf8',
);

/** An app over a fresh in-memory store. */
export interface TestServer {
  app: Express;
  store: Store;
}

/** Builds the app on `:memory:` with rate limits high enough not to interfere. */
export function testServer(deps: Partial<AppDeps> = {}): TestServer {
  const store = createStore(':memory:');
  const rateLimits = {
    create: { limit: 1000, windowMs: 60_000 },
    submit: { limit: 1000, windowMs: 60_000 },
    ...deps.rateLimits,
  };
  const app = createApp({ log: () => {}, ...deps, store, rateLimits });
  return { app, store };
}

/** Stores `quiz` directly, published unless told otherwise, and returns its manage token. */
export function storeQuiz(store: Store, quiz: Quiz, published = true): string {
  const token = newManageToken();
  store.quizzes.insert({
    quiz,
    manageHash: hashManageToken(token),
    counts: { multipleChoice: 2, trueFalse: 1 },
    published,
  });
  return token;
}

/** Creates a published quiz from `text` through the API; returns its id and manage token. */
export async function createPublished(
  app: Express,
  text = seedArticle,
): Promise<{ id: string; token: string }> {
  const res = await request(app).post('/api/v1/quizzes').send({ text, publish: true }).expect(201);
  return { id: res.body.id as string, token: res.body.manageToken as string };
}

/** Starts an attempt through the API and returns its JSON. */
export async function startApiAttempt(app: Express, quizId: string): Promise<ApiAttempt> {
  const res = await request(app).post(`/api/v1/quizzes/${quizId}/attempts`).expect(201);
  return res.body as ApiAttempt;
}

/** An attempt as the API returns it. */
export interface ApiAttempt {
  id: string;
  questions: {
    id: string;
    type: string;
    prompt: string;
    options: { value: string; text: string }[];
  }[];
}
