import { describe, expect, it } from 'vitest';
import { principle, topic } from '../../../tests/helpers/make.ts';
import type { Alignment, VersionLink } from '../../schemas/derived.ts';
import type { Principle } from '../../schemas/principle.ts';
import { buildMatrix } from './build-matrix.ts';
import { proposePosition, readCell, UndecidedCell, type CellInputs } from './read-cell.ts';
import { deriveTopicChanges } from './topic-changes.ts';

const link = (over: Partial<Alignment> & Pick<Alignment, 'principle'>): Alignment => ({
  version: over.principle.split('#')[0]!,
  topic: 'a',
  origin: 'curated',
  position: 'must',
  override: 'none',
  stanceFrom: 'alignment',
  role: 'default',
  decisive: false,
  readingOf: '1',
  ...over,
});

/** Runs readCell over every link given, with principles made in document order. */
function cellOf(links: Alignment[], over: Partial<CellInputs> = {}, ps: Principle[] = []) {
  const principles = new Map<string, Principle>(links.map((l, i) => [l.principle, principle({ id: l.principle.split('#')[1]!, version: l.version, order: i })]));
  for (const p of ps) principles.set(`${p.version}#${p.id}`, p);
  return readCell(
    'a',
    'd@1',
    links.map((_, i) => i),
    [],
    links,
    { principle: (k) => principles.get(k), scopeLabel: (s) => s.toUpperCase(), ...over },
  );
}

describe('readCell: the default', () => {
  it('is silent without a default passage', () => expect(cellOf([])).toMatchObject({ state: 'silent', adjustableBy: [], provisional: false }));

  it('rests on the passage marked decisive, not on the most restrictive one', () => {
    // Under "most restrictive wins" the must-not would decide; the editor marked the should as most on point.
    const c = cellOf([link({ principle: 'd@1#ban', position: 'must-not' }), link({ principle: 'd@1#rule', position: 'should', decisive: true })]);
    expect(c).toMatchObject({ state: 'should', provisional: false, decisive: [1], evidence: [1, 0] });
  });

  it('proposes a default where nothing is decisive, marked provisional and saying why', () => {
    const c = cellOf([link({ principle: 'd@1#x', position: 'should' }), link({ principle: 'd@1#y', position: 'should' }), link({ principle: 'd@1#z', position: 'must-not' })]);
    expect(c).toMatchObject({ state: 'should', provisional: true, pending: ['no-decisive-passage'] });
  });

  it('makes a cell conflicting only where an editor declared the conflict, with the note', () => {
    const links = [link({ principle: 'd@1#x', position: 'must', decisive: true }), link({ principle: 'd@1#y', position: 'must-not', decisive: true })];
    expect(() => cellOf(links)).toThrow(UndecidedCell);
    expect(cellOf(links, { conflict: 'The two rules cannot both hold.' })).toMatchObject({ state: 'conflicting', note: 'The two rules cannot both hold.' });
  });

  it('flags a default resting on a position the importer proposed', () => {
    const ps = [principle({ id: 'x', version: 'd@1', positionSource: 'proposed' })];
    const c = cellOf([link({ principle: 'd@1#x', stanceFrom: 'principle', decisive: true })], {}, ps);
    expect(c.pending).toEqual(['position-proposed-by-importer']);
  });
});

