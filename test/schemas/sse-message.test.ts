import { describe, expect, it } from 'vitest';
import {
  EventValidationError,
  parseSseMessage,
  safeParseSseMessage,
  SSE_ROUTES,
  sseEventName,
  type SseRoute,
} from '../../src/schemas';
import { ALL_FIXTURES } from './fixtures/all';

const ROUTES = Object.keys(SSE_ROUTES) as SseRoute[];

/** The SSE data DECNET's routes send for a bus event: no `v`, no `id` (CONTRACT 3.5). */
const sseData = (event: Record<string, unknown>) =>
  JSON.stringify({ topic: event['topic'], type: event['type'], ts: event['ts'], payload: event['payload'] });

describe('safeParseSseMessage', () => {
  it('should parse every valid fixture under the name its route sends it, and refuse it under any other', () => {
    let parsed = 0;
    for (const route of ROUTES) {
      const names = Object.keys(SSE_ROUTES[route].events);
      for (const { valid } of ALL_FIXTURES) {
        for (const { event } of valid) {
          const name = sseEventName(route, String(event.topic));
          if (name === null || !names.includes(name)) continue;
          const result = safeParseSseMessage(route, name as never, sseData(event));
          expect(result.success, `${route} ${name} ${String(event.topic)}`).toBe(true);
          parsed++;
          const other = names.find((candidate) => candidate !== name);
          if (other === undefined) continue;
          const wrong = safeParseSseMessage(route, other as never, sseData(event));
          expect(wrong.success).toBe(false);
          if (!wrong.success) expect(wrong.error.issues.map((issue) => issue.path)).toEqual([['topic']]);
        }
      }
    }
    expect(parsed).toBeGreaterThan(30);
  });

  it('should give the event in the SSE form: ts in epoch seconds, no id', () => {
    const data = JSON.stringify({
      topic: 'orchestrator.email.d-1',
      type: 'email',
      ts: 1.5,
      payload: {
        kind: 'email',
        mail_decky_uuid: 'd-1',
        thread_id: 't',
        message_id: '',
        in_reply_to: null,
        sender_email: 'a@b',
        recipient_email: 'c@d',
        subject: 'hi',
        language: 'en',
        success: true,
        ts: '2026-04-24T00:00:00+00:00',
      },
    });
    const result = safeParseSseMessage('orchestrator', 'email', data);
    if (!result.success) throw new Error(JSON.stringify(result.error));
    expect(result.data).toMatchObject({ form: 'sse', template: 'orchestrator.email.{decky_id}', ts: 1.5 });
    expect('id' in result.data).toBe(false);
  });

  it('should refuse data that is not JSON text, too long, or not SSE data, never throwing', () => {
    for (const data of ['', 'not json', '[1]', 'null', '{"v":1}', 'x'.repeat(1_048_577), 5 as unknown as string]) {
      const result = safeParseSseMessage('identities', 'formed', data);
      expect(result.success).toBe(false);
    }
  });

  it('should throw an EventValidationError from parseSseMessage, and a TypeError for a route that is none', () => {
    expect(() => parseSseMessage('identities', 'formed', '{}')).toThrow(EventValidationError);
    expect(() =>
      safeParseSseMessage(
        'nowhere' as SseRoute,
        'formed' as never,
        '{"topic":"identity.formed","type":"formed","ts":1,"payload":{"identity_uuid":"i"}}',
      ),
    ).toThrow(TypeError);
  });
});
