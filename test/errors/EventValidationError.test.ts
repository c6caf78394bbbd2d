import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EventValidationError,
  type EventIssue,
  type EventValidationDetails,
} from '../../src/errors/EventValidationError';
import { parseEvent, parsePayload, safeParseEvent } from '../../src/schemas';
import { wireEvent } from '../schemas/fixtures/types';
import { anyText, codeUnit, controlsIn } from '../support/arbitraries';
import { thrownBy } from '../support/calls';

const CONTRACT = 'does not meet the DECNET contract:';

/** An issue at `payload.<key>`, as `_eventIssues` would word it. */
const issueAt = (key: string): EventIssue => ({
  path: ['payload', key],
  expected: 'string',
  received: '42',
  message: `payload.${key}: expected string, received 42`,
});

/** `count` issues, at `payload.f0`, `payload.f1`, ... */
const issuesOf = (count: number): EventIssue[] => Array.from({ length: count }, (_, k) => issueAt(`f${k}`));

const DETAILS: EventValidationDetails = {
  topic: 'decky.web-01.state',
  template: 'decky.{decky_id}.state',
  issues: issuesOf(2),
};

describe('EventValidationError', () => {
  it('should be an Error and an EventValidationError named EventValidationError', () => {
    const error = new EventValidationError(DETAILS);
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(EventValidationError);
    expect(error.name).toBe('EventValidationError');
    expect(String(error).startsWith('EventValidationError: decky.web-01.state ')).toBe(true);
  });

  it('should carry the topic, the template and the very issues it is given', () => {
    const error = new EventValidationError(DETAILS);
    expect(error.topic).toBe(DETAILS.topic);
    expect(error.template).toBe(DETAILS.template);
    expect(error.issues).toBe(DETAILS.issues);
  });

  describe('message', () => {
    it.each([
      {
        label: 'a topic and its template',
        topic: 'decky.web-01.state',
        template: 'decky.{decky_id}.state',
        subject: 'decky.web-01.state (decky.{decky_id}.state)',
      },
      { label: 'a topic outside the contract', topic: 'test.ping', template: null, subject: 'event on test.ping' },
      { label: 'no topic', topic: undefined, template: null, subject: 'event' },
      { label: 'no topic but a template', topic: undefined, template: 'test.{x}', subject: 'event' },
      { label: 'the empty topic', topic: '', template: null, subject: 'event on ""' },
    ])('should name what was refused for $label', ({ topic, template, subject }) => {
      const { message } = new EventValidationError({ topic, template, issues: issuesOf(1) });
      expect(message).toBe(`${subject} ${CONTRACT}\n  - payload.f0: expected string, received 42`);
    });

    it('should list the message of each issue, in order, one per line', () => {
      const { message } = new EventValidationError(DETAILS);
      expect(message.split('\n')).toEqual([
        `decky.web-01.state (decky.{decky_id}.state) ${CONTRACT}`,
        '  - payload.f0: expected string, received 42',
        '  - payload.f1: expected string, received 42',
      ]);
    });

    it('should use the message of each issue as it is given, not rebuild it from its parts', () => {
      const issue: EventIssue = { path: ['v'], expected: 'x', received: 'y', message: 'v: as the caller worded it' };
      expect(new EventValidationError({ ...DETAILS, issues: [issue] }).message).toContain(
        '\n  - v: as the caller worded it',
      );
    });

    it.each([1, 4, 5])('should list every issue and no "more" line for %i issue(s)', (count) => {
      const lines = new EventValidationError({ ...DETAILS, issues: issuesOf(count) }).message.split('\n');
      expect(lines).toHaveLength(1 + count);
      expect(lines.at(-1)).toBe(`  - payload.f${count - 1}: expected string, received 42`);
    });

    it.each([
      { count: 6, more: 1 },
      { count: 7, more: 2 },
      { count: 20, more: 15 },
    ])('should list the first 5 issues and say "and $more more" for $count issues', ({ count, more }) => {
      const { message } = new EventValidationError({ ...DETAILS, issues: issuesOf(count) });
      const lines = message.split('\n');
      expect(lines.slice(1)).toEqual([...issuesOf(5).map((issue) => `  - ${issue.message}`), `  - and ${more} more`]);
      expect(message).not.toContain('payload.f5');
    });

    it.each([
      { label: 'line feed', char: '\n', name: 'U+000A' },
      { label: 'carriage return', char: '\r', name: 'U+000D' },
      { label: 'line separator', char: '\u2028', name: 'U+2028' },
      { label: 'escape', char: '\u001b', name: 'U+001B' },
      { label: 'NUL', char: '\u0000', name: 'U+0000' },
      { label: 'space', char: ' ', name: 'U+0020' },
      { label: 'no-break space', char: '\u00a0', name: 'U+00A0' },
      { label: 'zero-width space', char: '\u200b', name: 'U+200B' },
    ])('should quote the topic and show a $label in it as <$name>', ({ char, name }) => {
      const topic = `decky.a${char}b.state`;
      for (const template of [null, 'decky.{decky_id}.state']) {
        const { message } = new EventValidationError({ topic, template, issues: issuesOf(1) });
        const lines = message.split('\n');
        expect(lines).toHaveLength(2);
        expect(lines[0]).toContain(`"decky.a<${name}>b.state"`);
        expect(lines[0]).not.toContain(char === ' ' ? 'a b' : char);
      }
    });

    it('should show a topic of visible characters as it is, unquoted', () => {
      const topic = 'd\u00e9cky.\u{1F98A}.state';
      expect(new EventValidationError({ ...DETAILS, topic }).message).toMatch(/^d\u00e9cky\.\u{1F98A}\.state \(/u);
    });

    it('should quote a long topic cut to 64 characters and say its length', () => {
      const topic = `decky.${'x'.repeat(300)}.state`;
      const { message } = new EventValidationError({ ...DETAILS, topic });
      const subject = message.split('\n')[0] ?? '';
      expect(subject).toBe(
        `"${topic.slice(0, 64)}…" (${topic.length} characters) (decky.{decky_id}.state) ${CONTRACT}`,
      );
    });

    it('should give one line to the subject and one to each of the first 5 issues and the rest, whatever the topic', () => {
      const topic = fc.oneof(anyText, fc.string({ unit: codeUnit, maxLength: 80 }));
      fc.assert(
        fc.property(topic, fc.integer({ min: 1, max: 25 }), fc.boolean(), (text, count, known) => {
          const template = known ? 'decky.{decky_id}.state' : null;
          const { message } = new EventValidationError({ topic: text, template, issues: issuesOf(count) });
          const lines = message.split('\n');
          expect(lines).toHaveLength(1 + Math.min(count, 5) + (count > 5 ? 1 : 0));
          expect(controlsIn(lines[0] ?? '')).toEqual([]);
          expect(lines[0]?.endsWith(` ${CONTRACT}`)).toBe(true);
        }),
      );
    });
  });

  describe('as thrown by the library', () => {
    const badState = wireEvent('decky.web-01.state', null, { host_uuid: 42 });

    it('should be what parseEvent throws, with the details safeParseEvent returns', () => {
      const result = safeParseEvent(badState);
      if (result.success) throw new Error('expected the event to be refused');
      const error = thrownBy(() => parseEvent(badState));
      expect(error).toBeInstanceOf(EventValidationError);
      expect(error).toMatchObject(result.error);
      expect((error as EventValidationError).message).toBe(new EventValidationError(result.error).message);
    });

    it('should be what parsePayload throws, with paths from the event root', () => {
      const error = thrownBy(() => parsePayload('decky.web-01.state', { host_uuid: 42 }));
      expect(error).toBeInstanceOf(EventValidationError);
      expect(error).toMatchObject({ topic: 'decky.web-01.state', template: 'decky.{decky_id}.state' });
      expect((error as EventValidationError).issues[0]?.path).toEqual(['payload', 'host_uuid']);
    });
  });
});

describe('EventValidationError without issues', () => {
  it('should say so in one line, with nothing to list', () => {
    const error = new EventValidationError({ topic: 'attacker.scored', template: 'attacker.scored', issues: [] });
    expect(error.message).toBe('attacker.scored (attacker.scored) does not meet the DECNET contract');
  });
});
