import { describe, expect, test } from 'vitest';
import { atomFeed, feedLimit } from '../../../src/lib/feed.ts';
import { article } from './records.ts';

const options = { site: 'https://example.org', title: 'Site', subtitle: 'All articles.' };

describe('atomFeed', () => {
	test('writes a whole feed, newest entry first, dated by the newest article', async () => {
		const feed = atomFeed({
			...options,
			articles: [
				article({ id: 'old', published: '2023-05-25', outlet: null }),
				article({ id: 'new', published: '2024-04-24', title: 'Tom & Jerry', standfirst: ['<Lede>'] }),
			],
		});
		await expect(feed).toMatchFileSnapshot('__snapshots__/feed.xml');
	});

	test('never uses the build time: the same articles give the same feed', () => {
		const articles = [article({ published: '2024-04-24' })];
		expect(atomFeed({ ...options, articles })).toBe(atomFeed({ ...options, articles }));
		expect(atomFeed({ ...options, articles })).toContain('\t<updated>2024-04-24T00:00:00Z</updated>\n');
	});

	test('has one entry per article, duplicates included', () => {
		const articles = [article({ id: 'a' }), article({ id: 'b', duplicateOf: 'a' })];
		expect(atomFeed({ ...options, articles }).match(/<entry>/g)).toHaveLength(2);
	});

	test('dates an empty feed 1970-01-01', () => {
		expect(atomFeed({ ...options, articles: [] })).toContain('<updated>1970-01-01T00:00:00Z</updated>');
	});
});

describe('atomFeed limit', () => {
	test('holds only the newest articles, by default feedLimit of them', () => {
		const articles = Array.from({ length: feedLimit + 5 }, (_, i) =>
			article({ id: `a${i}`, published: `2024-01-${String((i % 28) + 1).padStart(2, '0')}` }),
		);
		expect(atomFeed({ ...options, articles }).match(/<entry>/g)).toHaveLength(feedLimit);
		const three = atomFeed({ ...options, articles, limit: 3 });
		expect(three.match(/<entry>/g)).toHaveLength(3);
		expect(three).toContain('<updated>2024-01-28T00:00:00Z</updated>');
	});
});
