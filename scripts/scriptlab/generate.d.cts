// Types for scripts/scriptlab/generate.cjs (plain CommonJS, so `npm run scriptlab` needs no build step).
/** The snippet's YAML, generated from the current sources. */
export declare function generateSnippet(): Promise<string>;
/** Absolute path of the committed snippet. */
export declare const OUTPUT_FILE: string;
/** The same, relative to the repository. */
export declare const OUTPUT_PATH: string;
/** The command that regenerates it. */
export declare const COMMAND: string;
