import { batchAnswers, batchRequest } from '../../src/gas/drive-batch';

/**
 * Drive's batch endpoint, as its guide shows it: parts in, parts out, answered in any order
 * and matched by Content-ID. These hold the encoding the stand-in does not read back for us.
 */
describe('Drive batch requests', () => {
  it('sends each call as an application/http part, the token once on the outer request', () => {
    const request = batchRequest(
      [
        { path: '/drive/v3/files/A1?fields=id' },
        { path: '/drive/v3/files/B2?fields=id', headers: { 'X-Goog-Drive-Resource-Keys': 'B2/k' } },
      ],
      'Bearer t',
      'b0',
    );
    expect(request.method).toBe('post');
    expect(request.contentType).toBe('multipart/mixed; boundary=b0');
    expect(request.headers).toEqual({ Authorization: 'Bearer t' });
    expect(request.payload).toBe(
      '--b0\r\nContent-Type: application/http\r\nContent-ID: <item0>\r\n\r\n' +
        'GET /drive/v3/files/A1?fields=id HTTP/1.1\r\n\r\n' +
        '--b0\r\nContent-Type: application/http\r\nContent-ID: <item1>\r\n\r\n' +
        'GET /drive/v3/files/B2?fields=id HTTP/1.1\r\nX-Goog-Drive-Resource-Keys: B2/k\r\n\r\n' +
        '--b0--\r\n',
    );
  });

  it('refuses more than 100 calls in one batch', () => {
    const parts = Array.from({ length: 101 }, (_, i) => ({ path: `/drive/v3/files/${i}` }));
    expect(() => batchRequest(parts, 'Bearer t', 'b')).toThrow(/at most 100/);
  });

  it('matches answers by Content-ID, in whatever order they come, and marks a missing one 0', () => {
    const body = [
      '--batch_x',
      'Content-Type: application/http',
      'Content-ID: <response-item2>',
      '',
      'HTTP/1.1 404 Not Found',
      'Content-Type: application/json; charset=UTF-8',
      'Vary: Origin',
      '',
      '{"error":{"code":404}}',
      '--batch_x',
      'Content-Type: application/http',
      'Content-ID: <response-item0>',
      '',
      'HTTP/1.1 200 OK',
      'ETag: "abc"',
      '',
      '{"id":"A1","name":"Perwali.pdf"}',
      '--batch_x--',
      '',
    ].join('\r\n');
    expect(batchAnswers('multipart/mixed; boundary=batch_x', body, 3)).toEqual([
      { status: 200, body: '{"id":"A1","name":"Perwali.pdf"}' },
      { status: 0, body: '' },
      { status: 404, body: '{"error":{"code":404}}' },
    ]);
  });
});
