/** The pipelined client's response reader: answers split anywhere across chunks, several in one chunk, and what it refuses to guess at. */
import t from 'tap';
import { ResponseReader, type HttpResponse } from '../http-response-reader.ts';

const answer = (status: number, body: string, extra = '') => `HTTP/1.1 ${status} X\r\ncontent-type: text/plain\r\n${extra}Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

t.test('answers split at every byte, and several in one chunk, come out whole and in order', async (t) => {
  const stream = Buffer.from(answer(200, '{"a":"é"}') + answer(409, 'empty') + answer(204, '') + answer(200, 'last', 'Connection: close\r\n'));
  const wrong: string[] = [];
  for (let cut = 1; cut < stream.length; cut++) {
    const r = new ResponseReader();
    const got: HttpResponse[] = [];
    const errs = [r.push(stream.subarray(0, cut), (x) => got.push(x)), r.push(stream.subarray(cut), (x) => got.push(x))].filter(Boolean);
    const read = got.map((x) => `${x.status}:${x.body}:${x.closing}`).join('|');
    if (errs.length || r.pendingBytes !== 0 || read !== '200:{"a":"é"}:false|409:empty:false|204::false|200:last:true') wrong.push(`cut ${cut}: ${read} ${errs.join(' ')}`);
  }
  t.same(wrong, [], `every one of ${stream.length - 1} cuts reads the same four answers`);
});

t.test('an interim 100 answer is skipped; chunked, length-less and non-HTTP streams are refused', async (t) => {
  const got: HttpResponse[] = [];
  t.equal(new ResponseReader().push(Buffer.from('HTTP/1.1 100 Continue\r\n\r\n' + answer(200, 'ok')), (x) => got.push(x)), null);
  t.same(got.map((x) => x.body), ['ok']);
  t.match(new ResponseReader().push(Buffer.from('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n'), () => {}), /chunked/);
  t.match(new ResponseReader().push(Buffer.from('HTTP/1.1 200 OK\r\n\r\nbody'), () => {}), /Content-Length/);
  t.match(new ResponseReader().push(Buffer.from('SSH-2.0-OpenSSH\r\n\r\n'), () => {}), /not an HTTP/);
  t.match(new ResponseReader().push(Buffer.alloc(20_000, 'a'), () => {}), /head over/);
});
