import { describe, expect, test } from 'vitest';
import { placeLabels } from '../../../src/lib/timeline/labels.ts';

const widths = { narrow: 300, wide: 640 };

describe('placeLabels', () => {
	test('puts a short label above its bar, from where the bar starts', () => {
		const { labels, stacked } = placeLabels(
			'Trip to Russia',
			{ left: 0.1, right: 0.9, pad: 0 },
			false,
			widths,
		);
		expect(stacked).toBe(true);
		expect(labels.narrow).toMatchObject({ x: 0.1, anchor: 'start', text: 'Trip to Russia' });
	});

	test('puts a meeting’s label beside its diamond when it fits there whole', () => {
		const { labels, stacked } = placeLabels(
			'With Sergei Shoigu',
			{ left: 0.6, right: 0.6, pad: 7 },
			true,
			widths,
		);
		expect(stacked).toBe(false);
		expect(labels.narrow).toMatchObject({ x: 0.6, anchor: 'end', dx: -12 });
	});

	test('ends a label at its mark when it does not fit after it', () => {
		const { labels } = placeLabels(
			'Chen Wenqing’s trip to Russia',
			{ left: 0.7, right: 0.95, pad: 0 },
			false,
			widths,
		);
		expect(labels.narrow).toMatchObject({ x: 0.95, anchor: 'end' });
	});

	test('sets a label that fits on neither side against the nearer edge, whole', () => {
		const text = 'With Nikolai Patrushev · St Petersburg';
		const { labels } = placeLabels(text, { left: 0.41, right: 0.41, pad: 7 }, true, widths);
		expect(labels.narrow).toMatchObject({ x: 0, anchor: 'start', text });
	});

	test('cuts a label wider than the panel, and keeps the whole one for a wide panel', () => {
		const text = '12th International Meeting of High Representatives for Security Issues';
		const { labels, extent } = placeLabels(text, { left: 0.4, right: 0.6, pad: 0 }, false, widths);
		expect(labels.narrow.text).toMatch(/…$/);
		expect(labels.wide.text).toBe(text);
		expect(extent.start).toBeGreaterThanOrEqual(0);
		expect(extent.end).toBeLessThanOrEqual(1);
	});
});
