import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the fake does with one request to POST /emails:
 * - `ok`: answer like Resend (a repeated Idempotency-Key gets the first message id, no new delivery);
 * - `error`: answer 500 and deliver nothing;
 * - `hang`: accept the connection and never answer (until the client gives up, or close());
 * - `drop`: destroy the connection before delivering anything;
 * - `lose-answer`: deliver, then destroy the connection, so the sender never learns it worked;
 * - `hold`: wait for release(), then behave as `ok`.
 */
export type FakeBehaviour = 'ok' | 'error' | 'hang' | 'drop' | 'lose-answer' | 'hold';

export interface FakeEmailBody {
  from: string;
  to: string[];
  subject: string;
  html?: string;
  text?: string;
}

/** One POST /emails as the fake saw it. Sequence numbers come from one counter across all events. */
export interface FakeRequest {
  call: number;
  /** Which request this is for its Idempotency-Key: 1 for the first, 2 for a retry… */
  attempt: number;
  idempotencyKey: string | undefined;
  authorization: string | undefined;
  body: FakeEmailBody;
  to: string;
  behaviour: FakeBehaviour;
  receivedSeq: number;
  /** When the request ended: answered, dropped, or closed by the client (an abort). */
  endedSeq?: number;
  outcome?: 'delivered' | 'repeat' | 'error' | 'dropped' | 'closed-by-client';
}

/** One email the fake accepted and would have sent: at most one per Idempotency-Key. */
export interface FakeDelivery {
  id: string;
  idempotencyKey: string | undefined;
  to: string;
  body: FakeEmailBody;
  seq: number;
}

export interface FakeResend {
  /** Origin to put in RESEND_BASE_URL (read when a Resend client is constructed). */
  url: string;
  requests: FakeRequest[];
  deliveries: FakeDelivery[];
  /** Decides each request's fate; the default answers every one `ok`. */
  behave(decide: (request: Pick<FakeRequest, 'call' | 'attempt' | 'to' | 'idempotencyKey'>) => FakeBehaviour): void;
  /** Lets every `hold` request go on, as `ok`. */
  release(): void;
  /** Forgets requests and deliveries and goes back to answering `ok`. */
  reset(): void;
  /** Resolves once `condition()` holds, checking every 10 ms; rejects after `timeoutMs`. */
  waitFor(condition: () => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts a fake Resend API on 127.0.0.1 (random port): `const fake = await startFakeResend(); process.env.RESEND_BASE_URL = fake.url`. */
export async function startFakeResend(): Promise<FakeResend> {
  let seq = 0;
  let calls = 0;
  let decide: Parameters<FakeResend['behave']>[0] = () => 'ok';
  let held: Array<() => void> = [];
  const requests: FakeRequest[] = [];
  const deliveries: FakeDelivery[] = [];
  const byKey = new Map<string, FakeDelivery>();

  const answer = (res: http.ServerResponse, status: number, json: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(json));
  };
  const end = (request: FakeRequest, outcome: NonNullable<FakeRequest['outcome']>) => {
    if (request.outcome) return;
    request.outcome = outcome;
    request.endedSeq = ++seq;
  };
  const deliver = (request: FakeRequest): FakeDelivery => {
    const earlier = request.idempotencyKey ? byKey.get(request.idempotencyKey) : undefined;
    if (earlier) return earlier;
    const delivery: FakeDelivery = { id: `fake-msg-${deliveries.length + 1}`, idempotencyKey: request.idempotencyKey, to: request.to, body: request.body, seq: ++seq };
    deliveries.push(delivery);
    if (request.idempotencyKey) byKey.set(request.idempotencyKey, delivery);
    return delivery;
  };
  const accept = (request: FakeRequest, res: http.ServerResponse) => {
    const repeat = Boolean(request.idempotencyKey && byKey.has(request.idempotencyKey));
    const { id } = deliver(request);
    answer(res, 200, { id });
    end(request, repeat ? 'repeat' : 'delivered');
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/emails') return answer(res, 404, { statusCode: 404, name: 'not_found', message: 'Not found' });
      if (!req.headers.authorization?.startsWith('Bearer ')) return answer(res, 401, { statusCode: 401, name: 'missing_api_key', message: 'Missing API key' });
      let body: FakeEmailBody;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as FakeEmailBody;
      } catch {
        return answer(res, 400, { statusCode: 400, name: 'invalid_request', message: 'Body is not JSON' });
      }
      const to = Array.isArray(body.to) ? body.to[0] : body.to;
      if (!body.from || !to || !body.subject) return answer(res, 422, { statusCode: 422, name: 'validation_error', message: 'from, to and subject are required' });

      const idempotencyKey = req.headers['idempotency-key'] as string | undefined;
      const attempt = requests.filter((r) => idempotencyKey && r.idempotencyKey === idempotencyKey).length + 1;
      const call = ++calls;
      const behaviour = decide({ call, attempt, to, idempotencyKey });
      const request: FakeRequest = { call, attempt, idempotencyKey, authorization: req.headers.authorization, body, to, behaviour, receivedSeq: ++seq };
      requests.push(request);
      // The client giving up (an aborted fetch) closes the connection before any answer.
      res.on('close', () => end(request, 'closed-by-client'));

      switch (behaviour) {
        case 'ok':
          return accept(request, res);
        case 'error':
          answer(res, 500, { statusCode: 500, name: 'internal_server_error', message: 'The fake provider failed.' });
          return end(request, 'error');
        case 'hang':
          return;
        case 'drop':
          end(request, 'dropped');
          return void req.socket.destroy();
        case 'lose-answer':
          deliver(request);
          end(request, 'dropped');
          return void req.socket.destroy();
        case 'hold':
          held.push(() => {
            if (!request.outcome) accept(request, res);
          });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    deliveries,
    behave(next) {
      decide = next;
    },
    release() {
      const waiting = held;
      held = [];
      for (const go of waiting) go();
    },
    reset() {
      requests.length = 0;
      deliveries.length = 0;
      byKey.clear();
      held = [];
      decide = () => 'ok';
    },
    async waitFor(condition, timeoutMs = 10_000) {
      const started = Date.now();
      while (!condition()) {
        if (Date.now() - started > timeoutMs) throw new Error(`The fake Resend did not see the expected requests within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
