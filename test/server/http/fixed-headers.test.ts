import express from 'express';
import helmet from 'helmet';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { fixedHeaders } from '../../../src/server/http/fixed-headers.ts';

function appWith(middleware: express.RequestHandler): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(middleware);
  app.get('/', (_req, res) => void res.send('ok'));
  return app;
}

describe('fixedHeaders', () => {
  it('sends exactly the security headers helmet sends', async () => {
    const options = { referrerPolicy: { policy: 'no-referrer' as const } };
    const [fromHelmet, fromList] = await Promise.all([
      request(appWith(helmet(options))).get('/'),
      request(appWith(fixedHeaders(helmet(options) as never))).get('/'),
    ]);
    const security = (headers: Record<string, string>) =>
      Object.fromEntries(
        Object.entries(headers).filter(([name]) => !['date', 'etag', 'connection'].includes(name)),
      );
    expect(Object.keys(security(fromHelmet.headers)).length).toBeGreaterThan(8);
    expect(security(fromList.headers)).toEqual(security(fromHelmet.headers));
  });
});
