import { describe, expect, it } from 'vitest';
import { filterOfficials } from '../../../src/lib/search/filter-officials.ts';

const officials = [
	{ id: 'zhao-lei', name: 'Zhao Lei', country: 'China' },
	{ id: 'anna-berg', name: 'Anna Berg', country: 'Sweden' },
	{ id: 'ivan-petrov', name: 'Ivan Petrov', country: 'Russia' },
	{ id: 'no-documents', name: 'Nobody Mentioned', country: 'Chile' },
];
const documents = [
	{ officials: ['zhao-lei', 'ivan-petrov'] },
	{ officials: ['zhao-lei'] },
	{ officials: ['zhao-lei', 'anna-berg'] },
	{ officials: ['ivan-petrov'] },
	{ officials: [] },
];

describe('filterOfficials', () => {
	it('lists the officials some document concerns, by name, with only id and name', () => {
		expect(filterOfficials(officials, documents, 10)).toEqual([
			{ id: 'anna-berg', name: 'Anna Berg' },
			{ id: 'ivan-petrov', name: 'Ivan Petrov' },
			{ id: 'zhao-lei', name: 'Zhao Lei' },
		]);
	});

	it('keeps the most concerned when there are more than the limit, still ordered by name', () => {
		expect(filterOfficials(officials, documents, 2).map((o) => o.id)).toEqual(['ivan-petrov', 'zhao-lei']);
	});

	it('breaks ties in the count by name', () => {
		const tied = [{ officials: ['zhao-lei'] }, { officials: ['anna-berg'] }];
		expect(filterOfficials(officials, tied, 1).map((o) => o.id)).toEqual(['anna-berg']);
	});
});