describe('readCell: adjustments', () => {
  it('keeps a passage that lets the operator turn a behavior on, beside a fixed ban (never erased)', () => {
    // Under "most restrictive wins" the result was must-not with no override: the operator's switch disappeared.
    const c = cellOf([
      link({ principle: 'd@1#ban', position: 'must-not', override: 'none', decisive: true }),
      link({ principle: 'd@1#switch', role: 'adjustment', by: 'operator', to: 'may' }),
    ]);
    expect(c).toMatchObject({ state: 'must-not', adjustableBy: ['operator'] });
    expect(c.adjustments).toEqual([{ by: 'operator', to: 'may', direction: 'toward-yes', basis: 'stated', evidence: [1] }]);
  });

  it('reads who may override the decisive passage as an adjustment of unstated extent (a user-level rule: operator and user)', () => {
    const c = cellOf([link({ principle: 'd@1#g', position: 'should', override: 'user', decisive: true })]);
    expect(c.adjustableBy).toEqual(['operator', 'user']);
    expect(c.adjustments.map((a) => [a.by, a.basis, a.direction])).toEqual([
      ['operator', 'level', 'unstated'],
      ['user', 'level', 'unstated'],
    ]);
  });

  it("reads a user-level rule as the user's alone where the document has no operator (its parties)", () => {
    const c = cellOf([link({ principle: 'd@1#g', position: 'should', override: 'user', decisive: true })], { parties: ['user'] });
    expect(c.adjustableBy).toEqual(['user']);
    expect(c.adjustments.map((a) => [a.by, a.basis])).toEqual([['user', 'level']]);
  });

  it('says nobody may adjust a default whose decisive passages allow no override', () => {
    expect(cellOf([link({ principle: 'd@1#x', position: 'must-not', override: 'none', decisive: true })]).adjustableBy).toEqual([]);
  });

  it('claims neither "fixed" nor "adjustable" where the text does not say who may change the rule', () => {
    const open = cellOf([link({ principle: 'd@1#x', position: 'must-not', override: 'unstated', decisive: true })]);
    const fixed = cellOf([link({ principle: 'd@1#x', position: 'must-not', override: 'none', decisive: true })]);
    expect(open).toMatchObject({ adjustableBy: [], changeUnstated: true });
    expect(fixed).not.toHaveProperty('changeUnstated');
    // A stated adjustment says who can: the cell is then adjustable, not unstated.
    const stated = cellOf([
      link({ principle: 'd@1#x', position: 'must-not', override: 'unstated', decisive: true }),
      link({ principle: 'd@1#sw', role: 'adjustment', by: 'operator' }),
    ]);
    expect(stated.changeUnstated).toBeUndefined();
  });

  it('gives the direction of a user turning a default off', () => {
    const c = cellOf([link({ principle: 'd@1#x', position: 'should', decisive: true }), link({ principle: 'd@1#off', role: 'adjustment', by: 'user', to: 'should-not' })]);
    expect(c.adjustments.find((a) => a.by === 'user')).toMatchObject({ direction: 'toward-no', basis: 'stated' });
  });
});

describe('readCell: scopes and see-also', () => {
  it('answers a named mode apart from the default, and the mode never sets the default', () => {
    // Cohere-like: the default mode allows; the opt-in strict mode refuses. Most restrictive wins gave must-not.
    const c = cellOf([
      link({ principle: 'd@1#contextual', position: 'may', decisive: true }),
      link({ principle: 'd@1#strict', position: 'must-not', role: 'scope', scope: 'strict-mode', decisive: true }),
    ]);
    expect(c.state).toBe('may');
    expect(c.scopes).toEqual([{ scope: 'strict-mode', label: 'STRICT-MODE', state: 'must-not', provisional: false, evidence: [1] }]);
  });

  it('leaves the default silent when only a scope speaks', () => {
    const c = cellOf([link({ principle: 'd@1#teen', position: 'must-not', role: 'scope', scope: 'under-18' })]);
    expect(c).toMatchObject({ state: 'silent', scopes: [expect.objectContaining({ scope: 'under-18', provisional: true })] });
  });

  it('shows see-also passages on a silent cell without answering', () => {
    const c = cellOf([link({ principle: 'd@1#adults', role: 'see-also' })], { silentNote: 'Looked for rules on minors.' });
    expect(c).toMatchObject({ state: 'silent', seeAlso: [0], evidence: [], note: 'Looked for rules on minors.' });
  });
});

describe('proposePosition(links)', () => {
  it('takes the position most passages share, ties to the first in the document', () => {
    expect(
      proposePosition([
        { position: 'must-not', order: 2 },
        { position: 'should', order: 0 },
      ]),
    ).toBe('should');
    expect(
      proposePosition([
        { position: 'must-not', order: 2 },
        { position: 'may', order: 0 },
        { position: 'must-not', order: 3 },
      ]),
    ).toBe('must-not');
  });
});

