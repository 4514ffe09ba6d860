/** One build stage's cost: wall time and the peak resident memory of its process tree. */
export interface StageCost {
	seconds: number;
	peakBytes: number;
}

/** What the bench measured for one corpus size; a part it could not measure is null. */
export interface SizeResult {
	articles: number;
	/** Where the raw corpus came from: content/raw, or the generator's command line. */
	corpus: string;
	pipeline: StageCost;
	astro: StageCost;
	/** Pipeline plus Astro; the search index is built inside the Astro build. */
	total: StageCost;
	dist: { files: number; bytes: number };
	searchIndex: { path: string; files: number; bytes: number; gzipBytes: number };
	firstResults: FirstResults;
	keystrokes: KeystrokeLatency;
	incremental: IncrementalRebuild | null;
}

/** The bytes a fresh browser fetched from opening /search/ until the first results showed. */
export interface FirstResults {
	query: string;
	requests: number;
	/** Bytes on the wire: text gzipped at level 9, images and fonts as stored. */
	bytes: number;
	/** The part of `bytes` that was the search index. */
	searchIndexBytes: number;
	milliseconds: number;
}

/** Time from each keystroke's input event to its results being rendered, in Chromium. */
export interface KeystrokeLatency {
	/** How each duration was taken: the client's own measure, or the bench's fallback. */
	method: string;
	keystrokes: number;
	/** Keystrokes whose results did not render within the timeout; not in the figures. */
	timedOut: number;
	medianMs: number | null;
	p95Ms: number | null;
	/** The first keystroke of the session, which may wait for the index to load. */
	firstMs: number | null;
	/** The p95 over the keystrokes that fetched no part of the search index (cached shards only). */
	withoutFetchP95Ms: number | null;
	/** Every keystroke's duration, in the order typed; timed-out keystrokes are left out. */
	durationsMs: number[];
	/** The positions in `durationsMs` of the keystrokes during which part of the index was fetched. */
	indexFetchedAt: number[];
	typos: { found: number; total: number; missed: string[] };
	/** Each query typed: how many result links it showed when its last key's results rendered, and the first. */
	queries: Array<{ query: string; resultsShown: number; firstResult: string | null }>;
}

/** Rebuilding after one article is added: the pipeline with its cache warm from the full build. */
export interface IncrementalRebuild {
	addedFiles: number;
	changedFiles: number;
	/** The median of `runs`. */
	seconds: number;
	/** Each rebuild's seconds, every one from the same warm cache. */
	runs: number[];
	coldSeconds: number;
	/** `seconds` over `coldSeconds`; the target is under 0.1. */
	ratio: number;
}

/** The machine the bench ran on. */
export interface Machine {
	cpu: string;
	cores: number;
	memoryBytes: number;
	os: string;
	node: string;
	chromium: string;
	date: string;
}

/** One target of issue 6 and whether this run met it. */
export interface TargetCheck {
	target: string;
	/** The figure it was judged on, as printed. */
	measured: string;
	status: 'met' | 'not met' | 'not measured';
}

/** Everything bench/results.json holds. */
export interface BenchResults {
	generatedBy: string;
	machine: Machine;
	methods: Record<string, string>;
	sizes: SizeResult[];
	targets: TargetCheck[];
}
