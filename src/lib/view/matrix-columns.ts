import type { Atlas } from '../../schemas/atlas.ts';
import { isBehaviorKind } from './document-kinds.ts';
import { primaryDocuments, rankDocuments, readingsOf } from './primary-documents.ts';

/** One column of the matrix: a document's latest version. */
export interface MatrixColumn {
  doc: string;
  version: string;
  /** Cells of the version with a reading. */
  readings: number;
  /** The lab's main behavior document (shown in the default view). */
  main: boolean;
}

/** A lab's columns, under one heading. */
export interface LabColumns {
  lab: string;
  columns: MatrixColumn[];
}

/**
 * The matrix's columns, grouped by lab. Behavior view: by default one column per lab (its main
 * document), with `every` all of a lab's behavior documents under its heading; policies view: every
 * policy. Labs come in order of how much their first column says, documents within a lab likewise.
 */
export function matrixColumns(atlas: Pick<Atlas, 'labs' | 'documents' | 'principles' | 'cells'>, view: 'behavior' | 'policies', every = false): LabColumns[] {
  const readings = readingsOf(atlas);
  const main = new Set(primaryDocuments(atlas));
  const groups = atlas.labs.flatMap((lab) => {
    const docs = rankDocuments(
      atlas,
      atlas.documents.filter((d) => d.lab === lab.id && isBehaviorKind(d.kind) === (view === 'behavior')),
      readings,
    ).filter((d) => view === 'policies' || every || main.has(d.id));
    const columns = docs.map((d) => ({ doc: d.id, version: d.versions.at(-1)!, readings: readings.get(d.versions.at(-1)!) ?? 0, main: main.has(d.id) }));
    return columns.length ? [{ lab: lab.id, columns }] : [];
  });
  return groups.sort((a, b) => b.columns[0]!.readings - a.columns[0]!.readings || a.lab.localeCompare(b.lab));
}