describe('buildMatrix(topics, versions, alignments, principles)', () => {
  const p = principle({ id: 'x', version: 'd@1', positionSource: 'proposed' });
  const alignments = [link({ principle: 'd@1#x', topic: 'a', stanceFrom: 'principle' }), link({ principle: 'd@1#x', topic: 'b', origin: 'suggested', stanceFrom: 'principle' })];
  const cells = buildMatrix([topic('a'), topic('b')], ['d@1'], alignments, new Map([['d@1#x', p]]));

  it('makes one cell per topic and version', () => expect(cells).toHaveLength(2));
  it('never lets a machine suggestion make a cell non-silent', () => expect(cells[1]).toMatchObject({ state: 'silent', evidence: [], suggested: [1] }));
  it('names the cell when decisive passages disagree without a declared conflict', () => {
    const clash = [link({ principle: 'd@1#x', position: 'must', decisive: true }), link({ principle: 'd@1#y', position: 'should', decisive: true })];
    expect(() =>
      buildMatrix([topic('a')], ['d@1'], clash, new Map(), {
        undecided: (t, v, e) => {
          throw new Error(`${t.id} ${v}: ${e.message}`);
        },
      }),
    ).toThrow(/^a d@1: decisive passages disagree/);
  });
});

describe('deriveTopicChanges(documents, cells, alignments, links, reasons)', () => {
  const ps = new Map([
    ['d@1#x', principle({ id: 'x', version: 'd@1' })],
    ['d@2#x', principle({ id: 'x', version: 'd@2' })],
  ]);
  const changes = (before: Partial<Alignment>, after: Partial<Alignment>, l: Partial<VersionLink>) => {
    const alignments = [link({ principle: 'd@1#x', decisive: true, ...before }), link({ principle: 'd@2#x', decisive: true, ...after })];
    const cells = buildMatrix([topic('a'), topic('b')], ['d@1', 'd@2'], alignments, ps);
    return deriveTopicChanges(
      [{ id: 'd', versions: ['d@1', 'd@2'] }],
      cells,
      alignments,
      new Map([['d@2#x', { version: 'd@2', id: 'x', status: 'changed', ...l }]]),
      new Map([['d@2#x', 'now required']]),
    );
  };

  it('classes a changed default as a stance change, with the editor’s reason', () => {
    expect(changes({ position: 'should' }, { position: 'must' }, { changes: ['text'], class: 'stance' })).toEqual([
      {
        topic: 'a',
        document: 'd',
        from: 'd@1',
        to: 'd@2',
        class: 'stance',
        kinds: ['stance', 'wording'],
        reasons: ['now required'],
        before: { state: 'should', adjustableBy: [], adjustments: [], scopes: [], principles: ['x'] },
        after: { state: 'must', adjustableBy: [], adjustments: [], scopes: [], principles: ['x'] },
      },
    ]);
  });
  it('classes new words with the same stance as wording', () => {
    expect(changes({}, {}, { changes: ['text'], class: 'wording' })).toEqual([expect.objectContaining({ class: 'wording', kinds: ['wording'], reasons: [] })]);
  });
  it('classes a dash-only edit as formatting only', () => {
    expect(changes({}, {}, { changes: ['text'], class: 'formatting' })).toEqual([expect.objectContaining({ class: 'formatting', kinds: ['formatting'] })]);
  });
  it('classes a new adjustment as a stance change', () => {
    expect(changes({ override: 'none' }, { override: 'operator' }, { changes: ['text'], class: 'wording' })[0]).toMatchObject({
      class: 'stance',
      after: { adjustableBy: ['operator'] },
    });
  });
  it('reports nothing for a topic that stayed silent', () => expect(changes({}, {}, {}).some((c) => c.topic === 'b')).toBe(false));
});
