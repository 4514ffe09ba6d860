import { describe, expect, test } from 'vitest';
import { renderArticleBody } from '../../../src/markdown/index.ts';

const link = (n: number) =>
	`<a class="paragraph-link" href="#p-${n}" aria-label="Link to paragraph ${n}">¶</a>`;

describe('renderArticleBody', () => {
	test('renders paragraphs and a subheading with anchors and self-links', () => {
		const html = renderArticleBody({
			paragraphs: [
				{ id: 'p-1', text: 'Chen met Shoigu on Tuesday.' },
				{ id: 'p-2', text: 'Xi and Putin to meet', kind: 'heading' },
				{ id: 'p-3', text: '“Fighting together,” he said.' },
			],
		});
		expect(html).toBe(
			`<p id="p-1">Chen met Shoigu on Tuesday.\u00A0${link(1)}</p>` +
				`<h2 id="p-2">Xi and Putin to meet\u00A0${link(2)}</h2>` +
				`<p id="p-3">“Fighting together,” he said.\u00A0${link(3)}</p>`,
		);
	});

	test('escapes a script tag in the text instead of running it', () => {
		const html = renderArticleBody({
			paragraphs: [{ id: 'p-1', text: 'Before <script>alert(1)</script> after & more' }],
		});
		expect(html).toBe(
			`<p id="p-1">Before &#x3C;script>alert(1)&#x3C;/script> after &#x26; more\u00A0${link(1)}</p>`,
		);
		expect(html).not.toContain('<script');
	});

	test('escapes markup-like text in a subheading too', () => {
		const html = renderArticleBody({
			paragraphs: [{ id: 'p-1', text: '<b>Bold?</b>', kind: 'heading' }],
		});
		expect(html).toBe(`<h2 id="p-1">&#x3C;b>Bold?&#x3C;/b>\u00A0${link(1)}</h2>`);
	});
});
