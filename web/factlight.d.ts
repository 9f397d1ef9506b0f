// TypeScript declarations for web/factlight.js and the factlight/1 result (docs/schema.md).

/** Unit of every offset in a result. JavaScript strings index UTF-16 code units: the JS default. */
export type OffsetUnit = 'utf8' | 'utf16' | 'codepoint';

/** A half-open span [begin, end) in the result's offset unit. */
export interface Span {
  begin: number;
  end: number;
}

/** A span with its text: `text === input.slice(begin, end)` (UTF-16 offsets). */
export interface TextSpan extends Span {
  text: string;
}

export interface Sentence extends Span {
  /** Index into `paragraphs`. */
  paragraph: number;
}

export type QuoteKind = 'direct' | 'partial' | 'indirect' | 'mixed';
export type SpeakerKind = 'person' | 'organization' | 'group' | 'vague' | 'unknown';

export interface Quote extends TextSpan {
  /** "q1", "q2", … */
  id: string;
  kind: QuoteKind;
  /** Pieces of what was said; direct quotes include their marks. */
  fragments: Span[];
  cue: TextSpan | null;
  /** The mention of the speaker in the text. */
  speaker: TextSpan | null;
  /** The resolved name. */
  speaker_name: string | null;
  speaker_kind: SpeakerKind;
  /** In [0, 1]. */
  confidence: number;
}

export interface Speaker {
  name: string;
  kind: SpeakerKind;
  mentions: Span[];
  descriptions: string[];
  /** Quote ids. */
  quotes: string[];
}

export type FigureKind = 'count' | 'percent' | 'money' | 'quantity' | 'date' | 'duration' | 'ordinal' | 'ratio' | 'range';
export type Approximation = 'exact' | 'about' | 'over' | 'under' | 'at_least' | 'at_most' | 'vague';

export interface Figure extends TextSpan {
  /** "f1", "f2", … */
  id: string;
  kind: FigureKind;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  /** ISO 4217. */
  currency: string | null;
  approx: Approximation;
  subject: TextSpan | null;
  /** True for relative time such as "three years ago". */
  relative: boolean;
}

export interface Claim extends TextSpan {
  /** "c1", "c2", … */
  id: string;
  /** Index into `sentences`. */
  sentence: number;
  /** Check-worthiness in [0, 1]. */
  score: number;
  reasons: string[];
  /** Figure ids. */
  figures: string[];
  /** Quote ids. */
  quotes: string[];
}

export type FindingKind =
  | 'duplicate_paragraph'
  | 'duplicate_sentence'
  | 'vague_source'
  | 'unattributed_quote'
  | 'inconsistent_figures'
  | 'unbalanced_quote'
  | 'invalid_utf8'
  /** Added by the JS API: lone UTF-16 surrogates in the input were read as U+FFFD (offsets unchanged). */
  | 'lone_surrogate'
  | (string & {});

export interface Finding extends TextSpan {
  kind: FindingKind;
  message: string;
  related: TextSpan[];
}

/** A factlight/1 analysis. */
export interface Result {
  schema: 'factlight/1';
  offsets: OffsetUnit;
  /** Length of the input in `offsets` units. */
  length: number;
  paragraphs: Span[];
  sentences: Sentence[];
  quotes: Quote[];
  /** Quoted words that are not a statement (titles, scare quotes). */
  scare_quotes: TextSpan[];
  speakers: Speaker[];
  figures: Figure[];
  /** One per sentence scoring at least `claimThreshold`. */
  claims: Claim[];
  /** Sorted by position. */
  findings: Finding[];
  /** Milliseconds per stage, only with the `timings` option. */
  timings?: Record<string, number>;
}

