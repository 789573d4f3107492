import { expect } from 'chai';
import net from 'node:net';
import { createLogger } from '../../src/logger.js';
import { loadConfig } from '../../src/config.js';
import { createAdapter } from '../../src/bot/adapter.js';
import { createBotLogic } from '../../src/bot/bot.js';
import { createHttpServer } from '../../src/http/server.js';
import { startFakeConnector } from '../support/fake-connector.js';
import { message } from '../support/teams.js';

/** One raw HTTP/1.1 keep-alive request. */
function request(method: string, path: string, body = ''): string {
  return `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

/** A raw keep-alive connection that collects what the server sends. */
function connection(port: number) {
  const socket = net.connect(port, '127.0.0.1');
  const c = { socket, received: '', closed: new Promise<void>((resolve) => socket.on('close', () => resolve())) };
  socket.on('data', (d) => { c.received += d.toString(); });
  return c;
}

const until = async (check: () => boolean) => { while (!check()) await new Promise((r) => setTimeout(r, 5)); };

describe('http server: shutdown drain', () => {
  it('a request on a kept-alive connection during the drain gets 503 with Connection: close, and that connection closes', async () => {
    const config = loadConfig({});
    const logs: string[] = [];
    const logger = createLogger('info', { write: (line: string) => { logs.push(line); } });
    const connector = await startFakeConnector();
    const gates = new Map<string, () => void>();
    const logic = createBotLogic({
      allowedTenants: [], logger, hash: () => 'h', now: Date.now,
      handle: async (input) => { await new Promise<void>((r) => gates.set(input.text, r)); return { messages: [{ text: 'done' }] }; },
    });
    const http = createHttpServer({ logger, adapter: createAdapter(config, logger) as never, logic: logic as never, ready: async () => ({ ok: true }) });
    const port = await http.listen(0, '127.0.0.1');
    const turn = (text: string) => request('POST', '/api/messages', JSON.stringify(message(text, { serviceUrl: connector.url })));
    try {
      const long = connection(port);
      const kept = connection(port);
      long.socket.write(turn('long'));
      kept.socket.write(turn('short'));
      await until(() => gates.has('long') && gates.has('short'));
      const closed = http.close(); // the drain begins: "long" keeps it going
      gates.get('short')!();
      await until(() => /^HTTP\/1\.1 200[\s\S]*\r\n0\r\n\r\n$/.test(kept.received));
      expect(kept.received, 'the turn in flight finished normally').to.match(/Connection: keep-alive/i);
      kept.received = '';
      kept.socket.write(turn('during the drain'));
      await kept.closed;
      expect(kept.received).to.match(/^HTTP\/1\.1 503/);
      expect(kept.received).to.match(/\r\nConnection: close\r\n/i).and.match(/\r\nRetry-After: 5\r\n/i).and.contain('ShuttingDown');
      expect(gates.has('during the drain'), 'no turn ran for it').to.equal(false);
      gates.get('long')!();
      await closed;
      await long.closed;
      expect(long.received, 'the long turn finished too').to.match(/^HTTP\/1\.1 200/);
    } finally {
      for (const release of gates.values()) release();
      await connector.close();
    }
  });
});
