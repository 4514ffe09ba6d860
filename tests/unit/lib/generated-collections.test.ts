import { describe, expect, it } from 'vitest';
import { inCollectionOrder } from '../../../src/lib/generated-collections.ts';

describe('inCollectionOrder', () => {
	it('sorts records by id, as the content layer saves them', () => {
		const records = [{ id: '2015-w02-b' }, { id: '2015-01-13-a' }, { id: '2013-11-c' }];
		expect(inCollectionOrder(records).map((record) => record.id)).toEqual([
			'2013-11-c',
			'2015-01-13-a',
			'2015-w02-b',
		]);
	});

	it('keeps one record per id, the last written, as the content layer does', () => {
		const records = [
			{ id: 'zihong', name: 'first' },
			{ id: 'hongrui', name: 'only' },
			{ id: 'zihong', name: 'last' },
		];
		expect(inCollectionOrder(records)).toEqual([
			{ id: 'hongrui', name: 'only' },
			{ id: 'zihong', name: 'last' },
		]);
	});
});
