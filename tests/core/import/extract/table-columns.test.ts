import { describe, expect, it } from 'vitest';
import { columnRoles, isJobTable } from '../../../../src-main/core/import/extract/table-columns';

describe('columnRoles', () => {
  it('reads each column’s role from its header, in several languages', () => {
    expect(columnRoles(['Company', 'Role', 'Location', 'Remote?', 'Salary', 'Posted', 'Job type', 'Apply'])).toEqual([
      'company',
      'title',
      'location',
      'workplace',
      'salary',
      'posted',
      'employmentType',
      'apply',
    ]);
    expect(columnRoles(['Unternehmen', 'Stelle', 'Standort', 'Gehalt'])).toEqual(['company', 'title', 'location', 'salary']);
    expect(columnRoles(['Empresa', 'Puesto', 'Ubicación'])).toEqual(['company', 'title', 'location']);
  });

  it('gives a role to the first column that names it, and none to the rest or to unknown headers', () => {
    expect(columnRoles(['Job title', 'Job type', 'Notes', 'Position'])).toEqual(['title', 'employmentType', null, null]);
    expect(columnRoles(['Company', 'Employer', ''])).toEqual(['company', null, null]);
  });
});

describe('isJobTable', () => {
  it('wants the job named and at least one other column', () => {
    expect(isJobTable(['title', 'company'])).toBe(true);
    expect(isJobTable(['title', null, null])).toBe(false);
    expect(isJobTable(['company', 'location'])).toBe(false);
    expect(isJobTable([])).toBe(false);
  });
});
