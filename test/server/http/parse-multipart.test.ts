import { describe, expect, it } from 'vitest';
import { parseMultipart } from '../../../src/server/http/parse-multipart.ts';
import {
  hashManageToken,
  manageTokenMatches,
  newManageToken,
} from '../../../src/server/http/manage-token.ts';

describe('multipart form bodies', () => {
  it('reads text fields and an uploaded file with CRLF and unicode inside', () => {
    const body = Buffer.from(
      '--XyZ\r\nContent-Disposition: form-data; name="title"\r\n\r\nCafé\r\n' +
        '--XyZ\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nLine one.\r\nLine two.\r\n' +
        '--XyZ--\r\n',
    );
    expect(parseMultipart(body, 'multipart/form-data; boundary=XyZ')).toEqual({
      title: 'Café',
      file: 'Line one.\r\nLine two.',
    });
  });

  it('gives up on a body without a boundary', () => {
    expect(parseMultipart(Buffer.from('x'), 'multipart/form-data')).toBeNull();
  });
});

describe('manage tokens', () => {
  it('are long, distinct and match only themselves', () => {
    const a = newManageToken();
    const b = newManageToken();
    expect(a.length).toBeGreaterThanOrEqual(21);
    expect(a).not.toBe(b);
    expect(manageTokenMatches(a, hashManageToken(a))).toBe(true);
    expect(manageTokenMatches(b, hashManageToken(a))).toBe(false);
    expect(manageTokenMatches('', hashManageToken(a))).toBe(false);
  });
});