/** The core's options. Unknown keys are errors. */
export interface Options {
  offsets?: OffsetUnit;
  layers?: { quotes?: boolean; figures?: boolean; claims?: boolean; findings?: boolean };
  /** Input limit in UTF-8 bytes (default 67108864). */
  maxBytes?: number;
  /** Keep claims scoring at least this, in [0, 1] (default 0: all). */
  claimThreshold?: number;
  timings?: boolean;
  /**
   * Leave unset: the JS API has the core skip span texts and slices them from your string (same result,
   * less to copy and parse). true: the core writes them; false: each span's `text` is null.
   */
  spanTexts?: boolean;
  /**
   * Leave unset: the JS API has the core write each claim reason as a code and puts the texts back (same
   * result, less to copy and parse). false: the core writes the texts; true: each reason is a number, an
   * index into an extra top-level `reason_texts` array (a form the types here do not describe).
   */
  reasonCodes?: boolean;
}

export interface ClaimReviewOptions {
  /** Export claims scoring at least this. */
  claimThreshold?: number;
  /** Export exactly these claims ("c1", …). */
  claimIds?: string[];
}

/** A schema.org ClaimReview JSON-LD object (a skeleton for the fact-checker to complete). */
export interface ClaimReview {
  '@context'?: string;
  '@type': 'ClaimReview';
  claimReviewed: string;
  [key: string]: unknown;
}

export interface AnalyzerConfig {
  /** Run in a Worker (default in browsers: true; in Node: false). Falls back to in-thread when none can start. */
  worker?: boolean;
  /** Where the .wasm is (default: dist/factlight_wasm.wasm beside factlight.js). */
  wasmUrl?: string | URL;
  /** Where worker.js is (default: beside factlight.js). */
  workerUrl?: string | URL;
}

export interface Analyzer {
  /**
   * Analyses text. Rejects with a TypeError for malformed arguments and with an Error carrying the
   * core's message for an analysis error (unknown option, input over maxBytes).
   */
  analyze(text: string, options?: Options): Promise<Result>;
  /** ClaimReview JSON-LD for the selected claims. */
  claimReview(text: string, options?: ClaimReviewOptions): Promise<ClaimReview[]>;
  /** The core's version. */
  version(): Promise<string>;
  /** Loads the wasm (and starts the Worker); resolves to the transport in use. */
  ready(): Promise<'worker' | 'in-thread'>;
  /** Stops the Worker; later calls reject. */
  close(): void;
}

export function createAnalyzer(config?: AnalyzerConfig): Analyzer;

/** One-shot, in-thread analysis (loads the module once per wasmUrl). */
export function analyze(text: string, options?: Options, wasmUrl?: string | URL): Promise<Result>;
/** One-shot, in-thread ClaimReview export. */
export function claimReview(text: string, options?: ClaimReviewOptions, wasmUrl?: string | URL): Promise<ClaimReview[]>;
/**
 * `text` with every lone UTF-16 surrogate replaced by U+FFFD (same length), the index of the first one
 * (-1 when none) and how many there were. analyze() and claimReview() apply it before the wasm sees the text.
 */
export function wellFormed(text: string): { text: string; first: number; count: number };
/** The core's version, in-thread. */
export function version(wasmUrl?: string | URL): Promise<string>;

/** The wasm module (wasm/binding.cpp's exports, wrapped): strings in, JSON strings out. */
export interface FactlightModule {
  analyze(text: string, optionsJson: string): string;
  /**
   * The values of that JSON as three buffers (numbers, doubles, strings: core/src/json_writer.cpp's
   * Compact), what the JS API reads back into the parsed result; an error as its JSON in the first, the
   * others empty. `read` gets them as views of wasm memory, valid during the call only (by default it
   * copies them), and its result is returned.
   */
  analyzeCompact<T = Uint8Array[]>(text: string, optionsJson: string, read?: (pieces: Uint8Array[]) => T): T;
  claimreview(text: string, optionsJson: string): string;
  version(): string;
  heapStats(): { inUse: number; arena: number };
  alloc(bytes: number): number;
  release(ptr: number): void;
  readonly HEAPU8: Uint8Array;
}
export function loadModule(wasmUrl?: string | URL): Promise<FactlightModule>;

/** For worker.js. */
export function handleRequest(request: { op: 'analyze' | 'claimReview' | 'version' | 'ready'; args: unknown; wasmUrl: string }): Promise<unknown>;
