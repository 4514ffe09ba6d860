/**
 * The Content-Security-Policy every built page declares in a <meta> tag (src/layouts/Base.astro).
 * Everything the site loads is its own: bundled module scripts, external stylesheets (astro.config.mjs
 * sets `inlineStylesheets: 'never'` so no inline <style> needs a hash), the search index's files and the favicon.
 */
export const cspDirectives = {
	/** Anything not named below: only this origin. */
	'default-src': ["'self'"],
	/** Astro's bundled module scripts under /_astro/; no inline script, no eval. */
	'script-src': ["'self'"],
	/** The bundled stylesheets under /_astro/; no inline <style> and no style="" attribute. */
	'style-src': ["'self'"],
	/** The favicon; the site has no other images. */
	'img-src': ["'self'"],
	/** The search box fetches the index's files under /search-index/. */
	'connect-src': ["'self'"],
	/** No plugins. */
	'object-src': ["'none'"],
	/** An injected <base> could otherwise point every relative URL elsewhere. */
	'base-uri': ["'self'"],
	/** The only form is the search form, a GET to /search/. */
	'form-action': ["'self'"],
} as const satisfies Record<string, readonly string[]>;

/** Serialise directives as a policy string: "name source source; name source". */
export function serializeCsp(directives: Readonly<Record<string, readonly string[]>>): string {
	return Object.entries(directives)
		.map(([name, sources]) => [name, ...sources].join(' '))
		.join('; ');
}

/** The site's policy, as the meta tag's content. */
export const contentSecurityPolicy = serializeCsp(cspDirectives);
