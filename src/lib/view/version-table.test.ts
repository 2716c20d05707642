import { describe, expect, it } from 'vitest';
import { versionTableColumns } from './version-table.ts';

describe('versionTableColumns', () => {
  it('drops the date column when every label begins with its date, and states one shared licence once', () => {
    const rows = [
      { version: '2025-02-12', date: '2025-02-12', licence: 'CC0-1.0' },
      { version: '2025-11-17-a7c186f', date: '2025-11-17', licence: 'CC0-1.0' },
    ];
    expect(versionTableColumns(rows)).toEqual({ date: false, sharedLicence: 'CC0-1.0' });
  });
  it('keeps the date column when one label does not carry its date', () => {
    const rows = [
      { version: '3.2', date: '2025-02-26', licence: 'Apache-2.0' },
      { version: '2025-12-17', date: '2025-12-18', licence: 'Apache-2.0' },
    ];
    expect(versionTableColumns(rows).date).toBe(true);
  });
  it('keeps the licence column when versions differ in licence', () => {
    const rows = [
      { version: '2024-01-01', date: '2024-01-01', licence: 'CC-BY-4.0' },
      { version: '2025-01-01', date: '2025-01-01', licence: 'all rights reserved' },
    ];
    expect(versionTableColumns(rows).sharedLicence).toBeNull();
  });
});
