/** Short, unique article slugs for figure ids: the date and the headline's first words. */
export function shortArticleIds(articles: readonly string[]): Map<string, string> {
	const result = new Map<string, string>();
	const unique = [...new Set(articles)];
	for (const article of unique) {
		const parts = article.split('-');
		let length = Math.min(parts.length, 6);
		const prefix = (n: number, id: string) => id.split('-').slice(0, n).join('-');
		while (
			length < parts.length &&
			unique.some((other) => other !== article && prefix(length, other) === prefix(length, article))
		)
			length++;
		result.set(article, prefix(length, article));
	}
	return result;
}
