import { describe, expect, it } from 'vitest';
import type { AuditCell } from '../../schemas/audit.ts';
import { auditAgreement, questionedSentence } from './agreement.ts';

const cell = (verdict: AuditCell['verdict'], check?: AuditCell['verdict']): AuditCell => ({
  topic: 'secrecy',
  version: 'acme/spec@v1',
  fingerprint: '0123456789ab',
  stratum: 'acme · latest · answered',
  verdict,
  reason: 'Holds.',
  reader: 'auditor-1',
  ...(check ? { check: { verdict: check, reason: 'Holds too.', reader: 'auditor-2' } } : {}),
});

describe('auditAgreement', () => {
  it('is undefined when no cell was judged twice', () => {
    expect(auditAgreement([cell('correct'), cell('wrong')])).toBeUndefined();
  });
  it('counts only the cells a second auditor judged', () => {
    const a = auditAgreement([cell('correct', 'correct'), cell('debatable', 'correct'), cell('wrong', 'debatable'), cell('debatable', 'debatable'), cell('wrong')]);
    expect(a).toEqual({ checked: 4, same: 2, questioned: 3, bothQuestioned: 2 });
  });
});

describe('questionedSentence', () => {
  it('counts one cell in the singular, several in the plural, and none in words', () => {
    expect(questionedSentence({ checked: 40, same: 40, questioned: 1, bothQuestioned: 1 })).toBe('Of the 1 cell either of them questioned, both questioned 1.');
    expect(questionedSentence({ checked: 40, same: 38, questioned: 3, bothQuestioned: 1 })).toBe('Of the 3 cells either of them questioned, both questioned 1.');
    expect(questionedSentence({ checked: 40, same: 40, questioned: 0, bothQuestioned: 0 })).toBe('Neither questioned any of them.');
  });

  it('says so in words when no cell was questioned by both', () => {
    expect(questionedSentence({ checked: 40, same: 39, questioned: 1, bothQuestioned: 0 })).toBe('One cell was questioned by one of them and judged correct by the other.');
    expect(questionedSentence({ checked: 40, same: 38, questioned: 2, bothQuestioned: 0 })).toBe('Of the 2 cells either of them questioned, none was questioned by both.');
  });
});
