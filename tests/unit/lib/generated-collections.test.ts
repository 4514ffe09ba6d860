import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inCollectionOrder, loadGenerated } from '../../../src/lib/generated-collections.ts';

describe('inCollectionOrder', () => {
	it('sorts records by id, as localeCompare orders them', () => {
		const records = [
			{ id: '2015-w02-b' },
			{ id: '2015-01-13-a' },
			{ id: '2013-11-c' },
			{ id: 'Zhao' },
			{ id: 'an' },
		];
		expect(inCollectionOrder(records).map((record) => record.id)).toEqual([
			'2013-11-c',
			'2015-01-13-a',
			'2015-w02-b',
			'an',
			'Zhao',
		]);
	});

	it('keeps one record per id, the last written', () => {
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

describe('loadGenerated', () => {
	const meeting = (id: string, changes: Record<string, unknown> = {}) => ({
		id,
		title: 'Chen Wenqing and Nikolai Patrushev meet',
		date: '2023-W21',
		datePrecision: 'week',
		earliest: '2023-05-22',
		latest: '2023-05-25',
		dateBasis: 'publication',
		status: 'held',
		place: 'Moscow',
		placeBasis: 'stated',
		participants: ['chen-wenqing', 'nikolai-patrushev'],
		sources: [{ article: 'a', paragraph: 'p-1', quote: 'Chen met Patrushev in Moscow.' }],
		announcements: [],
		events: [],
		url: `/meetings/${id}/`,
		...changes,
	});
	let root = '';
	const given = process.env['GENERATED_DIR'];
	const write = (meetings: unknown[]) =>
		writeFileSync(join(root, 'data', 'meetings.json'), JSON.stringify({ meetings }));
	beforeEach(() => {
		root = mkdtempSync(join(tmpdir(), 'generated-'));
		process.env['GENERATED_DIR'] = 'data';
		mkdirSync(join(root, 'data'));
	});
	afterEach(() => {
		if (given === undefined) delete process.env['GENERATED_DIR'];
		else process.env['GENERATED_DIR'] = given;
	});

	it('reads a collection from GENERATED_DIR under the root, validated, in id order', async () => {
		write([meeting('2023-w21-b'), meeting('2023-03-a')]);
		const meetings = await loadGenerated(root, 'meetings');
		expect(meetings.map((m) => m.id)).toEqual(['2023-03-a', '2023-w21-b']);
		expect(meetings[0]).toEqual(meeting('2023-03-a'));
	});

	it('names the file, the record and the field a record gets wrong', async () => {
		write([meeting('2023-03-a'), meeting('2023-w21-b', { status: 'rumoured' })]);
		await expect(loadGenerated(root, 'meetings')).rejects.toThrow(
			/^data\/meetings\.json: 2023-w21-b: field `status`: .+ Run npm run data/,
		);
	});

	it('refuses two records with one id', async () => {
		write([meeting('2023-03-a'), meeting('2023-03-a')]);
		await expect(loadGenerated(root, 'meetings')).rejects.toThrow(
			'data/meetings.json: two records have the id "2023-03-a"',
		);
	});

	it('says to run the pipeline when the file is missing', async () => {
		await expect(loadGenerated(root, 'meetings')).rejects.toThrow(
			'data/meetings.json is missing: run npm run data',
		);
	});
});
