/** The trip timeline: pure layout from records to positions, bands, labels and table rows. */
export * from './days.ts';
export * from './episodes.ts';
export * from './items.ts';
export * from './labels.ts';
export * from './lanes.ts';
export * from './overview.ts';
export * from './panel.ts';
export * from './periods.ts';
export * from './table.ts';
export * from './text.ts';
export * from './ticks.ts';
export * from './timeline.ts';
export * from './views.ts';
