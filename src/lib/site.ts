/** The site's name, shown in every page title, the header and the feed. */
export const SITE_NAME = 'China–Russia security ties';

/** What the site is, shown under its name. */
export const SITE_TAGLINE = 'news-corpus explorer';
